"""Stand-in jobs that behave like the training engine at its boundary: a real run folder,
real checkpoints and metrics.jsonl, real events, a real stop. Fast, and no torch."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import TrainRequest
from desktop_ft.core.runs import RunFolder

CONFIG_TEXT = """\
model: demo
method: lora
name: tiny
data:
  path: data.jsonl
train:
  max_steps: {steps}
  save_every: 5
"""


def write_config(folder: Path, steps: int = 20) -> Path:
    (folder / "data.jsonl").write_text('{"messages": []}\n', encoding="utf-8")
    path = folder / "tiny.yaml"
    path.write_text(CONFIG_TEXT.format(steps=steps), encoding="utf-8")
    return path


def _checkpoint(folder: RunFolder, step: int) -> ev.Checkpoint:
    path = folder.checkpoints_dir / f"step-{step}"
    path.mkdir(parents=True, exist_ok=True)
    (path / RunFolder.COMPLETE_MARKER).write_text("", encoding="utf-8")
    return ev.Checkpoint(step=step, path=str(path))


def fake_train(request: TrainRequest, emit: ev.Emit, stop: threading.Event,
               delay: float = 0.002) -> dict:
    if request.resume is not None:
        folder = RunFolder.open(request.resume)
        config = cfg.load(folder.config_path)
        last = folder.last_checkpoint()
        start = int(last.name.split("-")[1]) if last else 0
    else:
        config = request.config
        folder = RunFolder.create(config.run_name, root=request.runs_root)
        folder.config_path.write_text(cfg.dump(config), encoding="utf-8")
        start = 0
    total = config.train.max_steps
    writer = folder.event_writer()

    def out(event: ev.Event) -> None:
        writer(event)
        emit(event)

    step, losses = start, []
    try:
        out(ev.Progress(step=1, total_steps=3, loss=9.0, phase="demo base"))  # preparation
        while step < total and not stop.is_set():
            step += 1
            losses.append(2.0 / step)
            out(ev.Progress(step=step, total_steps=total, loss=losses[-1], learning_rate=1e-4,
                            tokens_per_s=1000.0 + step, grad_norm=0.5))
            if step % 10 == 0:
                out(ev.Eval(step=step, eval_loss=2.5 / step))
            if step % config.train.save_every == 0:
                out(_checkpoint(folder, step))
            time.sleep(delay)
        stopped = step < total
        if stopped:
            out(_checkpoint(folder, step))
        status = "stopped" if stopped else "finished"
        folder.update_manifest(status=status, steps=step, loss_last=losses[-1] if losses else None)
        result = {"run_dir": str(folder.path), "status": status, "steps": step,
                  "loss_first": losses[0] if losses else None,
                  "loss_last": losses[-1] if losses else None}
        out(ev.Finished(result=result))
        return result
    finally:
        writer.close()


def slow_fake_train(request: TrainRequest, emit: ev.Emit, stop: threading.Event) -> dict:
    return fake_train(request, emit, stop, delay=0.02)


def user_error_train(request: TrainRequest, emit: ev.Emit, stop: threading.Event) -> dict:
    raise UserError("the dataset has no 'messages' field", where="data.jsonl:1",
                    hint="use chat format")


def buggy_train(request: TrainRequest, emit: ev.Emit, stop: threading.Event) -> dict:
    raise ZeroDivisionError("engine bug")


def chatty_count(request: int, emit: ev.Emit, stop: threading.Event) -> dict:
    """Prints to stdout like a careless library; the event stream must survive it."""
    for step in range(1, request + 1):
        print(f"stray print {step}")
        emit(ev.Progress(step=step, total_steps=request, loss=1.0 / step))
    return {"steps": request, "path": Path("/tmp")}


def until_stopped(request: object, emit: ev.Emit, stop: threading.Event) -> dict:
    step = 0
    while not stop.is_set():
        step += 1
        emit(ev.Progress(step=step, total_steps=1_000_000, loss=1.0))
        time.sleep(0.01)
    return {"status": "stopped", "steps": step}


def dies(request: object, emit: ev.Emit, stop: threading.Event) -> dict:
    import os

    emit(ev.Log("about to die"))
    os._exit(3)
