"""Model outputs for evaluation: greedy answers, loss on held-out rows, head predictions.

Answers are decoded the way the export and the chat playground decode them (export/chat.py):
the conversation rendered with the model's own chat template and the generation prompt, greedy,
ending at every end-of-turn id the export stops on (export/sources.py `eos_token_ids`). Raw-text
runs (domain adaptation) continue plain text instead. Prompts are batched with left padding.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Sequence
from typing import Any

from desktop_ft.data.encode import IGNORE, Encoded, render

Tick = Callable[[], None]  # called once per batch: progress, and the place stop is honoured


class Stopped(Exception):
    """The user asked the evaluation to stop."""


def batches(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i: i + size] for i in range(0, len(items), size)]


def chat_prompt(tokenizer: Any, messages: list[dict[str, str]]) -> str:
    """The conversation up to its last assistant turn, ready for the model to answer."""
    last = max(i for i, m in enumerate(messages) if m["role"] == "assistant")
    return render(tokenizer, messages[:last], generation_prompt=True)


def greedy(model: Any, tokenizer: Any, prompts: Sequence[list[int]], max_new_tokens: int,
           eos_ids: list[int], stop: threading.Event, tick: Tick, batch_size: int = 8
           ) -> list[str]:
    """Greedy continuations of token-id prompts, cut at the first end-of-turn id."""
    import torch

    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos_ids[0]
    answers: list[str] = []
    model.eval()
    for group in batches(list(prompts), batch_size):
        if stop.is_set():
            raise Stopped
        width = max(len(p) for p in group)
        ids = torch.full((len(group), width), pad, dtype=torch.long)
        mask = torch.zeros((len(group), width), dtype=torch.long)
        for i, prompt in enumerate(group):  # left padding: every answer starts at `width`
            ids[i, width - len(prompt):] = torch.tensor(prompt)
            mask[i, width - len(prompt):] = 1
        with torch.inference_mode():
            out = model.generate(input_ids=ids, attention_mask=mask,
                                 max_new_tokens=max_new_tokens, do_sample=False, num_beams=1,
                                 eos_token_id=eos_ids or None, pad_token_id=pad, use_cache=True,
                                 temperature=None, top_p=None, top_k=None)
        for row in out[:, width:].tolist():
            cut = next((i for i, t in enumerate(row) if t in eos_ids), len(row))
            answers.append(tokenizer.decode(row[:cut], skip_special_tokens=True).strip())
        tick()
    return answers


def lm_loss(model: Any, rows: Sequence[Encoded], pad_id: int, stop: threading.Event,
            tick: Tick, batch_size: int = 8) -> float:
    """Mean cross-entropy per labelled token (the training masking) over `rows`."""
    import torch
    import torch.nn.functional as F

    from desktop_ft.training.collate import PadCollator  # the batches training saw

    pad = PadCollator(pad_id)
    total, count = 0.0, 0
    model.eval()
    for group in batches(list(rows), batch_size):
        if stop.is_set():
            raise Stopped
        batch = pad([{"input_ids": r.input_ids, "labels": r.labels} for r in group])
        with torch.inference_mode():
            logits = model(input_ids=batch["input_ids"],
                           attention_mask=batch["attention_mask"]).logits.float()
        targets = batch["labels"][:, 1:]
        total += float(F.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]),
                                       targets.reshape(-1), ignore_index=IGNORE,
                                       reduction="sum"))
        count += int((targets != IGNORE).sum())
        tick()
    return total / count if count else math.nan


def head_outputs(model: Any, rows: Sequence[Encoded], pad_id: int, head: str,
                 stop: threading.Event, tick: Tick, batch_size: int = 16
                 ) -> tuple[list[Any], float]:
    """Predicted class ids (one per row, or one per labelled token) and the mean loss."""
    import torch

    predictions: list[Any] = []
    total, count = 0.0, 0
    model.eval()
    for group in batches(list(rows), batch_size):
        if stop.is_set():
            raise Stopped
        width = max(len(r.input_ids) for r in group)
        ids = torch.full((len(group), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(group), width), dtype=torch.long)
        token_labels = torch.full((len(group), width), IGNORE, dtype=torch.long)
        for i, row in enumerate(group):
            n = len(row.input_ids)
            ids[i, :n] = torch.tensor(row.input_ids)
            mask[i, :n] = 1
            if head == "token":
                token_labels[i, :n] = torch.tensor(row.labels)
        labels = (torch.tensor([r.labels[0] for r in group]) if head == "sequence"
                  else token_labels)
        with torch.inference_mode():
            out = model(input_ids=ids, attention_mask=mask, labels=labels)
        total += float(out.loss) * len(group)
        count += len(group)
        best = out.logits.argmax(-1)
        for i, row in enumerate(group):
            if head == "sequence":
                predictions.append(int(best[i]))
            else:
                positions = [p for p, label in enumerate(row.labels) if label != IGNORE]
                predictions.append([int(best[i, p]) for p in positions])
        tick()
    return predictions, total / count if count else math.nan
