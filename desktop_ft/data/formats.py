"""Recognise a dataset's format and turn each record into a chat conversation or plain text.

Chat-like formats (OpenAI `messages`, ShareGPT `conversations`, Alpaca instructions,
prompt/response pairs) all become a list of {role, content} messages, so one code path renders
them with the model's own chat template. Raw text stays text, for domain adaptation.
A column mapping (`data.columns`) renames the user's fields to the ones a format expects.

The task formats (classification, NER, translation, QA) keep their fields in `Example.task`, for
a classification head and for the metrics, and are also rendered as a conversation (an
instruction and the expected answer, see PROMPTS), so any causal LM can learn them as text.
"""

from __future__ import annotations

import difflib
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_ft.core.errors import UserError, location
from desktop_ft.data.bio import spans
from desktop_ft.data.readers import Record

ROLES = ("system", "user", "assistant")
SHAREGPT_ROLES = {"system": "system", "human": "user", "user": "user", "gpt": "assistant",
                  "assistant": "assistant", "bot": "assistant", "model": "assistant"}
PROMPT_KEYS = ("prompt", "question", "input", "query")
RESPONSE_KEYS = ("response", "answer", "output", "completion", "target")
TEXT_KEYS = ("text", "content", "document", "sentence")
LABEL_KEYS = ("label", "category", "class", "intent", "sentiment")
TAG_KEYS = ("tags", "ner_tags", "labels")
ANSWER_KEYS = ("answer", "answers")

# The instruction each task format becomes, so a causal LM learns it as a conversation.
PROMPTS = {
    "classification": "Classify the text as one of: {labels}.\n\n{text}",
    "ner": "List the named entities in: {sentence}",
    "translation": "Translate from {source_lang} to {target_lang}:\n{source}",
    "translation_bare": "Translate:\n{source}",
    "qa": "Answer from the context.\n\nContext: {context}\n\nQuestion: {question}",
}
NO_ENTITIES = "none"

# The fields each format needs, for "did you mean" messages.
REQUIRED: dict[str, tuple[str, ...]] = {
    "chat": ("messages",),
    "sharegpt": ("conversations",),
    "instruction": ("instruction", "output"),
    "prompt_response": ("prompt", "response"),
    "text": ("text",),
    "classification": ("text", "label"),
    "ner": ("tokens", "tags"),
    "translation": ("source", "target"),
    "qa": ("context", "question", "answer"),
}


@dataclass
class Example:
    """One usable record: a conversation or raw text, plus the task fields of a task format
    (text/label, tokens/tags, source/target, context/question/answers) in `task`."""

    line: int
    messages: list[dict[str, str]] | None = None
    text: str | None = None
    task: dict[str, Any] | None = None


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
    if "tokens" in keys and keys & set(TAG_KEYS):
        return "ner"
    if {"context", "question"} <= keys and keys & set(ANSWER_KEYS):
        return "qa"
    if ("source" in keys and "target" in keys) or isinstance(
            records[0].data.get("translation"), dict):
        return "translation"
    if keys & set(TEXT_KEYS) and keys & set(LABEL_KEYS):
        return "classification"
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
            "'prompt'/'response', 'text', 'text'/'label', 'tokens'/'tags', 'source'/'target' "
            "or 'context'/'question'/'answer', or map your columns with data.columns")
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
                        where=location(path, line, field),
                        hint="add a user question and the assistant's answer",
                        key="data.no_turns")
    for index, message in enumerate(messages):
        if message["role"] == "system" and index != 0:
            raise UserError("a system message may only come first",
                            where=location(path, line, f"{field}[{index}].role"),
                            hint="move it to the start, or make it a user turn",
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
                        hint="put the user's question before the assistant's answer",
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
                        where=location(path, line, "messages"),
                        hint="write [{\"role\": \"user\", \"content\": ...}, {\"role\": "
                        "\"assistant\", \"content\": ...}]", key="data.not_list")
    messages = []
    for index, item in enumerate(raw):
        field = f"messages[{index}]"
        if not isinstance(item, dict):
            raise UserError("expected an object with 'role' and 'content'",
                            where=location(path, line, field),
                            hint="write {\"role\": \"user\", \"content\": \"...\"}",
                            key="data.not_object")
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
            hint="write [{\"from\": \"human\", \"value\": ...}, {\"from\": \"gpt\", "
            "\"value\": ...}]", key="data.not_list")
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


def _label_of(data: dict[str, Any], path: Path, line: int) -> str:
    key = _first_key(data, LABEL_KEYS)
    if key is None:
        raise _missing(data, "label", path, line)
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise UserError(f"expected a label (text or a whole number), found {value!r}",
                        where=location(path, line, key),
                        hint="write the class name, e.g. \"positive\"", key="data.bad_label")
    label = str(value).strip()
    if not label:
        raise UserError("the label is empty", where=location(path, line, key),
                        hint="give every example a label", key="data.empty_text")
    return label


def _classification(data: dict[str, Any], path: Path, line: int) -> dict[str, Any]:
    return {"text": _text_of(data, path, line), "label": _label_of(data, path, line)}


def _check_bio(tags: list[str], path: Path, line: int, field: str) -> None:
    for index, tag in enumerate(tags):
        if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
            raise UserError(f"'{tag}' is not a BIO tag", where=location(path, line,
                                                                        f"{field}[{index}]"),
                            hint="use O, B-TYPE (first word of an entity) or I-TYPE (the "
                            "words after it)", key="data.bad_tag")


