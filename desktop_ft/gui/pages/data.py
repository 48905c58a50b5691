"""Which examples the model learns from, as the run configuration names them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

from desktop_ft.gui.pages.base import Page, add_row
from desktop_ft.gui.session import Session
from desktop_ft.gui.widgets.format import number


class DataPage(Page):
    key = "data"

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(
            self.tr("Data"),
            self.tr("The dataset the model learns from. A preview rendered with the model's chat "
                    "template, the validation report and the token length histogram arrive with "
                    "the data engine; until then the dataset is the run configuration's, and "
                    "training checks it and names the file, line and field of any problem."),
            parent)
        self.session = session
        form = QFormLayout()
        self.path = add_row(form, self, self.tr("Dataset file:"))
        self.format = add_row(form, self, self.tr("Format:"))
        self.columns = add_row(form, self, self.tr("Column mapping:"))
        self.max_length = add_row(form, self, self.tr("Maximum length (tokens):"))
        self.validation = add_row(form, self, self.tr("Held out for validation:"))
        self.loss_on = add_row(form, self, self.tr("Loss computed on:"))
        self.body.addLayout(form)
        self.body.addStretch(1)
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        config = self.session.config
        fields = (self.path, self.format, self.columns, self.max_length, self.validation,
                  self.loss_on)
        if config is None:
            for field in fields:
                field.clear()
            self.path.setText(str(self.session.error or ""))
            return
        data = config.data
        self.path.setText(data.path)
        self.path.setCursorPosition(0)
        self.path.setToolTip(data.path)
        self.format.setText(self.tr("detected automatically") if data.format == "auto"
                            else data.format)
        self.columns.setText(", ".join(f"{k} → {v}" for k, v in data.columns.items())
                             or self.tr("default column names"))
        self.max_length.setText(number(data.max_length))
        self.validation.setText(f"{number(data.validation_split * 100, 0)} %")
        self.loss_on.setText(self.tr("the answers only") if data.loss_on == "answer"
                             else self.tr("every token"))
        self.command.set_command(["desktop-ft", "train", str(self.session.config_path)])
