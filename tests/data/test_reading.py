"""Every bad dataset gets a message that names the file, the line and the field."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from desktop_ft.core.errors import UserError
from desktop_ft.data.formats import to_examples
from desktop_ft.data.readers import read_records

GOOD = {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hey"}]}


def load(path: Path, fmt: str = "auto", columns: dict[str, str] | None = None):
    return to_examples(read_records(path), path, fmt, columns)


def jsonl(tmp_path: Path, *rows: object, name: str = "d.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_formats_are_detected(tmp_path: Path) -> None:
    cases = {
        "chat": GOOD,
        "sharegpt": {"conversations": [{"from": "human", "value": "a"},
                                       {"from": "gpt", "value": "b"}]},
        "instruction": {"instruction": "Add", "input": "1+1", "output": "2"},
        "prompt_response": {"question": "q?", "answer": "a."},
        "text": {"text": "Some domain prose."},
    }
    for name, row in cases.items():
        fmt, examples = load(jsonl(tmp_path, row, name=f"{name}.jsonl"))
        assert fmt == name
        assert len(examples) == 1
    _, (example,) = load(jsonl(tmp_path, cases["instruction"], name="i2.jsonl"))
    assert example.messages == [{"role": "user", "content": "Add\n\n1+1"},
                                {"role": "assistant", "content": "2"}]


def test_json_array_and_csv(tmp_path: Path) -> None:
    array = tmp_path / "d.json"
    array.write_text(json.dumps([GOOD, GOOD]), encoding="utf-8")
    assert len(load(array)[1]) == 2
    table = tmp_path / "d.csv"
    table.write_text('prompt,response\n"Hello, you",Hi\nHow?,Like this\n', encoding="utf-8")
    fmt, examples = load(table)
    assert fmt == "prompt_response"
    assert examples[0].messages[0]["content"] == "Hello, you"
    assert examples[1].line == 3


def test_column_mapping(tmp_path: Path) -> None:
    path = jsonl(tmp_path, {"frage": "Why?", "antwort": "Because."})
    fmt, examples = load(path, columns={"prompt": "frage", "response": "antwort"})
    assert fmt == "prompt_response"
    assert examples[0].messages[1]["content"] == "Because."


def error(path: Path, **kwargs: object) -> UserError:
    with pytest.raises(UserError) as info:
        load(path, **kwargs)  # type: ignore[arg-type]
    return info.value


@pytest.mark.parametrize(("content", "where", "words"), [
    (b"", "", "empty"),
    (b"   \n\n  \n", "", "empty"),
    (json.dumps(GOOD).encode() + b"\n{\"messages\": [\n", ":2", "invalid JSON"),
    (b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n\xff\xfe oops\n", ":2", "UTF-8"),
    (b"[1, 2]\n", ":1", "JSON object"),
])
def test_broken_files(tmp_path: Path, content: bytes, where: str, words: str) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(content)
    err = error(path)
    assert words in err.message
    assert err.where.startswith(str(path) + where)


def test_json_array_saved_as_jsonl_and_the_reverse(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps([GOOD, GOOD], indent=1), encoding="utf-8")
    assert ".json" in error(path).hint
    path = tmp_path / "e.json"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    assert ".jsonl" in error(path).hint


@pytest.mark.parametrize(("row", "field", "words"), [
    ({"mesages": GOOD["messages"]}, None, "did you mean 'messages'"),
    ({"messages": [{"role": "user", "content": 5}, {"role": "assistant", "content": "x"}]},
     "messages[0].content", "expected text"),
    ({"messages": [{"role": "user", "content": "a"}, {"role": "assistant", "content": " "}]},
     "messages[1].content", "empty"),
    ({"messages": [{"role": "assistant", "content": "a"}, {"role": "user", "content": "b"},
                   {"role": "assistant", "content": "c"}]}, "messages[0].role", "start"),
    ({"messages": [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]},
     "messages[1].role", "in a row"),
    ({"messages": [{"role": "robot", "content": "a"}]}, "messages[0].role", "unknown role"),
    ({"messages": [{"role": "user", "content": "a"}]}, "messages", "no assistant"),
])
def test_bad_rows_name_line_and_field(tmp_path: Path, row: dict, field: str | None,
                                      words: str) -> None:
    path = jsonl(tmp_path, GOOD, GOOD, row)
    err = error(path) if field else error(jsonl(tmp_path, row, name="first.jsonl"))
    assert words in (err.message + " " + err.hint)
    if field:
        assert err.where == f"{path}:3: field '{field}'"


def test_ragged_csv(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("prompt,response\na,b\nc,d,e\n", encoding="utf-8")
    err = error(path)
    assert err.where == f"{path}:3"
    assert "columns" in err.message


def test_a_ten_megabyte_line_is_read_not_choked_on(tmp_path: Path) -> None:
    big = {"messages": [{"role": "user", "content": "x " * 5_000_000},
                        {"role": "assistant", "content": "ok"}]}
    _, examples = load(jsonl(tmp_path, big))
    assert len(examples[0].messages[0]["content"]) == 10_000_000


def test_unsupported_suffix_and_missing_file(tmp_path: Path) -> None:
    other = tmp_path / "d.txt"
    other.write_text("hello", encoding="utf-8")
    assert "unsupported file type" in error(other).message
    assert "not found" in error(tmp_path / "missing.jsonl").message


def test_the_dataset_file_is_never_written(tmp_path: Path, chat_dataset: Path) -> None:
    before = hashlib.sha256(chat_dataset.read_bytes()).hexdigest()
    stat = chat_dataset.stat()
    load(chat_dataset)
    assert hashlib.sha256(chat_dataset.read_bytes()).hexdigest() == before
    assert chat_dataset.stat().st_mtime_ns == stat.st_mtime_ns
