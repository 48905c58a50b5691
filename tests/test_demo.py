"""The whole path through every floor, as `desktop-ft demo --json` runs it for a new user."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_ft.core.runs import RunFolder


@pytest.mark.slow
def test_demo_runs_the_whole_path(demo_model_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "desktop_ft", "demo", "--json",
                             "--max-steps", "40"], capture_output=True, text=True,
                            env={**os.environ}, timeout=1200)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    for key in ("run_dir", "merged_dir", "export_dir", "steps", "loss_first", "loss_last",
                "export_bytes", "answer"):
        assert doc.get(key) is not None, key
    assert doc["steps"] == 40
    assert doc["loss_last"] < doc["loss_first"] / 2
    export = Path(doc["export_dir"])
    assert (export / "genai_config.json").is_file() and (export / "model.onnx").is_file()
    assert json.loads((export / "parity.json").read_text())["ok"] is True
    assert doc["export_bytes"] > 1_000_000
    assert doc["answer"].strip()
    run = RunFolder(Path(doc["run_dir"]))
    assert run.read_manifest()["status"] == "finished"
    assert (Path(doc["merged_dir"]) / "config.json").is_file()
    assert "step 40/40" in result.stderr
