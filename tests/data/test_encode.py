"""Loss masking: exactly the assistant's answer (and its end-of-turn marker) is learned."""

from __future__ import annotations

from pathlib import Path

from desktop_ft.data.encode import IGNORE, encode, split
from desktop_ft.data.formats import Example


def test_only_answer_tokens_carry_labels(tiny_model_dir: Path) -> None:
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    messages = [{"role": "system", "content": "Be brief."},
                {"role": "user", "content": "How often should I water a pothos?"},
                {"role": "assistant", "content": "Water a pothos weekly."},
                {"role": "user", "content": "And a cactus?"},
                {"role": "assistant", "content": "Rarely."}]
    (item,), report = encode(tokenizer, [Example(1, messages=messages)], max_length=256)
    learned = tokenizer.decode([t for t in item.labels if t != IGNORE])
    assert learned == "Water a pothos weekly.<|end|>\nRarely.<|end|>\n"
    assert report.kept == 1
    assert len(item.labels) == len(item.input_ids)

    (whole,), _ = encode(tokenizer, [Example(1, messages=messages)], 256, loss_on="all")
    assert whole.labels == whole.input_ids


def test_truncation_is_counted_and_answerless_rows_skipped(tiny_model_dir: Path) -> None:
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    long_question = [{"role": "user", "content": "word " * 200},
                     {"role": "assistant", "content": "Yes."}]
    encoded, report = encode(tokenizer, [Example(7, messages=long_question)], max_length=32)
    assert encoded == []
    assert report.truncated == 1
    assert report.skipped == [(7, "no answer tokens left within max_length")]


def test_raw_text_is_chunked(tiny_model_dir: Path) -> None:
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    encoded, _ = encode(tokenizer, [Example(1, text="Water the fern often. " * 40)], 32)
    assert len(encoded) > 2
    assert all(len(e.input_ids) <= 32 and e.labels == e.input_ids for e in encoded)


def test_split_is_seeded_and_disjoint(tiny_model_dir: Path) -> None:
    from desktop_ft.data.encode import Encoded

    items = [Encoded([i], [i], i) for i in range(100)]
    train, held = split(items, 0.1, seed=3)
    assert len(held) == 10 and len(train) == 90
    assert {e.line for e in train}.isdisjoint({e.line for e in held})
    assert split(items, 0.1, seed=3) == (train, held)
