"""Ranked training plans for a model, a scenario, goals and a machine, with reasons.

The cookbook's matrix (core/matrix.py) says which techniques serve which goal; it says nothing
about whether a plan fits *this* machine. The estimator (core/estimate.py) says that, and how
long it takes. A recommendation combines the two: every candidate plan (technique + settings +
device layout) is estimated on the hardware profile, then ranked by

1. verdict: fits before tight before does-not-fit (a plan that cannot run is no plan);
2. how many of the user's goals the matrix marks "yes" for the plan's techniques;
3. the first goal's own measure (lower-memory: peak memory, lower-cost: time, fewer-parameters:
   trainable parameters), else the scenario's usual preference (LoRA first; full fine-tuning
   early for domain adaptation, where it pays most), then time.

Each plan carries reasons a user can read, quoting the estimate ("LoRA in bf16 needs 9.1 GiB; the
GPU has 8.0 GiB usable") and the matrix; when the matrix and the estimate disagree (the matrix
does not mark LoRA for lower memory, the estimate shows it needs far less than full fine-tuning)
both are shown. When nothing fits, `advice` says what would: shorter sequences, a smaller model,
more GPUs with ZeRO-3, hosted fine-tuning.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import Any

from desktop_ft.core import estimate as est
from desktop_ft.core import matrix
from desktop_ft.core.catalog import ModelSpec, smaller_relatives
from desktop_ft.core.hardware import HardwareProfile

# Techniques considered, per scenario, in the order preferred when goals do not decide.
_PREFERENCE = {
    "adapt": ("lora", "full", "dora", "qlora", "ia3", "prompt-tuning"),
    "nlp": ("lora", "dora", "full", "qlora", "ia3", "prompt-tuning"),
    "qa": ("lora", "dora", "full", "qlora", "ia3", "prompt-tuning"),
    "chat": ("lora", "dora", "full", "qlora", "ia3", "prompt-tuning"),
    "creative": ("lora", "dora", "full", "qlora", "ia3", "prompt-tuning"),
}
# Settings tried for each technique, most comfortable first: the first that fits is kept.
# Effective batch stays 4 through gradient accumulation.
_LADDER = ((4, False), (4, True), (1, True))
DEFAULT_EXAMPLES = 1000  # for the time shown when the user gives no dataset size
_VERDICT_RANK = {"fits": 0, "tight": 1, "does-not-fit": 2}
_BNB_BACKENDS = ("cuda", "rocm", "xpu")
# The cookbook's serverless ("model as a service") fine-tuning covers these families.
_HOSTED_FAMILIES = ("phi-3", "phi-3.5", "phi-4")


@dataclass
class Candidate:
    plan: est.Plan
    estimate: est.Estimate


def _layouts(profile: HardwareProfile) -> list[tuple[int, str | None, bool]]:
    """(gpus, distribution, offload) layouts worth estimating on this machine."""
    n = len(profile.gpus)
    if n == 0:
        return [(0, None, False)]
    layouts: list[tuple[int, str | None, bool]] = [(1, None, False)]
    if n > 1 and profile.gpus[0].backend in ("cuda", "rocm"):
        layouts += [(n, "ddp", False), (n, "zero2", False), (n, "zero3", False),
                    (n, "zero3", True)]
    return layouts


def _applicable(method: str, layout: tuple[int, str | None, bool], backend: str) -> bool:
    _, dist, offload = layout
    if method == "qlora" and backend not in _BNB_BACKENDS:
        return False  # bitsandbytes 4-bit needs CUDA, ROCm or XPU
    if dist == "zero2" and method != "full":
        return False  # sharding optimizer + grads of a small adapter saves nothing
    if offload and method != "full":
        return False
    return not (dist in ("zero2", "zero3") and method in ("ia3", "prompt-tuning"))


def _best_settings(spec: ModelSpec, method: str, layout: tuple[int, str | None, bool],
                   profile: HardwareProfile, seq: int, examples: int, epochs: float,
                   calibration: dict[str, Any] | None, frugal: bool) -> Candidate:
    """The first rung of the settings ladder that fits (or the last rung). With the goal
    'lower-memory' the ladder starts with checkpointing on: memory first, speed second."""
    gpus, dist, offload = layout
    last: Candidate | None = None
    for batch, gc in (_LADDER[1:] if frugal else _LADDER):
        plan = est.Plan(method=method, batch=batch, seq=seq, grad_accum=max(1, 4 // batch),
                        grad_checkpointing=gc, gpus=gpus, distributed=dist, offload=offload,
                        device="cpu" if gpus == 0 else "gpu")
        estimate = est.estimate(spec, replace(plan), profile, examples=examples, epochs=epochs,
                                calibration=calibration)
        last = Candidate(plan, estimate)
        if estimate.verdict == "fits":
            return last
    assert last is not None
    return last


def _settings_text(c: Candidate) -> str:
    p = c.plan
    parts = [f"batch {p.batch}" + (f" x {p.grad_accum} accumulation" if p.grad_accum > 1
                                   else ""),
             f"sequence {p.seq}", f"{c.estimate.device['dtype']}"]
    if p.method in est.ADAPTER_METHODS:
        parts.append(f"rank {p.rank}")
    parts.append("gradient checkpointing " + ("on" if p.grad_checkpointing else "off"))
    if p.distributed:
        parts.append(f"{p.distributed} on {p.gpus} GPUs" + (" with CPU offload" if p.offload
                                                            else ""))
    return ", ".join(parts)


def _reasons(c: Candidate, goals: list[str], by_method: dict[str, Candidate],
             spec: ModelSpec) -> list[str]:
    e, p = c.estimate, c.plan
    reasons = [est.summary(e), "settings: " + _settings_text(c)]
    share = e.trainable_params / max(1, e.total_params)
    reasons.append(f"trains {est.human_params(e.trainable_params)} of "
                   f"{est.human_params(e.total_params)} parameters ({share:.2%})")
    biggest = max(e.terms, key=lambda k: e.terms[k])
    reasons.append(f"largest memory term: {biggest} ({est.human_bytes(e.terms[biggest])})")
    # Why this and not the one above it: compare with LoRA when LoRA does not fit.
    lora = by_method.get("lora")
    if p.method in ("qlora", "ia3", "prompt-tuning") and lora is not None \
            and lora.estimate.verdict == "does-not-fit":
        reasons.append(f"{est.summary(lora.estimate)}; "
                       f"{est.METHOD_LABELS[p.method]} needs {est.human_bytes(e.peak_bytes)}")
    for goal in goals:
        label = matrix.row(goal).label
        cols = matrix.columns_for(p.method, p.distributed)
        names = " + ".join(matrix.TECHNIQUE_LABELS[col] for col in cols) or \
            est.METHOD_LABELS[p.method]
        if matrix.goal_supported(goal, p.method, p.distributed):
            reasons.append(f"cookbook matrix: {names} - '{label}': yes")
        else:
            text = f"cookbook matrix: {names} is not marked for '{label}'"
            full = by_method.get("full")
            if goal == "lower-memory" and p.method != "full" and full is not None \
                    and e.peak_bytes < full.estimate.peak_bytes:
                text += (f"; by this estimate it needs {est.human_bytes(e.peak_bytes)} against "
                         f"{est.human_bytes(full.estimate.peak_bytes)} for full fine-tuning")
            reasons.append(text)
    if e.seconds_per_epoch:
        rate = f"{e.tokens_per_s:,.0f} tokens/s" if e.tokens_per_s else ""
        where = "this CPU" if e.device["backend"] == "cpu" else e.device["name"]
        reasons.append(f"time: about {est.human_seconds(e.seconds_per_epoch)} per epoch of "
                       f"{e.examples:,} examples x {p.seq} tokens on {where} ({rate}, "
                       f"{e.throughput_source})")
    reasons.extend(e.notes)
    return reasons


def _rank_key(c: Candidate, goals: list[str], scenario: str) -> tuple[Any, ...]:
    e, p = c.estimate, c.plan
    met = sum(matrix.goal_supported(g, p.method, p.distributed) for g in goals)
    pref = _PREFERENCE[scenario]
    order = pref.index(p.method) if p.method in pref else len(pref)
    if goals:
        first = goals[0]
        measure = {"lower-memory": e.peak_bytes, "lower-cost": e.seconds_per_epoch or 0,
                   "fewer-parameters": e.trainable_params,
                   "data-parallel": -(p.gpus or 0)}[first]
    else:
        measure = 0
    if e.verdict == "does-not-fit":  # closest to fitting first: the one worth adjusting
        return (_VERDICT_RANK[e.verdict], e.peak_bytes)
    # Multi-GPU layouts rank after the single-GPU plan of the same technique unless asked for.
    layout = 0 if (p.gpus <= 1 or "data-parallel" in goals) else 1
    return (_VERDICT_RANK[e.verdict], -met, measure, order, layout, e.seconds_per_epoch or 0)


def _advice(spec: ModelSpec, profile: HardwareProfile, ranked: list[Candidate], seq: int,
            examples: int, calibration: dict[str, Any] | None) -> list[str]:
    """What to change when nothing fits (or the best only just fits)."""
    best = ranked[0] if ranked else None
    if best is not None and best.estimate.verdict == "fits":
        return []
    advice: list[str] = []
    backend = profile.primary_backend
    frugal = "qlora" if backend in _BNB_BACKENDS else "lora"
    label = est.METHOD_LABELS[frugal]
    gpus = 1 if profile.gpus else 0

    def frugal_estimate(s: ModelSpec, sequence: int, prof: HardwareProfile = profile,
                        n: int = gpus, dist: str | None = None) -> est.Estimate:
        plan = est.Plan(method=frugal, batch=1, seq=sequence, grad_checkpointing=True, gpus=n,
                        distributed=dist, device="cpu" if n == 0 else "gpu")
        return est.estimate(s, plan, prof, examples=examples, calibration=calibration)

    advice.append("gradient checkpointing and batch 1 were already tried for every technique")
    for shorter in (seq // 2, seq // 4, 256):
        if 128 <= shorter < seq:
            e = frugal_estimate(spec, shorter)
            if e.verdict == "fits":
                advice.append(f"shorter sequences: at {shorter} tokens, {label} fits "
                              f"({est.human_bytes(e.peak_bytes)})")
                break
    for smaller in smaller_relatives(spec):
        e = frugal_estimate(smaller, seq)
        if e.verdict == "fits":
            advice.append(f"a smaller model: {smaller.name} ({smaller.params / 1e9:.1f}B) fits "
                          f"with {label} ({est.human_bytes(e.peak_bytes)})")
            break
    if profile.gpus and profile.gpus[0].backend in ("cuda", "rocm"):
        for n in (2, 4, 8):
            if n <= len(profile.gpus):
                continue
            bigger = copy.deepcopy(profile)
            bigger.gpus = [copy.deepcopy(profile.gpus[0]) for _ in range(n)]
            plan = est.Plan(method="lora", batch=1, seq=seq, grad_checkpointing=True, gpus=n,
                            distributed="zero3", device="gpu")
            e = est.estimate(spec, plan, bigger, calibration=calibration)
            if e.verdict == "fits":
                advice.append(f"more GPUs: with {n} GPUs like this one, LoRA with ZeRO-3 "
                              f"sharding fits ({est.human_bytes(e.peak_bytes)} per GPU)")
                break
    if spec.family in _HOSTED_FAMILIES:
        advice.append("hosted fine-tuning: the cookbook's model-as-a-service (serverless "
                      "fine-tuning in Azure AI Foundry) trains Phi models without your own "
                      "GPU")
    else:
        advice.append("hosted fine-tuning on a cloud GPU (e.g. Azure Machine Learning) "
                      "runs the same plan on a bigger device")
    return advice


DEFAULT_SEQ = 1024


def recommend(spec: ModelSpec, scenario: str, goals: list[str], profile: HardwareProfile,
              seq: int | None = None, examples: int | None = None, epochs: float = 1.0,
              calibration: dict[str, Any] | None = None) -> dict[str, Any]:
    """Ranked plans, best first, with reasons and advice. See the module docstring.

    `seq` defaults to 1024 tokens, or the model's context when that is shorter.
    """
    seq = seq or min(DEFAULT_SEQ, spec.max_context)
    scenario = matrix.resolve_scenario(scenario)
    goals = list(dict.fromkeys(matrix.resolve_goal(g) for g in goals))
    examples = examples or DEFAULT_EXAMPLES
    backend = profile.primary_backend
    candidates: list[Candidate] = []
    for layout in _layouts(profile):
        for method in _PREFERENCE[scenario]:
            if _applicable(method, layout, backend):
                candidates.append(_best_settings(spec, method, layout, profile, seq, examples,
                                                 epochs, calibration,
                                                 frugal="lower-memory" in goals))
    by_method = {c.plan.method: c for c in candidates if c.plan.gpus <= 1}
    ranked = sorted(candidates, key=lambda c: _rank_key(c, goals, scenario))
    notes: list[str] = []
    if "data-parallel" in goals and len(profile.gpus) < 2:
        notes.append("goal 'data-parallel' needs two or more GPUs; this machine has "
                     f"{len(profile.gpus)}")
    if not profile.gpus:
        notes.append("no GPU: every plan runs on the CPU; the times shown are estimates for "
                     "this CPU" + (" (measured matmul speed)" if profile.cpu.matmul_gflops
                                   else " (assumed speed)"))
    from desktop_ft.core import config as cfg

    plans = []
    for c in ranked:
        e = c.estimate
        plans.append({
            "technique": c.plan.method,
            "label": est.METHOD_LABELS[c.plan.method],
            "distributed": c.plan.distributed,
            "offload": c.plan.offload,
            "gpus": c.plan.gpus,
            "settings": {"batch": c.plan.batch, "grad_accum": c.plan.grad_accum,
                         "seq": c.plan.seq, "grad_checkpointing": c.plan.grad_checkpointing,
                         "rank": c.plan.rank, "dtype": e.device["dtype"]},
            "verdict": e.verdict,
            "goals_met": [g for g in goals
                          if matrix.goal_supported(g, c.plan.method, c.plan.distributed)],
            "trainable_here": c.plan.method in cfg.METHODS and not c.plan.distributed,
            "estimate": e.to_dict(),
            "reasons": _reasons(c, goals, by_method, spec),
        })
    return {
        "model": {"name": spec.name, "params": spec.params, "hub_id": spec.hub_id,
                  "source": spec.source},
        "scenario": {"key": scenario, "label": matrix.row(scenario).label},
        "goals": [{"key": g, "label": matrix.row(g).label} for g in goals],
        "hardware": {"backend": backend,
                     "name": profile.gpus[0].name if profile.gpus else profile.cpu.name,
                     "count": len(profile.gpus) or 1,
                     "memory_bytes": profile.gpus[0].memory_bytes if profile.gpus
                     else profile.memory_bytes, "source": profile.source},
        "plans": plans,
        "advice": _advice(spec, profile, ranked, seq, examples, calibration),
        "notes": notes,
        "matrix": matrix.table(),
    }
