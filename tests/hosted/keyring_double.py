"""A TEST DOUBLE of the OS keyring: a `keyring` backend that keeps passwords in a JSON file
named by $DESKTOP_FT_TEST_KEYRING, so a CLI child process sees what the test stored. Selected
with PYTHON_KEYRING_BACKEND=keyring_double.FileKeyring (this folder on PYTHONPATH) or
keyring.set_keyring(FileKeyring()). Tests only: it is plain text on purpose."""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:  # type: ignore[override]
        """Viable only while a test names its file: keyring picks the best viable backend among
        every subclass it has seen, so an always-viable double would become the default of the
        whole test session once imported."""
        if "DESKTOP_FT_TEST_KEYRING" not in os.environ:
            raise RuntimeError("the keyring test double is off (no DESKTOP_FT_TEST_KEYRING)")
        return 1

    def _path(self) -> Path:
        return Path(os.environ["DESKTOP_FT_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data))
