"""Multi-process training vs one process: the demo-zero3 recipe (on a small random-weight demo
architecture) under each strategy, against one process with the same global batch and seed.

Prints, per strategy: the largest difference of any step's training loss from the single
process run, the largest adapter weight difference, and the wall time of `desktop-ft train`
(torchrun start-up, imports, training, consolidation; no merge). Needs DeepSpeed. On a machine
without a GPU the ranks are CPU processes (DeepSpeed's CPU accelerator, gloo).

Run: .venv/bin/python benchmarks/bench_distributed.py [--steps 6] [--strategies zero2,zero3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--strategies", default="zero2,zero3,zero3-offload")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bench-distributed-"))
    os.environ["DESKTOP_FT_HOME"] = str(home)

    from safetensors.torch import load_file

    from desktop_ft import jobs
    from desktop_ft.core import config as cfg
    from desktop_ft.core.requests import TrainRequest
    from desktop_ft.core.resources import example_path
    from desktop_ft.core.runs import RunFolder
    from desktop_ft.training.demo_model import build_demo_model

    model = build_demo_model(home / "model", pretrain=False)

    def recipe(strategy: str) -> cfg.RunConfig:
        config = cfg.load(example_path("demo-zero3.yaml"))
        config.model, config.merge = str(model), False
        config.train.max_steps, config.train.save_every = args.steps, 0
        config.train.eval_every, config.train.precision = 0, "fp32"
        config.data.validation_split = 0.0
        name, _, offload = strategy.partition("-")
        config.distributed.strategy = name
        config.distributed.offload_optimizer = config.distributed.offload_params = bool(offload)
        if name == "none":
            config.train.batch_size *= config.distributed.nproc_per_node
        return config

    def train(strategy: str) -> tuple[list[float], dict, float]:
        started = time.perf_counter()
        result = jobs.train(TrainRequest(config=recipe(strategy), runs_root=home / "runs"),
                            lambda event: None, threading.Event())
        seconds = time.perf_counter() - started
        run = RunFolder(Path(result["run_dir"]))
        losses = [loss for _, loss in run.loss_curves()[0]]
        return losses, load_file(run.adapter_dir / "adapter_model.safetensors"), seconds

    base_losses, base_weights, base_seconds = train("none")
    print(f"{'strategy':<16} {'processes':>9} {'max loss diff':>14} {'max weight diff':>16} "
          f"{'wall s':>8}")
    print(f"{'one process':<16} {1:>9} {'-':>14} {'-':>16} {base_seconds:>8.1f}")
    for strategy in args.strategies.split(","):
        losses, weights, seconds = train(strategy)
        loss_diff = max(abs(a - b) for a, b in zip(losses, base_losses, strict=True))
        weight_diff = max(float((weights[k] - base_weights[k]).abs().max()) for k in weights)
        print(f"{strategy:<16} {2:>9} {loss_diff:>14.2e} {weight_diff:>16.2e} {seconds:>8.1f}")


if __name__ == "__main__":
    main()
