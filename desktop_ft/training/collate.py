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


class PackCollator:
    """Packs a batch's examples into as few rows as fit `max_length` (first fit, longest first).

    Position ids restart at 0 for every example and no attention mask is passed, so transformers
    builds a block-diagonal causal mask from the position ids: no example attends to another,
    and the linear layers spend no work on padding. The tail of a row that is not full is one
    more "example" of pad tokens with its own positions and no labels, so it cannot leak either.
    The first label of every example is ignored: it would be predicted from the previous one.
    """

    def __init__(self, pad_id: int, max_length: int) -> None:
        self.pad_id = pad_id
        self.max_length = max_length
        self.real_tokens = 0

    def _bins(self, rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
        bins: list[list[dict[str, Any]]] = []
        space: list[int] = []
        for row in sorted(rows, key=lambda r: -len(r["input_ids"])):
            n = len(row["input_ids"])
            for index, free in enumerate(space):
                if n <= free:
                    bins[index].append(row)
                    space[index] -= n
                    break
            else:
                bins.append([row])
                space.append(max(self.max_length, n) - n)
        return bins

    def __call__(self, rows: list[dict[str, Any]]) -> dict[str, Any]:
        import torch

        bins = self._bins(rows)
        width = max(sum(len(r["input_ids"]) for r in b) for b in bins)
        ids = torch.full((len(bins), width), self.pad_id, dtype=torch.long)
        labels = torch.full((len(bins), width), IGNORE, dtype=torch.long)
        positions = torch.zeros((len(bins), width), dtype=torch.long)
        for i, members in enumerate(bins):
            offset = 0
            for row in members:
                n = len(row["input_ids"])
                ids[i, offset: offset + n] = torch.tensor(row["input_ids"])
                labels[i, offset + 1: offset + n] = torch.tensor(row["labels"][1:])
                positions[i, offset: offset + n] = torch.arange(n)
                offset += n
                self.real_tokens += n
            positions[i, offset:] = torch.arange(width - offset)
        return {"input_ids": ids, "labels": labels, "position_ids": positions}
