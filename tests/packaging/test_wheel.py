"""`pip install desktop-ft` from the built wheel: its files, not the source tree's, must work.

The wheel is built by `make wheel` from a copy of the tree (so no build/ or egg-info lands in
the checkout), installed with `pip install --no-deps --target`, and started from another folder
with only that target on PYTHONPATH: torch, Qt and the other dependencies come from this venv,
everything of ours from the installed wheel (the test checks where each import came from).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
NOT_SOURCE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "__pycache__", "*.egg-info",
                                    ".pytest_cache", ".ruff_cache", ".desktop-ft-home", ".whl",
                                    ".gl", "*.tmp")
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def run(cmd: list[str], timeout: float, **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True,
                            timeout=timeout, **kwargs)
    assert result.returncode == 0, f"{cmd}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(the wheel, the folder it is installed in, the source it was built from)."""
    if shutil.which("make") is None:
        pytest.skip("needs make")
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(REPO, source, ignore=NOT_SOURCE)
    venv = Path(sys.executable).parent.parent
    # -o: this venv is installed already (the test runs in it); only build the wheel.
    run(["make", "-C", source, f"VENV={venv}", "-o", venv / "bin" / ".installed", "wheel",
         f"DIST={tmp / 'dist'}"], timeout=300)
    (wheel,) = (tmp / "dist").glob("desktop_ft-*.whl")
    target = tmp / "installed"
    run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--target", target, wheel], timeout=120)
    return wheel, target, source


def installed_env(target: Path, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "DESKTOP_FT"))}
    env.update(PYTHONPATH=str(target), DESKTOP_FT_HOME=str(home / "ft"),
               XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen",
               LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="")
    return env


def test_the_wheel_holds_every_resource_and_compiled_translation(built) -> None:
    wheel, _, source = built
    names = set(zipfile.ZipFile(wheel).namelist())
    data = [p for p in (source / "resources").rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc", ".tmp")
            and "__pycache__" not in p.parts]
    assert len(data) >= 10
    missing = [str(p.relative_to(source)) for p in data
               if f"desktop_ft/resources/{p.relative_to(source / 'resources').as_posix()}"
               not in names]
    assert missing == [], "resources/ files the wheel lacks: add them to package-data"
    for ts in (source / "i18n").glob("desktop_ft_*.ts"):
        qm = f"desktop_ft/resources/translations/{ts.stem}.qm"
        assert qm in names, f"{ts.name} has no compiled {qm} in the wheel"
        assert zipfile.ZipFile(wheel).read(qm)[:16] == QM_MAGIC
    icons = {n for n in names if n.startswith("desktop_ft/resources/icons/desktop-ft-")}
    assert {f"desktop_ft/resources/icons/desktop-ft-{s}.png" for s in (16, 48, 256, 512)} <= icons
    assert not any(n.startswith(("tests/", "desktop_ft/tests", "resources/")) for n in names)


def a_finished_translation(ts: Path) -> tuple[str, str, str] | None:
    """(context, source, translation) of one finished, singular message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if (message.get("numerus") != "yes" and translation is not None
                    and translation.get("type") is None and translation.text):
                return context.findtext("name"), message.findtext("source"), translation.text
    return None


def test_the_installed_app_starts_and_reads_its_data(built, tmp_path: Path) -> None:
    _, target, source = built
    env = installed_env(target, tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # The console script pip wrote runs the CLI from the installed package.
    hardware = run([target / "bin" / "desktop-ft", "hardware", "--json"], timeout=180,
                   env=env, cwd=elsewhere)
    assert json.loads(hardware.stdout)["memory_bytes"] > 0
    assert (target / "bin" / "desktop-ft-gui").is_file()

    probes = {}
    for ts in sorted((source / "i18n").glob("desktop_ft_*.ts")):
        found = a_finished_translation(ts)
        if found is not None:
            probes[ts.stem.rpartition("_")[2]] = found
    assert probes, "no finished translation to check the installed .qm files with"
    script = textwrap.dedent("""
        import json, sys
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication
        import desktop_ft
        from desktop_ft.core import resources
        from desktop_ft.gui import app as gui_app, i18n

        probes = json.loads(sys.argv[1])
        code = gui_app.main([])  # the real start: window, pages, event loop; quits itself
        application = QApplication.instance()
        translated = {}
        for lang, (context, source, expected) in probes.items():
            i18n.set_language(lang)
            translated[lang] = QCoreApplication.translate(context, source) == expected
        sample = resources.sample_path("houseplants-chat.jsonl")
        print(json.dumps({
            "exit": code, "package": desktop_ft.__file__, "sample": str(sample),
            "sample_lines": len(sample.read_text(encoding="utf-8").splitlines()),
            "demo_config": resources.DEMO_CONFIG.is_file(),
            "icon_sizes": sorted(s.width() for s in application.windowIcon().availableSizes()),
            "windows": [w.windowTitle() for w in QApplication.topLevelWidgets()
                        if w.inherits("QMainWindow")],
            "qm": {c: i18n.qm_path(c).is_file() for c in i18n.TRANSLATED},
            "translated": translated}))
    """)
    env["DESKTOP_FT_SMOKE_QUIT_MS"] = "1500"
    result = run([sys.executable, "-c", script, json.dumps(probes)], timeout=180, env=env,
                 cwd=elsewhere)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["exit"] == 0
    assert report["package"].startswith(str(target)), "imported the source tree, not the wheel"
    assert report["sample"].startswith(str(target)) and report["sample_lines"] > 10
    assert report["demo_config"]
    assert {16, 32, 256} <= set(report["icon_sizes"])
    assert report["windows"] and all("Desktop FT" in title for title in report["windows"])
    assert report["qm"] and all(report["qm"].values())
    assert report["translated"] == {lang: True for lang in probes}
