"""Multi-process plans without training: config validation, the DeepSpeed config and torchrun
command they become, the "run elsewhere" folder, and the launcher's process supervision on a
real process tree (nothing may outlive a stop, a crash or an abort)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
import yaml

from desktop_ft import cli
from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.resources import example_path
from desktop_ft.core.runs import RunFolder
from desktop_ft.training import distributed as dd
from desktop_ft.training import launch


def _config(**distributed: object) -> dict:
    return {"model": "demo", "data": {"path": str(example_path("demo-zero3.yaml"))},
            "distributed": {"strategy": "zero3", **distributed}}


def test_demo_zero3_recipe_loads_as_two_processes() -> None:
    config = cfg.load(example_path("demo-zero3.yaml"))
    assert config.distributed.strategy == "zero3" and dd.world_size(config.distributed) == 2
    single = cfg.load(example_path("demo-lora.yaml"))
    # the same global batch as the single-process demo, so the two learn alike
    assert config.train.batch_size * 2 == single.train.batch_size


@pytest.mark.parametrize(("settings", "field", "words"), [
    ({"strategy": "zero4"}, "distributed.strategy", "did you mean 'zero3'"),
    ({"strategy": "zero2", "offload_params": True}, "distributed.offload_params", "zero3"),
    ({"strategy": "fsdp", "offload_optimizer": True}, "distributed.offload_optimizer",
     "offload_params"),
    ({"nproc_per_node": 0}, "distributed.nproc_per_node", "between 1 and 64"),
    ({"nnodes": 2, "node_rank": 2}, "distributed.node_rank", "nnodes - 1"),
    ({"nnodes": 2}, "distributed.master_addr", "node 0"),
    ({"master_port": 70000}, "distributed.master_port", "65535"),
])
def test_bad_distributed_settings_are_user_errors(settings: dict, field: str, words: str) -> None:
    with pytest.raises(UserError) as caught:
        cfg.from_dict(_config(**settings), source="plan.yaml")
    error = caught.value
    assert field in error.where and "plan.yaml" in error.where
    assert words in f"{error.message} {error.hint}"


def test_quantized_methods_and_8bit_optimizers_are_refused_with_sharding() -> None:
    with pytest.raises(UserError, match="cannot shard") as caught:
        cfg.from_dict({**_config(), "method": "qlora"})
    assert "lora" in caught.value.hint
    with pytest.raises(UserError, match="8-bit"):
        cfg.from_dict({**_config(strategy="zero2"), "train": {"optimizer": "adamw-8bit"}})
    ok = cfg.from_dict({**_config(strategy="zero2"), "method": "qlora"})
    assert ok.distributed.strategy == "zero2"


def test_deepspeed_config_follows_the_plan() -> None:
    config = cfg.from_dict({**_config(offload_optimizer=True, offload_params=True,
                                      nproc_per_node=4, nnodes=2, master_addr="node0",
                                      master_port=29500),
                            "train": {"batch_size": 3, "grad_accum": 2}})
    ds = dd.deepspeed_config(config)
    zero = ds["zero_optimization"]
    assert zero["stage"] == 3 and zero["offload_optimizer"]["device"] == "cpu"
    assert zero["offload_param"]["device"] == "cpu"
    assert zero["stage3_gather_16bit_weights_on_model_save"] is False
    assert ds["train_batch_size"] == 3 * 2 * 8 and ds["train_micro_batch_size_per_gpu"] == 3
    assert ds["zero_force_ds_cpu_optimizer"] is False  # a torch optimizer: nothing to compile
    command = dd.worker_command("/runs/r1", config.distributed, python="python")
    assert command[:3] == ["python", "-m", "torch.distributed.run"]
    joined = " ".join(command)
    for part in ("--nnodes 2", "--nproc_per_node 4", "--master_addr node0",
                 "--master_port 29500", "-m desktop_ft train --worker /runs/r1"):
        assert part in joined
    shown = launch.plan(config)
    assert shown["command"].startswith("torchrun --nnodes 2") and shown["world_size"] == 8
    assert json.loads(shown["deepspeed_config"]) == ds and shown["global_batch"] == 48


def test_emit_launch_writes_a_folder_that_is_a_run(tmp_path: Path) -> None:
    config = cfg.load(example_path("demo-zero3.yaml"))
    config.distributed.nnodes, config.distributed.master_addr = 2, "gpu-node-0"
    config.distributed.master_port = 29555
    out = tmp_path / "elsewhere"
    assert cli.main(["train", str(example_path("demo-zero3.yaml")), "--emit-launch",
                     str(out), "--json"]) == 0
    result = launch.emit_launch(config, tmp_path / "two-nodes")
    folder = Path(result["launch_dir"])
    for name in ("config.yaml", "deepspeed.json", "launch.sh", "slurm.sbatch", "k8s-job.yaml",
                 "README.md", "data-reference.json"):
        assert (folder / name).is_file(), name
    subprocess.run(["bash", "-n", str(folder / "launch.sh")], check=True)
    subprocess.run(["bash", "-n", str(folder / "slurm.sbatch")], check=True)
    service, job = list(yaml.safe_load_all((folder / "k8s-job.yaml").read_text()))
    assert service["kind"] == "Service" and job["spec"]["completions"] == 2
    env = {e["name"]: e for e in job["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["MASTER_PORT"]["value"] == "29555"
    assert "--nproc_per_node" in (folder / "launch.sh").read_text()
    reference = json.loads((folder / "data-reference.json").read_text())
    assert len(reference["sha256"]) == 64
    # the folder is a run folder: its config reloads, with the data path inside the folder
    reloaded = cfg.load(folder / "config.yaml")
    assert Path(reloaded.data.path) == folder / "data" / Path(reference["path"]).name
    assert RunFolder.open(folder).last_checkpoint() is None


def test_emit_launch_of_a_single_process_run_is_a_user_error(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture) -> None:
    code = cli.main(["train", str(example_path("demo-lora.yaml")), "--emit-launch",
                     str(tmp_path / "x")])
    assert code == 2
    assert "one process" in capsys.readouterr().err


def test_wants_launcher_reads_a_resumed_runs_config(tmp_path: Path) -> None:
    from desktop_ft.core.requests import TrainRequest

    config = cfg.load(example_path("demo-zero3.yaml"))
    assert launch.wants_launcher(TrainRequest(config=config))
    result = launch.emit_launch(config, tmp_path / "run")
    assert launch.wants_launcher(TrainRequest(resume=Path(result["launch_dir"])))
    assert not launch.wants_launcher(TrainRequest(config=cfg.load(example_path(
        "demo-lora.yaml"))))


# --- supervision of a real process tree ------------------------------------------------------

# Stands in for torchrun: two "ranks" in their own sessions (as torchrun starts them) that
# append events to metrics.jsonl and exit 0 on SIGUSR1, like worker.py's ranks.
_FAKE_TORCHRUN = r"""
import json, os, signal, subprocess, sys, time
rank_code = '''
import json, signal, sys, time
stop = []
signal.signal(signal.SIGUSR1, lambda *a: stop.append(1))
step = 0
while not stop:
    time.sleep(0.05)
    step += 1
    if sys.argv[1] == "0" and step % 4 == 0:
        with open(sys.argv[2], "a") as f:
            f.write(json.dumps({"type": "progress", "step": step // 4, "total_steps": 99,
                                "loss": 1.0}) + "\\n")
if sys.argv[1] == "0":
    with open(sys.argv[2], "a") as f:
        f.write(json.dumps({"type": "finished", "result": {"status": "stopped",
                            "run_dir": sys.argv[3], "steps": step // 4}}) + "\\n")
'''
ranks = [subprocess.Popen([sys.executable, "-c", rank_code, str(r), sys.argv[1], sys.argv[2]],
                          start_new_session=True) for r in range(2)]
