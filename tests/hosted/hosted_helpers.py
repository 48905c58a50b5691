"""Helpers shared by the hosted tests (and the GUI dialog test): configs, env, key hunting."""

from __future__ import annotations

import os
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SAMPLE = REPO / "resources" / "samples" / "houseplants-chat.jsonl"
# A made-up key stored the way a user's would be (in the keyring); tests grep every file and
# every output for it to prove it never leaks.
PLANTED_KEY = "sk-test-PLANTED-3f9a1c7e5b2d4a60"
KEY_ENV = ("AZURE_OPENAI_API_KEY", "OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "OPENAI_BASE_URL")


def child_env(keyring_file: Path) -> dict[str, str]:
    """Environment for a CLI child process that uses the same keyring test double."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring_double.FileKeyring",
               DESKTOP_FT_TEST_KEYRING=str(keyring_file))
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(REPO), env.get("PYTHONPATH", "")])
    return env


def write_config(folder: Path, endpoint: str = "", provider: str = "azure", examples: int = 40,
                 **hosted: object) -> Path:
    """A run config with a hosted section over the first `examples` sample conversations (a
    copy: the tests check the user's file is never changed)."""
    data = folder / "chats.jsonl"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:examples]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = {"model": "gpt-4.1-mini-2025-04-14", "name": "plants-hosted",
              "data": {"path": str(data), "validation_split": 0.2},
              "train": {"seed": 11},
              "hosted": {"provider": provider, "endpoint": endpoint, "suffix": "plants",
                         "epochs": 2, "poll_seconds": 0.02, **hosted}}
    path = folder / "hosted.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def files_containing(root: Path, needle: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]
