"""The run folder: where a run's config, events, checkpoints and outputs live.

Everything here is written atomically (temp file in the same folder, fsync, rename), so a run that
is killed leaves either the old file or the new one, never half of one. `metrics.jsonl` is
append-only, one event per line, flushed as it goes, so the GUI can replot a run that is still
going or died; a torn last line is skipped on read.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Any

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.preflight import check_writable
from desktop_ft.core.secrets import redact

APP_NAME = "desktop-ft"
HOME_ENV = "DESKTOP_FT_HOME"


def home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser().resolve() if value else None


def runs_root() -> Path:
    """Where runs go: $DESKTOP_FT_HOME/runs, else the platform's user data folder."""
    base = home()
    if base is not None:
        return base / "runs"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "runs"


def cache_root() -> Path:
    """Where rebuildable things go (the demo model): $DESKTOP_FT_HOME/cache or the user cache."""
    base = home()
    if base is not None:
        return base / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def logs_root() -> Path:
    """Where bug reports go when there is no run folder to hold them."""
    base = home()
    return base / "logs" if base is not None else cache_root() / "logs"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; keep the user's usual mode
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _slug(name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name)
    slug = re.sub(r"\.{2,}", ".", slug).strip("-.")  # one path component, never '..'
    return slug[:60] or "run"


