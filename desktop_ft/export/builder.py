"""The onnxruntime-genai model builder, run as a child process.

`python -m onnxruntime_genai.models.builder -i MODEL -o OUT -p PRECISION -e TARGET -c CACHE
--extra_options KEY=VALUE...` is the builder's documented interface. It runs in its own process
(and process group) because it prints freely to stdout (which `--json` keeps for one document),
changes `sys.path` on import, and can be stopped cleanly only by ending the process. Its output
lines become progress events and the export's build.log.

Importing the builder costs about ten seconds (torch, transformers, onnx_ir, the quantizer), paid
by every child. A frozen app (where `sys.executable -m` is not Python) and callers that export
many small models in one process (the tests) can run it in this process instead, with
DESKTOP_FT_EXPORT_BUILDER=inprocess: same builder functions, output sent to build.log at the file
descriptor level, but no progress per layer and no stop in the middle of a build.
"""

from __future__ import annotations

import importlib.util
import os
import queue
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError

PRECISIONS = ("fp32", "fp16", "int8", "int4")
TARGETS = ("cpu", "cuda", "dml")

# What the builder says it supports ("Valid precision + execution provider combinations"), plus
# fp16 on cpu: the builder makes an fp16 graph that ONNX Runtime runs on a CPU (slower than fp32,
# half the size; checked by parity like any other). fp32 for dml gives a model ONNX Runtime
# rejects ("invalid model"); int8 for dml is not in the builder's list.
SUPPORTED = {
    ("fp32", "cpu"), ("fp16", "cpu"), ("int8", "cpu"), ("int4", "cpu"),
    ("fp32", "cuda"), ("fp16", "cuda"), ("int8", "cuda"), ("int4", "cuda"),
    ("fp16", "dml"), ("int4", "dml"),
}
BLOCK_SIZES = (16, 32, 64, 128, 256)
ACCURACY_LEVELS = (0, 1, 2, 3, 4)
MODULE = "onnxruntime_genai.models.builder"
MODE_ENV = "DESKTOP_FT_EXPORT_BUILDER"
_INPROCESS_LOCK = threading.Lock()


@dataclass
class BuildResult:
    seconds: float
    command: list[str]
    log: list[str] = field(default_factory=list)


def check_combination(precision: str, target: str, block_size: int = 32,
                      accuracy_level: int = 4) -> None:
    """The request's options are valid and the builder makes this precision for this target."""
    check_options(precision, target, block_size, accuracy_level)
    if (precision, target) not in SUPPORTED:
        fits = sorted(p for p, t in SUPPORTED if t == target)
        raise UserError(f"{precision} is not supported for the {target} target",
                        hint=f"for {target} choose " + " or ".join(fits),
                        key="export.unsupported_combination",
                        params={"precision": precision, "target": target})


def check_options(precision: str, target: str, block_size: int = 32,
                  accuracy_level: int = 4) -> None:
    """Known precision and target, valid quantization options (whichever engine exports)."""
    if precision not in PRECISIONS:
        raise UserError(f"unknown precision '{precision}'", hint="one of " + ", ".join(PRECISIONS),
                        key="export.bad_precision")
    if target not in TARGETS:
        raise UserError(f"unknown target '{target}'", hint="one of " + ", ".join(TARGETS),
                        key="export.bad_target")
    if precision in ("int4", "int8"):
        if block_size not in BLOCK_SIZES:
            raise UserError(f"block size {block_size} is not supported",
                            hint="one of " + ", ".join(map(str, BLOCK_SIZES)),
                            key="export.bad_block_size")
        if accuracy_level not in ACCURACY_LEVELS:
            raise UserError(f"accuracy level {accuracy_level} is not supported",
                            hint="0 (default of the target) to 4 (int8 compute, fastest on CPU)",
                            key="export.bad_accuracy_level")


def builder_source() -> Path | None:
    spec = importlib.util.find_spec("onnxruntime_genai")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "models" / "builder.py"
    return path if path.is_file() else None


def supported_architectures() -> set[str]:
    """The architectures the installed builder dispatches on, read from its own source."""
    path = builder_source()
    if path is None:
        return set()
    text = path.read_text(encoding="utf-8")
    return set(re.findall(r'architectures\[0\]\s*==\s*"(\w+)"', text))


