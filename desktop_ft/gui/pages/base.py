"""What every page has: a heading, one honest sentence on what it does, and its command line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_ft.gui.widgets.command_line import CommandLine


class Page(QWidget):
    """Base of the sidebar's pages. `key` names the page in settings and in screenshots."""

    key = "page"

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.heading = QLabel(title, self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(title)
        self.intro = QLabel(intro, self)
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
