"""The measuring child of `desktop-ft estimate --calibrate` and benchmarks/bench_estimate.py.

It runs in its own process (so the peak memory is its own): builds a model of the given shape
with random weights, applies the method, runs a few real optimizer steps and prints one JSON line
with the peak (CPU: VmHWM reset after the model is built; GPU: max allocated/reserved plus the
CUDA context) and the tokens per second. core/calibration.py starts it and keeps the ratios.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from desktop_ft.core import estimate as est
from desktop_ft.core.catalog import ModelSpec


def _status_kib(field_name: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak_rss() -> bool:
    """Linux lets a process reset its own peak RSS (VmHWM) by writing 5 to clear_refs."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _hf_config(spec: ModelSpec) -> Any:
    import transformers

    classes = {"phi3": "Phi3Config", "llama": "LlamaConfig", "qwen2": "Qwen2Config",
               "mistral": "MistralConfig", "gemma2": "Gemma2Config"}
    cls = getattr(transformers, classes.get(spec.model_type, "LlamaConfig"))
    kwargs: dict[str, Any] = dict(
        hidden_size=spec.hidden, intermediate_size=spec.intermediate,
        num_hidden_layers=spec.layers, num_attention_heads=spec.heads,
        num_key_value_heads=spec.kv_heads, vocab_size=spec.vocab,
        max_position_embeddings=spec.max_context, tie_word_embeddings=spec.tied_embeddings,
        pad_token_id=0, bos_token_id=1, eos_token_id=2)
    if spec.head_dim:
        kwargs["head_dim"] = spec.head_dim
    return cls(**kwargs)


