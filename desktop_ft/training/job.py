"""The training job: `run_training(request, emit, stop)`, behind both `desktop-ft train` and the
GUI's Train button.

It owns the run folder: config.yaml and manifest.json first, then every event appended to
metrics.jsonl as it happens, checkpoints under checkpoints/step-N (complete only once their
COMPLETE marker exists), and the final adapter. The optimisation loop itself is transformers'
Trainer with peft: a real engine whose checkpoints hold optimizer, scheduler, RNG and data
position, which is what makes `--resume` continue exactly where a run stopped or died.
"""

from __future__ import annotations

import contextlib
import os
import platform
import shutil
import threading
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_ft import __version__
from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.crash import write_crash_report
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import TrainRequest
from desktop_ft.core.runs import RunFolder, atomic_write_text
from desktop_ft.data.readers import dataset_sha256
from desktop_ft.training import oom

if TYPE_CHECKING:
    from desktop_ft.training.distributed import Rank

KEEP_CHECKPOINTS = 2
# Our optimizer names -> transformers' `optim` values (8-bit ones come from bitsandbytes).
OPTIMIZER_NAMES = {"adamw": "adamw_torch", "adamw-8bit": "adamw_bnb_8bit",
                   "paged-adamw-8bit": "paged_adamw_8bit", "sgd": "sgd"}


