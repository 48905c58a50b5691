"""The training job on a real (tiny) Phi-3 with real peft LoRA and transformers' Trainer."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import TrainRequest
from desktop_ft.core.runs import RunFolder
from desktop_ft.training.job import run_training


def tiny_config(model_dir: Path, data: Path, **train: object) -> cfg.RunConfig:
    config = cfg.RunConfig(model=str(model_dir), name="tiny")
    config.data = cfg.DataConfig(path=str(data), max_length=64, validation_split=0.05)
    config.lora = cfg.LoraConfig(rank=4, alpha=8, dropout=0.05)
    config.train = cfg.TrainConfig(max_steps=8, batch_size=4, learning_rate=5e-3, save_every=4,
                                   eval_every=4, seed=7, threads=1, warmup_ratio=0.0)
    for key, value in train.items():
        setattr(config.train, key, value)
    return cfg.validate(config)


def collect() -> tuple[list[ev.Event], ev.Emit]:
    seen: list[ev.Event] = []
    return seen, seen.append


def test_a_run_writes_its_folder(tiny_model_dir: Path, chat_dataset: Path, tmp_path: Path) -> None:
    seen, emit = collect()
    result = run_training(TrainRequest(tiny_config(tiny_model_dir, chat_dataset),
                                       runs_root=tmp_path), emit, threading.Event())
    run = RunFolder(Path(result["run_dir"]))
    assert result["status"] == "finished" and result["steps"] == 8
    assert result["loss_last"] < result["loss_first"]
    assert (run.adapter_dir / "adapter_model.safetensors").is_file()
    assert cfg.load(run.config_path).model == str(tiny_model_dir)
    manifest = json.loads(run.manifest_path.read_text())
    assert manifest["status"] == "finished"
    assert manifest["data_sha256"] and manifest["versions"]["torch"]
    on_disk = [json.loads(line) for line in run.metrics_path.read_text().splitlines()]
    types = {row["type"] for row in on_disk}
    assert {"progress", "eval", "checkpoint", "log", "finished"} <= types
    assert [e.to_dict()["type"] for e in seen] == [row["type"] for row in on_disk]
    progress = [row for row in on_disk if row["type"] == "progress"]
    assert [row["step"] for row in progress] == list(range(1, 9))
    assert all(row["tokens_per_s"] > 0 for row in progress)
    assert [p.name for p in run.complete_checkpoints()] == ["step-4", "step-8"]


def test_stop_then_resume_matches_an_uninterrupted_run(tiny_model_dir: Path, chat_dataset: Path,
                                                        tmp_path: Path) -> None:
    whole = run_training(TrainRequest(tiny_config(tiny_model_dir, chat_dataset),
                                      runs_root=tmp_path / "a"), lambda e: None,
                         threading.Event())

    stop = threading.Event()

    def stop_at_step_3(event: ev.Event) -> None:
        if isinstance(event, ev.Progress) and event.step == 3:
            stop.set()

    first = run_training(TrainRequest(tiny_config(tiny_model_dir, chat_dataset),
                                      runs_root=tmp_path / "b"), stop_at_step_3, stop)
    assert first["status"] == "stopped"
    assert first["steps"] == 3
    run = RunFolder(Path(first["run_dir"]))
    assert run.last_checkpoint() == run.checkpoints_dir / "step-3"
    assert json.loads(run.manifest_path.read_text())["status"] == "stopped"

    resumed = run_training(TrainRequest(resume=run.path), lambda e: None, threading.Event())
    assert resumed["status"] == "finished" and resumed["steps"] == 8
    assert resumed["run_dir"] == first["run_dir"]
    assert resumed["loss_last"] == pytest.approx(whole["loss_last"], rel=1e-4, abs=1e-5)


def test_resume_without_a_checkpoint_is_a_user_error(tiny_model_dir: Path, chat_dataset: Path,
                                                      tmp_path: Path) -> None:
    run = RunFolder.create("empty", root=tmp_path)
    run.config_path.write_text(cfg.dump(tiny_config(tiny_model_dir, chat_dataset)))
    with pytest.raises(UserError, match="no complete checkpoint"):
        run_training(TrainRequest(resume=run.path), lambda e: None, threading.Event())


def test_bad_data_fails_the_run_cleanly(tiny_model_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"messages": []}\n', encoding="utf-8")
    seen, emit = collect()
    with pytest.raises(UserError):
        run_training(TrainRequest(tiny_config(tiny_model_dir, data), runs_root=tmp_path / "r"),
                     emit, threading.Event())
    failed = [e for e in seen if isinstance(e, ev.Failed)]
    assert failed and failed[0].user_error and "bad.jsonl:1" in failed[0].where
    run_dir = next((tmp_path / "r").iterdir())
    assert json.loads((run_dir / "manifest.json").read_text())["status"] == "failed"


@pytest.mark.slow
def test_kill_9_mid_run_then_resume(tiny_model_dir: Path, chat_dataset: Path,
                                    tmp_path: Path) -> None:
    config = tiny_config(tiny_model_dir, chat_dataset, max_steps=12, save_every=2, eval_every=0)
    config_path = tmp_path / "run.yaml"
    config_path.write_text(cfg.dump(config), encoding="utf-8")
    root = tmp_path / "runs"
    env = {**os.environ, "DESKTOP_FT_HOME": str(tmp_path / "home")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path.cwd()), env.get("PYTHONPATH")]))
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys, threading; from pathlib import Path;"
         "from desktop_ft.core import config as c; from desktop_ft.core.requests import "
         "TrainRequest; from desktop_ft.training.job import run_training;"
         f"run_training(TrainRequest(c.load(sys.argv[1]), runs_root=Path({str(root)!r})),"
         " lambda e: None, threading.Event())", str(config_path)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 240
        run: RunFolder | None = None
        while time.time() < deadline:
            folders = list(root.glob("*")) if root.exists() else []
            run = RunFolder(folders[0]) if folders else None
            if run and any(isinstance(e, ev.Checkpoint) and e.step >= 4 for e in run.events()):
                break
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.05)
        else:
            pytest.fail("no checkpoint within the time limit")
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
    assert run is not None
    assert json.loads(run.manifest_path.read_text())["status"] == "running"  # died, not ended
    before = run.last_checkpoint()
    assert before is not None
    # The folder stays valid: its config reloads, every written event reads back (a torn last
    # line is skipped), the last checkpoint is sealed.
    assert cfg.load(run.config_path).train.max_steps == 12
    assert any(isinstance(e, ev.Checkpoint) for e in run.events())
    assert (before / RunFolder.COMPLETE_MARKER).is_file()
    resumed = run_training(TrainRequest(resume=run.path), lambda e: None, threading.Event())
    assert resumed["status"] == "finished" and resumed["steps"] == 12
    assert not any(p.name.startswith("checkpoint-") for p in run.checkpoints_dir.iterdir())
