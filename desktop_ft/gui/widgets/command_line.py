"""The equivalent command of what a page does, selectable and copyable.

Anything the user can click can be typed (DESIGN.md): showing the command next to the button
teaches the CLI, and makes a run reproducible from a terminal or a script.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class CommandLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setReadOnly(True)
        self.field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.label.setBuddy(self.field)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.copy_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Command line:"))
        self.field.setAccessibleName(self.tr("Equivalent command line"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the command line"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def set_command(self, argv: Sequence[str]) -> None:
        self.field.setText(shlex.join(argv))
        self.field.setCursorPosition(0)
        self.field.setToolTip(self.field.text())

    def text(self) -> str:
        return self.field.text()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.field.text())
