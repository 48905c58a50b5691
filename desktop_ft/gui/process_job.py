"""Run a job in a child Python process, wrapped as an ordinary job function for JobRunner.

Why not simply a thread: a thread shares the GIL with the window. Importing torch holds it for
up to 0.8 s at a time here (C extension start-up), and saving checkpoints or tokenizing holds it
in shorter bursts, so a training thread froze the window although the training itself was
elsewhere. A child process shares nothing: the relay thread in the GUI process only blocks on a
pipe. It also keeps a crash of the engine (a segfault in a native library, the OOM killer) from
taking the app down, and hands the engine's memory back to the system when the run ends.

Protocol (one JSON object per line): the parent writes the pickled request, base64, as the first
line of the child's stdin, then `stop` when the user stops; end of input also means stop, so an
orphaned child stops at its next step and keeps its checkpoint. The child writes
`{"kind": "event", "event": {...}}` lines and one final `result`, `user_error` or `bug` line on
a private copy of stdout; the real stdout is pointed at stderr, so a stray print in a library
cannot corrupt the stream. stderr goes to a log file, named in the report if the child dies.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as _dt
import importlib
import json
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from desktop_ft.core import events as ev
from desktop_ft.core import runs
from desktop_ft.core.errors import UserError
from desktop_ft.core.secrets import redact

JobFunction = Callable[[Any, ev.Emit, threading.Event], dict[str, Any]]

# How long a child may take to honour stop before it is ended: a step of a large model on a CPU
# can take minutes, but a child stuck in a native call or a download must not keep the app (or
# its quit) waiting forever. Its completed checkpoints are on disk either way.
STOP_TIMEOUT_S = 300.0


class JobProcessError(Exception):
    """The child reported a bug, or died without a word; `log_path` has the details."""

    def __init__(self, message: str, log_path: str | None) -> None:
        super().__init__(message)
        self.log_path = log_path


def logs_dir() -> Path:
    return runs.logs_root()


def in_process(target: str, python_path: list[str] | None = None,
               kill_on_stop: bool = False, stop_timeout_s: float | None = None) -> JobFunction:
    """A job function that runs `target` ("module:function", a job) in a child process.

    `kill_on_stop` is for jobs with nothing to save (a detection): stop ends the child at once
    and the job returns `{"status": "stopped"}`, so quitting never waits for it. A child that
    has not ended `stop_timeout_s` after a stop (default STOP_TIMEOUT_S) is ended too.
    """

    def job(request: Any, emit: ev.Emit, stop: threading.Event) -> dict[str, Any]:
        return run_in_child(target, request, emit, stop, python_path, kill_on_stop,
                            STOP_TIMEOUT_S if stop_timeout_s is None else stop_timeout_s)

    job.__name__ = job.__qualname__ = f"in_process[{target}]"
    return job


def default_job(target: str, kill_on_stop: bool = False) -> JobFunction:
    """The job `target` ("module:function") in a child process; in a frozen build, which has no
    `python -m` to start, in the runner's thread instead."""
    if getattr(sys, "frozen", False):
        return _resolve(target)
    return in_process(target, kill_on_stop=kill_on_stop)


