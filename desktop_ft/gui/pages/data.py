"""Which examples the model learns from, checked as training will read them.

The check is a job (jobs.inspect_data, in a child process: it loads the model's tokenizer), so
the window never waits for it. The page shows what the model will really see: each example
rendered with the model's chat template, the trained (answer) tokens highlighted, the
validation report, every row training would refuse with its line and field, and the token
length histogram. Format, column mapping and maximum length are edited here and go into the
session's configuration, which the Train page runs.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_ft import jobs
from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.gui import messages
from desktop_ft.gui.job_runner import JobFunction, JobRunner
from desktop_ft.gui.pages.base import Page
from desktop_ft.gui.process_job import default_job
from desktop_ft.gui.session import Session
from desktop_ft.gui.widgets.format import number
from desktop_ft.gui.widgets.histogram import Histogram

LINE_ROLE = Qt.ItemDataRole.UserRole
ANSWER_COLOR = "#c8f0c8"
ANSWER_TEXT = "#0b3d0b"
NO_COLUMN = ""


def rendered_html(text: str, spans: list[list[int]] | list[tuple[int, int]]) -> str:
    """The rendered example as HTML, with the trained spans highlighted."""
    parts, position = [], 0
    for start, end in sorted((int(s), int(e)) for s, e in spans):
        parts.append(html.escape(text[position:start]))
        parts.append(f'<span style="background-color:{ANSWER_COLOR}; color:{ANSWER_TEXT}; '
                     f'font-weight:600">{html.escape(text[start:end])}</span>')
        position = max(position, end)
    parts.append(html.escape(text[position:]))
    return ('<pre style="white-space: pre-wrap; margin: 0">' + "".join(parts) + "</pre>")


class DataPage(Page):
    key = "data"

    def __init__(self, session: Session, job: JobFunction | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.session = session
        self.job = job if job is not None else default_job("desktop_ft.jobs:inspect_data",
                                                           kill_on_stop=True)
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._on_report)
        self.runner.failed.connect(self._on_failed)
        self.report: dict[str, Any] | None = None
        self._checked: tuple | None = None  # what the shown report was made from
        self._pending = False
        self._syncing = False
        self._build_ui()
        self.retranslate_ui()
        session.changed.connect(self._on_session)
        self._on_session()

    # layout ----------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        file_row = QHBoxLayout()
        self.file_label = QLabel(self)
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.file_label.setBuddy(self.path)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.choose_file)
        self.check_button = QPushButton(self)
        self.check_button.clicked.connect(self.check)
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.open_button)
        file_row.addWidget(self.check_button)

        settings = QGridLayout()
        self.format_box = QComboBox(self)
        for name in cfg.DATA_FORMATS:
            self.format_box.addItem(name, name)
        self.format_box.currentIndexChanged.connect(self._on_edit)
        self.detected = QLabel(self)
        self.max_length = QSpinBox(self)
        self.max_length.setRange(8, 1_000_000)
        self.max_length.setSingleStep(64)
        self.max_length.editingFinished.connect(self._on_edit)
        self.loss_on = QComboBox(self)
        self.loss_on.addItem("", "answer")  # labels: retranslate_ui
        self.loss_on.addItem("", "all")
        self.loss_on.currentIndexChanged.connect(self._on_edit)
        for box in (self.format_box, self.loss_on):  # long names must not widen the window
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        self.labels = {key: QLabel(self) for key in ("format", "detected", "max_length",
                                                     "loss_on", "columns")}
        self.labels["format"].setBuddy(self.format_box)
        self.labels["max_length"].setBuddy(self.max_length)
        self.labels["loss_on"].setBuddy(self.loss_on)
        # Three short rows rather than one wide one: the page fits a 700-pixel window.
        settings.addWidget(self.labels["format"], 0, 0)
        settings.addWidget(self.format_box, 0, 1)
        settings.addWidget(self.labels["detected"], 0, 2)
        settings.addWidget(self.detected, 0, 3)
        settings.addWidget(self.labels["max_length"], 1, 0)
        settings.addWidget(self.max_length, 1, 1)
        settings.addWidget(self.labels["loss_on"], 1, 2)
        settings.addWidget(self.loss_on, 1, 3)
        settings.addWidget(self.labels["columns"], 2, 0)
        self.columns = QHBoxLayout()  # "field ← [column]" per field the format needs
        settings.addLayout(self.columns, 2, 1, 1, 4)
        settings.setColumnStretch(4, 1)
        self.column_boxes: dict[str, QComboBox] = {}
        self._column_labels: list[QLabel] = []

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(120)  # a long path wraps or clips, never widens the window
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_preview(), "")
        self.tabs.addTab(self._build_report(), "")
        self.tabs.addTab(self._build_problems(), "")

        self.body.addLayout(file_row)
        self.body.addLayout(settings)
        self.body.addWidget(self.status)
        self.body.addWidget(self.tabs, 1)

    def _build_preview(self) -> QWidget:
        self.preview = QTableWidget(0, 3, self)
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview.setWordWrap(False)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.preview.itemSelectionChanged.connect(self._show_example)
        self.example = QTextBrowser(self)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.example, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(holder)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 400])
        return splitter

    SUMMARY_KEYS = ("rows", "problems", "duplicates", "kept", "skipped", "truncated", "lengths",
                    "total")

    def _build_report(self) -> QWidget:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        form = QFormLayout()
        self.summary: dict[str, QLabel] = {}
        self.summary_labels: dict[str, QLabel] = {}
        for key in self.SUMMARY_KEYS:
            value = QLabel("–", page)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary[key] = value
            self.summary_labels[key] = QLabel(page)
            form.addRow(self.summary_labels[key], value)
        self.histogram = Histogram(page)
        layout.addLayout(form)
        layout.addWidget(self.histogram, 1)
        return page

    def _build_problems(self) -> QWidget:
        self.problems = QTreeWidget(self)
        self.problems.setRootIsDecorated(False)
        self.problems.itemActivated.connect(self.show_problem)
        self.problems.itemClicked.connect(self.show_problem)
        self.problem_detail = QTextBrowser(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.problems)
        splitter.addWidget(self.problem_detail)
        splitter.setChildrenCollapsible(False)
        return splitter

    def retranslate_ui(self) -> None:
        self.set_heading(
            self.tr("Data"),
            self.tr("The examples the model learns from. Each one is shown as the model will "
                    "see it, rendered with its chat template; the highlighted part is what it "
                    "learns to answer. Problems name the line and field to fix."))
        self.file_label.setText(self.tr("Dataset file:"))
        self.path.setAccessibleName(self.tr("Dataset file"))
        self.open_button.setText(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open a dataset file"))
        self.check_button.setText(self.tr("&Check again"))
        self.check_button.setAccessibleName(self.tr("Check the dataset again"))
        self.labels["format"].setText(self.tr("Format:"))
        self.labels["detected"].setText(self.tr("Detected:"))
        self.labels["max_length"].setText(self.tr("Maximum length:"))
        self.labels["loss_on"].setText(self.tr("Learn from:"))
        self.format_box.setAccessibleName(self.tr("Dataset format"))
        self.format_box.setToolTip(self.tr("How the rows are read. Automatic looks at the "
                                           "fields of the first row."))
        names = self.format_names()
        for index in range(self.format_box.count()):
            name = self.format_box.itemData(index)
            self.format_box.setItemText(index, names.get(name, name.replace("_", " ")))
        self.detected.setAccessibleName(self.tr("Detected format"))
        self.max_length.setAccessibleName(self.tr("Maximum length in tokens"))
        self.max_length.setToolTip(self.tr("Longer examples are cut to this many tokens."))
        self.loss_on.setItemText(0, self.tr("the answers only"))
        self.loss_on.setItemText(1, self.tr("every token"))
        self.loss_on.setAccessibleName(self.tr("Tokens the model learns from"))
        self.labels["columns"].setText(self.tr("Columns:"))
        self.labels["columns"].setToolTip(self.tr("Which column of your file holds each field "
                                                  "the format needs."))
        self.status.setAccessibleName(self.tr("Check status"))
        self.tabs.setTabText(0, self.tr("What the model sees"))
        self.tabs.setTabText(1, self.tr("Report"))
        self.preview.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Tokens"),
                                                self.tr("Rendered with the chat template")])
        self.preview.setAccessibleName(self.tr("Examples as the model sees them"))
        self.example.setAccessibleName(self.tr("Selected example"))
        self.example.setPlaceholderText(self.tr("Select an example to see it in full."))
        self.legend.setText(self.tr('<span style="background-color:{0}; color:{1}">'
                                    '&nbsp;highlighted&nbsp;</span>: the tokens the model '
                                    'learns to write.').format(ANSWER_COLOR, ANSWER_TEXT))
        labels = {"rows": self.tr("Rows read:"), "problems": self.tr("Rows with problems:"),
                  "duplicates": self.tr("Duplicates:"), "kept": self.tr("Examples trained:"),
                  "skipped": self.tr("Skipped (no answer left):"),
                  "truncated": self.tr("Cut at the maximum length:"),
                  "lengths": self.tr("Tokens per example:"), "total": self.tr("Trained tokens:")}
        for key, label in self.summary_labels.items():
            label.setText(labels[key])
            self.summary[key].setAccessibleName(labels[key].rstrip(":"))
        self.histogram.set_titles(self.tr("Token lengths"), self.tr("tokens per example"),
                                  self.tr("examples"))
        self.problems.setHeaderLabels([self.tr("Where"), self.tr("Field"), self.tr("Problem")])
        self.problems.setAccessibleName(self.tr("Problems in the dataset"))
        self.problem_detail.setAccessibleName(self.tr("Selected problem"))
        self.problem_detail.setPlaceholderText(self.tr("Click a problem to see the row and what "
                                                       "to do."))
        if self.report is not None:
            self._show_report(self.report)
        else:
            self.tabs.setTabText(2, self.tr("Problems"))

    def format_names(self) -> dict[str, str]:
        return {"auto": self.tr("automatic"), "chat": self.tr("chat (messages)"),
                "sharegpt": self.tr("ShareGPT (conversations)"),
                "instruction": self.tr("instruction (Alpaca)"),
                "prompt_response": self.tr("prompt and response"),
                "text": self.tr("raw text"), "classification": self.tr("classification"),
                "ner": self.tr("named entities"), "translation": self.tr("translation"),
                "qa": self.tr("questions and answers")}

    # session ---------------------------------------------------------------------------------
    def _request(self) -> jobs.InspectRequest | None:
        config = self.session.config
        if config is None or not config.data.path:
            return None
        data = config.data
        return jobs.InspectRequest(path=Path(data.path), model=config.model, format=data.format,
                                   columns=dict(data.columns), max_length=data.max_length,
                                   loss_on=data.loss_on,
                                   trust_remote_code=config.trust_remote_code)

    def _on_session(self) -> None:
        config = self.session.config
        self._syncing = True
        try:
            if config is None:
                self.path.setText(str(self.session.error or ""))
                return
            data = config.data
            self.path.setText(data.path)
            self.path.setCursorPosition(0)
            self.path.setToolTip(data.path)
            self.format_box.setCurrentIndex(max(0, self.format_box.findData(data.format)))
            self.max_length.setValue(data.max_length)
            self.loss_on.setCurrentIndex(max(0, self.loss_on.findData(data.loss_on)))
        finally:
            self._syncing = False
        self._update_command()
        if self.isVisible():
            self.check_if_stale()

    def _on_edit(self) -> None:
        config = self.session.config
        if self._syncing or config is None:
            return
        config.data.format = self.format_box.currentData()
        config.data.max_length = self.max_length.value()
        config.data.loss_on = self.loss_on.currentData()
        config.data.columns = self._mapping()
        self.session.changed.emit()

    def _mapping(self) -> dict[str, str]:
        return {field: box.currentData() for field, box in self.column_boxes.items()
                if box.currentData() not in (None, NO_COLUMN, field)}

    def _update_command(self) -> None:
        request = self._request()
        if request is None:
            self.command.set_command(["desktop-ft", "check-data", "FILE"])
            return
        argv = ["desktop-ft", "check-data", str(request.path), "--model", request.model]
        if request.trust_remote_code:
            argv.append("--trust-remote-code")
        if request.format != "auto":
            argv += ["--format", request.format]
        for wanted, actual in request.columns.items():
            argv += ["--column", f"{wanted}={actual}"]
        argv += ["--max-length", str(request.max_length)]
        if request.loss_on != "answer":
            argv += ["--loss-on", request.loss_on]
        self.command.set_command(argv)

    # checking --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.check_if_stale)

    def check_if_stale(self) -> None:
        request = self._request()
        if request is not None and self._key(request) != self._checked:
            self.check()

    @staticmethod
    def _key(request: jobs.InspectRequest) -> tuple:
        return (str(request.path), request.model, request.format,
                tuple(sorted(request.columns.items())), request.max_length, request.loss_on,
                request.trust_remote_code)

    def check(self) -> None:
        """Check the session's dataset now (once the running check, if any, has ended)."""
        request = self._request()
        if request is None:
            return
        if self.runner.is_running():
            self._pending = True
            self.runner.stop()
            return
        self._checked = self._key(request)
        self.status.setText(self.tr("Checking {0}…").format(request.path.name))
        self.check_button.setEnabled(False)
        self.runner.start(self.job, request)

    def choose_file(self) -> None:
        config = self.session.config
        start = str(Path(config.data.path).parent) if config and config.data.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a dataset"), start,
            self.tr("Datasets (*.jsonl *.json *.csv *.parquet);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        config = self.session.config
        if config is None:
            return
        config.data.path = str(Path(path).resolve())
        config.data.columns = {}
        config.data.format = "auto"
        self.session.changed.emit()

    def _on_failed(self, failed: ev.Failed) -> None:
        self.check_button.setEnabled(True)
        if self._rerun():
            return
        self.status.setText(self.tr("The check failed: {0}").format(failed.message))

    def _rerun(self) -> bool:
        if self._pending:
            self._pending = False
            self._checked = None
            self.check()
            return True
        return False

    # showing the report ----------------------------------------------------------------------
    def _on_report(self, report: dict[str, Any]) -> None:
        self.check_button.setEnabled(True)
        if self._rerun() or report.get("status") == "stopped":
            return
        self.report = report
        self._show_report(report)

    def _show_report(self, report: dict[str, Any]) -> None:
        self._show_status(report)
        self._show_columns(report)
        self._show_summary(report)
        self._show_preview(report)
        self._show_problems(report)

    def _show_status(self, report: dict[str, Any]) -> None:
        fmt = report.get("format")
        names = self.format_names()
        self.detected.setText(names.get(fmt, fmt) if fmt else self.tr("unknown"))
        problems = report["problem_count"]
        if report["rows"] == 0:
            text = self.tr("The file cannot be read. See Problems.")
        elif fmt is None:
            text = self.tr("The format is unknown. Choose it above, then map the columns.")
        elif problems:
            text = self.tr("Rows with problems: %n. Training stops at the first one, so fix "
                           "them first (see Problems).", "", problems)
        else:
            text = self.tr("Rows read: %n. No problems found.", "", report["rows"])
        if report.get("tokenizer_error"):
            text += " " + self.tr("No token statistics: {0}").format(report["tokenizer_error"])
        self.status.setText(text)
        self.tabs.setTabText(2, self.tr("Problems (%n)", "", len(report["problems"])))

    def _show_columns(self, report: dict[str, Any]) -> None:
        mapping = report.get("columns") or {}
        fields = list(report.get("fields") or [])
        for widget in [*self.column_boxes.values(), *self._column_labels]:
            self.columns.removeWidget(widget)
            widget.deleteLater()
        self.column_boxes, self._column_labels = {}, []
        while self.columns.count():  # the stretch of the last fill
            self.columns.takeAt(0)
        for field in report.get("required") or []:
            label = QLabel(f"{field} ←", self)
            box = QComboBox(self)
            box.setAccessibleName(self.tr("Column for {0}").format(field))
            box.setToolTip(self.tr("The column of your file that holds {0}").format(field))
            if field not in fields:
                box.addItem(self.tr("(missing)"), NO_COLUMN)
            for name in fields:
                box.addItem(name, name)
            box.setCurrentIndex(max(0, box.findData(mapping.get(field, field))))
            box.currentIndexChanged.connect(self._on_edit)
            label.setBuddy(box)
            self.columns.addWidget(label)
            self.columns.addWidget(box)
            self.column_boxes[field] = box
            self._column_labels.append(label)
        if not self.column_boxes:
            label = QLabel(self.tr("(none needed)") if report.get("format") else "–", self)
            self.columns.addWidget(label)
            self._column_labels.append(label)
        self.columns.addStretch(1)

    def _show_summary(self, report: dict[str, Any]) -> None:
        s = self.summary
        s["rows"].setText(number(report["rows"]))
        s["problems"].setText(number(report["problem_count"]))
        s["duplicates"].setText(number(report["duplicates"]))
        tokens = report.get("tokens")
        if not tokens:
            for key in ("kept", "skipped", "truncated", "lengths", "total"):
                s[key].setText("–")
            self.histogram.set_values([])
            return
        stats = tokens["stats"]
        s["kept"].setText(number(tokens["kept"]))
        s["skipped"].setText(number(tokens["skipped_count"]))
        s["truncated"].setText(self.tr("{0} (longer than {1} tokens)").format(
            number(tokens["over_max_length"]), number(report["max_length"])))
        s["lengths"].setText(self.tr("min {0}, median {1}, 95% {2}, max {3}").format(
            number(stats["min"]), number(stats["median"]), number(stats["p95"]),
            number(stats["max"])))
        s["total"].setText(number(tokens["trained_total"]))
        self.histogram.set_values(tokens["lengths"], report["max_length"],
                                  self.tr("max length"))

    def _show_preview(self, report: dict[str, Any]) -> None:
        self.preview.setRowCount(0)
        self.example.clear()
        for item in report.get("preview") or []:
            row = self.preview.rowCount()
            self.preview.insertRow(row)
            line = QTableWidgetItem(number(item["line"]))
            line.setData(LINE_ROLE, item["line"])
            tokens = QTableWidgetItem(number(item["tokens"]))
            if item["tokens"] > report["max_length"]:
                tokens.setToolTip(self.tr("Longer than the maximum length: it will be cut."))
                tokens.setForeground(Qt.GlobalColor.red)
            text = QTableWidgetItem(item["text"].replace("\n", " ⏎ "))
            text.setToolTip(item["text"])
            for column, cell in enumerate((line, tokens, text)):
                self.preview.setItem(row, column, cell)
        if self.preview.rowCount():
            self.preview.selectRow(0)

    def _show_example(self) -> None:
        row = self.preview.currentRow()
        items = (self.report or {}).get("preview") or []
        if 0 <= row < len(items):
            item = items[row]
            self.example.setHtml(rendered_html(item["text"], item["answer_spans"]))

    def _show_problems(self, report: dict[str, Any]) -> None:
        self.problems.clear()
        self.problem_detail.clear()
        kinds = {"duplicate": self.tr("duplicate")}
        for problem in report["problems"]:
            line = problem.get("line")
            where = Path(report["path"]).name + (f":{line}" if line else "")
            message = messages.translate(problem["message"], problem.get("key", ""))
            if problem["kind"] in kinds:
                message = f"{kinds[problem['kind']]}: {message}"
            item = QTreeWidgetItem(self.problems, [where, problem.get("field", ""), message])
            item.setData(0, LINE_ROLE, problem)
            item.setToolTip(2, messages.translate(problem.get("hint") or "") or message)
        for column in range(2):
            self.problems.resizeColumnToContents(column)

    def show_problem(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Show where a problem is, what to do, and the row as read; select it in the preview."""
        problem = item.data(0, LINE_ROLE)
        message = messages.translate(problem["message"], problem.get("key", ""))
        parts = [f"<p><b>{html.escape(messages.translate(problem['where']))}</b></p>",
                 f"<p>{html.escape(message)}</p>"]
        if problem.get("hint"):
            hint = messages.translate(problem["hint"])
            parts.append("<p>" + html.escape(self.tr("What to do: {0}").format(hint)) + "</p>")
        if problem.get("record"):
            parts.append("<p>" + html.escape(self.tr("The row as read:")) + "</p><pre>"
                         + html.escape(problem["record"]) + "</pre>")
        self.problem_detail.setHtml("".join(parts))
        for row in range(self.preview.rowCount()):
            if self.preview.item(row, 0).data(LINE_ROLE) == problem.get("line"):
                self.preview.selectRow(row)
                break
