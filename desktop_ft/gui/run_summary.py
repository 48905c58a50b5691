"""Read run folders for display: plain Python, no Qt, so it is testable and could move to core.

The Runs page lists every run on each visit, so a summary must be cheap even for long runs: the
last step and loss come from the manifest when it has them, else from the tail of metrics.jsonl,
never from reading the whole file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop_ft.core import events as ev
from desktop_ft.core.runs import RunFolder

TAIL_BYTES = 64 * 1024


def can_resume(path: Path) -> bool:
    """A run that stopped or died with a checkpoint; a finished run has nothing left to do."""
    folder = RunFolder(path)
    if folder.last_checkpoint() is None:
        return False
    return folder.read_manifest().get("status") != "finished"


@dataclass
class RunSummary:
    path: Path
    status: str
    steps: int | None
    total_steps: int | None
    last_loss: float | None
    resumable: bool

    @property
    def name(self) -> str:
        return self.path.name


def _last_progress(metrics: Path) -> ev.Progress | None:
    try:
        with open(metrics, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - TAIL_BYTES))
            tail = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return None
    for line in reversed(tail.splitlines()):
        if '"progress"' not in line:
            continue
        try:
            event = ev.from_json(line)
        except (ValueError, TypeError):
            continue  # the first line of the tail may be cut, the last one torn
        if ev.is_training_step(event):
            return event  # type: ignore[return-value]
    return None


def summarize(path: Path) -> RunSummary:
    folder = RunFolder(path)
    manifest = folder.read_manifest()
    last = _last_progress(folder.metrics_path)
    steps = manifest.get("steps") if isinstance(manifest.get("steps"), int) else None
    loss = manifest.get("loss_last") if isinstance(manifest.get("loss_last"), (int, float)) \
        else None
    return RunSummary(
        path=folder.path,
        status=str(manifest.get("status") or "unknown"),
        steps=steps if steps is not None else (last.step if last else None),
        total_steps=last.total_steps if last else None,
        last_loss=float(loss) if loss is not None else (last.loss if last else None),
        resumable=folder.last_checkpoint() is not None
        and manifest.get("status") != "finished",
    )


def list_runs(root: Path) -> list[RunSummary]:
    """Run folders under `root`, newest first (their names start with a timestamp)."""
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir()
             if p.is_dir() and ((p / "config.yaml").is_file() or (p / "metrics.jsonl").is_file())]
    return [summarize(p) for p in sorted(found, key=lambda p: p.name, reverse=True)]


def loss_curves(path: Path) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
    """(step, train loss) and (step, eval loss) points of a run, from its metrics.jsonl."""
    return RunFolder(path).loss_curves()
