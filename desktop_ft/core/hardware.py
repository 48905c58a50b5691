"""What this machine has: CPU, memory, disk, GPUs, ONNX Runtime providers, NPUs and FPGAs.

`detect()` never fails. Every probe runs on its own; one that errors (no torch, a driver that
hangs, a sandbox that hides /proc) is written into `unknown` with its reason and the others go
on, because a planning page that crashes on an odd machine is worse than one that says "unknown".
torch and onnxruntime are imported lazily inside the probes only, so `core` stays importable (and
fast) without them. A HardwareProfile is also read from JSON (`--hardware FILE.json`), so users can
plan for a machine they do not have; the file has the same shape that `desktop-ft hardware --json`
prints.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

from desktop_ft.core.errors import UserError

GPU_BACKENDS = ("cuda", "rocm", "mps", "xpu")
# CPU flags worth showing: they decide which kernels (and how fast) training and ONNX Runtime use.
_INTERESTING_FLAGS = (
    "sse4_2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512_vnni", "avx512_bf16",
    "avx512_fp16", "avx_vnni", "amx_tile", "amx_bf16", "amx_int8", "asimd", "neon", "sve",
    "sve2", "bf16", "i8mm", "asimddp", "sme",
)
# PCI vendors that make processing accelerators (PCI class 0x12) or FPGAs.
_PCI_VENDORS = {
    "0x8086": "Intel", "0x1022": "AMD", "0x10ee": "Xilinx (AMD)", "0x1172": "Altera (Intel)",
    "0x1d0f": "Amazon", "0x1e52": "Tenstorrent", "0x1f9c": "Hailo", "0x1e60": "Hailo",
    "0x10de": "NVIDIA", "0x144d": "Samsung", "0x1ac1": "Google (Edge TPU)", "0x17cb": "Qualcomm",
}
_FPGA_VENDORS = {"0x10ee", "0x1172"}


@dataclass
class CpuInfo:
    name: str = "unknown"
    arch: str = ""
    cores: int = 0
    threads: int = 0
    flags: list[str] = field(default_factory=list)
    # Measured fp32 matmul throughput (one 1024x1024 product, all threads); 0 when not measured.
    matmul_gflops: float = 0.0


@dataclass
class GpuInfo:
    backend: str = "cuda"  # cuda | rocm | mps | xpu
    name: str = "unknown"
    memory_bytes: int = 0
    memory_free_bytes: int | None = None
    bf16: bool = False
    compute_capability: str | None = None
    index: int = 0
    interconnect: str | None = None  # nvlink | pcie | unified | None when unknown
    driver: str | None = None


@dataclass
class Accelerator:
    kind: str = "npu"  # npu | fpga | accelerator
    name: str = "unknown"
    path: str = ""  # /dev/accel/accel0, a PCI address, ...


@dataclass
class HardwareProfile:
    """A machine, detected or read from a file. Byte counts are ints; 0 means unknown."""

    cpu: CpuInfo = field(default_factory=CpuInfo)
    memory_bytes: int = 0
    memory_available_bytes: int | None = None
    disk_free_bytes: int | None = None
    disk_path: str = ""
    gpus: list[GpuInfo] = field(default_factory=list)
    onnxruntime_providers: list[str] = field(default_factory=list)
    accelerators: list[Accelerator] = field(default_factory=list)
    os: str = ""
    python: str = ""
    torch: str | None = None
    unknown: dict[str, str] = field(default_factory=dict)  # probe -> why it is unknown
    notes: list[str] = field(default_factory=list)
    # Set when a GPU is present but torch cannot use it (TorchAdvice as a dict): the Hardware
    # page and `desktop-ft hardware` say what was found and which torch build to install.
    torch_advice: dict[str, Any] | None = None
    source: str = "detected"  # detected | the file it was read from

    @property
    def gpu_count(self) -> int:
        return len(self.gpus)

    @property
    def primary_backend(self) -> str:
        """Where training would run: the first GPU's backend, else cpu."""
        return self.gpus[0].backend if self.gpus else "cpu"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


