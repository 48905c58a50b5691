"""The Hardware page on a machine with an NVIDIA GPU that the installed torch cannot use: real
detection in a child process, with a small `nvidia-smi` script on PATH playing the driver."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_ft.gui import detect
from desktop_ft.gui.pages.hardware import HardwarePage
from desktop_ft.gui.process_job import in_process

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in driver is sh")


def fake_driver(folder: Path, driver: str, monkeypatch) -> None:
    folder.mkdir()
    (folder / "nvidia-smi").write_text(
        f'#!/bin/sh\necho "0, NVIDIA GeForce RTX 3060, 12288, 11800, 8.6, {driver}"\n',
        encoding="utf-8")
    (folder / "nvidia-smi").chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:{Path(sys.executable).parent}:/usr/bin:/bin")


def test_the_page_says_what_it_found_and_which_torch_to_install(qtbot, monkeypatch, tmp_path):
    import torch

    fake_driver(tmp_path / "bin", "550.54.14", monkeypatch)
    page = HardwarePage(job=in_process("desktop_ft.gui.detect:detect_job"))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        page.refresh()
    text = page.advice.text()
    assert not page.advice.isHidden()
    found = ("is a CPU build" if not (torch.version.cuda or torch.version.hip)
             else "driver (550.54.14) is too old")
    assert found in text and torch.__version__ in text
    version = torch.__version__.partition("+")[0]
    assert f"pip install torch=={version}+cu128 --extra-index-url " \
           "https://download.pytorch.org/whl/cu128" in text
    assert "PyTorch cannot use yet: NVIDIA GeForce RTX 3060" in page.status.text()
    labels = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert "Torch advice" not in labels  # said once, above the tree, not again inside it


def test_a_driver_too_old_for_any_build_asks_for_a_driver_update(qtbot, monkeypatch, tmp_path):
    fake_driver(tmp_path / "bin", "418.67", monkeypatch)
    page = HardwarePage(job=detect.detect_job)  # in this process: quicker, same detection
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        page.refresh()
    text = page.advice.text()
    assert "driver to version 450.80 or newer" in text and "pip install" not in text
