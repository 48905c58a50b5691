from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop_ft.core import events as ev
from desktop_ft.core import runs
from desktop_ft.core.errors import UserError


def test_events_round_trip_through_json() -> None:
    items = [ev.Progress(step=3, total_steps=10, loss=1.25, learning_rate=1e-3),
             ev.Eval(step=3, eval_loss=1.5, perplexity=4.48),
             ev.Checkpoint(step=3, path="/x"), ev.Log(message="hello ✓"),
             ev.Finished(result={"steps": 3}), ev.Failed(message="bad", where="f:1")]
    for event in items:
        data = json.loads(event.to_json())
        assert data["type"] == event.type
        assert ev.from_dict(data) == event


def test_unknown_keys_from_newer_versions_are_ignored() -> None:
    event = ev.from_dict({"type": "log", "message": "m", "time": 1.0, "future_field": 3})
    assert event == ev.Log(message="m", time=1.0)


def test_run_folder_is_unique_and_under_home(tmp_path: Path) -> None:
    first = runs.RunFolder.create("my run/1", root=tmp_path)
    second = runs.RunFolder.create("my run/1", root=tmp_path)
    assert first.path != second.path
    assert first.path.parent == tmp_path
    assert "/" not in first.path.name.split("-", 2)[-1]


def test_runs_root_follows_desktop_ft_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(runs.HOME_ENV, str(tmp_path))
    assert runs.runs_root() == tmp_path / "runs"
    assert runs.cache_root() == tmp_path / "cache"


def test_metrics_survive_a_torn_last_line(tmp_path: Path) -> None:
    run = runs.RunFolder.create("torn", root=tmp_path)
    writer = run.event_writer()
    for step in range(1, 4):
        writer(ev.Progress(step=step, total_steps=3, loss=1.0 / step))
    writer.close()
    with open(run.metrics_path, "a", encoding="utf-8") as handle:
        handle.write('{"type": "progress", "step": 4, "lo')  # killed mid-write
    steps = [e.step for e in run.events() if isinstance(e, ev.Progress)]
    assert steps == [1, 2, 3]
    assert "step 3/3" in run.log_path.read_text(encoding="utf-8")


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    runs.atomic_write_json(target, {"x": 1})
    runs.atomic_write_json(target, {"x": 2})
    assert json.loads(target.read_text()) == {"x": 2}
    assert os.listdir(tmp_path) == ["a.json"]


def test_only_marked_checkpoints_count(tmp_path: Path) -> None:
    run = runs.RunFolder.create("ckpt", root=tmp_path)
    for step, complete in ((10, True), (20, True), (30, False)):
        folder = run.checkpoints_dir / f"step-{step}"
        folder.mkdir(parents=True)
        if complete:
            (folder / runs.RunFolder.COMPLETE_MARKER).write_text("ok")
    assert run.last_checkpoint() == run.checkpoints_dir / "step-20"


def test_opening_something_that_is_not_a_run(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a run folder"):
        runs.RunFolder.open(tmp_path)
