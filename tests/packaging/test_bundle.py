"""`make package`: the PyInstaller one-folder app builds, carries no CUDA library, and starts.

Building takes minutes (it analyses torch, transformers and Qt), more than the test run can
afford on every change, so the test runs when DESKTOP_FT_TEST_PACKAGE=1 (README: Packaging, with
the measured time). DESKTOP_FT_TEST_PACKAGE_CACHE=DIR keeps PyInstaller's work folder there,
so a rebuild whose imports did not change skips the analysis (about a minute instead).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("DESKTOP_FT_TEST_PACKAGE") != "1",
                       reason="builds the PyInstaller bundle (minutes): set "
                              "DESKTOP_FT_TEST_PACKAGE=1"),
]

REPO = Path(__file__).resolve().parents[2]
CUDA_LIBRARY = re.compile(r"lib(cudart|cublas|cudnn|nccl|nvrtc|torch_cuda|c10_cuda)"
                          r"|libbitsandbytes_(cuda|rocm|xpu)|onnxruntime_providers_cuda")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="pip install -e '.[package]'")
    if shutil.which("make") is None:
        pytest.skip("needs make")
    tmp = tmp_path_factory.mktemp("bundle")
    work = os.environ.get("DESKTOP_FT_TEST_PACKAGE_CACHE") or tmp / "build"
    venv = Path(sys.executable).parent.parent
    stamps = [arg for stamp in (".installed", ".package-tools")
              for arg in ("-o", str(venv / "bin" / stamp))]
    start = time.perf_counter()
    result = subprocess.run(["make", f"VENV={venv}", *stamps, "package", f"DIST={tmp / 'dist'}",
                             f"BUILD={work}"], cwd=REPO, capture_output=True,
                            text=True, timeout=3600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    print(f"make package: {time.perf_counter() - start:.0f} s")
    return tmp / "dist" / "desktop-ft"


def frozen_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "DESKTOP_FT"))}
    env.update(DESKTOP_FT_HOME=str(home / "ft"), XDG_CONFIG_HOME=str(home / "config"),
               QT_QPA_PLATFORM="offscreen")
    return env


def test_the_bundle_carries_its_data_and_no_cuda(bundle: Path) -> None:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    data = bundle / "_internal" / "desktop_ft" / "resources"
    assert (data / "samples" / "houseplants-chat.jsonl").is_file()
    assert (data / "examples" / "demo-lora.yaml").is_file()
    assert len(list((data / "icons").glob("desktop-ft-*.png"))) >= 8
    assert list((data / "translations").glob("desktop_ft_*.qm"))
    assert [p.name for p in files if CUDA_LIBRARY.search(p.name)] == []
    size = sum(p.stat().st_size for p in files)
    print(f"bundle: {len(files)} files, {size / 2**20:.0f} MiB")


def test_the_bundle_runs_the_cli_and_opens_the_window(bundle: Path, tmp_path: Path) -> None:
    exe = bundle / ("desktop-ft.exe" if sys.platform == "win32" else "desktop-ft")
    env = frozen_env(tmp_path)
    hardware = subprocess.run([exe, "hardware", "--json"], capture_output=True, text=True,
                              timeout=300, env=env, cwd=tmp_path)
    assert hardware.returncode == 0, hardware.stderr[-3000:]
    profile = json.loads(hardware.stdout)
    assert profile["memory_bytes"] > 0 and profile["torch"]  # torch loads inside the bundle
    env["DESKTOP_FT_SMOKE_QUIT_MS"] = "3000"
    start = time.perf_counter()
    gui = subprocess.run([exe], capture_output=True, text=True, timeout=300, env=env,
                         cwd=tmp_path)
    assert gui.returncode == 0, gui.stderr[-3000:]
    assert time.perf_counter() - start >= 3 and "Traceback" not in gui.stderr
