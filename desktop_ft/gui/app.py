"""Start the desktop app: `desktop-ft` with no verb, or the `desktop-ft-gui` launcher.

Start-up imports only Qt and core/: the engines load inside jobs, pyqtgraph when a plot is first
shown, so the window appears in well under two seconds (benchmarks/bench_gui_startup.py).
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_ft import __version__
from desktop_ft.core.crash import write_crash_report
from desktop_ft.core.resources import resource_path
from desktop_ft.gui import i18n, job_runner
from desktop_ft.gui.settings import APPLICATION, ORGANIZATION, Settings
from desktop_ft.gui.theme import apply_theme

_in_hook = False
DESKTOP_ID = "io.github.desktopft.DesktopFT"
# Milliseconds after which the window closes itself: how tests/packaging starts a built app
# (wheel or frozen bundle) offscreen and sees it exit 0, on any platform.
SMOKE_QUIT_ENV = "DESKTOP_FT_SMOKE_QUIT_MS"


def app_icon() -> QIcon:
    """Every rendered size of the app icon (tools/render_icons.py), so each place picks a sharp
    one; shipped as package data, so it is found from a clone, a wheel and a frozen bundle."""
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("desktop-ft-*.png")):
        icon.addFile(str(path))
    return icon


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """An exception escaping a slot is a bug: report it, apologise, keep the app alive."""
    global _in_hook
    if issubclass(exc_type, KeyboardInterrupt) or _in_hook:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _in_hook = True
    try:
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        log = write_crash_report(exc)
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if QApplication.instance() is not None:
            from desktop_ft.gui.dialogs import show_bug

            show_bug(QApplication.activeWindow(), str(log), f"{exc_type.__name__}: {exc}")
    finally:
        _in_hook = False


def install_excepthook() -> None:
    sys.excepthook = _excepthook


def create_app(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication with names (QSettings' location), the chosen palette and language."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["desktop-ft", *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    # Wayland and taskbars match windows to packaging/linux/<DESKTOP_ID>.desktop by this name.
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    settings = Settings()
    apply_theme(app, settings.get("ui/theme"))
    i18n.set_language(i18n.chosen_language(settings))
    return app


def create_window():  # -> MainWindow; imported here so `import desktop_ft.gui.app` stays light
    from desktop_ft.gui.heap import settle
    from desktop_ft.gui.main_window import MainWindow

    window = MainWindow()
    settle()
    return window


def main(argv: Sequence[str] | None = None) -> int:
    app = create_app(sys.argv[1:] if argv is None else argv)
    install_excepthook()
    window = create_window()
    window.show()
    smoke_ms = os.environ.get(SMOKE_QUIT_ENV, "")
    if smoke_ms.isdigit():  # packaging smoke tests: start for real, then quit on our own
        QTimer.singleShot(int(smoke_ms), app.quit)
    code = app.exec()
    job_runner.stop_all()
    if not job_runner.wait_all(30_000):
        # A job that ignores stop (a stuck download): destroying its running QThread would abort
        # with a core dump; its completed checkpoints are already safe on disk, so leave now.
        sys.stderr.write("desktop-ft: a job did not stop in time; exiting anyway\n")
        sys.stderr.flush()
        os._exit(code)
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
