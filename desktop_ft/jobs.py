"""The one narrow interface between the faces (CLI, GUI) and the engines.

A job is `run(request, emit, stop) -> result`: `emit(event)` reports progress with the words of
core/events.py, `stop` is a threading.Event the job checks at step boundaries, and the result is a
plain dict. This module is light on purpose: the engines (torch, transformers, peft, onnxruntime)
are imported inside each job, so the GUI can import it at start-up and stay fast.
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

from desktop_ft.core.events import Emit
from desktop_ft.core.requests import ChatRequest, DemoRequest, ExportRequest, TrainRequest

__all__ = ["ChatRequest", "DemoRequest", "ExportRequest", "Job", "TrainRequest", "chat", "demo", "export", "train"]


class Job(Protocol):
    def __call__(self, request: Any, emit: Emit, stop: threading.Event) -> dict[str, Any]: ...


def train(request: TrainRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    from desktop_ft.training.job import run_training

    return run_training(request, emit, stop)


def export(request: ExportRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    from desktop_ft.export.job import run_export

    return run_export(request, emit, stop)


def chat(request: ChatRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    from desktop_ft.export.chat import answer

    return answer(request, emit, stop)


def demo(request: DemoRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    from desktop_ft.demo import run_demo

    return run_demo(request, emit, stop)