T = TypeVar("T")


def _build(cls: type[T], data: Any, where: str) -> T:
    if not isinstance(data, dict):
        raise UserError("expected a JSON object", where=where, key="hardware.bad_file")
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in known})


def from_dict(data: Any, source: str = "hardware.json") -> HardwareProfile:
    """Read a profile (as printed by `desktop-ft hardware --json`); extra keys are ignored.

    Only `memory_bytes` is required, because an estimate needs somewhere to put the numbers;
    everything else defaults to "none found", so a hand-written file can be short.
    """
    if not isinstance(data, dict):
        raise UserError("expected a JSON object with at least 'memory_bytes'", where=source,
                        key="hardware.bad_file")
    try:
        memory = int(float(data.get("memory_bytes") or 0))
    except (TypeError, ValueError) as exc:
        raise UserError("memory_bytes must be a number of bytes", where=source,
                        key="hardware.bad_file") from exc
    if memory <= 0:
        raise UserError("the profile has no 'memory_bytes' (system RAM in bytes)", where=source,
                        hint="start from the output of 'desktop-ft hardware --json'",
                        key="hardware.bad_file")
    gpus = []
    for i, item in enumerate(data.get("gpus") or []):
        gpu = _build(GpuInfo, item, f"{source}: gpus[{i}]")
        if gpu.backend not in GPU_BACKENDS:
            raise UserError(f"unknown GPU backend '{gpu.backend}'", where=f"{source}: gpus[{i}]",
                            hint="one of: " + ", ".join(GPU_BACKENDS), key="hardware.bad_file")
        try:
            gpu.memory_bytes = int(float(gpu.memory_bytes or 0))
        except (TypeError, ValueError):
            gpu.memory_bytes = 0
        if gpu.memory_bytes <= 0:
            raise UserError("a GPU needs 'memory_bytes' (a number of bytes)",
                            where=f"{source}: gpus[{i}]", key="hardware.bad_file")
        gpus.append(gpu)
    profile = _build(HardwareProfile, {k: v for k, v in data.items()
                                       if k not in ("cpu", "gpus", "accelerators")}, source)
    profile.cpu = _build(CpuInfo, data.get("cpu") or {}, f"{source}: cpu")
    profile.gpus = gpus
    profile.accelerators = [_build(Accelerator, a, f"{source}: accelerators")
                            for a in data.get("accelerators") or []]
    profile.memory_bytes = memory
    profile.source = source
    return profile


def load(path: str | Path) -> HardwareProfile:
    """Read `--hardware FILE.json`; a missing or malformed file is the user's to fix."""
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot read the hardware profile: {exc.strerror or exc}",
                        where=str(path), hint="write one with 'desktop-ft hardware --json > "
                        "FILE.json'", key="hardware.no_file") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UserError(f"not valid JSON: {exc}", where=str(path), key="hardware.bad_file") \
            from exc
    return from_dict(data, source=str(path))


# probes ------------------------------------------------------------------------------------

def _run(cmd: list[str], timeout: float = 5.0) -> str:
    """Run a small system tool; its absence or a hang becomes an exception for _probe."""
    if shutil.which(cmd[0]) is None:
        raise FileNotFoundError(f"{cmd[0]} not found")
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    return out.stdout


def _cpuinfo_fields() -> dict[str, str]:
    result: dict[str, str] = {}
    text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    for line in text.splitlines():
        if ":" in line:
            key, _, value = line.partition(":")
            result.setdefault(key.strip().lower(), value.strip())
    return result