class RunFolder:
    """One run's folder and the files DESIGN.md promises in it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    config_path = property(lambda self: self.path / "config.yaml")
    manifest_path = property(lambda self: self.path / "manifest.json")
    metrics_path = property(lambda self: self.path / "metrics.jsonl")
    log_path = property(lambda self: self.path / "log.txt")
    checkpoints_dir = property(lambda self: self.path / "checkpoints")
    adapter_dir = property(lambda self: self.path / "adapter")
    merged_dir = property(lambda self: self.path / "merged")

    def export_dir(self, target: str, precision: str) -> Path:
        return self.path / "export" / f"{target}-{precision}"

    @classmethod
    def create(cls, name: str, root: Path | None = None) -> RunFolder:
        """Make a new, uniquely named folder `<yyyymmdd-hhmmss>-<name>` under the runs root."""
        root = Path(root) if root is not None else runs_root()
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"cannot create the runs folder: {exc.strerror}", where=str(root),
                            hint=f"choose a writable folder with {HOME_ENV}",
                            key="runs.not_writable") from exc
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        base = f"{stamp}-{_slug(name)}"
        for attempt in range(1000):
            path = root / (base if attempt == 0 else f"{base}-{attempt}")
            try:
                path.mkdir()
            except FileExistsError:
                continue
            except OSError as exc:
                raise UserError(f"cannot create the run folder: {exc.strerror}", where=str(path),
                                hint=f"choose a writable folder with {HOME_ENV}",
                                key="runs.not_writable") from exc
            try:  # a full disk still makes folders: find out now, not at the first checkpoint
                check_writable(path)
            except UserError:
                path.rmdir()
                raise
            return cls(path)
        raise UserError("too many runs with the same name in one second", where=str(root))

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> RunFolder:
        """Open an existing run by folder path, or by its name under the runs root."""
        candidate = Path(path)
        if not candidate.is_dir():
            candidate = runs_root() / str(path)
        if not (candidate / "config.yaml").is_file():
            raise UserError("not a run folder (no config.yaml)", where=str(path),
                            hint="give a folder made by 'desktop-ft train'", key="runs.not_a_run")
        return cls(candidate)

    # manifest -----------------------------------------------------------------------------
    def read_manifest(self) -> dict[str, Any]:
        try:
            return json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def update_manifest(self, **changes: Any) -> dict[str, Any]:
        manifest = self.read_manifest()
        manifest.update({key: redact(value) if isinstance(value, str) else value
                         for key, value in changes.items()})  # never a token on disk
        atomic_write_json(self.manifest_path, manifest)
        return manifest

    # events ---------------------------------------------------------------------------------
    def event_writer(self) -> EventWriter:
        return EventWriter(self.metrics_path, self.log_path)

    def events(self) -> list[ev.Event]:
        if not self.metrics_path.exists():
            return []
        return ev.read_jsonl(self.metrics_path)

    def loss_curves(self) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
        """(step, train loss) and (step, eval loss) across resumes, by step: a step logged
        again after a resume from an earlier checkpoint replaces the first record of it."""
        train: dict[int, float] = {}
        evals: dict[int, float] = {}
        for event in self.events():
            if ev.is_training_step(event) and event.loss is not None:  # type: ignore[attr-defined]
                train[event.step] = event.loss  # type: ignore[attr-defined]
            elif isinstance(event, ev.Eval):
                evals[event.step] = event.eval_loss
        return sorted(train.items()), sorted(evals.items())

    # checkpoints ---------------------------------------------------------------------------
    COMPLETE_MARKER = "COMPLETE"

    def complete_checkpoints(self) -> list[Path]:
        """Checkpoints whose marker exists, oldest first; a half-written one is never listed."""
        if not self.checkpoints_dir.is_dir():
            return []
        found = []
        for child in self.checkpoints_dir.iterdir():
            match = re.fullmatch(r"step-(\d+)", child.name)
            if match and (child / self.COMPLETE_MARKER).is_file():
                found.append((int(match.group(1)), child))
        return [p for _, p in sorted(found)]

    def last_checkpoint(self) -> Path | None:
        done = self.complete_checkpoints()
        return done[-1] if done else None


class EventWriter:
    """Appends events to metrics.jsonl and a readable line to log.txt, flushed per event."""

    def __init__(self, metrics_path: Path, log_path: Path) -> None:
        # Kept open for the run's lifetime (one append per event); closed by close().
        self._metrics: IO[str] = open(metrics_path, "a", encoding="utf-8")  # noqa: SIM115
        self._log: IO[str] = open(log_path, "a", encoding="utf-8")  # noqa: SIM115

    def __call__(self, event: ev.Event) -> None:
        self._metrics.write(redact(event.to_json()) + "\n")  # never a token on disk
        self._metrics.flush()
        line = redact(describe(event))
        if line:
            stamp = _dt.datetime.fromtimestamp(event.time).strftime("%H:%M:%S")
            self._log.write(f"{stamp} {line}\n")
            self._log.flush()

    def log_text(self, text: str) -> None:
        """Free text for the human log only (tracebacks of bugs)."""
        text = redact(text)
        self._log.write(text if text.endswith("\n") else text + "\n")
        self._log.flush()

    def close(self) -> None:
        for handle in (self._metrics, self._log):
            with contextlib.suppress(OSError):
                os.fsync(handle.fileno())
            with contextlib.suppress(OSError):  # a full disk: what was written stays readable
                handle.close()


def describe(event: ev.Event) -> str:
    """One human line per event, shared by log.txt and the CLI's stderr."""
    if isinstance(event, ev.Progress):
        parts = [f"step {event.step}/{event.total_steps}"]
        if event.loss is not None:
            parts.append(f"loss {event.loss:.4f}")
        if event.learning_rate is not None:
            parts.append(f"lr {event.learning_rate:.2e}")
        if event.tokens_per_s:
            parts.append(f"{event.tokens_per_s:,.0f} tok/s")
        if event.eta_s is not None:
            parts.append(f"ETA {event.eta_s:,.0f}s")
        prefix = f"[{event.phase}] " if event.phase else ""
        return prefix + ", ".join(parts)
    if isinstance(event, ev.Eval):
        return f"eval at step {event.step}: loss {event.eval_loss:.4f}"
    if isinstance(event, ev.Checkpoint):
        return f"checkpoint at step {event.step}: {event.path}"
    if isinstance(event, ev.Log):
        return event.message
    if isinstance(event, ev.Finished):
        return "finished"
    if isinstance(event, ev.Failed):
        where = f"{event.where}: " if event.where else ""
        return f"failed: {where}{event.message}"
    return ""
