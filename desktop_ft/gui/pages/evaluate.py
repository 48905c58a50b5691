"""Did fine-tuning help? The same prompt answered by the base model and the fine-tuned one, side
by side and streamed, next to the run's measured scores.

Both answers are jobs.chat_stream in child processes, started together: the base is the run's
base model (ChatRequest.base), the fine-tuned one its merged model, else base + adapter; both in
PyTorch, so the difference is the fine-tuning, not the runtime (the Export page lets the
exported model answer). The scores come from the run's folder: eval events in metrics.jsonl
(loss and perplexity during training) and RUN/eval.json (the scenario's metric, base vs
fine-tuned), which "Score the run" writes with jobs.evaluate.
"""

from __future__ import annotations

import json
import math
import shlex
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_ft import jobs
from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.requests import EvalRequest
from desktop_ft.core.runs import RunFolder, runs_root
from desktop_ft.gui.dialogs import show_failure
from desktop_ft.gui.job_runner import JobFunction, JobRunner
from desktop_ft.gui.pages.base import Page
from desktop_ft.gui.process_job import default_job
from desktop_ft.gui.widgets.chat_panel import ChatPanel
from desktop_ft.gui.widgets.format import number
from desktop_ft.gui.widgets.run_picker import fill_run_box

EVAL_FILE = "eval.json"  # desktop_ft.evaluate.EVAL_FILE; read as plain JSON, imported from nowhere