def child_measure(spec_data: dict[str, Any], plan_data: dict[str, Any], steps: int,
                  threads: int) -> dict[str, Any]:
    """Run `steps` real training steps and report peak memory and speed (runs in the child)."""
    import torch

    if threads:
        torch.set_num_threads(threads)
    import transformers
    from transformers import AutoModelForCausalLM

    transformers.logging.set_verbosity_error()
    baseline_rss = _status_kib("VmRSS") * 1024
    spec = ModelSpec(**{k: v for k, v in spec_data.items() if k != "params"})
    plan = est.Plan(**plan_data)
    device = "cuda" if plan.device == "gpu" else "cpu"
    dtype = {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}[plan.dtype]
    quantised = plan.method in ("qlora", "lora-8bit")
    # As Desktop FT trains: fp32 weights under 16-bit autocast, unless told otherwise.
    autocast = dtype != torch.float32 and plan.autocast is not False
    weights_dtype = torch.float32 if autocast and not quantised else dtype
    torch.manual_seed(0)
    config = _hf_config(spec)
    quant = None
    if plan.method in ("qlora", "lora-8bit"):
        from transformers import BitsAndBytesConfig

        quant = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
                                   bnb_4bit_use_double_quant=True,
                                   bnb_4bit_compute_dtype=dtype) \
            if plan.method == "qlora" else BitsAndBytesConfig(load_in_8bit=True)
    if device == "cuda":
        torch.cuda.init()
        torch.empty(1, device="cuda")
        free, total = torch.cuda.mem_get_info()
        context = total - free - torch.cuda.memory_reserved()
    model = AutoModelForCausalLM.from_config(config, dtype=weights_dtype)
    if quant is not None:  # quantise the random weights as a loaded checkpoint would be
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            model.save_pretrained(tmp)
            del model
            model = AutoModelForCausalLM.from_pretrained(tmp, quantization_config=quant,
                                                         dtype=dtype, device_map=device)
    else:
        model.to(device)
    if quant is not None and plan.kbit_upcast:
        import peft

        model = peft.prepare_model_for_kbit_training(model, use_gradient_checkpointing=False)
    if plan.method != "full":
        import peft

        targets: Any = "all-linear" if plan.targets == "all-linear" else [
            name for name, _, _ in est._targeted(spec, plan.targets)]
        if plan.method == "adalora":
            peft_config: Any = peft.AdaLoraConfig(
                init_r=plan.rank + est.ADALORA_EXTRA_RANK, target_r=plan.rank,
                lora_alpha=2 * plan.rank, lora_dropout=plan.lora_dropout,
                target_modules=targets, total_step=max(10, steps), task_type="CAUSAL_LM")
        elif plan.method in est.ADAPTER_METHODS:
            peft_config = peft.LoraConfig(r=plan.rank, lora_alpha=2 * plan.rank,
                                          lora_dropout=plan.lora_dropout,
                                          target_modules=targets,
                                          use_dora=plan.method == "dora", task_type="CAUSAL_LM")
        elif plan.method == "loha":
            peft_config = peft.LoHaConfig(r=plan.rank, alpha=2 * plan.rank,
                                          target_modules=targets, task_type="CAUSAL_LM")
        elif plan.method == "lokr":
            peft_config = peft.LoKrConfig(r=plan.rank, alpha=2 * plan.rank,
                                          target_modules=targets, task_type="CAUSAL_LM")
        elif plan.method == "ia3":
            mods = est._ia3_modules(spec, plan.targets)
            peft_config = peft.IA3Config(target_modules=[m[0] for m in mods],
                                         feedforward_modules=[m[0] for m in mods
                                                              if m[3] == "in"],
                                         task_type="CAUSAL_LM")
        elif plan.method == "prompt-tuning":
            peft_config = peft.PromptTuningConfig(num_virtual_tokens=plan.num_virtual_tokens,
                                                  task_type="CAUSAL_LM")
        else:
            peft_config = peft.PrefixTuningConfig(num_virtual_tokens=plan.num_virtual_tokens,
                                                  task_type="CAUSAL_LM")
        model = peft.get_peft_model(model, peft_config)
    if plan.grad_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        if plan.method != "full":
            model.enable_input_require_grads()
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    if plan.optimizer == "sgd":
        optimizer: Any = torch.optim.SGD(params, lr=1e-4)
    elif plan.optimizer == "adamw":  # what the trainer's "adamw_torch" builds
        optimizer = torch.optim.AdamW(params, lr=1e-4)
    else:
        import bitsandbytes as bnb

        optimizer = (bnb.optim.PagedAdamW8bit if plan.optimizer.startswith("paged")
                     else bnb.optim.AdamW8bit)(params, lr=1e-4)
    gen = torch.Generator().manual_seed(0)
    ids = torch.randint(3, spec.vocab, (plan.batch, plan.seq), generator=gen)
    mask = torch.ones_like(ids)
    if plan.batch > 1:  # a padded row, as in real batches of unequal examples
        pad = max(1, plan.seq // 10)
        ids[-1, -pad:] = 0
        mask[-1, -pad:] = 0
    labels = ids.masked_fill(mask == 0, -100)
    ids, mask, labels = ids.to(device), mask.to(device), labels.to(device)
    import gc

    gc.collect()
    after_build_rss = _status_kib("VmRSS") * 1024
    reset = _reset_peak_rss()
    if device == "cuda":
        torch.cuda.reset_peak_memory_stats()
    import contextlib

    def forward() -> Any:
        """Like the Trainer's compute_loss: autocast around forward, only the loss returned
        (unless the plan says the loop keeps the outputs, as a hand-written loop does)."""
        context = torch.autocast(device_type=device, dtype=dtype) if autocast \
            else contextlib.nullcontext()
        with context:
            out = model(input_ids=ids, attention_mask=mask, labels=labels)
        return out if plan.keep_logits else out.loss

    times = []
    losses = []
    for _ in range(steps):
        start = time.perf_counter()
        out = forward()
        loss = out.loss if plan.keep_logits else out
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        losses.append(float(loss))
        del out, loss
        if device == "cuda":
            torch.cuda.synchronize()
        times.append(time.perf_counter() - start)
    result: dict[str, Any] = {
        "baseline_rss_bytes": baseline_rss, "after_build_rss_bytes": after_build_rss,
        "peak_rss_bytes": _status_kib("VmHWM") * 1024 if reset else None,
        "step_seconds": times, "losses": losses,
        "trainable_params": sum(p.numel() for p in params),
        "total_params": sum(p.numel() for p in model.parameters()),
    }
    timed = times[1:] if len(times) > 1 else times
    result["tokens_per_s"] = plan.batch * plan.seq / (sum(timed) / len(timed))
    if device == "cuda":
        result["max_allocated_bytes"] = int(torch.cuda.max_memory_allocated())
        result["max_reserved_bytes"] = int(torch.cuda.max_memory_reserved())
        result["context_bytes"] = int(context)
        result["peak_device_bytes"] = int(torch.cuda.max_memory_reserved() + context)
    return result


def _main(argv: list[str]) -> int:
    args = json.loads(argv[0])
    result = child_measure(args["spec"], args["plan"], int(args.get("steps", 3)),
                           int(args.get("threads", 0)))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
