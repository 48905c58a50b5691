"""The planning verbs of the CLI: hardware, recommend, estimate (contract in DESIGN.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_ft import cli
from desktop_ft.core import catalog, matrix
from desktop_ft.core import estimate as est

PROFILES = Path(__file__).parent / "profiles"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == cli.EXIT_OK, err
    return json.loads(out)  # exactly one JSON document, nothing else on stdout


def test_hardware_json_is_a_profile_that_estimate_reads(capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path) -> None:
    doc = run_json(capsys, "hardware", "--no-measure")
    assert {"cpu", "memory_bytes", "gpus", "onnxruntime_providers", "accelerators"} <= set(doc)
    assert {"name", "cores", "threads", "flags"} <= set(doc["cpu"])
    path = tmp_path / "here.json"
    path.write_text(json.dumps(doc))
    est_doc = run_json(capsys, "estimate", "--model", "demo", "--method", "lora",
                       "--hardware", str(path))
    assert est_doc["device"]["backend"] == ("cpu" if not doc["gpus"] else doc["gpus"][0][
        "backend"])


def test_hardware_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "hardware", "--no-measure")
    assert code == 0 and out.startswith("CPU") and "memory" in out


def test_estimate_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    doc = run_json(capsys, "estimate", "--model", "phi-3-mini-4k", "--method", "qlora",
                   "--rank", "8", "--batch", "2", "--seq", "512", "--grad-checkpointing",
                   "--hardware", str(PROFILES / "gpu-8gb.json"), "--examples", "1000")
    assert isinstance(doc["peak_bytes"], int)
    assert set(doc["terms"]) == set(est.TERMS) and sum(doc["terms"].values()) == \
        doc["peak_bytes"]
    assert doc["verdict"] == "fits" and isinstance(doc["seconds_per_epoch"], float)
    assert doc["plan"]["rank"] == 8 and doc["plan"]["grad_checkpointing"]
    assert doc["summary"].startswith("QLoRA 4-bit in bf16 needs")


def test_estimate_multi_gpu_is_per_device(capsys: pytest.CaptureFixture[str]) -> None:
    node = str(PROFILES / "gpu-4x80gb.json")
    one = run_json(capsys, "estimate", "--model", "llama-3.1-8b", "--method", "full",
                   "--grad-checkpointing", "--hardware", node, "--gpus", "1")
    four = run_json(capsys, "estimate", "--model", "llama-3.1-8b", "--method", "full",
                    "--grad-checkpointing", "--hardware", node, "--gpus", "4",
                    "--zero-stage", "3", "--offload")
    assert four["device"]["count"] == 4 and four["plan"]["distributed"] == "zero3"
    assert four["peak_bytes"] < one["peak_bytes"] / 4 and four["host_bytes"] > 0
    fsdp = run_json(capsys, "estimate", "--model", "llama-3.1-8b", "--method", "lora",
                    "--hardware", node, "--gpus", "4", "--fsdp")
    assert fsdp["plan"]["distributed"] == "fsdp"


def test_estimate_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "estimate", "--model", "demo", "--method", "dora", "--hardware",
                       str(PROFILES / "cpu-only.json"), "--examples", "200")
    assert code == 0
    assert out.splitlines()[0].startswith("DoRA in fp32 needs")
    assert "activations" in out and "one epoch of 200 examples" in out


def test_estimate_reads_a_model_folder(capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 512,
        "intermediate_size": 1024, "num_hidden_layers": 2, "num_attention_heads": 8,
        "num_key_value_heads": 8, "vocab_size": 1000, "tie_word_embeddings": False,
        "max_position_embeddings": 2048}))
    doc = run_json(capsys, "estimate", "--model", str(tmp_path), "--method", "full",
                   "--hardware", str(PROFILES / "cpu-only.json"))
    assert doc["model"]["source"] == "folder"
    assert doc["total_params"] == catalog.resolve(str(tmp_path)).params


def test_recommend_json_best_first(capsys: pytest.CaptureFixture[str]) -> None:
    doc = run_json(capsys, "recommend", "--model", "phi-3-mini-4k", "--scenario", "qa",
                   "--goal", "lower-memory,fewer-parameters", "--hardware",
                   str(PROFILES / "gpu-8gb.json"))
    assert [g["key"] for g in doc["goals"]] == ["lower-memory", "fewer-parameters"]
    best = doc["plans"][0]
    assert best["technique"] == "qlora" and best["distributed"] is None
    assert best["offload"] is False and best["estimate"]["verdict"] == "fits"
    assert best["reasons"]


def test_recommend_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "recommend", "--model", "llama-3.1-70b", "--scenario", "chat",
                       "--hardware", str(PROFILES / "gpu-8gb.json"))
    assert code == 0 and "1. " in out and "what to change:" in out


@pytest.mark.parametrize(("argv", "fragment"), [
    (["estimate", "--model", "phi3-mini"], "unknown model 'phi3-mini'"),
    (["estimate", "--model", "demo", "--method", "qlroa"], "did you mean 'qlora'"),
    (["recommend", "--model", "demo", "--scenario", "chatbots"], "did you mean 'chat'"),
    (["recommend", "--model", "demo", "--scenario", "chat", "--goal", "cheap"],
     "unknown goal 'cheap'"),
    (["estimate", "--model", "demo", "--hardware", "/nonexistent/hw.json"],
     "cannot read the hardware profile"),
    (["estimate", "--model", "demo", "--gpus", "2", "--hardware", "PROFILE_CPU"],
     "has no GPU"),
    (["estimate"], "no model given"),
])
def test_user_errors_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], argv: list[str],
                                          fragment: str) -> None:
    argv = [a.replace("PROFILE_CPU", str(PROFILES / "cpu-only.json")) for a in argv]
    if "--hardware" not in argv:
        argv += ["--hardware", str(PROFILES / "gpu-24gb.json")] if argv != ["estimate"] else []
    code, out, err = run(capsys, *argv, "--json")
    assert code == cli.EXIT_USER and out == ""
    assert fragment in err and len(err.strip().splitlines()) == 1


def test_hub_id_offline_exit_2(capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    code, _, err = run(capsys, "estimate", "--model", "someone/some-model", "--hardware",
                       str(PROFILES / "gpu-24gb.json"))
    assert code == cli.EXIT_USER and "cannot fetch the config" in err


def test_help_lists_the_accepted_names() -> None:
    def help_text(verb: str) -> str:
        result = subprocess.run([sys.executable, "-m", "desktop_ft", verb, "--help"],
                                capture_output=True, text=True, timeout=60,
                                env={"COLUMNS": "400", "PATH": ""})
        assert result.returncode == 0, result.stderr
        return " ".join(result.stdout.split())

    estimate_help = help_text("estimate")
    for name in (*est.METHODS, *est.OPTIMIZERS, "phi-3-mini-4k", "llama-3.1-8b", "demo"):
        assert name in estimate_help
    recommend_help = help_text("recommend")
    for name in (*matrix.SCENARIOS, *matrix.GOALS, "qwen2.5-7b"):
        assert name in recommend_help
