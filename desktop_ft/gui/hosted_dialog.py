"""Fine-tune at a hosted service: see what would be sent, where, and what it costs; then confirm.

The dialog never uploads anything itself. It runs `jobs.hosted_prepare` (conversion, the
service's rules, the token estimate) on a JobRunner thread and shows the result; Confirm is
possible only without errors, with a destination and a key (or Entra ID sign-in), and hands a
`HostedTrainRequest(confirmed=True, endpoint=<the one shown>)` to whoever opened it. The API key
typed here goes straight to the OS keyring (jobs.hosted_login) and is never kept in a widget,
a setting or the request. `start_on_train_page` then runs the hosted job on the Train page, whose
plots, log, progress bar and Stop (= detach) work as for a local run.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_ft import jobs
from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError
from desktop_ft.core.events import Failed
from desktop_ft.gui.dialogs import show_failure
from desktop_ft.gui.job_runner import JobRunner
from desktop_ft.gui.process_job import default_job
from desktop_ft.gui.widgets.format import data_size, number

PROVIDERS = ("azure", "openai")


class HostedDialog(QDialog):
    """Shows the converted data, its problems, the token estimate and the destination."""

    confirmed = Signal(object)  # a jobs.HostedTrainRequest
    prepared = Signal(object)  # the prepare summary (dict), after each check

    def __init__(self, config: cfg.RunConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fine-tune at a hosted service"))
        self.config = copy.deepcopy(config)
        self.summary: dict[str, Any] | None = None
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._on_prepared)
        self.runner.failed.connect(self._on_failed)

        intro = QLabel(self.tr(
            "Your dataset is converted to the service's chat format and checked against its "
            "rules. Nothing is uploaded until you confirm; the service bills the training "
            "tokens."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.provider = QComboBox(self)
        self.provider.addItem(self.tr("Azure AI Foundry / Azure OpenAI"), "azure")
        self.provider.addItem(self.tr("OpenAI"), "openai")
        self.provider.setCurrentIndex(max(0, PROVIDERS.index(self.config.hosted.provider)))
        self.provider.setAccessibleName(self.tr("Service"))
        self.endpoint = QLineEdit(self.config.hosted.endpoint, self)
        self.endpoint.setPlaceholderText("https://<resource>.openai.azure.com")
        self.endpoint.setAccessibleName(self.tr("Endpoint"))
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("API key"))
        self.model = QLineEdit(self.config.hosted.model or (
            "" if self.config.model == "demo" else self.config.model), self)
        self.model.setPlaceholderText("gpt-4.1-mini-2025-04-14")
        self.model.setAccessibleName(self.tr("Base model at the service"))
        form.addRow(self.tr("&Service:"), self.provider)
        form.addRow(self.tr("&Endpoint:"), self.endpoint)
        form.addRow(self.tr("API &key:"), self.key)
        form.addRow(self.tr("Base &model:"), self.model)
        self.check_button = QPushButton(self.tr("Check &again"), self)
        self.check_button.clicked.connect(self.check)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Converted data and cost estimate"))
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems found in the data"))
        self.destination = QLabel(self)
        self.destination.setWordWrap(True)
        self.destination.setAccessibleName(self.tr("Destination"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.confirm_button = self.buttons.addButton(
            self.tr("&Confirm and upload"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.details, 2)
        layout.addWidget(QLabel(self.tr("Problems:"), self))
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.destination)
        layout.addWidget(self.buttons)
        self.provider.currentIndexChanged.connect(self._on_provider)
        self.endpoint.textChanged.connect(self._update_confirm)
        self.key.textChanged.connect(self._update_confirm)
        self.resize(640, 560)
        self.check()

    # checking ----------------------------------------------------------------------------
    def _edited_config(self) -> cfg.RunConfig:
        config = copy.deepcopy(self.config)
        config.hosted.provider = str(self.provider.currentData())
        config.hosted.endpoint = self.endpoint.text().strip()
        config.hosted.model = self.model.text().strip()
        return config

    def check(self) -> None:
        """Convert and check again with what the form says now (on a thread: big files)."""
        if self.runner.is_running():
            return
        self.confirm_button.setEnabled(False)
        self.details.setPlainText(self.tr("Converting and checking the dataset…"))
        self.runner.start(jobs.hosted_prepare, jobs.HostedPrepareRequest(self._edited_config()))

    def _on_provider(self) -> None:
        self.endpoint.clear()  # the other service's endpoint would be wrong: use its stored one
        self.check()

    def _on_failed(self, failed: Failed) -> None:
        self.summary = None
        self.details.setPlainText(self.tr("The dataset cannot be prepared: {0}").format(
            failed.message))
        self.problems.clear()
        self._update_confirm()
        show_failure(self, failed)

    def _on_prepared(self, summary: dict[str, Any]) -> None:
        self.summary = summary
        if not self.endpoint.text().strip() and summary["endpoint"]:
            self.endpoint.setText(summary["endpoint"])
        self.key.setPlaceholderText(self.tr("stored in the system keyring") if
                                    summary["has_key"] else self.tr("paste the key"))
        lines = [
            self.tr("Dataset: {0} ({1})").format(summary["source"], summary["format"]),
            self.tr("Converted: {0} training and {1} validation examples, chat JSONL").format(
                number(summary["train_examples"]), number(summary["validation_examples"])),
            self.tr("Tokens per epoch: about {0} (largest example {1}; the service trains on "
                    "up to {2} per example)").format(
                number(summary["tokens_total"]), number(summary["tokens_max"]),
                number(summary["token_limit"])),
            self.tr("Billed training tokens: about {0} ({1} epochs)").format(
                number(summary["billed_tokens_estimate"]), number(summary["epochs"])),
            self.tr("The estimate counts about 4 bytes of text per token; the service reports "
                    "the exact count when the job ends."),
            self.tr("Base model: {0}").format(summary["base_model"]),
        ]
        self.details.setPlainText("\n".join(lines))
        self.problems.clear()
        names = {"error": self.tr("error"), "warning": self.tr("warning")}
        for problem in summary["problems"]:
            where = f"{problem['where']}: " if problem["where"] else ""
            self.problems.addItem(f"{names.get(problem['severity'], problem['severity'])}: "
                                  f"{where}{problem['message']}")
        if summary["more_problems"]:
            self.problems.addItem(self.tr("… and {0} more").format(
                number(summary["more_problems"])))
        if not summary["problems"]:
            self.problems.addItem(self.tr("No problems found."))
        self._update_confirm()
        self.prepared.emit(summary)

    def _why_not(self) -> str | None:
        summary = self.summary
        if summary is None:
            return self.tr("The dataset has not been checked yet.")
        if not summary["ok"]:
            return self.tr("Fix the errors listed first.")
        if not self.endpoint.text().strip().startswith(("https://", "http://")):
            return self.tr("Enter the service's endpoint (https://…).")
        if not summary["has_key"] and not self.key.text().strip():
            return self.tr("Enter the API key; it is kept in the system keyring.")
        return None

    def _update_confirm(self) -> None:
        why = self._why_not()
        self.confirm_button.setEnabled(why is None and not self.runner.is_running())
        if why is not None:
            self.destination.setText(why)
            return
        assert self.summary is not None
        self.destination.setText(self.tr(
            "Will upload {0} examples ({1}) to {2} at {3} and start a fine-tuning job of {4} "
            "there.").format(
            number(self.summary["train_examples"] + self.summary["validation_examples"]),
            data_size(self.summary["train_bytes"] + self.summary["validation_bytes"]),
            self.provider.currentText(), self.endpoint.text().strip(),
            self.summary["base_model"]))

    # confirming ----------------------------------------------------------------------------
    def request(self) -> jobs.HostedTrainRequest:
        config = self._edited_config()
        return jobs.HostedTrainRequest(config=config, endpoint=config.hosted.endpoint,
                                       confirmed=True)

    def confirm(self) -> None:
        if self._why_not() is not None:
            return
        provider, endpoint = str(self.provider.currentData()), self.endpoint.text().strip()
        key = self.key.text().strip()
        try:
            if key:  # without a new key nothing needs storing: the endpoint rides the request
                jobs.hosted_login(provider, endpoint, key)
        except UserError as exc:
            show_failure(self, Failed(message=exc.message, where=exc.where, hint=exc.hint,
                                      user_error=True))
            return
        finally:
            self.key.clear()  # the keyring has it now; the widget must not
        self.confirmed.emit(self.request())
        self.accept()


def start_on_train_page(window: QWidget, request: jobs.HostedTrainRequest,
                        job: Callable[..., dict[str, Any]] | None = None) -> None:
    """Run the hosted job on the window's Train page (a child process by default, like local
    training: importing the service client must not stall the window)."""
    page = getattr(window, "train_page", None)
    if page is None:
        return
    page.start_job(job or default_job("desktop_ft.jobs:hosted_train"), request)
    page.command.set_command(["desktop-ft", "hosted", "train", "CONFIG.yaml", "--yes"])
    if hasattr(window, "show_page"):
        window.show_page("train")
