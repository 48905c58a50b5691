"""Does the window stay responsive while a job runs? (budget: no stall over 50 ms)

    python benchmarks/bench_gui_latency.py [--steps N] [--home DIR] [--skip-training]

A 5 ms timer in the GUI thread records how late each tick fires: that lateness is how long the
event loop was busy (or starved of the GIL) and could not react to the user. Measured with the
real window on the Train page, plots and log live, in two scenarios:
  firehose  a job that emits 20,000 progress events at 2,000 a second (GUI-side cost per event,
            plots of 20,000 points);
  training  a real demo training run through jobs.train, in a child process as the Train page
            runs it (`--in-thread`: in the runner's thread, sharing the GIL, for comparison).
The demo model is built on first use (a minute or two); `--home` reuses a DESKTOP_FT_HOME with it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from desktop_ft.core.events import Progress

BUDGET_MS = 50.0
TICK_MS = 5


def firehose(request: int, emit, stop: threading.Event) -> dict:
    """2,000 steps a second (faster than any real model trains), sleeping between bursts the way
    a real engine's thread spends its time in torch with the GIL released."""
    burst, pause = 20, 0.01
    for step in range(1, request + 1):
        if stop.is_set():
            break
        emit_progress(emit, step, request)
        if step % burst == 0:
            time.sleep(pause)
    return {"status": "finished", "steps": request}


def emit_progress(emit, step: int, total: int) -> None:
    emit(Progress(step=step, total_steps=total, loss=1.0 / step, learning_rate=1e-4,
                  tokens_per_s=1000.0, grad_norm=0.5))


class LatencyProbe:
    """Lateness of a periodic timer, in ms, while `active`."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.samples: list[float] = []
        self.times: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.samples.clear()
        self.times.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.samples.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self.times.append(now)
        self._last = now

    def stalls(self, over_ms: float) -> list[tuple[float, float]]:
        """(start time, ms) of each stall longer than `over_ms`, worst first."""
        pairs = zip(self.times, self.samples, strict=True)
        found = [(t - ms / 1000, ms) for t, ms in pairs if ms > over_ms]
        return sorted(found, key=lambda item: -item[1])


def summary(name: str, samples: list[float], seconds: float, extra: str) -> tuple[str, bool]:
    ordered = sorted(samples) or [0.0]

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

    worst = ordered[-1]
    over = sum(1 for s in ordered if s > BUDGET_MS)
    row = (f"{name:<10}{seconds:>8.1f}{len(samples):>8}{statistics.median(ordered):>9.1f}"
           f"{pct(0.99):>9.1f}{worst:>9.1f}{over:>7}  {extra}")
    return row, worst <= BUDGET_MS


def report_stalls(probe: LatencyProbe, seen: list[tuple[float, object]]) -> None:
    """Where the worst stalls happened: the last event the GUI had received before each."""
    from desktop_ft.core.runs import describe

    stalls = probe.stalls(BUDGET_MS)[:8]
    if not stalls:
        return
    start = probe.times[0] if probe.times else 0.0
    print(f"\n  worst stalls (> {BUDGET_MS:.0f} ms), with the last event before each:")
    for at, ms in stalls:
        before = [e for t, e in seen if t <= at]
        text = describe(before[-1])[:90] if before else "(before the first event)"
        print(f"  {ms:7.0f} ms at {at - start:7.1f} s  after: {text}")


def main() -> int:
    parser = argparse.ArgumentParser(description="GUI event-loop latency while a job runs")
    parser.add_argument("--steps", type=int, default=60, help="demo training steps")
    parser.add_argument("--events", type=int, default=20_000, help="firehose events")
    parser.add_argument("--home", help="DESKTOP_FT_HOME (default: a temporary one)")
    parser.add_argument("--skip-training", action="store_true")
    parser.add_argument("--in-thread", action="store_true",
                        help="train in the runner's thread instead of a child process")
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="desktop-ft-latency-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["DESKTOP_FT_HOME"] = str(Path(args.home).resolve() if args.home
                                        else scratch / "home")

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(scratch / "config"))

    from desktop_ft.gui.app import create_app, create_window
    from desktop_ft.gui.pages import hardware

    app = create_app([])
    # Not measured here: detection is a short job of its own.
    hardware.default_job = lambda target, **_: lambda request, emit, stop: {"available": False}
    window = create_window()
    window.resize(1200, 780)
    window.show_page("train")
    window.show()
    page = window.train_page
    probe = LatencyProbe()

    def run_until_done(timeout_s: float) -> float:
        loop = QEventLoop()
        page.run_ended.connect(loop.quit)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        started = time.perf_counter()
        probe.start()
        page.start()
        loop.exec()
        probe.stop()
        page.run_ended.disconnect(loop.quit)
        return time.perf_counter() - started

    warm = QEventLoop()
    QTimer.singleShot(500, warm.quit)  # let pyqtgraph load and the first paint happen
    warm.exec()

    print(f"GUI event-loop lateness of a {TICK_MS} ms timer while a job runs "
          f"({os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}; ms)\n")
    print(f"{'scenario':<10}{'seconds':>8}{'ticks':>8}{'median':>9}{'p99':>9}{'worst':>9}"
          f"{'>50':>7}  notes")
    rows, ok = [], True

    default_job = page.job
    page.job = lambda request, emit, stop: firehose(args.events, emit, stop)
    seconds = run_until_done(300)
    row, good = summary("firehose", probe.samples, seconds,
                        f"{args.events:,} events, {page.plots.count('loss'):,} plotted")
    rows.append(row)
    ok &= good
    print(row, flush=True)

    if not args.skip_training:
        from desktop_ft import jobs

        page.job = jobs.train if args.in_thread else default_job
        page.session.config.train.max_steps = args.steps
        seen: list[tuple[float, object]] = []
        page.runner.event.connect(lambda e: seen.append((time.perf_counter(), e)))
        seconds = run_until_done(1800)
        result = page.last_result or {}
        row, good = summary("thread" if args.in_thread else "training", probe.samples, seconds,
                            f"{result.get('steps', '?')} steps, status "
                            f"{result.get('status', page.status.text())}")
        rows.append(row)
        ok &= good
        print(row, flush=True)
        first_step = next((t for t, e in seen if isinstance(e, Progress) and e.phase is None),
                          None)
        if first_step is not None:
            pairs = zip(probe.times, probe.samples, strict=True)
            steps_only = [ms for t, ms in pairs if t >= first_step]
            row, _ = summary("  steps", steps_only, probe.times[-1] - first_step,
                             "from the first training step on (model and data loaded)")
            print(row, flush=True)
        report_stalls(probe, seen)

    window.close()
    app.processEvents()
    print(f"\nbudget: worst lateness <= {BUDGET_MS:.0f} ms: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
