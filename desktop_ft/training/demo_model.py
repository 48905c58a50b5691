"""The bundled demo model: a few-million-parameter Phi-3, built on the user's machine.

Nothing binary is committed: the tokenizer is trained with `tokenizers` on our own houseplant
corpus and the model is a transformers `Phi3Config` with random weights given a short full
pre-training on that corpus, so the LoRA fine-tune in the demo has something to adapt (a frozen
random base under an adapter learns little). The build is seeded and cached under
`cache_root()/demo-model/<RECIPE>`; bump RECIPE whenever anything here changes.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.core import runs
from desktop_ft.core.resources import sample_path

RECIPE = "phi3-demo-v1"
VOCAB_SIZE = 2048
SPECIAL_TOKENS = ["<|endoftext|>", "<|system|>", "<|user|>", "<|assistant|>", "<|end|>"]

# Phi-3's own turn markers; the template adds the model's answer after "<|assistant|>\n".
CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}{{ '<|system|>\n' + message['content'] + '<|end|>\n' }}"
    "{% elif message['role'] == 'user' %}{{ '<|user|>\n' + message['content'] + '<|end|>\n' }}"
    "{% elif message['role'] == 'assistant' %}"
    "{{ '<|assistant|>\n' + message['content'] + '<|end|>\n' }}"
    "{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>\n' }}{% endif %}"
)

MODEL_SHAPE: dict[str, Any] = {
    "hidden_size": 256,
    "intermediate_size": 688,
    "num_hidden_layers": 4,
    "num_attention_heads": 4,
    "num_key_value_heads": 4,
    "max_position_embeddings": 512,
    "original_max_position_embeddings": 512,
}
PRETRAIN = {"steps": 150, "seq": 128, "batch": 8, "lr": 3e-3, "seed": 1234}


def corpus_text() -> str:
    return sample_path("houseplants-corpus.txt").read_text(encoding="utf-8")


def tokenizer_training_text() -> list[str]:
    """The corpus plus the chat answers and questions, so every demo word has a short encoding."""
    texts = corpus_text().split("\n\n")
    with open(sample_path("houseplants-chat.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            texts.extend(m["content"] for m in json.loads(line)["messages"])
    return texts


def build_tokenizer(texts: list[str], vocab_size: int = VOCAB_SIZE) -> Any:
    """Train a byte-level BPE (as Phi-3 and Llama 3 use) and wrap it for transformers."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    core = Tokenizer(models.BPE())
    core.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    core.decoder = decoders.ByteLevel()
    core.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  min_frequency=2, show_progress=False)
    core.train_from_iterator(texts, trainer=trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, eos_token="<|end|>",
                                        pad_token="<|endoftext|>", unk_token=None,
                                        bos_token=None, model_max_length=MODEL_SHAPE[
                                            "max_position_embeddings"])
    tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


def build_config(tokenizer: Any) -> Any:
    from transformers import Phi3Config

    end_id = tokenizer.convert_tokens_to_ids("<|end|>")
    eot_id = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    return Phi3Config(vocab_size=len(tokenizer), tie_word_embeddings=False, rope_scaling=None,
                      bos_token_id=eot_id, eos_token_id=[end_id, eot_id], pad_token_id=eot_id,
                      **MODEL_SHAPE)


def _pretrain(model: Any, tokenizer: Any, emit: ev.Emit, stop: threading.Event) -> list[float]:
    """A short full pre-training on the prose corpus: next-token loss on packed 128-token rows."""
    import torch

    from desktop_ft.training.precision import autocast_context

    ids = tokenizer(corpus_text())["input_ids"]
    seq, batch, steps = PRETRAIN["seq"], PRETRAIN["batch"], PRETRAIN["steps"]
    rows = torch.tensor(ids[: len(ids) // seq * seq]).view(-1, seq)
    generator = torch.Generator().manual_seed(PRETRAIN["seed"])
    optimizer = torch.optim.AdamW(model.parameters(), lr=PRETRAIN["lr"], weight_decay=0.01)
    warmup = steps // 10
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warmup) * 0.5 * (1 + math.cos(math.pi * s / steps)))
    model.train()
    losses: list[float] = []
    started = time.perf_counter()
    for step in range(1, steps + 1):
        if stop.is_set():
            raise InterruptedError("demo model build stopped")
        pick = torch.randint(0, rows.shape[0], (batch,), generator=generator)
        inputs = rows[pick]
        with autocast_context("auto"):
            loss = model(input_ids=inputs, labels=inputs).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
        optimizer.zero_grad(set_to_none=True)
        losses.append(float(loss.detach()))
        elapsed = time.perf_counter() - started
        emit(ev.Progress(step=step, total_steps=steps, loss=losses[-1], phase="demo base",
                         learning_rate=schedule.get_last_lr()[0],
                         tokens_per_s=step * batch * seq / elapsed,
                         eta_s=elapsed / step * (steps - step)))
    model.eval()
    return losses


def build_demo_model(out_dir: Path, emit: ev.Emit | None = None,
                     stop: threading.Event | None = None, pretrain: bool = True) -> Path:
    """Build the demo model folder (tokenizer, chat template, config, weights) at `out_dir`."""
    import torch
    from transformers import AutoModelForCausalLM, GenerationConfig

    emit = emit or (lambda event: None)
    stop = stop or threading.Event()
    torch.manual_seed(PRETRAIN["seed"])
    tokenizer = build_tokenizer(tokenizer_training_text())
    config = build_config(tokenizer)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    losses = _pretrain(model, tokenizer, emit, stop) if pretrain else []
    out_dir.mkdir(parents=True, exist_ok=True)
    model.generation_config = GenerationConfig(
        bos_token_id=config.bos_token_id, eos_token_id=config.eos_token_id,
        pad_token_id=config.pad_token_id, do_sample=False)
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    runs.atomic_write_json(out_dir / "desktop_ft_demo.json", {
        "recipe": RECIPE, "pretrain": PRETRAIN if pretrain else None,
        "pretrain_loss_first": losses[0] if losses else None,
        "pretrain_loss_last": losses[-1] if losses else None,
        "parameters": sum(p.numel() for p in model.parameters()),
    })
    return out_dir


def demo_model_dir() -> Path:
    return runs.cache_root() / "demo-model" / RECIPE


def ensure_demo_model(emit: ev.Emit | None = None, stop: threading.Event | None = None) -> Path:
    """The cached demo model folder, built on first use (atomically: a killed build leaves none)."""
    target = demo_model_dir()
    if (target / "desktop_ft_demo.json").is_file():
        return target
    emit = emit or (lambda event: None)
    emit(ev.Log(message=f"building the demo model (first use) in {target}"))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{RECIPE}.", dir=target.parent))
    try:
        build_demo_model(tmp, emit, stop)
        try:
            os.replace(tmp, target)
        except OSError:
            if not (target / "desktop_ft_demo.json").is_file():  # not a concurrent build's
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target
