"""Training speed and memory: Desktop FT vs a plain Trainer + peft script (baseline_trainer.py).

Same model (a ~27M-parameter Phi-3 built from a config, demo tokenizer), same chat data of varied
lengths (1-6 turns from the houseplant set), same batch of 8 examples, steps and learning rate.
The baseline pads every example to max_length (as typical scripts do); Desktop FT packs examples
into rows with per-example position ids and picks bf16 autocast where the CPU has native bf16.
Reports effective (non-padding) tokens/s, peak RSS of each run's process, final loss (mean of
the last 5 steps), and model-FLOPs utilisation against this CPU's measured matmul peak.

Run: .venv/bin/python benchmarks/bench_train.py [--steps 30] [--methods lora,dora,qlora]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULT_MARK = "RESULT "
sys.path.insert(0, str(REPO))


def measured_peak_gflops(dtype_name: str) -> float:
    import torch

    dtype = getattr(torch, dtype_name)
    a, b = torch.randn(1024, 1024, dtype=dtype), torch.randn(1024, 1024, dtype=dtype)
    a @ b
    started, count = time.perf_counter(), 0
    while time.perf_counter() - started < 1.0:
        a @ b
        count += 1
    return 2 * 1024 ** 3 * count / (time.perf_counter() - started) / 1e9


def build_model(folder: Path) -> int:
    from transformers import AutoModelForCausalLM, Phi3Config

    from desktop_ft.training.demo_model import build_tokenizer, tokenizer_training_text

    tokenizer = build_tokenizer(tokenizer_training_text())
    end = tokenizer.convert_tokens_to_ids("<|end|>")
    config = Phi3Config(vocab_size=len(tokenizer), hidden_size=512, intermediate_size=1376,
                        num_hidden_layers=8, num_attention_heads=8, num_key_value_heads=8,
                        max_position_embeddings=512, original_max_position_embeddings=512,
                        tie_word_embeddings=False, pad_token_id=tokenizer.pad_token_id,
                        eos_token_id=end, bos_token_id=tokenizer.pad_token_id)
    import torch

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return sum(p.numel() for p in model.parameters())


def varied_chat(path: Path, rows: int = 400) -> None:
    source = REPO / "resources" / "samples" / "houseplants-chat.jsonl"
    pairs = [json.loads(line)["messages"] for line in source.open(encoding="utf-8")]
    rng = random.Random(0)
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(rows):
            turns = [m for _ in range(rng.randint(1, 6)) for m in rng.choice(pairs)]
            handle.write(json.dumps({"messages": turns}) + "\n")


def run(command: list[str], env: dict[str, str]) -> tuple[dict, float]:
    """Run one measurement in its own process; return its JSON and its peak RSS in MB."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env=env, text=True)
    out = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise RuntimeError(f"{command} failed")
    # The baseline marks its line (Trainer prints a metrics dict of its own on stdout);
    # desktop-ft --json prints nothing but its document there.
    document = out.split(RESULT_MARK, 1)[1] if RESULT_MARK in out else out
    return json.loads(document), usage.ru_maxrss / 1024


def ours(model: Path, data: Path, method: str, steps: int, work: Path,
         env: dict[str, str]) -> tuple[dict, float]:
    from desktop_ft.core import config as cfg

    config = cfg.RunConfig(model=str(model), method=method, name=f"bench-{method}", merge=False)
    config.data = cfg.DataConfig(path=str(data), max_length=256, validation_split=0.0,
                                 loss_on="all")  # the baseline learns every real token too
    config.lora = cfg.LoraConfig(rank=16, alpha=32, dropout=0.0)
    config.train = cfg.TrainConfig(max_steps=steps, batch_size=8, learning_rate=2e-3,
                                   scheduler="constant", warmup_ratio=0.0, save_every=0, seed=0)
    path = work / f"{method}.yaml"
    path.write_text(cfg.dump(config), encoding="utf-8")
    doc, peak = run([sys.executable, "-m", "desktop_ft", "train", str(path), "--json"], env)
    from desktop_ft.core.runs import RunFolder
    history = [loss for _, loss in RunFolder(Path(doc["run_dir"])).loss_curves()[0]]
    return {"seconds": doc["train_seconds"], "real_tokens": doc["real_tokens"],
            "loss_last": sum(history[-5:]) / 5, "precision": doc["precision"]}, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--methods", default="lora,dora,qlora")
    args = parser.parse_args()
    peak32, peak16 = measured_peak_gflops("float32"), measured_peak_gflops("bfloat16")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "DESKTOP_FT_HOME": str(work / "home")}
        params = build_model(work / "model")
        varied_chat(work / "chat.jsonl")
        print(f"model: Phi-3 architecture, {params / 1e6:.1f}M parameters; data: 400 chats of "
              f"1-6 turns; batch 8, max_length 256, {args.steps} steps; torch threads: default")
        print(f"this CPU's matmul peak (1024x1024, {os.cpu_count()} threads): "
              f"fp32 {peak32:.0f} GFLOP/s, bf16 {peak16:.0f} GFLOP/s\n")
        header = (f"{'method':<7} {'run':<10} {'prec':<5} {'tokens/s':>9} {'speed-up':>8} "
                  f"{'peak MB':>8} {'loss':>7} {'MFU':>6}")
        print(header)
        print("-" * len(header))
        for method in args.methods.split(","):
            base, base_peak = run([sys.executable, str(REPO / "benchmarks" / "baseline_trainer.py"),
                                   str(work / "model"), str(work / "chat.jsonl"), method,
                                   str(args.steps)], env)
            mine, mine_peak = ours(work / "model", work / "chat.jsonl", method, args.steps, work,
                                   env)
            base_tps = base["real_tokens"] / base["seconds"]
            for label, doc, peak, prec in (("baseline", base, base_peak, "fp32"),
                                           ("desktop-ft", mine, mine_peak, mine["precision"])):
                tps = doc["real_tokens"] / doc["seconds"]
                peak_flops = peak16 if prec == "bf16" else peak32
                # frozen base: forward 2N + input-gradient backward 2N per token
                mfu = 4 * params * tps / (peak_flops * 1e9)
                print(f"{method:<7} {label:<10} {prec:<5} {tps:>9,.0f} {tps / base_tps:>7.2f}x "
                      f"{peak:>8,.0f} {doc['loss_last']:>7.3f} {mfu:>6.1%}")


if __name__ == "__main__":
    main()
