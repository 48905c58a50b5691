"""A finished LoRA run of the tiny demo architecture, for the pages that read trained runs."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "export"))

from export_helpers import make_run


def trained_run(cache: Path, base: Path, runs_root: Path, name: str) -> Path:
    """A copy under `runs_root` of a run made once into `cache` (a real PEFT adapter)."""
    made = cache / name
    if not made.is_dir():
        make_run(cache, base, name=name)
    target = runs_root / name
    shutil.copytree(made, target)
    return target
