"""Helpers of the robustness tests (fixtures are in conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

GOOD = {"messages": [{"role": "user", "content": "Is a monstera safe for pets?"},
                     {"role": "assistant", "content": "No, it is toxic to cats and dogs."}]}


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def jsonl_bytes(*rows: Any) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode("utf-8")


def base_config(model: Path, data: Path, /,
                **sections: dict[str, Any]) -> dict[str, Any]:
    """A two-step LoRA run on the tiny model: what every bad-input case starts from."""
    config: dict[str, Any] = {
        "model": str(model), "method": "lora", "name": "robust", "merge": False,
        "data": {"path": str(data), "max_length": 64, "validation_split": 0.0},
        "lora": {"rank": 4, "alpha": 8},
        "train": {"max_steps": 2, "batch_size": 2, "save_every": 1, "threads": 1,
                  "learning_rate": 1e-3, "warmup_ratio": 0.0},
    }
    for name, values in sections.items():
        if isinstance(values, dict) and isinstance(config.get(name), dict):
            config[name].update(values)
        else:
            config[name] = values
    return config


def write_config(path: Path, config: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def assert_user_error(result: CliResult, *fragments: str) -> None:
    """Exit code 2, one plain line (no traceback) that contains every fragment and a hint."""
    assert result.code == 2, (result.code, result.err)
    assert "Traceback" not in result.err
    errors = [line for line in result.err.splitlines() if line.startswith("desktop-ft: error")]
    assert len(errors) == 1, result.err
    line = errors[0]
    for fragment in fragments:
        assert fragment in line, f"{fragment!r} not in {line!r}"
    assert line.rstrip().endswith(")") and " (" in line, f"no hint (what to do) in {line!r}"


def can_mount() -> bool:
    """Root in a container that may mount a tmpfs (to make a real full or read-only disk)."""
    if os.geteuid() != 0:
        return False
    probe = Path("/tmp") / f"desktop-ft-mount-probe-{os.getpid()}"
    probe.mkdir(exist_ok=True)
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                              capture_output=True, timeout=10)
        if done.returncode != 0:
            return False
        subprocess.run(["umount", str(probe)], capture_output=True, timeout=10)
        return True
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        probe.rmdir()