sys.exit(max(r.wait() for r in ranks))
"""


def _fake_command(run: RunFolder) -> list[str]:
    return [sys.executable, "-c", _FAKE_TORCHRUN, str(run.metrics_path), str(run.path)]


def _leftovers(pids: set[int]) -> list[int]:
    return [pid for pid in pids if psutil.pid_exists(pid)
            and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE]


@pytest.mark.timeout(120)
def test_stop_reaches_the_ranks_and_relays_their_events(tmp_path: Path) -> None:
    run = RunFolder(tmp_path)
    stop = threading.Event()
    seen: list[ev.Event] = []

    def emit(event: ev.Event) -> None:
        seen.append(event)
        if isinstance(event, ev.Progress) and event.step >= 2:
            stop.set()

    dist = cfg.DistributedConfig(strategy="zero3", nproc_per_node=2)
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    result = launch._supervise(run, _fake_command(run), dict(os.environ), emit, stop, dist)
    assert result["status"] == "stopped" and result["steps"] >= 2
    assert [e.step for e in seen if isinstance(e, ev.Progress)][:2] == [1, 2]
    logs = [e.message for e in seen if isinstance(e, ev.Log)]
    assert any("ranks 0-1 of 2 running" in m for m in logs)  # per-rank status
    assert any("exit code 0" in m for m in logs)
    assert {p.pid for p in psutil.Process().children(recursive=True)} <= before


@pytest.mark.timeout(120)
def test_an_abort_leaves_no_process_behind(tmp_path: Path) -> None:
    """The caller dies mid-run (an exception out of emit, as a second Ctrl-C raises): torchrun
    and the ranks in their own sessions are all terminated."""
    run = RunFolder(tmp_path)
    pids: set[int] = set()

    before = {p.pid for p in psutil.Process().children(recursive=True)}

    def emit(event: ev.Event) -> None:
        pids.update(p.pid for p in psutil.Process().children(recursive=True)
                    if p.pid not in before)
        if len(pids) >= 3:
            raise KeyboardInterrupt

    dist = cfg.DistributedConfig(strategy="zero3", nproc_per_node=2)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        launch._supervise(run, _fake_command(run), dict(os.environ), emit, threading.Event(),
                          dist)
    assert len(pids) >= 3 and not _leftovers(pids)
    assert time.monotonic() - started < 30


def test_ranks_that_fail_raise_with_the_log(tmp_path: Path) -> None:
    run = RunFolder(tmp_path)
    run.update_manifest(status="running")
    command = [sys.executable, "-c", "import sys; print('rank 1: boom'); sys.exit(3)"]
    dist = cfg.DistributedConfig(strategy="zero2")
    with pytest.raises(RuntimeError, match="boom"):
        launch._supervise(run, command, dict(os.environ), lambda e: None, threading.Event(),
                          dist)
    assert run.read_manifest()["status"] == "failed"


def test_worker_mode_refuses_a_single_process_run(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture) -> None:
    from desktop_ft.core.runs import atomic_write_text

    atomic_write_text(tmp_path / "config.yaml", cfg.dump(cfg.load(example_path(
        "demo-lora.yaml"))))
    assert cli.main(["train", "--worker", str(tmp_path)]) == 2
    assert "one process" in capsys.readouterr().err