def _child_env(python_path: list[str] | None) -> dict[str, str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8")
    if python_path:
        env["PYTHONPATH"] = os.pathsep.join([*python_path, env.get("PYTHONPATH", "")]).rstrip(
            os.pathsep)
    return env


def run_in_child(target: str, request: Any, emit: ev.Emit, stop: threading.Event,
                 python_path: list[str] | None = None,
                 kill_on_stop: bool = False,
                 stop_timeout_s: float = STOP_TIMEOUT_S) -> dict[str, Any]:
    folder = logs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    log_path = folder / f"job-{target.rsplit(':', 1)[-1]}-{stamp}.log"
    with open(log_path, "w", encoding="utf-8") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "desktop_ft.gui.process_job", target],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True,
            encoding="utf-8", bufsize=1, env=_child_env(python_path))
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(base64.b64encode(pickle.dumps(request)).decode("ascii") + "\n")
        child.stdin.flush()
    except OSError:
        pass  # it died at once; its exit code and log say why, below
    done = threading.Event()
    forced = threading.Event()  # set when the child ignored stop and was ended
    threading.Thread(target=_forward_stop,
                     args=(stop, done, child, kill_on_stop, stop_timeout_s, forced),
                     daemon=True, name=f"stop-{target}").start()
    final: dict[str, Any] | None = None
    try:
        for line in child.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if message.get("kind") == "event":
                try:
                    emit(ev.from_dict(message["event"]))
                except (ValueError, TypeError, KeyError):
                    continue  # an event from a newer engine: skip it, as read_jsonl does
            else:
                final = message
        code = child.wait()
    finally:
        done.set()
        if child.poll() is None:  # the relay itself failed: do not leave the child behind
            child.kill()
            child.wait()
    _close_quietly(child.stdin)
    child.stdout.close()
    if kill_on_stop and stop.is_set() and final is None:
        return {"status": "stopped"}
    if forced.is_set() and final is None:
        message = (f"the {target.rsplit(':', 1)[-1]} process did not stop within "
                   f"{stop_timeout_s:g} s and was ended; completed checkpoints are kept")
        emit(ev.Log(message=message, level="warning"))
        return {"status": "stopped", "forced": True, "message": message,
                "log_path": str(log_path)}
    return _outcome(target, final, code, log_path)


def _outcome(target: str, final: dict[str, Any] | None, code: int,
             log_path: Path) -> dict[str, Any]:
    kind = final.get("kind") if final else None
    if kind == "result":
        return final["result"]
    if kind == "user_error":
        raise UserError(final.get("message", ""), where=final.get("where", ""),
                        hint=final.get("hint", ""), key=final.get("key", ""),
                        params=final.get("params") or {})
    if kind == "bug":
        raise JobProcessError(final.get("message", "internal error"),
                              final.get("log_path") or str(log_path))
    raise JobProcessError(f"the {target.rsplit(':', 1)[-1]} process ended unexpectedly "
                          f"(exit code {code})", str(log_path))


def _forward_stop(stop: threading.Event, done: threading.Event, child: subprocess.Popen,
                  kill: bool, timeout_s: float = STOP_TIMEOUT_S,
                  forced: threading.Event | None = None) -> None:
    while not done.is_set():
        if stop.wait(0.1):
            if kill:
                child.kill()
                return
            try:
                child.stdin.write("stop\n")
                child.stdin.flush()
            except (OSError, ValueError):
                pass
            try:
                child.wait(timeout_s)
            except subprocess.TimeoutExpired:  # it hangs: end it, the app must not wait forever
                if forced is not None:
                    forced.set()
                child.kill()
            return


def _close_quietly(handle: IO[str]) -> None:
    with contextlib.suppress(OSError):
        handle.close()


# the child ------------------------------------------------------------------------------------

def _resolve(target: str) -> JobFunction:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _watch_stdin(stop: threading.Event) -> None:
    for line in sys.stdin:
        if line.strip() == "stop":
            break
    stop.set()  # "stop", or the parent went away


CHILD_NICENESS = 5  # the window is what the user touches: it wins the CPU over a job


def child_main(argv: list[str]) -> int:
    if hasattr(os, "nice"):  # POSIX; a job's own threads still use every core the GUI leaves
        os.nice(CHILD_NICENESS)
    proto = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", buffering=1)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints (even from C) -> the log
    sys.stdout = sys.stderr
    lock = threading.Lock()

    def send(message: dict[str, Any]) -> None:
        line = redact(json.dumps(message, ensure_ascii=False, default=str))  # no token shown
        with lock:
            proto.write(line + "\n")
            proto.flush()

    request = pickle.loads(base64.b64decode(sys.stdin.readline()))
    stop = threading.Event()
    threading.Thread(target=_watch_stdin, args=(stop,), daemon=True).start()
    try:
        job = _resolve(argv[0])
        result = job(request, lambda event: send({"kind": "event", "event": event.to_dict()}),
                     stop)
    except UserError as exc:
        send({"kind": "user_error", **exc.to_dict()})
        return 2
    except Exception as exc:
        from desktop_ft.core.crash import write_crash_report

        log = write_crash_report(exc)
        send({"kind": "bug", "message": f"{type(exc).__name__}: {exc}", "log_path": str(log)})
        return 1
    send({"kind": "result", "result": result if isinstance(result, dict) else {"result": result}})
    return 0


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
