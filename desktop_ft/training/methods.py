"""Attach the fine-tuning method to a model: LoRA, DoRA or full fine-tuning."""

from __future__ import annotations

from typing import Any

from desktop_ft.core.config import RunConfig


def apply_method(model: Any, config: RunConfig) -> Any:
    """Return the model to train. Adapter targets default to every linear layer but the head,
    found from the model itself, so architectures without peft defaults (Phi-3) work too."""
    if config.method == "full":
        for parameter in model.parameters():
            parameter.requires_grad_(True)
        return model
    from peft import LoraConfig, get_peft_model

    lora = config.lora
    peft_config = LoraConfig(
        r=lora.rank, lora_alpha=lora.alpha, lora_dropout=lora.dropout,
        target_modules=lora.target_modules, use_dora=config.method == "dora",
        task_type="CAUSAL_LM", bias="none",
    )
    return get_peft_model(model, peft_config)


def count_parameters(model: Any) -> tuple[int, int]:
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    return trainable, total
