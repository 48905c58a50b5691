"""Qt offscreen, and no test touches the user's settings or runs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings

# The offscreen platform plugin warns once per window with a menu bar; it is not our bug and
# would fail every test under qt_log_level_fail = WARNING.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path, monkeypatch):
    """Settings and runs in a temporary folder, for this process and for subprocesses."""
    home = tmp_path / "home"
    config = tmp_path / "config"
    monkeypatch.setenv("DESKTOP_FT_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    # A test that fails with a job running must not hang on the quit question at teardown.
    from desktop_ft.gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "confirm_stop", lambda self: True)
    yield home
    from desktop_ft.gui import job_runner

    job_runner.stop_all()
    assert job_runner.wait_all(30_000), "a job thread outlived its test"
