"""JobRunner with small real jobs: threads, signals, stop and failures, all for real."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from desktop_ft.core.errors import UserError
from desktop_ft.core.events import Failed, Log, Progress
from desktop_ft.gui.job_runner import JobRunner


def count_job(request, emit, stop):
    for step in range(1, request + 1):
        emit(Progress(step=step, total_steps=request, loss=1.0 / step))
    return {"steps": request, "thread": threading.get_ident()}


def user_error_job(request, emit, stop):
    emit(Log("checking the data"))
    raise UserError("no 'messages' field", where="data.jsonl:3", hint="add a messages list")


def buggy_job(request, emit, stop):
    raise RuntimeError("an engine bug")


def until_stopped_job(request, emit, stop):
    step = 0
    while not stop.is_set():
        step += 1
        emit(Progress(step=step, total_steps=1_000_000, loss=1.0))
        time.sleep(0.01)
    return {"status": "stopped", "steps": step}


def test_events_arrive_in_gui_thread_in_order(qtbot):
    runner = JobRunner()
    seen: list[tuple[int, bool]] = []
    gui_thread = QThread.currentThread()
    runner.event.connect(lambda e: seen.append((e.step, QThread.currentThread() is gui_thread)))
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        runner.start(count_job, 50)
        assert runner.is_running()
    result = blocker.args[0]
    assert result["steps"] == 50
    assert result["thread"] != threading.get_ident()  # the job really ran elsewhere
    assert [step for step, _ in seen] == list(range(1, 51))
    assert all(in_gui for _, in_gui in seen)
    assert not runner.is_running()


def test_user_error_becomes_actionable_failed(qtbot):
    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start(user_error_job, None)
    failed = blocker.args[0]
    assert isinstance(failed, Failed)
    assert failed.user_error
    assert failed.message == "no 'messages' field"
    assert failed.where == "data.jsonl:3"
    assert failed.hint == "add a messages list"
    assert failed.log_path is None


def test_bug_becomes_failed_with_crash_report(qtbot, isolated_profile):
    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start(buggy_job, None)
    failed = blocker.args[0]
    assert not failed.user_error
    assert "RuntimeError" in failed.message
    log = failed.log_path
    assert log and str(isolated_profile) in log
    with open(log, encoding="utf-8") as handle:
        text = handle.read()
    assert "an engine bug" in text and "Traceback" in text
    # and the runner (and the app) carry on
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(count_job, 3)


def test_stop_is_cooperative_and_prompt(qtbot):
    runner = JobRunner()
    steps: list[int] = []
    runner.event.connect(lambda e: steps.append(e.step))
    runner.start(until_stopped_job, None)
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=10_000)
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        runner.stop()
        assert runner.is_stopping()
        started = time.monotonic()
        assert runner.wait(5_000)
        assert time.monotonic() - started < 1.0  # within about one step (10 ms)
    assert blocker.args[0]["status"] == "stopped"
    assert not runner.is_running()


def test_one_job_at_a_time(qtbot):
    runner = JobRunner()
    runner.start(until_stopped_job, None)
    with pytest.raises(RuntimeError):
        runner.start(count_job, 1)
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.stop()


def test_next_job_can_start_from_finished_handler(qtbot):
    runner = JobRunner()
    results: list[dict] = []

    def chain(result: dict) -> None:
        results.append(result)
        if len(results) == 1:
            runner.start(count_job, 2)

    runner.finished.connect(chain)
    runner.start(count_job, 1)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)
    assert [r["steps"] for r in results] == [1, 2]


def test_wait_without_job_returns_true():
    runner = JobRunner()
    assert runner.wait(0)
    assert not runner.is_running()
