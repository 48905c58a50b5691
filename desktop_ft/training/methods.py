"""Attach the fine-tuning method to a model: full, the LoRA family, the other peft methods.

Target modules are found from the model itself (every Linear but the output head), so
architectures for which peft has no defaults, such as Phi-3 with its fused `qkv_proj` and
`gate_up_proj`, work without a hand-written list.
"""

from __future__ import annotations

from typing import Any

from desktop_ft.core.config import RunConfig

QUANTIZED = ("qlora", "lora-8bit")
LORA_FAMILY = ("lora", "dora", "qlora", "lora-8bit")
PROMPT_METHODS = ("prompt-tuning", "prefix-tuning")


def linear_layers(model: Any) -> tuple[list[str], list[str]]:
    """Names (last component) of the Linear layers worth adapting, and the feed-forward outputs.

    A feed-forward output is the projection that narrows the hidden width back (in > out) inside
    an MLP block: IA3 scales its input rather than its output.
    """
    import torch

    head = model.get_output_embeddings()
    names: set[str] = set()
    feedforward: set[str] = set()
    for name, module in model.named_modules():
        is_linear = isinstance(module, torch.nn.Linear) or type(module).__name__.startswith(
            ("Linear8bit", "Linear4bit"))
        if not is_linear or module is head:
            continue
        leaf = name.rsplit(".", 1)[-1]
        names.add(leaf)
        parent = name.rsplit(".", 2)[-2] if name.count(".") >= 1 else ""
        if "mlp" in parent.lower() or "ffn" in parent.lower() or "feed_forward" in parent.lower():
            in_f = getattr(module, "in_features", 0)
            out_f = getattr(module, "out_features", 0)
            if in_f > out_f:
                feedforward.add(leaf)
    return sorted(names), sorted(feedforward)


def _targets(model: Any, config: RunConfig) -> list[str] | str:
    requested = config.lora.target_modules
    if requested == "all-linear" or not requested:
        return linear_layers(model)[0]
    return requested


def quantization_config(method: str, compute_dtype: Any) -> Any:
    """bitsandbytes settings for QLoRA (4-bit NF4, double quantisation) and 8-bit LoRA."""
    if method not in QUANTIZED:
        return None
    from transformers import BitsAndBytesConfig

    if method == "qlora":
        return BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
                                  bnb_4bit_use_double_quant=True,
                                  bnb_4bit_compute_dtype=compute_dtype)
    return BitsAndBytesConfig(load_in_8bit=True)


def disable_cpu_bf16_repacking(model: Any) -> int:
    """Work around bitsandbytes 0.50's avx512-bf16 CPU path in 4-bit layers.

    On CPUs with avx512_bf16, one forward pass under no_grad (a validation step) repacks the
    4-bit weights so that afterwards no gradient reaches the LoRA weights through them: a silent
    wrong result, measured as 115% gradient error. Turning the repacking off keeps gradients
    exact (tests/training/test_methods.py compares against a dequantised copy).
    """
    count = 0
    for module in model.modules():
        if hasattr(module, "support_avx512bf16_for_cpu"):
            module.support_avx512bf16_for_cpu = False
            count += 1
    return count


def apply_method(model: Any, config: RunConfig) -> Any:
    """Return the model to train, with only the method's parameters trainable."""
    method = config.method
    if method == "full":
        for parameter in model.parameters():
            parameter.requires_grad_(True)
        return model
    import peft

    lora = config.lora
    common = {"task_type": "CAUSAL_LM"}
    if method in QUANTIZED:
        model = peft.prepare_model_for_kbit_training(
            model, use_gradient_checkpointing=config.train.gradient_checkpointing)
        disable_cpu_bf16_repacking(model)
    if method in LORA_FAMILY:
        peft_config = peft.LoraConfig(r=lora.rank, lora_alpha=lora.alpha,
                                      lora_dropout=lora.dropout,
                                      target_modules=_targets(model, config),
                                      use_dora=method == "dora", bias="none", **common)
    elif method == "ia3":
        targets = _targets(model, config)
        feedforward = [n for n in linear_layers(model)[1] if n in targets]
        peft_config = peft.IA3Config(target_modules=targets, feedforward_modules=feedforward,
                                     **common)
    elif method == "loha":
        peft_config = peft.LoHaConfig(r=lora.rank, alpha=lora.alpha,
                                      target_modules=_targets(model, config), **common)
    elif method == "lokr":
        peft_config = peft.LoKrConfig(r=lora.rank, alpha=lora.alpha,
                                      target_modules=_targets(model, config), **common)
    elif method == "adalora":
        total = max(config.train.max_steps, 1)
        peft_config = peft.AdaLoraConfig(
            init_r=lora.rank + 4, target_r=lora.rank, lora_alpha=lora.alpha,
            target_modules=_targets(model, config), total_step=total,
            tinit=max(0, total // 10), tfinal=max(0, total // 5), **common)
    elif method == "prompt-tuning":
        peft_config = peft.PromptTuningConfig(num_virtual_tokens=config.lora.virtual_tokens,
                                              **common)
    elif method == "prefix-tuning":
        peft_config = peft.PrefixTuningConfig(num_virtual_tokens=config.lora.virtual_tokens,
                                              **common)
    else:  # validated in core.config; reaching here is a bug
        raise ValueError(f"unknown method {method!r}")
    return peft.get_peft_model(model, peft_config)


def count_parameters(model: Any) -> tuple[int, int]:
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    return trainable, total
