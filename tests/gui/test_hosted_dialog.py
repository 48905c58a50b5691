"""Hosted fine-tuning in the real window, offscreen: Plan page button -> dialog with the converted
data, problems, estimate and destination -> Confirm -> the Train page plots the job, which runs
in a child process with the real `openai` client against the service test double on 127.0.0.1
(tests/hosted/fake_service.py)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hosted"))
from fake_service import FakeService
from hosted_helpers import KEY_ENV, PLANTED_KEY, child_env, files_containing
from hosted_helpers import write_config as write_hosted_config
from keyring_double import FileKeyring

from desktop_ft.gui.hosted_dialog import HostedDialog
from desktop_ft.gui.main_window import MainWindow
from desktop_ft.gui.pages import hardware as hardware_page

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeService]:
    """The service double, and the keyring double for this process and its children."""
    keyring_file = tmp_path / "keyring.json"
    # before the environment names the double: keyring reads PYTHON_KEYRING_BACKEND on first use,
    # and restoring a double after the test would break every later keyring call
    previous = keyring.get_keyring()
    for name in KEY_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in child_env(keyring_file).items():
        if name in ("PYTHON_KEYRING_BACKEND", "DESKTOP_FT_TEST_KEYRING", "PYTHONPATH"):
            monkeypatch.setenv(name, value)
    keyring.set_keyring(FileKeyring())
    fake = FakeService(api_key=PLANTED_KEY).start()
    yield fake
    fake.stop()
    keyring.set_keyring(previous)


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(hardware_page, "default_job",
                        lambda target, **_: lambda request, emit, stop: {"available": False})
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1100, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_plan_to_dialog_to_train_page_plots(qtbot, window, service, tmp_path) -> None:
    config_path = write_hosted_config(tmp_path, endpoint=service.azure_url)
    assert window.train_page.open_config(config_path)
    window.show_page("plan")
    plan = window.plan_page
    assert plan.hosted_button.text() == "Run hos&ted…"
    qtbot.mouseClick(plan.hosted_button, LEFT)
    dialog: HostedDialog = plan.hosted_dialog
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    details = dialog.details.toPlainText()
    assert "32 training and 8 validation examples" in details
    assert "Billed training tokens: about" in details and "(2 epochs)" in details
    assert dialog.problems.item(0).text() == "No problems found."
    assert dialog.endpoint.text() == service.azure_url
    # no key yet: Confirm waits for one, and says so
    assert not dialog.confirm_button.isEnabled()
    assert "API key" in dialog.destination.text()
    qtbot.keyClicks(dialog.key, PLANTED_KEY)
    assert dialog.confirm_button.isEnabled()
    assert service.azure_url in dialog.destination.text()
    assert "Will upload 40 examples" in dialog.destination.text()
    assert service.requests == []  # nothing sent before the confirmation
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.key.text() == ""  # the key went to the keyring, not kept in the widget

    page = window.train_page
    assert window.current_page_key() == "train"
    qtbot.waitUntil(lambda: not page.runner.is_running(), timeout=60_000)
    qtbot.waitUntil(lambda: page.plots.count("loss") == 6, timeout=5_000)
    assert page.plots.count("eval_loss") == 3
    assert page.status.text().startswith("Finished: 6 steps"), page.status.text()
    assert page.last_result["job_status"] == "succeeded"
    run_dir = Path(page.last_result["run_dir"])
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["hosted"]["status"] == "succeeded" and manifest["status"] == "finished"
    assert len(service.jobs) == 1
    window.save_settings()
    leaks = files_containing(tmp_path, PLANTED_KEY)
    assert leaks == [tmp_path / "keyring.json"], leaks


def test_dialog_lists_problems_and_never_confirms_them(qtbot, service, tmp_path) -> None:
    from desktop_ft.core import config as cfg

    config = cfg.load(write_hosted_config(tmp_path, endpoint=service.azure_url, examples=6))
    dialog = HostedDialog(config)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.prepared, timeout=20_000) as signal:
        pass
    assert not signal.args[0]["ok"]
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(t.startswith("error:") and "at least 10" in t for t in texts)
    qtbot.keyClicks(dialog.key, PLANTED_KEY)
    assert not dialog.confirm_button.isEnabled()
    assert dialog.destination.text() == "Fix the errors listed first."
