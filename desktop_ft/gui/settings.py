"""QSettings with every default declared once, so a fresh profile and a reset one agree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "DesktopFT"
APPLICATION = "Desktop FT"

#: key -> default value; the default's type is the type the value is read back as.
DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/page": "hardware",
    "ui/theme": "light",
    "ui/language": "",  # empty until the first start picks the system's (gui/i18n.py)
    "train/config_path": "",
    "train/last_run": "",
}


class Settings:
    """Typed access to QSettings: an unknown key is a bug, a missing value is its default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self.store.value(key, default)
        if value is None:
            return default
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray(value)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        try:
            return type(default)(value)
        except (TypeError, ValueError):
            return default

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self.store.setValue(key, value)

    def sync(self) -> None:
        self.store.sync()
