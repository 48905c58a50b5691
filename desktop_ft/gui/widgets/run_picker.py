"""Pieces that the Evaluate and Export pages (and the Model page's download) share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QProgressBar, QWidget

from desktop_ft.gui.run_summary import list_runs


def trained_runs(root: Path) -> list[Path]:
    """Runs with something to evaluate or export: a merged model or a final adapter."""
    return [s.path for s in list_runs(root)
            if (s.path / "merged" / "config.json").is_file()
            or (s.path / "adapter" / "adapter_config.json").is_file()]


def fill_run_box(box: QComboBox, root: Path, keep: Path | None) -> None:
    """List the trained runs (full path as tooltip), keeping `keep` selected when it is still
    there; without signals, so the caller decides what a changed selection means."""
    box.blockSignals(True)
    box.clear()
    for path in trained_runs(root):
        box.addItem(path.name, str(path))
        box.setItemData(box.count() - 1, str(path), Qt.ItemDataRole.ToolTipRole)
    if keep is not None:
        box.setCurrentIndex(max(0, box.findData(str(keep))))
    box.blockSignals(False)


def hidden_progress(parent: QWidget) -> QProgressBar:
    """A progress bar that is shown once a job starts, and whose space is kept while hidden so
    the buttons beside it do not move."""
    bar = QProgressBar(parent)
    bar.setRange(0, 1)
    bar.setValue(0)
    bar.setFormat("")
    policy = bar.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    bar.setSizePolicy(policy)
    bar.setVisible(False)
    return bar
