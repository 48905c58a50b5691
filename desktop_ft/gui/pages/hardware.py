"""What this machine has, so the later pages' choices (method, batch, precision) make sense.

Detection is quick, but it imports torch to ask about GPUs: in the GUI process that would hold
the GIL for most of a second and add 100,000 objects to every garbage collection, so it runs as
a job in a child process (process_job), like training.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
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
        super().__init__(parent=parent)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(lambda: self.refresh(measure=True))
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.refresh_button)
        self.body.addLayout(row)
        # What to do when GPUs are present that torch cannot use (core.hardware.TorchAdvice).
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice.setVisible(False)
        self.body.addWidget(self.advice)
        self.body.addWidget(self.tree, 1)
        self.command.set_command(["desktop-ft", "hardware", "--json"])
        self.job = job if job is not None else default_job("desktop_ft.gui.detect:detect_job",
                                                             kill_on_stop=True)
        self.runner = JobRunner(self)
        self.runner.finished.connect(self._show_profile)
        self.runner.failed.connect(self._show_failure)
        self.profile: dict[str, Any] | None = None
        # what the status line says, as (state, detail): rebuilt in the new language on a switch
        self._state: tuple[str, str] = ("idle", "")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_heading(
            self.tr("Hardware"),
            self.tr("The processor, memory and accelerators found on this machine. The "
                    "recommendations and memory estimates of the next steps are made for them."))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Value")])
        self.tree.setAccessibleName(self.tr("Detected hardware"))
        self.refresh_button.setText(self.tr("&Detect again"))
        self.refresh_button.setAccessibleName(self.tr("Detect the hardware again"))
        self._set_status(*self._state)
        if self.profile is not None:
            self.tree.clear()
            self._fill(self.profile)
            self.tree.expandAll()
            self.tree.resizeColumnToContents(0)

    def _set_status(self, state: str, detail: str = "") -> None:
        self._state = (state, detail)
        texts = {
            "idle": "",
            "detecting": self.tr("Detecting…"),
            "failed": self.tr("Hardware detection failed: {0}").format(detail),
            "stopped": self.tr("Detection stopped."),
            "unavailable": self.tr("Hardware detection unavailable in this build."),
            "profile": self._summary(self.profile) if self.profile is not None else "",
        }
        self.status.setText(texts[state])
        advice = (self.profile or {}).get("torch_advice") if state == "profile" else None
        self.advice.setText(self._advice_text(advice) if advice else "")
        self.advice.setVisible(bool(advice))

    def _advice_text(self, advice: dict[str, Any]) -> str:
        """What was found and how to get a torch build that uses the GPU, in the UI language."""
        problem = advice.get("problem")
        torch, driver = advice.get("torch") or "", advice.get("driver") or ""
        if problem == "cpu_build":
            found = self.tr("An NVIDIA GPU is present, but the installed PyTorch ({0}) is a CPU "
                            "build: training runs on the CPU.").format(torch)
        elif problem == "old_driver":
            found = self.tr("The NVIDIA driver ({0}) is too old for the installed PyTorch "
                            "({1}): training runs on the CPU.").format(driver, torch)
        else:
            found = self.tr("PyTorch is not installed or does not load, so training cannot "
                            "start.")
        command = ""
        if not advice.get("index") and driver:
            todo = self.tr("Update the NVIDIA driver to version {0} or newer.").format(
                advice.get("min_driver", ""))
        elif advice.get("frozen") and problem == "cpu_build":
            todo = self.tr("This is the CPU build of Desktop FT. To train on the GPU, install "
                           "its GPU build, or install Desktop FT with pip (see the README).")
        elif advice.get("command"):
            todo = self.tr("Install the matching PyTorch build, then restart Desktop FT:")
            command = f"<code>{escape(advice['command'])}</code>"
        else:
            todo = ""
        return "<br>".join(line for line in (f"<b>{escape(found)}</b>", escape(todo), command)
                           if line)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self, measure: bool = False) -> None:
        """Detect again; on every visit without the matmul timing, which the button adds."""
        if self.runner.is_running():
            return
        self._set_status("detecting")
        self.refresh_button.setEnabled(False)
        self.runner.start(self.job, measure)

    def _show_failure(self, failed: Failed) -> None:
        self.refresh_button.setEnabled(True)
        self._set_status("failed", failed.message)
        if self.isVisible():  # not while the window closes, nor from another page
            show_failure(self, failed)

    def _show_profile(self, result: dict[str, Any]) -> None:
        self.refresh_button.setEnabled(True)
        if result.get("status") == "stopped":
            self._set_status("stopped")
            return
        self.tree.clear()
        if not result.get("available"):
            self.profile = None
            self._set_status("unavailable")
            return
        self.profile = result["profile"]
        self._set_status("profile")
        self._fill(self.profile)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _summary(self, profile: dict[str, Any]) -> str:
        gpus = profile.get("gpus") or []
        if gpus and profile.get("torch_advice"):
            names = ", ".join(str(g.get("name", "?")) for g in gpus)
            return self.tr("Found %n GPU(s) that PyTorch cannot use yet: {0}.", "",
                           len(gpus)).format(names)
        if gpus:
            names = ", ".join(str(g.get("name", "?")) for g in gpus)
            return self.tr("Training can use %n GPU(s): {0}.", "", len(gpus)).format(names)
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
            k for k in profile if k not in DISPLAY_ORDER and k != "torch_advice"]
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
