"""Real multi-process training: the demo-zero3 recipe on 2 CPU ranks (DeepSpeed ZeRO-3, gloo)
through the real launcher (torchrun as a subprocess), stopped mid-run and resumed, compared
with a single-process run of the same global batch and seed; the consolidated adapter merges.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import psutil
import pytest

from desktop_ft import jobs
from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.requests import TrainRequest
from desktop_ft.core.resources import example_path
from desktop_ft.core.runs import RunFolder

pytest.importorskip("deepspeed")

STEPS = 8  # room for the stop (asked at step 2) to land mid-run on a fast machine


def _recipe(model_dir: Path, distributed: bool) -> cfg.RunConfig:
    config = cfg.load(example_path("demo-zero3.yaml"))
    config.model = str(model_dir)
    config.train.max_steps = STEPS
    config.train.save_every = 0  # the stop below makes the only checkpoint
    config.train.eval_every = 0
    config.train.precision = "fp32"
    config.data.validation_split = 0.0
    if not distributed:  # one process with the global batch of the two ranks
        config.train.batch_size *= config.distributed.nproc_per_node
        config.distributed.strategy = "none"
    config.name = "zero3" if distributed else "single"
    return config


def _children() -> set[int]:
    return {p.pid for p in psutil.Process().children(recursive=True)}


def _losses(run_dir: str) -> list[float]:
    return [loss for _, loss in RunFolder(Path(run_dir)).loss_curves()[0]]


@pytest.fixture(scope="module")
def single_run(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    from desktop_ft.training.job import run_training

    config = _recipe(tiny_model_dir, distributed=False)
    config.train.threads = 1
    return run_training(TrainRequest(config=config, runs_root=tmp_path_factory.mktemp("single")),
                        lambda event: None, threading.Event())


@pytest.mark.slow
def test_zero3_two_ranks_stop_resume_matches_one_process(
        tiny_model_dir: Path, tmp_path: Path, single_run: dict) -> None:
    config = _recipe(tiny_model_dir, distributed=True)
    before = _children()
    stop = threading.Event()
    seen: list[ev.Event] = []

    def emit(event: ev.Event) -> None:
        seen.append(event)
        if ev.is_training_step(event) and event.step >= 2:  # type: ignore[attr-defined]
            stop.set()

    first = jobs.train(TrainRequest(config=config, runs_root=tmp_path), emit, stop)
    assert first["status"] == "stopped", first
    assert 2 <= first["steps"] < STEPS
    assert first["world_size"] == 2 and first["strategy"] == "zero3"
    assert any(isinstance(e, ev.Checkpoint) for e in seen), "rank 0's events were relayed"
    assert _children() <= before, "no process left after a stop"
    run = RunFolder(Path(first["run_dir"]))
    assert json.loads((run.path / "deepspeed.json").read_text())["zero_optimization"][
        "stage"] == 3
    assert run.last_checkpoint() is not None and (run.last_checkpoint() / "latest").is_file()

    resumed = jobs.train(TrainRequest(resume=run.path), lambda event: None, threading.Event())
    assert resumed["status"] == "finished" and resumed["steps"] == STEPS
    assert _children() <= before

    ranks, alone = _losses(resumed["run_dir"]), _losses(single_run["run_dir"])
    assert len(ranks) == len(alone) == STEPS
    difference = max(abs(a - b) for a, b in zip(ranks, alone, strict=True))
    print(f"\nZeRO-3 x2 (stopped at {first['steps']}, resumed) vs one process: losses "
          f"{ranks} vs {alone}, max difference {difference:.2e}")
    assert difference < 1e-4

    # The adapter was consolidated from the ranks' shards: it holds the same weights as the
    # single-process adapter, and the run was merged like any other.
    from safetensors.torch import load_file

    ours = load_file(run.adapter_dir / "adapter_model.safetensors")
    theirs = load_file(Path(single_run["adapter_dir"]) / "adapter_model.safetensors")
    assert ours.keys() == theirs.keys() and ours
    weights = max(float((ours[k] - theirs[k]).abs().max()) for k in ours)
    print(f"adapter max weight difference {weights:.2e}")
    assert weights < 1e-3
    assert resumed["merged_dir"] and (Path(resumed["merged_dir"]) / "config.json").is_file()
    _assert_merged_matches_adapter(Path(resumed["merged_dir"]), tiny_model_dir,
                                   Path(single_run["adapter_dir"]))


def _assert_merged_matches_adapter(merged: Path, base: Path, adapter: Path) -> None:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    ids = torch.tensor([[1, 5, 9, 42, 7, 3, 100, 200]])
    with torch.no_grad():
        got = AutoModelForCausalLM.from_pretrained(merged)(ids).logits
        reference = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base),
                                              adapter)(ids).logits
    assert float((got - reference).abs().max()) < 1e-3