def probe_cpu() -> CpuInfo:
    import psutil

    info = CpuInfo(arch=platform.machine(), cores=psutil.cpu_count(logical=False) or 0,
                   threads=psutil.cpu_count(logical=True) or 0)
    flags: set[str] = set()
    if sys.platform.startswith("linux"):
        fields_ = _cpuinfo_fields()
        info.name = fields_.get("model name") or fields_.get("hardware") or \
            fields_.get("processor", "unknown")
        flags = set((fields_.get("flags") or fields_.get("features") or "").split())
    elif sys.platform == "darwin":
        info.name = _run(["sysctl", "-n", "machdep.cpu.brand_string"]).strip()
        optional = _run(["sysctl", "hw.optional"])
        for line in optional.splitlines():
            key, _, value = line.partition(":")
            if value.strip() == "1":
                flags.add(key.rsplit(".", 1)[-1].lower().replace("feat_", ""))
        if platform.machine() == "arm64":
            flags.add("neon")
    else:
        info.name = platform.processor() or "unknown"
    info.flags = sorted(f for f in flags if f in _INTERESTING_FLAGS)
    return info


def measure_cpu_matmul_gflops(seconds: float = 0.3) -> float:
    """fp32 GFLOP/s of a 1024x1024 matmul on all threads: the CPU time estimate's yardstick."""
    import torch

    n = 1024
    a, b = torch.randn(n, n), torch.randn(n, n)
    torch.mm(a, b)  # warm-up: thread pool, kernel selection
    count, start = 0, time.perf_counter()
    while True:
        torch.mm(a, b)
        count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds and count >= 3:
            break
    return round(2 * n ** 3 * count / elapsed / 1e9, 1)


def _torch_gpus(torch: Any) -> list[GpuInfo]:
    gpus: list[GpuInfo] = []
    if torch.cuda.is_available():
        backend = "rocm" if getattr(torch.version, "hip", None) else "cuda"
        for i in range(torch.cuda.device_count()):
            props = torch.cuda.get_device_properties(i)
            free: int | None = None
            try:
                free = int(torch.cuda.mem_get_info(i)[0])
            except Exception:
                free = None
            cc = f"{props.major}.{props.minor}"
            bf16 = props.major >= 8 if backend == "cuda" else bool(
                torch.cuda.is_bf16_supported())
            gpus.append(GpuInfo(backend=backend, name=props.name, memory_bytes=props.total_memory,
                                memory_free_bytes=free, bf16=bf16, compute_capability=cc,
                                index=i, driver=torch.version.hip or torch.version.cuda))
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        import psutil

        try:  # what Metal lets one process use, a fraction of unified memory
            usable = int(torch.mps.recommended_max_memory())
        except Exception:
            usable = int(psutil.virtual_memory().total * 0.75)
        gpus.append(GpuInfo(backend="mps", name=_apple_chip_name(), memory_bytes=usable,
                            bf16=True, interconnect="unified"))
    xpu = getattr(torch, "xpu", None)
    if xpu is not None and xpu.is_available():
        for i in range(xpu.device_count()):
            props = xpu.get_device_properties(i)
            gpus.append(GpuInfo(backend="xpu", name=props.name,
                                memory_bytes=int(props.total_memory), bf16=True, index=i))
    return gpus


def _apple_chip_name() -> str:
    try:
        return _run(["sysctl", "-n", "machdep.cpu.brand_string"]).strip() or "Apple silicon"
    except Exception:
        return "Apple silicon"


def _nvidia_smi_gpus() -> list[GpuInfo]:
    """GPUs seen by the driver even when the installed torch is a CPU build (a common mistake)."""
    out = _run(["nvidia-smi", "--query-gpu=index,name,memory.total,memory.free,compute_cap,"
                "driver_version", "--format=csv,noheader,nounits"])
    gpus = []
    for line in out.strip().splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) < 6:
            continue
        cc = parts[4] if re.match(r"^\d+\.\d+$", parts[4]) else None
        major = int(cc.split(".")[0]) if cc else 0
        gpus.append(GpuInfo(backend="cuda", name=parts[1], memory_bytes=int(parts[2]) * 2 ** 20,
                            memory_free_bytes=int(parts[3]) * 2 ** 20, bf16=major >= 8,
                            compute_capability=cc, index=int(parts[0]), driver=parts[5]))
    return gpus


