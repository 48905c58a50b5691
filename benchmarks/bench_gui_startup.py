"""How long from `desktop-ft` to a window on screen (budget: 2 s), measured in fresh processes.

    python benchmarks/bench_gui_startup.py [--repeats N]

Each repeat starts a new Python process (interpreter start-up included, as a user sees it) that
builds the real window with a fresh profile, shows it, and reports when its first paint
starts (the whole window is painted in that one pass). Two start pages: Hardware (the default)
and Train (the one with plots, whose pyqtgraph import is deferred until after the first paint).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_S = 2.0

CHILD = r"""
import json, sys, time
t_start = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop_ft.gui.app import create_app, create_window
t_imported = time.time()
app = create_app([])
window = create_window()
t_built = time.time()

class FirstPaint(QObject):
    painted = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = time.time()
            QTimer.singleShot(0, report)  # after this paint, before anything queued later
        return False

def report():
    print(json.dumps({"imports": t_imported - t_start, "built": t_built - t_start,
                      "shown": first.painted - t_start, "torch": "torch" in sys.modules}),
          flush=True)
    app.quit()

first = FirstPaint()
window.installEventFilter(first)
window.show()
app.exec()
"""


def run_once(page: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "DesktopFT"
        config.mkdir()
        (config / "Desktop FT.conf").write_text(f"[window]\npage={page}\n", encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_CONFIG_HOME=scratch, DESKTOP_FT_HOME=str(Path(scratch) / "home"))
        started = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD, repr(started)], env=env,
                             capture_output=True, text=True, timeout=120, check=True)
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("{"))
    return json.loads(line)


def main() -> int:
    parser = argparse.ArgumentParser(description="time from process start to window shown")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    print(f"GUI start-up, {args.repeats} fresh processes per start page "
          f"(QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f})\n")
    print(f"{'start page':<12}{'imports s':>11}{'built s':>10}{'shown s':>10}"
          f"{'worst s':>10}  torch loaded")
    ok = True
    for page in ("hardware", "train"):
        runs = [run_once(page) for _ in range(args.repeats)]
        median = {k: statistics.median(r[k] for r in runs) for k in ("imports", "built", "shown")}
        worst = max(r["shown"] for r in runs)
        torch = any(r["torch"] for r in runs)
        print(f"{page:<12}{median['imports']:>11.3f}{median['built']:>10.3f}"
              f"{median['shown']:>10.3f}{worst:>10.3f}  {'yes' if torch else 'no'}")
        ok = ok and median["shown"] < BUDGET_S and not torch
    print(f"\n(medians; 'shown' counts from before the process started; budget {BUDGET_S} s: "
          f"{'met' if ok else 'MISSED'})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
