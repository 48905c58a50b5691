"""Numbers as the user's locale writes them (decimal separators, sizes, durations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def data_size(n_bytes: int) -> str:
    return QLocale().formattedDataSize(n_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def number(value: float | int | None, decimals: int = 4) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def duration(seconds: float | None) -> str:
    """`1:05:09`, `5:09` or `9 s`: short enough for a progress bar."""
    if seconds is None or seconds != seconds or seconds < 0:
        return "–"
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    if minutes:
        return f"{minutes}:{secs:02d}"
    return QCoreApplication.translate("format", "{0} s").format(secs)


def method_name(method: str) -> str:
    """How a technique is written in prose (LoRA, not LORA)."""
    names = {"lora": "LoRA", "dora": "DoRA",
             "full": QCoreApplication.translate("format", "full fine-tuning")}
    return names.get(method, method)