def _quiet_libraries() -> None:
    """Progress bars and advice from the libraries would interleave with our own events."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if "DS_ACCELERATOR" not in os.environ:
        from desktop_ft.training.precision import device_type

        if device_type() == "cpu":  # accelerate imports DeepSpeed (when installed) in every
            os.environ["DS_ACCELERATOR"] = "cpu"  # Trainer; it would print on stdout "no GPU"
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    for module in ("transformers", "peft", "torch", "accelerate"):
        warnings.filterwarnings("ignore", category=FutureWarning, module=module)
        warnings.filterwarnings("ignore", category=UserWarning, module=module)


def _set_threads(requested: int) -> int:
    import torch

    if requested <= 0:
        try:
            import psutil

            requested = psutil.cpu_count(logical=False) or os.cpu_count() or 1
        except ImportError:
            requested = os.cpu_count() or 1
    torch.set_num_threads(requested)
    return requested


def _versions() -> dict[str, str]:
    import importlib.metadata as md

    found = {"desktop_ft": __version__, "python": platform.python_version()}
    for name in ("torch", "transformers", "peft", "accelerate"):
        with contextlib.suppress(md.PackageNotFoundError):
            found[name] = md.version(name)
    return found


def _start_run(request: TrainRequest) -> tuple[RunFolder, cfg.RunConfig, Path | None]:
    if request.resume is not None:
        run = RunFolder.open(request.resume)
        config = cfg.load(run.config_path)
        checkpoint = run.last_checkpoint()
        if checkpoint is None:
            raise UserError("the run has no complete checkpoint to resume from",
                            where=str(run.path),
                            hint="start it again with 'desktop-ft train <config.yaml>'",
                            key="train.no_checkpoint")
        return run, config, checkpoint
    if request.config is None:
        raise UserError("nothing to train: no configuration given", key="train.no_config")
    config = cfg.validate(request.config)
    run = RunFolder.create(config.run_name, request.runs_root)
    atomic_write_text(run.config_path, cfg.dump(config))
    return run, config, None


class _EventBridge:
    """A transformers callback that speaks our events, honours stop, and seals checkpoints."""

    def __init__(self, emit: ev.Emit, stop: threading.Event, run: RunFolder, collator: Any,
                 first_step: int) -> None:
        from transformers import TrainerCallback

        bridge = self

        class Callback(TrainerCallback):
            def on_train_begin(self, args, state, control, **kwargs):  # type: ignore[no-untyped-def]
                bridge.started = time.perf_counter()
                bridge.start_tokens = collator.real_tokens
                bridge.start_step = state.global_step

            def on_step_end(self, args, state, control, **kwargs):  # type: ignore[no-untyped-def]
                bridge.check_stop(control)

            def on_log(self, args, state, control, logs=None, **kwargs):  # type: ignore[no-untyped-def]
                bridge.on_log(state, logs or {})
                bridge.check_stop(control)  # a stop asked while this step was logged: save it

            def on_evaluate(self, args, state, control, metrics=None, **kwargs):  # type: ignore[no-untyped-def]
                bridge.on_evaluate(state, metrics or {})

            def on_save(self, args, state, control, **kwargs):  # type: ignore[no-untyped-def]
                bridge.on_save(args, state)

        self.callback = Callback()
        self.emit, self.stop, self.run, self.collator = emit, stop, run, collator
        self.started = time.perf_counter()
        self.start_tokens = 0
        self.start_step = first_step
        self.stopped = False
        self.losses: list[tuple[int, float]] = []
        self.samples_seen = 0
        self.rank: Rank | None = None  # set for one process of a multi-process run

    def check_stop(self, control: Any) -> None:
        if self.stop.is_set() and not self.stopped:
            control.should_training_stop = True
            control.should_save = True
            self.stopped = True

    def on_log(self, state: Any, logs: dict[str, Any]) -> None:
        if "loss" not in logs:
            return
        import torch

        elapsed = max(time.perf_counter() - self.started, 1e-9)
        steps_done = max(state.global_step - self.start_step, 1)
        remaining = state.max_steps - state.global_step
        memory = None
        if torch.cuda.is_available():
            memory = int(torch.cuda.max_memory_allocated())
        else:
            with contextlib.suppress(ImportError):
                import psutil

                memory = int(psutil.Process().memory_info().rss)
        loss = float(logs["loss"])
        self.losses.append((state.global_step, loss))
        self.emit(ev.Progress(
            step=state.global_step, total_steps=state.max_steps, loss=loss,
            epoch=float(logs.get("epoch", state.epoch or 0.0)),
            learning_rate=_float(logs.get("learning_rate")),
            grad_norm=_float(logs.get("grad_norm")),
            tokens_per_s=(self.collator.real_tokens - self.start_tokens) / elapsed,
            samples_per_s=None, memory_bytes=memory,
            eta_s=elapsed / steps_done * remaining))

    def on_evaluate(self, state: Any, metrics: dict[str, Any]) -> None:
        import math

        loss = metrics.get("eval_loss")
        if loss is None:
            return
        self.emit(ev.Eval(step=state.global_step, eval_loss=float(loss),
                          perplexity=math.exp(min(float(loss), 50.0))))

    def on_save(self, args: Any, state: Any) -> None:
        """Rename Trainer's checkpoint-N to step-N, mark it complete, keep the newest few."""
        if self.rank is not None:  # several processes: each has written its part by now
            self.rank.barrier()
            if not self.rank.is_main:
                return
        source = Path(args.output_dir) / f"checkpoint-{state.global_step}"
        if not source.is_dir():
            return
        target = self.run.checkpoints_dir / f"step-{state.global_step}"
        if target.exists():
            shutil.rmtree(target)
        os.replace(source, target)
        marker = target / RunFolder.COMPLETE_MARKER
        atomic_write_text(marker, f"{state.global_step}\n")
        for old in self.run.complete_checkpoints()[:-KEEP_CHECKPOINTS]:
            shutil.rmtree(old, ignore_errors=True)
        self.emit(ev.Checkpoint(step=state.global_step, path=str(target)))


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _clean_partial_checkpoints(run: RunFolder) -> None:
    """A run killed while saving leaves a checkpoint-N (or an unmarked step-N): never trusted."""
    if not run.checkpoints_dir.is_dir():
        return
    complete = set(run.complete_checkpoints())
    for child in run.checkpoints_dir.iterdir():
        if child.is_dir() and child not in complete:
            shutil.rmtree(child, ignore_errors=True)


