"""The first start on a machine whose GPU the installed torch cannot use: what the Hardware page
and `desktop-ft hardware` say. A small `nvidia-smi` script on PATH plays the driver (this machine
has no NVIDIA GPU); detection, torch and the advice are the real code."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_ft.core import hardware

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in driver is sh")


def fake_driver(folder: Path, driver: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An `nvidia-smi` that reports one RTX 3060 with `driver`, first on PATH."""
    folder.mkdir(exist_ok=True)
    tool = folder / "nvidia-smi"
    tool.write_text(f'#!/bin/sh\necho "0, NVIDIA GeForce RTX 3060, 12288, 11800, 8.6, {driver}"\n',
                    encoding="utf-8")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}:{Path(sys.executable).parent}:/usr/bin:/bin")


def torch_is_cpu_build() -> bool:
    import torch

    return not (torch.version.cuda or torch.version.hip)


def test_a_gpu_torch_cannot_use_gets_the_matching_torch_build(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_driver(tmp_path / "bin", "550.54.14", monkeypatch)
    profile = hardware.detect(measure=False, runs_dir=tmp_path)
    advice = profile.torch_advice
    assert advice is not None and profile.gpus[0].name == "NVIDIA GeForce RTX 3060"
    assert advice["problem"] == ("cpu_build" if torch_is_cpu_build() else "old_driver")
    assert advice["driver"] == "550.54.14" and advice["index"] == "cu128"
    version = profile.torch.partition("+")[0]
    assert advice["command"] == (f"pip install torch=={version}+cu128 --extra-index-url "
                                 "https://download.pytorch.org/whl/cu128")
    lines = hardware.summary_lines(profile)
    assert any(line.startswith("torch    to use the GPU: pip install") for line in lines)
    # The advice travels in the JSON profile (`desktop-ft hardware --json`, --hardware FILE).
    again = hardware.from_dict(profile.to_dict())
    assert again.torch_advice == advice


def test_a_driver_too_old_for_every_build_asks_for_a_driver_update(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_driver(tmp_path / "bin", "418.67", monkeypatch)
    profile = hardware.detect(measure=False, runs_dir=tmp_path)
    assert profile.torch_advice["index"] == "" and profile.torch_advice["command"] == ""
    assert "torch    update the NVIDIA driver to 450.80 or newer" in hardware.summary_lines(
        profile)


def test_the_frozen_cpu_app_points_to_the_gpu_build_not_to_pip(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if not torch_is_cpu_build():
        pytest.skip("needs the CPU build of torch")
    fake_driver(tmp_path / "bin", "570.86.10", monkeypatch)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    advice = hardware.detect(measure=False, runs_dir=tmp_path).torch_advice
    assert advice["frozen"] and advice["command"] == "" and advice["index"] == "cu128"
    assert "this is the CPU build of Desktop FT" in hardware.advice_lines(advice)[1]


def test_no_nvidia_gpu_and_a_working_torch_needs_no_advice(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}:/usr/bin:/bin")
    if hardware.shutil.which("nvidia-smi"):
        pytest.skip("this machine has an NVIDIA driver")
    profile = hardware.detect(measure=False, runs_dir=tmp_path)
    assert profile.torch is not None and profile.torch_advice is None
    assert not any(line.startswith("torch ") for line in hardware.summary_lines(profile))


@pytest.mark.parametrize(("driver", "windows", "index"), [
    ("580.95.05", False, "cu130"), ("576.02", True, "cu128"), ("535.104.05", False, "cu128"),
    ("527.41", False, "cu128"), ("527.41", True, "cu118"), ("470.256.02", False, "cu118"),
    ("418.67", False, ""),
])
def test_the_newest_torch_build_a_driver_runs(driver: str, windows: bool, index: str) -> None:
    assert hardware.torch_index_for_driver(driver, windows=windows) == index
