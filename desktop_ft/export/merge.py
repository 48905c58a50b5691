"""Adapter + base -> one merged model folder, in full precision.

The merge always happens on a float32 copy of the base (never on a 4-bit one: merging into
quantized weights rounds the LoRA delta away), and the folder it writes is complete for the
exporter and for chat: weights, tokenizer, chat template and generation_config (with the EOS
ids), written to a temp folder beside the target and renamed into place when whole.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.runs import RunFolder
from desktop_ft.export import sources


def _stopped(stop: threading.Event | None) -> None:
    if stop is not None and stop.is_set():
        raise InterruptedError("export stopped")


def base_model_dir(run: RunFolder) -> Path:
    """The base model folder a run's adapter was trained on, from its manifest."""
    manifest = run.read_manifest()
    adapter_cfg = sources.read_json_or_empty(run.adapter_dir / "adapter_config.json")
    candidates = [manifest.get("base_model_dir"), manifest.get("base_model_source"),
                  adapter_cfg.get("base_model_name_or_path")]
    for candidate in candidates:
        if candidate and Path(str(candidate)).is_dir():
            return Path(str(candidate))
    named = next((str(c) for c in candidates if c), None)
    raise UserError("the run's base model folder is not on this machine"
                    + (f" ({named})" if named else ""), where=str(run.manifest_path),
                    hint="set 'base_model_dir' in manifest.json to the base model folder, or "
                    "export a merged model folder", key="export.no_base")


def run_model_dir(run: RunFolder) -> Path | None:
    """The run's full model if it has one already: merged/, or adapter/ of a full fine-tune."""
    for folder in (run.merged_dir, run.adapter_dir):
        if (folder / "config.json").is_file() and sources.weight_files(folder):
            return folder
    return None


def ensure_merged(run: RunFolder, emit: ev.Emit, stop: threading.Event | None = None) -> Path:
    """The run's merged model folder, merging adapter + base into RUN/merged if needed."""
    existing = run_model_dir(run)
    if existing is not None:
        sources.check_model_folder(existing)
        return existing
    if not (run.adapter_dir / "adapter_config.json").is_file():
        status = run.read_manifest().get("status", "unknown")
        raise UserError(f"the run has no trained adapter yet (status: {status})",
                        where=str(run.path),
                        hint=f"finish the training first: desktop-ft train --resume {run.path}",
                        key="export.no_adapter")
    base = base_model_dir(run)
    return merge_adapter(base, run.adapter_dir, run.merged_dir, emit, stop,
                         trust_remote_code=_trusts_model_code(run))


def _trusts_model_code(run: RunFolder) -> bool:
    """The run's own per-model choice (config.yaml `trust_remote_code`): a model whose code the
    user trusted for training is merged with the same trust, and no other."""
    from desktop_ft.core.config import load

    try:
        return load(run.config_path).trust_remote_code
    except UserError:
        return False


def merge_adapter(base_dir: Path, adapter_dir: Path, out_dir: Path, emit: ev.Emit,
                  stop: threading.Event | None = None, trust_remote_code: bool = False) -> Path:
    """Load the base in float32, apply the PEFT adapter, merge, save a complete model folder."""
    base_config = sources.check_model_folder(base_dir)
    if base_config.get("quantization_config"):
        method = base_config["quantization_config"].get("quant_method", "quantized")
        raise UserError(f"the base model is stored {method}-quantized; merging needs the "
                        "full-precision base", where=str(base_dir),
                        hint="point the run's base_model_dir at the unquantized model",
                        key="export.quantized_base")
    _stopped(stop)
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer, GenerationConfig
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    emit(ev.Log(message=f"merging the adapter {adapter_dir} into {base_dir} (float32)"))
    base = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32,
                                                trust_remote_code=trust_remote_code)
    _stopped(stop)
    model = PeftModel.from_pretrained(base, str(adapter_dir))
    merged = model.merge_and_unload()
    merged.eval()
    _stopped(stop)

    has_tokenizer = any((Path(adapter_dir) / n).is_file() for n in sources.TOKENIZER_FILES)
    tokenizer = AutoTokenizer.from_pretrained(adapter_dir if has_tokenizer else base_dir,
                                              trust_remote_code=trust_remote_code)
    if not getattr(tokenizer, "chat_template", None):
        tokenizer.chat_template = sources.chat_template(base_dir)
    try:
        generation = GenerationConfig.from_pretrained(base_dir)
    except OSError:
        generation = GenerationConfig.from_model_config(merged.config)
    eos = sources.eos_token_ids(base_dir)
    if eos:
        generation.eos_token_id = eos if len(eos) > 1 else eos[0]
    merged.generation_config = generation

    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        merged.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        _stopped(stop)
        replace_dir(tmp, out_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    emit(ev.Log(message=f"merged model written to {out_dir}"))
    return out_dir


def replace_dir(tmp: Path, target: Path) -> None:
    """Put a finished folder in place of `target` (which may exist) without a half state."""
    old: Path | None = None
    if target.exists():
        old = target.parent / f".{target.name}.old-{os.getpid()}"
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
    os.replace(tmp, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def describe_merge(run: RunFolder) -> dict[str, Any]:
    """What export would use as the run's PyTorch reference, without loading anything."""
    existing = run_model_dir(run)
    if existing is not None:
        return {"merged_dir": str(existing), "needs_merge": False}
    return {"merged_dir": str(run.merged_dir), "needs_merge": True}
