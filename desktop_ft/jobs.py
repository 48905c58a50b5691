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
from desktop_ft.core.errors import UserError
from desktop_ft.core.events import Emit, Log, Progress
from desktop_ft.core.requests import (
    ChatRequest,
    DemoRequest,
    DownloadRequest,
    EvalRequest,
    ExportRequest,
    HostedFollowRequest,
    HostedPrepareRequest,
    HostedTrainRequest,
    InspectRequest,
    TrainRequest,
)
from desktop_ft.core.resources import DEMO_CONFIG

__all__ = ["ChatRequest", "DemoRequest", "DownloadRequest", "EvalRequest", "ExportRequest",
           "InspectRequest", "Job", "TrainRequest", "chat", "chat_stream", "demo", "download",
           "evaluate", "export", "inspect_data", "train"]

TOKEN_LEVEL = "token"  # a Log of this level carries the next piece of a streamed answer


class Job(Protocol):
    def __call__(self, request: Any, emit: Emit, stop: threading.Event) -> dict[str, Any]: ...


def train(request: TrainRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    """Train (or resume); a finished run whose config asks for it is merged into RUN/merged."""
    from desktop_ft.core.runs import RunFolder
    from desktop_ft.training.job import run_training
    from desktop_ft.training.launch import run_distributed, wants_launcher

    # distributed.strategy set: torchrun runs the ranks, rank 0's events are relayed here
    result = (run_distributed if wants_launcher(request) else run_training)(request, emit, stop)
    run = RunFolder(result["run_dir"])
    config = request.config if request.config is not None else cfg.load(run.config_path)
    wants_merge = config.merge and config.head == "lm"  # a classification head has no LM to merge
    if result["status"] == "finished" and wants_merge and not stop.is_set():
        from desktop_ft.export.merge import ensure_merged

        result["merged_dir"] = str(ensure_merged(run, emit, stop))
        run.update_manifest(merged_dir=result["merged_dir"])
    if result["status"] == "finished" and config.scenario != "auto" and not stop.is_set():
        result["eval"] = _evaluate_after_training(run, emit, stop)
    return result


def evaluate(request: EvalRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    """The run's scenario metric, base vs fine-tuned, written to RUN/eval.json."""
    from desktop_ft.evaluate.job import run_evaluation

    return run_evaluation(request, emit, stop)


def _evaluate_after_training(run: Any, emit: Emit, stop: threading.Event) -> dict[str, Any] | None:
    """Score a run that chose a scenario right after training, when that is cheap. The trained
    run is the result: a failing evaluation is reported and logged, never lost training."""
    from desktop_ft.evaluate.job import is_cheap

    if not is_cheap(run):
        emit(Log(message=f"score it with: desktop-ft eval {run.path}"))
        return None
    try:
        doc = evaluate(EvalRequest(run=run.path), emit, stop)
    except UserError as exc:
        emit(Log(message=f"evaluation skipped: {exc}", level="warning"))
        return None
    except Exception as exc:
        from desktop_ft.core.crash import write_crash_report

        log = write_crash_report(exc, run.log_path)
        emit(Log(message=f"evaluation failed ({type(exc).__name__}: {exc}); details in {log}",
                 level="warning"))
        return None
    return {key: doc.get(key) for key in ("status", "eval_path", "scenario", "primary", "base",
                                          "tuned")}


def export(request: ExportRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    from desktop_ft.export.job import run_export

    return run_export(request, emit, stop)


def chat(request: ChatRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    from desktop_ft.export.chat import answer

    return answer(_chat_source(request), emit, stop)


def chat_stream(request: ChatRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    """`chat`, with the answer emitted piece by piece as it grows (Log events of TOKEN_LEVEL),
    for the GUI's side-by-side answers."""
    from desktop_ft.export.chat import answer

    def on_text(piece: str) -> None:
        emit(Log(message=piece, level=TOKEN_LEVEL))

    return answer(_chat_source(request), emit, stop, on_text=on_text)


def _chat_source(request: ChatRequest) -> ChatRequest:
    """With `base`, the run's base model answers: what the model said before fine-tuning."""
    if not request.base:
        return request
    from dataclasses import replace

    from desktop_ft.core.runs import RunFolder
    from desktop_ft.export.merge import base_model_dir

    return replace(request, source=base_model_dir(RunFolder.open(request.source)), base=False)


def inspect_data(request: InspectRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    """The Data page's validation report (data/report.py), rendered with the model's tokenizer.
    When the tokenizer cannot be had (a hub model while offline) every other check still runs."""
    from desktop_ft.data.report import inspect

    return inspect(request.path, request.format, request.columns,
                   lambda: _tokenizer_for(request.model, request.trust_remote_code, emit, stop),
                   request.max_length, request.loss_on)


def _tokenizer_for(model: str, trust_remote_code: bool, emit: Emit,
                   stop: threading.Event) -> Any:
    from desktop_ft.training.models import load_tokenizer, resolve_model

    if model == "demo":
        from desktop_ft.training import demo_model

        folder = demo_model.demo_model_dir()
        if not (folder / "desktop_ft_demo.json").is_file():  # not built yet: the same
            return demo_model.build_tokenizer(demo_model.tokenizer_training_text())  # tokenizer
        return load_tokenizer(str(folder))
    source, _ = resolve_model(model, emit, stop)
    return load_tokenizer(source, trust_remote_code)


def download(request: DownloadRequest, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    """Fetch a hub model file by file into the Hugging Face cache, with byte progress and stop
    between files; an unreachable hub is a UserError that says so."""
    from huggingface_hub import HfApi, hf_hub_download, snapshot_download

    from desktop_ft.core.secrets import load_token

    token = load_token()  # HF_TOKEN, else the OS keyring ('desktop-ft token set'); None: anonymous
    try:
        info = HfApi(token=token).model_info(request.repo_id, revision=request.revision,
                                             files_metadata=True)
        files = [(s.rfilename, int(s.size or 0)) for s in info.siblings or []]
        total = max(1, sum(size for _, size in files))
        done = 0
        emit(Progress(step=0, total_steps=total, phase="download"))
        for name, size in files:
            if stop.is_set():
                return {"status": "stopped", "repo_id": request.repo_id, "local_dir": None}
            emit(Log(message=f"downloading {name}"))
            hf_hub_download(request.repo_id, name, revision=info.sha, token=token)
            done += size
            emit(Progress(step=done, total_steps=total, phase="download"))
        folder = snapshot_download(request.repo_id, revision=info.sha, local_files_only=True)
    except Exception as exc:
        raise _hub_error(exc, request.repo_id) from exc
    return {"status": "finished", "repo_id": request.repo_id, "local_dir": str(folder),
            "files": len(files), "bytes": total}


def _hub_error(exc: Exception, repo_id: str) -> Exception:
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & {"RepositoryNotFoundError", "RevisionNotFoundError"}:
        return UserError("no such model on the Hugging Face Hub", where=repo_id,
                         hint="check the spelling: owner/name, as on the model's page",
                         key="download.not_found")
    if "GatedRepoError" in names:
        return UserError("this model is gated: its licence must be accepted first",
                         where=repo_id, hint="accept it on the model's page, then log in with "
                         "'hf auth login'", key="download.gated")
    if names & {"OfflineModeIsEnabled", "ConnectError", "NetworkError", "TimeoutException",
                "ConnectionError", "ConnectTimeout", "Timeout"}:
        return UserError("cannot reach the Hugging Face Hub (offline)", where=repo_id,
                         hint="connect to the internet, or download the model elsewhere and "
                         "choose its folder", key="download.offline")
    return exc


def launch_plan(config: cfg.RunConfig) -> dict[str, Any]:
    """The torchrun command and DeepSpeed/FSDP settings a multi-process run uses, for the GUI's
    "show command" (plain Python: imports no torch)."""
    from desktop_ft.training.launch import plan

    return plan(config)


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
                                         accuracy_level=config.export.accuracy_level,
                                         engine=config.export.engine),
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


# hosted fine-tuning (Model as a Service): the openai client is imported inside the jobs ------

def hosted_prepare(request: HostedPrepareRequest, emit: Emit,
                   stop: threading.Event) -> dict[str, Any]:
    """The dataset as the service would get it: counts, problems, token estimate, destination."""
    from desktop_ft.hosted.job import prepare

    return prepare(request, emit, stop)


def hosted_train(request: HostedTrainRequest, emit: Emit,
                 stop: threading.Event) -> dict[str, Any]:
    """Upload (only when confirmed), create the hosted job and follow it; stop detaches."""
    from desktop_ft.hosted.job import train as hosted_job

    return hosted_job(request, emit, stop)


def hosted_follow(request: HostedFollowRequest, emit: Emit,
                  stop: threading.Event) -> dict[str, Any]:
    """Follow a hosted run's job again from its folder, look up its status once, or cancel it."""
    from desktop_ft.hosted.job import follow

    return follow(request, emit, stop)


def hosted_login(provider: str, endpoint: str | None, key: str | None) -> None:
    """Store a hosted service's endpoint and/or API key in the OS keyring (not a job: quick)."""
    from desktop_ft.hosted.credentials import login

    login(provider, endpoint, key)
