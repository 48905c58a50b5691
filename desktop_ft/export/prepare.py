"""A private, fixed-up copy of a model folder for the ONNX builder.

The onnxruntime-genai builder stumbles over some config details that transformers itself
accepts. They are fixed here, in a copy (weights are linked, not copied), never in the user's
folder, and each fix is reported so the export's manifest says what was changed and why:

- Phi-3 whose `original_max_position_embeddings` differs from `max_position_embeddings` without
  LongRoPE: the builder picks its LongRoPE class and fails with `KeyError: 'multi_cache'`.
  Without LongRoPE the two numbers mean nothing to the model, so they are made equal.
- LongRoPE given as `rope_type` only (how transformers 5 writes it): the builder reads `type`
  and fails with `KeyError: 'type'`. Both keys are written.
- The EOS ids: generation_config.json gets every id that ends a turn (generation_config,
  config.json and the tokenizer's EOS token), because the builder copies them into
  genai_config.json and ONNX Runtime GenAI stops only on those.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from desktop_ft.export import sources

EDITED = ("config.json", "generation_config.json", "tokenizer_config.json")
LONGROPE_NAMES = ("longrope", "su")


def link_or_copy(src: Path, dst: Path) -> None:
    """Hard link (same volume, no privileges needed), else symlink, else a real copy."""
    try:
        os.link(src, dst)
        return
    except OSError:
        pass
    try:
        os.symlink(src.resolve(), dst)
        return
    except OSError:
        pass
    shutil.copy2(src, dst)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def fix_config(config: dict[str, Any]) -> list[str]:
    """Fix a config.json in place for the builder; return one line per change."""
    fixes: list[str] = []
    is_phi3 = config.get("model_type") == "phi3" or sources.architecture(config).startswith(
        "Phi3")
    longrope = False
    for key in ("rope_parameters", "rope_scaling"):
        rope = config.get(key)
        if not isinstance(rope, dict):
            continue
        kind = rope.get("rope_type") or rope.get("type")
        if kind in LONGROPE_NAMES:
            longrope = True
            for field in ("type", "rope_type"):
                if rope.get(field) != "longrope":
                    rope[field] = "longrope"
                    fixes.append(f"{key}.{field} set to 'longrope' (the builder reads both)")
    if is_phi3 and not longrope:
        original = config.get("original_max_position_embeddings")
        longest = config.get("max_position_embeddings")
        if original is not None and longest is not None and original != longest:
            config["original_max_position_embeddings"] = longest
            fixes.append(f"original_max_position_embeddings {original} -> {longest} (no LongRoPE:"
                         " unequal values make the builder expect LongRoPE caches)")
    return fixes


def prepare_for_builder(src: Path, dst: Path) -> tuple[list[str], list[int]]:
    """Fill `dst` with a builder-ready copy of model folder `src`; return (fixes, eos ids)."""
    src, dst = Path(src), Path(dst)
    dst.mkdir(parents=True, exist_ok=True)
    for item in src.iterdir():
        if item.is_dir() or item.name.startswith("."):
            continue
        if item.name in EDITED:
            shutil.copyfile(item, dst / item.name)
        else:
            link_or_copy(item, dst / item.name)

    config = sources.read_json(dst / "config.json")
    fixes = fix_config(config)
    if fixes:
        _write_json(dst / "config.json", config)

    eos = sources.eos_token_ids(src)
    generation_path = dst / "generation_config.json"
    generation = sources.read_json_or_empty(generation_path)
    current = generation.get("eos_token_id")
    current_list = current if isinstance(current, list) else ([current] if current is not None
                                                              else [])
    if eos and current_list != eos:
        generation["eos_token_id"] = eos
        for key in ("bos_token_id", "pad_token_id"):
            if key not in generation and config.get(key) is not None:
                generation[key] = config[key]
        _write_json(generation_path, generation)
        fixes.append(f"generation_config eos_token_id {current_list} -> {eos} (every id that "
                     "ends a turn)")
    return fixes, eos
