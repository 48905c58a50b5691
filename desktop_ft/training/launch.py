"""The multi-process launcher: a job like any other (`run(request, emit, stop)`) whose work is
done by torchrun and the ranks it starts (worker.py), on DeepSpeed ZeRO or FSDP.

It prepares the run folder (config.yaml, deepspeed.json), builds the model and checks the data
once, starts torchrun in its own session, tails rank 0's RUN/metrics.jsonl and relays each event
to `emit` (torchrun's and the ranks' output go to RUN/ranks.log and are never parsed), turns
`stop` into a signal the ranks answer with a checkpointed stop, and leaves no process behind:
torchrun dies with this process (parent-death signal) and the ranks with torchrun; on any exit
from here the whole tree is terminated.

`emit_launch` writes the same run as a folder to take elsewhere: a Slurm batch script, a
Kubernetes Job and a launch.sh around the same torchrun command.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import TrainRequest
from desktop_ft.core.runs import RunFolder, atomic_write_json, atomic_write_text, sha256_file
from desktop_ft.training import distributed as dd

POLL_S = 0.2
TERMINATE_GRACE_S = 10.0
# Sets the parent-death signal, then becomes torchrun: if the app dies, torchrun gets SIGTERM,
# which it forwards to the ranks (they checkpoint and stop). execv keeps the setting.
_GUARD = ("import ctypes, os, signal, sys\n"
          "if sys.platform.startswith('linux'):\n"
          "    ctypes.CDLL('libc.so.6').prctl(1, signal.SIGTERM)\n"
          "    if os.getppid() == 1: sys.exit(1)\n"
          "os.execv(sys.argv[1], sys.argv[1:])\n")


def wants_launcher(request: TrainRequest) -> bool:
    """True when the run asks for several processes (a new config, or the resumed run's)."""
    config = request.config
    if config is None and request.resume is not None:
        with contextlib.suppress(UserError):
            config = cfg.load(RunFolder.open(request.resume).config_path)
    return config is not None and config.distributed.strategy != "none"


def plan(config: cfg.RunConfig, run_dir: str = "RUN_DIR") -> dict[str, Any]:
    """What the GUI's "show command" displays: the command, the engine config, a summary."""
    dist = config.distributed
    return {
        "strategy": dist.strategy,
        "world_size": dd.world_size(dist),
        "summary": dd.describe_strategy(dist),
        "command": dd.show_command(config, run_dir),
        "deepspeed_config": (json.dumps(dd.deepspeed_config(config), indent=2)
                             if dd.zero_stage(dist) is not None else None),
        "fsdp_settings": (json.dumps(dd.fsdp_settings(config), indent=2)
                          if dist.strategy == "fsdp" else None),
        "global_batch": config.train.batch_size * config.train.grad_accum * dd.world_size(dist),
    }


# ---------------------------------------------------------------------------------------------
# the job

def _check_device(config: cfg.RunConfig) -> str:
    """'cuda' or 'cpu', after refusing what this machine cannot do."""
    import torch

    dist = config.distributed
    if torch.cuda.is_available():
        count = torch.cuda.device_count()
        if dist.nproc_per_node > count:
            raise UserError(f"{dist.nproc_per_node} processes per machine, but only {count} "
                            "GPU(s) here", where="distributed.nproc_per_node",
                            hint=f"set nproc_per_node to {count} or less", key="launch.gpus")
        return "cuda"
    if dist.strategy == "fsdp":
        raise UserError("FSDP shards across GPUs; on CPU processes accelerate runs it unsharded",
                        where="distributed.strategy", hint="use strategy: zero3 without a GPU",
                        key="launch.fsdp_cpu")
    return "cpu"


def _threads_per_rank(config: cfg.RunConfig) -> int:
    if config.train.threads:
        return config.train.threads
    import psutil

    cores = psutil.cpu_count(logical=False) or os.cpu_count() or 1
    return max(1, cores // config.distributed.nproc_per_node)


class _MetricsTail:
    """New complete lines of rank 0's metrics.jsonl, as events (a torn last line waits)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = path.stat().st_size if path.exists() else 0
        self.partial = b""

    def read(self) -> list[ev.Event]:
        if not self.path.exists():
            return []
        with open(self.path, "rb") as handle:
            handle.seek(self.offset)
            data = handle.read()
        self.offset += len(data)
        *lines, self.partial = (self.partial + data).split(b"\n")
        events = []
        for line in lines:
            with contextlib.suppress(ValueError, TypeError):
                events.append(ev.from_json(line.decode("utf-8")))
        return events


def _descendants(pid: int) -> list[Any]:
    import psutil

    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return []


def _signal_ranks(proc: subprocess.Popen[bytes], sig: int) -> int:
    """Send `sig` to torchrun's children (the ranks), not to torchrun itself."""
    import psutil

    sent = 0
    try:
        children = psutil.Process(proc.pid).children(recursive=False)
    except psutil.Error:
        return 0
    for child in children:
        with contextlib.suppress(psutil.Error):
            child.send_signal(sig)
            sent += 1
    return sent


def _ranks_started(proc: subprocess.Popen[bytes], dist: cfg.DistributedConfig,
                   emit: ev.Emit) -> bool:
    """Say once that this machine's ranks are up (per-rank status for the faces)."""
    import psutil

    try:
        children = psutil.Process(proc.pid).children(recursive=False)
    except psutil.Error:
        return False
    if len(children) < dist.nproc_per_node:
        return False
    first = dist.node_rank * dist.nproc_per_node
    emit(ev.Log(message=f"ranks {first}-{first + len(children) - 1} of "
                f"{dd.world_size(dist)} running (pids "
                f"{', '.join(str(c.pid) for c in children)})"))
    return True


def _terminate_tree(proc: subprocess.Popen[bytes]) -> None:
    """torchrun and every process under it: SIGTERM, a grace period, then SIGKILL."""
    import psutil

    tree = _descendants(proc.pid)
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            proc.terminate()
    for child in tree:
        with contextlib.suppress(psutil.Error):
            child.terminate()
    _, alive = psutil.wait_procs(tree, timeout=TERMINATE_GRACE_S)
    for child in alive:
        with contextlib.suppress(psutil.Error):
            child.kill()
    try:
        proc.wait(timeout=TERMINATE_GRACE_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _tail_lines(path: Path, count: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-count:])
    except OSError:
        return ""


def run_distributed(request: TrainRequest, emit: ev.Emit,
                    stop: threading.Event) -> dict[str, Any]:
    """Train on several processes through torchrun; returns rank 0's result."""
    from desktop_ft.training.job import (
        _clean_partial_checkpoints,
        _read_examples,
        _start_run,
    )
    from desktop_ft.training.models import resolve_model

    run, config, checkpoint = _start_run(request)
    try:
        device = _check_device(config)
        if device == "cpu":  # DeepSpeed, imported by accelerate here too, would warn on stdout
            os.environ.setdefault("DS_ACCELERATOR", "cpu")
        _read_examples(config)  # a bad dataset is reported now, not by every rank
        resolve_model(config.model, emit, stop)  # the demo model is built once, here
    except BaseException as exc:
        message = str(exc) if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
        run.update_manifest(status="failed", error=message)
        raise
    if checkpoint is not None:
        _clean_partial_checkpoints(run)
    dd.write_engine_config(run, config)
    dist = config.distributed
    port = dist.master_port or (dd.free_port() if dist.nnodes == 1 else 29500)
    command = dd.worker_command(run.path, dist, port)
    env = {**os.environ, **dd.worker_environment(device, _threads_per_rank(config))}
    run.update_manifest(name=run.path.name, status="launching", distributed=config.to_dict()[
        "distributed"], launch_command=shlex.join(command))
    emit(ev.Log(message=f"launching {dd.describe_strategy(dist)} ({device}): "
                f"{shlex.join(command)}"))
    return _supervise(run, command, env, emit, stop, dist)


def _supervise(run: RunFolder, command: list[str], env: dict[str, str], emit: ev.Emit,
               stop: threading.Event, dist: cfg.DistributedConfig) -> dict[str, Any]:
    tail = _MetricsTail(run.metrics_path)
    log_path = dd.ranks_log(run)
    finished: ev.Finished | None = None
    failed: ev.Failed | None = None
    stop_sent = ranks_seen = False
    with open(log_path, "ab") as log:
        proc = subprocess.Popen([sys.executable, "-c", _GUARD, *command], stdin=subprocess.DEVNULL,
                                stdout=log, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
        try:
            while True:
                running = proc.poll() is None
                for event in tail.read():
                    if isinstance(event, ev.Finished):
                        finished = event
                    elif isinstance(event, ev.Failed):
                        failed = event
                    emit(event)
                if not running:
                    break
                if not ranks_seen:
                    ranks_seen = _ranks_started(proc, dist, emit)
                if stop.is_set() and not stop_sent and \
                        _signal_ranks(proc, dd.STOP_SIGNALS[0]) >= dist.nproc_per_node:
                    stop_sent = True
                    emit(ev.Log(message="stop: asking every rank to checkpoint and stop"))
                time.sleep(POLL_S)
        finally:
            if proc.poll() is None:
                _terminate_tree(proc)
    code = proc.returncode
    emit(ev.Log(message=f"training processes ended (exit code {code}); their output: "
                f"{log_path}", level="info" if code == 0 else "warning"))
    if finished is not None and code == 0:
        result = dict(finished.result)
        result.update(world_size=dd.world_size(dist), strategy=dist.strategy,
                      ranks_log=str(log_path))
        return result
    if failed is not None and failed.user_error:
        raise UserError(failed.message, where=failed.where, hint=failed.hint,
                        key="launch.rank_user_error")
    manifest = run.read_manifest()
    if manifest.get("status") in ("running", "launching"):
        run.update_manifest(status="failed", error=f"training processes exited with {code}")
    raise RuntimeError(f"the training processes exited with code {code}; the last lines of "
                       f"{log_path}:\n{_tail_lines(log_path)}")


# ---------------------------------------------------------------------------------------------
# run elsewhere

LAUNCH_SH = """#!/usr/bin/env bash
# Runs this folder's training on this machine: one node of {nnodes}. desktop-ft must be
# installed (pip install 'desktop-ft[distributed]'). Override with environment variables:
#   NNODES NODE_RANK NPROC_PER_NODE MASTER_ADDR MASTER_PORT
# Run it again after a stop or a crash: training continues from the last checkpoint here.
set -euo pipefail
RUN_DIR="${{RUN_DIR:-$(cd "$(dirname "${{BASH_SOURCE[0]}}")" && pwd)}}"
if [ ! -f "$RUN_DIR/{data}" ]; then
  echo "dataset missing: copy it to $RUN_DIR/{data} (see data-reference.json)" >&2
  exit 2
fi
if ! python -c 'import sys, torch; sys.exit(0 if torch.cuda.is_available() else 1)'; then
  export DS_ACCELERATOR=cpu  # no GPU: DeepSpeed's CPU accelerator, gloo between processes
fi
exec torchrun --nnodes "${{NNODES:-{nnodes}}}" --node_rank "${{NODE_RANK:-{node_rank}}}" \\
  --nproc_per_node "${{NPROC_PER_NODE:-{nproc}}}" \\
  --master_addr "${{MASTER_ADDR:-{addr}}}" --master_port "${{MASTER_PORT:-{port}}}" \\
  -m desktop_ft train --worker "$RUN_DIR"
"""

SBATCH = """#!/bin/bash
# Slurm: sbatch slurm.sbatch (from a shared file system: every node sees this folder).
#SBATCH --job-name={name}
#SBATCH --nodes={nnodes}
#SBATCH --ntasks-per-node=1
#SBATCH --gpus-per-node={nproc}
#SBATCH --signal=B:TERM@120
#SBATCH --output=slurm-%j.out
set -euo pipefail
cd "${{SLURM_SUBMIT_DIR:-$(dirname "$0")}}"
export MASTER_ADDR="$(scontrol show hostnames "$SLURM_JOB_NODELIST" | head -n 1)"
export MASTER_PORT={port} NNODES="$SLURM_NNODES" NPROC_PER_NODE={nproc}
# One task per node; each starts torchrun with its node rank. SIGTERM (120 s before the time
# limit) reaches the ranks, which checkpoint and stop: resubmit to continue.
srun --kill-on-bad-exit=1 bash -c 'NODE_RANK="$SLURM_NODEID" RUN_DIR="$PWD" bash launch.sh'
"""

K8S_JOB = """# Kubernetes: kubectl apply -f k8s-job.yaml
# Needs an image with desktop-ft[distributed] installed and this folder on a ReadWriteMany
# volume (claim '{name}-runs', mounted at /run-folder). Pod 0's stable name is the master.
apiVersion: v1
kind: Service
metadata:
  name: {name}
spec:
  clusterIP: None
  selector:
    job-name: {name}
  ports:
    - port: {port}
      name: rendezvous
---
apiVersion: batch/v1
kind: Job
metadata:
  name: {name}
spec:
  completionMode: Indexed
  completions: {nnodes}
  parallelism: {nnodes}
  backoffLimit: 2
  template:
    spec:
      subdomain: {name}
      restartPolicy: Never
      terminationGracePeriodSeconds: 180
      containers:
        - name: train
          image: YOUR-REGISTRY/desktop-ft:latest
          command: ["bash", "/run-folder/launch.sh"]
          env:
            - name: RUN_DIR
              value: /run-folder
            - name: NNODES
              value: "{nnodes}"
            - name: NPROC_PER_NODE
              value: "{nproc}"
            - name: MASTER_ADDR
              value: {name}-0.{name}
            - name: MASTER_PORT
              value: "{port}"
            - name: NODE_RANK
              valueFrom:
                fieldRef:
                  fieldPath: metadata.annotations['batch.kubernetes.io/job-completion-index']
          resources:
            limits:
              nvidia.com/gpu: {nproc}
          volumeMounts:
            - name: run-folder
              mountPath: /run-folder
            - name: shm
              mountPath: /dev/shm
      volumes:
        - name: run-folder
          persistentVolumeClaim:
            claimName: {name}-runs
        - name: shm
          emptyDir:
            medium: Memory
"""

README = """# {name}: a Desktop FT run to start elsewhere

This folder is a run folder that has not started yet: config.yaml (the run), deepspeed.json
(the engine's settings), and three ways to start it. Checkpoints, metrics.jsonl and the final
adapter appear here as it trains; copy the folder back and open it in Desktop FT, or run
`desktop-ft export <this folder>` where it is.

1. Copy the dataset to `{data}` (its original path and SHA-256 are in data-reference.json).
2. Start it:
   - one machine: `bash launch.sh`
   - several machines by hand: on each, `NNODES=N NODE_RANK=i MASTER_ADDR=host0 bash launch.sh`
   - Slurm: `sbatch slurm.sbatch` (adjust the #SBATCH lines for your cluster)
   - Kubernetes: edit the image and the volume claim in k8s-job.yaml, then `kubectl apply -f`
3. After a stop, a crash or a time limit: start it again the same way; it resumes from the
   last complete checkpoint.

Strategy: {summary}; global batch {global_batch}. Command run on every node:

    {command}
"""


def emit_launch(config: cfg.RunConfig, out_dir: Path) -> dict[str, Any]:
    """Write `config` as a self-contained run folder to start on a cluster."""
    config = cfg.validate(config)
    if config.distributed.strategy == "none":
        raise UserError("this run trains on one process: nothing to launch elsewhere",
                        where="distributed.strategy", hint="set distributed.strategy, e.g. zero3",
                        key="launch.not_distributed")
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise UserError("the folder is not empty", where=str(out_dir),
                        hint="give a new folder for the launch files", key="launch.not_empty")
    out_dir.mkdir(parents=True, exist_ok=True)
    data = Path(config.data.path)
    portable = cfg.RunConfig(**{**config.__dict__})
    portable.data = cfg.DataConfig(**{**config.data.__dict__, "path": f"data/{data.name}"})
    dist = config.distributed
    port = dist.master_port or 29500
    name = _k8s_name(config.run_name)
    run = RunFolder(out_dir)
    atomic_write_text(run.config_path, cfg.dump(portable))
    dd.write_engine_config(run, config)
    atomic_write_json(out_dir / "data-reference.json", {
        "path": str(data), "sha256": sha256_file(data) if data.is_file() else None,
        "bytes": data.stat().st_size if data.is_file() else None,
        "copy_to": f"data/{data.name}"})
    values = {"name": name, "nnodes": dist.nnodes, "node_rank": dist.node_rank,
              "nproc": dist.nproc_per_node, "addr": dist.master_addr, "port": port,
              "data": f"data/{data.name}"}
    files = {"launch.sh": LAUNCH_SH.format(**values), "slurm.sbatch": SBATCH.format(**values),
             "k8s-job.yaml": K8S_JOB.format(**values)}
    shown = plan(portable, "$RUN_DIR")
    files["README.md"] = README.format(**values, summary=shown["summary"],
                                       global_batch=shown["global_batch"],
                                       command=shown["command"])
    for filename, text in files.items():
        atomic_write_text(out_dir / filename, text)
    for script in ("launch.sh", "slurm.sbatch"):
        (out_dir / script).chmod(0o755)
    (out_dir / "data").mkdir(exist_ok=True)
    return {"launch_dir": str(out_dir), "files": sorted(["config.yaml", "data-reference.json",
                                                         *files, *(
                                                             [dd.DEEPSPEED_FILE]
                                                             if dd.zero_stage(dist) is not None
                                                             else [])]),
            "command": shown["command"]}


def _k8s_name(text: str) -> str:
    """A DNS-1123 label: lower case letters, digits and dashes, at most 40 characters here."""
    import re

    name = re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-")[:40].strip("-")
    return name or "desktop-ft-run"
