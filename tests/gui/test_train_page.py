"""The Train page against stand-in jobs: live plots, log, progress, stop, resume, failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_fake_jobs import buggy_train, fake_train, slow_fake_train, user_error_train, write_config
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_ft.core.runs import runs_root
from desktop_ft.gui.pages.train import TrainPage
from desktop_ft.gui.session import Session
from desktop_ft.gui.settings import Settings

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, tmp_path):
    session = Session()
    session.open(write_config(tmp_path, steps=20))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    widget = TrainPage(session, settings, job=fake_train)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
            and w.isVisible()]


def close_boxes() -> None:
    for box in open_boxes():
        box.close()


def test_run_to_the_end_fills_plots_log_and_progress(page, qtbot, tmp_path):
    assert page.command.text() == f"desktop-ft train {tmp_path / 'tiny.yaml'}"
    assert not page.resume_button.isEnabled()
    with qtbot.waitSignal(page.run_ended, timeout=20_000):
        qtbot.mouseClick(page.start_button, LEFT)
    qtbot.waitUntil(lambda: page.plots.drawn("loss") == 20, timeout=5_000)
    assert page.plots.count("loss") == 20  # the "demo base" preparation step is not plotted
    assert page.plots.count("eval_loss") == 2
    assert page.plots.drawn("learning_rate") == 20
    assert page.plots.drawn("tokens_per_s") == 20
    assert page.progress.value() == page.progress.maximum() == 20
    log = page.log.toPlainText()
    assert "step 20/20" in log and "checkpoint at step 5" in log
    assert page.status.text().startswith("Finished: 20 steps")
    run_dir = Path(page.last_result["run_dir"])
    assert run_dir.parent == runs_root()
    assert page.settings.get("train/last_run") == str(run_dir)
    assert page.start_button.isEnabled() and not page.stop_button.isEnabled()
    assert not page.resume_button.isEnabled()  # finished: nothing to resume


def test_stop_then_resume_continues_the_run(page, qtbot):
    page.job = slow_fake_train
    page.session.config.train.max_steps = 10_000
    page.start()
    assert page.stop_button.isEnabled() and not page.start_button.isEnabled()
    qtbot.waitUntil(lambda: page.plots.count("loss") >= 5, timeout=20_000)
    with qtbot.waitSignal(page.run_ended, timeout=20_000):
        qtbot.mouseClick(page.stop_button, LEFT)
    assert page.last_result["status"] == "stopped"
    stopped_at = page.last_result["steps"]
    assert page.status.text().startswith(f"Stopped at step {stopped_at}")
    run_dir = Path(page.last_result["run_dir"])
    assert page.last_run() == run_dir
    assert page.resume_button.isEnabled()

    page.resume()
    assert page.command.text() == f"desktop-ft train --resume {run_dir}"
    assert page.plots.count("loss") >= stopped_at  # the old curve is shown again
    qtbot.waitUntil(lambda: page.plots.count("loss") >= stopped_at + 3, timeout=20_000)
    with qtbot.waitSignal(page.run_ended, timeout=20_000):
        page.stop()
    assert page.last_result["run_dir"] == str(run_dir)
    assert page.last_result["steps"] > stopped_at


def test_user_error_is_shown_with_where_and_hint(page, qtbot):
    page.job = user_error_train
    with qtbot.waitSignal(page.run_ended, timeout=10_000):
        page.start()
    boxes = open_boxes()
    assert len(boxes) == 1
    assert boxes[0].text() == "the dataset has no 'messages' field"
    assert "data.jsonl:1" in boxes[0].informativeText()
    assert "use chat format" in boxes[0].informativeText()
    close_boxes()
    assert page.start_button.isEnabled()


def test_bug_shows_apology_with_log_path_and_app_survives(page, qtbot, isolated_profile):
    page.job = buggy_train
    with qtbot.waitSignal(page.run_ended, timeout=10_000):
        page.start()
    boxes = open_boxes()
    assert len(boxes) == 1
    assert "bug" in boxes[0].text()
    assert str(isolated_profile / "logs") in boxes[0].informativeText()
    close_boxes()
    page.job = fake_train
    with qtbot.waitSignal(page.run_ended, timeout=20_000):
        page.start()
    assert page.last_result["status"] == "finished"


def test_opening_a_bad_config_keeps_the_current_one(page, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("model: demo\ntrain:\n  max_stepz: 3\n", encoding="utf-8")
    before = page.session.config_path
    assert not page.open_config(bad)
    boxes = open_boxes()
    assert len(boxes) == 1 and "max_stepz" in boxes[0].text()
    assert "did you mean" in boxes[0].informativeText()
    close_boxes()
    assert page.session.config_path == before
