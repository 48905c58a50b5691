"""Fixtures of the robustness tests: the real CLI in-process, a real small file system."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from robust_helpers import CliResult, can_mount

from desktop_ft.cli import main


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Runs, caches and crash reports of this test only."""
    folder = tmp_path / "home"
    monkeypatch.setenv("DESKTOP_FT_HOME", str(folder))
    return folder


@pytest.fixture()
def cli(capsys: pytest.CaptureFixture[str], home: Path):  # -> Callable[..., CliResult]
    """`desktop-ft ARGS` through the real entry point, in this process (fast: torch is loaded
    once), with what it printed."""
    def run(*argv: str) -> CliResult:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture()
def small_disk(tmp_path: Path):  # -> Callable[[int, bool], Path]
    """A real small file system (tmpfs) at a temporary folder; unmounted afterwards."""
    mounted: list[Path] = []

    def make(size_bytes: int, read_only: bool = False) -> Path:
        if not can_mount():
            pytest.skip("needs root and mount (a real small or read-only file system)")
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        options = f"size={size_bytes}" + (",ro" if read_only else "")
        subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], check=True)
        mounted.append(point)
        return point

    yield make
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)
