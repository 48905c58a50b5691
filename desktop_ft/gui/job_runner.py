"""Run one job at a time off the GUI thread and hand its events back as Qt signals.

A job is `job(request, emit, stop) -> dict` (desktop_ft.jobs). It runs on a QThread so the window
never freezes, and `stop` is a threading.Event the job checks between steps, so stopping is
cooperative and keeps checkpoints. Nothing a job raises may reach Qt: a UserError becomes a Failed
the user can act on, anything else is a bug whose traceback goes to a crash report, and the app
stays alive either way.

Events do not cross as one queued signal each: a job can emit tens of thousands a second, and
one queued call per event starved the event loop for seconds (benchmarks/bench_gui_latency.py,
"firehose"). `emit` appends to a mailbox and wakes the GUI thread at most once until it has
looked; the GUI thread then re-emits the events in slices of a few milliseconds, yielding to the
event loop between slices. The job's outcome goes through the same mailbox, so it always arrives
after the job's last event.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from desktop_ft.core.crash import write_crash_report
from desktop_ft.core.errors import UserError
from desktop_ft.core.events import Event, Failed

JobFunction = Callable[[Any, Callable[[Event], None], threading.Event], dict[str, Any]]

SLICE_S = 0.008  # GUI time spent re-emitting events before yielding to the event loop

# Every job thread that has not ended. Destroying a running QThread aborts the process, so the
# app waits on these before it exits (wait_all), whichever widget owned the runner.
_live: set[_JobThread] = set()


class _Mailbox:
    """Items from the job thread, in order; `post` says whether the reader must be woken."""

    def __init__(self) -> None:
        self.items: deque[tuple[str, object]] = deque()
        self._lock = threading.Lock()
        self._awake = False

    def post(self, kind: str, payload: object) -> bool:
        with self._lock:
            self.items.append((kind, payload))
            wake, self._awake = not self._awake, True
        return wake

    def take(self) -> tuple[str, object] | None:
        with self._lock:
            if self.items:
                return self.items.popleft()
            self._awake = False  # the next post wakes the reader again
            return None


class _JobThread(QThread):
    """Calls the job in its own thread; results travel back only through the mailbox."""

    wake = Signal()

    def __init__(self, job: JobFunction, request: Any, stop: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._request = request
        self._stop = stop
        self.mailbox = _Mailbox()

    def request_stop(self) -> None:
        self._stop.set()

    def _post(self, kind: str, payload: object) -> None:
        if self.mailbox.post(kind, payload):
            self.wake.emit()

    def _emit(self, event: Event) -> None:
        self._post("event", event)

    def run(self) -> None:
        try:
            result = self._job(self._request, self._emit, self._stop)
        except UserError as exc:
            self._post("failed", Failed(message=exc.message, where=exc.where, hint=exc.hint,
                                        user_error=True, key=exc.key, params=exc.params))
        except Exception as exc:  # a bug in the job: report it, never let it reach Qt
            # A job run in a child process has already written its report (exc.log_path).
            log = getattr(exc, "log_path", None)
            message = str(exc) if log else f"{type(exc).__name__}: {exc}"
            if not log:
                log = write_crash_report(exc)
            self._post("failed", Failed(message=message, user_error=False, log_path=str(log)))
        else:
            self._post("finished", result if isinstance(result, dict) else {"result": result})


class JobRunner(QObject):
    """Runs one job at a time; every signal is delivered in the GUI thread.

    `event(Event)` for each emitted event, in order, then exactly one of `finished(dict)` (the
    job's result) or `failed(Failed)`. By the time either arrives `is_running()` is False, so a
    handler may start the next job straight away.
    """

    event = Signal(object)
    finished = Signal(object)  # a dict; `object` keeps it a Python dict (a `dict` signal makes a
    failed = Signal(object)    # QVariantMap of it: keys re-sorted, values converted)
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _JobThread | None = None
        self._stop = threading.Event()
        self._drain_scheduled = False

    def is_running(self) -> bool:
        return self._thread is not None

    def is_stopping(self) -> bool:
        return self._thread is not None and self._stop.is_set()

    def start(self, job: JobFunction, request: Any) -> None:
        if self._thread is not None:
            raise RuntimeError("a job is already running on this runner")
        self._stop = threading.Event()
        thread = _JobThread(job, request, self._stop)
        # Queued explicitly: the receiver lives in the GUI thread and the emitter does not.
        thread.wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._thread = thread
        _live.add(thread)
        thread.finished.connect(lambda: _live.discard(thread))
        thread.start()
        self.running_changed.emit(True)

    def stop(self) -> None:
        """Ask the job to stop at its next step boundary; returns at once."""
        self._stop.set()

    def wait(self, ms: int = -1) -> bool:
        """Block until the job's thread ended (True) or `ms` passed (False); -1 waits forever.

        The job's last events and outcome are still in the mailbox afterwards; they are delivered
        at the next turns of the event loop.
        """
        thread = self._thread
        if thread is None:
            return True
        return thread.wait() if ms < 0 else thread.wait(ms)

    @Slot()
    def _drain(self) -> None:
        self._drain_scheduled = False
        thread = self._thread
        if thread is None:
            return
        deadline = time.perf_counter() + SLICE_S
        while (item := thread.mailbox.take()) is not None:
            kind, payload = item
            if kind == "event":
                self.event.emit(payload)
            else:
                self._end(thread, kind, payload)
                return
            if time.perf_counter() > deadline:
                # Yield: paint, input and timers run before the next slice. The mailbox stays
                # "awake", so the job does not post another wake meanwhile.
                if not self._drain_scheduled:
                    self._drain_scheduled = True
                    QTimer.singleShot(0, self, self._drain)
                return

    def _end(self, thread: _JobThread, kind: str, payload: object) -> None:
        thread.wait()  # the outcome is the job's last act: run() returns within microseconds
        _live.discard(thread)
        thread.deleteLater()
        self._thread = None
        self.running_changed.emit(False)
        if kind == "finished":
            self.finished.emit(payload)
        else:
            self.failed.emit(payload)


def stop_all() -> None:
    """Ask every running job to stop (used when the app quits)."""
    for thread in list(_live):
        thread.request_stop()


def wait_all(ms: int = -1) -> bool:
    """Wait for every job thread to end; False if some are still running after `ms`."""
    deadline = None if ms < 0 else time.monotonic() + ms / 1000
    for thread in list(_live):
        left = -1 if deadline is None else max(0, int((deadline - time.monotonic()) * 1000))
        if not (thread.wait() if left < 0 else thread.wait(left)):
            return False
        _live.discard(thread)
    return True
