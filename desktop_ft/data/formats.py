"""Recognise a dataset's format and turn each record into a chat conversation or plain text.

Chat-like formats (OpenAI `messages`, ShareGPT `conversations`, Alpaca instructions,
prompt/response pairs) all become a list of {role, content} messages, so one code path renders
them with the model's own chat template. Raw text stays text, for domain adaptation.
A column mapping (`data.columns`) renames the user's fields to the ones a format expects.
"""

from __future__ import annotations

import difflib
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_ft.core.errors import UserError, location
from desktop_ft.data.readers import Record

ROLES = ("system", "user", "assistant")
SHAREGPT_ROLES = {"system": "system", "human": "user", "user": "user", "gpt": "assistant",
                  "assistant": "assistant", "bot": "assistant", "model": "assistant"}
PROMPT_KEYS = ("prompt", "question", "input", "query")
RESPONSE_KEYS = ("response", "answer", "output", "completion", "target")
TEXT_KEYS = ("text", "content", "document")

# The fields each format needs, for "did you mean" messages.
REQUIRED: dict[str, tuple[str, ...]] = {
    "chat": ("messages",),
    "sharegpt": ("conversations",),
    "instruction": ("instruction", "output"),
    "prompt_response": ("prompt", "response"),
    "text": ("text",),
}


@dataclass
class Example:
    line: int
    messages: list[dict[str, str]] | None = None
    text: str | None = None


def _rename(data: dict[str, Any], columns: dict[str, str]) -> dict[str, Any]:
    """Apply the mapping {expected_field: user_field}."""
    if not columns:
        return data
    renamed = dict(data)
    for wanted, actual in columns.items():
        if actual in data:
            renamed[wanted] = data[actual]
    return renamed


def detect_format(records: list[Record], path: Path, columns: dict[str, str] | None = None) -> str:
    """Pick the format from the first record's fields."""
    keys = set(_rename(records[0].data, columns or {}))
    if "messages" in keys:
        return "chat"
    if "conversations" in keys:
        return "sharegpt"
    if "instruction" in keys and "output" in keys:
        return "instruction"
    if keys & set(PROMPT_KEYS) and keys & set(RESPONSE_KEYS):
        return "prompt_response"
    if keys & set(TEXT_KEYS):
        return "text"
    known = sorted({k for fields in REQUIRED.values() for k in fields} | set(PROMPT_KEYS)
                   | set(RESPONSE_KEYS) | set(TEXT_KEYS))
    near = [m for k in keys for m in difflib.get_close_matches(k, known, n=1, cutoff=0.75)]
    hint = (f"did you mean '{near[0]}'?" if near else
            "use 'messages' (chat), 'conversations' (ShareGPT), 'instruction'/'output', "
            "'prompt'/'response' or 'text', or map your columns with data.columns")
    raise UserError(f"cannot tell the dataset format from the fields {sorted(keys)}",
                    where=location(path, records[0].line), hint=hint, key="data.unknown_format")


