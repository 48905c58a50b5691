"""Checks before a run writes anything big, and plain words for write failures during one.

A run that dies of a full disk at its first checkpoint, an hour in, wastes that hour; so the
space a run will need (its checkpoints, the adapter and the merged model) is compared with the
free space of the runs folder before the first step. A write that fails anyway (the disk filled
up meanwhile, the folder became read-only, a quota) becomes a UserError naming the folder, not a
traceback: the run's completed checkpoints are untouched, since every write is atomic and a
checkpoint counts only once its marker exists.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from desktop_ft.core.errors import UserError

MARGIN_BYTES = 64 * 2 ** 20  # config, manifest, metrics, tokenizer files, file-system slack
# Optimizer state bytes per trainable parameter (as the estimator counts them).
OPTIMIZER_STATE_BYTES = {"adamw": 8, "adamw-8bit": 2, "paged-adamw-8bit": 2, "sgd": 0}
WRITE_ERRNOS = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
                errno.EROFS: "the folder is on a read-only file system",
                errno.EACCES: "the folder is not writable", errno.EPERM: "writing is not allowed"}


def human_bytes(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if abs(n) < 1000 or unit == "TB":
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1000
    return f"{n:,.1f} TB"  # pragma: no cover


def free_bytes(folder: Path) -> int:
    """Free space for the file system that holds `folder` (or its nearest existing parent)."""
    path = Path(folder).resolve()
    while not path.exists() and path != path.parent:
        path = path.parent
    return shutil.disk_usage(path).free


def run_disk_bytes(trainable: int, total: int, *, full: bool, merge: bool,
                   optimizer: str = "adamw", keep_checkpoints: int = 2) -> int:
    """Disk a training run needs at its fullest: `keep_checkpoints + 1` checkpoints (a new one is
    sealed before the oldest is deleted), each fp32 trainable weights plus optimizer state, the
    final adapter (or model), and the merged fp32 model if asked."""
    state = OPTIMIZER_STATE_BYTES.get(optimizer, 8)
    checkpoint = trainable * (4 + state)
    final = (total if full else trainable) * 4
    merged = total * 4 if merge and not full else 0
    return (keep_checkpoints + 1) * checkpoint + final + merged + MARGIN_BYTES


def check_free_space(folder: Path, needed: int, what: str) -> None:
    """UserError when the disk under `folder` has less than `needed` bytes free."""
    free = free_bytes(folder)
    if free < needed:
        raise UserError(
            f"not enough free disk space for {what}: about {human_bytes(needed)} needed, "
            f"{human_bytes(free)} free", where=str(folder),
            hint="free some space, or set DESKTOP_FT_HOME to a folder on a larger disk",
            key="preflight.disk_space",
            params={"needed": needed, "free": free})


def check_writable(folder: Path) -> None:
    """UserError when `folder` cannot take a new file (read-only, no permission, full)."""
    probe = Path(folder) / ".desktop-ft-write-test"
    try:
        with open(probe, "wb") as handle:
            handle.write(b"ok")
        probe.unlink()
    except OSError as exc:
        raise write_error(exc, folder) or UserError(
            f"cannot write to the folder ({exc.strerror})", where=str(folder),
            hint="choose a writable folder with DESKTOP_FT_HOME", key="preflight.write") from exc


def write_error(exc: BaseException, folder: Path) -> UserError | None:
    """A write that failed for a reason the user can fix, as a UserError; else None (a bug)."""
    if not isinstance(exc, OSError) or exc.errno not in WRITE_ERRNOS:
        return None
    where = exc.filename if isinstance(exc.filename, str) else str(folder)
    return UserError(f"cannot write to the run folder: {WRITE_ERRNOS[exc.errno]}", where=where,
                     hint="free disk space or make the folder writable, then continue with "
                          f"'desktop-ft train --resume {folder}' (completed checkpoints are "
                          "kept)", key="preflight.write_failed")
