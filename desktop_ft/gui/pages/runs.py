"""Past runs, read back from their folders, so nothing depends on the app having stayed open.

Select one run to plot its loss again, several to compare them on one plot. A stopped run can
be resumed; a run can be deleted, after a question, unless it is training right now.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop_ft.core.runs import runs_root
from desktop_ft.gui.pages.base import Page, value_field
from desktop_ft.gui.run_summary import RunSummary, list_runs, loss_curves
from desktop_ft.gui.widgets.format import number
from desktop_ft.gui.widgets.run_curves import RunCurves, RunLoss

PATH_ROLE = Qt.ItemDataRole.UserRole


class RunsPage(Page):
    key = "runs"
    resume_requested = Signal(Path)
    deleted = Signal(list)  # the paths removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        #: the window tells which run is training now: that one is never deleted
        self.is_busy: Callable[[Path], bool] = lambda path: False
        # a field, not a label: a long path scrolls instead of widening the window
        self.location_label = QLabel(self)
        self.location = value_field(self, "")
        self.location_label.setBuddy(self.location)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.refresh_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.resume_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self.open_folder)
        self.resume_button.clicked.connect(self._request_resume)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.location_label)
        buttons.addWidget(self.location, 1)
        for button in (self.refresh_button, self.open_button, self.resume_button,
                       self.delete_button):
            buttons.addWidget(button)
        self.plots = RunCurves(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.plots)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([480, 520])
        self.body.addLayout(buttons)
        self.body.addWidget(splitter, 1)
        self.summaries: list[RunSummary] = []
        self.delete_box: QMessageBox | None = None
        self._to_delete: list[Path] = []
        self.retranslate_ui()
        self._update_buttons()
        self._update_command()

    def retranslate_ui(self) -> None:
        self.set_heading(
            self.tr("Runs"),
            self.tr("Every run keeps its configuration, events and checkpoints in its own "
                    "folder. Select a run to plot its loss, or several to compare them. A "
                    "stopped run can be resumed."))
        self.table.setHeaderLabels([self.tr("Run"), self.tr("Status"), self.tr("Steps"),
                                    self.tr("Last loss")])
        self.table.setAccessibleName(self.tr("Runs"))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.open_button.setText(self.tr("&Open folder"))
        self.resume_button.setText(self.tr("&Resume"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the list of runs"))
        self.open_button.setAccessibleName(self.tr("Open the selected run's folder"))
        self.resume_button.setAccessibleName(self.tr("Resume the selected run"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected runs"))
        self.location_label.setText(self.tr("Runs folder:"))
        self.location.setAccessibleName(self.tr("Runs folder"))
        self.plots.set_titles(self.tr("Loss"), self.tr("step"), self.tr("train"),
                              self.tr("eval"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        selected = set(self.selected_paths())
        current = self.selected_path()
        root = runs_root()
        self.location.setText(str(root))
        self.location.setCursorPosition(0)
        self.location.setToolTip(str(root))
        self.summaries = list_runs(root)
        self.table.blockSignals(True)
        self.table.clear()
        for summary in self.summaries:
            steps = number(summary.steps) if summary.steps is not None else "–"
            if summary.steps is not None and summary.total_steps:
                steps = f"{steps} / {number(summary.total_steps)}"
            item = QTreeWidgetItem(self.table, [summary.name, summary.status, steps,
                                                number(summary.last_loss)])
            item.setData(0, PATH_ROLE, str(summary.path))
            item.setToolTip(0, str(summary.path))
            if summary.path == current:
                self.table.setCurrentItem(item)
            item.setSelected(summary.path in selected)
        self.table.blockSignals(False)
        for column in range(4):
            self.table.resizeColumnToContents(column)
        self._on_selection()

    # selection -------------------------------------------------------------------------------
    def selected_paths(self) -> list[Path]:
        """Selected runs, in the table's order (newest first)."""
        return [Path(item.data(0, PATH_ROLE)) for item in self.table.selectedItems()]

    def selected_path(self) -> Path | None:
        """The run the single-run actions act on: the current one, when it is selected."""
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            paths = self.selected_paths()
            return paths[0] if paths else None
        return Path(item.data(0, PATH_ROLE))

    def selected_summary(self) -> RunSummary | None:
        path = self.selected_path()
        return next((s for s in self.summaries if s.path == path), None)

    def select(self, *names: str) -> bool:
        """Select the runs named (for compare: several); True if all were found."""
        found = 0
        self.table.clearSelection()
        for index in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(index)
            if item.text(0) in names:
                if found == 0:
                    self.table.setCurrentItem(item)
                item.setSelected(True)
                found += 1
        return found == len(names)

    def _on_selection(self) -> None:
        runs = []
        for path in self.selected_paths():
            train, evals = loss_curves(path)
            runs.append(RunLoss(path.name, train, evals))
        self.plots.show_runs(runs)
        self._update_buttons()
        self._update_command()

    def _update_buttons(self) -> None:
        summary = self.selected_summary()
        single = len(self.selected_paths()) == 1
        self.open_button.setEnabled(summary is not None and single)
        self.resume_button.setEnabled(summary is not None and single and summary.resumable)
        self.delete_button.setEnabled(bool(self.selected_paths()))

    def _update_command(self) -> None:
        """Continue the selected run if it can be; else run its configuration again."""
        summary = self.selected_summary()
        if summary is None:
            self.command.set_command(["desktop-ft", "train", "--resume", "RUN"])
        elif summary.resumable:
            self.command.set_command(["desktop-ft", "train", "--resume", str(summary.path)])
        else:
            self.command.set_command(["desktop-ft", "train", str(summary.path / "config.yaml")])

    # actions ---------------------------------------------------------------------------------
    def open_folder(self) -> None:
        path = self.selected_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _request_resume(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.resume_requested.emit(path)

    def delete_selected(self) -> None:
        """Ask first (window-modal, not a nested event loop); delete on Yes."""
        paths = self.selected_paths()
        busy = [p for p in paths if self.is_busy(p)]
        if busy:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Run in use"),
                              self.tr("{0} is training now. Stop it first.").format(
                                  busy[0].name), QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        if not paths:
            return
        names = "\n".join(p.name for p in paths)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Delete runs"),
            self.tr("Runs to delete: %n. Everything in their folders goes with them: "
                    "checkpoints, adapter, merged model and exports. This cannot be undone. "
                    "Delete?", "", len(paths)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setDetailedText(names)
        box.finished.connect(self._on_delete_answer)
        self.delete_box = box
        self._to_delete = paths
        box.open()

    def _on_delete_answer(self, result: int) -> None:
        box, paths = self.delete_box, self._to_delete
        self.delete_box, self._to_delete = None, []
        if box is not None:
            box.deleteLater()
        if result != QMessageBox.StandardButton.Yes:
            return
        root = runs_root().resolve()
        removed = []
        for path in paths:
            resolved = path.resolve()
            if resolved.parent != root or self.is_busy(path):  # only run folders, never others
                continue
            shutil.rmtree(resolved, ignore_errors=True)
            if not resolved.exists():
                removed.append(path)
        self.refresh()
        if removed:
            self.deleted.emit(removed)