def _read_examples(config: cfg.RunConfig) -> tuple[int, str, list[Any]]:
    """Read and check the dataset first: a bad file is reported in a second, not after the
    model has been downloaded or the demo model built."""
    from desktop_ft.data.formats import to_examples
    from desktop_ft.data.readers import read_records

    path = Path(config.data.path)
    records = read_records(path)
    fmt, examples = to_examples(records, path, config.data.format, config.data.columns)
    return len(records), fmt, examples


def _prepare_data(config: cfg.RunConfig, tokenizer: Any, emit: ev.Emit,
                  read: tuple[int, str, list[Any]]) -> tuple[Any, Any, dict]:
    from desktop_ft.data import encode as enc

    path = Path(config.data.path)
    rows, fmt, examples = read
    encoded, report = enc.encode(tokenizer, examples, config.data.max_length, config.data.loss_on)
    train_rows, eval_rows = enc.split(encoded, config.data.validation_split, config.train.seed)
    enc.require_enough(train_rows, config.train.batch_size, str(path))
    summary = {"format": fmt, **report.to_dict(), "train_rows": len(train_rows),
               "validation_rows": len(eval_rows)}
    emit(ev.Log(message=f"dataset: {rows} rows, format '{fmt}', {len(train_rows)} for "
                f"training, {len(eval_rows)} for validation, {report.truncated} truncated at "
                f"{config.data.max_length} tokens"))

    def as_rows(items: list[enc.Encoded]) -> list[dict[str, list[int]]]:
        return [{"input_ids": e.input_ids, "labels": e.labels} for e in items]

    return as_rows(train_rows), as_rows(eval_rows), summary


def _training_args(config: cfg.RunConfig, run: RunFolder, precision: str, has_eval: bool,
                   steps_per_epoch: int, extra: dict[str, Any] | None = None) -> Any:
    """`extra`: a multi-process rank's settings (DeepSpeed config, FSDP), see distributed.py."""
    from transformers import TrainingArguments

    t = config.train
    eval_every = t.eval_every or 0
    settings: dict[str, Any] = dict(
        output_dir=str(run.checkpoints_dir),
        max_steps=t.max_steps if t.max_steps > 0 else -1,
        num_train_epochs=t.epochs,
        per_device_train_batch_size=t.batch_size,
        per_device_eval_batch_size=t.batch_size,
        gradient_accumulation_steps=t.grad_accum,
        learning_rate=t.learning_rate,
        lr_scheduler_type=t.scheduler if t.scheduler != "constant" else "constant_with_warmup",
        warmup_steps=max(0, round(t.warmup_ratio * (t.max_steps or steps_per_epoch * t.epochs))),
        weight_decay=t.weight_decay,
        optim=OPTIMIZER_NAMES[t.optimizer],
        seed=t.seed,
        data_seed=t.seed,
        bf16=precision == "bf16",
        fp16=precision == "fp16",
        gradient_checkpointing=t.gradient_checkpointing,
        logging_steps=1,
        save_strategy="steps" if t.save_every > 0 else "no",
        save_steps=t.save_every if t.save_every > 0 else 500,
        eval_strategy="steps" if has_eval and eval_every > 0 else "no",
        eval_steps=eval_every or None,
        report_to=[],
        disable_tqdm=True,
        remove_unused_columns=False,
        dataloader_num_workers=0,
        use_cpu=not _has_accelerator(),
    )
    settings.update(extra or {})
    return TrainingArguments(**settings)


def _has_accelerator() -> bool:
    import torch

    return torch.cuda.is_available() or bool(
        getattr(torch.backends, "mps", None) and torch.backends.mps.is_available())


def _save_adapter(model: Any, tokenizer: Any, run: RunFolder) -> Path:
    """Write the final adapter (or full model) atomically: a temp folder renamed into place."""
    tmp = run.path / ".adapter.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(tmp, safe_serialization=True)
    tokenizer.save_pretrained(tmp)
    if run.adapter_dir.exists():
        shutil.rmtree(run.adapter_dir)
    os.replace(tmp, run.adapter_dir)
    return run.adapter_dir


