"""What a path given to export or chat is, and whether it is whole.

Three kinds of folder reach the export floor: a run folder (config.yaml), a Hugging Face model
folder (config.json + weights + tokenizer) and an ONNX Runtime GenAI folder (genai_config.json).
Every problem a user can fix (a missing folder, a folder of the wrong kind, a truncated weights
file, a missing tokenizer) becomes a `UserError` naming the file, before any heavy library loads.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import Any

from desktop_ft.core.errors import UserError

RUN = "run"
MODEL = "model"
ONNX = "onnx"

EXPORT_MANIFEST = "desktop_ft_export.json"
WEIGHT_PATTERNS = ("*.safetensors", "pytorch_model*.bin")
TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model")


def classify(path: Path) -> str:
    """RUN, MODEL or ONNX; a UserError for anything else."""
    path = Path(path)
    if not path.exists():
        raise UserError("folder not found", where=str(path),
                        hint="give a run folder, a model folder or an ONNX folder",
                        key="export.not_found")
    if not path.is_dir():
        raise UserError("not a folder", where=str(path),
                        hint="give the folder that holds config.json, not a file in it",
                        key="export.not_a_folder")
    if (path / "genai_config.json").is_file():
        return ONNX
    if (path / "config.yaml").is_file():
        return RUN
    if (path / "config.json").is_file():
        return MODEL
    if (path / "adapter_config.json").is_file():
        raise UserError("this is a LoRA adapter, not a full model", where=str(path),
                        hint="give the run folder that holds it (its base model is recorded "
                        "there), or a merged model folder", key="export.adapter_only")
    raise UserError("not a model folder: no config.json, config.yaml or genai_config.json",
                    where=str(path),
                    hint="give a folder saved with save_pretrained, a run folder, or an export",
                    key="export.no_config")


def read_json(path: Path) -> dict[str, Any]:
    """A JSON object from a model folder; a damaged file is the user's to fix, so say which."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError("file missing", where=str(path), key="export.file_missing") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise UserError("damaged file: not valid JSON", where=f"{path}:{line}" if line else
                        str(path), hint="copy the model folder again, or save the model anew",
                        key="export.bad_json") from None
    if not isinstance(data, dict):
        raise UserError("damaged file: expected a JSON object", where=str(path),
                        key="export.bad_json")
    return data


