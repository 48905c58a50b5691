"""Find and load the model a run names: `demo`, a local folder, a catalog name or a hub id."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError


def resolve_model(name: str, emit: ev.Emit, stop: threading.Event) -> tuple[str, Path | None]:
    """Return (what to pass to from_pretrained, local folder if there is one)."""
    if name == "demo":
        from desktop_ft.training.demo_model import ensure_demo_model

        path = ensure_demo_model(emit, stop)
        return str(path), path
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.json").is_file():
            raise UserError("the model folder has no config.json", where=str(path),
                            hint="point 'model' at a folder saved with save_pretrained",
                            key="model.no_config")
        return str(path.resolve()), path.resolve()
    hub_id = name
    try:
        from desktop_ft.core import catalog

        entry = catalog.lookup(name)
        hub_id = getattr(entry, "hub_id", None) or hub_id
    except (ImportError, AttributeError, UserError, KeyError):
        pass
    if "/" not in hub_id:
        raise UserError(f"unknown model '{name}'", where="field 'model'",
                        hint="use 'demo', a catalog name, a hub id such as "
                        "microsoft/Phi-3-mini-4k-instruct, or a local model folder",
                        key="model.unknown")
    return hub_id, None


def load_tokenizer(source: str) -> Any:
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(source)
    except OSError as exc:
        raise UserError(f"cannot load the tokenizer ({exc})".split("\n")[0], where=source,
                        hint="check the model name, your internet connection, or use a local "
                        "folder", key="model.tokenizer") from exc
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_model(source: str, quantization: Any = None, dtype: Any = None) -> Any:
    """Load in fp32 (autocast does the fast maths) unless told otherwise, or quantised for
    QLoRA / 8-bit LoRA."""
    import torch
    from transformers import AutoModelForCausalLM

    try:
        model = AutoModelForCausalLM.from_pretrained(source, dtype=dtype or torch.float32,
                                                     quantization_config=quantization)
        model.config.use_cache = False  # a cache in training also disables packed-sequence masks
        return model
    except OSError as exc:
        raise UserError(f"cannot load the model ({exc})".split("\n")[0], where=source,
                        hint="check the model name, your internet connection, or use a local "
                        "folder", key="model.load") from exc
    except ValueError as exc:
        raise UserError(f"unsupported model ({exc})".split("\n")[0], where=source,
                        hint="Desktop FT trains causal language models (AutoModelForCausalLM)",
                        key="model.unsupported") from exc
