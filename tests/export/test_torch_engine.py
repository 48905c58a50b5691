"""The torch.onnx fallback engine: real dynamo exports with a KV cache, real quantization, real
ONNX Runtime GenAI sessions through the same chat and parity code as builder exports."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from export_helpers import VOCAB_EOS, save_tiny

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import ChatRequest, ExportRequest
from desktop_ft.export import parity, sources, torch_engine
from desktop_ft.export.chat import answer, answer_torch
from desktop_ft.export.job import run_export

LONG_PROMPT = " ".join(["Water the fern and the cactus in the soft morning light."] * 30)


def _export(source: Path, emit=None, stop=None, **kwargs) -> dict:
    return run_export(ExportRequest(source=source, **kwargs), emit or (lambda e: None),
                      stop or threading.Event())


@pytest.fixture(scope="module")
def gpt2_export(tiny_model, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """GPT-2, which the builder does not cover, exported in fp32 with the engine left on auto."""
    logs: list[str] = []

    def emit(event: ev.Event) -> None:
        if isinstance(event, ev.Log):
            logs.append(event.message)

    out = tmp_path_factory.mktemp("gpt2") / "gpt2-onnx"
    with pytest.MonkeyPatch.context() as patch:  # module scope: the autouse one is per test
        patch.setenv("DESKTOP_FT_EXPORT_BUILDER", "inprocess")
        result = _export(tiny_model("gpt2"), emit=emit, precision="fp32", out_dir=out)
    result["logs"] = logs
    return result


@pytest.mark.slow
def test_auto_falls_back_to_torch_and_matches(gpt2_export: dict, tiny_model) -> None:
    result = gpt2_export
    out = Path(result["export_dir"])
    assert result["status"] == "finished" and result["engine"] == "torch"
    assert any("does not support the GPT2LMHeadModel" in m for m in result["logs"])
    for name in ("genai_config.json", "model.onnx", "model.onnx.data", "tokenizer.json",
                 "chat_template.jinja", "parity.json", "build.log", sources.EXPORT_MANIFEST):
        assert (out / name).is_file(), name
    genai = json.loads((out / "genai_config.json").read_text())
    assert genai["model"]["type"] == "decoder"
    assert genai["model"]["eos_token_id"] == VOCAB_EOS  # from generation_config + config
    assert genai["search"]["past_present_share_buffer"] is False
    assert genai["model"]["decoder"]["inputs"]["past_key_names"] == "past_key_values.%d.key"
    manifest = json.loads((out / sources.EXPORT_MANIFEST).read_text())
    assert manifest["engine"] == "torch" and "onnxscript" in manifest["builder"]

    report = json.loads((out / "parity.json").read_text())
    assert report["engine"] == "torch"
    assert report["verdict"] == "match", report["reasons"]
    assert report["max_abs_logit_diff"] < 1e-4 and report["relative_logit_diff"] < 1e-5
    assert report["top1_agreement"] == 1.0 and report["greedy_exact_match"] == 1.0
    assert report["first_divergence"] is None and report["stop_match"]
    assert 0.999 < report["perplexity"]["ratio"] < 1.001
    perf = report["performance"]
    for key in ("onnx_load_seconds", "pytorch_load_seconds", "onnx_ttft_seconds",
                "pytorch_ttft_seconds", "onnx_tokens_per_s", "pytorch_tokens_per_s"):
        assert perf[key] > 0, key
    assert 0 < perf["pytorch_weights_bytes"] < perf["size_bytes"] < sources.folder_bytes(out)


@pytest.mark.slow
def test_chat_answers_from_the_fallback_export(gpt2_export: dict, tiny_model) -> None:
    """Our chat code runs the fallback folder with ONNX Runtime GenAI, like PyTorch answers."""
    onnx = answer(ChatRequest(Path(gpt2_export["export_dir"]), "How do I repot a fern?", 12),
                  lambda e: None, threading.Event())
    torch = answer_torch(tiny_model("gpt2"), "How do I repot a fern?", 12, threading.Event())
    assert onnx["source_kind"] == "onnx"
    assert onnx["token_ids"] == torch["token_ids"] and onnx["tokens"] >= 1


@pytest.mark.slow
@pytest.mark.parametrize("precision", ["int8", "int4", "fp16"])
def test_quantized_fallback_passes(precision: str, gpt2_export: dict, tiny_model,
                                   tmp_path: Path) -> None:
    """onnxruntime.quantization on the traced fp32 graph, judged by its thresholds."""
    import onnx

    fp32 = Path(gpt2_export["export_dir"])
    out = tmp_path / precision
    torch_engine.quantize(_graph_copy(fp32, tmp_path / "fp32"), out, precision, 32, 4)
    for item in fp32.iterdir():
        if not item.name.startswith(torch_engine.MODEL_FILE):
            shutil.copy(item, out / item.name)
    ops = {node.op_type for node in onnx.load(str(out / "model.onnx"),
                                              load_external_data=False).graph.node}
    # GPT-2's Conv1D layers trace to Gemm: int4 rewrites them to MatMul to quantize them
    expected = {"int8": "MatMulInteger", "int4": "MatMulNBits", "fp16": "Cast"}[precision]
    assert expected in ops and ("Gemm" not in ops or precision == "fp16")
    report = parity.run_parity(tiny_model("gpt2"), out, precision)
    assert report["verdict"] == "pass", report["reasons"]
    assert sources.folder_bytes(out) < sources.folder_bytes(fp32)


def _graph_copy(folder: Path, dest: Path) -> Path:
    dest.mkdir()
    for item in folder.iterdir():
        if item.name.startswith(torch_engine.MODEL_FILE):
            shutil.copy(item, dest / item.name)
    return dest


@pytest.mark.slow
def test_forced_torch_engine_int4_phi35(tiny_model, tmp_path: Path) -> None:
    """--engine torch on a model the builder covers (Phi-3.5: LongRoPE given as "type"), int4
    MatMulNBits through the whole job, with a prompt past the LongRoPE switch."""
    result = _export(tiny_model("phi3.5-mini-1l"), precision="int4", engine="torch",
                     block_size=16, accuracy_level=4, out_dir=tmp_path / "phi35-int4",
                     parity_prompts=["How do I repot a fern?", LONG_PROMPT])
    assert result["engine"] == "torch"
    assert b"MatMulNBits" in (Path(result["export_dir"]) / "model.onnx").read_bytes()
    report = result["parity"]
    assert report["verdict"] == "pass", report["reasons"]
    assert report["prompts"][1]["prompt_tokens"] > 256
    assert report["perplexity"]["ratio"] < report["thresholds"]["perplexity_ratio"]
    assert result["block_size"] == 16


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["phi3-4k", "phi3-128k", "phi4-mini", "llama", "qwen2"])
def test_real_config_shapes_match_through_the_fallback(kind: str, tiny_model,
                                                       tmp_path: Path) -> None:
    """The Phi-3 family (sliding window; LongRoPE past its switch; partial rotary with grouped
    KV heads and tied embeddings), Llama and Qwen2 (QKV bias), one layer each."""
    prompts = ["How do I repot a fern?"]
    if kind in ("phi3-128k", "phi4-mini"):
        prompts.append(LONG_PROMPT)  # beyond original_max_position_embeddings: long factors
    result = _export(tiny_model(f"{kind}-1l"), precision="fp32", engine="torch",
                     parity_prompts=prompts, out_dir=tmp_path / kind)
    report = result["parity"]
    assert result["engine"] == "torch"
    assert report["verdict"] == "match", report["reasons"]
    assert report["max_abs_logit_diff"] < 1e-4
    if len(prompts) > 1:
        assert report["prompts"][1]["prompt_tokens"] > 256
    genai = json.loads((Path(result["export_dir"]) / "genai_config.json").read_text())
    assert genai["model"]["eos_token_id"] == VOCAB_EOS
    assert genai["model"]["decoder"]["num_hidden_layers"] == 1


@pytest.mark.slow
def test_neither_engine_is_one_clear_error(demo_model: Path, tmp_path: Path) -> None:
    """Mamba: the builder lacks it and it keeps no key/value cache to wire up."""
    from transformers import AutoTokenizer, MambaConfig

    tokenizer_dir = demo_model
    vocab = len(AutoTokenizer.from_pretrained(tokenizer_dir))
    folder = save_tiny(tmp_path / "mamba", MambaConfig(
        hidden_size=32, num_hidden_layers=1, state_size=4, vocab_size=vocab, bos_token_id=0,
        eos_token_id=4), tokenizer_dir)
    out = tmp_path / "mamba-onnx"
    with pytest.raises(UserError) as excinfo:
        _export(folder, precision="fp32", out_dir=out)
    error = excinfo.value
    assert error.key == "export.no_engine"
    assert "MambaForCausalLM" in error.message and "KV cache" in error.message
    assert "mamba-onnx.build.log" in error.hint
    assert not out.exists()


@pytest.mark.slow
def test_child_process_export_stops(tiny_model, tmp_path: Path,
                                    subprocess_builder: None) -> None:
    """The app's default path: the fallback in a child process, stopped once it reports."""
    stop = threading.Event()
    phases: list[int] = []

    def emit(event: ev.Event) -> None:
        if isinstance(event, ev.Progress) and event.phase == "export: build":
            phases.append(event.step)
            stop.set()

    out = tmp_path / "stopped"
    result = _export(tiny_model("gpt2"), emit=emit, stop=stop, precision="fp32", out_dir=out)
    assert result["status"] == "stopped" and phases == [1]
    assert not out.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.slow
def test_damaged_onnx_folder_is_a_clear_error(gpt2_export: dict, tmp_path: Path) -> None:
    folder = tmp_path / "cut"
    shutil.copytree(gpt2_export["export_dir"], folder)
    data = folder / "model.onnx.data"
    data.write_bytes(data.read_bytes()[: data.stat().st_size // 3])
    with pytest.raises(UserError) as excinfo:
        answer(ChatRequest(folder, "Hello?", 4), lambda e: None, threading.Event())
    assert excinfo.value.key == "export.onnx_damaged"
    assert str(folder) in excinfo.value.where
