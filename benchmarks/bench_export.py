"""Export benchmark on the pre-trained demo model: time, size, speed and quality per precision.

For each engine (the onnxruntime-genai builder; the torch.onnx fallback) and precision the demo
model is exported for the CPU the way the app does it (the engine in a child process, then
parity), and the export's size, load time, time to first token, greedy tokens/s and perplexity
are set beside PyTorch eager (`from_pretrained` + `generate()`, float32) on the same prompts,
both forced to the same number of new tokens.

    .venv/bin/python benchmarks/bench_export.py [--precisions fp32,int8,int4] [--tokens 128]
                                                [--engines builder,torch]

Prints a table (and one JSON document with --json). Not run as a test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

PROMPTS = [
    "How often should I water a fern?",
    "Is a monstera safe for pets?",
    "What light does a snake plant need?",
]


def _render(tokenizer: Any, prompt: str) -> list[int]:
    text = tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                         add_generation_prompt=True)
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def torch_speed(model_dir: Path, prompts: list[list[int]], tokens: int) -> dict[str, float]:
    import torch
    from transformers import AutoModelForCausalLM

    AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)  # imports, lazily
    started = time.perf_counter()
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()
    load = time.perf_counter() - started

    def generate(ids: list[int], n: int) -> float:
        started = time.perf_counter()
        with torch.inference_mode():
            model.generate(torch.tensor([ids]), attention_mask=torch.ones(1, len(ids),
                                                                           dtype=torch.long),
                           max_new_tokens=n, min_new_tokens=n, do_sample=False,
                           pad_token_id=0, temperature=None, top_p=None, top_k=None)
        return time.perf_counter() - started

    best: dict[str, float] = {"tokens_per_s": 0.0}
    # a tiny model decodes faster on one thread than on several contended ones: report the
    # better of one thread and all cores, so PyTorch is not handicapped
    for threads in sorted({1, os.cpu_count() or 1}):
        torch.set_num_threads(threads)
        generate(prompts[0], 4)  # warm-up
        rate = statistics.median(tokens / generate(ids, tokens) for ids in prompts)
        if rate > best["tokens_per_s"]:
            ttft = statistics.median(generate(ids, 1) for ids in prompts)
            best = {"tokens_per_s": rate, "threads": threads, "ttft_s": ttft}
    torch.set_num_threads(int(best["threads"]))
    from desktop_ft.export import sources

    # re-measured beside each export: under contention, only neighbouring measurements compare
    best["_rate"] = lambda: statistics.median(tokens / generate(ids, tokens) for ids in prompts)

    best["load_s"] = load
    best["size_bytes"] = sum(p.stat().st_size for p in sources.weight_files(model_dir))
    return best


def onnx_speed(onnx_dir: Path, prompts: list[list[int]], tokens: int) -> dict[str, float]:
    import onnxruntime_genai as og

    started = time.perf_counter()
    model = og.Model(str(onnx_dir))
    load = time.perf_counter() - started

    def generate(ids: list[int], n: int) -> tuple[float, float]:
        params = og.GeneratorParams(model)
        params.set_search_options(max_length=len(ids) + n, min_length=len(ids) + n,
                                  do_sample=False)
        generator = og.Generator(model, params)
        begin = time.perf_counter()
        generator.append_tokens(ids)
        first = None
        count = 0
        while not generator.is_done():
            generator.generate_next_token()
            count += 1
            first = first if first is not None else time.perf_counter() - begin
        return count / (time.perf_counter() - begin), first or 0.0

    generate(prompts[0], 4)  # warm-up
    runs = [generate(ids, tokens) for ids in prompts]
    return {"tokens_per_s": statistics.median(r[0] for r in runs),
            "ttft_s": statistics.median(r[1] for r in runs), "load_s": load}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--precisions", default="fp32,fp16,int8,int4")
    parser.add_argument("--engines", default="builder,torch",
                        help="export engines to compare (builder, torch)")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--home", help="DESKTOP_FT_HOME for the demo model cache")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.home:
        os.environ["DESKTOP_FT_HOME"] = args.home
    from transformers import AutoTokenizer

    from desktop_ft.core.requests import ExportRequest
    from desktop_ft.export import parity as parity_mod
    from desktop_ft.export.job import run_export
    from desktop_ft.training.demo_model import corpus_text, ensure_demo_model

    model_dir = ensure_demo_model()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    prompts = [_render(tokenizer, p) for p in PROMPTS]
    # the demo base was pre-trained on prose, not on chat markup: measure its perplexity there
    prose = [p for p in corpus_text().split("\n\n") if len(p) > 200][:8]
    baseline = torch_speed(model_dir, prompts, args.tokens)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        for engine in args.engines.split(","):
            for precision in args.precisions.split(","):
                rows.append(_row(model_dir, Path(tmp) / f"{engine}-{precision}", engine,
                                 precision, prompts, prose, args.tokens, baseline,
                                 run_export, ExportRequest, parity_mod))
    params = json.loads((model_dir / "desktop_ft_demo.json").read_text()).get("parameters")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if args.json:
        pytorch = {k: v for k, v in baseline.items() if not k.startswith("_")}
        print(json.dumps({"model": str(model_dir), "parameters": params, "tokens": args.tokens,
                          "pytorch": pytorch, "rows": rows, "load_average": load}, indent=2))
        return 0
    ppl_pytorch = next((r["ppl_pytorch"] for r in rows if r.get("ppl_pytorch")), None)
    print(f"demo model: {params:,} parameters; {args.tokens} new tokens x {len(prompts)} prompts;"
          f" {os.cpu_count()} CPUs, load average {load:.1f}")
    header = (f"{'engine':<8} {'precision':<9} {'export s':>8} {'size MB':>8} {'load ms':>8} "
              f"{'TTFT ms':>8} {'tok/s':>8} {'PT tok/s':>8} {'x PyTorch':>9} {'ppl':>7} "
              f"{'top-1':>6} "
              f"{'max|dlogit|':>11} verdict")
    print(header)
    print("-" * len(header))
    print(f"{'PyTorch':<8} {'fp32':<9} {'':>8} {baseline['size_bytes'] / 1e6:>8.2f} "
          f"{baseline['load_s'] * 1e3:>8.1f} {baseline['ttft_s'] * 1e3:>8.2f} "
          f"{baseline['tokens_per_s']:>8.1f} {'':>8} {1.0:>9.1f} "
          f"{ppl_pytorch if ppl_pytorch is not None else float('nan'):>7.3f} {'':>6} {'':>11} "
          f"(eager generate, {baseline['threads']} thread(s))")
    for row in rows:
        if "error" in row:
            print(f"{row['engine']:<8} {row['precision']:<9} failed: {row['error']}")
            continue
        print(f"{row['engine']:<8} {row['precision']:<9} {row['export_s']:>8.1f} "
              f"{row['size_mb']:>8.2f} {row['load_ms']:>8.1f} {row['ttft_ms']:>8.2f} "
              f"{row['onnx_tokens_per_s']:>8.1f} {row['pytorch_tokens_per_s']:>8.1f} "
              f"{row['speedup']:>9.1f} {row['ppl_onnx']:>7.3f} "
              f"{row['top1']:>6.3f} {row['max_abs_diff']:>11.2e} {row['verdict']}")
    return 0


def _row(model_dir: Path, out: Path, engine: str, precision: str, prompts: list[list[int]],
         prose: list[str], tokens: int, baseline: dict[str, float], run_export: Any,
         request_type: Any, parity_mod: Any) -> dict[str, Any]:
    """One export, its speed on the prompts, and parity on the prose (perplexity)."""
    from desktop_ft.core.errors import UserError

    started = time.perf_counter()
    try:
        result = run_export(request_type(source=model_dir, precision=precision, out_dir=out,
                                         engine=engine), lambda event: None, threading.Event())
    except UserError as exc:
        return {"engine": engine, "precision": precision, "error": exc.message}
    seconds = time.perf_counter() - started
    pytorch_rate = baseline["_rate"]()
    speed = onnx_speed(Path(result["export_dir"]), prompts, tokens)
    parity = parity_mod.run_parity(
        model_dir, Path(result["export_dir"]), precision,
        conversations=[[{"role": "user", "content": p}] for p in PROMPTS],
        reference_texts=prose, max_new_tokens=32)
    return {
        "engine": engine, "precision": precision, "export_s": round(seconds, 1),
        "build_s": result["build_seconds"], "size_mb": result["export_bytes"] / 1e6,
        "onnx_tokens_per_s": speed["tokens_per_s"], "ttft_ms": speed["ttft_s"] * 1e3,
        "load_ms": speed["load_s"] * 1e3,
        "pytorch_tokens_per_s": pytorch_rate, "speedup": speed["tokens_per_s"] / pytorch_rate,
        "ppl_pytorch": parity["perplexity"]["pytorch"], "ppl_onnx": parity["perplexity"]["onnx"],
        "top1": parity["top1_agreement"], "decisive_top1": parity.get("decisive_top1_agreement"),
        "max_abs_diff": parity["max_abs_logit_diff"], "verdict": parity["verdict"],
        "export_verdict": result["parity_verdict"],
    }


if __name__ == "__main__":
    sys.exit(main())
