"""Bad and damaged inputs give a UserError naming the file, before anything heavy loads."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import ChatRequest, ExportRequest
from desktop_ft.export import prepare, sources
from desktop_ft.export.chat import answer
from desktop_ft.export.job import run_export


def _copy(model: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy"
    shutil.copytree(model, target)
    return target


def _export(source: Path, **kwargs) -> dict:
    return run_export(ExportRequest(source=source, **kwargs), lambda e: None, threading.Event())


def _key(excinfo: pytest.ExceptionInfo[UserError]) -> str:
    return excinfo.value.key


def test_missing_folder_and_file(tmp_path: Path) -> None:
    with pytest.raises(UserError) as missing:
        _export(tmp_path / "nope")
    assert _key(missing) == "export.not_found"
    assert str(tmp_path / "nope") in str(missing.value)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(UserError) as not_dir:
        _export(tmp_path / "file.txt")
    assert _key(not_dir) == "export.not_a_folder"


def test_folder_without_config(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError) as excinfo:
        _export(tmp_path / "empty")
    assert _key(excinfo) == "export.no_config"
    (tmp_path / "adapter").mkdir()
    (tmp_path / "adapter" / "adapter_config.json").write_text("{}")
    with pytest.raises(UserError) as adapter:
        _export(tmp_path / "adapter")
    assert _key(adapter) == "export.adapter_only"
    assert "run folder" in adapter.value.hint


def test_damaged_config_json(demo_model: Path, tmp_path: Path) -> None:
    folder = _copy(demo_model, tmp_path)
    (folder / "config.json").write_text('{"architectures": ["Phi3ForCausalLM"],\n "hidden":')
    with pytest.raises(UserError) as excinfo:
        _export(folder, precision="fp32")
    assert _key(excinfo) == "export.bad_json"
    assert "config.json" in excinfo.value.where


def test_truncated_weights(demo_model: Path, tmp_path: Path) -> None:
    folder = _copy(demo_model, tmp_path)
    weights = folder / "model.safetensors"
    data = weights.read_bytes()
    weights.write_bytes(data[: len(data) // 2])
    with pytest.raises(UserError) as excinfo:
        _export(folder, precision="fp32")
    assert _key(excinfo) == "export.bad_weights"
    assert "cut short" in excinfo.value.message
    weights.write_bytes(b"\x00\x01garbage")
    with pytest.raises(UserError) as garbage:
        _export(folder, precision="fp32")
    assert _key(garbage) == "export.bad_weights"


def test_missing_weights_shard_and_tokenizer(demo_model: Path, tmp_path: Path) -> None:
    folder = _copy(demo_model, tmp_path)
    (folder / "model.safetensors.index.json").write_text(json.dumps(
        {"weight_map": {"a": "model-00001-of-00002.safetensors",
                        "b": "model-00002-of-00002.safetensors"}}))
    with pytest.raises(UserError) as shards:
        _export(folder, precision="fp32")
    assert _key(shards) == "export.missing_shards"
    (folder / "model.safetensors.index.json").unlink()
    (folder / "tokenizer.json").unlink()
    with pytest.raises(UserError) as tokenizer:
        _export(folder, precision="fp32")
    assert _key(tokenizer) == "export.no_tokenizer"
    (folder / "model.safetensors").unlink()
    with pytest.raises(UserError) as weights:
        _export(folder, precision="fp32")
    assert _key(weights) == "export.no_weights"


def test_unsupported_combinations_and_options(demo_model: Path) -> None:
    for precision, target in (("fp32", "dml"), ("int8", "dml")):
        with pytest.raises(UserError) as excinfo:
            _export(demo_model, precision=precision, target=target)
        assert _key(excinfo) == "export.unsupported_combination"
        assert "fp16" in excinfo.value.hint and "int4" in excinfo.value.hint
    with pytest.raises(UserError) as block:
        _export(demo_model, precision="int4", block_size=48)
    assert _key(block) == "export.bad_block_size"
    with pytest.raises(UserError) as bad:
        _export(demo_model, precision="int3")
    assert _key(bad) == "export.bad_precision"


def test_unsupported_architecture_fails_fast(tiny_model) -> None:
    """Forcing the builder on an architecture it lacks: one line, and the way out."""
    folder = tiny_model("gpt2")
    with pytest.raises(UserError) as excinfo:
        _export(folder, precision="fp32", engine="builder")
    assert _key(excinfo) == "export.unsupported_architecture"
    assert "GPT2LMHeadModel" in excinfo.value.message
    assert "Phi3ForCausalLM" in excinfo.value.hint and "--engine torch" in excinfo.value.hint
    assert not list(folder.parent.glob(".*tmp*"))


def test_engine_choice_errors(tiny_model) -> None:
    """Neither engine makes int8 for cuda from GPT-2; unknown engines and combinations."""
    folder = tiny_model("gpt2")
    with pytest.raises(UserError) as neither:
        _export(folder, precision="int8", target="cuda")
    assert _key(neither) == "export.no_engine"
    assert "GPT2LMHeadModel" in neither.value.message and "torch.onnx" in neither.value.message
    with pytest.raises(UserError) as forced:
        _export(folder, precision="fp16", target="dml", engine="torch")
    assert _key(forced) == "export.unsupported_combination"
    with pytest.raises(UserError) as unknown:
        _export(folder, precision="fp32", engine="olive")
    assert _key(unknown) == "export.bad_engine"
    assert not list(folder.parent.glob(".*tmp*"))


def test_damaged_tokenizer_file(demo_model: Path, tmp_path: Path) -> None:
    folder = _copy(demo_model, tmp_path)
    tokenizer = folder / "tokenizer.json"
    tokenizer.write_bytes(tokenizer.read_bytes()[:1000])  # a copy cut short
    with pytest.raises(UserError) as excinfo:
        _export(folder, precision="fp32")
    assert _key(excinfo) == "export.bad_json"
    assert "tokenizer.json" in excinfo.value.where


def test_output_folder_of_someone_else_is_not_replaced(demo_model: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("precious")
    with pytest.raises(UserError) as excinfo:
        _export(demo_model, precision="fp32", out_dir=out)
    assert _key(excinfo) == "export.out_not_empty"
    assert (out / "notes.txt").read_text() == "precious"


@pytest.mark.slow
def test_onnx_folder_checks(fp32_export: dict, tmp_path: Path) -> None:
    export_dir = Path(fp32_export["export_dir"])
    with pytest.raises(UserError) as again:
        _export(export_dir, precision="fp32")
    assert _key(again) == "export.already_onnx"
    broken = tmp_path / "broken-onnx"
    shutil.copytree(export_dir, broken)
    (broken / "model.onnx").unlink()
    with pytest.raises(UserError) as excinfo:
        answer(ChatRequest(broken, "hello"), lambda e: None, threading.Event())
    assert _key(excinfo) == "export.onnx_incomplete"
    with pytest.raises(UserError) as empty:
        answer(ChatRequest(export_dir, "   "), lambda e: None, threading.Event())
    assert _key(empty) == "chat.empty_prompt"


def test_eos_ids_and_template(demo_model: Path, tmp_path: Path) -> None:
    assert sources.eos_token_ids(demo_model) == [4, 0]
    assert "<|assistant|>" in (sources.chat_template(demo_model) or "")
    folder = _copy(demo_model, tmp_path)
    # config.json naming only <|endoftext|>, as many chat models do: the tokenizer's <|end|>
    # still ends a turn
    (folder / "generation_config.json").unlink()
    config = json.loads((folder / "config.json").read_text())
    config["eos_token_id"] = 0
    (folder / "config.json").write_text(json.dumps(config))
    assert sources.eos_token_ids(folder) == [0, 4]


def test_fix_config_cases() -> None:
    unequal = {"model_type": "phi3", "architectures": ["Phi3ForCausalLM"],
               "max_position_embeddings": 1024, "original_max_position_embeddings": 256,
               "rope_parameters": {"rope_type": "default", "rope_theta": 10000.0}}
    fixes = prepare.fix_config(unequal)
    assert unequal["original_max_position_embeddings"] == 1024 and len(fixes) == 1
    rope_type_only = {"model_type": "phi3", "max_position_embeddings": 2048,
                      "original_max_position_embeddings": 256,
                      "rope_parameters": {"rope_type": "longrope", "short_factor": [1.0],
                                          "long_factor": [2.0]}}
    fixes = prepare.fix_config(rope_type_only)
    assert rope_type_only["rope_parameters"]["type"] == "longrope"
    assert rope_type_only["original_max_position_embeddings"] == 256  # LongRoPE needs it
    assert len(fixes) == 1
    old_su = {"model_type": "phi3", "rope_scaling": {"type": "su", "short_factor": [1.0]}}
    prepare.fix_config(old_su)
    assert old_su["rope_scaling"] == {"type": "longrope", "rope_type": "longrope",
                                      "short_factor": [1.0]}
    llama = {"model_type": "llama", "max_position_embeddings": 10}
    assert prepare.fix_config(llama) == []


def test_prepare_never_touches_the_source(demo_model: Path, tmp_path: Path) -> None:
    folder = _copy(demo_model, tmp_path)
    (folder / "generation_config.json").unlink()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    fixes, eos = prepare.prepare_for_builder(folder, tmp_path / "prepared")
    assert eos == [4, 0]
    assert any("eos_token_id" in fix for fix in fixes)
    written = json.loads((tmp_path / "prepared" / "generation_config.json").read_text())
    assert written["eos_token_id"] == [4, 0]
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
