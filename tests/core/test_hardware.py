"""Hardware detection: real probes on this machine, fallbacks when a probe fails, profile files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop_ft.core import hardware
from desktop_ft.core.errors import UserError

PROFILES = Path(__file__).parent / "profiles"
PROFILE_NAMES = ("gpu-8gb", "gpu-24gb", "gpu-80gb", "gpu-4x80gb", "cpu-only", "apple-silicon")


def test_detect_reads_this_machine(tmp_path: Path) -> None:
    profile = hardware.detect(measure=False, runs_dir=tmp_path / "runs")
    assert profile.memory_bytes > 0
    assert profile.cpu.threads >= 1 and profile.cpu.name
    assert profile.disk_free_bytes is not None and profile.disk_free_bytes > 0
    assert "CPUExecutionProvider" in profile.onnxruntime_providers  # onnxruntime is installed
    assert isinstance(profile.accelerators, list)
    assert all(g.backend in hardware.GPU_BACKENDS for g in profile.gpus)
    # The JSON is what --hardware reads back, unchanged.
    data = json.loads(json.dumps(profile.to_dict()))
    for key in ("cpu", "memory_bytes", "gpus", "onnxruntime_providers", "accelerators"):
        assert key in data
    assert set(data["cpu"]) >= {"name", "cores", "threads", "flags"}
    back = hardware.from_dict(data, source="roundtrip")
    assert back.cpu == profile.cpu and back.gpus == profile.gpus
    assert back.memory_bytes == profile.memory_bytes


def test_cpu_speed_is_measured() -> None:
    gflops = hardware.measure_cpu_matmul_gflops(seconds=0.05)
    assert gflops > 0.5  # any CPU that trains does better than this


def test_a_failing_probe_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    def broken() -> None:
        raise PermissionError("/proc/cpuinfo: permission denied")

    def no_onnxruntime() -> None:
        raise ImportError("No module named 'onnxruntime'")

    monkeypatch.setattr(hardware, "probe_cpu", broken)
    monkeypatch.setattr(hardware, "probe_onnxruntime_providers", no_onnxruntime)
    monkeypatch.setattr(hardware, "probe_accelerators", broken)
    profile = hardware.detect(measure=False, runs_dir=tmp_path)
    assert profile.unknown["cpu"].startswith("PermissionError: /proc/cpuinfo")
    assert "onnxruntime" in profile.unknown["onnxruntime"]
    assert "accelerators" in profile.unknown
    assert profile.onnxruntime_providers == [] and profile.accelerators == []
    assert profile.memory_bytes > 0  # the other probes went on
    assert any(line.startswith("unknown  cpu:") for line in hardware.summary_lines(profile))


def test_without_torch_gpus_are_unknown_not_an_error(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` now raises ImportError
    monkeypatch.setattr(hardware.shutil, "which", lambda name: None)  # and no nvidia-smi
    profile = hardware.detect(measure=True, runs_dir=tmp_path)
    assert profile.torch is None and "torch" in profile.unknown
    assert profile.gpus == [] and profile.cpu.matmul_gflops == 0.0


def test_a_gpu_probe_that_crashes_is_reported(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    def driver_crash(torch: object) -> list[hardware.GpuInfo]:
        raise RuntimeError("CUDA driver initialization failed")

    monkeypatch.setattr(hardware, "_torch_gpus", driver_crash)
    monkeypatch.setattr(hardware.shutil, "which", lambda name: None)
    profile = hardware.detect(measure=False, runs_dir=tmp_path)
    assert profile.unknown["gpus"] == "RuntimeError: CUDA driver initialization failed"
    assert profile.gpus == []


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_example_profiles_load(name: str) -> None:
    profile = hardware.load(PROFILES / f"{name}.json")
    assert profile.memory_bytes > 0 and profile.source.endswith(f"{name}.json")
    assert all(g.memory_bytes > 0 for g in profile.gpus)
    assert hardware.summary_lines(profile)


def test_profile_shapes() -> None:
    gpus = {n: hardware.load(PROFILES / f"{n}.json").gpus for n in PROFILE_NAMES}
    assert [g.memory_bytes // 2 ** 30 for g in gpus["gpu-4x80gb"]] == [80] * 4
    assert gpus["cpu-only"] == []
    assert gpus["apple-silicon"][0].backend == "mps"


def test_a_short_hand_written_profile_is_enough() -> None:
    profile = hardware.from_dict({"memory_bytes": 16 * 2 ** 30})
    assert profile.gpus == [] and profile.cpu.name == "unknown"


@pytest.mark.parametrize(("content", "fragment"), [
    ("not json", "not valid JSON"),
    ("[]", "expected a JSON object"),
    ('{"cpu": {}}', "memory_bytes"),
    ('{"memory_bytes": 1, "gpus": [{"backend": "cude", "memory_bytes": 1}]}',
     "unknown GPU backend 'cude'"),
    ('{"memory_bytes": 1, "gpus": [{"backend": "cuda"}]}', "a GPU needs 'memory_bytes'"),
])
def test_bad_profile_files_are_user_errors(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "hw.json"
    path.write_text(content)
    with pytest.raises(UserError) as info:
        hardware.load(path)
    assert fragment in str(info.value)


def test_missing_profile_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot read the hardware profile"):
        hardware.load(tmp_path / "nope.json")
