"""The Runs page reads run folders written by a (stand-in) job, as after a restart."""

from __future__ import annotations

import threading
from pathlib import Path

from gui_fake_jobs import fake_train, write_config

from desktop_ft.core import config as cfg
from desktop_ft.core.requests import TrainRequest
from desktop_ft.core.runs import runs_root
from desktop_ft.gui.pages.runs import RunsPage
from desktop_ft.gui.run_summary import list_runs


def make_runs(tmp_path: Path) -> list[dict]:
    config = cfg.load(write_config(tmp_path, steps=20))
    finished = fake_train(TrainRequest(config=config), lambda e: None, threading.Event(),
                          delay=0)
    stop = threading.Event()
    stop.set()  # stops before its first step: a run with no training steps
    config.name = "stopped"
    stopped = fake_train(TrainRequest(config=config), lambda e: None, stop, delay=0)
    return [finished, stopped]


def test_list_runs_summaries(tmp_path):
    finished, stopped = make_runs(tmp_path)
    summaries = {s.path: s for s in list_runs(runs_root())}
    done = summaries[Path(finished["run_dir"])]
    assert (done.status, done.steps, done.total_steps) == ("finished", 20, 20)
    assert done.last_loss == finished["loss_last"]
    assert not done.resumable  # finished: nothing left to do
    assert summaries[Path(stopped["run_dir"])].status == "stopped"
    assert summaries[Path(stopped["run_dir"])].resumable


def test_runs_page_lists_and_replots(qtbot, tmp_path):
    finished, stopped = make_runs(tmp_path)
    page = RunsPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.table.topLevelItemCount() == 2
    assert str(runs_root()) in page.location.text()
    assert not page.open_button.isEnabled()
    name = Path(finished["run_dir"]).name
    assert page.select(name)
    row = page.table.currentItem()
    assert [row.text(1), row.text(2)] == ["finished", "20 / 20"]
    qtbot.waitUntil(lambda: page.plots.drawn("loss") == 20, timeout=5_000)
    assert page.plots.drawn("eval_loss") == 2
    assert page.open_button.isEnabled() and not page.resume_button.isEnabled()
    assert page.select(Path(stopped["run_dir"]).name)
    assert page.resume_button.isEnabled()
    assert page.command.text() == f"desktop-ft train --resume {stopped['run_dir']}"
    with qtbot.waitSignal(page.resume_requested) as blocker:
        page.resume_button.click()
    assert blocker.args[0] == Path(stopped["run_dir"])


def test_runs_page_without_runs(qtbot):
    page = RunsPage()
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.topLevelItemCount() == 0
    assert not page.resume_button.isEnabled()
