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


@dataclass
class ChatRequest:
    """One answer from a run, a model folder or an ONNX folder."""

    source: Path
    prompt: str
    max_new_tokens: int = 64


@dataclass
class DemoRequest:
    """The whole path on the bundled demo: build, fine-tune, merge, export, answer."""

    max_steps: int | None = None
    runs_root: Path | None = None
    prompt: str | None = None
    export_precision: str = "int4"
