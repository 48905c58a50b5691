"""What a multi-process run is made of: the engine's config file, the torchrun command, and the
few things each rank does differently from a single-process run.

The top half is plain Python (the GUI's "show command" and the "run elsewhere" export use it
through jobs.py without importing torch). `Rank` is the worker side: job.py's training loop
takes one and asks it for the Trainer settings, for a barrier before a checkpoint is sealed,
for a stop that every rank agrees on, and for the final adapter (consolidated from ZeRO-3's
shards with DeepSpeed's own zero_to_fp32 reader).
"""

from __future__ import annotations

import os
import shlex
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import Any

from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError
from desktop_ft.core.runs import RunFolder, atomic_write_json

DEEPSPEED_FILE = "deepspeed.json"
RANKS_LOG = "ranks.log"
# The launcher asks the ranks to stop with this signal; they finish the step, checkpoint and
# exit 0. SIGTERM (Slurm's preemption notice, a Kubernetes pod deletion) means the same.
STOP_SIGNALS = (signal.SIGUSR1, signal.SIGTERM)


def world_size(dist: cfg.DistributedConfig) -> int:
    return dist.nproc_per_node * dist.nnodes


def zero_stage(dist: cfg.DistributedConfig) -> int | None:
    return int(dist.strategy[-1]) if dist.strategy.startswith("zero") else None


def deepspeed_config(config: cfg.RunConfig) -> dict[str, Any]:
    """The DeepSpeed config for a ZeRO strategy. Batch sizes are written out (Trainer checks
    them against its own); precision stays "auto" because it is resolved on the rank's device.
    A torch optimizer is passed in (`zero_force_ds_cpu_optimizer: false`): DeepSpeed's own CPU
    Adam would be compiled on first use, for minutes."""
    dist, t = config.distributed, config.train
    stage = zero_stage(dist)
    if stage is None:
        raise ValueError(f"{dist.strategy} is not a DeepSpeed strategy")
    zero: dict[str, Any] = {"stage": stage, "overlap_comm": False,
                            "contiguous_gradients": True}
    if dist.offload_optimizer:
        zero["offload_optimizer"] = {"device": "cpu", "pin_memory": False}
    if dist.offload_params:
        zero["offload_param"] = {"device": "cpu", "pin_memory": False}
    if stage == 3:
        # The adapter is consolidated from the checkpoint (zero_to_fp32), never by gathering
        # the whole 16-bit model on rank 0.
        zero["stage3_gather_16bit_weights_on_model_save"] = False
    return {
        "train_micro_batch_size_per_gpu": t.batch_size,
        "gradient_accumulation_steps": t.grad_accum,
        "train_batch_size": t.batch_size * t.grad_accum * world_size(dist),
        "gradient_clipping": 1.0,  # Trainer's max_grad_norm
        "zero_optimization": zero,
        "zero_force_ds_cpu_optimizer": False,
        "bf16": {"enabled": "auto"},
        "fp16": {"enabled": "auto"},
        "steps_per_print": 1_000_000,
        "wall_clock_breakdown": False,
    }


def fsdp_settings(config: cfg.RunConfig) -> dict[str, Any]:
    """Trainer's FSDP settings (accelerate's FSDP plugin): full sharding of every decoder layer,
    parameters (with the optimizer) offloaded to CPU when asked."""
    mode = "full_shard auto_wrap" + (" offload" if config.distributed.offload_params else "")
    return {"fsdp": mode, "fsdp_config": {"version": 2, "reshard_after_forward": True,
                                           "state_dict_type": "FULL_STATE_DICT",
                                           "cpu_ram_efficient_loading": False}}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def torchrun_args(dist: cfg.DistributedConfig, port: int | None = None) -> list[str]:
    """torchrun's own arguments: static rendezvous at master_addr:master_port (node 0)."""
    port = port if port is not None else (dist.master_port or 29500)
    return ["--nnodes", str(dist.nnodes), "--node_rank", str(dist.node_rank),
            "--nproc_per_node", str(dist.nproc_per_node), "--master_addr", dist.master_addr,
            "--master_port", str(port)]


def worker_command(run_dir: Path | str, dist: cfg.DistributedConfig,
                   port: int | None = None, python: str | None = None) -> list[str]:
    """The exact command the launcher starts: torchrun (as `python -m torch.distributed.run`,
    the same interpreter as the app), running `desktop-ft train --worker RUN` on every rank."""
    return [python or sys.executable, "-m", "torch.distributed.run", *torchrun_args(dist, port),
            "-m", "desktop_ft", "train", "--worker", str(run_dir)]


