"""The "several processes" panel: it edits the session's distributed section, shows the exact
torchrun command with the DeepSpeed config, copies it, and shows the estimator's per-device
memory for the chosen split."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from desktop_ft.core import config as cfg
from desktop_ft.core import hardware
from desktop_ft.core.resources import example_path
from desktop_ft.gui.session import Session
from desktop_ft.gui.widgets.distributed import DistributedPanel

PROFILES = Path(__file__).resolve().parent.parent / "core" / "profiles"


def _panel(qtbot, name: str = "demo-zero3.yaml") -> tuple[Session, DistributedPanel]:
    session = Session()
    session.config = cfg.load(example_path(name))
    panel = DistributedPanel(session)
    qtbot.addWidget(panel)
    return session, panel


def test_panel_shows_and_edits_the_distributed_section(qtbot) -> None:
    session, panel = _panel(qtbot)
    assert panel.strategy.currentData() == "zero3" and panel.processes.value() == 2
    panel.strategy.setCurrentIndex(panel.strategy.findData("zero2"))
    panel.processes.setValue(4)
    assert session.config.distributed.strategy == "zero2"
    assert session.config.distributed.nproc_per_node == 4
    assert not panel.offload_params.isEnabled() and panel.offload_optimizer.isEnabled()
    panel.show_button.click()
    text = panel.command.toPlainText()
    assert "torchrun --nnodes 1 --node_rank 0 --nproc_per_node 4" in text
    deepspeed = json.loads(text.split("deepspeed.json:\n", 1)[1].split("\n\n", 1)[0])
    assert deepspeed["zero_optimization"]["stage"] == 2
    assert deepspeed["train_batch_size"] == session.config.train.batch_size * 4
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == panel.command_text()


def test_one_process_hides_the_command(qtbot) -> None:
    _, panel = _panel(qtbot, "demo-lora.yaml")
    assert panel.strategy.currentData() == "none"
    assert not panel.show_button.isEnabled() and panel.command_text() == ""


def test_memory_per_device_falls_with_the_stage(qtbot) -> None:
    session, panel = _panel(qtbot)
    session.config.model = "phi-3-mini-4k"
    panel.set_profile(hardware.load(PROFILES / "gpu-4x80gb.json"))
    peaks = {}
    for stage in ("zero1", "zero3"):
        panel.strategy.setCurrentIndex(panel.strategy.findData(stage))
        peaks[stage] = panel.memory_text()
        assert peaks[stage] and "per device" in peaks[stage]
    assert peaks["zero1"] != peaks["zero3"]
