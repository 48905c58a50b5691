"""Start, watch, stop and resume a training run, without the window ever freezing.

The job runs on a JobRunner thread. Events arrive as queued signals and are only buffered here;
plots, progress bar and log are redrawn on timers at ~10 Hz, so a job emitting hundreds of events
a second costs the GUI thread a few list appends per event.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QWidget,
)

from desktop_ft import jobs
from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.events import is_training_step
from desktop_ft.core.runs import RunFolder, describe
from desktop_ft.gui import messages
from desktop_ft.gui.dialogs import show_failure
from desktop_ft.gui.job_runner import JobRunner
from desktop_ft.gui.pages.base import Page, value_field
from desktop_ft.gui.process_job import default_job
from desktop_ft.gui.run_summary import can_resume
from desktop_ft.gui.session import Session
from desktop_ft.gui.settings import Settings
from desktop_ft.gui.widgets.format import duration, method_name, number
from desktop_ft.gui.widgets.live_plots import CurveSpec, LivePlots, PlotSpec

UI_REFRESH_MS = 100
LOG_LINES = 5000  # kept in the pane; log.txt in the run folder has them all
LOG_BATCH = 500  # most lines appended per refresh


def training_plots() -> list[PlotSpec]:
    return [
        PlotSpec("loss", QCoreApplication.translate("TrainPage", "Loss"), (
            CurveSpec("loss", QCoreApplication.translate("TrainPage", "train"), "#1f77b4"),
            CurveSpec("eval_loss", QCoreApplication.translate("TrainPage", "eval"), "#d62728",
                      markers=True))),
        PlotSpec("learning_rate", QCoreApplication.translate("TrainPage", "Learning rate"), (
            CurveSpec("learning_rate", QCoreApplication.translate("TrainPage", "lr"),
                      "#2ca02c"),)),
        PlotSpec("tokens_per_s", QCoreApplication.translate("TrainPage", "Tokens per second"), (
            CurveSpec("tokens_per_s", QCoreApplication.translate("TrainPage", "tokens/s"),
                      "#9467bd"),)),
        PlotSpec("grad_norm", QCoreApplication.translate("TrainPage", "Gradient norm"), (
            CurveSpec("grad_norm", QCoreApplication.translate("TrainPage", "grad norm"),
                      "#ff7f0e"),)),
        PlotSpec("memory", QCoreApplication.translate("TrainPage", "Memory (GiB)"), (
            CurveSpec("memory", QCoreApplication.translate("TrainPage", "peak"), "#8c564b"),)),
    ]


def run_dir_of_checkpoint(path: str) -> Path | None:
    """`<run>/checkpoints/step-N` -> `<run>`: how a live run tells us where it lives."""
    checkpoint = Path(path)
    return checkpoint.parent.parent if checkpoint.parent.name == "checkpoints" else None


class TrainPage(Page):
    key = "train"
    run_ended = Signal()

    def __init__(self, session: Session, settings: Settings,
                 job: Callable[..., dict[str, Any]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.session = session
        self.settings = settings
        # In a child process by default: a training thread would share the GIL with the window.
        self.job = job if job is not None else default_job("desktop_ft.jobs:train")
        self.runner = JobRunner(self)
        self.runner.event.connect(self._on_event)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self._status_text: Callable[[], str] = str
        self._build_ui()
        self._reset_run_state()
        self._resuming: Path | None = None
        self._x_total: int | None = None
        self.last_result: dict[str, Any] | None = None
        self._ui_timer = QTimer(self)
        self._ui_timer.setInterval(UI_REFRESH_MS)
        self._ui_timer.timeout.connect(self._refresh_ui)
        self.retranslate_ui()
        session.changed.connect(self._on_config_changed)
        self._on_config_changed()

    # layout ----------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        config_row = QHBoxLayout()
        self.config_label = config_label = QLabel(self)
        self.config_field = value_field(self, "")
        config_label.setBuddy(self.config_field)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.choose_config)
        config_row.addWidget(config_label)
        config_row.addWidget(self.config_field, 1)
        config_row.addWidget(self.open_button)

        controls = QHBoxLayout()
        self.start_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        self.resume_button = QPushButton(self)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.resume_button.clicked.connect(lambda: self.resume())
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        for widget in (self.start_button, self.stop_button, self.resume_button):
            controls.addWidget(widget)
        controls.addWidget(self.progress, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.plots = LivePlots(training_plots(), columns=3, parent=self)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(LOG_LINES)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.plots)
        splitter.addWidget(self.log)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([460, 140])

        self.body.addLayout(config_row)
        self.body.addLayout(controls)
        self.body.addWidget(self.status)
        self.body.addWidget(splitter, 1)
        self.setTabOrder(self.open_button, self.start_button)
        self.setTabOrder(self.start_button, self.stop_button)
        self.setTabOrder(self.stop_button, self.resume_button)

    def retranslate_ui(self) -> None:
        self.set_heading(
            self.tr("Train"),
            self.tr("Fine-tune with the settings of the previous steps and watch it learn. Stop "
                    "keeps the last checkpoint; Resume continues the last run from it."))
        self.config_label.setText(self.tr("Configuration:"))
        self.config_field.setAccessibleName(self.tr("Run configuration file"))
        self.open_button.setText(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open a run configuration"))
        self.open_button.setToolTip(self.tr("Open a run configuration (YAML)"))
        self.start_button.setText(self.tr("&Start"))
        self.start_button.setAccessibleName(self.tr("Start training"))
        self.start_button.setToolTip(self.tr("Start a new run with this configuration"))
        self.stop_button.setText(self.tr("S&top"))
        self.stop_button.setAccessibleName(self.tr("Stop training"))
        self.stop_button.setToolTip(self.tr("Stop after the current step, keeping a checkpoint"))
        self.resume_button.setText(self.tr("&Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume the last run"))
        self.progress.setAccessibleName(self.tr("Training progress"))
        self.status.setAccessibleName(self.tr("Training status"))
        self.log.setAccessibleName(self.tr("Training log"))
        self.log.setPlaceholderText(self.tr("The run's log appears here."))
        self.plots.retitle(training_plots())
        self.status.setText(self._status_text())
        self._update_buttons()  # the Resume tooltip
        if self.runner.is_running() and self._latest is None:
            self.progress.setFormat(self.tr("starting…"))

    def _set_status(self, text: Callable[[], str]) -> None:
        """Show a status line, kept as how to build it, so a language switch rebuilds it."""
        self._status_text = text
        self.status.setText(text())

    # state -----------------------------------------------------------------------------------
    def _reset_run_state(self) -> None:
        self.run_dir: Path | None = None
        self._latest: ev.Progress | None = None
        self._log_buffer: list[str] = []
        self._first_step: int | None = None
        self._first_step_time = 0.0

    def last_run(self) -> Path | None:
        """The run Resume continues: the last one started here, if it stopped with a checkpoint."""
        text = self.settings.get("train/last_run")
        if not text:
            return None
        path = Path(text)
        return path if can_resume(path) else None

    def _remember_run(self, path: Path | None) -> None:
        if path is not None and path != self.run_dir:
            self.run_dir = path
            self.settings.set("train/last_run", str(path))

    def _update_buttons(self) -> None:
        running = self.runner.is_running()
        self.start_button.setEnabled(not running and self.session.config is not None)
        self.open_button.setEnabled(not running)
        self.stop_button.setEnabled(running and not self.runner.is_stopping())
        self.resume_button.setEnabled(not running and self.last_run() is not None)
        last = self.last_run()
        self.resume_button.setToolTip(
            self.tr("Continue {0} from its last checkpoint").format(last.name) if last
            else self.tr("No stopped run with a checkpoint to continue"))

    def _update_command(self) -> None:
        if self._resuming is not None:
            self.command.set_command(["desktop-ft", "train", "--resume", str(self._resuming)])
        elif self.session.config_path is not None:
            self.command.set_command(["desktop-ft", "train", str(self.session.config_path)])

    def _on_config_changed(self) -> None:
        path = self.session.config_path
        self.config_field.setText(str(path) if path else "")
        self.config_field.setCursorPosition(0)
        self.config_field.setToolTip(str(path) if path else "")
        if self.session.config is None and self.session.error is not None:
            error = self.session.error
            self._set_status(lambda: self.tr("The configuration could not be loaded: {0}")
                             .format(messages.user_error_text(error)))
        elif not self.runner.is_running():
            self._set_status(self._config_summary)
        if not self.runner.is_running():
            self._resuming = None
            self._update_command()
        self._update_buttons()

    def _config_summary(self) -> str:
        config = self.session.config
        if config is None:
            return ""
        length = (self.tr("%Ln step(s)", "", config.train.max_steps)
                  if config.train.max_steps else
                  self.tr("{0} epochs").format(number(config.train.epochs, 1)))
        model = self.tr("the bundled demo model") if config.model == "demo" else config.model
        return self.tr("Ready: {0} on {1}, {2}.").format(method_name(config.method), model, length)

    # actions ---------------------------------------------------------------------------------
    def choose_config(self) -> None:
        start_dir = str(self.session.config_path.parent) if self.session.config_path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a run configuration"),
                                              start_dir, self.tr("Run configuration (*.yaml "
                                                                 "*.yml);;All files (*)"))
        if path:
            self.open_config(path)

    def open_config(self, path: str | Path) -> bool:
        try:
            self.session.open(path)
        except UserError as exc:
            show_failure(self, ev.Failed(message=exc.message, where=exc.where, hint=exc.hint,
                                         user_error=True, key=exc.key, params=exc.params))
            return False
        self.settings.set("train/config_path", str(path))
        return True

    def start(self) -> None:
        if self.runner.is_running():
            return
        config = self.session.config
        if config is None:
            error = self.session.error or UserError(self.tr("no run configuration is loaded"))
            show_failure(self, ev.Failed(message=error.message, where=error.where,
                                         hint=error.hint, user_error=True, key=error.key,
                                         params=error.params))
            return
        self._resuming = None
        self._clear_view()
        if config.train.max_steps:  # the frame now, not a second full redraw at the first step
            self._x_total = config.train.max_steps
            self.plots.set_x_range(self._x_total)
        self._begin(jobs.TrainRequest(config=copy.deepcopy(config)))

    def resume(self, run_dir: Path | None = None) -> None:
        if self.runner.is_running():
            return
        run_dir = run_dir or self.last_run()
        if run_dir is None:
            return
        self._resuming = Path(run_dir)
        self._clear_view()
        self._replay(self._resuming)
        self._begin(jobs.TrainRequest(resume=self._resuming))
        self._remember_run(self._resuming)

    def stop(self) -> None:
        if self.runner.is_running():
            self.runner.stop()
            self._set_status(lambda: self.tr("Stopping after the current step…"))
            self._update_buttons()

    def _clear_view(self) -> None:
        self.plots.clear()
        self.log.clear()
        self._x_total = None

    def start_job(self, job: Callable[..., dict[str, Any]], request: Any) -> None:
        """Run another job whose steps are training steps (a hosted fine-tune) here: the same
        plots, log, progress and Stop as a local run."""
        if self.runner.is_running():
            return
        self._resuming = None
        self._clear_view()
        self._begin(request, job)

    def _begin(self, request: Any, job: Callable[..., dict[str, Any]] | None = None) -> None:
        self._reset_run_state()
        self.last_result = None
        self.progress.setRange(0, 0)  # busy until the first step says how many there are
        self.progress.setFormat(self.tr("starting…"))
        self._set_status(lambda: self.tr("Starting: loading the model and the data…"))
        self._update_command()
        self.runner.start(job or self.job, request)
        self._ui_timer.start()
        self._update_buttons()

    def _replay(self, run_dir: Path) -> None:
        """Show what a stopped run already did, so a resumed curve continues the old one."""
        for event in RunFolder(run_dir).events():
            self._plot(event)

    # events ----------------------------------------------------------------------------------
    def _plot(self, event: ev.Event) -> None:
        if is_training_step(event):
            if event.total_steps != self._x_total:
                self._x_total = event.total_steps
                self.plots.set_x_range(event.total_steps)
            step = event.step
            self.plots.add("loss", step, event.loss)
            self.plots.add("learning_rate", step, event.learning_rate)
            self.plots.add("tokens_per_s", step, event.tokens_per_s)
            self.plots.add("grad_norm", step, event.grad_norm)
            if event.memory_bytes is not None:  # GPU peak, else the process's resident memory
                self.plots.add("memory", step, event.memory_bytes / 2**30)
        elif isinstance(event, ev.Eval):
            self.plots.add("eval_loss", event.step, event.eval_loss)

    def _on_event(self, event: object) -> None:
        if not isinstance(event, ev.Event):
            return
        line = describe(event)
        if line:
            self._log_buffer.append(line)
        self._plot(event)
        if isinstance(event, ev.Progress):
            if self._first_step is None or event.phase != self._latest.phase:
                self._first_step, self._first_step_time = event.step, time.monotonic()
            self._latest = event
        elif isinstance(event, ev.Checkpoint):
            self._remember_run(run_dir_of_checkpoint(event.path))
        elif isinstance(event, ev.Finished) and event.result.get("run_dir"):
            self._remember_run(Path(event.result["run_dir"]))

    def _eta(self, progress: ev.Progress) -> float | None:
        if progress.eta_s is not None:
            return progress.eta_s
        done = progress.step - (self._first_step or 0)
        if done <= 0:
            return None
        rate = (time.monotonic() - self._first_step_time) / done
        return rate * max(0, progress.total_steps - progress.step)

    def _refresh_ui(self) -> None:
        if self._log_buffer:
            lines = self._log_buffer
            if len(lines) > LOG_BATCH:  # a flood: appending it all would stall the window
                skipped = len(lines) - LOG_BATCH
                lines = [self.tr("… %Ln line(s) not shown here (all are in the run's log.txt)",
                                 "", skipped), *lines[-LOG_BATCH:]]
            self.log.appendPlainText("\n".join(lines))
            self._log_buffer = []
        latest = self._latest
        if latest is not None:
            total = max(1, latest.total_steps)
            self.progress.setRange(0, total)
            self.progress.setValue(min(latest.step, total))
            phase = f"{latest.phase}: " if latest.phase else ""
            self.progress.setFormat(self.tr("{0}step {1} of {2} · ETA {3}").format(
                phase, number(latest.step), number(latest.total_steps),
                duration(self._eta(latest))).replace("%", "%%"))
            if not self.runner.is_stopping():
                loss = number(latest.loss)
                self._set_status(lambda: self.tr("Training… loss {0}").format(loss))
        if not self.runner.is_running():
            self._ui_timer.stop()

    def _on_finished(self, result: dict[str, Any]) -> None:
        self.last_result = result
        if result.get("run_dir"):
            self._remember_run(Path(result["run_dir"]))
        self._refresh_ui()
        stopped = str(result.get("status", "")).lower() in ("stopped", "interrupted")
        steps = result.get("steps")
        first, last = result.get("loss_first"), result.get("loss_last")
        step_text = number(steps) if steps is not None else "?"
        if stopped:
            self._set_status(lambda: self.tr("Stopped at step {0}. Resume continues from the "
                                             "last checkpoint.").format(step_text))
        else:
            run_dir = result.get("run_dir", "?")
            self._set_status(lambda: self.tr("Finished: {0} steps, loss {1} → {2}. Run folder: "
                                             "{3}").format(step_text, number(first),
                                                           number(last), run_dir))
            if self._latest is not None:
                self.progress.setValue(self.progress.maximum())
        self._finish_run()

    def _on_failed(self, failed: ev.Failed) -> None:
        self._log_buffer.append(describe(failed))
        self._refresh_ui()
        self._set_status(lambda: self.tr("The run failed: {0}").format(failed.message))
        self._finish_run()
        show_failure(self, failed)

    def _finish_run(self) -> None:
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat("")
        if self.plots.isVisible():
            self.plots.flush()
        self._update_buttons()
        self.run_ended.emit()