def worker_environment(accelerator: str, threads_per_rank: int) -> dict[str, str]:
    """Variables the ranks need: DeepSpeed's CPU accelerator (gloo) when there is no GPU, and
    one share of the cores per rank (more threads than cores makes every rank slower)."""
    env = {"OMP_NUM_THREADS": str(max(1, threads_per_rank)), "PYTHONUNBUFFERED": "1",
           "TOKENIZERS_PARALLELISM": "false"}
    if accelerator == "cpu":
        env["DS_ACCELERATOR"] = "cpu"
    return env


def show_command(config: cfg.RunConfig, run_dir: str = "RUN_DIR") -> str:
    """The command as a user would type it on any machine with desktop-ft installed."""
    folder = f'"{run_dir}"' if run_dir.startswith("$") else shlex.quote(run_dir)  # expand
    return shlex.join(["torchrun", *torchrun_args(config.distributed),
                       "-m", "desktop_ft", "train", "--worker"]) + " " + folder


def write_engine_config(run: RunFolder, config: cfg.RunConfig) -> Path | None:
    """deepspeed.json in the run folder (ZeRO strategies): what the ranks read, and what a user
    copies to run the same job by hand."""
    if zero_stage(config.distributed) is None:
        return None
    path = run.path / DEEPSPEED_FILE
    atomic_write_json(path, deepspeed_config(config))
    return path


# ---------------------------------------------------------------------------------------------
# The worker side: one Rank per process, handed to job.py's training loop.

