"""Real small models for the export tests: the demo Phi-3 (random weights), Phi-3 config variants,
Llama and Qwen2 at toy sizes, and a run folder holding a real PEFT LoRA adapter.

Most exports here run the onnxruntime-genai builder in this process (DESKTOP_FT_EXPORT_BUILDER=
inprocess): the same builder functions as the child process the app uses, without paying ten
seconds of imports per export. Tests that need the child process (stop, the default path)
ask for the `subprocess_builder` fixture.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest
from export_helpers import Events, save_tiny, tiny_config


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKTOP_FT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DESKTOP_FT_EXPORT_BUILDER", "inprocess")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.fixture
def subprocess_builder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DESKTOP_FT_EXPORT_BUILDER", raising=False)


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture(scope="session")
def demo_model(tiny_model_dir: Path) -> Path:
    """The demo Phi-3 (4M parameters, random weights, real tokenizer and chat template)."""
    return tiny_model_dir


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory, demo_model: Path):
    """tiny_model(kind) -> a saved model folder (built once per session and kind)."""
    made: dict[str, Path] = {}
    root = tmp_path_factory.mktemp("tiny")

    def make(kind: str) -> Path:
        if kind not in made:
            from transformers import AutoTokenizer

            vocab = len(AutoTokenizer.from_pretrained(demo_model))
            made[kind] = save_tiny(root / kind, tiny_config(kind, vocab), demo_model)
        return made[kind]

    return make


@pytest.fixture(scope="session")
def fp32_export(tmp_path_factory: pytest.TempPathFactory, demo_model: Path) -> dict[str, Any]:
    """The demo model exported to fp32 for the CPU once, shared by the layout and chat tests."""
    from desktop_ft.core.requests import ExportRequest
    from desktop_ft.export.job import run_export

    previous = os.environ.get("DESKTOP_FT_EXPORT_BUILDER")
    os.environ["DESKTOP_FT_EXPORT_BUILDER"] = "inprocess"
    try:
        out = tmp_path_factory.mktemp("fp32") / "demo-onnx"
        result = run_export(ExportRequest(source=demo_model, precision="fp32", out_dir=out),
                            lambda event: None, threading.Event())
    finally:
        if previous is None:
            os.environ.pop("DESKTOP_FT_EXPORT_BUILDER", None)
        else:
            os.environ["DESKTOP_FT_EXPORT_BUILDER"] = previous
    return result