def read_eval(run: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((run / EVAL_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def eval_points(run: Path) -> list[ev.Eval]:
    """The eval events of a run, one per step (a resumed run's repeat replaces the first)."""
    by_step = {e.step: e for e in RunFolder(run).events() if isinstance(e, ev.Eval)}
    return [by_step[step] for step in sorted(by_step)]


def tuned_source(run: Path) -> Path:
    """What answers for the fine-tuned model: the run's merged model when it has one (PyTorch,
    like the base beside it), else the run itself (base + adapter; chat.py's choice)."""
    merged = RunFolder(run).merged_dir
    return merged if (merged / "config.json").is_file() else run


def suggested_prompt(run: Path) -> str:
    """The first question of the run's dataset, to start from something it was taught."""
    try:
        return jobs.first_example(cfg.load(RunFolder(run).config_path))[0]
    except Exception:  # any other format, a moved file: no suggestion, the user types one
        return ""


class EvaluatePage(Page):
    key = "evaluate"

    def __init__(self, chat_job: JobFunction | None = None, eval_job: JobFunction | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.eval_job = eval_job if eval_job is not None else default_job(
            "desktop_ft.jobs:evaluate")
        self.eval_runner = JobRunner(self)
        self.eval_runner.event.connect(self._on_eval_event)
        self.eval_runner.finished.connect(self._on_scored)
        self.eval_runner.failed.connect(self._on_eval_failed)
        self._build_ui(chat_job)
        self.retranslate_ui()
        self._update_controls()

    # layout ----------------------------------------------------------------------------------
    def _build_ui(self, chat_job: JobFunction | None) -> None:
        run_row = QHBoxLayout()
        self.run_label = QLabel(self)
        self.run_box = QComboBox(self)
        self.run_box.currentIndexChanged.connect(self._on_run_changed)
        self.run_label.setBuddy(self.run_box)
        run_row.addWidget(self.run_label)
        run_row.addWidget(self.run_box, 1)

        prompt_row = QHBoxLayout()
        self.prompt = QLineEdit(self)
        self.prompt.returnPressed.connect(self.ask)
        self.tokens_label = QLabel(self)
        self.max_tokens = QSpinBox(self)
        self.max_tokens.setRange(1, 4096)
        self.max_tokens.setValue(64)
        self.tokens_label.setBuddy(self.max_tokens)
        self.ask_button = QPushButton(self)
        self.ask_button.clicked.connect(self.ask)
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self.stop)
        prompt_row.addWidget(self.prompt, 1)
        prompt_row.addWidget(self.tokens_label)
        prompt_row.addWidget(self.max_tokens)
        prompt_row.addWidget(self.ask_button)
        prompt_row.addWidget(self.stop_button)

        self.base_panel = ChatPanel(chat_job, self)
        self.tuned_panel = ChatPanel(chat_job, self)
        for panel in (self.base_panel, self.tuned_panel):
            panel.answered.connect(lambda _result: self._update_controls())
        answers = QSplitter(Qt.Orientation.Horizontal, self)
        answers.addWidget(self.base_panel)
        answers.addWidget(self.tuned_panel)
        answers.setChildrenCollapsible(False)

        scores = QWidget(self)
        scores_layout = QVBoxLayout(scores)
        scores_layout.setContentsMargins(0, 0, 0, 0)
        score_row = QHBoxLayout()
        self.scores_label = QLabel(scores)
        font = self.scores_label.font()
        font.setBold(True)
        self.scores_label.setFont(font)
        self.score_button = QPushButton(scores)
        self.score_button.clicked.connect(self.score)
        self.score_progress = QProgressBar(scores)
        self.score_progress.setRange(0, 1)
        self.score_progress.setValue(0)
        self.score_progress.setFormat("")
        self.score_progress.setVisible(False)  # only while scoring
        score_row.addWidget(self.scores_label, 1)
        score_row.addWidget(self.score_progress)
        score_row.addWidget(self.score_button)
        self.scores = QTreeWidget(scores)
        self.scores.setRootIsDecorated(True)
        self.scores.setAlternatingRowColors(True)
        self.score_note = QLabel(scores)
        self.score_note.setWordWrap(True)
        self.score_note.setMinimumWidth(120)  # a long path wraps or clips, never widens the window
        self.score_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scores_layout.addLayout(score_row)
        scores_layout.addWidget(self.scores, 1)
        scores_layout.addWidget(self.score_note)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(answers)
        splitter.addWidget(scores)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 260])
        self.body.addLayout(run_row)
        self.body.addLayout(prompt_row)
        self.body.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.set_heading(
            self.tr("Evaluate & chat"),
            self.tr("Ask the model before and after fine-tuning the same question, and see "
                    "the run's scores. The answers are written as they are generated."))
        self.run_label.setText(self.tr("Run:"))
        self.run_box.setAccessibleName(self.tr("Run to evaluate"))
        self.prompt.setAccessibleName(self.tr("Prompt for both models"))
        self.prompt.setPlaceholderText(self.tr("Type a question for both models…"))
        self.tokens_label.setText(self.tr("Tokens:"))
        self.max_tokens.setAccessibleName(self.tr("Most tokens per answer"))
        self.max_tokens.setToolTip(self.tr("The most tokens each answer may have."))
        self.ask_button.setText(self.tr("&Ask both"))
        self.ask_button.setAccessibleName(self.tr("Ask both models"))
        self.stop_button.setText(self.tr("S&top"))
        self.stop_button.setAccessibleName(self.tr("Stop both answers"))
        self.base_panel.set_title(self.tr("Before: the base model"))
        self.tuned_panel.set_title(self.tr("After: your fine-tuned model"))
        self.scores_label.setText(self.tr("Scores"))
        self.score_button.setText(self.tr("&Score the run"))
        self.score_button.setAccessibleName(self.tr("Score the run, base against fine-tuned"))
        self.score_button.setToolTip(self.tr("Measure the scenario's metric on the held-out "
                                             "rows for both models (writes eval.json)."))
        self.score_progress.setAccessibleName(self.tr("Scoring progress"))
        self.scores.setHeaderLabels([self.tr("Measure"), self.tr("Base"),
                                     self.tr("Fine-tuned")])
        self.scores.setAccessibleName(self.tr("Scores of the run"))
        self._show_scores()

    # runs ------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        current = self.selected_run()
        fill_run_box(self.run_box, runs_root(), current)
        if self.selected_run() != current:
            self._on_run_changed()
        else:
            self._show_scores()
            self._update_controls()

    def selected_run(self) -> Path | None:
        data = self.run_box.currentData()
        return Path(data) if data else None

    def select_run(self, path: Path) -> bool:
        index = self.run_box.findData(str(path))
        if index >= 0:
            self.run_box.setCurrentIndex(index)
        return index >= 0

    def _on_run_changed(self) -> None:
        run = self.selected_run()
        if run is not None and not self.prompt.text().strip():
            self.prompt.setText(suggested_prompt(run))
        self._show_scores()
        self._update_controls()

    # answers ---------------------------------------------------------------------------------
    def is_chatting(self) -> bool:
        return self.base_panel.runner.is_running() or self.tuned_panel.runner.is_running()

    def _update_controls(self) -> None:
        run = self.selected_run()
        chatting = self.is_chatting()
        scoring = self.eval_runner.is_running()
        self.ask_button.setEnabled(run is not None and not chatting)
        self.stop_button.setEnabled(chatting or scoring)
        self.run_box.setEnabled(not chatting and not scoring)
        self.score_button.setEnabled(run is not None and not scoring)
        if not chatting and not scoring:
            self._set_command(run)

    def _chat_argv(self, run: Path | str, base: bool) -> list[str]:
        argv = ["desktop-ft", "chat", str(run)]
        if base:
            argv.append("--base")
        argv += ["--prompt", self.prompt.text().strip() or "PROMPT"]
        if self.max_tokens.value() != 64:
            argv += ["--max-new-tokens", str(self.max_tokens.value())]
        return argv

    def _set_command(self, run: Path | None) -> None:
        """Both answers as two commands, base first, joined by &&."""
        base_argv = self._chat_argv(run if run is not None else "RUN", True)
        tuned_argv = self._chat_argv(tuned_source(run) if run is not None else "RUN", False)
        text = " && ".join(shlex.join(argv) for argv in (base_argv, tuned_argv))
        self.command.field.setText(text)
        self.command.field.setCursorPosition(0)
        self.command.field.setToolTip(text)

    def ask(self) -> None:
        run = self.selected_run()
        prompt = self.prompt.text().strip()
        if run is None or not prompt or self.is_chatting():
            return
        limit = self.max_tokens.value()
        self._set_command(run)
        self.base_panel.ask(jobs.ChatRequest(source=run, prompt=prompt, max_new_tokens=limit,
                                             base=True))
        self.tuned_panel.ask(jobs.ChatRequest(source=tuned_source(run), prompt=prompt,
                                              max_new_tokens=limit))
        self._update_controls()

    def stop(self) -> None:
        for runner in (self.base_panel.runner, self.tuned_panel.runner, self.eval_runner):
            runner.stop()

    # scores ----------------------------------------------------------------------------------
    def score(self) -> None:
        run = self.selected_run()
        if run is None or self.eval_runner.is_running():
            return
        self.score_progress.setRange(0, 0)
        self.score_progress.setVisible(True)
        self.command.set_command(["desktop-ft", "eval", str(run)])
        self.eval_runner.start(self.eval_job, EvalRequest(run=run))
        self._update_controls()

    def _on_eval_event(self, event: object) -> None:
        if isinstance(event, ev.Progress) and event.total_steps > 0:
            self.score_progress.setRange(0, event.total_steps)
            self.score_progress.setValue(min(event.step, event.total_steps))

    def _end_scoring(self) -> None:
        self.score_progress.setVisible(False)
        self.score_progress.setRange(0, 1)
        self.score_progress.setValue(0)
        self._update_controls()

    def _on_scored(self, _result: dict[str, Any]) -> None:
        self._end_scoring()
        self._show_scores()

    def _on_eval_failed(self, failed: ev.Failed) -> None:
        self._end_scoring()
        show_failure(self, failed)

    def _show_scores(self) -> None:
        """Training's eval loss and perplexity, then eval.json's metrics and samples."""
        self.scores.clear()
        run = self.selected_run()
        if run is None:
            self.score_note.setText(self.tr("No trained run yet. Train one on the Train page."))
            return
        points = eval_points(run)
        if points:
            last, best = points[-1], min(points, key=lambda e: e.eval_loss)
            training = QTreeWidgetItem(self.scores, [self.tr("During training")])
            for label, point in ((self.tr("Last eval loss (step {0})"), last),
                                 (self.tr("Best eval loss (step {0})"), best)):
                QTreeWidgetItem(training, [label.format(number(point.step)), "",
                                           number(point.eval_loss)])
            perplexity = last.perplexity if last.perplexity is not None else \
                math.exp(min(last.eval_loss, 50.0))
            QTreeWidgetItem(training, [self.tr("Perplexity at the last eval"), "",
                                       number(perplexity, 2)])
        doc = read_eval(run)
        if doc is not None:
            self._show_eval_doc(doc)
            self.score_note.setText(self.tr("Scored on {0} held-out rows ({1}).").format(
                number(doc.get("rows")), doc.get("split", "")))
        else:
            self.score_note.setText(self.tr("Not scored yet: Score the run measures its "
                                            "scenario's metric for both models."))
        self.scores.expandAll()
        for column in range(3):
            self.scores.resizeColumnToContents(column)

    def _show_eval_doc(self, doc: dict[str, Any]) -> None:
        base, tuned = doc.get("base") or {}, doc.get("tuned") or {}
        scenario = QTreeWidgetItem(self.scores, [self.tr("Scenario: {0}").format(
            doc.get("scenario", "?"))])
        primary = doc.get("primary")
        for name in doc.get("metrics") or sorted(set(base) | set(tuned)):
            item = QTreeWidgetItem(scenario, [str(name), number(_float(base.get(name))),
                                              number(_float(tuned.get(name)))])
            if name == primary:
                font = item.font(0)
                font.setBold(True)
                for column in range(3):
                    item.setFont(column, font)
                item.setToolTip(0, self.tr("The metric this scenario is judged by."))
        samples = doc.get("samples") or []
        if samples:
            group = QTreeWidgetItem(self.scores, [self.tr("Samples")])
            for sample in samples:
                item = QTreeWidgetItem(group, [_short(sample.get("prompt")),
                                               _short(sample.get("base")),
                                               _short(sample.get("tuned"))])
                item.setToolTip(0, self.tr("Expected: {0}").format(sample.get("reference", "")))
                for column, key in ((1, "base"), (2, "tuned")):
                    item.setToolTip(column, str(sample.get(key, "")))


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def _short(text: Any, limit: int = 80) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
