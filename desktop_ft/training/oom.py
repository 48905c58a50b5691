"""Out of memory (and a full disk) in the middle of a run: caught, explained, one flag to retry.

A run that runs out of memory must not look like a crash: the process (or the GUI's child) ends
the run cleanly, its completed checkpoints stay as they are (a checkpoint counts only once its
marker exists, so one cut short by the failure is never taken for complete), and the message says
which settings to lower. Those come from the memory estimator (core/estimate.py): the cheapest
changes, in order, until the estimated peak is well below the plan that failed:

1. halve the micro-batch and double gradient accumulation (same effective batch, same result);
2. gradient checkpointing (recomputes activations: slower, much less memory);
3. halve the maximum sequence length (changes what the model sees, so last).

The changes are recorded in the run's manifest; `desktop-ft train --resume RUN --lower-memory`
writes them into the run's config.yaml and continues (the GUI offers the same as one button).
"""

from __future__ import annotations

import contextlib
import copy
import gc
import sys
from collections.abc import Iterator
from typing import Any

from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.preflight import write_error
from desktop_ft.core.runs import RunFolder, atomic_write_text

# What PyTorch, the CUDA/MPS/XPU allocators and the C library say when an allocation fails.
OOM_MARKERS = ("out of memory", "can't allocate memory", "cannot allocate memory",
               "not enough memory", "failed to allocate memory")
# Aim at this share of what the settings control (activations and logits) in the plan that
# failed: halving the batch gets there, so does gradient checkpointing on a long sequence.
TARGET_FRACTION = 0.55
DYNAMIC_TERMS = ("activations", "logits")
MIN_MAX_LENGTH = 64
ADVICE_KEY = "oom_advice"


