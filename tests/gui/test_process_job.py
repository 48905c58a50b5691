"""Jobs in a child process: events, results, stop, user errors, bugs and a dying child."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from gui_fake_jobs import write_config

from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError
from desktop_ft.core.events import Checkpoint, Log, Progress
from desktop_ft.core.requests import TrainRequest
from desktop_ft.gui.job_runner import JobRunner
from desktop_ft.gui.process_job import JobProcessError, in_process

HERE = [str(Path(__file__).parent)]


def child(name: str):
    return in_process(f"gui_fake_jobs:{name}", python_path=HERE)


def test_events_and_result_survive_stray_prints():
    got = []
    result = child("chatty_count")(25, got.append, threading.Event())
    assert [e.step for e in got] == list(range(1, 26))
    assert all(isinstance(e, Progress) for e in got)
    assert result == {"steps": 25, "path": "/tmp"}  # JSON on the way back: paths are strings


def test_stop_reaches_the_child():
    stop = threading.Event()
    got = []

    def emit(event):
        got.append(event)
        if len(got) == 5:
            stop.set()

    started = time.monotonic()
    result = child("until_stopped")(None, emit, stop)
    assert result["status"] == "stopped"
    assert 5 <= result["steps"] < 100
    assert time.monotonic() - started < 30


def test_user_error_crosses_as_user_error():
    with pytest.raises(UserError) as info:
        child("user_error_train")(None, lambda e: None, threading.Event())
    assert info.value.where == "data.jsonl:1"
    assert info.value.hint == "use chat format"


def test_bug_in_child_names_its_crash_report(isolated_profile):
    with pytest.raises(JobProcessError) as info:
        child("buggy_train")(None, lambda e: None, threading.Event())
    assert "ZeroDivisionError: engine bug" in str(info.value)
    report = Path(info.value.log_path)
    assert report.is_file() and "engine bug" in report.read_text(encoding="utf-8")
    assert str(isolated_profile) in str(report)


def test_dead_child_is_a_bug_with_its_log():
    got = []
    with pytest.raises(JobProcessError) as info:
        child("dies")(None, got.append, threading.Event())
    assert "exit code 3" in str(info.value)
    assert Path(info.value.log_path).is_file()
    assert isinstance(got[0], Log)


def test_real_run_folder_from_child_and_runner(qtbot, tmp_path):
    """The JobRunner + child process path the Train page uses, with a run folder on disk."""
    config = cfg.load(write_config(tmp_path, steps=10))
    runner = JobRunner()
    events = []
    runner.event.connect(events.append)
    with qtbot.waitSignal(runner.finished, timeout=60_000) as blocker:
        runner.start(child("fake_train"), TrainRequest(config=config))
    result = blocker.args[0]
    assert result["status"] == "finished" and result["steps"] == 10
    assert Path(result["run_dir"]).is_dir()
    assert any(isinstance(e, Checkpoint) for e in events)


def test_runner_reports_child_bug_with_child_log(qtbot):
    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=60_000) as blocker:
        runner.start(child("buggy_train"), None)
    failed = blocker.args[0]
    assert not failed.user_error
    assert failed.message == "ZeroDivisionError: engine bug"
    assert "engine bug" in Path(failed.log_path).read_text(encoding="utf-8")


def test_kill_on_stop_ends_a_job_with_nothing_to_save():
    job = in_process("gui_fake_jobs:until_stopped", python_path=HERE, kill_on_stop=True)
    stop = threading.Event()
    got = []

    def emit(event):
        got.append(event)
        stop.set()

    started = time.monotonic()
    assert job(None, emit, stop) == {"status": "stopped"}
    assert time.monotonic() - started < 30
