"""The Runs page reads run folders written by a (stand-in) job, as after a restart: replot,
compare, resume, delete."""

from __future__ import annotations

import threading
from pathlib import Path

from gui_fake_jobs import fake_train, write_config
from PySide6.QtWidgets import QMessageBox

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


def make_page(qtbot) -> RunsPage:
    page = RunsPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


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
    page = make_page(qtbot)
    assert page.table.topLevelItemCount() == 2
    assert str(runs_root()) in page.location.text()
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()
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


def test_compare_two_runs_on_one_plot(qtbot, tmp_path):
    config = cfg.load(write_config(tmp_path, steps=20))
    first = fake_train(TrainRequest(config=config), lambda e: None, threading.Event(), delay=0)
    config.train.max_steps, config.name = 12, "shorter"
    second = fake_train(TrainRequest(config=config), lambda e: None, threading.Event(), delay=0)
    page = make_page(qtbot)
    a, b = Path(first["run_dir"]).name, Path(second["run_dir"]).name
    assert page.select(a, b)
    assert page.plots.drawn("loss", a) == 20 and page.plots.drawn("loss", b) == 12
    legend = [label.text for _sample, label in page.plots.plot.getPlotItem().legend.items]
    assert f"{a}: train" in legend and f"{b}: train" in legend
    assert not page.open_button.isEnabled()  # single-run actions need one run
    assert page.delete_button.isEnabled()


def test_delete_asks_then_removes(qtbot, tmp_path):
    finished, stopped = make_runs(tmp_path)
    page = make_page(qtbot)
    keep, gone = Path(finished["run_dir"]), Path(stopped["run_dir"])
    assert page.select(gone.name)
    page.delete_button.click()
    box = page.delete_box
    assert box is not None and box.isVisible() and gone.name in box.detailedText()
    box.button(QMessageBox.StandardButton.No).click()  # changed their mind: nothing happens
    assert gone.is_dir() and page.table.topLevelItemCount() == 2
    page.is_busy = lambda path: path == gone  # training right now: refused without a question
    page.delete_button.click()
    assert page.delete_box is None and gone.is_dir()
    page.is_busy = lambda path: False
    page.delete_button.click()
    with qtbot.waitSignal(page.deleted) as blocker:
        page.delete_box.button(QMessageBox.StandardButton.Yes).click()
    assert blocker.args[0] == [gone]
    assert not gone.exists() and keep.is_dir()
    assert [page.table.topLevelItem(i).text(0) for i in range(page.table.topLevelItemCount())] \
        == [keep.name]


def test_runs_page_without_runs(qtbot):
    page = RunsPage()
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.topLevelItemCount() == 0
    assert not page.resume_button.isEnabled()
