"""The Export page exports a real trained run to ONNX, shows its parity report and lets the
exported model answer, streamed."""

from __future__ import annotations

from pathlib import Path

import pytest
from tiny_runs import trained_run

from desktop_ft import jobs
from desktop_ft.core.runs import runs_root
from desktop_ft.gui.pages.export import ExportPage, exports_of


@pytest.fixture(scope="module")
def run_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("export-runs")


@pytest.mark.slow  # ~30 s: a real merge, ONNX build and parity check
def test_export_fp32_shows_match_and_answers(qtbot, monkeypatch, run_cache, tiny_model_dir):
    monkeypatch.setenv("DESKTOP_FT_EXPORT_BUILDER", "inprocess")  # the builder, minus 10 s
    run = trained_run(run_cache, tiny_model_dir, runs_root(), "20260101-000000-tiny-lora")
    page = ExportPage(job=jobs.export, chat_job=jobs.chat_stream)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.selected_run() == run
    assert page.parity.report is None and not page.ask_button.isEnabled()
    page.precision.setCurrentIndex(page.precision.findData("fp32"))
    assert not page.block_size.isEnabled()  # only for quantized precisions
    assert page.command.text() == f"desktop-ft export {run} --precision fp32 --target cpu"
    page.precision.setCurrentIndex(page.precision.findData("int4"))
    assert page.block_size.isEnabled()
    assert "--block-size 32 --accuracy-level 4" in page.command.text()
    page.precision.setCurrentIndex(page.precision.findData("fp32"))

    progress: list[int] = []
    page.runner.event.connect(lambda e: progress.append(page.progress.value()))
    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        page.export_button.click()
        assert not page.export_button.isEnabled() and page.stop_button.isEnabled()
    assert page.last_result["status"] == "finished", page.status.text()
    assert max(progress) >= 4  # the export's five phases moved the bar
    folder = run / "export" / "cpu-fp32"
    assert exports_of(run) == [folder]
    assert page.selected_export() == folder
    assert page.parity.report["verdict"] == "match"
    assert page.parity.verdict.text().count("match") >= 1
    rows = {page.parity.table.topLevelItem(i).text(0): page.parity.table.topLevelItem(i)
            for i in range(page.parity.table.topLevelItemCount())}
    assert rows["Same greedy answer"].text(1) == "100.0 %"
    assert rows["Tokens per second"].text(1) not in ("", "–")

    page.prompt.setText("How often should I water a fern?")
    with qtbot.waitSignal(page.chat.answered, timeout=60_000):
        page.ask_button.click()
    result = page.chat.result
    assert result["source_kind"] == "onnx" and result["model_dir"] == str(folder)
    assert page.chat.pieces > 1  # streamed piece by piece
    assert page.chat.answer.toPlainText() == result["answer"]
    assert page.command.text().startswith(f"desktop-ft chat {folder} --prompt ")


def test_export_page_without_runs(qtbot):
    page = ExportPage(job=jobs.export, chat_job=jobs.chat_stream)
    qtbot.addWidget(page)
    page.show()
    assert page.run_box.count() == 0
    assert not page.export_button.isEnabled()
    assert page.command.text().startswith("desktop-ft export RUN --precision int4")
