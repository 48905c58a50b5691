"""Which model is fine-tuned. Until the catalog lands, the model is the configuration's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QListWidget, QListWidgetItem

from desktop_ft.gui.pages.base import Page, add_row
from desktop_ft.gui.session import DEMO_MODEL, Session
from desktop_ft.gui.widgets.format import method_name


class ModelPage(Page):
    key = "model"

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(
            self.tr("Model"),
            self.tr("The model to fine-tune. The catalog (Phi-3 family first, then Llama, Qwen, "
                    "Mistral, Gemma) with sizes and licences, local folders and hub downloads "
                    "arrive with the model catalog; until then the model is the one named in the "
                    "run configuration. Open another configuration from the File menu or the "
                    "Train page to change it."),
            parent)
        self.session = session
        self.models = QListWidget(self)
        self.models.setAccessibleName(self.tr("Selected model"))
        self.models.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.models.setMaximumHeight(self.models.fontMetrics().height() * 3)
        form = QFormLayout()
        self.source = add_row(form, self, self.tr("Configuration:"))
        self.method = add_row(form, self, self.tr("Method:"))
        self.body.addWidget(self.models)
        self.body.addLayout(form)
        self.body.addStretch(1)
        session.changed.connect(self.refresh)
        self.refresh()

    def display_name(self, model: str) -> str:
        if model == DEMO_MODEL:
            return self.tr("demo (bundled Phi-3 architecture demo model)")
        return model

    def refresh(self) -> None:
        self.models.clear()
        config = self.session.config
        if config is None:
            self.source.setText(str(self.session.error or ""))
            self.method.clear()
            return
        item = QListWidgetItem(self.display_name(config.model), self.models)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.models.setCurrentItem(item)
        self.source.setText(str(self.session.config_path))
        self.method.setText(method_name(config.method))
        self.command.set_command(["desktop-ft", "train", str(self.session.config_path)])

    def selected_model(self) -> str:
        item = self.models.currentItem()
        return item.text() if item is not None else ""
