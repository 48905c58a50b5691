"""Batches of real tokens: pad to the longest row of the batch, and count what is not padding."""

from __future__ import annotations

from typing import Any

from desktop_ft.data.encode import IGNORE


class PadCollator:
    """Right-pads a batch and keeps a running count of real (non-padding) tokens.

    The count is what `tokens_per_s` reports: throughput that counted padding would flatter
    any tool that pads to a fixed length.
    """

    def __init__(self, pad_id: int) -> None:
        self.pad_id = pad_id
        self.real_tokens = 0

    def __call__(self, rows: list[dict[str, Any]]) -> dict[str, Any]:
        import torch

        width = max(len(r["input_ids"]) for r in rows)
        ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
        labels = torch.full((len(rows), width), IGNORE, dtype=torch.long)
        mask = torch.zeros((len(rows), width), dtype=torch.long)
        for i, row in enumerate(rows):
            n = len(row["input_ids"])
            ids[i, :n] = torch.tensor(row["input_ids"])
            labels[i, :n] = torch.tensor(row["labels"])
            mask[i, :n] = 1
            self.real_tokens += n
        return {"input_ids": ids, "labels": labels, "attention_mask": mask}
