"""Past runs, read back from their folders, so nothing depends on the app having stayed open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop_ft.core.runs import runs_root
from desktop_ft.gui.pages.base import Page
from desktop_ft.gui.run_summary import RunSummary, list_runs, loss_curves
from desktop_ft.gui.widgets.format import number
from desktop_ft.gui.widgets.live_plots import CurveSpec, LivePlots, PlotSpec

PATH_ROLE = Qt.ItemDataRole.UserRole


class RunsPage(Page):
    key = "runs"
    resume_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Runs"),
            self.tr("Every run keeps its configuration, events and checkpoints in its own folder. "
                    "Select one to plot its loss again; a stopped run can be resumed."),
            parent)
        self.location = QLabel(self)
        self.location.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Run"), self.tr("Status"), self.tr("Steps"),
                                    self.tr("Last loss")])
        self.table.setAccessibleName(self.tr("Runs"))
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.open_button = QPushButton(self.tr("Open &folder"), self)
        self.resume_button = QPushButton(self.tr("&Resume"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the list of runs"))
        self.open_button.setAccessibleName(self.tr("Open the selected run's folder"))
        self.resume_button.setAccessibleName(self.tr("Resume the selected run"))
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self.open_folder)
        self.resume_button.clicked.connect(self._request_resume)
        buttons = QHBoxLayout()
        buttons.addWidget(self.location, 1)
        for button in (self.refresh_button, self.open_button, self.resume_button):
            buttons.addWidget(button)
        self.plots = LivePlots([PlotSpec("loss", self.tr("Loss"), (
            CurveSpec("loss", self.tr("train"), "#1f77b4"),
            CurveSpec("eval_loss", self.tr("eval"), "#d62728", markers=True)),
            x_label=self.tr("step"))], columns=1, parent=self)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.plots)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([480, 520])
        self.body.addLayout(buttons)
        self.body.addWidget(splitter, 1)
        self.summaries: list[RunSummary] = []
        self._update_buttons()
        self._update_command()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_path()
        root = runs_root()
        self.location.setText(self.tr("Runs folder: {0}").format(root))
        self.summaries = list_runs(root)
        self.table.clear()
        for summary in self.summaries:
            steps = number(summary.steps) if summary.steps is not None else "–"
            if summary.steps is not None and summary.total_steps:
                steps = f"{steps} / {number(summary.total_steps)}"
            item = QTreeWidgetItem(self.table, [summary.name, summary.status, steps,
                                                number(summary.last_loss)])
            item.setData(0, PATH_ROLE, str(summary.path))
            item.setToolTip(0, str(summary.path))
            if selected is not None and summary.path == selected:
                self.table.setCurrentItem(item)
        for column in range(4):
            self.table.resizeColumnToContents(column)
        if not self.summaries:
            self.plots.clear()
        self._update_buttons()

    def selected_path(self) -> Path | None:
        item = self.table.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    def selected_summary(self) -> RunSummary | None:
        path = self.selected_path()
        return next((s for s in self.summaries if s.path == path), None)

    def select(self, name: str) -> bool:
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item.text(0) == name:
                self.table.setCurrentItem(item)
                return True
        return False

    def _on_selection(self) -> None:
        path = self.selected_path()
        self.plots.clear()
        if path is not None:
            train, evals = loss_curves(path)
            for step, loss in train:
                self.plots.add("loss", step, loss)
            for step, loss in evals:
                self.plots.add("eval_loss", step, loss)
            if self.plots.isVisible():
                self.plots.flush()
        self._update_buttons()
        self._update_command()

    def _update_buttons(self) -> None:
        summary = self.selected_summary()
        self.open_button.setEnabled(summary is not None)
        self.resume_button.setEnabled(summary is not None and summary.resumable)

    def _update_command(self) -> None:
        """Continue the selected run if it can be; else run its configuration again."""
        summary = self.selected_summary()
        if summary is None:
            self.command.set_command(["desktop-ft", "train", "--resume", "RUN"])
        elif summary.resumable:
            self.command.set_command(["desktop-ft", "train", "--resume", str(summary.path)])
        else:
            self.command.set_command(["desktop-ft", "train", str(summary.path / "config.yaml")])

    def open_folder(self) -> None:
        path = self.selected_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _request_resume(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.resume_requested.emit(path)
