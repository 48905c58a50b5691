"""Hardware detection as a job, in a module without Qt so a child process can run it cheaply."""

from __future__ import annotations

import importlib
import threading
from typing import Any

from desktop_ft.core.events import Emit


def detect_job(request: Any, emit: Emit, stop: threading.Event) -> dict[str, Any]:
    """The hardware profile as a plain dict, or `available: False` until core.hardware exists.

    `request` is true to also time a small matmul (the CPU's real speed, about 0.3 s).
    """
    try:
        hardware = importlib.import_module("desktop_ft.core.hardware")
    except ModuleNotFoundError as exc:
        if exc.name != "desktop_ft.core.hardware":
            raise
        return {"available": False}
    return {"available": True, "profile": hardware.detect(measure=bool(request)).to_dict()}
