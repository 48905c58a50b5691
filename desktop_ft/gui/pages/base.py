"""What every page has: a heading, one honest sentence on what it does, and its command line.

Every page speaks the language chosen in the Language menu, switched live: when a translator is
installed Qt sends each widget a LanguageChange event, and a page answers it by setting each of
its texts again from `tr()` in `retranslate_ui()`. The usual shape (Qt Designer's): `__init__`
builds the widgets, then calls `self.retranslate_ui()`, which is the only place that sets their
texts; texts that depend on state (a status line) are rebuilt there from that state.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_ft.gui.widgets.command_line import CommandLine


class Page(QWidget):
    """Base of the sidebar's pages. `key` names the page in settings and in screenshots."""

    key = "page"
    #: after `retranslate_ui()` ran for a language change: the window retitles the sidebar
    retranslated = Signal()

    def __init__(self, title: str = "", intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.command = CommandLine(self)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.command)
        self.set_heading(title, intro)

    def set_heading(self, title: str, intro: str) -> None:
        """The page's title (also its name in the sidebar and to screen readers) and intro."""
        self.setAccessibleName(title)
        self.heading.setText(title)
        self.heading.setAccessibleName(title)
        self.intro.setText(intro)

    def retranslate_ui(self) -> None:
        """Set every text of the page again in the current language; pages override this."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.retranslated.emit()


def value_field(parent: QWidget, name: str) -> QLineEdit:
    """A read-only, selectable value: what a setting is, shown without pretending it is editable."""
    field = QLineEdit(parent)
    field.setReadOnly(True)
    field.setFrame(False)
    field.setAccessibleName(name)
    return field


def add_row(form: QFormLayout, parent: QWidget, label: str) -> QLineEdit:
    field = value_field(parent, label.rstrip(":"))
    form.addRow(label, field)
    return field
