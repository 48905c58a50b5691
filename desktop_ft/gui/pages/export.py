"""Export a run to ONNX for the edge, see the proof that it answers like the trained model, and
listen to it before shipping it.

The export is jobs.export in a child process (merge, the onnxruntime-genai builder, parity):
minutes on a real model, with progress and a cooperative stop that leaves nothing half-written.
Its parity report is read back from the export folder, so exports made earlier, or from the
command line, show the same way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_ft import jobs
from desktop_ft.core import config as cfg
from desktop_ft.core import events as ev
from desktop_ft.core.runs import runs_root
from desktop_ft.gui.dialogs import show_failure
from desktop_ft.gui.job_runner import JobFunction, JobRunner
from desktop_ft.gui.pages.base import Page
from desktop_ft.gui.process_job import default_job
from desktop_ft.gui.widgets.chat_panel import ChatPanel
from desktop_ft.gui.widgets.parity_view import ParityView
from desktop_ft.gui.widgets.run_picker import fill_run_box, hidden_progress

BLOCK_SIZES = (16, 32, 64, 128, 256)
QUANTIZED = ("int4", "int8")


def exports_of(run: Path) -> list[Path]:
    """The run's export folders that hold a parity report, newest first."""
    root = run / "export"
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir() if (p / "parity.json").is_file()]
    return sorted(found, key=lambda p: (p / "parity.json").stat().st_mtime, reverse=True)


