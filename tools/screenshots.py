"""Screenshots of every page of the real app, offscreen, for docs/ and the README.

    python tools/screenshots.py [OUT_DIR] [--steps N] [--home DIR] [--theme light|dark]

Runs a real short demo training through the Train page first (so the plots and the Runs page
show a real run), then visits each page and saves `screenshot-<page>.png`, plus `screenshot.png`
of the Train page. On the way the Data page checks the demo dataset, the Evaluate page asks the
base and the fine-tuned model the same question, and the Export page exports the run to int4
and shows its parity report. Settings come from a fresh temporary profile, so the pictures do
not depend on whoever ran the script last; `--home` reuses a DESKTOP_FT_HOME whose demo model is
already built.
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
    parser.add_argument("--language", help="interface language (en, cs, sr, sv, el, tl); the "
                        "files are then named screenshot-<page>-<language>.png")
    parser.add_argument("--pages", help="comma-separated page keys (default: every page)")
    parser.add_argument("--prompt", help="what the Evaluate and Export pages ask the trained "
                        "model (default: the first question of its dataset)")
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
    if args.language:
        from desktop_ft.gui import i18n

        i18n.set_language(args.language)
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

    prepare = {"data": lambda: prepare_data(window, wait_until),
               "evaluate": lambda: prepare_evaluate(window, wait_until, args.prompt),
               "export": lambda: prepare_export(window, wait_until, args.prompt)}
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    suffix = f"-{args.language}" if args.language else ""
    for key in args.pages.split(",") if args.pages else PAGE_KEYS:
        window.show_page(key)
        pump(300)
        if key == "hardware":
            wait_until(lambda: not window.hardware_page.runner.is_running(), 120)
        if key in prepare:
            prepare[key]()
        if key == "runs" and window.runs_page.table.topLevelItemCount():
            window.runs_page.table.setCurrentItem(window.runs_page.table.topLevelItem(0))
        page = window.page(key)
        plots = getattr(page, "plots", None)
        if plots is not None:
            plots.flush()
        pump(200)
        path = out / f"screenshot-{key}{suffix}.png"
        window.grab().save(str(path))
        print(path)
        if key in SECOND_TABS:  # the page's other tab, where the rest of its story is
            name, index = SECOND_TABS[key]
            page.tabs.setCurrentIndex(index)
            pump(200)
            path = out / f"screenshot-{key}-{name}{suffix}.png"
            window.grab().save(str(path))
            print(path)
            page.tabs.setCurrentIndex(0)
        if key == "train" and not suffix:
            window.grab().save(str(out / "screenshot.png"))
            print(out / "screenshot.png")
    window.close()
    app.processEvents()
    return 0


SECOND_TABS = {"data": ("report", 1), "export": ("chat", 1)}


def prepare_data(window, wait_until) -> None:
    """The check of the demo dataset, with the first example shown in full."""
    page = window.data_page
    if not wait_until(lambda: page.report is not None and not page.runner.is_running(), 180):
        print("the data check did not finish", file=sys.stderr)


def prepare_evaluate(window, wait_until, prompt: str | None) -> None:
    """Base and fine-tuned answers to the same question, side by side."""
    page = window.evaluate_page
    if page.selected_run() is None:
        return
    if prompt:
        page.prompt.setText(prompt)
    page.ask()
    if not wait_until(lambda: not page.is_chatting(), 300):
        print("the answers did not finish", file=sys.stderr)


def prepare_export(window, wait_until, prompt: str | None) -> None:
    """An int4 export of the trained run (unless it has one), its parity report, and one
    answer from it."""
    from desktop_ft.gui.pages.evaluate import suggested_prompt

    page = window.export_page
    run = page.selected_run()
    if run is None:
        return
    page.precision.setCurrentIndex(page.precision.findData("int4"))
    if page.selected_export() is None:
        print("exporting the run to int4…", file=sys.stderr)
        page.export()
        if not wait_until(lambda: not page.runner.is_running(), 600) or \
                page.last_result is None:
            print(f"the export did not finish: {page.status.text()}", file=sys.stderr)
            return
    page.prompt.setText(prompt or suggested_prompt(run))
    page.ask()
    wait_until(lambda: not page.chat.runner.is_running(), 120)
    page.tabs.setCurrentIndex(0)


if __name__ == "__main__":
    sys.exit(main())
