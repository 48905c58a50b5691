"""How the model is trained: ranked plans for this machine, and the one chosen for training.

Pick a model and a scenario, tick goals; the plans come from core.recommend, the same function
`desktop-ft recommend` prints, on the hardware profile the Hardware page detected (detection
imports torch, so it is never repeated here). Recommending is plain arithmetic, so it runs in the
GUI thread on every change. "Apply" writes the chosen plan's technique and settings into the
session's configuration, which the Train page runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_ft.core import calibration, catalog, hardware, matrix, recommend
from desktop_ft.core import config as cfg
from desktop_ft.core import estimate as est
from desktop_ft.core.errors import UserError
from desktop_ft.core.hardware import HardwareProfile
from desktop_ft.gui import i18n, messages
from desktop_ft.gui.pages.base import Page
from desktop_ft.gui.session import Session
from desktop_ft.gui.widgets.distributed import DistributedPanel
from desktop_ft.gui.widgets.format import data_size, method_name
from desktop_ft.gui.widgets.memory_bars import MemoryBars

VERDICT_COLOURS = {"fits": ("#1b7f3b", "#ffffff"), "tight": ("#e0a100", "#000000"),
                   "does-not-fit": ("#c0392b", "#ffffff")}
COLUMNS = 6  # rank, technique, layout, verdict, peak memory, reason


class PlanPage(Page):
    key = "plan"

    def __init__(self, session: Session, parent: QWidget | None = None,
                 profile: HardwareProfile | None = None) -> None:
        super().__init__(parent=parent)
        self.session = session
        self.profile: HardwareProfile | None = profile
        self.doc: dict[str, Any] | None = None
        self._applying = False
        self._watching_hardware = False

        # inputs ----------------------------------------------------------------------------
        grid = QGridLayout()
        self.model = QComboBox(self)
        names = catalog.names()
        names = ["demo"] + [n for n in names if n != "demo"]
        self.model.addItems(names)
        self.scenario = QComboBox(self)
        for key in matrix.SCENARIOS:
            self.scenario.addItem(key, key)  # labels: retranslate_ui
        self.scenario.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario.setMinimumContentsLength(20)
        self.seq = QSpinBox(self)
        self.seq.setRange(16, 131072)
        self.seq.setSingleStep(128)
        self.model_label = model_label = QLabel(self)
        model_label.setBuddy(self.model)
        self.scenario_label = scenario_label = QLabel(self)
        scenario_label.setBuddy(self.scenario)
        self.seq_label = seq_label = QLabel(self)
        seq_label.setBuddy(self.seq)
        self.recommend_button = QPushButton(self)
        self.recommend_button.clicked.connect(self.recommend)
        grid.addWidget(model_label, 0, 0)
        grid.addWidget(self.model, 0, 1)
        grid.addWidget(seq_label, 0, 2)
        grid.addWidget(self.seq, 0, 3)
        grid.addWidget(scenario_label, 1, 0)
        grid.addWidget(self.scenario, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        goals_grid = QGridLayout()
        self.goals_label = goals_label = QLabel(self)
        self.goals: dict[str, QCheckBox] = {}
        for index, key in enumerate(matrix.GOALS):
            box = QCheckBox(self)
            box.toggled.connect(self.recommend)
            self.goals[key] = box
            goals_grid.addWidget(box, index // 2, index % 2)
        goals_grid.setColumnStretch(2, 1)
        grid.addWidget(goals_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(goals_grid, 2, 1, 1, 2)
        grid.addWidget(self.recommend_button, 2, 3, Qt.AlignmentFlag.AlignBottom)
        self.body.addLayout(grid)

        # hardware status ---------------------------------------------------------------------
        hw_row = QHBoxLayout()
        self.hardware_label = QLabel(self)
        self.hardware_label.setWordWrap(True)
        self.hardware_button = QPushButton(self)
        self.hardware_button.clicked.connect(self._go_to_hardware)
        hw_row.addWidget(self.hardware_label, 1)
        hw_row.addWidget(self.hardware_button)
        self.body.addLayout(hw_row)

        # results -----------------------------------------------------------------------------
        self.tabs = QTabWidget(self)
        plans_tab = QWidget(self.tabs)
        plans_layout = QVBoxLayout(plans_tab)
        plans_layout.setContentsMargins(4, 4, 4, 4)
        self.table = QTableWidget(0, COLUMNS, plans_tab)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col in range(COLUMNS - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.setMinimumHeight(60)
        plans_layout.addWidget(self.table, 3)
        self.bars = MemoryBars(plans_tab)
        self.details = QPlainTextEdit(plans_tab)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(60)
        middle = QHBoxLayout()
        middle.addWidget(self.bars, 1, Qt.AlignmentFlag.AlignTop)
        middle.addWidget(self.details, 1)
        plans_layout.addLayout(middle, 2)
        apply_row = QHBoxLayout()
        self.current = QLabel(plans_tab)
        self.current.setWordWrap(True)
        self.apply_button = QPushButton(plans_tab)
        self.apply_button.clicked.connect(self.apply)
        apply_row.addWidget(self.current, 1)
        apply_row.addWidget(self.apply_button)
        self.hosted_button = QPushButton(plans_tab)  # Model as a Service: gui/hosted_dialog.py
        self.hosted_button.clicked.connect(self.run_hosted)
        apply_row.addWidget(self.hosted_button)
        plans_layout.addLayout(apply_row)
        self.tabs.addTab(plans_tab, "")

        self.matrix_table = self._build_matrix()
        self.tabs.addTab(self.matrix_table, "")
        self.distributed = DistributedPanel(session, self.tabs)  # several processes: launch.py
        self.distributed.set_profile(profile)
        self.tabs.addTab(self.distributed, "")
        self.body.addWidget(self.tabs, 1)

        self.model.currentIndexChanged.connect(self.recommend)
        self.scenario.currentIndexChanged.connect(self.recommend)
        self.seq.valueChanged.connect(self.recommend)
        session.changed.connect(self.refresh)
        self._set_texts()
        self.refresh()

    # labels ----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self._set_texts()
        self._show_current()
        selected = self.table.currentRow()
        self.recommend()  # reasons, verdicts and the hardware line, in the new language
        if 0 <= selected < self.table.rowCount():
            self.table.selectRow(selected)

    def _set_texts(self) -> None:
        self.set_heading(
            self.tr("Plan"),
            self.tr("Ranked fine-tuning plans for this machine, with their memory estimates. "
                    "Choose one and apply it: the Train page runs exactly these settings."))
        self.model.setAccessibleName(self.tr("Model"))
        for index in range(self.scenario.count()):
            label = self._matrix_label(str(self.scenario.itemData(index)))
            self.scenario.setItemText(index, label)
            self.scenario.setItemData(index, label, Qt.ItemDataRole.ToolTipRole)
        self.scenario.setAccessibleName(self.tr("Scenario"))
        self.seq.setSuffix(self.tr(" tokens"))
        self.seq.setAccessibleName(self.tr("Sequence length"))
        self.model_label.setText(self.tr("&Model:"))
        self.scenario_label.setText(self.tr("&Scenario:"))
        self.seq_label.setText(self.tr("Se&quence:"))
        self.recommend_button.setText(self.tr("&Recommend"))
        self.recommend_button.setAccessibleName(self.tr("Recommend plans"))
        self.goals_label.setText(self.tr("Goals:"))
        short = self._goal_names()
        for key, box in self.goals.items():
            box.setText(short.get(key, key))
            box.setToolTip(self._matrix_label(key))
        self.hardware_button.setText(self.tr("Go to &Hardware"))
        self.hardware_button.setAccessibleName(self.tr("Go to the Hardware page"))
        self.table.setHorizontalHeaderLabels([
            self.tr("#"), self.tr("Technique"), self.tr("Layout"), self.tr("Verdict"),
            self.tr("Peak memory"), self.tr("Why")])
        self.table.setAccessibleName(self.tr("Ranked plans"))
        self.details.setAccessibleName(self.tr("Why this plan"))
        self.apply_button.setText(self.tr("&Apply to training settings"))
        self.apply_button.setAccessibleName(self.tr("Apply the selected plan to the training "
                                                    "settings"))
        self.hosted_button.setText(self.tr("Run hos&ted…"))
        self.hosted_button.setToolTip(self.tr("Fine-tune at a hosted service (Azure AI Foundry "
                                              "or OpenAI) instead of this machine: the data, "
                                              "the cost and the destination are shown first"))
        self.tabs.setTabText(0, self.tr("Plans"))
        self.tabs.setTabText(1, self.tr("Cookbook matrix"))
        self.tabs.setTabText(2, self.tr("Several processes"))
        self._fill_matrix(self.matrix_table)

    def _language(self) -> str:
        return i18n.current_language()

    def _matrix_label(self, key: str) -> str:
        row = matrix.row(key)
        return row.labels.get(self._language(), row.label)

    def _goal_names(self) -> dict[str, str]:
        return {"lower-cost": self.tr("Lower cost"), "lower-memory": self.tr("Less memory"),
                "fewer-parameters": self.tr("Fewer parameters"),
                "data-parallel": self.tr("Multi-GPU")}

    def _verdict_text(self, verdict: str) -> str:
        return {"fits": self.tr("fits"), "tight": self.tr("tight"),
                "does-not-fit": self.tr("does not fit")}.get(verdict, verdict)

    def _term_names(self) -> dict[str, str]:
        return {"weights": self.tr("weights"), "adapter": self.tr("adapter"),
                "gradients": self.tr("gradients"), "optimizer": self.tr("optimizer"),
                "activations": self.tr("activations"), "logits": self.tr("logits"),
                "overhead": self.tr("overhead")}

    # matrix ----------------------------------------------------------------------------------
    def _build_matrix(self) -> QTableWidget:
        table = QTableWidget(len(matrix.ROWS), 2 + len(matrix.TECHNIQUES), self)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _fill_matrix(self, table: QTableWidget) -> None:
        """The cookbook's matrix with its rows as the cookbook's translators wrote them."""
        data = matrix.table(self._language())
        techniques = list(data["techniques"])  # type: ignore[arg-type]
        rows = list(data["rows"])  # type: ignore[arg-type]
        table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Scenario or goal"),
                                         *techniques])  # technique names are not translated
        table.setAccessibleName(self.tr("Fine-tuning scenarios and techniques"))
        kinds = {"scenario": self.tr("Scenario"), "goal": self.tr("Goal")}
        yes, no = self.tr("Yes"), self.tr("No")
        for r, row in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(kinds.get(row["kind"], row["kind"])))
            label = QTableWidgetItem(row["label"])
            label.setToolTip(row["label"])
            label.setData(Qt.ItemDataRole.UserRole, row["key"])
            table.setItem(r, 1, label)
            for c, cell in enumerate(row["cells"]):
                item = QTableWidgetItem(yes if cell else no)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not cell:
                    item.setForeground(QBrush(QColor("#c0392b")))
                table.setItem(r, 2 + c, item)

    # hardware --------------------------------------------------------------------------------
    def set_profile(self, profile: HardwareProfile | None) -> None:
        self.profile = profile
        self.distributed.set_profile(profile)
        self.recommend()

    def _hardware_page(self) -> Any:
        return getattr(self.window(), "hardware_page", None)

    def _profile_from_hardware_page(self) -> None:
        page = self._hardware_page()
        data = getattr(page, "profile", None) if page is not None else None
        if not isinstance(data, dict):
            return
        try:
            profile = hardware.from_dict(data, source=str(data.get("source") or "detected"))
        except UserError:
            return
        self.set_profile(profile)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        page = self._hardware_page()
        if page is not None and not self._watching_hardware and hasattr(page, "runner"):
            page.runner.finished.connect(lambda *_: self._profile_from_hardware_page())
            self._watching_hardware = True
        if self.profile is None:
            self._profile_from_hardware_page()

    def _go_to_hardware(self) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("hardware")

    # session ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The configuration was replaced: take its model and length as the starting inputs."""
        if self._applying:
            self._show_current()
            return
        config = self.session.config
        if config is not None:
            widgets = (self.model, self.seq)
            for w in widgets:
                w.blockSignals(True)
            index = self.model.findText(config.model)
            if index >= 0:
                self.model.setCurrentIndex(index)
            self.seq.setValue(config.data.max_length)
            for w in widgets:
                w.blockSignals(False)
        self._show_current()
        self.recommend()

    def _show_current(self) -> None:
        config = self.session.config
        if config is None:
            self.current.setText(str(self.session.error or ""))
            return
        t = config.train
        text = self.tr("Training settings now: {0}").format(method_name(config.method))
        if config.method in est.ADAPTER_METHODS:
            text += self.tr(", rank {0}").format(config.lora.rank)
        text += self.tr(", batch {0} × {1}, {2} tokens, checkpointing {3}").format(
            t.batch_size, t.grad_accum, config.data.max_length,
            self.tr("on") if t.gradient_checkpointing else self.tr("off"))
        self.current.setText(text)

    # recommending ----------------------------------------------------------------------------
    def selected_goals(self) -> list[str]:
        return [key for key, box in self.goals.items() if box.isChecked()]

    def command_argv(self) -> list[str]:
        argv = ["desktop-ft", "recommend", "--model", self.model.currentText(),
                "--scenario", str(self.scenario.currentData())]
        for goal in self.selected_goals():
            argv += ["--goal", goal]
        argv += ["--seq", str(self.seq.value())]
        if self.profile is not None and self.profile.source not in ("detected", ""):
            argv += ["--hardware", self.profile.source]
        return argv

    def recommend(self) -> None:
        self.command.set_command(self.command_argv())
        self.table.setRowCount(0)
        self.doc = None
        self.hardware_button.setVisible(self.profile is None)
        if self.profile is None:
            self.hardware_label.setText(self.tr(
                "Detect hardware first: plans are made for the machine the Hardware page "
                "found."))
            self._show_selected()
            return
        profile = self.profile
        try:
            spec = catalog.resolve(self.model.currentText())
            backend = profile.primary_backend
            self.doc = recommend.recommend(
                spec, str(self.scenario.currentData()), self.selected_goals(), profile,
                seq=self.seq.value(), calibration=calibration.load_for(profile, backend))
        except UserError as exc:
            self.hardware_label.setText(messages.user_error_text(exc))
            self._show_selected()
            return
        hw = self.doc["hardware"]
        where = hw["name"] if hw["count"] == 1 else f"{hw['count']} × {hw['name']}"
        self.hardware_label.setText(self.tr("For {0} ({1}).").format(
            where, data_size(int(hw["memory_bytes"]))))
        plans = self.doc["plans"]
        self.table.setRowCount(len(plans))
        for r, plan in enumerate(plans):
            self._fill_row(r, plan)
        if plans:
            self.table.selectRow(0)
        self._show_selected()

    def _layout_text(self, plan: dict[str, Any]) -> str:
        if plan["distributed"]:
            text = self.tr("{0} on {1} GPUs").format(plan["distributed"], plan["gpus"])
            return text + (self.tr(" + CPU offload") if plan["offload"] else "")
        return self.tr("CPU") if not plan["gpus"] else self.tr("1 GPU")

    def _fill_row(self, r: int, plan: dict[str, Any]) -> None:
        e = plan["estimate"]
        reasons = plan["reasons"]
        cells = [QLocale().toString(r + 1), messages.translate(plan["label"]),
                 self._layout_text(plan),
                 self._verdict_text(plan["verdict"]), data_size(int(e["peak_bytes"])),
                 messages.translate(reasons[0]) if reasons else ""]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 3:
                bg, fg = VERDICT_COLOURS.get(plan["verdict"], ("#777777", "#ffffff"))
                item.setBackground(QBrush(QColor(bg)))
                item.setForeground(QBrush(QColor(fg)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if c in (0, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)

    # the selected plan -----------------------------------------------------------------------
    def selected_plan(self) -> dict[str, Any] | None:
        if self.doc is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        plans = self.doc["plans"]
        return plans[index] if 0 <= index < len(plans) else None

    def _show_selected(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            self.bars.clear()
            lines = list(self.doc["advice"]) if self.doc else []
            self.details.setPlainText("\n".join(f"• {messages.translate(line)}"
                                                for line in lines))
            self.apply_button.setEnabled(False)
            self.apply_button.setToolTip(self.tr("Select a plan first."))
            return
        e = plan["estimate"]
        names = self._term_names()
        self.bars.capacity_label = self.tr("usable on the device") if plan["gpus"] \
            else self.tr("usable memory")
        self.bars.set_terms([(names.get(k, k), int(e["terms"].get(k, 0))) for k in est.TERMS
                             if k in e["terms"]], int(e["capacity_bytes"]))
        # core's sentences, translated by their English shape (gui/messages.py)
        lines = [f"• {messages.translate(reason)}" for reason in plan["reasons"]]
        if self.doc and self.doc["advice"] and plan["verdict"] != "fits":
            lines.append("")
            lines.append(self.tr("What to change:"))
            lines += [f"• {messages.translate(line)}" for line in self.doc["advice"]]
        if self.doc:
            lines += [f"• {messages.translate(note)}" for note in self.doc["notes"]]
        self.details.setPlainText("\n".join(lines))
        why = self._why_not_trainable(plan)
        self.apply_button.setEnabled(why is None and self.session.config is not None)
        self.apply_button.setToolTip(why or self.tr("Set the technique, rank, batch, length and "
                                                    "checkpointing of the Train page to this "
                                                    "plan's."))

    def _why_not_trainable(self, plan: dict[str, Any]) -> str | None:
        if plan["technique"] not in cfg.METHODS:
            return self.tr("{0} cannot be trained by this app.").format(plan["label"])
        if plan["distributed"] and plan["distributed"] not in cfg.DISTRIBUTED_STRATEGIES:
            return self.tr("This plan spreads training over {0} GPUs ({1}); choose a ZeRO "
                           "stage or FSDP on the Several processes tab.").format(
                plan["gpus"], plan["distributed"])
        if not plan["distributed"] and not plan.get("trainable_here", True):
            return self.tr("This plan needs a device this machine does not have.")
        return None

    def apply(self) -> None:
        plan = self.selected_plan()
        config = self.session.config
        if plan is None or config is None or self._why_not_trainable(plan) is not None:
            return
        settings = plan["settings"]
        config.method = plan["technique"]
        if "rank" in settings and plan["technique"] in est.ADAPTER_METHODS:
            config.lora.rank = int(settings["rank"])
        if "batch" in settings:
            config.train.batch_size = int(settings["batch"])
        if "grad_accum" in settings:
            config.train.grad_accum = int(settings["grad_accum"])
        if "seq" in settings:
            config.data.max_length = int(settings["seq"])
        if "grad_checkpointing" in settings:
            config.train.gradient_checkpointing = bool(settings["grad_checkpointing"])
        if plan["distributed"]:  # a sharded plan: several processes through launch.py
            config.distributed.strategy = plan["distributed"]
            config.distributed.nproc_per_node = max(2, int(plan["gpus"]))
            config.distributed.offload_optimizer = bool(plan.get("offload"))
        else:
            config.distributed.strategy = "none"
        self._applying = True
        try:
            self.session.changed.emit()
        finally:
            self._applying = False
        self._show_current()

    def run_hosted(self) -> None:
        """Model as a Service: check and confirm in a dialog; the Train page follows the job."""
        from desktop_ft.gui.hosted_dialog import HostedDialog, start_on_train_page

        if self.session.config is None:
            return
        dialog = HostedDialog(self.session.config, self)
        dialog.confirmed.connect(lambda request: start_on_train_page(self.window(), request))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.hosted_dialog = dialog
        dialog.open()
