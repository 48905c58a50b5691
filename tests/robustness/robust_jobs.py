"""Jobs that misbehave, importable by a child process (process_job runs them by name)."""

from __future__ import annotations

import os
import signal
import threading
import time

from desktop_ft.core import events as ev


def ignores_stop(request: object, emit: ev.Emit, stop: threading.Event) -> dict:
    """Stuck in something that never looks at `stop` (a native call, a hung download)."""
    emit(ev.Log(message=f"pid {os.getpid()}"))
    step = 0
    while True:
        step += 1
        emit(ev.Progress(step=step, total_steps=1_000_000, loss=1.0))
        time.sleep(0.05)


def killed_mid_run(request: object, emit: ev.Emit, stop: threading.Event) -> dict:
    """Killed from outside halfway (the kernel's OOM killer sends SIGKILL)."""
    for step in range(1, 4):
        emit(ev.Progress(step=step, total_steps=10, loss=1.0 / step))
    os.kill(os.getpid(), signal.SIGKILL)
    return {}


def flood(request: object, emit: ev.Emit, stop: threading.Event) -> dict:
    """As many events as it can emit, like a library logging every microstep (`request` events
    when it is a number, else 200)."""
    count = request if isinstance(request, int) else 200
    for step in range(1, count + 1):
        emit(ev.Progress(step=step, total_steps=count, loss=1.0 / step, learning_rate=1e-4,
                         tokens_per_s=1000.0, grad_norm=0.5))
    return {"status": "finished", "steps": count}
