"""The real window through a real demo training run: engine, thread, signals, plots, run folder.

Slow (the demo model is built on first use, then trained on the CPU); both tests share one
DESKTOP_FT_HOME so the demo base is built once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_ft.core.runs import RunFolder
from desktop_ft.gui.main_window import MainWindow
from desktop_ft.gui.pages import hardware as hardware_page

pytestmark = pytest.mark.slow
RUN_TIMEOUT_MS = 600_000


@pytest.fixture(scope="module")
def shared_home(desktop_ft_home, demo_model_dir):
    """The session's home, whose cache already holds the built demo model."""
    return desktop_ft_home


@pytest.fixture
def window(qtbot, monkeypatch, shared_home):
    monkeypatch.setenv("DESKTOP_FT_HOME", str(shared_home))
    monkeypatch.setattr(hardware_page, "default_job",
                        lambda target, **_: lambda request, emit, stop: {"available": False})
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.show_page("train")
    qtbot.waitExposed(win)
    return win


def test_demo_run_plots_live_and_writes_its_folder(window, qtbot):
    page = window.train_page
    page.session.config.train.max_steps = 6
    page.session.config.train.eval_every = 3
    page.session.config.train.save_every = 3
    with qtbot.waitSignal(page.run_ended, timeout=RUN_TIMEOUT_MS):
        page.start_button.click()
    result = page.last_result
    assert result is not None, page.status.text()
    assert result["status"] == "finished"
    assert result["steps"] == 6
    qtbot.waitUntil(lambda: page.plots.drawn("loss") == 6, timeout=5_000)
    assert page.plots.drawn("learning_rate") == 6
    assert page.plots.count("tokens_per_s") == 6
    run = RunFolder(Path(result["run_dir"]))
    assert run.path.is_dir() and run.metrics_path.is_file() and run.config_path.is_file()
    assert "step 6/6" in page.log.toPlainText()

    window.show_page("runs")
    assert window.runs_page.select(run.path.name)
    qtbot.waitUntil(lambda: window.runs_page.plots.drawn("loss") == 6, timeout=5_000)


def test_demo_run_stop_and_resume(window, qtbot):
    page = window.train_page
    page.session.config.train.max_steps = 12
    page.session.config.train.save_every = 2
    page.start()
    qtbot.waitUntil(lambda: page.plots.count("loss") >= 3, timeout=RUN_TIMEOUT_MS)
    with qtbot.waitSignal(page.run_ended, timeout=RUN_TIMEOUT_MS):
        page.stop_button.click()
    assert page.last_result["status"] == "stopped", page.last_result
    stopped_at = page.last_result["steps"]
    assert stopped_at < 12
    run_dir = Path(page.last_result["run_dir"])
    assert page.resume_button.isEnabled()
    with qtbot.waitSignal(page.run_ended, timeout=RUN_TIMEOUT_MS):
        page.resume_button.click()
    assert page.last_result["status"] == "finished", page.last_result
    assert page.last_result["steps"] == 12
    assert Path(page.last_result["run_dir"]) == run_dir
    assert page.plots.count("loss") >= 12
