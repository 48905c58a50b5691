"""What a hosted fine-tuning service must offer, in our words, whoever serves it.

The job (job.py) only speaks this interface, so another service (or a newer API) is one more
implementation, not a change to the polling, the run folder or the faces. Implementations turn
the service's failures into two kinds: a `UserError` for what the user can fix (a rejected file,
a wrong key, an unknown model) and `ConnectionLost` for a network that is down, which the job
rides out with backoff because the job at the service keeps running meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

TERMINAL = ("succeeded", "failed", "cancelled")


class ConnectionLost(Exception):
    """The service could not be reached (network down, DNS, timeout, 5xx); try again later."""


@dataclass
class JobSpec:
    """A fine-tuning job to create. 0 / "" / None: the service decides."""

    model: str
    training_file: str
    validation_file: str | None = None
    epochs: int = 0
    batch_size: int = 0
    learning_rate_multiplier: float = 0.0
    suffix: str = ""
    seed: int | None = None
    method: str = "supervised"


@dataclass
class JobState:
    id: str
    status: str  # validating_files, queued, running, succeeded, failed, cancelled
    model: str = ""
    fine_tuned_model: str | None = None
    trained_tokens: int | None = None
    error: str | None = None
    estimated_finish: int | None = None
    result_files: list[str] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.status in TERMINAL


@dataclass
class ServiceEvent:
    """One entry of the job's event list; `data` holds metrics (step, train_loss, ...)."""

    id: str
    created_at: int
    message: str
    level: str = "info"
    type: str = "message"
    data: dict[str, Any] | None = None


@dataclass
class CheckpointInfo:
    id: str
    step: int
    model: str  # the checkpoint's model name at the service (deployable)
    metrics: dict[str, Any] = field(default_factory=dict)


class HostedProvider(Protocol):
    """A fine-tuning service. Every call may raise UserError or ConnectionLost."""

    name: str
    endpoint: str

    def upload(self, path: Path) -> str:
        """Upload a JSONL file for fine-tuning; its file id once the service accepted it."""
        ...

    def create_job(self, spec: JobSpec) -> JobState: ...

    def job(self, job_id: str) -> JobState: ...

    def events_since(self, job_id: str, seen: set[str]) -> list[ServiceEvent]:
        """Events not in `seen`, oldest first."""
        ...

    def checkpoints(self, job_id: str) -> list[CheckpointInfo]: ...

    def cancel(self, job_id: str) -> JobState: ...