def read_json_or_empty(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _check_safetensors(path: Path) -> None:
    """A safetensors file is an 8-byte header length, a JSON header, then the data it lists.

    Reading only the header catches the common damage (a copy or download cut short) without
    loading a byte of weights.
    """
    size = path.stat().st_size
    try:
        with open(path, "rb") as handle:
            raw = handle.read(8)
            if len(raw) < 8:
                raise ValueError("shorter than a header")
            (length,) = struct.unpack("<Q", raw)
            if length > min(size - 8, 100 << 20):
                raise ValueError("header length beyond the file")
            header = json.loads(handle.read(length))
        end = max((int(v["data_offsets"][1]) for k, v in header.items() if k != "__metadata__"),
                  default=0)
    except (ValueError, KeyError, TypeError, IndexError, OSError):
        raise UserError("damaged weights file: its header cannot be read", where=str(path),
                        hint="copy the model folder again, or save the model anew",
                        key="export.bad_weights") from None
    if 8 + length + end != size:
        raise UserError(f"damaged weights file: {size:,} bytes where its header promises "
                        f"{8 + length + end:,} (cut short?)", where=str(path),
                        hint="copy the model folder again, or save the model anew",
                        key="export.bad_weights")


def weight_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for pattern in WEIGHT_PATTERNS:
        found.extend(sorted(folder.glob(pattern)))
    return found


def check_model_folder(folder: Path) -> dict[str, Any]:
    """Check a Hugging Face model folder is whole; return its config.json."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError("model folder not found", where=str(folder), key="export.not_found")
    config_path = folder / "config.json"
    if not config_path.is_file():
        if (folder / "adapter_config.json").is_file():
            raise UserError("this is a LoRA adapter, not a full model", where=str(folder),
                            hint="export the run folder that holds it, or merge it first",
                            key="export.adapter_only")
        raise UserError("not a model folder: config.json is missing", where=str(folder),
                        hint="give a folder saved with save_pretrained", key="export.no_config")
    config = read_json(config_path)
    if not config.get("architectures") and not config.get("model_type"):
        raise UserError("config.json names no architecture", where=str(config_path),
                        hint="save the model with save_pretrained from its model class",
                        key="export.no_architecture")
    weights = weight_files(folder)
    for index_name in ("model.safetensors.index.json", "pytorch_model.bin.index.json"):
        index_path = folder / index_name
        if index_path.is_file():
            shards = set(read_json(index_path).get("weight_map", {}).values())
            missing = sorted(s for s in shards if not (folder / s).is_file())
            if missing:
                raise UserError(f"weights incomplete: {len(missing)} of {len(shards)} shards "
                                f"missing ({missing[0]}...)", where=str(folder),
                                hint="copy the whole model folder", key="export.missing_shards")
    if not weights:
        raise UserError("no model weights (*.safetensors or pytorch_model.bin)",
                        where=str(folder), hint="copy the whole model folder",
                        key="export.no_weights")
    for path in weights:
        if path.suffix == ".safetensors":
            _check_safetensors(path)
    if not any((folder / name).is_file() for name in TOKENIZER_FILES):
        raise UserError("no tokenizer (tokenizer.json or tokenizer.model)", where=str(folder),
                        hint="save the tokenizer next to the model (tokenizer.save_pretrained)",
                        key="export.no_tokenizer")
    for name in ("tokenizer.json", "tokenizer_config.json"):  # cut short or damaged
        if (folder / name).is_file():
            read_json(folder / name)
    return config


def check_onnx_folder(folder: Path) -> dict[str, Any]:
    """Check an ONNX Runtime GenAI folder; return its genai_config.json."""
    folder = Path(folder)
    config = read_json(folder / "genai_config.json")
    decoder = config.get("model", {}).get("decoder", {})
    filename = decoder.get("filename", "model.onnx")
    if not (folder / filename).is_file():
        raise UserError(f"ONNX folder without its model file {filename}", where=str(folder),
                        hint="export the model again", key="export.onnx_incomplete")
    if not any((folder / name).is_file() for name in TOKENIZER_FILES):
        raise UserError("ONNX folder without a tokenizer", where=str(folder),
                        hint="export the model again", key="export.no_tokenizer")
    return config


def architecture(config: dict[str, Any]) -> str:
    archs = config.get("architectures") or []
    return str(archs[0]) if archs else str(config.get("model_type", "?"))


def _as_id_list(value: Any) -> list[int]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [int(v) for v in value if v is not None]
    return [int(value)]


def eos_token_ids(folder: Path) -> list[int]:
    """Every id that ends a turn: generation_config, then config.json, then the tokenizer's EOS.

    Chat models often name only `<|endoftext|>` in config.json while their turns end with another
    token (Phi-3's `<|end|>`); the union is what both PyTorch and the export must stop on.
    """
    folder = Path(folder)
    ids: list[int] = []
    for source in (read_json_or_empty(folder / "generation_config.json"),
                   read_json_or_empty(folder / "config.json")):
        ids.extend(_as_id_list(source.get("eos_token_id")))
    token = tokenizer_eos_token(folder)
    if token is not None:
        token_id = token_id_of(folder, token)
        if token_id is not None:
            ids.append(token_id)
    unique: list[int] = []
    for value in ids:
        if value not in unique:
            unique.append(value)
    return unique


def tokenizer_eos_token(folder: Path) -> str | None:
    value = read_json_or_empty(Path(folder) / "tokenizer_config.json").get("eos_token")
    if isinstance(value, dict):
        value = value.get("content")
    return value if isinstance(value, str) and value else None


def token_id_of(folder: Path, token: str) -> int | None:
    """A special token's id from tokenizer.json, without loading a tokenizer library."""
    data = read_json_or_empty(Path(folder) / "tokenizer.json")
    for added in data.get("added_tokens", []):
        if added.get("content") == token:
            return int(added["id"])
    vocab = data.get("model", {}).get("vocab")
    if isinstance(vocab, dict) and token in vocab:
        return int(vocab[token])
    return None


def chat_template(folder: Path) -> str | None:
    """The model's chat template: chat_template.jinja (transformers 5) or tokenizer_config."""
    folder = Path(folder)
    jinja = folder / "chat_template.jinja"
    if jinja.is_file():
        return jinja.read_text(encoding="utf-8")
    value = read_json_or_empty(folder / "tokenizer_config.json").get("chat_template")
    if isinstance(value, list):  # named templates: take the default one
        for item in value:
            if isinstance(item, dict) and item.get("name") == "default":
                return str(item.get("template"))
        return None
    return value if isinstance(value, str) else None


def onnx_runs_here(folder: Path) -> bool:
    """Whether the folder's execution provider is available (the CPU always is)."""
    config = read_json_or_empty(Path(folder) / "genai_config.json")
    options = config.get("model", {}).get("decoder", {}).get("session_options", {})
    providers = [name for item in options.get("provider_options", []) for name in item]
    if not providers:
        return True
    try:
        import onnxruntime_genai as og
    except ImportError:
        return False
    checks = {"cuda": og.is_cuda_available, "dml": og.is_dml_available}
    return all(checks.get(name, lambda: False)() for name in providers)


def readable_by_all(folder: Path) -> None:
    """Atomic writes create 0600 files; an export is shipped, so make it 0644 (less umask)."""
    mask = os.umask(0)
    os.umask(mask)
    for root, dirs, files in os.walk(folder):
        for name in files:
            os.chmod(Path(root) / name, 0o644 & ~mask)
        for name in dirs:
            os.chmod(Path(root) / name, 0o755 & ~mask)


def folder_bytes(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += (Path(root) / name).stat().st_size
            except OSError:
                continue
    return total
