"""Loss curves of one or more finished runs on one plot, to compare them.

Unlike LivePlots (a fixed set of curves fed point by point while a run goes), the set of curves
here changes with the selection: one colour per run, train loss as a line, eval loss as dots on
a dashed line. pyqtgraph is imported when the plot is first shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
          "#17becf")


@dataclass
class RunLoss:
    name: str
    train: list[tuple[int, float]]
    evals: list[tuple[int, float]]


class RunCurves(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot: Any = None
        self.runs: list[RunLoss] = []
        self._drawn: dict[tuple[str, str], int] = {}
        self._title = self._x_label = self._train = self._eval = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._layout.addWidget(self._empty)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._empty.setText(self.tr("Select one run to see its loss, or several to compare "
                                    "them."))

    def set_titles(self, title: str, x_label: str, train: str, evals: str) -> None:
        self._title, self._x_label, self._train, self._eval = title, x_label, train, evals
        self.setAccessibleName(title)
        if self.plot is not None:
            self.plot.setTitle(title)
            self.plot.setLabel("bottom", x_label)
            self._draw()

    def show_runs(self, runs: Sequence[RunLoss]) -> None:
        self.runs = list(runs)
        if self.isVisible():
            self.flush()

    def clear(self) -> None:
        self.show_runs([])

    def flush(self) -> None:
        """Draw the current runs now (done on show otherwise); nothing to draw keeps the hint."""
        if self.plot is None:
            if not self.runs:
                return
            self._build()
        self._draw()

    def drawn(self, key: str = "loss", run: str | None = None) -> int:
        """Points drawn for `key` ("loss" or "eval_loss") of `run` (default: the first run)."""
        if run is None:
            if not self.runs:
                return 0
            run = self.runs[0].name
        return self._drawn.get((run, key), 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.flush()

    def _build(self) -> None:
        import pyqtgraph as pg

        self._layout.removeWidget(self._empty)
        self._empty.hide()
        self.plot = pg.PlotWidget(self)
        self.plot.setTitle(self._title)
        self.plot.setLabel("bottom", self._x_label)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.setMinimumHeight(160)
        self.plot.addLegend(offset=(-10, 10))
        self._layout.addWidget(self.plot)
        self._apply_palette()

    def _draw(self) -> None:
        import pyqtgraph as pg

        self.plot.clear()
        self._drawn.clear()
        several = len(self.runs) > 1
        for index, run in enumerate(self.runs):
            color = COLORS[index % len(COLORS)]
            prefix = f"{run.name}: " if several else ""
            if run.train:
                steps, losses = zip(*run.train, strict=True)
                self.plot.plot(list(steps), list(losses), pen=pg.mkPen(color, width=2),
                               name=prefix + self._train)
            if run.evals:
                steps, losses = zip(*run.evals, strict=True)
                self.plot.plot(list(steps), list(losses),
                               pen=pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine),
                               symbol="o", symbolSize=6, symbolBrush=color, symbolPen=None,
                               name=prefix + self._eval)
            self._drawn[(run.name, "loss")] = len(run.train)
            self._drawn[(run.name, "eval_loss")] = len(run.evals)
        self.plot.enableAutoRange()
        self._apply_palette()

    def _apply_palette(self) -> None:
        if self.plot is None:
            return
        palette = self.palette()
        foreground = palette.color(QPalette.ColorRole.WindowText)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        item = self.plot.getPlotItem()
        item.titleLabel.setText(item.titleLabel.text, color=foreground)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(foreground)
            axis.setTextPen(foreground)
        if item.legend is not None:
            item.legend.setLabelTextColor(foreground)
            for _sample, label in item.legend.items:
                label.setText(label.text, color=foreground)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
