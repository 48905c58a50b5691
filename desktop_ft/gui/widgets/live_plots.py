"""Live training curves that stay smooth on long runs.

Points are buffered as they arrive and drawn on a timer (~10 Hz), never once per event: a fast
job emits far more events than a screen can show. Curves use peak downsampling and clip-to-view
(a 1M-point curve cost 126 ms per update without them, 13 ms with them), and nothing is drawn
while the plots are hidden. pyqtgraph (and numpy) are imported when the plots are first shown,
not at start-up, so the window appears quickly.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop_ft.gui.heap import settle

REFRESH_MS = 100  # each plot redrawn at most ~10 times a second
MAX_DUTY = 0.25  # share of the GUI thread that drawing may take


@dataclass(frozen=True)
class CurveSpec:
    key: str
    name: str
    color: str
    markers: bool = False


@dataclass(frozen=True)
class PlotSpec:
    key: str
    title: str
    curves: tuple[CurveSpec, ...]
    x_label: str = ""  # empty: "step", translated


class _Series:
    """A growable pair of float arrays; amortised O(1) appends, views for drawing."""

    def __init__(self, np: Any) -> None:
        self._np = np
        self.x = np.empty(1024)
        self.y = np.empty(1024)
        self.n = 0

    def extend(self, points: list[tuple[float, float]]) -> None:
        np = self._np
        need = self.n + len(points)
        if need > len(self.x):
            size = max(need, 2 * len(self.x))
            for name in ("x", "y"):
                grown = np.empty(size)
                grown[: self.n] = getattr(self, name)[: self.n]
                setattr(self, name, grown)
        block = np.asarray(points, dtype=float).reshape(-1, 2)
        self.x[self.n:need] = block[:, 0]
        self.y[self.n:need] = block[:, 1]
        self.n = need


class LivePlots(QWidget):
    """A grid of plots fed by `add(curve_key, x, y)`; drawing happens on a timer.

    One plot is redrawn per tick, round robin, and the next tick waits three times as long as
    the last redraw took: a repaint of a busy plot costs tens of ms on a slow or loaded machine,
    and redrawing all of them in one turn of the event loop froze the window (the firehose
    scenario of benchmarks/bench_gui_latency.py). So plots take at most about a quarter of the
    GUI thread, each refreshes at up to 10 Hz when drawing is cheap, and input always gets in.
    """

    def __init__(self, plots: Sequence[PlotSpec], columns: int = 2,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._specs = list(plots)
        self._columns = columns
        self._pending: dict[str, list[tuple[float, float]]] = {
            c.key: [] for p in self._specs for c in p.curves}
        self._curves_of = {p.key: [c.key for c in p.curves] for p in self._specs}
        self._series: dict[str, _Series] = {}
        self._curves: dict[str, Any] = {}
        self.plot_widgets: dict[str, Any] = {}
        self._x_max: float | None = None
        self._range_stale: set[str] = set()  # plots whose x range waits for their next redraw
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(self.tr("Preparing plots…"), self)
        self._layout.addWidget(self._placeholder, 0, 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self._armed = False  # mirrors the timer, without a Qt call per point
        self._next_plot = 0
        self._build_scheduled = False

    # feeding ---------------------------------------------------------------------------------
    def add(self, curve_key: str, x: float, y: float | None) -> None:
        if y is None or y != y:  # missing or NaN: nothing to draw
            return
        self._pending[curve_key].append((float(x), float(y)))
        if not self._armed:
            self._arm(self._base_interval())

    def retitle(self, plots: Sequence[PlotSpec]) -> None:
        """New titles and curve names for the same plots and curves (the language changed)."""
        self._specs = list(plots)
        for spec in self._specs:
            widget = self.plot_widgets.get(spec.key)
            if widget is None:
                continue  # not built yet: ensure_built reads the new specs
            widget.setAccessibleName(spec.title)
            widget.setTitle(spec.title)
            widget.setLabel("bottom", spec.x_label or self.tr("step"))
            legend = widget.getPlotItem().legend
            for curve in spec.curves:
                item = self._curves[curve.key]
                item.opts["name"] = curve.name
                label = legend.getLabel(item) if legend is not None else None
                if label is not None:
                    label.setText(curve.name)
        self._apply_palette()

    def set_x_range(self, x_max: float | None) -> None:
        """Fix the x axis to [0, x_max] (a run's total steps): the axis is not re-laid out on
        every update and the curve grows across a stable frame. None: follow the data."""
        self._x_max = x_max
        # Each plot takes its new range at its own next redraw (the timer's round robin): set
        # on all at once, they re-laid out their axes in one paint, the worst stall of a run.
        self._range_stale = set(self.plot_widgets)
        if self._range_stale and not self._armed:
            self._arm(self._base_interval())

    def clear(self) -> None:
        for points in self._pending.values():
            points.clear()
        for key, series in self._series.items():
            series.n = 0
            self._curves[key].setData([], [])
        self.set_x_range(None)

    def count(self, curve_key: str) -> int:
        """Points received for a curve, drawn or still buffered."""
        series = self._series.get(curve_key)
        return (series.n if series else 0) + len(self._pending[curve_key])

    def drawn(self, curve_key: str) -> int:
        """Points the curve's plot item actually holds."""
        curve = self._curves.get(curve_key)
        if curve is None:
            return 0
        x, _ = curve.getData()
        return 0 if x is None else len(x)

    # drawing ---------------------------------------------------------------------------------
    def flush(self) -> None:
        """Move every buffered point into the curves now (the timer does it gradually)."""
        self.ensure_built()
        for plot_key in self._curves_of:
            self._flush_plot(plot_key)

    def _flush_plot(self, plot_key: str) -> None:
        if plot_key in self._range_stale:
            self._range_stale.discard(plot_key)
            self._apply_x_range(self.plot_widgets[plot_key])
        for key in self._curves_of[plot_key]:
            points = self._pending[key]
            if not points:
                continue
            series = self._series[key]
            series.extend(points)
            points.clear()
            self._curves[key].setData(series.x[: series.n], series.y[: series.n])

    def _base_interval(self) -> int:
        return max(10, REFRESH_MS // max(1, len(self._specs)))

    def _arm(self, ms: int) -> None:
        self._armed = True
        self._timer.start(ms)

    def _tick(self) -> None:
        self._armed = False
        if not self.isVisible() or not self.plot_widgets:
            return  # showEvent / the first build pick the points up
        keys = list(self._curves_of)
        for offset in range(len(keys)):
            plot_key = keys[(self._next_plot + offset) % len(keys)]
            if plot_key in self._range_stale or any(
                    self._pending[c] for c in self._curves_of[plot_key]):
                break
        else:
            return
        self._next_plot = (keys.index(plot_key) + 1) % len(keys)
        started = time.perf_counter()
        self._flush_plot(plot_key)
        self.plot_widgets[plot_key].repaint()  # now, alone: its cost is measured and bounded
        cost_ms = (time.perf_counter() - started) * 1000
        if self._range_stale or any(self._pending.values()):
            self._arm(max(self._base_interval(), int(cost_ms * (1 / MAX_DUTY - 1))))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.plot_widgets and any(self._pending.values()) and not self._armed:
            self._arm(0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.plot_widgets and not self._build_scheduled:
            # The window's first paint is on screen once this returns; pyqtgraph loads after.
            self._build_scheduled = True
            QTimer.singleShot(0, self, self._build_if_visible)

    def _build_if_visible(self) -> None:
        self._build_scheduled = False
        if self.isVisible():
            self.flush()

    def _apply_x_range(self, widget: Any) -> None:
        if self._x_max:
            widget.setXRange(0, self._x_max, padding=0.02)
        else:
            widget.enableAutoRange(axis="x", enable=True)

    def ensure_built(self) -> None:
        if self.plot_widgets:
            return
        import numpy as np
        import pyqtgraph as pg

        self._layout.removeWidget(self._placeholder)
        self._placeholder.deleteLater()
        for index, spec in enumerate(self._specs):
            widget = pg.PlotWidget(self)
            widget.setAccessibleName(spec.title)
            widget.setTitle(spec.title)
            widget.setLabel("bottom", spec.x_label or self.tr("step"))
            widget.showGrid(x=True, y=True, alpha=0.25)
            widget.setDownsampling(auto=True, mode="peak")
            widget.setClipToView(True)
            widget.setMouseEnabled(x=True, y=False)
            widget.setMinimumHeight(140)
            if len(spec.curves) > 1:
                widget.addLegend(offset=(-10, 10))
            for curve in spec.curves:
                pen = pg.mkPen(curve.color, width=2)
                options: dict[str, Any] = {"pen": pen, "name": curve.name}
                if curve.markers:
                    options.update(symbol="o", symbolSize=6, symbolBrush=curve.color,
                                   symbolPen=None)
                self._curves[curve.key] = widget.plot([], [], **options)
                self._series[curve.key] = _Series(np)
            self.plot_widgets[spec.key] = widget
            self._apply_x_range(widget)
            self._layout.addWidget(widget, index // self._columns, index % self._columns)
        self._apply_palette()
        settle()  # pyqtgraph's objects just joined the heap for good

    def _apply_palette(self) -> None:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.WindowText)
        for widget in self.plot_widgets.values():
            widget.setBackground(background)
            item = widget.getPlotItem()
            item.titleLabel.setText(item.titleLabel.text, color=foreground)
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setPen(foreground)
                axis.setTextPen(foreground)
            legend = item.legend
            if legend is not None:
                legend.setLabelTextColor(foreground)
                for _sample, label in legend.items:
                    label.setText(label.text, color=foreground)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.plot_widgets:
            self._apply_palette()
        elif event.type() == QEvent.Type.LanguageChange and not self.plot_widgets:
            self._placeholder.setText(self.tr("Preparing plots…"))