def check_builder_installed() -> None:
    if builder_source() is None:
        raise UserError("onnxruntime-genai (with its model builder) is not installed",
                        hint="pip install onnxruntime-genai", key="export.no_builder")
    if importlib.util.find_spec("onnx_ir") is None:
        raise UserError("the ONNX model builder needs the onnx-ir package",
                        hint="pip install onnx-ir", key="export.no_onnx_ir")


def covers(config: dict[str, Any]) -> bool:
    """Whether the installed builder dispatches on this config's architecture."""
    archs = config.get("architectures") or []
    known = supported_architectures()
    return not known or bool(archs and archs[0] in known)


def check_architecture(config: dict[str, Any], where: str, fallback: bool = True) -> None:
    """UserError when the builder lacks the architecture; `fallback`: name the torch engine."""
    archs = config.get("architectures") or []
    known = supported_architectures()
    if not covers(config):
        name = archs[0] if archs else config.get("model_type", "?")
        text_models = sorted(a for a in known if a.endswith("ForCausalLM"))
        raise UserError(f"the ONNX builder does not support the {name} architecture",
                        where=where, hint=("use --engine torch (the torch.onnx fallback), "
                                           "or one of: " if fallback else "supported: ")
                        + ", ".join(text_models),
                        key="export.unsupported_architecture", params={"architecture": name})


def build_command(model_dir: Path, out_dir: Path, cache_dir: Path, precision: str, target: str,
                  block_size: int, accuracy_level: int,
                  extra_options: list[str] | None = None) -> list[str]:
    extra = ["hf_token=false", *(extra_options or [])]
    if precision in ("int4", "int8"):
        extra += [f"block_size={block_size}", f"accuracy_level={accuracy_level}"]
    return [sys.executable, "-m", MODULE, "-i", str(model_dir), "-o", str(out_dir),
            "-p", precision, "-e", target, "-c", str(cache_dir), "--extra_options", *extra]


_LAYER = re.compile(r"Reading layer (\d+)")


def _reader(stream: Any, lines: queue.Queue[str | None]) -> None:
    for raw in iter(stream.readline, ""):
        for part in raw.replace("\r", "\n").split("\n"):
            if part.strip():
                lines.put(part.rstrip())
    lines.put(None)


def run_builder(model_dir: Path, out_dir: Path, cache_dir: Path, precision: str, target: str,
                block_size: int, accuracy_level: int, num_layers: int, emit: ev.Emit,
                stop: threading.Event, log_path: Path,
                extra_options: list[str] | None = None) -> BuildResult:
    """Run the builder to completion, its output going to `log_path`.

    InterruptedError when `stop` is set (the child is ended first); UserError when it fails.
    """
    if inprocess():
        return _run_inprocess(model_dir, out_dir, cache_dir, precision, target, block_size,
                              accuracy_level, emit, stop, log_path, extra_options)
    command = build_command(model_dir, out_dir, cache_dir, precision, target, block_size,
                            accuracy_level, extra_options)
    total = max(1, num_layers) + 3  # embedding, layers, head, save

    def progress(line: str) -> int | None:
        match = _LAYER.search(line)
        if line.startswith("Reading embedding"):
            return 1
        if match:
            return 2 + int(match.group(1))
        if line.startswith("Reading LM head"):
            return total - 1
        if line.startswith("Saving GenAI config"):
            return total
        return None

    returncode, log, seconds = run_child(command, cache_dir, emit, stop, log_path, progress,
                                         total)
    if returncode != 0:
        raise _failure(log, returncode, model_dir, log_path)
    return BuildResult(seconds=seconds, command=command, log=log)


def inprocess() -> bool:
    """Whether export engines run in this process (frozen app, or DESKTOP_FT_EXPORT_BUILDER)."""
    return os.environ.get(MODE_ENV) == "inprocess" or bool(getattr(sys, "frozen", False))


