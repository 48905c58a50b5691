"""The Evaluate page: base and fine-tuned answers of a real run, streamed side by side, and the
run's scores read back from its folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tiny_runs import trained_run

from desktop_ft import jobs
from desktop_ft.core import events as ev
from desktop_ft.core.runs import RunFolder, runs_root
from desktop_ft.gui.pages.evaluate import EvaluatePage


@pytest.fixture(scope="module")
def run_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("evaluate-runs")


def test_base_and_tuned_answer_side_by_side(qtbot, run_cache, tiny_model_dir):
    run = trained_run(run_cache, tiny_model_dir, runs_root(), "20260101-000000-tiny-lora")
    page = EvaluatePage(chat_job=jobs.chat_stream)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.selected_run() == run
    assert page.prompt.text() == "Is a monstera safe for pets?"  # the dataset's first question
    assert page.command.text() == (
        f"desktop-ft chat {run} --base --prompt 'Is a monstera safe for pets?' && "
        f"desktop-ft chat {run} --prompt 'Is a monstera safe for pets?'")
    page.max_tokens.setValue(12)
    with qtbot.waitSignals([page.base_panel.answered, page.tuned_panel.answered],
                           timeout=90_000):
        page.ask_button.click()
        assert not page.ask_button.isEnabled() and page.stop_button.isEnabled()
    base, tuned = page.base_panel.result, page.tuned_panel.result
    assert base["model_dir"] == str(tiny_model_dir) and base["adapter_dir"] is None
    assert tuned["adapter_dir"] == str(run / "adapter")  # base + the run's LoRA adapter
    for panel, result in ((page.base_panel, base), (page.tuned_panel, tuned)):
        assert 0 < result["tokens"] <= 12
        assert panel.pieces >= 1  # streamed as it was written
        assert panel.answer.toPlainText() == result["answer"]
        assert "PyTorch" in panel.details.text()
    # the adapter changes what the model says (init_lora_weights=False: a real, non-zero LoRA)
    assert base["token_ids"] != tuned["token_ids"]
    assert page.ask_button.isEnabled()


def test_scores_from_the_run_folder(qtbot, run_cache, tiny_model_dir):
    run = trained_run(run_cache, tiny_model_dir, runs_root(), "20260101-000000-tiny-lora")
    writer = RunFolder(run).event_writer()
    for step, loss in ((10, 2.5), (20, 1.75), (30, 2.0)):
        writer(ev.Eval(step=step, eval_loss=loss))
    writer.close()
    (run / "eval.json").write_text(json.dumps({
        "scenario": "chat", "split": "validation", "rows": 14, "primary": "eval_loss",
        "metrics": ["eval_loss", "perplexity"], "base": {"eval_loss": 3.0, "perplexity": 20.1},
        "tuned": {"eval_loss": 1.5, "perplexity": 4.48},
        "samples": [{"prompt": "Q?", "reference": "A.", "base": "b", "tuned": "t"}]}),
        encoding="utf-8")
    page = EvaluatePage(chat_job=jobs.chat_stream)
    qtbot.addWidget(page)
    page.show()
    training, scenario, samples = (page.scores.topLevelItem(i) for i in range(3))
    assert training.child(0).text(0) == "Last eval loss (step 30)"
    assert training.child(0).text(2) == "2.0000"
    assert training.child(1).text(0) == "Best eval loss (step 20)"
    assert scenario.text(0) == "Scenario: chat"
    assert [scenario.child(0).text(c) for c in range(3)] == ["eval_loss", "3.0000", "1.5000"]
    assert scenario.child(0).font(0).bold()  # the scenario's primary metric
    assert samples.child(0).text(2) == "t"
    assert "14 held-out rows" in page.score_note.text()
    assert page.score_button.isEnabled()
