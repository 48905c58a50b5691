"""How well the demo fine-tune learns: exact training answers reproduced vs LoRA steps.

Trains the demo configuration for each step count (the demo model cached in $DESKTOP_FT_HOME),
merges, and decodes greedily the first 40 training questions with the merged model; prints a
table of steps, training seconds, final loss and exact matches. This is how the demo's
`max_steps` was chosen.
Run: .venv/bin/python benchmarks/bench_demo_recall.py [STEPS ...]   (default: 120 200)
"""

from __future__ import annotations

import json
import sys
import threading
import time

from desktop_ft import jobs
from desktop_ft.core import config as cfg
from desktop_ft.core.resources import DEMO_CONFIG

QUESTIONS = 40


def recall(steps: int) -> tuple[float, float, int]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    config = cfg.load(DEMO_CONFIG)
    config.train.max_steps = steps
    started = time.perf_counter()
    result = jobs.train(jobs.TrainRequest(config=config), lambda event: None, threading.Event())
    seconds = time.perf_counter() - started
    tokenizer = AutoTokenizer.from_pretrained(result["merged_dir"])
    model = AutoModelForCausalLM.from_pretrained(result["merged_dir"]).eval()
    end = tokenizer.convert_tokens_to_ids("<|end|>")
    exact = 0
    with open(config.data.path, encoding="utf-8") as handle:
        conversations = [json.loads(line)["messages"] for line in handle][:QUESTIONS]
    for question, answer in conversations:
        inputs = tokenizer.apply_chat_template([question], add_generation_prompt=True,
                                               return_tensors="pt", return_dict=True)
        output = model.generate(**inputs, max_new_tokens=40, do_sample=False, eos_token_id=[end])
        text = tokenizer.decode(output[0, inputs["input_ids"].shape[1]:],
                                skip_special_tokens=True).strip()
        exact += text == answer["content"]
    return seconds, result["loss_last"], exact


def main() -> None:
    steps_list = [int(a) for a in sys.argv[1:]] or [120, 200]
    print(f"{'steps':>5} {'train+merge s':>13} {'loss last':>9} {'exact':>9}")
    for steps in steps_list:
        seconds, loss, exact = recall(steps)
        print(f"{steps:>5} {seconds:>13.1f} {loss:>9.3f} {exact:>4}/{QUESTIONS}")


if __name__ == "__main__":
    main()
