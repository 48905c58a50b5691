"""The rows a run did not train on, rebuilt exactly as training split them.

Training encodes the dataset, then splits the encoded rows with a seeded shuffle
(data/encode.py `split`). Doing the same here, with the run's own config and the tokenizer saved
with its adapter, gives back the same validation rows without storing a copy of them; a changed
dataset file is noticed by its sha256 and reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.data import encode as enc
from desktop_ft.data.formats import Example, class_labels, to_examples
from desktop_ft.data.readers import dataset_sha256, read_records

SPLITS = ("validation", "train")


@dataclass
class HeldOut:
    fmt: str
    rows: list[enc.Encoded]  # the split's encoded rows, in split order
    examples: dict[int, Example]  # the dataset's examples by line
    labels: list[str]  # class labels (classification, NER), else []

    def example(self, row: enc.Encoded) -> Example:
        return self.examples[row.line]


def held_out(config: cfg.RunConfig, tokenizer: Any, split: str, manifest: dict[str, Any],
             emit: ev.Emit) -> HeldOut:
    if split not in SPLITS:
        raise UserError(f"unknown split '{split}'", where="--split",
                        hint="use validation or train", key="eval.split")
    path = Path(config.data.path)
    recorded = manifest.get("data_sha256")
    records = read_records(path)
    if recorded and path.exists() and dataset_sha256(path) != recorded:
        emit(ev.Log(message=f"the dataset {path} changed since training: the validation rows "
                    "may differ from the ones held out then", level="warning"))
    fmt, examples = to_examples(records, path, config.data.format, config.data.columns)
    labels = class_labels(examples) if fmt in ("classification", "ner") else []
    if config.head == "lm":
        encoded, _ = enc.encode(tokenizer, examples, config.data.max_length, config.data.loss_on)
    else:
        from desktop_ft.training import heads

        heads.check_format(config.head, fmt, str(path))
        encoded, _ = heads.encode_examples(config.head, tokenizer, examples, labels,
                                           config.data.max_length)
    train, validation = enc.split(encoded, config.data.validation_split, config.train.seed)
    rows = validation if split == "validation" else train
    if not rows:
        raise UserError(f"the run has no {split} rows", where=str(path),
                        hint="train with data.validation_split above 0, or evaluate "
                        "with --split train", key="eval.no_rows")
    return HeldOut(fmt, rows, {e.line: e for e in examples}, labels)