def set_parent_death_signal() -> None:
    """Die with the parent (torchrun's agent): torchrun starts ranks in their own sessions, so a
    killed launcher would otherwise leave them training on. Linux only; a no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    pr_set_pdeathsig = 1
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    except OSError:
        return


def disable_jit_shm_comm() -> bool:
    """DeepSpeed's CPU accelerator compiles its shared-memory all-reduce (shm_comm) with a C++
    compiler on first start: 35 s to 8 min here. Unless it was built at install time
    (DS_BUILD_SHM_COMM=1), mark it unavailable so DeepSpeed uses torch.distributed's gloo.
    Returns True when it was disabled."""
    from deepspeed import git_version_info

    if git_version_info.installed_ops.get("deepspeed_shm_comm", False):
        return False
    import deepspeed.ops

    # deepspeed.ops builds this dict once and keeps it: its source says edits to it persist.
    deepspeed.ops.__compatible_ops__["deepspeed_shm_comm"] = False
    return True


class Rank:
    """One process of a multi-process run: its place in the world and its share of the work."""

    def __init__(self, run_dir: Path) -> None:
        self.run = RunFolder(run_dir)
        self.config = cfg.load(self.run.config_path)
        self.rank = int(os.environ.get("RANK", "0"))
        self.local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        self.world = int(os.environ.get("WORLD_SIZE", "1"))
        self.is_main = self.rank == 0
        self.stop_requested = threading.Event()  # set by a signal, in this process only
        self.strategy = self.config.distributed.strategy
        if self.strategy == "none":
            raise UserError("this run trains on one process: it has no ranks to start",
                            where=str(self.run.config_path), hint="desktop-ft train "
                            f"{self.run.config_path}, or set distributed.strategy",
                            key="launch.worker_not_distributed")

    # set-up ------------------------------------------------------------------------------
    def install_signal_handlers(self) -> None:
        def on_stop(signum: int, frame: Any) -> None:
            self.stop_requested.set()

        for sig in STOP_SIGNALS:
            signal.signal(sig, on_stop)

    def start_run(self) -> tuple[RunFolder, cfg.RunConfig, Path | None]:
        """The run folder the launcher made; the checkpoint to continue from, if any."""
        threads = self.config.train.threads or int(os.environ.get("OMP_NUM_THREADS", "0"))
        self.config.train.threads = threads
        return self.run, self.config, self.run.last_checkpoint()

    def init_process_group(self) -> None:
        """Bring up torch.distributed the way Trainer expects to find it. accelerate only uses
        DeepSpeed with a GPU backend; giving it the backend (gloo on CPU, nccl on CUDA) and
        ACCELERATE_USE_DEEPSPEED makes it take the same path on CPU processes."""
        import torch

        backend = "nccl" if torch.cuda.is_available() else "gloo"
        if torch.cuda.is_available():
            torch.cuda.set_device(self.local_rank)
        if zero_stage(self.config.distributed) is not None:
            if backend == "gloo":
                disable_jit_shm_comm()
            os.environ["ACCELERATE_USE_DEEPSPEED"] = "true"
        from accelerate import PartialState

        PartialState(backend=backend)

    # what job.py asks ----------------------------------------------------------------------
    def training_args(self) -> dict[str, Any]:
        extra: dict[str, Any] = {"accelerator_config": {"use_configured_state": True},
                                 "ddp_backend": None}
        if zero_stage(self.config.distributed) is not None:
            extra["deepspeed"] = str(self.run.path / DEEPSPEED_FILE)
            extra["use_cpu"] = False
        else:
            extra.update(fsdp_settings(self.config))
        return extra

    def barrier(self) -> None:
        import torch.distributed as dist

        if dist.is_available() and dist.is_initialized():
            dist.barrier()

    def sync_callback(self, stop: threading.Event) -> Any:
        """Agree on stopping and saving at step ends: a signal reaches the ranks at different
        moments, and a rank that stops or saves alone waits forever for the others."""
        from transformers import TrainerCallback

        rank = self

        class AgreeOnStopAndSave(TrainerCallback):
            def on_step_end(self, args, state, control, **kwargs):  # type: ignore[no-untyped-def]
                import torch
                import torch.distributed as dist

                flags = torch.tensor([float(rank.stop_requested.is_set()),
                                      float(bool(control.should_save))], device=args.device)
                dist.all_reduce(flags, op=dist.ReduceOp.MAX)
                stop_any, save_any = flags[0].item() > 0, flags[1].item() > 0
                if stop_any:
                    stop.set()  # job.py's bridge sees it in on_log: a checkpointed stop
                    control.should_training_stop = True
                control.should_save = save_any or stop_any

        return AgreeOnStopAndSave()

    def save_adapter(self, trainer: Any, tokenizer: Any, run: RunFolder) -> Path | None:
        """The final adapter (or model), as a single-process run writes it. Under ZeRO-3 the
        weights are split across ranks: they are consolidated from a final checkpoint with
        DeepSpeed's zero_to_fp32 reader (trainable weights only, in fp32) on rank 0."""
        from desktop_ft.training.job import _save_adapter

        if zero_stage(self.config.distributed) == 3:
            return self._consolidate_zero3(trainer, tokenizer, run)
        if self.strategy == "fsdp":
            return self._save_fsdp(trainer, tokenizer, run)
        self.barrier()
        path = _save_adapter(trainer.model, tokenizer, run) if self.is_main else None
        self.barrier()
        return path

    def _consolidate_zero3(self, trainer: Any, tokenizer: Any, run: RunFolder) -> Path | None:
        import shutil

        scratch = run.path / ".zero3-final"
        if self.is_main:
            shutil.rmtree(scratch, ignore_errors=True)
        self.barrier()
        peft = hasattr(trainer.model, "peft_config")
        trainer.model_wrapped.save_checkpoint(str(scratch), exclude_frozen_parameters=peft)
        self.barrier()
        path = None
        if self.is_main:
            from deepspeed.utils.zero_to_fp32 import get_fp32_state_dict_from_zero_checkpoint

            state = get_fp32_state_dict_from_zero_checkpoint(
                str(scratch), exclude_frozen_parameters=peft)
            path = _save_with_state(trainer.model, tokenizer, run, state)
            shutil.rmtree(scratch, ignore_errors=True)
        self.barrier()
        return path

    def _save_fsdp(self, trainer: Any, tokenizer: Any, run: RunFolder) -> Path | None:
        """FSDP gathers the full state dict on rank 0 (a collective: every rank calls it)."""
        state = trainer.accelerator.get_state_dict(trainer.model_wrapped)
        path = _save_with_state(trainer.model, tokenizer, run, state) if self.is_main else None
        self.barrier()
        return path

    def finish(self, code: int) -> None:
        """End this rank: gloo ranks abort at random in interpreter teardown (an upstream
        issue), so the process group is closed, output flushed and the process left at once."""
        import contextlib

        with contextlib.suppress(Exception):
            import torch.distributed as dist

            if dist.is_initialized():
                dist.destroy_process_group()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _save_with_state(model: Any, tokenizer: Any, run: RunFolder, state: dict[str, Any]) -> Path:
    """save_pretrained with a given state dict (peft picks the adapter's keys out of it),
    written to a temp folder and renamed into place like job.py's own save."""
    import shutil

    tmp = run.path / ".adapter.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(tmp, state_dict=state, safe_serialization=True)
    tokenizer.save_pretrained(tmp)
    if run.adapter_dir.exists():
        shutil.rmtree(run.adapter_dir)
    os.replace(tmp, run.adapter_dir)
    return run.adapter_dir


def ranks_log(run: RunFolder) -> Path:
    return run.path / RANKS_LOG


def describe_strategy(dist: cfg.DistributedConfig) -> str:
    offload = [name for name, on in (("optimizer", dist.offload_optimizer),
                                     ("parameters", dist.offload_params)) if on]
    where = f"{dist.nproc_per_node} processes" + (
        f" on each of {dist.nnodes} machines" if dist.nnodes > 1 else "")
    return f"{dist.strategy} on {where}" + (
        f", {' and '.join(offload)} offloaded to CPU" if offload else "")
