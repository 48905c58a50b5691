"""After the builder: make sure the ONNX folder carries what an edge app needs to talk properly.

The builder writes genai_config.json, the tokenizer files and the chat template; here each is
checked against the reference model and repaired where the builder or a tokenizer saved by a
newer transformers left a gap: the EOS ids in genai_config.json, the chat template file, and a
`tokenizer_class` that ONNX Runtime GenAI's tokenizer understands.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_ft.export import sources

GENERIC_TOKENIZER_CLASS = "PreTrainedTokenizerFast"
TOKENIZER_PROBES = [
    "Hello, world! How are you today?",
    "  leading spaces, tabs\tand\nnew lines  ",
    "Ünïcödé: café, naïve, 日本語, emoji 🌱.",
    "numbers 12345 and symbols <>{}[]()#@$%^&*",
]


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=4, ensure_ascii=False) + "\n", encoding="utf-8")


def fix_genai_config(onnx_dir: Path, eos_ids: list[int]) -> list[str]:
    """genai_config.json must list every EOS id, or generation runs past the end of a turn."""
    path = Path(onnx_dir) / "genai_config.json"
    config = sources.read_json(path)
    model = config.setdefault("model", {})
    current = model.get("eos_token_id")
    current_list = current if isinstance(current, list) else ([current] if current is not None
                                                              else [])
    fixes: list[str] = []
    if eos_ids and sorted(current_list) != sorted(eos_ids):
        model["eos_token_id"] = eos_ids
        if model.get("pad_token_id") is None:
            model["pad_token_id"] = eos_ids[-1]
        fixes.append(f"genai_config eos_token_id {current_list} -> {eos_ids}")
        _write_json(path, config)
    return fixes


def ensure_chat_template(onnx_dir: Path, reference_dir: Path) -> list[str]:
    template = sources.chat_template(reference_dir)
    if template and sources.chat_template(onnx_dir) != template:
        (Path(onnx_dir) / "chat_template.jinja").write_text(template, encoding="utf-8")
        return ["chat_template.jinja copied from the model (the builder left it out)"]
    return []


def portable_tokenizer_class(onnx_dir: Path) -> list[str]:
    """`TokenizersBackend` (what transformers 5 writes) -> `PreTrainedTokenizerFast`.

    Both name "the tokenizer in tokenizer.json"; the latter is also understood by older ONNX
    Runtime GenAI releases that an edge app may embed, and by transformers 4.
    """
    path = Path(onnx_dir) / "tokenizer_config.json"
    config = sources.read_json_or_empty(path)
    if config.get("tokenizer_class") == "TokenizersBackend" and \
            (Path(onnx_dir) / "tokenizer.json").is_file():
        config["tokenizer_class"] = GENERIC_TOKENIZER_CLASS
        _write_json(path, config)
        return ["tokenizer_class 'TokenizersBackend' -> 'PreTrainedTokenizerFast' (readable by "
                "older ONNX Runtime GenAI and transformers 4)"]
    return []


def _tokenizer_agrees(onnx_dir: Path, reference: Any, probes: list[str]) -> bool:
    import onnxruntime_genai as og

    try:
        config = og.Config(str(onnx_dir))
        config.clear_providers()
        tokenizer = og.Tokenizer(og.Model(config))
        return all([int(t) for t in tokenizer.encode(text)] ==
                   list(reference(text, add_special_tokens=False)["input_ids"])
                   for text in probes)
    except Exception:  # a tokenizer ORT GenAI cannot load is a disagreement
        return False


def fix_tokenizer(onnx_dir: Path, reference_dir: Path, sample: str = "") -> list[str]:
    """ORT GenAI's tokenizer must encode like transformers; try the generic class if not.

    transformers 5 saves `tokenizer_class: TokenizersBackend` (or a model-specific class) that
    ONNX Runtime GenAI may not know; `PreTrainedTokenizerFast` makes it read tokenizer.json as is.
    """
    from transformers import AutoTokenizer

    reference = AutoTokenizer.from_pretrained(reference_dir)
    probes = [*TOKENIZER_PROBES, sample] if sample else list(TOKENIZER_PROBES)
    if _tokenizer_agrees(onnx_dir, reference, probes):
        return []
    path = Path(onnx_dir) / "tokenizer_config.json"
    config = sources.read_json_or_empty(path)
    previous = config.get("tokenizer_class")
    if previous == GENERIC_TOKENIZER_CLASS:
        return ["tokenizer: ONNX Runtime GenAI encodes some text differently from transformers"]
    config["tokenizer_class"] = GENERIC_TOKENIZER_CLASS
    _write_json(path, config)
    if _tokenizer_agrees(onnx_dir, reference, probes):
        return [f"tokenizer_class {previous!r} -> {GENERIC_TOKENIZER_CLASS!r} (ONNX Runtime "
                "GenAI encoded differently with the former)"]
    if previous is None:
        config.pop("tokenizer_class", None)
    else:
        config["tokenizer_class"] = previous
    _write_json(path, config)
    return ["tokenizer: ONNX Runtime GenAI encodes some text differently from transformers"]
