"""Which model is fine-tuned: one from the catalog, a folder on this machine, or a hub download.

The catalog (core/catalog.py, Phi-3 family first) is numbers only, so sizes, licences and
context lengths show offline. Choosing a model writes it into the session's configuration, which
the Data, Plan and Train pages use. A download is jobs.download in a child process, with byte
progress and stop; without a network it says so and points at the folder option. Running a
model's own Python code (trust_remote_code) is off and must be switched on for each model, after
reading what it means.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_ft import jobs
from desktop_ft.core import catalog
from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.gui.dialogs import show_failure
from desktop_ft.gui.job_runner import JobFunction, JobRunner
from desktop_ft.gui.pages.base import Page, value_field
from desktop_ft.gui.session import DEMO_MODEL, Session
from desktop_ft.gui.widgets.format import data_size, number
from desktop_ft.gui.widgets.run_picker import hidden_progress

NAME_ROLE = Qt.ItemDataRole.UserRole
WEIGHT_BYTES = 2  # published checkpoints are bf16: two bytes per parameter to download


def model_id(spec: catalog.ModelSpec) -> str:
    """What a run configuration names for a catalog entry: its hub id (the demo: `demo`)."""
    return spec.hub_id or spec.name


def spec_for(model: str) -> catalog.ModelSpec | None:
    """The catalog entry a configuration's `model` names, if any (name or hub id)."""
    for spec in catalog.CATALOG.values():
        if model in (spec.name, spec.hub_id):
            return spec
    return None


def folder_spec(path: Path) -> catalog.ModelSpec:
    """Numbers of a local model folder, from its config.json (UserError if it has none)."""
    config_path = path / "config.json"
    if not config_path.is_file():
        raise UserError("the folder has no config.json", where=str(path),
                        hint="choose the folder that holds config.json, the weights and the "
                        "tokenizer", key="model.no_config")
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"config.json cannot be read: {exc}", where=str(config_path),
                        key="model.bad_config") from exc
    return catalog.from_config(config, path.name, source="folder")


