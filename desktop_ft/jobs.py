"""The one narrow interface between the faces (CLI, GUI) and the engines.

A job is `run(request, emit, stop) -> result`: `emit(event)` reports progress with the words of
core/events.py, `stop` is a threading.Event the job checks at step boundaries, and the result is a
plain dict. This module is light on purpose: the engines (torch, transformers, peft, onnxruntime)
are imported inside each job, so the GUI can import it at start-up and stay fast.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from desktop_ft.core import config as cfg
from desktop_ft.core.events import Emit, Log
from desktop_ft.core.requests import ChatRequest, DemoRequest, ExportRequest, TrainRequest
from desktop_ft.core.resources import DEMO_CONFIG

__all__ = ["ChatRequest", "DemoRequest", "ExportRequest", "Job", "TrainRequest", "chat", "demo",
           "export", "train"]


class Job(Protocol):
    def __call__(self, request: Any, emit: Emit, stop: threading.Event) -> dict[str, Any]: ...


def train(request: TrainRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    """Train (or resume); a finished run whose config asks for it is merged into RUN/merged."""
    from desktop_ft.core.runs import RunFolder
    from desktop_ft.training.job import run_training

    result = run_training(request, emit, stop)
    run = RunFolder(result["run_dir"])
    wants_merge = request.config.merge if request.config is not None else _config_merge(run)
    if result["status"] == "finished" and wants_merge and not stop.is_set():
        from desktop_ft.export.merge import ensure_merged

        result["merged_dir"] = str(ensure_merged(run, emit, stop))
        run.update_manifest(merged_dir=result["merged_dir"])
    return result


def _config_merge(run: Any) -> bool:
    from desktop_ft.core.config import load

    return load(run.config_path).merge


def export(request: ExportRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    from desktop_ft.export.job import run_export

    return run_export(request, emit, stop)


def chat(request: ChatRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    from desktop_ft.export.chat import answer

    return answer(request, emit, stop)


def demo_config() -> cfg.RunConfig:
    return cfg.load(DEMO_CONFIG)


def first_example(config: cfg.RunConfig) -> tuple[str, str]:
    """The first training conversation's question and answer, to show what was learned."""
    with open(config.data.path, encoding="utf-8") as handle:
        messages = json.loads(handle.readline())["messages"]
    question = next(m["content"] for m in messages if m["role"] == "user")
    answer = next(m["content"] for m in messages if m["role"] == "assistant")
    return question, answer


def demo(request: DemoRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    """The whole path on the bundled demo, as a new user's first run: build the demo model
    (first use only), fine-tune it with LoRA, merge, export to ONNX int4 with a parity check,
    and ask the export a question from the training set, so the user sees that it learned."""
    started = time.perf_counter()
    config = demo_config()
    if request.max_steps is not None:
        config.train.max_steps = request.max_steps
    config.merge = True
    trained = train(TrainRequest(config=config, runs_root=request.runs_root), emit, stop)
    result: dict[str, Any] = {key: trained.get(key) for key in (
        "run_dir", "status", "steps", "loss_first", "loss_last", "merged_dir")}
    if trained["status"] != "finished":
        result["seconds"] = round(time.perf_counter() - started, 1)
        return result
    exported = export(ExportRequest(source=Path(trained["run_dir"]),
                                         precision=request.export_precision,
                                         target=config.export.target,
                                         block_size=config.export.block_size,
                                         accuracy_level=config.export.accuracy_level),
                           emit, stop)
    question, expected = first_example(config)
    prompt = request.prompt or question
    reply = chat(ChatRequest(source=Path(exported["export_dir"]), prompt=prompt,
                                  max_new_tokens=48), emit, stop)
    result.update({
        "export_dir": exported["export_dir"], "export_bytes": exported["export_bytes"],
        "export_precision": exported.get("precision"),
        "parity_verdict": exported.get("parity_verdict"),
        "prompt": prompt, "answer": reply["answer"],
        "expected": expected if request.prompt is None else None,
        "seconds": round(time.perf_counter() - started, 1),
    })
    emit(Log(message=f"demo: asked {prompt!r}, the exported model answered "
                f"{reply['answer']!r}"))
    return result
