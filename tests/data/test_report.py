"""The dataset report: every bad row with its line and field, the numbers training would see."""

from __future__ import annotations

import json
import subprocess
import sys

from desktop_ft.data.report import inspect

GOOD = {"messages": [{"role": "user", "content": "Hi?"}, {"role": "assistant", "content": "Hi."}]}


def write(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def test_every_bad_row_is_listed_not_just_the_first(tmp_path):
    path = write(tmp_path / "d.jsonl", [
        GOOD, {"messages": [{"role": "user", "content": ""}]},
        {"messages": [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]},
        GOOD])
    report = inspect(path)  # no tokenizer: the checks that need none
    assert (report["format"], report["rows"], report["examples"]) == ("chat", 4, 2)
    assert [(p["line"], p["field"]) for p in report["problems"] if p["kind"] == "invalid"] == [
        (2, "messages[0].content"), (3, "messages[1].role")]
    assert report["duplicates"] == 1 and report["problems"][-1]["line"] == 4
    assert report["tokens"] is None


def test_unreadable_file_is_one_problem_with_its_line(tmp_path):
    report = inspect(write(tmp_path / "d.jsonl", [GOOD, "{oops"]))
    assert report["rows"] == 0 and report["problem_count"] == 1
    assert report["problems"][0]["line"] == 2 and report["problems"][0]["kind"] == "file"


def test_check_data_cli_json(tmp_path, chat_dataset):
    out = subprocess.run([sys.executable, "-m", "desktop_ft", "check-data", str(chat_dataset),
                          "--max-length", "32", "--json"], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    tokens = report["tokens"]
    assert report["rows"] == len(tokens["lengths"]) == 288
    assert tokens["over_max_length"] == sum(n > 32 for n in tokens["lengths"]) > 0
    assert tokens["truncated"] == tokens["over_max_length"]  # chat rows: cut, not split
    first = report["preview"][0]
    (start, end), = first["answer_spans"]
    assert first["text"][start:end].startswith("A monstera is toxic to cats and dogs.")
    bad = subprocess.run([sys.executable, "-m", "desktop_ft", "check-data", str(tmp_path),
                          "--json"], capture_output=True, text=True, timeout=300)
    assert bad.returncode == 0  # a report, with the problem in it
    assert json.loads(bad.stdout)["problems"][0]["message"] == "expected a file, found a folder"
