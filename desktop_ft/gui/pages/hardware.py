"""What this machine has, so the later pages' choices (method, batch, precision) make sense.

Detection is quick, but it imports torch to ask about GPUs: in the GUI process that would hold
the GIL for most of a second and add 100,000 objects to every garbage collection, so it runs as
a job in a child process (process_job), like training.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem

from desktop_ft.core.events import Failed
from desktop_ft.gui.dialogs import show_failure
from desktop_ft.gui.job_runner import JobFunction, JobRunner
from desktop_ft.gui.pages.base import Page
from desktop_ft.gui.process_job import default_job
from desktop_ft.gui.widgets.format import data_size, number

# What decides a plan first; anything a newer core.hardware adds comes after, in its order.
DISPLAY_ORDER = ("cpu", "memory_bytes", "memory_available_bytes", "gpus", "accelerators",
                 "onnxruntime_providers", "disk_free_bytes", "disk_path", "os", "python", "torch",
                 "notes", "unknown", "source")


class HardwarePage(Page):
    key = "hardware"

    def __init__(self, job: JobFunction | None = None, parent=None) -> None:
        super().__init__(
            self.tr("Hardware"),
            self.tr("The processor, memory and accelerators found on this machine. The "
                    "recommendations and memory estimates of the next steps are made for them."),
            parent)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Value")])
        self.tree.setAccessibleName(self.tr("Detected hardware"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.refresh_button = QPushButton(self.tr("&Detect again"), self)
        self.refresh_button.setAccessibleName(self.tr("Detect the hardware again"))
        self.refresh_button.clicked.connect(lambda: self.refresh(measure=True))
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.refresh_button)
        self.body.addLayout(row)
        self.body.addWidget(self.tree, 1)
        self.command.set_command(["desktop-ft", "hardware", "--json"])
        self.job = job if job is not None else default_job("desktop_ft.gui.detect:detect_job",
                                                             kill_on_stop=True)
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._show_profile)
        self.runner.failed.connect(self._show_failure)
        self.profile: dict[str, Any] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self, measure: bool = False) -> None:
        """Detect again; on every visit without the matmul timing, which the button adds."""
        if self.runner.is_running():
            return
        self.status.setText(self.tr("Detecting…"))
        self.refresh_button.setEnabled(False)
        self.runner.start(self.job, measure)

    def _show_failure(self, failed: Failed) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("Hardware detection failed: {0}").format(failed.message))
        if self.isVisible():  # not while the window closes, nor from another page
            show_failure(self, failed)

    def _show_profile(self, result: dict[str, Any]) -> None:
        self.refresh_button.setEnabled(True)
        if result.get("status") == "stopped":
            self.status.setText(self.tr("Detection stopped."))
            return
        self.tree.clear()
        if not result.get("available"):
            self.profile = None
            self.status.setText(self.tr("Hardware detection unavailable in this build."))
            return
        self.profile = result["profile"]
        self.status.setText(self._summary(self.profile))
        self._fill(self.profile)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _summary(self, profile: dict[str, Any]) -> str:
        gpus = profile.get("gpus") or []
        if gpus:
            names = ", ".join(str(g.get("name", "?")) for g in gpus)
            return self.tr("Training can use {0} GPU(s): {1}.").format(len(gpus), names)
        return self.tr("No GPU found: training runs on the CPU (fine for the demo and small "
                       "models).")

    # tree ------------------------------------------------------------------------------------
    def _labels(self) -> dict[str, str]:
        return {
            "cpu": self.tr("Processor"), "name": self.tr("Name"), "cores": self.tr("Cores"),
            "threads": self.tr("Threads"), "flags": self.tr("Instruction sets"),
            "memory_bytes": self.tr("Memory"), "gpus": self.tr("GPUs"),
            "backend": self.tr("Backend"), "bf16": self.tr("bfloat16"),
            "compute_capability": self.tr("Compute capability"),
            "onnxruntime_providers": self.tr("ONNX Runtime providers"),
            "accelerators": self.tr("Accelerators"), "os": self.tr("Operating system"),
            "python": self.tr("Python"), "torch": self.tr("PyTorch"),
            "arch": self.tr("Architecture"), "matmul_gflops": self.tr("Measured speed"),
            "memory_available_bytes": self.tr("Memory available"),
            "memory_free_bytes": self.tr("Memory free"),
            "disk_free_bytes": self.tr("Disk free"), "disk_path": self.tr("Runs folder"),
            "index": self.tr("Index"), "interconnect": self.tr("Interconnect"),
            "driver": self.tr("Driver"), "kind": self.tr("Kind"), "path": self.tr("Device"),
            "unknown": self.tr("Not detected"), "notes": self.tr("Notes"),
            "source": self.tr("Source"),
        }

    def _fill(self, profile: dict[str, Any]) -> None:
        labels = self._labels()
        keys = [k for k in DISPLAY_ORDER if k in profile] + [
            k for k in profile if k not in DISPLAY_ORDER]
        for key in keys:
            self._add(self.tree.invisibleRootItem(), key, profile[key], labels)

    def _add(self, parent: QTreeWidgetItem, key: str, value: Any, labels: dict[str, str]) -> None:
        label = labels.get(key, key.replace("_", " ").capitalize())
        item = QTreeWidgetItem(parent, [label, ""])
        if isinstance(value, dict) and value:
            for sub_key, sub_value in value.items():
                self._add(item, sub_key, sub_value, labels)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for index, entry in enumerate(value, start=1):
                child = QTreeWidgetItem(item, [f"{index}", str(entry.get("name", ""))])
                for sub_key, sub_value in entry.items():
                    if sub_key != "name":
                        self._add(child, sub_key, sub_value, labels)
        else:
            item.setText(1, self._format(key, value))
            item.setToolTip(1, item.text(1))

    def _format(self, key: str, value: Any) -> str:
        if isinstance(value, (list, dict)):
            return ", ".join(str(v) for v in value) if value else self.tr("none")
        if key == "matmul_gflops":
            return (self.tr("{0} GFLOP/s (fp32 matmul)").format(number(float(value), 0))
                    if value else self.tr("not measured (press Detect again)"))
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if value is None:
            return self.tr("unknown")
        if key.endswith("_bytes") and isinstance(value, (int, float)):
            return data_size(int(value))
        return str(value)