def _execute(run: RunFolder, config: cfg.RunConfig, checkpoint: Path | None, emit: ev.Emit,
             stop: threading.Event, rank: Rank | None = None) -> dict[str, Any]:
    read = _read_examples(config)  # before any heavy import or model load
    _quiet_libraries()
    from transformers import PrinterCallback, Trainer, set_seed

    from desktop_ft.core import preflight
    from desktop_ft.training import models
    from desktop_ft.training import precision as prec
    from desktop_ft.training.collate import PackCollator, PadCollator
    from desktop_ft.training.methods import (
        PROMPT_METHODS,
        QUANTIZED,
        apply_method,
        count_parameters,
        quantization_config,
    )
    from desktop_ft.training.models import load_model, load_tokenizer, resolve_model
    from desktop_ft.training.timed_save import timed_save_callback

    threads = _set_threads(config.train.threads)
    source, local_dir = resolve_model(config.model, emit, stop)
    models.check_trust(source, local_dir, config.trust_remote_code, config.allow_pickle_weights)
    tokenizer = load_tokenizer(source, config.trust_remote_code)
    if config.head == "lm":
        train_rows, eval_rows, data_summary = _prepare_data(config, tokenizer, emit, read)
    else:  # a classification head: training/heads.py encodes, loads and collates
        from desktop_ft.training import heads

        train_rows, eval_rows, data_summary = heads.prepare_data(config, tokenizer, emit, read)
    chosen = prec.resolve(config.train.precision, prec.device_type())
    # Seed before the adapter's random init: otherwise its weights depend on whatever ran first
    # in this process (e.g. building the demo model), and the same config trains differently.
    set_seed(config.train.seed)
    # A frozen base on a GPU is loaded in the 16-bit compute dtype (adapters stay fp32 in peft):
    # fp32 weights under autocast would cost 6 bytes per parameter instead of 2.
    frozen_16bit = (prec.device_type() == "cuda" and config.method not in ("full", *QUANTIZED)
                    and chosen in ("bf16", "fp16"))
    if config.head != "lm":
        model = heads.apply_head_method(heads.load_head_model(
            source, config.head, data_summary["labels"], tokenizer.pad_token_id), config)
    else:
        model = load_model(source, quantization_config(config.method, prec.torch_dtype(chosen)),
                           dtype=prec.torch_dtype(chosen) if frozen_16bit else None,
                           trust_remote_code=config.trust_remote_code,
                           allow_pickle=config.allow_pickle_weights)
        models.check_tokenizer_matches(tokenizer, model, source)
        model = apply_method(model, config)
    if config.train.gradient_checkpointing and config.method not in ("full", *QUANTIZED):
        model.enable_input_require_grads()
    trainable, total = count_parameters(model)
    if checkpoint is not None:
        models.check_checkpoint_matches(model, checkpoint, run.config_path)
    preflight.check_free_space(run.path, preflight.run_disk_bytes(
        trainable, total, full=config.method == "full", merge=config.merge,
        optimizer=config.train.optimizer, keep_checkpoints=KEEP_CHECKPOINTS), "this run")
    emit(ev.Log(message=f"{config.method} on {config.model}: {trainable:,} of {total:,} "
                f"parameters trainable ({100 * trainable / total:.2f}%), {chosen} compute, "
                f"{threads} threads"))
    run.update_manifest(
        base_model=config.model, base_model_dir=str(local_dir) if local_dir else None,
        base_model_source=source, data_path=config.data.path,
        data_sha256=dataset_sha256(Path(config.data.path)), data=data_summary,
        parameters_total=total, parameters_trainable=trainable, precision=chosen,
        threads=threads)

    packing = config.data.packing and config.method not in PROMPT_METHODS
    collator: Any = (PackCollator(tokenizer.pad_token_id, config.data.max_length) if packing
                     else PadCollator(tokenizer.pad_token_id))
    if config.head != "lm":
        collator = heads.HeadCollator(tokenizer.pad_token_id, config.head)
    steps_per_epoch = max(1, len(train_rows) // (config.train.batch_size *
                                                 config.train.grad_accum))
    args = _training_args(config, run, chosen, bool(eval_rows), steps_per_epoch,
                          rank.training_args() if rank is not None else None)
    bridge = _EventBridge(emit, stop, run, collator,
                          first_step=int(checkpoint.name.split("-")[1]) if checkpoint else 0)
    trainer = Trainer(model=model, args=args, train_dataset=train_rows,
                      eval_dataset=eval_rows or None, data_collator=collator,
                      callbacks=[c for c in (bridge.callback, timed_save_callback(
                          config.train.save_every_minutes)) if c is not None])
    trainer.remove_callback(PrinterCallback)
    if rank is not None:
        bridge.rank = rank
        trainer.add_callback(rank.sync_callback(stop))  # last: sees every callback's requests
    output = trainer.train(resume_from_checkpoint=str(checkpoint) if checkpoint else None)
    step = trainer.state.global_step
    if bridge.stopped:
        status = "stopped"
        emit(ev.Log(message=f"stopped at step {step}; resume with: desktop-ft train --resume "
                    f"{run.path}"))
    else:
        status = "finished"
        if eval_rows and args.eval_strategy != "steps":
            bridge.on_evaluate(trainer.state, trainer.evaluate())
        if rank is None:
            _save_adapter(model, tokenizer, run)
        else:
            rank.save_adapter(trainer, tokenizer, run)
    history = [loss for _, loss in run.loss_curves()[0]]
    return {
        "run_dir": str(run.path), "status": status, "steps": step,
        "max_steps": trainer.state.max_steps,
        "loss_first": history[0] if history else None,
        "loss_last": history[-1] if history else None,
        "train_seconds": round(float(output.metrics.get("train_runtime", 0.0)), 2),
        "real_tokens": collator.real_tokens,
        "adapter_dir": str(run.adapter_dir) if status == "finished" else None,
        "last_checkpoint": str(run.last_checkpoint()) if run.last_checkpoint() else None,
        "method": config.method, "precision": chosen,
    }