def is_out_of_memory(exc: BaseException | None) -> bool:
    """True for MemoryError, torch.OutOfMemoryError (CUDA, MPS, XPU) and the CPU allocator's
    RuntimeError, also when wrapped by a library (the cause chain is followed)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, MemoryError):
            return True
        if any(kind.__name__ == "OutOfMemoryError" for kind in type(exc).__mro__):
            return True
        if isinstance(exc, RuntimeError) and any(m in str(exc).lower() for m in OOM_MARKERS):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def release_memory() -> None:
    """Give back what the failed step held, so the process (or the next job) can go on."""
    gc.collect()
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


# advice ---------------------------------------------------------------------------------------

def _notches(config: cfg.RunConfig) -> Iterator[dict[str, Any]]:
    """Successive lower-memory settings, cheapest first, each including the ones before."""
    t, d = config.train, config.data
    changes: dict[str, Any] = {}
    batch, accum = t.batch_size, t.grad_accum
    while batch > 1:
        batch, accum = max(1, batch // 2), accum * 2
        changes.update({"train.batch_size": batch, "train.grad_accum": accum})
        yield dict(changes)
    if not t.gradient_checkpointing and config.method not in ("prompt-tuning", "prefix-tuning"):
        changes["train.gradient_checkpointing"] = True
        yield dict(changes)
    length = d.max_length
    while length // 2 >= MIN_MAX_LENGTH:
        length //= 2
        changes["data.max_length"] = length
        yield dict(changes)


def apply(config: cfg.RunConfig, changes: dict[str, Any]) -> cfg.RunConfig:
    """A copy of `config` with dotted settings changed (`train.batch_size`: 4)."""
    lowered = copy.deepcopy(config)
    for name, value in changes.items():
        section, _, key = name.rpartition(".")
        setattr(getattr(lowered, section) if section else lowered, key, value)
    return cfg.validate(lowered)


def _peak_estimator(config: cfg.RunConfig) -> Any:
    """A function config -> the estimated bytes the batch settings control (activations and
    logits; weights and optimizer do not shrink with them), or None when the model is not known
    offline."""
    try:
        from desktop_ft.core import catalog, hardware
        from desktop_ft.core import estimate as est

        spec = catalog.resolve(config.model)
        profile = hardware.detect(measure=False)
    except (UserError, OSError, ValueError):
        return None
    targets = config.lora.target_modules
    targets = targets if isinstance(targets, str) and targets in est.TARGETS else "all-linear"
    device = "gpu" if profile.gpus else "cpu"

    def peak(candidate: cfg.RunConfig) -> int | None:
        t = candidate.train
        plan = est.Plan(method=candidate.method, rank=candidate.lora.rank, targets=targets,
                        lora_dropout=candidate.lora.dropout, dtype=t.precision,
                        batch=t.batch_size, seq=candidate.data.max_length,
                        grad_accum=t.grad_accum, grad_checkpointing=t.gradient_checkpointing,
                        optimizer=t.optimizer, device=device,
                        num_virtual_tokens=candidate.lora.virtual_tokens)
        try:
            terms = est.estimate(spec, plan, profile).terms
        except (UserError, ValueError, ZeroDivisionError):
            return None
        return sum(int(terms.get(name, 0)) for name in DYNAMIC_TERMS)

    return peak


def advise(config: cfg.RunConfig) -> dict[str, Any]:
    """The settings to change after an out-of-memory failure (empty: nothing left to lower)."""
    peak = _peak_estimator(config)
    before = peak(config) if peak else None
    chosen: dict[str, Any] = {}
    for changes in _notches(config):
        chosen = changes
        if not before:
            break  # no estimate: one notch at a time
        after = peak(apply(config, changes))
        if after is not None and after <= TARGET_FRACTION * before:
            break
    return chosen


def describe_changes(changes: dict[str, Any]) -> str:
    """'train.batch_size to 4, train.grad_accum to 2, train.gradient_checkpointing on'."""
    return ", ".join(f"{name} on" if value is True else f"{name} to {value}"
                     for name, value in changes.items())


def out_of_memory_error(run: RunFolder, config: cfg.RunConfig) -> UserError:
    """The message for a run that ran out of memory; the advice is kept in the manifest."""
    changes = advise(config)
    last = run.last_checkpoint()
    kept = (f"the last complete checkpoint ({last.name}) is kept" if last else
            "no checkpoint had been saved yet")
    step = next((e.step for e in reversed(run.events())  # type: ignore[attr-defined]
                 if ev.is_training_step(e)), None)
    at = f" after step {step}" if step else " before the first step ended"
    with contextlib.suppress(OSError):
        run.update_manifest(**{ADVICE_KEY: changes})
    if not changes:
        return UserError(f"out of memory{at}; {kept}", where=f"{run.config_path}",
                         hint="nothing is left to lower in this plan: choose a smaller model or "
                              "a method that needs less memory (LoRA, QLoRA on a GPU)",
                         key="train.oom")
    first = next(iter(changes))
    return UserError(
        f"out of memory{at}; {kept}",
        where=f"{run.config_path}: field '{first}'",
        hint=f"lower the memory use: {describe_changes(changes)}; retry with: desktop-ft train "
             f"--resume {run.path} --lower-memory", key="train.oom",
        params={"changes": changes})


@contextlib.contextmanager
def guard(run: RunFolder, config: cfg.RunConfig) -> Iterator[None]:
    """Turn out-of-memory and failed writes (disk full, read-only) inside the block into a
    UserError that says what to do; anything else passes through as the bug it is."""
    try:
        yield
    except UserError:
        raise
    except BaseException as exc:
        if is_out_of_memory(exc):
            release_memory()
            raise out_of_memory_error(run, config) from None
        problem = write_error(exc, run.path)
        if problem is not None:
            raise problem from None
        raise


# the retry ------------------------------------------------------------------------------------

def lower_run_memory(run: RunFolder) -> tuple[cfg.RunConfig, dict[str, Any]]:
    """Apply the recorded advice (or fresh advice) to the run's config.yaml, atomically."""
    config = cfg.load(run.config_path)
    changes = run.read_manifest().get(ADVICE_KEY) or advise(config)
    if not changes:
        raise UserError("there is nothing left to lower in this run's settings",
                        where=str(run.config_path),
                        hint="choose a smaller model or a method that needs less memory",
                        key="train.oom_nothing")
    lowered = apply(config, changes)
    atomic_write_text(run.config_path, cfg.dump(lowered))
    history = [*run.read_manifest().get("memory_lowered", []), changes]
    run.update_manifest(**{ADVICE_KEY: None, "memory_lowered": history})
    return lowered, changes
