"""Classic classification heads: a sequence-classification head (one label per text) and a
token-classification head (one BIO tag per word), trained together with the adapter.

The matrix lists text classification and NER among the scenarios; a head is the cheapest way to
do them well with a small model: no label has to be spelled out token by token, and the answer is
always one of the labels. The base is the same causal LM folder (transformers builds
`<Arch>ForSequenceClassification` / `ForTokenClassification` around its decoder, the head freshly
initialised); LoRA adapts the decoder and peft's `modules_to_save` trains and saves the head.
Texts are encoded here, not in data/encode.py, because the labels are class ids, not tokens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.core.config import RunConfig
from desktop_ft.core.errors import UserError
from desktop_ft.data import encode as enc
from desktop_ft.data.formats import Example, class_labels

HEAD_MODULES = ("score", "classifier")  # what transformers calls the head, by architecture
FORMAT_OF_HEAD = {"sequence": "classification", "token": "ner"}


def check_format(head: str, fmt: str, where: str) -> None:
    if FORMAT_OF_HEAD[head] != fmt:
        raise UserError(f"a {head} classification head needs {FORMAT_OF_HEAD[head]} data, "
                        f"this dataset is '{fmt}'", where=where,
                        hint="set head: lm, or use data with "
                        + ("'text' and 'label'" if head == "sequence" else "'tokens' and 'tags'"),
                        key="data.head_format", params={"head": head, "format": fmt})


def encode_sequence(tokenizer: Any, example: Example, label_ids: dict[str, int],
                    max_length: int) -> tuple[enc.Encoded, bool]:
    """The text's tokens; `labels` holds the one class id."""
    assert example.task is not None
    ids = tokenizer(example.task["text"], add_special_tokens=False)["input_ids"]
    return (enc.Encoded(ids[:max_length], [label_ids[example.task["label"]]], example.line),
            len(ids) > max_length)


