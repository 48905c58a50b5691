"""The demo path, timed: `desktop-ft demo --json` cold (demo model built) and warm (cached).

Prints a table: wall time, training steps, loss first -> last, export size, parity verdict, and
whether the exported model's answer to a training prompt matches the training answer.
Run: .venv/bin/python benchmarks/bench_demo.py
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
import tempfile
import time


def run_demo(home: str) -> tuple[float, dict]:
    env = {**os.environ, "DESKTOP_FT_HOME": home}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "desktop_ft", "demo", "--json"], env=env,
                            capture_output=True, text=True, check=True)
    return time.perf_counter() - started, json.loads(result.stdout)


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as home:
        for label in ("cold (builds demo model)", "warm (cached demo model)"):
            seconds, doc = run_demo(home)
            similarity = difflib.SequenceMatcher(None, doc["answer"], doc["expected"]).ratio()
            rows.append((label, seconds, doc, similarity))
    print(f"{'run':<26} {'wall s':>7} {'steps':>5} {'loss first->last':>17} {'export MB':>9} "
          f"{'parity':>7} {'answer~expected':>15}")
    for label, seconds, doc, similarity in rows:
        loss = f"{doc['loss_first']:.2f} -> {doc['loss_last']:.2f}"
        print(f"{label:<26} {seconds:>7.1f} {doc['steps']:>5} {loss:>17} "
              f"{doc['export_bytes'] / 1e6:>9.1f} {doc['parity_verdict']:>7} {similarity:>15.2f}")
    last = rows[-1][2]
    print(f"\nprompt:   {last['prompt']}\nexpected: {last['expected']}\nanswer:   {last['answer']}")


if __name__ == "__main__":
    main()
