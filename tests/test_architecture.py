"""The house rules of DESIGN.md: layering contracts, and a light start-up path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_cli_and_jobs_import_without_heavy_libraries() -> None:
    code = ("import sys, desktop_ft.cli, desktop_ft.jobs, desktop_ft.core.config;"
            "heavy = {'torch', 'transformers', 'peft', 'onnxruntime', 'PySide6'}"
            " & set(sys.modules);"
            "print(sorted(heavy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.strip() == "[]"
