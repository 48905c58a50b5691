"""Every method of the matrix trains a real model and lowers its loss."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_ft.core import config as cfg
from desktop_ft.core.requests import TrainRequest
from desktop_ft.training.job import run_training

LEARNING_RATES = {"full": 1e-3, "lora": 5e-3, "dora": 5e-3, "qlora": 5e-3, "lora-8bit": 5e-3,
                  "ia3": 3e-2, "loha": 5e-3, "lokr": 1e-2, "adalora": 1e-2,
                  "prompt-tuning": 5e-2, "prefix-tuning": 1e-2}


def train(model_dir: Path, data: Path, root: Path, method: str, steps: int = 10,
          **overrides: object) -> dict:
    config = cfg.RunConfig(model=str(model_dir), method=method, name=method, merge=False)
    config.data = cfg.DataConfig(path=str(data), max_length=48, validation_split=0.0)
    config.lora = cfg.LoraConfig(rank=8, alpha=16, dropout=0.0, virtual_tokens=8)
    config.train = cfg.TrainConfig(max_steps=steps, batch_size=8, save_every=0, threads=1,
                                   learning_rate=LEARNING_RATES[method], warmup_ratio=0.0,
                                   scheduler="constant")
    for key, value in overrides.items():
        setattr(config.train, key, value)
    return run_training(TrainRequest(cfg.validate(config), runs_root=root), lambda e: None,
                        threading.Event())


def losses(result: dict) -> list[float]:
    from desktop_ft.core.runs import RunFolder

    return [loss for _, loss in RunFolder(Path(result["run_dir"])).loss_curves()[0]]


@pytest.mark.slow
@pytest.mark.parametrize("method", cfg.METHODS)
def test_each_method_lowers_the_loss(method: str, demo_model_dir: Path, chat_dataset: Path,
                                     tmp_path: Path) -> None:
    result = train(demo_model_dir, chat_dataset, tmp_path, method, steps=10)
    assert result["status"] == "finished"
    history = losses(result)
    assert len(history) == 10
    assert sum(history[-3:]) / 3 < sum(history[:3]) / 3, history


@pytest.fixture(scope="module")
def llama_dir(tmp_path_factory: pytest.TempPathFactory, tiny_model_dir: Path) -> Path:
    """A Llama-architecture model with the demo tokenizer: targets are found, not hard-coded."""
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    llama = LlamaForCausalLM(LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256,
        pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id))
    folder = tmp_path_factory.mktemp("llama") / "model"
    llama.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("method", cfg.METHODS)
def test_each_method_on_a_second_architecture(method: str, llama_dir: Path, chat_dataset: Path,
                                              tmp_path: Path) -> None:
    """Every method, 8-bit LoRA included, on Llama: the loss of a random model falls."""
    result = train(llama_dir, chat_dataset, tmp_path, method, steps=8)
    assert result["status"] == "finished"
    history = losses(result)
    assert sum(history[-3:]) / 3 < sum(history[:3]) / 3, history


def test_packing_changes_nothing_but_speed(tiny_model_dir: Path, chat_dataset: Path,
                                           tmp_path: Path) -> None:
    """A packed batch gives each example exactly the logits it gets alone."""
    import torch
    from transformers import AutoModelForCausalLM

    from desktop_ft.training.collate import PackCollator, PadCollator

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    model.config.use_cache = False
    model.eval()
    generator = torch.Generator().manual_seed(0)
    rows = []
    for length in (10, 25, 7, 40):
        ids = torch.randint(5, model.config.vocab_size, (length,), generator=generator).tolist()
        rows.append({"input_ids": ids, "labels": ids})
    packed = PackCollator(pad_id=0, max_length=64)(rows)
    assert packed["input_ids"].shape[0] == 2  # 4 examples in 2 rows instead of 4
    with torch.no_grad():
        logits = model(input_ids=packed["input_ids"], position_ids=packed["position_ids"]).logits
        for row in rows:
            alone = model(input_ids=torch.tensor([row["input_ids"]])).logits[0]
            n = len(row["input_ids"])
            where = [(i, s) for i in range(logits.shape[0]) for s in range(logits.shape[1] - n + 1)
                     if packed["input_ids"][i, s: s + n].tolist() == row["input_ids"]
                     and packed["position_ids"][i, s] == 0]
            i, s = where[0]
            assert torch.allclose(logits[i, s: s + n], alone, atol=1e-4)
        packed_loss = model(**packed).loss
        padded_loss = model(**PadCollator(pad_id=0)(rows)).loss
    assert float(packed_loss) == pytest.approx(float(padded_loss), abs=1e-5)


def test_4bit_lora_gradients_match_a_dequantized_copy(tiny_model_dir: Path) -> None:
    """Guards against bitsandbytes' CPU avx512-bf16 repacking bug (no error, wrong gradients):
    after an eval forward under no_grad, LoRA gradients through 4-bit layers must equal those
    through a full-precision copy of the same dequantised weights."""
    import copy

    import bitsandbytes as bnb
    import peft
    import torch
    from transformers import AutoModelForCausalLM

    from desktop_ft.training.methods import disable_cpu_bf16_repacking, quantization_config

    quantized = AutoModelForCausalLM.from_pretrained(
        tiny_model_dir, dtype=torch.float32,
        quantization_config=quantization_config("qlora", torch.float32))
    quantized.config.use_cache = False
    dense = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    dense.config.use_cache = False
    for name, module in quantized.named_modules():
        if isinstance(module, bnb.nn.Linear4bit):
            weight = bnb.functional.dequantize_4bit(module.weight.data, module.weight.quant_state)
            dense.get_submodule(name).weight.data.copy_(weight.float())
    disable_cpu_bf16_repacking(quantized)
    lora = peft.LoraConfig(r=4, lora_alpha=8, target_modules=["qkv_proj", "down_proj"],
                           init_lora_weights=False)
    torch.manual_seed(0)
    q_model = peft.get_peft_model(quantized, lora)
    d_model = peft.get_peft_model(dense, copy.deepcopy(lora))
    d_model.load_state_dict({n: p for n, p in q_model.state_dict().items() if "lora_" in n},
                            strict=False)
    batch = torch.randint(5, quantized.config.vocab_size, (2, 16))
    q_model.eval()
    with torch.no_grad():
        q_model(input_ids=batch)  # the eval pass that triggers the repacking bug
    q_model.train()
    d_model.train()
    q_model(input_ids=batch, labels=batch).loss.backward()
    d_model(input_ids=batch, labels=batch).loss.backward()
    pairs = [(p, dict(d_model.named_parameters())[n]) for n, p in q_model.named_parameters()
             if "lora_" in n]
    assert pairs
    for q_param, d_param in pairs:
        assert q_param.grad is not None
        assert torch.allclose(q_param.grad, d_param.grad, rtol=1e-2, atol=1e-4)
