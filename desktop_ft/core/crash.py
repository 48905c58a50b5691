"""Bugs are reported, never shown as a traceback: the details go to a file the user can send."""

from __future__ import annotations

import datetime as _dt
import platform
import sys
import traceback
from pathlib import Path

from desktop_ft import __version__
from desktop_ft.core import runs
from desktop_ft.core.secrets import redact


def write_crash_report(exc: BaseException, log_path: Path | None = None) -> Path:
    """Append the traceback to `log_path` (a run's log.txt) or to a new file in the logs folder."""
    if log_path is None:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        log_path = runs.logs_root() / f"crash-{stamp}.txt"
    header = (f"Desktop FT {__version__} on Python {sys.version.split()[0]}, "
              f"{platform.platform()}\n")
    text = header + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    text = redact(text)  # a report is meant to be shared: never with a token in it
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(log_path, "a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError:
        sys.stderr.write(text)
    return log_path
