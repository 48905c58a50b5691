"""Soak: the Train page runs real trainings of the tiny model back to back, each stopped midway
and resumed, for about 80 seconds. The GUI process must not grow (memory, threads,
open files) and every run folder must end complete. The training runs in the page's JobRunner
thread (the frozen build's path), so the engine's own leaks count too."""

from __future__ import annotations

import gc
import json
import threading
import time
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import QSettings
from robust_helpers import base_config, write_config

from desktop_ft import jobs
from desktop_ft.core import events as ev
from desktop_ft.core.runs import RunFolder
from desktop_ft.gui import job_runner
from desktop_ft.gui.pages.train import TrainPage
from desktop_ft.gui.session import Session
from desktop_ft.gui.settings import Settings

pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")]

BUDGET_S = 80.0
MIN_CYCLES, MAX_CYCLES = 3, 8
STEPS = 30
MAX_RSS_GROWTH = 40 * 2 ** 20  # from the first (warm-up) cycle to the last


def assert_complete(run_dir: Path) -> None:
    run = RunFolder(run_dir)
    manifest = json.loads(run.manifest_path.read_text())
    assert manifest["status"] == "finished" and manifest["steps"] == STEPS
    assert (run.adapter_dir / "adapter_model.safetensors").is_file()
    assert run.last_checkpoint() == run.checkpoints_dir / f"step-{STEPS}"
    assert sorted(p.name for p in run.checkpoints_dir.iterdir()) == sorted(
        p.name for p in run.complete_checkpoints())  # nothing half-written left behind
    kinds = [type(e).__name__ for e in run.events()]
    assert kinds.count("Finished") == 2 and "Checkpoint" in kinds  # stopped once, then done


def test_back_to_back_runs_with_stop_and_resume(qtbot, home: Path, tmp_path: Path,
                                                tiny_model_dir: Path,
                                                chat_dataset: Path) -> None:
    session = Session()
    session.open(write_config(tmp_path / "run.yaml", base_config(
        tiny_model_dir, chat_dataset, train={"max_steps": STEPS, "save_every": 5})))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    page = TrainPage(session, settings, job=jobs.train)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    def stop_at_step_3(event: object) -> None:
        if isinstance(event, ev.Progress) and event.step >= 3 and not page.runner.is_stopping():
            page.stop()

    process = psutil.Process()
    samples: list[tuple[int, int, int, int]] = []  # rss, OS threads, Python threads, open fds
    started = time.monotonic()
    while len(samples) < MIN_CYCLES or (time.monotonic() - started < BUDGET_S
                                        and len(samples) < MAX_CYCLES):
        page.runner.event.connect(stop_at_step_3)
        with qtbot.waitSignal(page.run_ended, timeout=300_000):
            page.start()
        page.runner.event.disconnect(stop_at_step_3)
        assert page.last_result["status"] == "stopped", page.last_result
        run_dir = Path(page.last_result["run_dir"])
        assert page.last_result["steps"] < STEPS
        with qtbot.waitSignal(page.run_ended, timeout=300_000):
            page.resume(run_dir)
        assert page.last_result["status"] == "finished", page.last_result
        assert_complete(run_dir)
        gc.collect()
        samples.append((process.memory_info().rss, process.num_threads(),
                        threading.active_count(), process.num_fds()))
    assert job_runner.wait_all(10_000)
    rss = [s[0] for s in samples]
    growth = rss[-1] - rss[0]
    print(f"\nsoak: {len(samples)} cycles of start/stop/resume in "
          f"{time.monotonic() - started:.0f} s; GUI process RSS "
          + ", ".join(f"{r / 2 ** 20:.0f}" for r in rss) + f" MiB (growth {growth / 2 ** 20:+.1f}"
          f" MiB after the first); threads {samples[0][1]}->{samples[-1][1]}, open files "
          f"{samples[0][3]}->{samples[-1][3]}")
    assert growth < MAX_RSS_GROWTH
    assert samples[-1][2] == samples[0][2]  # Python threads: none left behind
    assert samples[-1][1] <= samples[0][1]  # OS threads
    assert samples[-1][3] <= samples[0][3]  # open files and sockets
    assert len(list((home / "runs").iterdir())) == len(samples)