def _nvidia_interconnect() -> str:
    """nvlink when `nvidia-smi topo -m` shows NV# links between GPU0 and GPU1, else pcie."""
    out = _run(["nvidia-smi", "topo", "-m"])
    for line in out.splitlines():
        if line.startswith("GPU0"):
            cells = line.split()
            if len(cells) > 2:
                return "nvlink" if cells[2].startswith("NV") else "pcie"
    return "pcie"


def probe_onnxruntime_providers() -> list[str]:
    import onnxruntime

    return list(onnxruntime.get_available_providers())


def probe_accelerators() -> list[Accelerator]:
    """NPUs and FPGAs the OS shows: /dev/accel (the Linux NPU class) and PCI class 0x12."""
    found: list[Accelerator] = []
    if sys.platform.startswith("linux"):
        accel = Path("/dev/accel")
        if accel.is_dir():
            for dev in sorted(accel.iterdir()):
                found.append(Accelerator(kind="npu", name=_accel_name(dev.name), path=str(dev)))
        pci = Path("/sys/bus/pci/devices")
        if pci.is_dir():
            for dev in sorted(pci.iterdir()):
                try:
                    cls = (dev / "class").read_text().strip()
                    vendor = (dev / "vendor").read_text().strip()
                    device = (dev / "device").read_text().strip()
                except OSError:
                    continue
                if cls.startswith("0x12") or (vendor in _FPGA_VENDORS and cls.startswith(
                        ("0x12", "0x0b", "0x11", "0x058"))):
                    kind = "fpga" if vendor in _FPGA_VENDORS else "accelerator"
                    name = f"{_PCI_VENDORS.get(vendor, vendor)} device {device}"
                    if not any(a.path.endswith(dev.name) for a in found):
                        found.append(Accelerator(kind=kind, name=name, path=dev.name))
    elif sys.platform == "darwin" and platform.machine() == "arm64":
        found.append(Accelerator(kind="npu", name="Apple Neural Engine (via Core ML)",
                                 path="coreml"))
    return found


def _accel_name(dev: str) -> str:
    driver = Path(f"/sys/class/accel/{dev}/device/driver")
    try:
        return f"NPU ({driver.resolve().name} driver)"
    except OSError:
        return "NPU"


def _probe(profile: HardwareProfile, name: str, fn: Callable[[], T], default: T) -> T:
    """Run one probe; any failure is recorded as unknown with its reason, never raised."""
    try:
        return fn()
    except Exception as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        profile.unknown[name] = f"{type(exc).__name__}: {reason}" if reason else \
            type(exc).__name__
        return default


def _probe_gpus(profile: HardwareProfile) -> list[GpuInfo]:
    gpus: list[GpuInfo] = []
    try:
        import torch

        profile.torch = str(torch.__version__)
    except Exception as exc:
        profile.unknown["torch"] = f"{type(exc).__name__}: {exc}"
        torch = None
    smi: list[GpuInfo] = []
    if torch is not None:
        gpus = _probe(profile, "gpus", lambda: _torch_gpus(torch), [])
    if not any(g.backend in ("cuda", "rocm") for g in gpus) and shutil.which("nvidia-smi"):
        smi = _probe(profile, "nvidia-smi", _nvidia_smi_gpus, [])
        if smi:
            profile.notes.append("NVIDIA GPUs are present but the installed torch cannot use "
                                 "them; install a CUDA build of torch to train on them")
            gpus = smi + gpus
    if smi or profile.torch is None:  # a GPU torch cannot use, or no torch at all
        profile.torch_advice = _probe(profile, "torch_advice", lambda: _advise(profile, smi),
                                      None)
    cuda = [g for g in gpus if g.backend == "cuda"]
    if len(cuda) > 1:
        link = _probe(profile, "interconnect", _nvidia_interconnect, None)
        for g in cuda:
            g.interconnect = link
    return gpus


