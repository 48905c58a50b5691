"""Helpers for the export tests: toy configs of real architectures, a real LoRA run folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

VOCAB_EOS = [4, 0]  # the demo tokenizer's <|end|>, <|endoftext|>


class Events:
    """An emit() that keeps what it gets."""

    def __init__(self) -> None:
        self.items: list[Any] = []

    def __call__(self, event: Any) -> None:
        self.items.append(event)

    def messages(self) -> list[str]:
        return [e.message for e in self.items if getattr(e, "type", "") == "log"]


def save_tiny(out: Path, config: Any, tokenizer_dir: Path) -> Path:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GenerationConfig

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config)
    model.generation_config = GenerationConfig(bos_token_id=0, eos_token_id=VOCAB_EOS,
                                               pad_token_id=0)
    model.save_pretrained(out)
    AutoTokenizer.from_pretrained(tokenizer_dir).save_pretrained(out)
    return out


TINY = dict(num_hidden_layers=2, bos_token_id=0, eos_token_id=VOCAB_EOS, pad_token_id=0)


def _longrope(rotary_dim: int, key: str) -> dict[str, Any]:
    half = rotary_dim // 2
    return {key: "longrope", "short_factor": [1.0 + 0.02 * i for i in range(half)],
            "long_factor": [1.1 + 0.3 * i for i in range(half)]}


def tiny_config(kind: str, vocab: int) -> Any:
    """Toy-sized configs with the shapes that matter of the real Phi-3 family, Llama and Qwen2.

    `KIND-1l` is the same with one layer: the torch.onnx tracer's time grows with the graph, and
    one layer carries every shape that matters (the two-layer GPT-2 checks the per-layer cache).
    """
    from transformers import LlamaConfig, Phi3Config, Qwen2Config

    layers = 1 if kind.endswith("-1l") else 2
    kind = kind.removesuffix("-1l")
    tiny = dict(TINY, num_hidden_layers=layers)

    small = dict(hidden_size=64, intermediate_size=128, num_attention_heads=4, vocab_size=vocab,
                 **tiny)
    if kind == "phi3-4k":  # Phi-3-mini-4k: no rope scaling, sliding window
        return Phi3Config(max_position_embeddings=512, original_max_position_embeddings=512,
                          sliding_window=511, **small)
    if kind == "phi3-unequal":  # original != max without LongRoPE: builder KeyError 'multi_cache'
        return Phi3Config(max_position_embeddings=1024, original_max_position_embeddings=256,
                          **small)
    if kind == "phi3-128k":  # LongRoPE written as rope_type only: builder KeyError 'type'
        return Phi3Config(max_position_embeddings=2048, original_max_position_embeddings=256,
                          rope_scaling=_longrope(16, "rope_type"), **small)
    if kind == "phi3.5-mini":  # LongRoPE as the hub config writes it ("type")
        return Phi3Config(max_position_embeddings=4096, original_max_position_embeddings=256,
                          rope_scaling=_longrope(16, "type"), **small)
    if kind == "phi4-mini":  # partial rotary 0.75, grouped KV heads, tied embeddings, LongRoPE
        # head_dim 64 as in the real one (ORT's attention needs rotary_dim / 2 a multiple of 8)
        return Phi3Config(hidden_size=192, intermediate_size=256, num_attention_heads=3,
                          num_key_value_heads=1, vocab_size=vocab, max_position_embeddings=2048,
                          original_max_position_embeddings=256, partial_rotary_factor=0.75,
                          rope_scaling=_longrope(48, "type"), tie_word_embeddings=True, **tiny)
    if kind == "llama":
        return LlamaConfig(num_key_value_heads=2, max_position_embeddings=512, **small)
    if kind == "qwen2":
        return Qwen2Config(num_key_value_heads=2, max_position_embeddings=512,
                           tie_word_embeddings=True, **small)
    if kind == "gpt2":  # an architecture the builder does not cover
        from transformers import GPT2Config

        return GPT2Config(n_embd=64, n_layer=2, n_head=4, vocab_size=vocab, n_positions=256,
                          bos_token_id=0, eos_token_id=4)
    raise ValueError(kind)


def make_run(root: Path, base: Path, name: str = "run", seed: int = 7) -> Path:
    """A finished LoRA run folder: a real PEFT adapter (non-zero B), manifest, config.yaml."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from desktop_ft.core import config as cfg
    from desktop_ft.training.demo_model import sample_path

    run = root / name
    run.mkdir(parents=True)
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    lora = LoraConfig(r=8, lora_alpha=16, target_modules="all-linear", init_lora_weights=False,
                      task_type="CAUSAL_LM")
    peft_model = get_peft_model(model, lora)
    peft_model.save_pretrained(run / "adapter")
    AutoTokenizer.from_pretrained(base).save_pretrained(run / "adapter")
    config = cfg.RunConfig(model=str(base), name=name)
    config.data.path = str(sample_path("houseplants-chat.jsonl"))
    config.data.validation_split = 0.05
    (run / "config.yaml").write_text(cfg.dump(config), encoding="utf-8")
    (run / "manifest.json").write_text(json.dumps({
        "status": "finished", "base_model": str(base), "base_model_dir": str(base)}),
        encoding="utf-8")
    return run


