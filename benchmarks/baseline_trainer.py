"""The plain baseline the training benchmark compares against: what a typical fine-tuning
script does with transformers Trainer + peft, padding every example to max_length.

Usage (normally called by bench_train.py): python baseline_trainer.py MODEL_DIR DATA METHOD STEPS
Prints one JSON line: real tokens, seconds, final losses.
"""

from __future__ import annotations

import json
import sys
import time

import peft
import torch
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    BitsAndBytesConfig,
    Trainer,
    TrainerCallback,
    TrainingArguments,
)

MAX_LENGTH = 256
BATCH = 8


def main() -> None:
    model_dir, data_path, method, steps = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    rows = []
    with open(data_path, encoding="utf-8") as handle:
        for line in handle:
            messages = json.loads(line)["messages"]
            text = tokenizer.apply_chat_template(messages, tokenize=False)
            enc = tokenizer(text, add_special_tokens=False, truncation=True,
                            max_length=MAX_LENGTH, padding="max_length")
            labels = [t if m else -100 for t, m in zip(enc["input_ids"], enc["attention_mask"],
                                                        strict=True)]
            rows.append({"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"],
                         "labels": labels})
    quant = None
    if method == "qlora":
        quant = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
                                   bnb_4bit_use_double_quant=True,
                                   bnb_4bit_compute_dtype=torch.float32)
    model = AutoModelForCausalLM.from_pretrained(model_dir, quantization_config=quant)
    if quant is not None:
        model = peft.prepare_model_for_kbit_training(model, use_gradient_checkpointing=False)
    model = peft.get_peft_model(model, peft.LoraConfig(
        r=16, lora_alpha=32, target_modules="all-linear", use_dora=method == "dora",
        task_type="CAUSAL_LM"))
    losses: list[float] = []

    class Record(TrainerCallback):
        def on_log(self, args, state, control, logs=None, **kwargs):  # type: ignore[no-untyped-def]
            if logs and "loss" in logs:
                losses.append(float(logs["loss"]))

    args = TrainingArguments(output_dir="/tmp/baseline-out", max_steps=steps,
                             per_device_train_batch_size=BATCH, learning_rate=2e-3,
                             logging_steps=1, save_strategy="no", report_to=[],
                             disable_tqdm=True, use_cpu=True, seed=0, data_seed=0,
                             lr_scheduler_type="constant")
    real_tokens = 0

    def collate(batch: list[dict]) -> dict:
        nonlocal real_tokens
        real_tokens += sum(sum(r["attention_mask"]) for r in batch)
        return {k: torch.tensor([r[k] for r in batch]) for k in batch[0]}

    trainer = Trainer(model=model, args=args, train_dataset=rows, data_collator=collate,
                      callbacks=[Record()])
    started = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - started
    print("RESULT " + json.dumps({"seconds": seconds, "real_tokens": real_tokens,
                      "loss_last": sum(losses[-5:]) / len(losses[-5:])}))


if __name__ == "__main__":
    main()
