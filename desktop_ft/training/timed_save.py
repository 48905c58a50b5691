"""Checkpoints by the clock (`train.save_every_minutes`), besides every N steps.

Steps are a poor measure of lost work when one step takes seconds on a GPU and minutes on a
laptop: a run killed just before its next step-based checkpoint could lose an hour. With a time
limit, at most that many minutes of training are ever lost to a crash, a kill or a power cut.
"""

from __future__ import annotations

import time
from typing import Any


def timed_save_callback(minutes: float) -> Any:
    """A transformers callback that asks for a checkpoint when `minutes` passed since the last
    one (or since training began); None when `minutes` is 0 (off)."""
    if minutes <= 0:
        return None
    from transformers import TrainerCallback

    interval = minutes * 60.0

    class TimedSave(TrainerCallback):
        def __init__(self) -> None:
            self.last_save = time.monotonic()

        def on_train_begin(self, args, state, control, **kwargs):  # type: ignore[no-untyped-def]
            self.last_save = time.monotonic()

        def on_step_end(self, args, state, control, **kwargs):  # type: ignore[no-untyped-def]
            if time.monotonic() - self.last_save >= interval:
                control.should_save = True

        def on_save(self, args, state, control, **kwargs):  # type: ignore[no-untyped-def]
            self.last_save = time.monotonic()

    return TimedSave()
