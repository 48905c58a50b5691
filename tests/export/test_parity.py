"""Parity catches the broken exports users get burned by: a lost EOS, another model's weights."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_ft.export import finalize, parity


def _copy(export: dict, tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(export["export_dir"], folder)
    return folder


@pytest.mark.slow
def test_lost_eos_id_fails_parity(fp32_export: dict, demo_model: Path, tmp_path: Path) -> None:
    folder = _copy(fp32_export, tmp_path, "lost-eos")
    config_path = folder / "genai_config.json"
    config = json.loads(config_path.read_text())
    config["model"]["eos_token_id"] = [0]  # only <|endoftext|>: turns would never end
    config_path.write_text(json.dumps(config))
    report = parity.run_parity(demo_model, folder, "fp32", max_new_tokens=4)
    assert report["verdict"] == "fail" and not report["ok"]
    assert report["eos_ids_onnx"] == [0] and report["eos_ids_pytorch"] == [4, 0]
    assert any("EOS ids differ" in reason for reason in report["reasons"])


@pytest.mark.slow
def test_other_weights_fail_parity(fp32_export: dict, tiny_model, tmp_path: Path) -> None:
    """The export of one model checked against another (same tokenizer) must not pass."""
    other = tiny_model("phi3-4k")
    report = parity.run_parity(other, Path(fp32_export["export_dir"]), "fp32",
                               max_new_tokens=4)
    assert report["verdict"] == "fail"
    assert report["tokenizer_match"] and report["eos_ids_match"]  # only the weights differ
    assert report["max_abs_logit_diff"] > 0.01
    assert any("logits differ" in reason for reason in report["reasons"])


def test_verdict_rules() -> None:
    base = {"eos_ids_match": True, "eos_ids_onnx": [4], "eos_ids_pytorch": [4],
            "tokenizer_match": True, "template_match": True, "top1_agreement": 0.4,
            "decisive_top1_agreement": None, "decisive_steps": 0, "mean_kl": 0.003,
            "perplexity": {"ratio": 1.02}, "max_abs_logit_diff": 0.3,
            "relative_logit_diff": 0.05, "greedy_exact_match": 0.0,
            "divergences_all_ties": False, "stop_match": True}
    # int4 on near-flat logits: argmax moves, nothing is wrong
    assert parity.verdict("int4", base) == ("pass", [])
    # ... but a real model whose confident choices change is broken
    assert parity.verdict("int4", {**base, "decisive_top1_agreement": 0.5,
                                   "decisive_steps": 40})[0] == "fail"
    assert parity.verdict("int4", {**base, "perplexity": {"ratio": 1.8}})[0] == "fail"
    assert parity.verdict("int8", base)[0] == "fail"  # int8 must keep the argmax
    assert parity.verdict("fp32", base)[0] == "fail"
    exact = {**base, "top1_agreement": 1.0, "max_abs_logit_diff": 2e-6,
             "relative_logit_diff": 1e-7, "greedy_exact_match": 1.0,
             "perplexity": {"ratio": 1.0}}
    assert parity.verdict("fp32", exact) == ("match", [])
    assert parity.verdict("fp32", {**exact, "template_match": False})[0] == "fail"
    assert parity.verdict("fp32", {**exact, "stop_match": False})[0] == "fail"


@pytest.mark.slow
def test_tokenizer_class_ort_genai_refuses_is_repaired(fp32_export: dict, demo_model: Path,
                                                      tmp_path: Path) -> None:
    """The export says TokenizersBackend -> PreTrainedTokenizerFast; a class ORT GenAI does not
    know (transformers reads BloomTokenizer fine) is replaced by the generic one, and checked."""
    exported = json.loads((Path(fp32_export["export_dir"]) / "tokenizer_config.json").read_text())
    assert exported["tokenizer_class"] == "PreTrainedTokenizerFast"
    assert any("TokenizersBackend" in fix for fix in fp32_export["fixes"])
    folder = _copy(fp32_export, tmp_path, "bloom-class")
    config_path = folder / "tokenizer_config.json"
    config_path.write_text(json.dumps({**exported, "tokenizer_class": "BloomTokenizer"}))
    with pytest.raises(RuntimeError, match="Unsupported tokenizer class"):
        parity.run_parity(demo_model, folder, "fp32", max_new_tokens=2)
    fixes = finalize.fix_tokenizer(folder, demo_model)
    assert fixes and "'BloomTokenizer' -> 'PreTrainedTokenizerFast'" in fixes[0]
    report = parity.run_parity(demo_model, folder, "fp32", max_new_tokens=4)
    assert report["verdict"] == "match" and report["tokenizer_match"]
