"""Find and load the model a run names: `demo`, a local folder, a catalog name or a hub id."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError, location


def resolve_model(name: str, emit: ev.Emit, stop: threading.Event) -> tuple[str, Path | None]:
    """Return (what to pass to from_pretrained, local folder if there is one)."""
    if name == "demo":
        from desktop_ft.training.demo_model import ensure_demo_model

        path = ensure_demo_model(emit, stop)
        return str(path), path
    path = Path(name).expanduser()
    if path.exists():
        if not (path / "config.json").is_file():
            raise UserError("the model folder has no config.json, so it is not a model saved "
                            "with save_pretrained", where=location(path, None, "model"),
                            hint="point 'model' at the folder that holds config.json, the "
                            "weights (*.safetensors) and the tokenizer files",
                            key="model.no_config")
        return str(path.resolve()), path.resolve()
    from desktop_ft.core import catalog

    entry = catalog.CATALOG.get(name)  # a catalog name trains its hub checkpoint
    hub_id = entry.hub_id if entry is not None and entry.hub_id else name
    if "/" not in hub_id:
        raise UserError(f"unknown model '{name}'", where="field 'model'",
                        hint="use 'demo', a catalog name, a hub id such as "
                        "microsoft/Phi-3-mini-4k-instruct, or a local model folder",
                        key="model.unknown")
    return hub_id, None


def _hub_token(source: str) -> dict[str, Any]:
    """The stored Hugging Face token for a hub id (from the OS keyring); nothing for folders."""
    if Path(source).exists():
        return {}
    from desktop_ft.core.secrets import load_token

    token = load_token()
    return {"token": token} if token else {}


def check_trust(source: str, local_dir: Path | None, trust_remote_code: bool = False,
                allow_pickle: bool = False) -> None:
    """Refuse, before loading, what would run code the user did not choose to trust: Python
    files shipped with the model (`auto_map` for an architecture transformers does not know)
    and pickle-based weights (a `.bin` file can run code when it is loaded)."""
    if local_dir is None:
        return  # a hub id: from_pretrained enforces both (trust_remote_code, use_safetensors)
    import json

    try:
        config = json.loads((local_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"config.json cannot be read ({exc})",
                        where=str(local_dir / "config.json"),
                        hint="restore the model folder from its source",
                        key="model.config") from exc
    if not trust_remote_code and config.get("auto_map") and not _known_architecture(config):
        raise UserError("this model needs its own Python code (config.json 'auto_map'), which "
                        "would run on this computer with your permissions",
                        where=location(local_dir / "config.json", None, "auto_map"),
                        hint="only if you trust the model's authors, set trust_remote_code: true "
                        "in the run configuration for this model", key="model.remote_code")
    safe = list(local_dir.glob("*.safetensors"))
    pickled = [p for p in local_dir.glob("*.bin") if p.name.startswith(("pytorch_model", "model"))]
    if pickled and not safe and not allow_pickle:
        raise UserError(f"the weights are pickle files ({pickled[0].name}); loading a pickle can "
                        "run code hidden in it", where=location(pickled[0], None, "model"),
                        hint="use a safetensors copy of the model (most hub models have one), or, "
                        "only if you trust the file, set allow_pickle_weights: true in the run "
                        "configuration", key="model.pickle")


def _known_architecture(config: dict[str, Any]) -> bool:
    from transformers import CONFIG_MAPPING

    return str(config.get("model_type", "")) in CONFIG_MAPPING


def load_tokenizer(source: str, trust_remote_code: bool = False) -> Any:
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(source, trust_remote_code=trust_remote_code,
                                                  **_hub_token(source))
    except OSError as exc:
        raise UserError(f"cannot load the tokenizer ({exc})".split("\n")[0], where=source,
                        hint="check the model name, your internet connection, or use a local "
                        "folder", key="model.tokenizer") from exc
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_model(source: str, quantization: Any = None, dtype: Any = None,
               trust_remote_code: bool = False, allow_pickle: bool = False) -> Any:
    """Load in fp32 (autocast does the fast maths) unless told otherwise, or quantised for
    QLoRA / 8-bit LoRA. Safetensors only unless the user allowed pickle weights for this model."""
    import torch
    from transformers import AutoModelForCausalLM

    try:
        model = AutoModelForCausalLM.from_pretrained(
            source, dtype=dtype or torch.float32, quantization_config=quantization,
            trust_remote_code=trust_remote_code, use_safetensors=None if allow_pickle else True,
            **_hub_token(source))
        model.config.use_cache = False  # a cache in training also disables packed-sequence masks
        return model
    except OSError as exc:
        if not allow_pickle and "safetensors" in str(exc).lower():
            raise UserError("the model has no safetensors weights, only pickle files (which can "
                            "run code when loaded)", where=location(source, None, "model"),
                            hint="use a safetensors copy of the model, or, only if you trust "
                            "it, set allow_pickle_weights: true in the run configuration",
                            key="model.pickle") from exc
        raise UserError(f"cannot load the model ({exc})".split("\n")[0], where=source,
                        hint="check the model name, your internet connection, or use a local "
                        "folder", key="model.load") from exc
    except ValueError as exc:
        raise UserError(f"unsupported model ({exc})".split("\n")[0], where=source,
                        hint="Desktop FT trains causal language models (AutoModelForCausalLM)",
                        key="model.unsupported") from exc


def check_tokenizer_matches(tokenizer: Any, model: Any, source: str) -> None:
    """A tokenizer with more tokens than the model has embeddings would index past them (a crash
    deep in torch, or silent garbage on a GPU): say so before the first step."""
    embeddings = model.get_input_embeddings()
    rows = getattr(embeddings, "num_embeddings", None)
    if rows is not None and len(tokenizer) > rows:
        raise UserError(f"the tokenizer has {len(tokenizer):,} tokens but the model only "
                        f"{rows:,} embeddings: they belong to different models",
                        where=location(source, None, "model"),
                        hint="use the tokenizer files saved with this model (tokenizer.json, "
                        "tokenizer_config.json from the same folder or hub repo)",
                        key="model.tokenizer_mismatch")


def _weight_key(name: str) -> str:
    """peft saves adapter weights without the adapter's name ('.default'); compare without it."""
    return name.replace(".default.", ".").replace(".default", "")


def check_checkpoint_matches(model: Any, checkpoint: Path, config_path: Path) -> None:
    """A checkpoint from another model (the run's config was edited, or a checkpoint copied from
    another run) would fail inside transformers with a wall of size mismatches: compare the
    shapes stored in its safetensors files with this model's first."""
    from safetensors import safe_open

    ours = {_weight_key(name): tuple(t.shape) for name, t in model.state_dict().items()}
    for file in sorted(checkpoint.glob("*.safetensors")):
        matched = 0
        with safe_open(str(file), framework="pt") as handle:
            for key in handle.keys():  # noqa: SIM118 - safe_open is not a mapping
                shape = tuple(handle.get_slice(key).get_shape())
                want = ours.get(_weight_key(key))
                if want is None:
                    continue
                matched += 1
                if want != shape:
                    raise _other_model(checkpoint, config_path,
                                       f"{key} is {list(shape)} there, {list(want)} here")
        if not matched:
            raise _other_model(checkpoint, config_path, f"none of the weights in {file.name} "
                               "exist in this model")


def _other_model(checkpoint: Path, config_path: Path, detail: str) -> UserError:
    return UserError(f"the checkpoint {checkpoint.name} was made for a different model ({detail})",
                     where=location(config_path, None, "model"),
                     hint="resume with the model this run started with (restore 'model' in the "
                     "run's config.yaml), or start a new run", key="model.checkpoint_mismatch")