def _ner(data: dict[str, Any], path: Path, line: int) -> dict[str, Any]:
    tokens = data.get("tokens")
    tag_key = _first_key(data, TAG_KEYS)
    if tokens is None:
        raise _missing(data, "tokens", path, line)
    if tag_key is None:
        raise _missing(data, "tags", path, line)
    tags = data[tag_key]
    for field, value in (("tokens", tokens), (tag_key, tags)):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UserError("expected a list of strings", where=location(path, line, field),
                            hint="e.g. \"tokens\": [\"Anna\", \"waters\"], "
                            "\"tags\": [\"B-PER\", \"O\"]", key="data.not_list")
    if not tokens:
        raise UserError("the sentence has no tokens", where=location(path, line, "tokens"),
                        hint="remove the example or fill in its words", key="data.empty_text")
    if len(tokens) != len(tags):
        raise UserError(f"{len(tokens)} tokens but {len(tags)} tags",
                        where=location(path, line, tag_key),
                        hint="give exactly one tag per token", key="data.tag_count")
    _check_bio(tags, path, line, tag_key)
    return {"tokens": list(tokens), "tags": list(tags)}


def _translation(data: dict[str, Any], path: Path, line: int) -> dict[str, Any]:
    pair = data.get("translation")
    if isinstance(pair, dict) and "source" not in data:  # Hugging Face: {"en": .., "cs": ..}
        languages = [str(k) for k in pair]
        if len(languages) != 2:
            raise UserError(f"expected two languages, found {languages}",
                            where=location(path, line, "translation"),
                            hint="e.g. {\"en\": \"...\", \"cs\": \"...\"}",
                            key="data.translation")
        data = {"source": pair[languages[0]], "target": pair[languages[1]],
                "source_lang": languages[0], "target_lang": languages[1]}
    for field in ("source", "target"):
        if field not in data:
            raise _missing(data, field, path, line)
    task = {"source": _need_text(data["source"], path, line, "source"),
            "target": _need_text(data["target"], path, line, "target")}
    for field in ("source_lang", "target_lang"):
        value = data.get(field)
        task[field] = value.strip() if isinstance(value, str) and value.strip() else None
    return task


def _qa(data: dict[str, Any], path: Path, line: int) -> dict[str, Any]:
    for field in ("context", "question"):
        if field not in data:
            raise _missing(data, field, path, line)
    key = _first_key(data, ANSWER_KEYS)
    if key is None:
        raise _missing(data, "answer", path, line)
    raw = data[key]
    if isinstance(raw, dict):  # SQuAD: {"text": [...], "answer_start": [...]}
        raw = raw.get("text")
    answers = raw if isinstance(raw, list) else [raw]
    answers = [_need_text(a, path, line, key) for a in answers]
    if not answers:
        raise UserError("the question has no answer", where=location(path, line, key),
                        hint="give at least one answer", key="data.no_answer")
    return {"context": _need_text(data["context"], path, line, "context"),
            "question": _need_text(data["question"], path, line, "question"),
            "answers": answers}


def entities(tokens: list[str], tags: list[str]) -> list[tuple[str, str]]:
    """(entity text, type) for each entity of a BIO-tagged sentence, in order."""
    return [(" ".join(tokens[start:end]), kind) for kind, start, end in spans(tags)]


def task_prompt(fmt: str, task: dict[str, Any], labels: list[str] | None = None) -> str:
    """The user turn a task record becomes (PROMPTS), shared by training and evaluation."""
    if fmt == "classification":
        return PROMPTS[fmt].format(labels=", ".join(labels or []), text=task["text"])
    if fmt == "ner":
        return PROMPTS[fmt].format(sentence=" ".join(task["tokens"]))
    if fmt == "translation":
        if task.get("source_lang") and task.get("target_lang"):
            return PROMPTS[fmt].format(**task)
        return PROMPTS["translation_bare"].format(source=task["source"])
    return PROMPTS["qa"].format(context=task["context"], question=task["question"])


def task_answer(fmt: str, task: dict[str, Any]) -> str:
    """The reference answer of a task record, as the model should write it."""
    if fmt == "classification":
        return task["label"]
    if fmt == "ner":
        found = entities(task["tokens"], task["tags"])
        return "; ".join(f"{text} ({kind})" for text, kind in found) or NO_ENTITIES
    if fmt == "translation":
        return task["target"]
    return task["answers"][0]


CONVERTERS = {"chat": _chat, "sharegpt": _sharegpt, "instruction": _instruction,
              "prompt_response": _prompt_response}
TASK_READERS = {"classification": _classification, "ner": _ner, "translation": _translation,
                "qa": _qa}
TASK_FORMATS = tuple(TASK_READERS)


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
        elif fmt in TASK_READERS:
            examples.append(Example(record.line, task=TASK_READERS[fmt](data, path,
                                                                         record.line)))
        else:
            examples.append(Example(record.line,
                                    messages=CONVERTERS[fmt](data, path, record.line)))
    if fmt in TASK_READERS:
        labels = class_labels(examples) if fmt == "classification" else None
        if labels is not None and len(labels) < 2:
            raise UserError(f"every example has the label {labels[0]!r}: a classifier needs at "
                            "least two classes to learn anything",
                            where=location(path, examples[0].line, "label"),
                            hint="add examples of the other classes, or check that the label "
                            "column (data.columns) is the right one", key="data.one_class")
        for example in examples:
            assert example.task is not None
            example.messages = [
                {"role": "user", "content": task_prompt(fmt, example.task, labels)},
                {"role": "assistant", "content": task_answer(fmt, example.task)}]
    return fmt, examples


def class_labels(examples: list[Example]) -> list[str]:
    """The label set of a classification or NER dataset, sorted: the head's class order."""
    found: set[str] = set()
    for example in examples:
        if example.task is None:
            continue
        if "label" in example.task:
            found.add(example.task["label"])
        else:
            found.update(example.task.get("tags", []))
    return sorted(found, key=lambda t: (t != "O", t))
