"""The CLI contract: exit codes, one-line errors, one JSON document on stdout with --json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_ft.core import config as cfg

REPO = Path(__file__).resolve().parent.parent


def cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_ft", *args], cwd=cwd, text=True,
                          capture_output=True, env={**os.environ}, timeout=600)


def assert_user_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_every_verb_has_help() -> None:
    for verb in ("train", "export", "chat", "demo", "gui"):
        result = cli(verb, "--help")
        assert result.returncode == 0, result.stderr
        assert "usage:" in result.stdout


@pytest.mark.parametrize("args", [
    ("--bogus",), ("train", "--bogus"), ("export",), ("export", "x", "--precision", "int3"),
    ("demo", "--max-steps", "many"), ("nonsense-verb",),
])
def test_bad_arguments_exit_2_with_one_line(args: tuple[str, ...]) -> None:
    assert_user_error(cli(*args), "error")


def test_missing_and_broken_configs(tmp_path: Path) -> None:
    assert_user_error(cli("train", str(tmp_path / "nope.yaml")), "not found", "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("model: demo\ndata: {path: x.jsonl}\ntrian: {max_steps: 3}\n")
    assert_user_error(cli("train", str(bad)), "unknown setting 'trian'", "did you mean 'train'")
    assert_user_error(cli("train", "--resume", str(tmp_path)), "not a run folder")
    assert_user_error(cli("train"), "--resume")


def test_bad_dataset_names_file_and_line(tmp_path: Path, tiny_model_dir: Path) -> None:
    data = tmp_path / "data.jsonl"
    data.write_text('{"messages": [{"role": "user", "content": "hi"}]}\n{"text": "fine"}\n')
    config = cfg.RunConfig(model=str(tiny_model_dir), data=cfg.DataConfig(path=str(data)))
    path = tmp_path / "run.yaml"
    path.write_text(cfg.dump(config))
    assert_user_error(cli("train", str(path)), f"{data}:1", "no assistant answer")


@pytest.mark.slow
def test_train_json_prints_one_document(tmp_path: Path, tiny_model_dir: Path,
                                        chat_dataset: Path) -> None:
    config = cfg.RunConfig(model=str(tiny_model_dir), data=cfg.DataConfig(
        path=str(chat_dataset), max_length=48))
    config.train = cfg.TrainConfig(max_steps=3, batch_size=4, save_every=0, threads=1)
    config.merge = False
    path = tmp_path / "run.yaml"
    path.write_text(cfg.dump(config))
    result = cli("train", str(path), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert {"run_dir", "status", "steps", "loss_first", "loss_last"} <= set(document)
    assert document["status"] == "finished" and document["steps"] == 3
    assert "step 3/3" in result.stderr


@pytest.mark.parametrize(("content", "words"), [
    (b"", ("is empty",)),
    (b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]}'
     b'\n{"messages": [\n', (":2", "invalid JSON")),
    (b'{"mesages": []}\n', (":1", "did you mean 'messages'")),
    (b'{"messages": [{"role": "user", "content": 3}, {"role": "assistant", "content": "x"}]}\n',
     (":1", "messages[0].content", "expected text")),
    (b'{"text": "caf\xe9"}\n', (":1", "UTF-8")),
])
def test_bad_data_is_reported_before_the_model_loads(tmp_path: Path, content: bytes,
                                                     words: tuple[str, ...]) -> None:
    """`model: demo` on a fresh home would build the demo model first; bad data must not wait."""
    data = tmp_path / "data.jsonl"
    data.write_bytes(content)
    config = tmp_path / "run.yaml"
    config.write_text(cfg.dump(cfg.RunConfig(model="demo", data=cfg.DataConfig(path=str(data)))))
    home = tmp_path / "fresh-home"
    result = subprocess.run([sys.executable, "-m", "desktop_ft", "train", str(config)],
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, "DESKTOP_FT_HOME": str(home)})
    assert_user_error(result, str(data), *words)
    assert not (home / "cache" / "demo-model").exists()
