"""What the user did wrong, said plainly.

A `UserError` is the only exception the faces show as a normal message (exit code 2 in the CLI, a
dialog in the GUI). Anything else that escapes a job is a bug and is reported as one. Messages are
English here; `key` lets the GUI look up a translation without core/ importing Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class UserError(Exception):
    """A problem the user can fix: what went wrong, where, and what to do about it.

    `where` is a location such as ``data.jsonl:12: field 'messages'``; `hint` says what to do.
    `key` and `params` identify the message for translation (the English text is the fallback).
    """

    message: str
    where: str = ""
    hint: str = ""
    key: str = ""
    params: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text

    def to_dict(self) -> dict[str, object]:
        return {"message": self.message, "where": self.where, "hint": self.hint, "key": self.key,
                "params": self.params}


def location(path: object, line: int | None = None, field_name: str | None = None) -> str:
    """Format 'file:line: field' the same way everywhere, so users learn to read it once."""
    text = str(path)
    if line is not None:
        text += f":{line}"
    if field_name:
        text += f": field '{field_name}'"
    return text
