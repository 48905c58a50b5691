"""A histogram of token lengths with the maximum length marked.

pyqtgraph and numpy are imported when the histogram is first given values, not at start-up,
as in live_plots.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

BINS = 40


class Histogram(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = self._x_label = self._y_label = ""
        self.plot: Any = None
        self.counts: list[int] = []  # per bin, as drawn (for tests and the accessible text)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._empty = QLabel(self)
        self._layout.addWidget(self._empty)
        self.setMinimumHeight(160)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._empty.setText(self.tr("No lengths to show yet."))

    def set_titles(self, title: str, x_label: str, y_label: str) -> None:
        self._title, self._x_label, self._y_label = title, x_label, y_label
        self.setAccessibleName(title)
        if self.plot is not None:
            self.plot.setTitle(title)
            self.plot.setLabel("bottom", x_label)
            self.plot.setLabel("left", y_label)
            self._apply_palette()

    def _build(self) -> None:
        import pyqtgraph as pg

        self._layout.removeWidget(self._empty)
        self._empty.hide()
        self.plot = pg.PlotWidget(self)
        self.plot.setAccessibleName(self._title)
        self.plot.setTitle(self._title)
        self.plot.setLabel("bottom", self._x_label)
        self.plot.setLabel("left", self._y_label)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(y=True, alpha=0.25)
        self._layout.addWidget(self.plot)
        self._apply_palette()

    def set_values(self, values: Sequence[int], marker: float | None = None,
                   marker_label: str = "") -> None:
        """Draw the histogram of `values`, with a vertical line at `marker` (the max length)."""
        if self.plot is None:
            self._build()
        import numpy as np
        import pyqtgraph as pg

        self.plot.clear()
        self.counts = []
        if not values:
            return
        data = np.asarray(values, dtype=float)
        high = max(float(data.max()), float(marker or 0)) + 1
        counts, edges = np.histogram(data, bins=min(BINS, max(1, int(high))), range=(0, high))
        self.counts = [int(c) for c in counts]
        color = self.palette().color(QPalette.ColorRole.Highlight)
        bars = pg.BarGraphItem(x0=edges[:-1], x1=edges[1:], height=counts, brush=color,
                               pen=pg.mkPen(color.darker(130)))
        self.plot.addItem(bars)
        if marker:
            line = pg.InfiniteLine(pos=marker, angle=90, pen=pg.mkPen("#d62728", width=2),
                                   label=marker_label,
                                   labelOpts={"position": 0.9, "color": "#d62728",
                                              "anchors": [(1, 0), (1, 0)]})
            self.plot.addItem(line)
        self.plot.setXRange(0, high, padding=0.02)

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