# torch's CUDA wheels (download.pytorch.org/whl/<index>) by the oldest NVIDIA driver that runs
# them, newest first: a CUDA major version runs on any driver from its first release on (CUDA
# minor version compatibility; NVIDIA's CUDA compatibility guide), Linux and Windows numbers.
CUDA_TORCH_INDEXES = (("cu130", "13", (580, 65), (580, 88)),
                      ("cu128", "12", (525, 60), (528, 33)),
                      ("cu118", "11", (450, 80), (452, 39)))
TORCH_INDEX_URL = "https://download.pytorch.org/whl/"


@dataclass
class TorchAdvice:
    """Why the GPUs present are not used, and the torch build that would use them.

    problem: no_torch (torch missing or broken), cpu_build (a CPU torch beside NVIDIA GPUs),
    old_driver (a CUDA torch, but the driver is older than that build needs). `index` is the
    torch wheel index for this driver ("" when the driver is too old for every build); `command`
    the pip line that installs it ("" in the frozen app, which cannot pip-install: it needs the
    GPU bundle instead).
    """

    problem: str
    torch: str | None = None
    driver: str | None = None
    index: str = ""
    command: str = ""
    min_driver: str = ""  # the driver the oldest torch CUDA build needs, for an update hint
    frozen: bool = False


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", text)[:2])


def torch_index_for_driver(driver: str, windows: bool | None = None) -> str:
    """The newest torch CUDA wheel index an NVIDIA driver runs ("" when it runs none)."""
    windows = sys.platform == "win32" if windows is None else windows
    version = _version_tuple(driver)
    for index, _cuda, linux_min, windows_min in CUDA_TORCH_INDEXES:
        if version >= (windows_min if windows else linux_min):
            return index
    return ""


def _advise(profile: HardwareProfile, smi: list[GpuInfo]) -> dict[str, Any] | None:
    """TorchAdvice (as a dict) when torch is missing, or cannot use the NVIDIA GPUs the driver
    shows (`smi`); None when torch works and no such GPU is present."""
    frozen = bool(getattr(sys, "frozen", False))
    driver = next((g.driver for g in smi if g.driver), None)
    if profile.torch is None:
        problem = "no_torch"
    elif not smi:
        return None  # no NVIDIA GPU (or no driver to show one): the CPU is the right choice
    else:
        build = profile.torch.partition("+")[2]
        problem = "old_driver" if build.startswith("cu") else "cpu_build"
    index = torch_index_for_driver(driver) if driver else ("" if smi else "cpu")
    oldest = CUDA_TORCH_INDEXES[-1]
    minimum = oldest[3] if sys.platform == "win32" else oldest[2]
    command = ""
    if index and not frozen:
        # The same torch version with the build's local tag (2.13.0+cu128): pip replaces the
        # installed build and fetches its CUDA libraries; nothing else changes.
        command = (f"pip install torch=={profile.torch.partition('+')[0]}+{index} "
                   f"--extra-index-url {TORCH_INDEX_URL}{index}" if profile.torch else
                   f"pip install torch --index-url {TORCH_INDEX_URL}{index}")
    return asdict(TorchAdvice(problem=problem, torch=profile.torch, driver=driver, index=index,
                              command=command, min_driver=".".join(map(str, minimum)),
                              frozen=frozen))


def advice_lines(advice: dict[str, Any] | None) -> list[str]:
    """The advice in plain English for the CLI (the GUI words it itself, translated)."""
    if not advice:
        return []
    found = {"no_torch": "PyTorch is not installed or does not load",
             "cpu_build": f"the installed PyTorch ({advice.get('torch')}) is a CPU build",
             "old_driver": f"the NVIDIA driver ({advice.get('driver')}) is too old for the "
                           f"installed PyTorch ({advice.get('torch')})"}[advice["problem"]]
    lines = [found]
    if advice.get("frozen") and advice["problem"] == "cpu_build":
        lines.append("this is the CPU build of Desktop FT: to train on the GPU install the GPU "
                     "build, or install with pip (README: GPU builds of torch)")
    elif advice.get("command"):
        lines.append(f"to use the GPU: {advice['command']}")
    if not advice.get("index") and advice.get("driver"):
        lines.append(f"update the NVIDIA driver to {advice.get('min_driver')} or newer")
    return lines


