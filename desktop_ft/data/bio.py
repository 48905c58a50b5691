"""Entities of a BIO-tagged sentence, with seqeval's (default, lenient IOB2) chunk rules.

An entity starts at B-X, or at I-X that does not continue an X entity (after O or another type);
it ends before O, before any B-, and before an I- of another type. The NER reader, the NER
prompt and the entity-level F1 all use this one definition, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) of every entity, `end` exclusive, in sentence order."""
    found: list[tuple[str, int, int]] = []
    kind: str | None = None
    start = 0
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-") if tag != "O" else ("O", "", "")
        if kind is not None and (prefix in ("O", "B") or name != kind):
            found.append((kind, start, index))
            kind = None
        if prefix == "B" or (prefix == "I" and kind is None):
            kind, start = name, index
    return found
