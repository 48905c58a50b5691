"""The Data page checks the real dataset with the real tokenizer, in a real child process."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop_ft import jobs
from desktop_ft.gui.pages.data import DataPage, rendered_html
from desktop_ft.gui.session import Session


def make_page(qtbot, job=None) -> DataPage:
    session = Session()
    session.load_demo()
    page = DataPage(session, job=job)
    qtbot.addWidget(page)
    return page


def test_sample_dataset_report_in_a_child_process(qtbot):
    page = make_page(qtbot)  # the default job: jobs.inspect_data in a child process
    page.max_length.setValue(32)  # as typed: the session's configuration follows
    page.max_length.editingFinished.emit()
    assert page.session.config.data.max_length == 32
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        page.show()
    report = page.report
    assert (report["format"], report["rows"], report["problem_count"]) == ("chat", 288, 0)
    assert page.summary["rows"].text() == "288"
    assert page.summary["problems"].text() == "0"
    tokens = report["tokens"]
    assert len(tokens["lengths"]) == 288
    # the page's truncation count is the lengths over the maximum, as training will cut them
    over = sum(1 for n in tokens["lengths"] if n > 32)
    assert over > 0 and page.summary["truncated"].text().startswith(str(over))
    assert sum(page.histogram.counts) == 288
    assert page.preview.rowCount() == 20
    first = report["preview"][0]
    assert "<|assistant|>" in first["text"]
    (start, end), = first["answer_spans"]
    assert first["text"][start:end].startswith("A monstera is toxic")
    assert "background-color" in page.example.toHtml()
    assert page.command.text().startswith("desktop-ft check-data ")
    assert "--max-length 32" in page.command.text()


def test_bad_file_shows_clickable_problems(qtbot, tmp_path):
    bad = tmp_path / "bad.jsonl"
    good = {"messages": [{"role": "user", "content": "Hi?"},
                         {"role": "assistant", "content": "Hello."}]}
    rows = [good, {"messages": [{"role": "user", "content": "no answer"}]},
            {"messages": [{"role": "robot", "content": "x"}]}, good]
    bad.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    page = make_page(qtbot, job=jobs.inspect_data)
    page.show()
    page.open_file(bad)
    qtbot.waitUntil(lambda: page.report is not None and page.report["path"] == str(bad),
                    timeout=30_000)
    assert page.report["problem_count"] == 2 and page.report["duplicates"] == 1
    assert page.problems.topLevelItemCount() == 3
    assert page.status.text().startswith("Rows with problems: 2.")
    item = page.problems.topLevelItem(1)
    assert (item.text(0), item.text(1)) == ("bad.jsonl:3", "messages[0].role")
    page.problems.itemClicked.emit(item, 0)
    detail = page.problem_detail.toPlainText()
    assert "unknown role 'robot'" in detail and "use one of: system, user, assistant" in detail
    assert '"robot"' in detail  # the row as read
    assert page.session.config.data.path == str(bad)


def test_unreadable_file_and_column_mapping(qtbot, tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"messages": []}\n{not json\n', encoding="utf-8")
    page = make_page(qtbot, job=jobs.inspect_data)
    page.show()
    page.open_file(broken)
    qtbot.waitUntil(lambda: page.report is not None and page.report["path"] == str(broken),
                    timeout=30_000)
    assert page.report["rows"] == 0
    assert page.problems.topLevelItem(0).text(0) == "broken.jsonl:2"
    # a CSV with its own column names: mapped on the page, checked again, trained as mapped
    table = tmp_path / "pairs.csv"
    table.write_text("question,reply\nWhat is a fern?,A plant with fronds.\n", encoding="utf-8")
    page.open_file(table)
    qtbot.waitUntil(lambda: page.report["path"] == str(table), timeout=30_000)
    assert page.report["format"] is None  # 'reply' is no answer column name it knows
    assert "cannot tell the dataset format" in page.problems.topLevelItem(0).text(2)
    assert page.status.text().startswith("The format is unknown.")
    page.format_box.setCurrentIndex(page.format_box.findData("prompt_response"))
    qtbot.waitUntil(lambda: list(page.column_boxes) == ["prompt", "response"]
                    and not page.runner.is_running(), timeout=30_000)
    box = page.column_boxes["response"]  # response <- reply
    box.setCurrentIndex(box.findData("reply"))
    assert page.session.config.data.columns == {"response": "reply"}
    qtbot.waitUntil(lambda: page.report["columns"] == {"response": "reply"}
                    and not page.runner.is_running(), timeout=30_000)
    assert page.report["problem_count"] == 0
    assert "--column response=reply" in page.command.text()


def test_rendered_html_highlights_only_the_spans():
    html = rendered_html("<q>ab</q>", [(3, 5)])
    assert "&lt;q&gt;" in html and ">ab</span>" in html
    assert html.count("<span") == 1
    assert Qt  # the page module is importable without torch
