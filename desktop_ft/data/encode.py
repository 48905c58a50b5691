"""Turn examples into token ids and labels the way the model will really see them.

Conversations are rendered with the model's own chat template; with `loss_on="answer"` only the
tokens the template adds for assistant turns (their text and end-of-turn marker) carry a label,
found by character offsets, so it works for any template that renders a conversation's prefix as a
prefix of the whole. Raw text is split into `max_length` blocks for domain adaptation.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_ft.core.errors import UserError
from desktop_ft.data.formats import Example

IGNORE = -100

# Used only when a tokenizer has none (a base model): ChatML, widely understood by runtimes.
FALLBACK_CHAT_TEMPLATE = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content']"
    " + '<|im_end|>\n' }}{% endfor %}{% if add_generation_prompt %}"
    "{{ '<|im_start|>assistant\n' }}{% endif %}"
)


@dataclass
class Encoded:
    input_ids: list[int]
    labels: list[int]
    line: int

    @property
    def trained_tokens(self) -> int:
        return sum(1 for label in self.labels if label != IGNORE)


@dataclass
class EncodeReport:
    """What happened to the rows: the basis of the validation report the user sees."""

    rows: int = 0
    kept: int = 0
    truncated: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        lengths = sorted(self.lengths)
        return {
            "rows": self.rows, "kept": self.kept, "truncated": self.truncated,
            "skipped": [{"line": line, "reason": why} for line, why in self.skipped[:50]],
            "skipped_count": len(self.skipped),
            "tokens_total": sum(lengths),
            "length_max": lengths[-1] if lengths else 0,
            "length_median": lengths[len(lengths) // 2] if lengths else 0,
        }


def ensure_chat_template(tokenizer: Any) -> None:
    if not getattr(tokenizer, "chat_template", None):
        tokenizer.chat_template = FALLBACK_CHAT_TEMPLATE


def render(tokenizer: Any, messages: Sequence[dict[str, str]], generation_prompt: bool) -> str:
    return tokenizer.apply_chat_template(list(messages), tokenize=False,
                                         add_generation_prompt=generation_prompt)


def answer_spans(tokenizer: Any, messages: list[dict[str, str]],
                 text: str) -> list[tuple[int, int]]:
    """Character spans of `text` that the template produced for assistant turns."""
    spans = []
    for index, message in enumerate(messages):
        if message["role"] != "assistant":
            continue
        before = render(tokenizer, messages[:index], generation_prompt=True)
        through = render(tokenizer, messages[: index + 1], generation_prompt=False)
        if text.startswith(through) and through.startswith(before):
            spans.append((len(before), len(through)))
        else:  # a template that rewrites earlier turns: fall back to finding the answer text
            start = text.find(message["content"], len(before) - len(message["content"]))
            if start >= 0:
                spans.append((start, start + len(message["content"])))
    return spans


def encode_conversation(tokenizer: Any, example: Example, max_length: int,
                        loss_on: str) -> tuple[Encoded, bool]:
    assert example.messages is not None
    text = render(tokenizer, example.messages, generation_prompt=False)
    spans = answer_spans(tokenizer, example.messages, text) if loss_on == "answer" else []
    encoding = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    ids: list[int] = encoding["input_ids"]
    if loss_on == "answer":
        labels = [token if any(s <= start < e for s, e in spans) else IGNORE
                  for token, (start, _end) in zip(ids, encoding["offset_mapping"], strict=True)]
    else:
        labels = list(ids)
    truncated = len(ids) > max_length
    return Encoded(ids[:max_length], labels[:max_length], example.line), truncated


def encode_text(tokenizer: Any, example: Example, max_length: int) -> list[Encoded]:
    assert example.text is not None
    ids = tokenizer(example.text, add_special_tokens=False)["input_ids"]
    if tokenizer.eos_token_id is not None:
        ids = [*ids, tokenizer.eos_token_id]
    return [Encoded(ids[i: i + max_length], ids[i: i + max_length], example.line)
            for i in range(0, len(ids), max_length) if len(ids[i: i + max_length]) > 1]


def encode(tokenizer: Any, examples: list[Example], max_length: int,
           loss_on: str = "answer") -> tuple[list[Encoded], EncodeReport]:
    ensure_chat_template(tokenizer)
    report = EncodeReport(rows=len(examples))
    encoded: list[Encoded] = []
    for example in examples:
        if example.text is not None:
            pieces = encode_text(tokenizer, example, max_length)
        else:
            piece, truncated = encode_conversation(tokenizer, example, max_length, loss_on)
            report.truncated += truncated
            if piece.trained_tokens == 0:
                report.skipped.append((example.line, "no answer tokens left within max_length"))
                continue
            pieces = [piece]
        encoded.extend(pieces)
        report.lengths.extend(len(p.input_ids) for p in pieces)
    report.kept = len(encoded)
    return encoded, report


def split(items: list[Encoded], fraction: float, seed: int) -> tuple[list[Encoded], list[Encoded]]:
    """Seeded train/validation split; at least one validation row whenever fraction > 0."""
    if fraction <= 0 or len(items) < 2:
        return items, []
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    count = max(1, round(len(items) * fraction))
    held = set(order[:count])
    return ([x for i, x in enumerate(items) if i not in held],
            [x for i, x in enumerate(items) if i in held])


def require_enough(train: list[Encoded], batch_size: int, where: str) -> None:
    if not train:
        raise UserError("no usable training examples", where=where,
                        hint="check data.max_length and the dataset's answers",
                        key="data.no_examples")
    if len(train) < batch_size:
        raise UserError(f"only {len(train)} training examples, fewer than one batch "
                        f"({batch_size})", where=where,
                        hint="add examples or lower train.batch_size", key="data.too_few")
