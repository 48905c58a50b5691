"""Faults during a real run on the tiny real model: out of memory (a real allocation failure under
an address-space limit), a disk that fills up, a read-only runs folder, not enough space before
the start; plus checkpoints by the clock. Completed checkpoints always survive, a half-written one
never counts, and the messages say what to do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml
from robust_helpers import assert_user_error, base_config, write_config

from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core import preflight
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import TrainRequest
from desktop_ft.core.runs import RunFolder
from desktop_ft.training.job import run_training

REPO = Path(__file__).resolve().parents[2]

# Runs the real CLI with the address space capped a little above what the loaded libraries use,
# so a big enough batch fails to allocate for real (the same error as a machine out of RAM).
LIMITED_CLI = """
import resource, sys
import torch, transformers, peft  # their own address space first
from transformers import Trainer
from desktop_ft.cli import main
size = next(int(l.split()[1]) * 1024 for l in open("/proc/self/status") if l.startswith("VmSize"))
resource.setrlimit(resource.RLIMIT_AS, (size + int(sys.argv[1]), resource.RLIM_INFINITY))
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture(scope="module")
def long_texts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Raw text for domain adaptation: about 80 rows of 512 tokens once chunked."""
    corpus = (REPO / "resources" / "samples" / "houseplants-corpus.txt").read_text("utf-8")
    path = tmp_path_factory.mktemp("texts") / "long.jsonl"
    path.write_text("".join(json.dumps({"text": corpus}) + "\n" for _ in range(4)), "utf-8")
    return path


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS and /proc are Linux's")
def test_out_of_memory_keeps_the_checkpoint_and_one_flag_retries(
        cli, home: Path, tiny_model_dir: Path, long_texts: Path, tmp_path: Path) -> None:
    config = write_config(tmp_path / "run.yaml", base_config(
        tiny_model_dir, long_texts, data={"max_length": 512},
        train={"max_steps": 1, "batch_size": 2, "save_every": 1, "precision": "fp32"}))
    first = cli("train", config, "--json")
    assert first.code == 0, first.err
    run = RunFolder(Path(json.loads(first.out)["run_dir"]))
    assert [p.name for p in run.complete_checkpoints()] == ["step-1"]
    # Continue with a batch far too big for the memory left: 64 rows of 512 tokens.
    settings = yaml.safe_load(run.config_path.read_text())
    settings["train"].update(max_steps=2, batch_size=64)
    run.config_path.write_text(yaml.safe_dump(settings))

    env = {**os.environ, "PYTHONPATH": str(REPO), "DESKTOP_FT_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", LIMITED_CLI, str(600 * 2 ** 20), "train",
                           "--resume", str(run.path)], env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 2, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    error = next(line for line in done.stderr.splitlines() if "error:" in line)
    assert "out of memory after step 1" in error and "step-1" in error
    assert "field 'train.batch_size'" in error and "train.batch_size to" in error
    assert f"desktop-ft train --resume {run.path} --lower-memory" in error
    # The completed checkpoints are intact; nothing half-written counts as a checkpoint.
    assert run.last_checkpoint() == run.checkpoints_dir / "step-1"
    manifest = json.loads(run.manifest_path.read_text())
    assert manifest["status"] == "failed"
    advice = manifest["oom_advice"]
    assert advice["train.batch_size"] < 64
    assert advice["train.batch_size"] * advice["train.grad_accum"] == 64  # same effective batch

    retried = cli("train", "--resume", run.path, "--lower-memory", "--json")
    assert retried.code == 0, retried.err
    assert "lower memory: train.batch_size to" in retried.err
    result = json.loads(retried.out)
    assert result["status"] == "finished" and result["steps"] == 2
    lowered = cfg.load(run.config_path)
    assert lowered.train.batch_size == advice["train.batch_size"]
    assert lowered.train.grad_accum == advice["train.grad_accum"]
    assert json.loads(run.manifest_path.read_text())["memory_lowered"] == [advice]


def test_out_of_memory_advice_follows_the_estimator(tiny_model_dir: Path) -> None:
    from desktop_ft.training import oom

    config = cfg.RunConfig(model="demo", data=cfg.DataConfig(path="x.jsonl", max_length=512))
    config.train.batch_size = 16
    changes = oom.advise(config)
    assert changes["train.batch_size"] * changes["train.grad_accum"] == 16
    # Nothing left to halve: gradient checkpointing, then shorter sequences.
    config.train.batch_size = 1
    changes = oom.advise(config)
    assert changes["train.gradient_checkpointing"] is True
    assert "train.batch_size" not in changes
    config.train.gradient_checkpointing = True
    assert oom.advise(config)["data.max_length"] <= 256
    config.data.max_length = 64
    assert oom.advise(config) == {}  # nothing left: the message says choose a smaller model


def test_real_allocation_failures_are_recognised() -> None:
    import torch

    from desktop_ft.training.oom import is_out_of_memory

    with pytest.raises(RuntimeError) as info:
        torch.empty(2 ** 50, dtype=torch.uint8)  # a petabyte: the CPU allocator refuses
    assert is_out_of_memory(info.value)
    try:
        raise ValueError("wrapped by a library") from info.value
    except ValueError as wrapped:
        assert is_out_of_memory(wrapped)
    assert is_out_of_memory(MemoryError())
    assert not is_out_of_memory(RuntimeError("shape mismatch"))


def _has_cuda() -> bool:
    import torch

    return torch.cuda.is_available()


@pytest.mark.gpu
@pytest.mark.skipif(not _has_cuda(), reason="needs a CUDA GPU")
def test_cuda_out_of_memory_is_recognised() -> None:
    import torch

    from desktop_ft.training.oom import is_out_of_memory, release_memory

    _, total = torch.cuda.mem_get_info()
    with pytest.raises(torch.OutOfMemoryError) as info:
        torch.empty(2 * total, dtype=torch.uint8, device="cuda")
    assert is_out_of_memory(info.value)
    release_memory()
    torch.empty(1024, device="cuda")  # and the device is usable afterwards


def test_checkpoints_by_the_clock(tiny_model_dir: Path, chat_dataset: Path,
                                  tmp_path: Path) -> None:
    config = cfg.from_dict(base_config(tiny_model_dir, chat_dataset, train={
        "max_steps": 3, "save_every": 0, "save_every_minutes": 1e-6}))
    seen: list[ev.Event] = []
    result = run_training(TrainRequest(config, runs_root=tmp_path), seen.append,
                          threading.Event())
    assert [e.step for e in seen if isinstance(e, ev.Checkpoint)] == [1, 2, 3]
    run = RunFolder(Path(result["run_dir"]))
    assert [p.name for p in run.complete_checkpoints()] == ["step-2", "step-3"]


# disk ------------------------------------------------------------------------------------------

def test_not_enough_space_is_found_before_the_start(tmp_path: Path) -> None:
    free = preflight.free_bytes(tmp_path)
    with pytest.raises(UserError) as info:
        preflight.check_free_space(tmp_path, free + 10 ** 12, "this run")
    assert info.value.where == str(tmp_path)
    assert "not enough free disk space" in info.value.message
    assert "DESKTOP_FT_HOME" in info.value.hint
    preflight.check_free_space(tmp_path, 1, "this run")  # and room for one byte is found
    # LoRA: three checkpoints of weights and Adam state, the adapter, the merged model.
    need = preflight.run_disk_bytes(1_000, 1_000_000, full=False, merge=True)
    assert need == 3 * 12_000 + 4_000 + 4_000_000 + preflight.MARGIN_BYTES


def test_small_disk_stops_the_run_before_it_starts(cli, tiny_model_dir: Path,
                                                   chat_dataset: Path, tmp_path: Path,
                                                   small_disk, monkeypatch) -> None:
    disk = small_disk(4 * 2 ** 20)  # 4 MB: the run needs tens of MB
    monkeypatch.setenv("DESKTOP_FT_HOME", str(disk))
    config = write_config(tmp_path / "run.yaml", base_config(tiny_model_dir, chat_dataset))
    assert_user_error(cli("train", config), str(disk), "not enough free disk space",
                      "MB needed", "DESKTOP_FT_HOME")


def test_read_only_runs_folder(cli, tiny_model_dir: Path, chat_dataset: Path,
                               tmp_path: Path, small_disk, monkeypatch) -> None:
    if os.geteuid() == 0:  # root writes through file modes: a read-only file system then
        home = small_disk(2 ** 20, read_only=True)
    else:
        home = tmp_path / "locked"
        home.mkdir()
        home.chmod(0o555)
    monkeypatch.setenv("DESKTOP_FT_HOME", str(home))
    config = write_config(tmp_path / "run.yaml", base_config(tiny_model_dir, chat_dataset))
    try:
        assert_user_error(cli("train", config), str(home), "cannot create the runs folder",
                          "writable folder")
    finally:
        if os.geteuid() != 0:
            home.chmod(0o755)
    assert not any(home.iterdir())


def test_disk_full_during_the_run_keeps_completed_checkpoints(
        tiny_model_dir: Path, chat_dataset: Path, small_disk) -> None:
    disk = small_disk(80 * 2 ** 20)
    filler = disk / "filler.bin"

    def fill_after_first_checkpoint(event: ev.Event) -> None:
        if isinstance(event, ev.Checkpoint) and event.step == 1:
            with open(filler, "wb") as handle:  # another program takes the rest of the disk
                try:
                    while True:
                        handle.write(b"\0" * 2 ** 20)
                        handle.flush()
                except OSError:
                    pass

    config = cfg.from_dict(base_config(tiny_model_dir, chat_dataset,
                                       train={"max_steps": 3}))
    with pytest.raises(UserError) as info:
        run_training(TrainRequest(config, runs_root=disk / "runs"), fill_after_first_checkpoint,
                     threading.Event())
    assert "disk is full" in info.value.message
    assert "--resume" in info.value.hint and "completed checkpoints are kept" in info.value.hint
    run = RunFolder(next((disk / "runs").iterdir()))
    assert [p.name for p in run.complete_checkpoints()] == ["step-1"]
    # The room comes back: the run continues from its last complete checkpoint.
    filler.unlink()
    resumed = run_training(TrainRequest(resume=run.path), lambda e: None, threading.Event())
    assert resumed["status"] == "finished" and resumed["steps"] == 3
    assert [p.name for p in run.complete_checkpoints()] == ["step-2", "step-3"]
    assert not [p for p in run.checkpoints_dir.iterdir() if not p.name.startswith("step-")]
