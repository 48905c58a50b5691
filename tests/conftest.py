"""Shared fixtures: an isolated DESKTOP_FT_HOME and small real models built locally."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def desktop_ft_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every test writes runs and caches under one temporary home, never the user's."""
    home = tmp_path_factory.mktemp("home")
    os.environ["DESKTOP_FT_HOME"] = str(home)
    return home


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo architecture and tokenizer with random weights: seconds to build."""
    from desktop_ft.training.demo_model import build_demo_model

    return build_demo_model(tmp_path_factory.mktemp("tiny") / "model", pretrain=False)


@pytest.fixture(scope="session")
def demo_model_dir(desktop_ft_home: Path) -> Path:
    """The real, pre-trained demo model, built once per session into the test home's cache."""
    from desktop_ft.training.demo_model import ensure_demo_model

    return ensure_demo_model()


@pytest.fixture()
def chat_dataset() -> Path:
    return REPO / "resources" / "samples" / "houseplants-chat.jsonl"