class ModelPage(Page):
    key = "model"

    def __init__(self, session: Session, job: JobFunction | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.session = session
        self.job = job if job is not None else _default_download_job()
        self.runner = JobRunner(self)
        self.runner.event.connect(self._on_download_event)
        self.runner.finished.connect(self._on_downloaded)
        self.runner.failed.connect(self._on_download_failed)
        self._download_state: tuple[str, str] = ("idle", "")
        self._command_kind = "model"  # or "download": what the command line shows
        self._build_ui()
        self.retranslate_ui()
        session.changed.connect(self.refresh)
        self.refresh()

    # layout ----------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        current_row = QHBoxLayout()
        self.current_label = QLabel(self)
        self.current = value_field(self, "")
        self.current_label.setBuddy(self.current)
        current_row.addWidget(self.current_label)
        current_row.addWidget(self.current, 1)

        self.trust = QCheckBox(self)
        self.trust.toggled.connect(self._on_trust)
        self.trust_note = QLabel(self)
        self.trust_note.setWordWrap(True)

        self.catalog_box = QGroupBox(self)
        catalog_layout = QVBoxLayout(self.catalog_box)
        self.models = QTreeWidget(self.catalog_box)
        self.models.setRootIsDecorated(False)
        self.models.setAlternatingRowColors(True)
        self.models.setUniformRowHeights(True)
        self.models.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.models.setMinimumHeight(60)
        self.models.itemDoubleClicked.connect(lambda *_: self.use_selected())
        self.models.itemSelectionChanged.connect(self._on_catalog_selection)
        for spec in catalog.CATALOG.values():
            item = QTreeWidgetItem(self.models, [
                spec.name, spec.family, catalog_params(spec), spec.license,
                number(spec.max_context), download_size(spec), spec.hub_id])
            item.setData(0, NAME_ROLE, spec.name)
            for column in (2, 4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight |
                                      Qt.AlignmentFlag.AlignVCenter)
        self.use_button = QPushButton(self.catalog_box)
        self.use_button.clicked.connect(self.use_selected)
        use_row = QHBoxLayout()
        self.catalog_note = QLabel(self.catalog_box)
        self.catalog_note.setWordWrap(True)
        use_row.addWidget(self.catalog_note, 1)
        use_row.addWidget(self.use_button)
        catalog_layout.addWidget(self.models, 1)
        catalog_layout.addLayout(use_row)

        self.folder_box = QGroupBox(self)
        folder_layout = QHBoxLayout(self.folder_box)
        self.folder_field = QLineEdit(self.folder_box)
        self.folder_field.returnPressed.connect(lambda: self.use_folder(self.folder_field.text()))
        self.folder_button = QPushButton(self.folder_box)
        self.folder_button.clicked.connect(self.choose_folder)
        folder_layout.addWidget(self.folder_field, 1)
        folder_layout.addWidget(self.folder_button)

        self.hub_box = QGroupBox(self)
        hub_layout = QVBoxLayout(self.hub_box)
        hub_row = QHBoxLayout()
        self.hub_id = QLineEdit(self.hub_box)
        self.hub_id.returnPressed.connect(self.download)
        self.hub_id.textChanged.connect(self._on_hub_text)
        self.download_button = QPushButton(self.hub_box)
        self.download_button.clicked.connect(self.download)
        self.stop_button = QPushButton(self.hub_box)
        self.stop_button.clicked.connect(self.runner.stop)
        self.progress = hidden_progress(self.hub_box)  # shown once a download starts
        hub_row.addWidget(self.hub_id, 2)
        hub_row.addWidget(self.download_button)
        hub_row.addWidget(self.stop_button)
        hub_row.addWidget(self.progress, 1)
        self.hub_status = QLabel(self.hub_box)
        self.hub_status.setWordWrap(True)
        self.hub_status.setMinimumWidth(120)  # a long path wraps or clips, never widens the window
        self.hub_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hub_layout.addLayout(hub_row)
        hub_layout.addWidget(self.hub_status)

        self.body.addLayout(current_row)
        self.body.addWidget(self.trust)
        self.body.addWidget(self.trust_note)
        self.body.addWidget(self.catalog_box, 1)
        self.body.addWidget(self.folder_box)
        self.body.addWidget(self.hub_box)

    def retranslate_ui(self) -> None:
        self.set_heading(
            self.tr("Model"),
            self.tr("The model to fine-tune: one from the catalog (Phi-3 family first), a model "
                    "folder on this computer, or a download from the Hugging Face Hub."))
        self.current_label.setText(self.tr("Model of this run:"))
        self.current.setAccessibleName(self.tr("Model of this run"))
        self.trust.setText(self.tr("Allow this model to run its own code (trust_remote_code)"))
        self.trust.setAccessibleName(self.tr("Allow this model to run its own code"))
        self.trust_note.setText(self.tr(
            "Some models ship Python code that runs on your computer, with your rights, when "
            "they load. Allow it only if you trust the model's authors. It applies to this "
            "model only."))
        self.catalog_box.setTitle(self.tr("Catalog"))
        self.models.setHeaderLabels([self.tr("Model"), self.tr("Family"),
                                     self.tr("Parameters"), self.tr("Licence"),
                                     self.tr("Context (tokens)"), self.tr("Download"),
                                     self.tr("Hub id")])
        self.models.headerItem().setToolTip(5, self.tr("Size of the weights in bf16, as "
                                                       "published."))
        self.models.setAccessibleName(self.tr("Model catalog"))
        self.use_button.setText(self.tr("&Use this model"))
        self.use_button.setAccessibleName(self.tr("Use the selected catalog model"))
        self.catalog_note.setText(self.tr("Sizes and licences are known offline. A catalog "
                                          "model is downloaded when training starts, or below."))
        self.folder_box.setTitle(self.tr("Model folder on this computer"))
        self.folder_field.setAccessibleName(self.tr("Model folder"))
        self.folder_field.setPlaceholderText(self.tr("A folder with config.json, weights and "
                                                     "tokenizer"))
        self.folder_button.setText(self.tr("Choose &folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose a model folder"))
        self.hub_box.setTitle(self.tr("Download from the Hugging Face Hub"))
        self.hub_id.setAccessibleName(self.tr("Hub id"))
        self.hub_id.setPlaceholderText("microsoft/Phi-3-mini-4k-instruct")
        self.download_button.setText(self.tr("&Download"))
        self.download_button.setAccessibleName(self.tr("Download the model"))
        self.stop_button.setText(self.tr("S&top"))
        self.stop_button.setAccessibleName(self.tr("Stop the download"))
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.hub_status.setAccessibleName(self.tr("Download status"))
        self.models.resizeColumnToContents(0)
        for column in range(1, 6):
            self.models.resizeColumnToContents(column)
        self._set_download_state(*self._download_state)
        self.refresh()

    # session ---------------------------------------------------------------------------------
    def display_name(self, model: str) -> str:
        if model == DEMO_MODEL:
            return self.tr("demo (bundled Phi-3 architecture demo model)")
        return model

    def selected_model(self) -> str:
        """The session's model, as the user reads it."""
        config = self.session.config
        return self.display_name(config.model) if config is not None else ""

    def refresh(self) -> None:
        config = self.session.config
        if config is None:
            self.current.setText(str(self.session.error or ""))
            self.trust.setEnabled(False)
            return
        self.current.setText(self.display_name(config.model))
        self.current.setCursorPosition(0)
        self.trust.setEnabled(True)
        self.trust.blockSignals(True)
        self.trust.setChecked(config.trust_remote_code)
        self.trust.blockSignals(False)
        spec = spec_for(config.model)
        self.models.blockSignals(True)
        for index in range(self.models.topLevelItemCount()):
            item = self.models.topLevelItem(index)
            if spec is not None and item.data(0, NAME_ROLE) == spec.name:
                self.models.setCurrentItem(item)
                break
        else:
            self.models.clearSelection()
        self.models.blockSignals(False)
        self._update_command()

    def _set_model(self, model: str) -> None:
        """Put `model` in the configuration; trust is per model, so it starts off again."""
        config = self.session.config
        if config is None or self.runner.is_running():
            return
        if model != config.model:
            config.model = model
            config.trust_remote_code = False
        self.session.changed.emit()

    def _on_trust(self, checked: bool) -> None:
        config = self.session.config
        if config is not None and config.trust_remote_code != checked:
            config.trust_remote_code = checked
            self.session.changed.emit()

    def selected_spec(self) -> catalog.ModelSpec | None:
        item = self.models.currentItem()
        return catalog.CATALOG.get(item.data(0, NAME_ROLE)) if item is not None else None

    def use_selected(self) -> None:
        spec = self.selected_spec()
        if spec is not None:
            self._set_model(model_id(spec))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a model folder"),
                                                self.folder_field.text())
        if path:
            self.use_folder(path)

    def use_folder(self, path: str | Path) -> bool:
        folder = Path(path).expanduser()
        try:
            spec = folder_spec(folder)
        except UserError as exc:
            show_failure(self, ev.Failed(message=exc.message, where=exc.where, hint=exc.hint,
                                         user_error=True))
            return False
        self.folder_field.setText(str(folder.resolve()))
        self.folder_field.setToolTip(self.tr("{0} parameters, {1} tokens of context").format(
            catalog_params(spec), number(spec.max_context)))
        self._set_model(str(folder.resolve()))
        return True

    def _on_hub_text(self, text: str) -> None:
        self._command_kind = "download" if text.strip() else "model"
        self._update_command()

    def _on_catalog_selection(self) -> None:
        self._command_kind = "model"
        self._update_command()

    def _update_command(self) -> None:
        """What the page's last choice means on the command line: a download, or what the
        chosen model costs to fine-tune with the run's method."""
        if self._command_kind == "download" or self.runner.is_running():
            self.command.set_command(["desktop-ft", "download",
                                      self.hub_id.text().strip() or "HUB_ID"])
            return
        config = self.session.config
        spec = self.selected_spec()
        model = model_id(spec) if spec is not None else (config.model if config else "demo")
        method = config.method if config is not None else "lora"
        self.command.set_command(["desktop-ft", "estimate", "--model", model, "--method",
                                  method])

    # download --------------------------------------------------------------------------------
    def download(self) -> None:
        repo_id = self.hub_id.text().strip()
        if not repo_id or self.runner.is_running():
            return
        self.command.set_command(["desktop-ft", "download", repo_id])
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._set_download_state("connecting", repo_id)
        self.runner.start(self.job, jobs.DownloadRequest(repo_id=repo_id))
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.runner.is_running()
        self.download_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.use_button.setEnabled(not running)
        self.folder_button.setEnabled(not running)

    def _set_download_state(self, state: str, detail: str = "") -> None:
        self._download_state = (state, detail)
        texts = {"idle": self.tr("Type a hub id, such as microsoft/Phi-3-mini-4k-instruct."),
                 "connecting": self.tr("Connecting to the Hub for {0}…").format(detail),
                 "file": self.tr("Downloading {0}…").format(detail),
                 "done": self.tr("Downloaded to {0}. It is now the model of this run.")
                 .format(detail),
                 "stopped": self.tr("Download stopped. Files already fetched stay in the "
                                    "cache."),
                 "failed": detail}
        self.hub_status.setText(texts.get(state, detail))
        self._update_buttons()

    def _on_download_event(self, event: object) -> None:
        if isinstance(event, ev.Progress) and event.total_steps > 0:
            # bytes do not fit a QProgressBar's int: show per mille
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * event.step / event.total_steps))
            self.progress.setFormat(f"{data_size(event.step)} / {data_size(event.total_steps)}")
        elif isinstance(event, ev.Log) and event.message.startswith("downloading "):
            self._set_download_state("file", event.message.removeprefix("downloading "))

    def _on_downloaded(self, result: dict[str, Any]) -> None:
        self.progress.setRange(0, 1)
        if result.get("status") != "finished":
            self.progress.setVisible(False)
            self.progress.setValue(0)
            self.progress.setFormat("")
            self._set_download_state("stopped")
            return
        self.progress.setValue(1)
        self._set_download_state("done", str(result["local_dir"]))
        self._set_model(str(result["local_dir"]))

    def _on_download_failed(self, failed: ev.Failed) -> None:
        self.progress.setVisible(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")
        text = failed.message
        if failed.hint:
            text += "\n" + self.tr("What to do: {0}").format(failed.hint)
        self._set_download_state("failed", text)
        if not failed.user_error:
            show_failure(self, failed)


def download_size(spec: catalog.ModelSpec) -> str:
    """In SI units (GB = 10^9 bytes), as the Hub shows file sizes."""
    return QLocale().formattedDataSize(spec.params * WEIGHT_BYTES, 1,
                                       QLocale.DataSizeFormat.DataSizeSIFormat)


def catalog_params(spec: catalog.ModelSpec) -> str:
    count = spec.params
    return f"{number(count / 1e9, 1)} B" if count >= 1e9 else f"{number(count / 1e6, 1)} M"


def _default_download_job() -> JobFunction:
    from desktop_ft.gui.process_job import default_job

    return default_job("desktop_ft.jobs:download", kill_on_stop=True)