def run_training(request: TrainRequest, emit: ev.Emit, stop: threading.Event,
                 rank: Rank | None = None) -> dict[str, Any]:
    """Train (or resume) a run; every event goes to the caller and to the run's metrics.jsonl."""
    run, config, checkpoint = _start_run(request) if rank is None else rank.start_run()
    writer = run.event_writer()

    def tee(event: ev.Event) -> None:
        writer(event)
        emit(event)

    manifest = run.read_manifest()
    run.update_manifest(name=run.path.name, status="running", seed=config.train.seed,
                        versions=_versions(), created=manifest.get("created", time.time()),
                        resumed_from=str(checkpoint) if checkpoint else None)
    try:
        if checkpoint is not None:
            _clean_partial_checkpoints(run)
            tee(ev.Log(message=f"resuming {run.path.name} from {checkpoint.name}"))
        with oom.guard(run, config):  # out of memory, disk full: a message, not a crash
            result = _execute(run, config, checkpoint, tee, stop, rank)
    except InterruptedError:  # stopped before the first step (e.g. while building the demo)
        run.update_manifest(status="stopped")
        result = {"run_dir": str(run.path), "status": "stopped", "steps": 0,
                  "loss_first": None, "loss_last": None}
    except UserError as exc:
        with contextlib.suppress(OSError):  # the disk may be the very problem
            run.update_manifest(status="failed", error=str(exc))
            tee(ev.Failed(message=exc.message, where=exc.where, hint=exc.hint, user_error=True))
        writer.close()
        raise
    except BaseException as exc:
        log = write_crash_report(exc, run.log_path)
        run.update_manifest(status="failed", error=f"{type(exc).__name__}: {exc}")
        tee(ev.Failed(message=f"{type(exc).__name__}: {exc}", log_path=str(log)))
        writer.close()
        raise
    run.update_manifest(status=result["status"], steps=result["steps"],
                        loss_first=result["loss_first"], loss_last=result["loss_last"])
    tee(ev.Finished(result=result))
    writer.close()
    return result