def run_child(command: list[str], cwd: Path, emit: ev.Emit, stop: threading.Event,
              log_path: Path, progress: Any, total: int) -> tuple[int, list[str], float]:
    """Run an engine's child process, its output to `log_path` and progress events.

    `progress(line)` maps an output line to a step (1..total) or None. Returns (exit code, the
    output lines, seconds); InterruptedError when `stop` is set (the child is ended first).
    """
    env = dict(os.environ, PYTHONUNBUFFERED="1", TQDM_DISABLE="1", HF_HUB_OFFLINE="1",
               TRANSFORMERS_VERBOSITY="error", PYTHONIOENCODING="utf-8")
    kwargs: dict[str, Any] = {}
    if os.name == "nt":
        kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
    else:
        kwargs["start_new_session"] = True  # Ctrl-C reaches us, and we stop the child
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, env=env, text=True, encoding="utf-8",
                               errors="replace", cwd=str(cwd), **kwargs)
    lines: queue.Queue[str | None] = queue.Queue()
    thread = threading.Thread(target=_reader, args=(process.stdout, lines), daemon=True)
    thread.start()
    log: list[str] = []
    log_file = open(log_path, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    step = 0
    done = False
    while not done:
        if stop.is_set():
            log_file.close()
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            raise InterruptedError("export stopped")
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        if line is None:
            done = True
            continue
        log.append(line)
        log_file.write(line + "\n")
        new_step = progress(line)
        if new_step is not None and new_step != step:
            step = new_step
            emit(ev.Progress(step=step, total_steps=total, phase="export: build"))
    returncode = process.wait()
    log_file.close()
    return returncode, log, time.perf_counter() - started


def _failure(log: list[str], returncode: int, model_dir: Path, log_path: Path) -> UserError:
    """The builder's own last words, as one line a user can act on or report."""
    error_lines = [line for line in log if re.match(r"^\w*(Error|Exception)\b", line)
                   or re.match(r"^[\w.]+(Error|Exception): ", line)]
    last = error_lines[-1] if error_lines else (log[-1] if log else f"exit code {returncode}")
    if "not currently supported" in last:
        return UserError("the ONNX builder does not support this model", where=str(model_dir),
                         hint=last, key="export.unsupported_architecture")
    if "onnx_ir" in last:
        return UserError("the ONNX model builder needs the onnx-ir package",
                         hint="pip install onnx-ir", key="export.no_onnx_ir")
    return UserError(f"the ONNX builder failed: {last}", where=str(model_dir),
                     hint=f"the builder's full output is in {log_path}",
                     key="export.builder_failed")


def _run_inprocess(model_dir: Path, out_dir: Path, cache_dir: Path, precision: str, target: str,
                   block_size: int, accuracy_level: int, emit: ev.Emit, stop: threading.Event,
                   log_path: Path, extra_options: list[str] | None = None) -> BuildResult:
    """The same builder functions the CLI calls, here; stdout/stderr go to the log meanwhile."""
    if stop.is_set():
        raise InterruptedError("export stopped")
    command = build_command(model_dir, out_dir, cache_dir, precision, target, block_size,
                            accuracy_level, extra_options)
    extra = command[command.index("--extra_options") + 1:]
    started = time.perf_counter()
    emit(ev.Progress(step=0, total_steps=1, phase="export: build"))
    error: BaseException | None = None
    with _INPROCESS_LOCK, open(log_path, "w", encoding="utf-8") as log_file:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = os.dup(1), os.dup(2)
        os.dup2(log_file.fileno(), 1)
        os.dup2(log_file.fileno(), 2)
        old_streams = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = log_file
        try:
            from onnxruntime_genai.models import builder as ogb

            options = ogb.parse_extra_options(None, str(model_dir), str(out_dir), precision,
                                              target, str(cache_dir), extra)
            ogb.create_model(None, str(model_dir), str(out_dir), precision, target,
                             str(cache_dir), **options)
        except Exception as exc:  # reported below as the builder's failure, with its log
            import traceback

            traceback.print_exc(file=log_file)
            error = exc
        finally:
            log_file.flush()
            sys.stdout, sys.stderr = old_streams
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
    log = [line.rstrip() for line in log_path.read_text(encoding="utf-8",
                                                          errors="replace").splitlines()]
    if error is not None:
        raise _failure(log, 1, model_dir, log_path) from None
    emit(ev.Progress(step=1, total_steps=1, phase="export: build"))
    return BuildResult(seconds=time.perf_counter() - started, command=command, log=log)
