"""Several processes: choose the strategy (DeepSpeed ZeRO 1/2/3 or FSDP), the processes per
machine, machines and offload, see the memory per device the estimator expects, and "Show
command": the exact torchrun command and the DeepSpeed config the run will write, to copy and
run on a cluster by hand. The choices go into the session's config (its `distributed` section),
so the Train page runs them through the same launcher as `desktop-ft train`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_ft import jobs
from desktop_ft.core import catalog
from desktop_ft.core import config as cfg
from desktop_ft.core import estimate as est
from desktop_ft.core.errors import UserError
from desktop_ft.core.hardware import HardwareProfile
from desktop_ft.gui.session import Session


class DistributedPanel(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.profile: HardwareProfile | None = None
        self._loading = False
        self.strategy = QComboBox(self)
        for key in cfg.DISTRIBUTED_STRATEGIES:
            self.strategy.addItem(key, key)  # labels: retranslate_ui
        self.processes = QSpinBox(self)
        self.processes.setRange(1, 64)
        self.machines = QSpinBox(self)
        self.machines.setRange(1, 1024)
        self.offload_optimizer = QCheckBox(self)
        self.offload_params = QCheckBox(self)
        self.strategy_label, self.processes_label, self.machines_label = (
            QLabel(self), QLabel(self), QLabel(self))
        self.strategy_label.setBuddy(self.strategy)
        self.processes_label.setBuddy(self.processes)
        self.machines_label.setBuddy(self.machines)
        self.memory = QLabel(self)
        self.memory.setWordWrap(True)
        self.show_button = QPushButton(self)
        self.show_button.clicked.connect(self.show_command)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy)
        self.command = QPlainTextEdit(self)
        self.command.setReadOnly(True)
        self.command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.command.setVisible(False)

        grid = QGridLayout(self)
        grid.addWidget(self.strategy_label, 0, 0)
        grid.addWidget(self.strategy, 0, 1)
        grid.addWidget(self.processes_label, 0, 2)
        grid.addWidget(self.processes, 0, 3)
        grid.addWidget(self.machines_label, 0, 4)
        grid.addWidget(self.machines, 0, 5)
        grid.addWidget(self.offload_optimizer, 1, 0, 1, 2)
        grid.addWidget(self.offload_params, 1, 2, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.copy_button)
        grid.addLayout(buttons, 1, 4, 1, 2)
        grid.addWidget(self.memory, 2, 0, 1, 6)
        grid.addWidget(self.command, 3, 0, 1, 6)
        grid.setColumnStretch(1, 1)

        self.strategy.currentIndexChanged.connect(self._store)
        for box in (self.processes, self.machines):
            box.valueChanged.connect(self._store)
        for check in (self.offload_optimizer, self.offload_params):
            check.toggled.connect(self._store)
        session.changed.connect(self.refresh)
        self.retranslate_ui()
        self.refresh()

    # texts ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Several processes (GPUs or machines)"))
        names = {"none": self.tr("One process"), "zero1": self.tr("ZeRO-1: split optimizer"),
                 "zero2": self.tr("ZeRO-2: split optimizer and gradients"),
                 "zero3": self.tr("ZeRO-3: split everything"),
                 "fsdp": self.tr("FSDP: split everything (GPUs)")}
        for index in range(self.strategy.count()):
            self.strategy.setItemText(index, names[self.strategy.itemData(index)])
        self.strategy_label.setText(self.tr("Strategy:"))
        self.processes_label.setText(self.tr("Processes per machine:"))
        self.machines_label.setText(self.tr("Machines:"))
        self.offload_optimizer.setText(self.tr("Optimizer in CPU memory"))
        self.offload_params.setText(self.tr("Parameters in CPU memory"))
        self.show_button.setText(self.tr("Show command"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the command and the configuration"))
        self._update_memory()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # state ------------------------------------------------------------------------------------
    def set_profile(self, profile: HardwareProfile | None) -> None:
        self.profile = profile
        self._update_memory()

    def refresh(self) -> None:
        """The session's config changed: show its distributed section."""
        config = self.session.config
        self.setEnabled(config is not None)
        if config is None:
            return
        dist = config.distributed
        self._loading = True
        try:
            self.strategy.setCurrentIndex(max(0, self.strategy.findData(dist.strategy)))
            self.processes.setValue(dist.nproc_per_node)
            self.machines.setValue(dist.nnodes)
            self.offload_optimizer.setChecked(dist.offload_optimizer)
            self.offload_params.setChecked(dist.offload_params)
        finally:
            self._loading = False
        self._update_enabled()
        self._update_memory()

    def _store(self) -> None:
        config = self.session.config
        if self._loading or config is None:
            return
        dist = config.distributed
        dist.strategy = self.strategy.currentData()
        dist.nproc_per_node, dist.nnodes = self.processes.value(), self.machines.value()
        dist.offload_optimizer = self.offload_optimizer.isChecked()
        dist.offload_params = self.offload_params.isChecked()
        self._update_enabled()
        self._update_memory()
        if self.command.isVisible():
            self.show_command()

    def _update_enabled(self) -> None:
        strategy = self.strategy.currentData()
        several = strategy != "none"
        for widget in (self.processes, self.machines, self.show_button, self.copy_button):
            widget.setEnabled(several)
        self.offload_optimizer.setEnabled(strategy in ("zero1", "zero2", "zero3"))
        self.offload_params.setEnabled(strategy in ("zero3", "fsdp"))
        if not several:
            self.command.setVisible(False)

    def _update_memory(self) -> None:
        text = self.memory_text()
        self.memory.setText(text or "")
        self.memory.setVisible(bool(text))

    def memory_text(self) -> str | None:
        """The estimator's peak per device for this split, when the model is in the catalog."""
        config = self.session.config
        if config is None or self.profile is None or config.distributed.strategy == "none":
            return None
        dist = config.distributed
        try:
            spec = catalog.resolve(config.model)
            plan = est.Plan(method=config.method if config.method in est.METHODS else "lora",
                            rank=config.lora.rank, batch=config.train.batch_size,
                            seq=config.data.max_length, grad_accum=config.train.grad_accum,
                            grad_checkpointing=config.train.gradient_checkpointing,
                            gpus=dist.nproc_per_node, distributed=dist.strategy,
                            offload=dist.offload_optimizer or dist.offload_params)
            result = est.estimate(spec, plan, self.profile)
        except (UserError, ValueError, KeyError):
            return None
        return self.tr("Estimated peak memory per device: {0} ({1})").format(
            est.human_bytes(result.peak_bytes), result.verdict)

    # the command ------------------------------------------------------------------------------
    def plan(self) -> dict[str, Any] | None:
        config = self.session.config
        if config is None or config.distributed.strategy == "none":
            return None
        return jobs.launch_plan(config)

    def command_text(self) -> str:
        shown = self.plan()
        if shown is None:
            return ""
        parts = [self.tr("# on every machine, RUN_DIR being the run folder (without a GPU, "
                         "first: export DS_ACCELERATOR=cpu):"), shown["command"]]
        if shown["deepspeed_config"]:
            parts += ["", self.tr("# RUN_DIR/deepspeed.json:"), shown["deepspeed_config"]]
        if shown["fsdp_settings"]:
            parts += ["", self.tr("# FSDP settings (Trainer):"), shown["fsdp_settings"]]
        parts += ["", self.tr("# global batch: {0}; the whole run to take elsewhere: "
                              "desktop-ft train CONFIG.yaml --emit-launch DIR").format(
            shown["global_batch"])]
        return "\n".join(parts)

    def show_command(self) -> None:
        self.command.setPlainText(self.command_text())
        self.command.setVisible(bool(self.command.toPlainText()))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.command_text())
