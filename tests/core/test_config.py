from __future__ import annotations

from pathlib import Path

import pytest

from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "examples" / "demo-lora.yaml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "run.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_demo_config_loads_with_paths_resolved_against_the_file() -> None:
    config = cfg.load(DEMO)
    assert config.model == "demo"
    assert config.method == "lora"
    assert Path(config.data.path).is_file()
    assert Path(config.data.path).is_absolute()
    assert config.train.max_steps > 0


def test_round_trip_through_yaml(tmp_path: Path) -> None:
    config = cfg.load(DEMO)
    again = cfg.load(write(tmp_path, cfg.dump(config)))
    assert again == config


def test_unknown_key_suggests_the_close_one(tmp_path: Path) -> None:
    path = write(tmp_path, "model: demo\ndata: {path: x.jsonl}\ntrain:\n  max_step: 5\n")
    with pytest.raises(UserError) as info:
        cfg.load(path)
    assert "train.max_step" in info.value.message
    assert "train.max_steps" in info.value.hint
    assert str(path) in info.value.where


@pytest.mark.parametrize(("yaml_text", "field"), [
    ("lora: {rank: 0}", "lora.rank"),
    ("train: {learning_rate: -0.1}", "train.learning_rate"),
    ("train: {max_steps: -3}", "train.max_steps"),
    ("data: {path: x.jsonl, validation_split: 1.5}", "data.validation_split"),
    ("method: lorra", "method"),
    ("train: {batch_size: eight}", "train.batch_size"),
])
def test_bad_values_name_the_field(tmp_path: Path, yaml_text: str, field: str) -> None:
    text = "model: demo\ndata: {path: x.jsonl}\n" if not yaml_text.startswith("data") else \
        "model: demo\n"
    with pytest.raises(UserError) as info:
        cfg.load(write(tmp_path, text + yaml_text + "\n"))
    assert f"'{field}'" in info.value.where


def test_method_typo_gets_a_suggestion(tmp_path: Path) -> None:
    with pytest.raises(UserError) as info:
        cfg.load(write(tmp_path, "model: demo\nmethod: lorra\ndata: {path: x.jsonl}\n"))
    assert "lora" in info.value.hint


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "model: demo\ndata:\n  path: [unclosed\n")
    with pytest.raises(UserError) as info:
        cfg.load(path)
    assert info.value.where.startswith(f"{path}:")


def test_empty_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="empty"):
        cfg.load(write(tmp_path, "\n"))
    with pytest.raises(UserError, match="not found"):
        cfg.load(tmp_path / "nope.yaml")


def test_learning_rate_in_scientific_notation(tmp_path: Path) -> None:
    config = cfg.load(write(tmp_path, "data: {path: x.jsonl}\ntrain: {learning_rate: 2e-4}\n"))
    assert config.train.learning_rate == pytest.approx(2e-4)