def word_spans(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The words joined by spaces, and each word's character span in that text."""
    spans, position = [], 0
    for word in words:
        spans.append((position, position + len(word)))
        position += len(word) + 1
    return " ".join(words), spans


def first_tokens(offsets: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[int]:
    """For each word, the index of the first token that overlaps it (-1 if cut off)."""
    firsts = [-1] * len(spans)
    word = 0
    for index, (start, end) in enumerate(offsets):
        while word < len(spans) and spans[word][1] <= start:
            word += 1
        if word < len(spans) and start < spans[word][1] and end > spans[word][0] \
                and firsts[word] < 0:
            firsts[word] = index
    return firsts


def encode_tokens(tokenizer: Any, example: Example, label_ids: dict[str, int],
                  max_length: int) -> tuple[enc.Encoded, bool]:
    """Tokens of the words joined by spaces; each word's first token carries its tag's id, the
    rest of its tokens none (the usual first-subword rule, as seqeval-style NER expects)."""
    assert example.task is not None
    text, spans = word_spans(example.task["tokens"])
    encoding = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    ids: list[int] = encoding["input_ids"]
    labels = [enc.IGNORE] * len(ids)
    for word, index in enumerate(first_tokens(encoding["offset_mapping"], spans)):
        if index >= 0:
            labels[index] = label_ids[example.task["tags"][word]]
    return enc.Encoded(ids[:max_length], labels[:max_length], example.line), len(ids) > max_length


def encode_examples(head: str, tokenizer: Any, examples: list[Example], labels: list[str],
                    max_length: int) -> tuple[list[enc.Encoded], enc.EncodeReport]:
    label_ids = {name: i for i, name in enumerate(labels)}
    encoder = encode_sequence if head == "sequence" else encode_tokens
    report = enc.EncodeReport(rows=len(examples))
    encoded = []
    for example in examples:
        piece, truncated = encoder(tokenizer, example, label_ids, max_length)
        report.truncated += truncated
        if not piece.input_ids:
            report.skipped.append((example.line, "no tokens"))
            continue
        encoded.append(piece)
        report.lengths.append(len(piece.input_ids))
    report.kept = len(encoded)
    return encoded, report


def prepare_data(config: RunConfig, tokenizer: Any, emit: ev.Emit,
                 read: tuple[int, str, list[Example]]) -> tuple[list, list, dict[str, Any]]:
    """Rows for the Trainer, split like the LM path (same seed, same function)."""
    rows, fmt, examples = read
    where = str(config.data.path)
    check_format(config.head, fmt, where)
    labels = class_labels(examples)
    if config.head == "sequence" and len(labels) < 2:
        raise UserError(f"only one label ({labels[0] if labels else 'none'}) in the dataset",
                        where=where, hint="a classifier needs at least two labels",
                        key="data.one_label")
    encoded, report = encode_examples(config.head, tokenizer, examples, labels,
                                      config.data.max_length)
    train, held = enc.split(encoded, config.data.validation_split, config.train.seed)
    enc.require_enough(train, config.train.batch_size, where)
    emit(ev.Log(message=f"dataset: {rows} rows, format '{fmt}', {len(labels)} labels, "
                f"{len(train)} for training, {len(held)} for validation, {report.truncated} "
                f"truncated at {config.data.max_length} tokens"))
    summary = {"format": fmt, **report.to_dict(), "train_rows": len(train),
               "validation_rows": len(held), "labels": labels, "head": config.head}

    def as_rows(items: list[enc.Encoded]) -> list[dict[str, Any]]:
        return [{"input_ids": e.input_ids, "labels": e.labels} for e in items]

    return as_rows(train), as_rows(held), summary


def load_head_model(source: str | Path, head: str, labels: list[str], pad_id: int | None,
                    dtype: Any = None) -> Any:
    """The causal LM's decoder with a fresh classification head for `labels`."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoModelForTokenClassification

    auto = AutoModelForSequenceClassification if head == "sequence" else \
        AutoModelForTokenClassification
    try:
        model = auto.from_pretrained(
            str(source), num_labels=len(labels), id2label=dict(enumerate(labels)),
            label2id={name: i for i, name in enumerate(labels)}, dtype=dtype or torch.float32)
    except ValueError as exc:
        raise UserError(f"this model has no {head} classification head "
                        f"({exc})".split("\n")[0], where=str(source),
                        hint="use head: lm to generate the labels as text",
                        key="model.no_head") from exc
    if model.config.pad_token_id is None:  # the sequence head pools at the last non-pad token
        model.config.pad_token_id = pad_id
    model.config.use_cache = False
    return model


def head_module(model: Any) -> str:
    found = next((name for name in HEAD_MODULES if hasattr(model, name)), None)
    if found is None:  # transformers names every such head one of these; a bug if not
        raise ValueError(f"no classification head on {type(model).__name__}")
    return found


def apply_head_method(model: Any, config: RunConfig) -> Any:
    """LoRA/DoRA on the decoder's Linear layers with the head trained in full, or full."""
    if config.method == "full":
        for parameter in model.parameters():
            parameter.requires_grad_(True)
        return model
    import peft

    from desktop_ft.training.methods import linear_layers

    head = head_module(model)
    requested = config.lora.target_modules
    targets = linear_layers(model)[0] if requested in ("all-linear", "", []) else requested
    targets = [name for name in targets if name != head]
    peft_config = peft.LoraConfig(
        task_type="SEQ_CLS" if config.head == "sequence" else "TOKEN_CLS",
        r=config.lora.rank, lora_alpha=config.lora.alpha, lora_dropout=config.lora.dropout,
        target_modules=targets, use_dora=config.method == "dora", bias="none",
        modules_to_save=[head])
    return peft.get_peft_model(model, peft_config)


class HeadCollator:
    """Right-pads a batch; `real_tokens` counts what is not padding (for tokens/s)."""

    def __init__(self, pad_id: int, head: str) -> None:
        self.pad_id, self.head = pad_id, head
        self.real_tokens = 0

    def __call__(self, rows: list[dict[str, Any]]) -> dict[str, Any]:
        import torch

        width = max(len(r["input_ids"]) for r in rows)
        ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        if self.head == "sequence":
            labels = torch.tensor([r["labels"][0] for r in rows], dtype=torch.long)
        else:
            labels = torch.full((len(rows), width), enc.IGNORE, dtype=torch.long)
        for i, row in enumerate(rows):
            n = len(row["input_ids"])
            ids[i, :n] = torch.tensor(row["input_ids"])
            mask[i, :n] = 1
            if self.head == "token":
                labels[i, :n] = torch.tensor(row["labels"])
            self.real_tokens += n
        return {"input_ids": ids, "attention_mask": mask, "labels": labels}