def detect(measure: bool = True, runs_dir: Path | None = None) -> HardwareProfile:
    """Probe this machine. Never raises: what cannot be read is listed in `unknown`.

    `measure` times a small matmul (about 0.3 s) so CPU time estimates use this CPU's real speed.
    """
    import psutil

    profile = HardwareProfile(os=f"{platform.system()} {platform.release()}".strip(),
                              python=platform.python_version())
    profile.cpu = _probe(profile, "cpu", probe_cpu, CpuInfo(arch=platform.machine()))
    mem = _probe(profile, "memory", psutil.virtual_memory, None)
    if mem is not None:
        profile.memory_bytes, profile.memory_available_bytes = int(mem.total), int(mem.available)
    if runs_dir is None:
        from desktop_ft.core.runs import runs_root

        runs_dir = _probe(profile, "disk", runs_root, Path.home())
    target = Path(runs_dir)
    while not target.exists() and target != target.parent:
        target = target.parent
    profile.disk_path = str(runs_dir)
    usage = _probe(profile, "disk", lambda: shutil.disk_usage(target), None)
    if usage is not None:
        profile.disk_free_bytes = int(usage.free)
    profile.gpus = _probe_gpus(profile)
    profile.onnxruntime_providers = _probe(profile, "onnxruntime", probe_onnxruntime_providers,
                                           [])
    profile.accelerators = _probe(profile, "accelerators", probe_accelerators, [])
    if measure and profile.torch is not None:
        profile.cpu.matmul_gflops = _probe(profile, "cpu_matmul", measure_cpu_matmul_gflops, 0.0)
    if os.environ.get("CUDA_VISIBLE_DEVICES") == "" and not profile.gpus:
        profile.notes.append("CUDA_VISIBLE_DEVICES is empty: GPUs are hidden from this process")
    return profile


def summary_lines(profile: HardwareProfile) -> list[str]:
    """Human lines for the CLI and logs (the GUI draws its own page from the same profile)."""
    gib = 2 ** 30
    cpu = profile.cpu
    lines = [f"CPU      {cpu.name} ({cpu.cores} cores, {cpu.threads} threads"
             + (f", {cpu.matmul_gflops:.0f} GFLOP/s fp32 matmul" if cpu.matmul_gflops else "")
             + ")",
             f"flags    {' '.join(cpu.flags) or '-'}",
             f"memory   {profile.memory_bytes / gib:.1f} GiB"
             + (f" ({profile.memory_available_bytes / gib:.1f} GiB available)"
                if profile.memory_available_bytes else "")]
    if profile.disk_free_bytes is not None:
        lines.append(f"disk     {profile.disk_free_bytes / gib:.1f} GiB free in "
                     f"{profile.disk_path}")
    if not profile.gpus:
        lines.append("GPU      none (training runs on the CPU)")
    for g in profile.gpus:
        extra = ", ".join(x for x in [
            f"compute {g.compute_capability}" if g.compute_capability else "",
            "bf16" if g.bf16 else "no bf16", g.interconnect or ""] if x)
        lines.append(f"GPU {g.index}    {g.backend}: {g.name}, {g.memory_bytes / gib:.1f} GiB "
                     f"({extra})")
    lines.append(f"ONNX RT  {', '.join(profile.onnxruntime_providers) or '-'}")
    for a in profile.accelerators:
        lines.append(f"{a.kind.upper():<8} {a.name} [{a.path}]")
    for note in profile.notes:
        lines.append(f"note     {note}")
    for line in advice_lines(profile.torch_advice):
        lines.append(f"torch    {line}")
    for probe, reason in profile.unknown.items():
        lines.append(f"unknown  {probe}: {reason}")
    return lines
