"""Fixtures for hosted fine-tuning: the service test double and the keyring test double."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from fake_service import FakeService
from hosted_helpers import KEY_ENV, PLANTED_KEY
from keyring_double import FileKeyring


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A file-backed keyring for this test (and its child processes), no key in the env."""
    path = tmp_path / "keyring.json"
    previous = keyring.get_keyring()  # before the double is switched on (see keyring_double)
    monkeypatch.setenv("DESKTOP_FT_TEST_KEYRING", str(path))
    for name in KEY_ENV:
        monkeypatch.delenv(name, raising=False)
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(previous)


@pytest.fixture()
def service() -> Iterator[FakeService]:
    fake = FakeService(api_key=PLANTED_KEY).start()
    yield fake
    fake.stop()
