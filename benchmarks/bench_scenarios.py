"""Every scenario's preset on the demo model: the scenario metric before and after fine-tuning.

For each scenario, trains resources/examples/<scenario>.yaml's settings (the preset for the demo
model, demo model cached in $DESKTOP_FT_HOME), evaluates the validation split for the base and
the fine-tuned model (RUN/eval.json), and prints a table: scenario, primary metric, base, tuned,
steps and seconds (training + evaluation). These are the README's scenario numbers.
Run: .venv/bin/python benchmarks/bench_scenarios.py [--steps N] [--threads T] [SCENARIO ...]
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path

from desktop_ft import jobs
from desktop_ft.core import presets


def run(scenario: str, steps: int | None, threads: int) -> dict:
    config = presets.config_for(scenario, model="demo")
    if steps:
        config.train.max_steps = steps
    config.train.threads = threads
    config.merge = False
    started = time.perf_counter()
    result = jobs.train(jobs.TrainRequest(config=config), lambda event: None, threading.Event())
    seconds = time.perf_counter() - started
    doc = json.loads((Path(result["run_dir"]) / "eval.json").read_text(encoding="utf-8"))
    return {"scenario": scenario, "metric": doc["primary"], "base": doc["base"][doc["primary"]],
            "tuned": doc["tuned"][doc["primary"]], "better": "higher" if doc["higher_is_better"]
            else "lower", "steps": result["steps"], "seconds": seconds, "rows": doc["rows"],
            "run_dir": result["run_dir"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="*", default=list(presets.SCENARIOS))
    parser.add_argument("--steps", type=int, help="override every preset's demo steps")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: automatic)")
    args = parser.parse_args()
    print(f"{'scenario':<15} {'metric':<10} {'base':>9} {'tuned':>9} {'better':>6} "
          f"{'rows':>5} {'steps':>5} {'seconds':>8}")
    for scenario in args.scenarios:
        row = run(scenario, args.steps, args.threads)
        print(f"{row['scenario']:<15} {row['metric']:<10} {row['base']:>9.3f} "
              f"{row['tuned']:>9.3f} {row['better']:>6} {row['rows']:>5} {row['steps']:>5} "
              f"{row['seconds']:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
