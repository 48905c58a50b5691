"""One stacked horizontal bar: a plan's memory terms side by side, against the device's memory.

Painted by hand (no plot library): a bar, a mark where the device's memory ends, and a legend
that wraps, so it stays readable at any width and in every theme (colours come from the palette
except the terms' own).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_ft.gui.widgets.format import data_size

# Colour-blind friendly (Okabe-Ito), one per estimate term, in core.estimate.TERMS order.
TERM_COLOURS = ("#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#D55E00", "#999999")
BAR_HEIGHT = 22
SWATCH = 10


class MemoryBars(QWidget):
    """`set_terms([(label, bytes), ...], capacity)`; `clear()` shows an empty frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms: list[tuple[str, int]] = []
        self.capacity = 0
        self.capacity_label = self.tr("device memory")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Memory estimate"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Memory estimate"))

    def set_terms(self, terms: list[tuple[str, int]], capacity: int) -> None:
        self.terms = [(label, max(0, int(value))) for label, value in terms]
        self.capacity = max(0, int(capacity))
        lines = [f"{label}: {data_size(value)}" for label, value in self.terms]
        lines.append(self.tr("Total: {0} of {1} ({2})").format(
            data_size(self.total), data_size(self.capacity), self.capacity_label))
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.terms, self.capacity = [], 0
        self.setToolTip("")
        self.update()

    @property
    def total(self) -> int:
        return sum(value for _, value in self.terms)

    def colour(self, index: int) -> QColor:
        return QColor(TERM_COLOURS[index % len(TERM_COLOURS)])

    # geometry --------------------------------------------------------------------------------
    def _legend_rows(self, width: int) -> list[list[tuple[int, str]]]:
        metrics = self.fontMetrics()
        rows: list[list[tuple[int, str]]] = [[]]
        x = 0
        shown = [(i, f"{label} {data_size(value)}") for i, (label, value)
                 in enumerate(self.terms) if value > 0]
        for index, text in shown:
            w = SWATCH + 4 + metrics.horizontalAdvance(text) + 14
            if x and x + w > width:
                rows.append([])
                x = 0
            rows[-1].append((index, text))
            x += w
        return rows

    def _height_for(self, width: int) -> int:
        line = self.fontMetrics().height()
        rows = len(self._legend_rows(max(100, width - 8))) if self.terms else 1
        return 4 + line + 4 + BAR_HEIGHT + 6 + rows * (line + 2) + 4

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def sizeHint(self) -> QSize:
        return QSize(400, self._height_for(400))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._height_for(max(300, self.width())))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wanted = self._height_for(self.width())
        if self.minimumHeight() != wanted:
            self.setMinimumHeight(wanted)

    # painting --------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.height()
        left, width = 4.0, max(10.0, self.width() - 8.0)
        painter.setPen(text_colour)
        if not self.terms:
            painter.drawText(QRectF(left, 4, width, line), Qt.AlignmentFlag.AlignLeft,
                             self.tr("Select a plan to see its memory."))
            return
        total, capacity = self.total, self.capacity
        scale_to = max(total, capacity, 1)
        caption = self.tr("{0} of {1} {2}").format(data_size(total), data_size(capacity),
                                                   self.capacity_label)
        painter.drawText(QRectF(left, 4, width, line), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(caption, Qt.TextElideMode.ElideRight, int(width)))
        top = 4 + line + 4
        frame = QRectF(left, top, width, BAR_HEIGHT)
        painter.fillRect(frame, pal.color(QPalette.ColorRole.Base))
        x = left
        for index, (_, value) in enumerate(self.terms):
            w = width * value / scale_to
            if w <= 0:
                continue
            painter.fillRect(QRectF(x, top, w, BAR_HEIGHT), self.colour(index))
            x += w
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(frame)
        if capacity:
            cx = left + width * capacity / scale_to
            pen = QPen(text_colour, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(cx), int(top - 3), int(cx), int(top + BAR_HEIGHT + 3))
        y = top + BAR_HEIGHT + 6
        painter.setPen(text_colour)
        for row in self._legend_rows(int(width)):
            lx = left
            for index, text in row:
                painter.fillRect(QRectF(lx, y + (line - SWATCH) / 2, SWATCH, SWATCH),
                                 self.colour(index))
                lx += SWATCH + 4
                tw = metrics.horizontalAdvance(text)
                painter.drawText(QRectF(lx, y, tw + 2, line), Qt.AlignmentFlag.AlignLeft, text)
                lx += tw + 14
            y += line + 2
