"""What a job is asked to do: plain dataclasses, shared by the faces and the engines."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_ft.core.config import RunConfig


@dataclass
class TrainRequest:
    """A new run from `config`, or the continuation of the run folder `resume`."""

    config: RunConfig | None = None
    resume: Path | None = None
    runs_root: Path | None = None


@dataclass
class ExportRequest:
    """Export a run (its merged model, or adapter + base) or a model folder to ONNX."""

    source: Path
    precision: str = "int4"
    target: str = "cpu"
    block_size: int = 32
    accuracy_level: int = 4
    out_dir: Path | None = None
    parity_prompts: list[str] = field(default_factory=list)
    # "auto": the onnxruntime-genai builder where it covers the architecture, else the
    # torch.onnx fallback; "builder" or "torch" force one (core/config.EXPORT_ENGINES)
    engine: str = "auto"


@dataclass
class ChatRequest:
    """One answer from a run, a model folder or an ONNX folder."""

    source: Path
    prompt: str
    max_new_tokens: int = 64
    base: bool = False  # a run's base model (before fine-tuning) answers instead


@dataclass
class InspectRequest:
    """Check a dataset file as training will read it, with `model`'s tokenizer and template."""

    path: Path
    model: str = "demo"
    format: str = "auto"
    columns: dict[str, str] = field(default_factory=dict)
    max_length: int = 256
    loss_on: str = "answer"
    trust_remote_code: bool = False  # the model's own tokenizer code, if the user trusts it


@dataclass
class DownloadRequest:
    """Download a model from the Hugging Face Hub into the local cache."""

    repo_id: str
    revision: str | None = None


@dataclass
class EvalRequest:
    """Score a run's scenario metric on its held-out rows, base vs fine-tuned (RUN/eval.json).
    `max_generate` caps the rows answered by generation; `samples` rows are shown side by side."""

    run: Path
    split: str = "validation"
    max_generate: int = 64
    samples: int = 5


@dataclass
class DemoRequest:
    """The whole path on the bundled demo: build, fine-tune, merge, export, answer."""

    max_steps: int | None = None
    runs_root: Path | None = None
    prompt: str | None = None
    export_precision: str = "int4"


@dataclass
class HostedPrepareRequest:
    """Convert and check `config`'s dataset for a hosted fine-tune; uploads nothing."""

    config: RunConfig


@dataclass
class HostedTrainRequest:
    """Upload `config`'s converted dataset to `endpoint` and fine-tune there. Nothing is sent
    unless `confirmed` is True and `endpoint` is the destination the user was shown. Stop
    detaches (the job keeps running at the service) unless `cancel_on_stop`."""

    config: RunConfig
    endpoint: str = ""
    confirmed: bool = False
    cancel_on_stop: bool = False
    runs_root: Path | None = None
    poll_s: float | None = None  # None: the config's hosted.poll_seconds
    max_backoff_s: float = 300.0
    max_offline_s: float = 3600.0


@dataclass
class HostedFollowRequest:
    """Poll a hosted run's job again (after a restart or a detach), or `cancel` it."""

    run: Path
    cancel: bool = False
    once: bool = False  # one status look-up, no following
    cancel_on_stop: bool = False
    poll_s: float | None = None  # None: the config's hosted.poll_seconds
    max_backoff_s: float = 300.0
    max_offline_s: float = 3600.0
