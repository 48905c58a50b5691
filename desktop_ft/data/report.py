"""The validation report of a dataset: what training will read, skip and truncate, and why.

Training stops at the first bad row (formats.to_examples), which is right for a run but a poor
way to find every problem in a file. Here each record is converted on its own, so the report
lists every row that training would refuse, with its line and field, next to the rows the
encoder skips and the examples cut at `max_length`. The numbers come from the same functions
training uses (read_records, to_examples, encode), so the report and the run agree.

The result is plain data (lists, dicts, numbers, strings): it crosses a process boundary to the
GUI, which imports nothing from this package.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_ft.core.errors import UserError
from desktop_ft.data import encode as enc
from desktop_ft.data.formats import REQUIRED, Example, detect_format, to_examples
from desktop_ft.data.readers import Record, read_records

MAX_PROBLEMS = 200  # listed; all of them are counted
PREVIEW_ROWS = 20
RECORD_CHARS = 2000  # of a problem row's raw record, to show where it went wrong
_FIELD = re.compile(r"field '([^']*)'")


def _problem(error: UserError, line: int | None, kind: str, record: Any = None) -> dict[str, Any]:
    match = _FIELD.search(error.where or "")
    raw = json.dumps(record, ensure_ascii=False, default=str)[:RECORD_CHARS] \
        if record is not None else ""
    return {"kind": kind, "line": line, "field": match.group(1) if match else "",
            "where": error.where, "message": error.message, "hint": error.hint,
            "key": error.key, "record": raw}


def _convert_each(records: list[Record], path: Path, fmt: str, columns: dict[str, str]
                  ) -> tuple[list[Example], list[dict[str, Any]], int]:
    """Convert record by record; a bad record becomes a problem instead of ending the check."""
    examples: list[Example] = []
    problems: list[dict[str, Any]] = []
    count = 0
    for record in records:
        try:
            examples.extend(to_examples([record], path, fmt, columns)[1])
        except UserError as exc:
            count += 1
            if len(problems) < MAX_PROBLEMS:
                problems.append(_problem(exc, record.line, "invalid", record.data))
    return examples, problems, count


def _duplicates(examples: list[Example]) -> list[tuple[int, int]]:
    """(line, line of its first occurrence) for every example seen before."""
    seen: dict[str, int] = {}
    found = []
    for example in examples:
        key = json.dumps([example.messages, example.text, example.task],
                         sort_keys=True, default=str)
        if key in seen:
            found.append((example.line, seen[key]))
        else:
            seen[key] = example.line
    return found


def _preview(tokenizer: Any, examples: list[Example], rows: int) -> list[dict[str, Any]]:
    """The first examples as the model sees them: rendered text and the trained spans."""
    items = []
    for example in examples[:rows]:
        if example.messages is not None:
            text = enc.render(tokenizer, example.messages, generation_prompt=False)
            spans = enc.answer_spans(tokenizer, example.messages, text)
        else:
            text, spans = example.text or "", [(0, len(example.text or ""))]
        tokens = len(tokenizer(text, add_special_tokens=False)["input_ids"])
        items.append({"line": example.line, "text": text, "answer_spans": spans,
                      "tokens": tokens})
    return items


def _stats(lengths: list[int]) -> dict[str, Any]:
    ordered = sorted(lengths)
    if not ordered:
        return {"min": 0, "median": 0, "p95": 0, "max": 0, "mean": 0.0}
    return {"min": ordered[0], "median": ordered[len(ordered) // 2],
            "p95": ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
            "max": ordered[-1], "mean": round(sum(ordered) / len(ordered), 1)}


def inspect(path: str | Path, fmt: str = "auto", columns: dict[str, str] | None = None,
            tokenizer: Callable[[], Any] | None = None, max_length: int = 256,
            loss_on: str = "answer", preview_rows: int = PREVIEW_ROWS) -> dict[str, Any]:
    """Everything the Data page shows about a dataset file, as plain data.

    A file that cannot be read at all (not UTF-8, invalid JSON line, unknown format) gives a
    report with that one problem and no rows. `tokenizer` loads the model's tokenizer, only once
    the file has examples; when it raises a UserError (a hub model while offline) the token
    statistics and the preview are left out and `tokenizer_error` says why.
    """
    path = Path(path)
    columns = dict(columns or {})
    report: dict[str, Any] = {
        "path": str(path), "format": None, "requested_format": fmt, "columns": columns,
        "fields": [], "required": [], "rows": 0, "examples": 0, "problems": [],
        "problem_count": 0, "duplicates": 0, "max_length": max_length, "loss_on": loss_on,
        "tokens": None, "tokenizer_error": None, "preview": [],
    }
    try:
        records = read_records(path)
        report["rows"] = len(records)
        report["fields"] = sorted({key for record in records[:100] for key in record.data})
        detected = detect_format(records, path, columns) if fmt == "auto" else fmt
    except UserError as exc:
        match = re.search(r":(\d+)(?::|$)", exc.where or "")
        report["problems"] = [_problem(exc, int(match.group(1)) if match else None, "file")]
        report["problem_count"] = 1
        return report
    report["format"] = detected
    report["required"] = list(REQUIRED.get(detected, ()))
    examples, problems, count = _convert_each(records, path, detected, columns)
    duplicates = _duplicates(examples)
    for line, first in duplicates[: max(0, MAX_PROBLEMS - len(problems))]:
        problems.append({"kind": "duplicate", "line": line, "field": "", "record": "",
                         "where": f"{path}:{line}", "key": "data.duplicate", "hint": "",
                         "message": f"the same example as line {first}"})
    report.update(examples=len(examples), problems=problems, problem_count=count,
                  duplicates=len(duplicates))
    if tokenizer is None or not examples:
        return report
    try:
        tokenizer = tokenizer()
    except UserError as exc:
        report["tokenizer_error"] = str(exc)
        return report
    enc.ensure_chat_template(tokenizer)
    _, as_trained = enc.encode(tokenizer, examples, max_length, loss_on)
    _, full = enc.encode(tokenizer, examples, 10**9, loss_on)  # untruncated lengths
    trained = as_trained.to_dict()
    report["tokens"] = {
        "kept": trained["kept"], "truncated": trained["truncated"],
        "skipped": trained["skipped"], "skipped_count": trained["skipped_count"],
        "trained_total": trained["tokens_total"], "lengths": full.lengths,
        "stats": _stats(full.lengths),
        "over_max_length": sum(1 for n in full.lengths if n > max_length),
    }
    report["preview"] = _preview(tokenizer, examples, preview_rows)
    return report
