"""The only words jobs and faces share.

A job reports through `emit(event)`; the CLI prints events, the GUI turns them into signals, the
run folder keeps them in `metrics.jsonl`, and a multi-process launcher relays them as JSON lines.
Every event serialises to one flat JSON object with a `type` field, so a file written by an older
version, or by another process, reads back with `from_dict`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar


@dataclass
class Event:
    """Base of all events; `time` is seconds since the epoch when the event was made."""

    type: ClassVar[str] = "event"
    time: float = field(default_factory=time.time, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        data = {"type": self.type}
        data.update({k: v for k, v in asdict(self).items() if v is not None})
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, allow_nan=False, default=str)


@dataclass
class Progress(Event):
    """One step of a job. For training, one optimisation step with its loss; other jobs
    (export, parity) report steps without a loss. `tokens_per_s` counts real tokens, never
    padding. `phase` is None for the run's own training steps."""

    type: ClassVar[str] = "progress"
    step: int
    total_steps: int
    loss: float | None = None
    epoch: float | None = None
    learning_rate: float | None = None
    grad_norm: float | None = None
    tokens_per_s: float | None = None
    samples_per_s: float | None = None
    memory_bytes: int | None = None
    eta_s: float | None = None
    phase: str | None = None


@dataclass
class Eval(Event):
    type: ClassVar[str] = "eval"
    step: int
    eval_loss: float
    perplexity: float | None = None
    metrics: dict[str, float] | None = None


@dataclass
class Checkpoint(Event):
    type: ClassVar[str] = "checkpoint"
    step: int
    path: str


@dataclass
class Log(Event):
    type: ClassVar[str] = "log"
    message: str
    level: str = "info"


@dataclass
class Finished(Event):
    type: ClassVar[str] = "finished"
    result: dict[str, Any] = field(default_factory=dict)


@dataclass
class Failed(Event):
    """A job ended badly. `user_error` is true when the user can fix it (see errors.UserError)."""

    type: ClassVar[str] = "failed"
    message: str
    where: str = ""
    hint: str = ""
    user_error: bool = False
    log_path: str | None = None
    key: str = ""  # UserError.key and .params: the GUI translates the message by them
    params: dict[str, Any] = field(default_factory=dict)


TRAINING_PHASES = (None, "", "train")  # other phases ("demo base", "export") prepare or follow


def is_training_step(event: Event) -> bool:
    """Progress of the fine-tune itself, as opposed to a phase with steps of its own."""
    return isinstance(event, Progress) and event.phase in TRAINING_PHASES


EVENT_TYPES: dict[str, type[Event]] = {
    cls.type: cls for cls in (Progress, Eval, Checkpoint, Log, Finished, Failed)
}

Emit = Callable[[Event], None]


def from_dict(data: dict[str, Any]) -> Event:
    """Rebuild an event, ignoring keys this version does not know (written by a newer one)."""
    cls = EVENT_TYPES.get(str(data.get("type")))
    if cls is None:
        raise ValueError(f"unknown event type {data.get('type')!r}")
    known = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in known})


def from_json(line: str) -> Event:
    return from_dict(json.loads(line))


def read_jsonl(path: Any) -> list[Event]:
    """Read a metrics file; a torn last line (the process was killed mid-write) is skipped."""
    events: list[Event] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                continue
            try:
                events.append(from_json(line))
            except (ValueError, TypeError):
                continue
    return events
