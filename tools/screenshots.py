"""Screenshots of every page of the real app, offscreen, for docs/ and the README.

    python tools/screenshots.py [OUT_DIR] [--steps N] [--home DIR] [--theme light|dark]

Runs a real short demo training through the Train page first (so the plots and the Runs page
show a real run), then visits each page and saves `screenshot-<page>.png`, plus `screenshot.png`
of the Train page. Settings come from a fresh temporary profile, so the pictures do not depend on
whoever ran the script last; `--home` reuses a DESKTOP_FT_HOME whose demo model is already built.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WINDOW_SIZE = (1200, 780)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", nargs="?", default="docs")
    parser.add_argument("--steps", type=int, default=40,
                        help="demo training steps before the pictures (0: no training)")
    parser.add_argument("--home", help="DESKTOP_FT_HOME to use (default: a temporary one)")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="desktop-ft-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["DESKTOP_FT_HOME"] = str(Path(args.home).resolve() if args.home
                                        else scratch / "home")

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(scratch / "config"))

    from desktop_ft.gui.app import create_app, create_window, install_excepthook
    from desktop_ft.gui.main_window import PAGE_KEYS

    app = create_app([])
    install_excepthook()
    window = create_window()
    window.set_theme(args.theme)
    window.resize(*WINDOW_SIZE)
    window.show()

    def pump(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(done: Callable[[], bool], timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        while not done():
            if time.monotonic() > deadline:
                return False
            pump(50)
        return True

    train = window.train_page
    if args.steps > 0 and train.session.config is not None:
        window.show_page("train")
        config = train.session.config
        config.train.max_steps = args.steps
        config.train.eval_every = max(1, args.steps // 4)
        print(f"training the demo for {args.steps} steps…", file=sys.stderr)
        train.start()
        if not wait_until(lambda: not train.runner.is_running(), 900):
            print("training did not finish in 15 minutes; pictures show it running",
                  file=sys.stderr)
        if train.last_result is None:
            print(f"training did not finish: {train.status.text()}", file=sys.stderr)

    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for key in PAGE_KEYS:
        window.show_page(key)
        pump(300)
        if key == "hardware":
            wait_until(lambda: not window.hardware_page.runner.is_running(), 120)
        if key == "runs" and window.runs_page.table.topLevelItemCount():
            window.runs_page.table.setCurrentItem(window.runs_page.table.topLevelItem(0))
        page = window.page(key)
        plots = getattr(page, "plots", None)
        if plots is not None:
            plots.flush()
        pump(200)
        path = out / f"screenshot-{key}.png"
        window.grab().save(str(path))
        print(path)
        if key == "train":
            window.grab().save(str(out / "screenshot.png"))
            print(out / "screenshot.png")
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
