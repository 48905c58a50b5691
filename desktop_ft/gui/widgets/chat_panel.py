"""One model's answer, streamed as it is written: the Evaluate page shows two side by side, the
Export page one for the exported model.

The answer comes from jobs.chat_stream in a child process (loading a model imports torch or
ONNX Runtime GenAI, which would hold the GUI thread), as Log events of jobs.TOKEN_LEVEL; the
panel appends each piece, and shows what answered and how fast when it ends.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_ft import jobs
from desktop_ft.core import events as ev
from desktop_ft.gui.dialogs import show_failure
from desktop_ft.gui.job_runner import JobFunction, JobRunner
from desktop_ft.gui.process_job import default_job
from desktop_ft.gui.widgets.format import number


class ChatPanel(QWidget):
    """A titled answer box; `ask(request)` starts an answer, `answered(dict)` ends one."""

    answered = Signal(object)

    def __init__(self, job: JobFunction | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job if job is not None else default_job("desktop_ft.jobs:chat_stream",
                                                           kill_on_stop=True)
        self.runner = JobRunner(self)
        self.runner.event.connect(self._on_event)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.answer = QPlainTextEdit(self)
        self.answer.setReadOnly(True)
        self.answer.setMinimumHeight(50)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setMinimumWidth(120)  # a long path wraps or clips, never widens the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.details)
        self.result: dict[str, Any] | None = None
        self.failure: ev.Failed | None = None
        self.state = "idle"  # idle | loading | writing | done | stopped | failed
        self.pieces = 0  # streamed pieces of the current answer
        self.retranslate_ui()

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.answer.setAccessibleName(title)

    def retranslate_ui(self) -> None:
        self.answer.setPlaceholderText(self.tr("The answer appears here as it is written."))
        self.details.setAccessibleName(self.tr("About this answer"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def _show_state(self) -> None:
        result = self.result or {}
        if self.state == "done":
            kinds = {"onnx": self.tr("ONNX Runtime"), "pytorch": self.tr("PyTorch")}
            end = self.tr("stopped at the end token") if result.get("stopped_at_eos") else \
                self.tr("hit the token limit")
            text = self.tr("{0} · {1} tokens · {2} tokens/s · {3}").format(
                kinds.get(result.get("source_kind"), result.get("source_kind", "")),
                number(result.get("tokens")), number(result.get("tokens_per_s"), 1), end)
        elif self.state == "failed" and self.failure is not None:
            text = self.tr("No answer: {0}").format(self.failure.message)
            if self.failure.hint:
                text += " " + self.tr("What to do: {0}").format(self.failure.hint)
        else:
            text = {"loading": self.tr("Loading the model…"), "writing": self.tr("Writing…"),
                    "stopped": self.tr("Stopped.")}.get(self.state, "")
        self.details.setText(text)

    def ask(self, request: jobs.ChatRequest) -> None:
        if self.runner.is_running():
            return
        self.answer.clear()
        self.result, self.failure, self.pieces = None, None, 0
        self.state = "loading"
        self._show_state()
        self.runner.start(self.job, request)

    def stop(self) -> None:
        self.runner.stop()

    def _on_event(self, event: object) -> None:
        if isinstance(event, ev.Log) and event.level == jobs.TOKEN_LEVEL:
            if self.pieces == 0:
                self.state = "writing"
                self._show_state()
            self.pieces += 1
            cursor = self.answer.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(event.message)
            self.answer.setTextCursor(cursor)

    def _on_finished(self, result: dict[str, Any]) -> None:
        self.result = result
        if result.get("status") == "stopped":
            self.state = "stopped"
        else:
            self.state = "done"
            if result.get("answer") is not None:
                self.answer.setPlainText(result["answer"])  # the final text, cleaned by the job
            self.details.setToolTip(str(result.get("model_dir", "")))
        self._show_state()
        self.answered.emit(result)

    def _on_failed(self, failed: ev.Failed) -> None:
        self.failure, self.state = failed, "failed"
        self._show_state()
        self.answered.emit(None)
        if not failed.user_error:
            show_failure(self, failed)