def _need_text(value: Any, path: Path, line: int, field: str, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        found = "nothing" if value is None else type(value).__name__
        raise UserError(f"expected text, found {found}", where=location(path, line, field),
                        hint="put the text in quotes", key="data.not_text")
    if not allow_empty and not value.strip():
        raise UserError("the text is empty", where=location(path, line, field),
                        hint="fill it in or remove the example", key="data.empty_text")
    return value


def _missing(data: dict[str, Any], field: str, path: Path, line: int) -> UserError:
    near = difflib.get_close_matches(field, list(data), n=1)
    hint = f"did you mean '{near[0]}'? map it with data.columns" if near else (
        f"add '{field}' or map an existing column to it with data.columns")
    return UserError(f"missing field '{field}'", where=location(path, line, field),
                     hint=hint, key="data.missing_field", params={"field": field})


def _check_conversation(messages: list[dict[str, str]], path: Path, line: int,
                        field: str) -> list[dict[str, str]]:
    turns = [m for m in messages if m["role"] != "system"]
    if not turns:
        raise UserError("the conversation has no user or assistant turn",
                        where=location(path, line, field), key="data.no_turns")
    for index, message in enumerate(messages):
        if message["role"] == "system" and index != 0:
            raise UserError("a system message may only come first",
                            where=location(path, line, f"{field}[{index}].role"),
                            key="data.system_position")
    offset = len(messages) - len(turns)  # a leading system message shifts the indices
    for index, (before, after) in enumerate(itertools.pairwise(turns), start=1 + offset):
        if before["role"] == after["role"]:
            raise UserError(f"two '{after['role']}' turns in a row",
                            where=location(path, line, f"{field}[{index}].role"),
                            hint="user and assistant turns must alternate",
                            key="data.role_order")
    if turns[0]["role"] != "user":
        raise UserError("the conversation must start with a user turn",
                        where=location(path, line, f"{field}[{offset}].role"),
                        key="data.role_order")
    if not any(m["role"] == "assistant" for m in turns):
        raise UserError("the conversation has no assistant answer to learn from",
                        where=location(path, line, field),
                        hint="add a message with role 'assistant'", key="data.no_answer")
    return messages


def _chat(data: dict[str, Any], path: Path, line: int) -> list[dict[str, str]]:
    raw = data.get("messages")
    if raw is None:
        raise _missing(data, "messages", path, line)
    if not isinstance(raw, list):
        raise UserError(f"expected a list of messages, found {type(raw).__name__}",
                        where=location(path, line, "messages"), key="data.not_list")
    messages = []
    for index, item in enumerate(raw):
        field = f"messages[{index}]"
        if not isinstance(item, dict):
            raise UserError("expected an object with 'role' and 'content'",
                            where=location(path, line, field), key="data.not_object")
        role = item.get("role")
        if role not in ROLES:
            hint = "use one of: " + ", ".join(ROLES)
            raise UserError(f"unknown role {role!r}", where=location(path, line, f"{field}.role"),
                            hint=hint, key="data.role")
        content = _need_text(item.get("content"), path, line, f"{field}.content")
        messages.append({"role": role, "content": content})
    return _check_conversation(messages, path, line, "messages")


def _sharegpt(data: dict[str, Any], path: Path, line: int) -> list[dict[str, str]]:
    raw = data.get("conversations")
    if not isinstance(raw, list):
        raise _missing(data, "conversations", path, line) if raw is None else UserError(
            "expected a list of turns", where=location(path, line, "conversations"),
            key="data.not_list")
    messages = []
    for index, item in enumerate(raw):
        field = f"conversations[{index}]"
        speaker = item.get("from") if isinstance(item, dict) else None
        if speaker not in SHAREGPT_ROLES:
            raise UserError(f"unknown speaker {speaker!r}",
                            where=location(path, line, f"{field}.from"),
                            hint="use 'human' and 'gpt' (or 'system')", key="data.role")
        content = _need_text(item.get("value"), path, line, f"{field}.value")
        messages.append({"role": SHAREGPT_ROLES[speaker], "content": content})
    return _check_conversation(messages, path, line, "conversations")


def _instruction(data: dict[str, Any], path: Path, line: int) -> list[dict[str, str]]:
    for field in ("instruction", "output"):
        if field not in data:
            raise _missing(data, field, path, line)
    instruction = _need_text(data["instruction"], path, line, "instruction")
    extra = data.get("input") or ""
    extra = _need_text(extra, path, line, "input", allow_empty=True)
    output = _need_text(data["output"], path, line, "output")
    prompt = f"{instruction}\n\n{extra}" if extra.strip() else instruction
    messages = [{"role": "user", "content": prompt}, {"role": "assistant", "content": output}]
    if isinstance(data.get("system"), str) and data["system"].strip():
        messages.insert(0, {"role": "system", "content": data["system"]})
    return messages


def _first_key(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    return next((k for k in keys if k in data), None)


def _prompt_response(data: dict[str, Any], path: Path, line: int) -> list[dict[str, str]]:
    prompt_key = _first_key(data, PROMPT_KEYS)
    response_key = _first_key(data, RESPONSE_KEYS)
    if prompt_key is None:
        raise _missing(data, "prompt", path, line)
    if response_key is None:
        raise _missing(data, "response", path, line)
    return [{"role": "user", "content": _need_text(data[prompt_key], path, line, prompt_key)},
            {"role": "assistant",
             "content": _need_text(data[response_key], path, line, response_key)}]


def _text_of(data: dict[str, Any], path: Path, line: int) -> str:
    key = _first_key(data, TEXT_KEYS)
    if key is None:
        raise _missing(data, "text", path, line)
    return _need_text(data[key], path, line, key)


CONVERTERS = {"chat": _chat, "sharegpt": _sharegpt, "instruction": _instruction,
              "prompt_response": _prompt_response}


def to_examples(records: list[Record], path: Path, fmt: str = "auto",
                columns: dict[str, str] | None = None) -> tuple[str, list[Example]]:
    """Convert every record; the first bad one stops with a message naming its line and field."""
    columns = columns or {}
    if fmt == "auto":
        fmt = detect_format(records, path, columns)
    examples = []
    for record in records:
        data = _rename(record.data, columns)
        if fmt == "text":
            examples.append(Example(record.line, text=_text_of(data, path, record.line)))
        else:
            examples.append(Example(record.line,
                                    messages=CONVERTERS[fmt](data, path, record.line)))
    return fmt, examples
