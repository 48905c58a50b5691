"""Linux desktop integration files validate, agree with each other and with the app, and the
rendered icons match their SVG source."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_ft import __version__
from desktop_ft.gui.app import DESKTOP_ID

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"


def validate(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install desktop-file-utils appstream; "
                    ".ci/run installs both)")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)


def test_the_desktop_entry_validates() -> None:
    result = validate("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    # desktop-file-validate exits 0 on hints too; we keep it free of those as well
    assert result.stdout.strip() == "", result.stdout


def test_the_metainfo_validates() -> None:
    result = validate("appstreamcli", "validate", "--no-net", "--explain", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_the_files_agree_with_each_other_and_with_the_app() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == DESKTOP_ID
    assert section["Exec"].split()[0] == "desktop-ft" == section["TryExec"]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("provides/binary").text == "desktop-ft"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__, "add a <release> for the new version to the metainfo"
    assert root.find("content_rating").get("type") == "oars-1.1"
    # Screenshots are the README's, served from the repository: each must exist in docs/.
    shots = [s.findtext("image") for s in root.iter("screenshot")]
    assert shots and all((REPO / "docs" / url.rsplit("/docs/", 1)[1]).is_file()
                         for url in shots)


def load_render_icons():
    spec = importlib.util.spec_from_file_location("render_icons",
                                                  REPO / "tools" / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_rendered_icons_match_the_svg(qapp) -> None:
    from PySide6.QtGui import QImage

    render = load_render_icons()
    for size in render.SIZES:
        committed = QImage(str(render.PNG_DIR / render.png_name(size)))
        fresh = QImage.fromData(render.render_png(render.SOURCE, size))
        assert committed.size() == fresh.size() and committed.width() == size
        committed = committed.convertToFormat(QImage.Format.Format_RGBA8888)
        fresh = fresh.convertToFormat(QImage.Format.Format_RGBA8888)
        worst = max(abs(a - b) for a, b in zip(committed.constBits().tobytes(),
                                               fresh.constBits().tobytes(), strict=True))
        assert worst <= 16, f"{size}px icon is stale: run python tools/render_icons.py"
    # The .ico and .icns hold every size they can (PNG entries), not just one.
    ico = render.ICO.read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(render.ICO_SIZES))
    sides = [ico[6 + 16 * i] or 256 for i in range(len(render.ICO_SIZES))]
    assert sides == list(render.ICO_SIZES)
    icns = render.ICNS.read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, offset = [], 8
    while offset < len(icns):
        kinds.append(icns[offset:offset + 4])
        offset += struct.unpack(">I", icns[offset + 4:offset + 8])[0]
    assert kinds == [kind for kind, _ in render.ICNS_TYPES]
