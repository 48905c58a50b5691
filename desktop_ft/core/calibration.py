"""Measure real training steps, and keep the estimator's correction for this device.

The estimator is a model; this module checks it against the machine it runs on. A measurement
runs in a child process (so its peak memory is its own, not the app's): it builds a model of the
given shape with random weights, applies the method, runs a few real optimizer steps and reports
the peak (CPU: the process's peak RSS, VmHWM, reset after the model is built; GPU:
`torch.cuda.max_memory_allocated` plus what the CUDA context takes), and the tokens per second.

`desktop-ft estimate --calibrate` measures a small model on the user's own device and stores the
ratios measured/estimated (memory of the activations, baseline, throughput) in
`calibration.json`; later estimates for the same device use them. `benchmarks/bench_estimate.py`
uses the same child to print the estimator's error table.

The child is desktop_ft.training.measure (torch, transformers and peft live on that floor);
this module only starts it and keeps the ratios.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_ft.core import estimate as est
from desktop_ft.core.catalog import ModelSpec
from desktop_ft.core.errors import UserError
from desktop_ft.core.hardware import HardwareProfile

FILE_NAME = "calibration.json"
# The calibration model: Phi-3 shaped, 45M parameters (a real 32k vocabulary, 4 small layers),
# small enough for a CPU in seconds.
CALIBRATION_SPEC = ModelSpec(name="calibration", family="phi-3", model_type="phi3", layers=4,
                             hidden=512, intermediate=1376, heads=8, kv_heads=8, vocab=32064,
                             tied_embeddings=False, max_context=4096, fused_qkv=True,
                             fused_gate_up=True, source="calibration")


def run_measurement(spec: ModelSpec, plan: est.Plan, steps: int = 3, threads: int = 0,
                    timeout: float = 600.0) -> dict[str, Any]:
    """Measure in a child process; a failure becomes a UserError with the child's last words."""
    payload = json.dumps({"spec": spec.to_dict(), "plan": plan.to_dict(), "steps": steps,
                          "threads": threads})
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false")
    try:
        proc = subprocess.run([sys.executable, "-m", "desktop_ft.training.measure", payload],
                              capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as exc:
        raise UserError(f"the measurement took more than {timeout:.0f} s", where="--calibrate",
                        key="calibration.timeout") from exc
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise UserError(f"the measurement failed: {tail}", where="--calibrate",
                        hint="is torch with transformers and peft installed?",
                        key="calibration.failed")
    return json.loads(lines[-1])


def measured_peak(result: dict[str, Any], on_gpu: bool) -> int:
    if on_gpu:
        return int(result["peak_device_bytes"])
    return int(result["peak_rss_bytes"] or 0)


# stored corrections ------------------------------------------------------------------------

def calibration_path() -> Path:
    from desktop_ft.core.runs import home

    base = home()
    if base is not None:
        return base / FILE_NAME
    import platformdirs

    return Path(platformdirs.user_config_dir("desktop-ft", appauthor=False)) / FILE_NAME


def device_key(profile: HardwareProfile, backend: str) -> str:
    """Which device a correction belongs to: backend + its name (+ memory for GPUs)."""
    if backend == "cpu":
        return f"cpu:{profile.cpu.name}:{profile.cpu.threads}"
    gpu = profile.gpus[0]
    return f"{backend}:{gpu.name}:{gpu.memory_bytes // 2 ** 30}"


def load_all() -> dict[str, Any]:
    path = calibration_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def load_for(profile: HardwareProfile, backend: str) -> dict[str, Any] | None:
    return load_all().get(device_key(profile, backend))


def calibrate(profile: HardwareProfile, device: str = "auto", steps: int = 4) -> dict[str, Any]:
    """Measure LoRA on the calibration model on this device; store and return the correction.

    Two runs with different token counts separate what scales with tokens (activations, logits,
    and on CPU the heap memory glibc keeps) from what does not (the process baseline), so the
    stored correction is a scale and an offset that reproduce both runs, not one number fitted
    to one run.
    """
    from desktop_ft.core.runs import atomic_write_bytes

    base = est.Plan(method="lora", rank=8, batch=1, seq=256, device=device, gpus=1)
    backend = est._device(profile, est.validate(replace(base)))[0]
    on_gpu = backend != "cpu"
    dtype = "fp32" if not on_gpu else ("bf16" if profile.gpus[0].bf16 else "fp16")
    plans = [replace(base, dtype=dtype, device="gpu" if on_gpu else "cpu", seq=s, batch=b)
             for s, b in ((256, 1), (512, 4))]
    rows = []
    for plan in plans:
        result = run_measurement(CALIBRATION_SPEC, plan, steps=steps)
        estimate = est.estimate(CALIBRATION_SPEC, replace(plan), profile)
        rows.append((plan, result, estimate))
    (_, r1, e1), (_, r2, e2) = rows
    m1, m2 = measured_peak(r1, on_gpu), measured_peak(r2, on_gpu)
    scaled1 = e1.terms["activations"] + e1.terms["logits"]
    scaled2 = e2.terms["activations"] + e2.terms["logits"]
    memory_scale = (m2 - m1) / (scaled2 - scaled1) if scaled2 != scaled1 else 1.0
    memory_scale = min(2.0, max(0.5, memory_scale))
    static = sum(v for k, v in e2.terms.items() if k not in ("activations", "logits",
                                                             "overhead"))
    slack = est.GPU_ALLOCATOR_SLACK * (static + memory_scale * scaled2) if on_gpu else 0.0
    overhead = m2 - static - memory_scale * scaled2 - slack
    throughput_scale = r2["tokens_per_s"] / e2.tokens_per_s if e2.tokens_per_s else 1.0
    record = {"device": device_key(profile, backend), "memory_scale": round(memory_scale, 4),
              "overhead_bytes": int(max(0, overhead)),
              "throughput_scale": round(throughput_scale, 4), "measured_at": time.time(),
              "runs": [{"plan": {"batch": p.batch, "seq": p.seq, "dtype": p.dtype},
                        "measured_peak_bytes": measured_peak(r, on_gpu),
                        "estimated_peak_bytes": e.peak_bytes,
                        "measured_tokens_per_s": round(r["tokens_per_s"], 2),
                        "estimated_tokens_per_s": e.tokens_per_s}
                       for p, r, e in rows]}
    data = load_all()
    data[record["device"]] = record
    path = calibration_path()
    atomic_write_bytes(path, json.dumps(data, indent=2).encode("utf-8"))
    record["path"] = str(path)
    return record