def read_parity(folder: Path) -> dict[str, Any] | None:
    try:
        return json.loads((folder / "parity.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class ExportPage(Page):
    key = "export"

    def __init__(self, job: JobFunction | None = None, chat_job: JobFunction | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.job = job if job is not None else default_job("desktop_ft.jobs:export")
        self.runner = JobRunner(self)
        self.runner.event.connect(self._on_event)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.last_result: dict[str, Any] | None = None
        self._status: tuple[str, str] = ("idle", "")
        self._build_ui(chat_job)
        self.retranslate_ui()
        self._on_settings_changed()

    # layout ----------------------------------------------------------------------------------
    def _build_ui(self, chat_job: JobFunction | None) -> None:
        self.settings_box = QGroupBox(self)
        grid = QGridLayout(self.settings_box)
        self.run_box = QComboBox(self.settings_box)
        self.run_box.currentIndexChanged.connect(self._on_run_changed)
        self.precision = QComboBox(self.settings_box)
        for name in cfg.EXPORT_PRECISIONS:
            self.precision.addItem(name, name)
        self.precision.setCurrentIndex(self.precision.findData("int4"))
        self.target = QComboBox(self.settings_box)
        for name in cfg.EXPORT_TARGETS:
            self.target.addItem(name, name)
        self.block_size = QComboBox(self.settings_box)
        for size in BLOCK_SIZES:
            self.block_size.addItem(str(size), size)
        self.block_size.setCurrentIndex(self.block_size.findData(32))
        self.accuracy = QSpinBox(self.settings_box)
        self.accuracy.setRange(0, 4)
        self.accuracy.setValue(4)
        for box in (self.precision, self.target, self.block_size):
            box.currentIndexChanged.connect(self._on_settings_changed)
        self.accuracy.valueChanged.connect(self._on_settings_changed)
        self.form_labels = {key: QLabel(self.settings_box) for key in (
            "run", "precision", "target", "block_size", "accuracy")}
        # two settings a row, so the page fits a small window
        places = {"run": (0, 0), "precision": (1, 0), "target": (1, 2), "block_size": (2, 0),
                  "accuracy": (2, 2)}
        for key, widget in (("run", self.run_box), ("precision", self.precision),
                            ("target", self.target), ("block_size", self.block_size),
                            ("accuracy", self.accuracy)):
            self.form_labels[key].setBuddy(widget)
            row, column = places[key]
            grid.addWidget(self.form_labels[key], row, column)
            grid.addWidget(widget, row, column + 1, 1, 3 if key == "run" else 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for box in (self.run_box, self.precision, self.target):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)

        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self.stop)
        self.progress = hidden_progress(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(120)  # a long path wraps or clips, never widens the window
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.progress, 1)

        report = QWidget(self)
        report_layout = QVBoxLayout(report)
        exports_row = QHBoxLayout()
        self.exports_label = QLabel(report)
        self.exports_box = QComboBox(report)
        self.exports_box.currentIndexChanged.connect(self._on_export_selected)
        self.exports_label.setBuddy(self.exports_box)
        exports_row.addWidget(self.exports_label)
        exports_row.addWidget(self.exports_box, 1)
        report_layout.addLayout(exports_row)
        self.parity = ParityView(report)
        report_layout.addWidget(self.parity, 1)

        trial = QWidget(self)
        trial_layout = QVBoxLayout(trial)
        prompt_row = QHBoxLayout()
        self.prompt = QLineEdit(trial)
        self.prompt.returnPressed.connect(self.ask)
        self.ask_button = QPushButton(trial)
        self.ask_button.clicked.connect(self.ask)
        prompt_row.addWidget(self.prompt, 1)
        prompt_row.addWidget(self.ask_button)
        self.chat = ChatPanel(chat_job, trial)
        self.chat.answered.connect(lambda _result: self._update_controls())
        trial_layout.addLayout(prompt_row)
        trial_layout.addWidget(self.chat, 1)

        # The report and the chat share the lower half: side by side they did not fit a small
        # window, and one is read before the other.
        self.tabs = QTabWidget(self)
        self.tabs.addTab(report, "")
        self.tabs.addTab(trial, "")
        self.body.addWidget(self.settings_box)
        self.body.addLayout(buttons)
        self.body.addWidget(self.status)
        self.body.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self.set_heading(
            self.tr("Export"),
            self.tr("Export a trained run to ONNX for CPUs, GPUs and edge devices. Every "
                    "export is checked against the trained model, and you can talk to it "
                    "before you ship it."))
        self.settings_box.setTitle(self.tr("Export settings"))
        labels = {"run": self.tr("Run:"), "precision": self.tr("Precision:"),
                  "target": self.tr("Target:"), "block_size": self.tr("Block size:"),
                  "accuracy": self.tr("Accuracy level:")}
        for key, label in self.form_labels.items():
            label.setText(labels[key])
        self.run_box.setAccessibleName(self.tr("Run to export"))
        self.run_box.setToolTip(self.tr("Runs that finished training."))
        self.precision.setAccessibleName(self.tr("Precision"))
        precisions = {"fp32": self.tr("fp32 (exact, largest)"),
                      "fp16": self.tr("fp16 (half size, for GPUs)"),
                      "int8": self.tr("int8 (quarter size)"),
                      "int4": self.tr("int4 (smallest, fastest on CPU)")}
        for index in range(self.precision.count()):
            name = self.precision.itemData(index)
            self.precision.setItemText(index, precisions.get(name, name))
        self.target.setAccessibleName(self.tr("Target device"))
        targets = {"cpu": self.tr("CPU"), "cuda": self.tr("NVIDIA GPU (CUDA)"),
                   "dml": self.tr("Windows GPU (DirectML)")}
        for index in range(self.target.count()):
            name = self.target.itemData(index)
            self.target.setItemText(index, targets.get(name, name))
        self.block_size.setAccessibleName(self.tr("Block size"))
        self.block_size.setToolTip(self.tr("Weights quantized together. Smaller blocks are "
                                           "more accurate and a little larger."))
        self.accuracy.setAccessibleName(self.tr("Accuracy level"))
        self.accuracy.setToolTip(self.tr("Compute type of quantized matrix products. 4 (int8) "
                                         "is the fastest on CPUs."))
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Export the run"))
        self.stop_button.setText(self.tr("S&top"))
        self.stop_button.setAccessibleName(self.tr("Stop the export"))
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.status.setAccessibleName(self.tr("Export status"))
        self.exports_label.setText(self.tr("Exports of this run:"))
        self.exports_box.setAccessibleName(self.tr("Exports of this run"))
        self.prompt.setAccessibleName(self.tr("Prompt for the exported model"))
        self.prompt.setPlaceholderText(self.tr("Ask the exported model something…"))
        self.ask_button.setText(self.tr("&Ask"))
        self.ask_button.setAccessibleName(self.tr("Ask the exported model"))
        self.chat.set_title(self.tr("The exported model answers"))
        self.tabs.setTabText(0, self.tr("Parity report"))
        self.tabs.setTabText(1, self.tr("Try the export"))
        self._set_status(*self._status)

    def _set_status(self, state: str, detail: str = "") -> None:
        self._status = (state, detail)
        texts = {"idle": "", "log": detail,
                 "exporting": self.tr("Exporting {0}…").format(detail),
                 "stopping": self.tr("Stopping; nothing will be written…"),
                 "stopped": self.tr("Stopped. Nothing was written."),
                 "done": self.tr("Exported to {0}").format(detail),
                 "failed": self.tr("The export failed: {0}").format(detail)}
        self.status.setText(texts.get(state, detail))

    # runs and exports ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.runner.is_running():
            self.refresh()

    def refresh(self) -> None:
        fill_run_box(self.run_box, runs_root(), self.selected_run())
        self._on_run_changed()

    def select_run(self, path: Path) -> bool:
        index = self.run_box.findData(str(path))
        if index >= 0:
            self.run_box.setCurrentIndex(index)
        return index >= 0

    def selected_run(self) -> Path | None:
        data = self.run_box.currentData()
        return Path(data) if data else None

    def selected_export(self) -> Path | None:
        data = self.exports_box.currentData()
        return Path(data) if data else None

    def _on_run_changed(self) -> None:
        self.command.set_command(self.export_argv())
        run = self.selected_run()
        self.exports_box.blockSignals(True)
        self.exports_box.clear()
        for folder in exports_of(run) if run else []:
            report = read_parity(folder) or {}
            self.exports_box.addItem(f"{folder.name} ({report.get('verdict', '?')})",
                                     str(folder))
        self.exports_box.blockSignals(False)
        self._on_export_selected()

    def _on_export_selected(self) -> None:
        folder = self.selected_export()
        report = read_parity(folder) if folder else None
        if report is None:
            self.parity.clear()
        else:
            self.parity.show_report(report)
        self._update_controls()

    # actions ---------------------------------------------------------------------------------
    def request(self) -> jobs.ExportRequest | None:
        run = self.selected_run()
        if run is None:
            return None
        return jobs.ExportRequest(source=run, precision=self.precision.currentData(),
                                  target=self.target.currentData(),
                                  block_size=self.block_size.currentData(),
                                  accuracy_level=self.accuracy.value())

    def export_argv(self) -> list[str]:
        request = self.request()
        argv = ["desktop-ft", "export", str(request.source) if request else "RUN",
                "--precision", self.precision.currentData(), "--target",
                self.target.currentData()]
        if self.precision.currentData() in QUANTIZED:
            argv += ["--block-size", str(self.block_size.currentData()), "--accuracy-level",
                     str(self.accuracy.value())]
        return argv

    def _update_controls(self) -> None:
        running = self.runner.is_running()
        quantized = self.precision.currentData() in QUANTIZED
        self.block_size.setEnabled(quantized and not running)
        self.accuracy.setEnabled(quantized and not running)
        for widget in (self.run_box, self.precision, self.target):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running and self.selected_run() is not None)
        self.stop_button.setEnabled(running and not self.runner.is_stopping())
        chatting = self.chat.runner.is_running()
        self.ask_button.setEnabled(self.selected_export() is not None and not chatting)
        self.prompt.setEnabled(self.selected_export() is not None)

    def _on_settings_changed(self) -> None:
        """The command line follows the last thing done: here, the export settings."""
        self.command.set_command(self.export_argv())
        self._update_controls()

    def export(self) -> None:
        request = self.request()
        if request is None or self.runner.is_running():
            return
        self.last_result = None
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.progress.setFormat(self.tr("starting…"))
        self._set_status("exporting", f"{request.source.name}: {request.precision}, "
                         f"{request.target}")
        self.command.set_command(self.export_argv())
        self.runner.start(self.job, request)
        self._update_controls()

    def stop(self) -> None:
        if self.runner.is_running():
            self.runner.stop()
            self._set_status("stopping")
            self._update_controls()

    def ask(self) -> None:
        folder = self.selected_export()
        prompt = self.prompt.text().strip()
        if folder is None or not prompt or self.chat.runner.is_running():
            return
        self.command.set_command(["desktop-ft", "chat", str(folder), "--prompt", prompt])
        self.chat.ask(jobs.ChatRequest(source=folder, prompt=prompt, max_new_tokens=64))
        self._update_controls()

    # job events ------------------------------------------------------------------------------
    def _on_event(self, event: object) -> None:
        if isinstance(event, ev.Progress) and event.total_steps > 0:
            self.progress.setRange(0, event.total_steps)
            self.progress.setValue(min(event.step, event.total_steps))
            self.progress.setFormat(f"{event.phase or ''} {event.step}/{event.total_steps}"
                                    .strip().replace("%", "%%"))
        elif isinstance(event, ev.Log) and event.message:
            self._set_status("log", event.message)

    def _on_finished(self, result: dict[str, Any]) -> None:
        self.last_result = result
        self.progress.setRange(0, 1)
        if result.get("status") != "finished":
            self.progress.setValue(0)
            self.progress.setFormat("")
            self._set_status("stopped")
            self._update_controls()
            return
        self.progress.setValue(1)
        self.progress.setFormat(self.tr("done"))
        self._set_status("done", str(result["export_dir"]))
        self._on_run_changed()
        index = self.exports_box.findData(str(result["export_dir"]))
        if index >= 0:
            self.exports_box.setCurrentIndex(index)
        self._update_controls()

    def _on_failed(self, failed: ev.Failed) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")
        self._set_status("failed", failed.message)
        self._update_controls()
        show_failure(self, failed)
