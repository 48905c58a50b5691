"""The translation files are complete, current and compiled, and no visible text bypasses tr().

`make i18n` regenerates i18n/*.ts from the GUI sources with pyside6-lupdate and compiles them
into the shipped .qm files; these tests fail when someone adds a string without running it,
leaves an entry untranslated, or passes a literal to a widget instead of a tr() call.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_ft.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "i18n"
GUI = ROOT / "desktop_ft" / "gui"
# The language attribute lupdate keeps in each file: Serbian is Latin script, Tagalog is `tl`
# (lupdate's guess from the file name would be fil_PH and Cyrillic sr_RS).
TS_LANGUAGE = {"en": "en", "cs": "cs", "sr": "sr_Latn", "sv": "sv", "el": "el", "tl": "tl"}
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%L?n")
MNEMONIC = re.compile(r"(?<!&)&(?![\s&]|[a-z]+;)")  # "&Open", not "a & b", "&&" or "&nbsp;"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found (it comes with PySide6-Essentials)")
    return found


def ts_path(code: str) -> Path:
    return TS_DIR / f"desktop_ft_{code}.ts"


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> <message> of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = message
    return found


def gui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in GUI.rglob("*.py"))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str, str], ET.Element]:
    """What lupdate finds in the sources now, in a fresh file."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh_cs.ts"
    subprocess.run([tool("pyside6-lupdate"), *gui_sources(), "-locations", "none",
                    "-target-language", "cs", "-ts", str(out)],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    return messages(out)


def test_ts_files_exist_for_every_language_with_the_chosen_codes():
    assert set(i18n.LANGUAGES) == set(TS_LANGUAGE)
    for code, language in TS_LANGUAGE.items():
        assert ET.parse(ts_path(code)).getroot().get("language") == language, code
    assert i18n.LANGUAGE_NAMES["tl"] == "Tagalog"


@pytest.mark.parametrize("code", i18n.TRANSLATED)
def test_every_entry_is_translated_and_current(code, extracted):
    found = messages(ts_path(code))
    missing = sorted(set(extracted) - set(found))
    stale = sorted(set(found) - set(extracted))
    assert not missing, f"run `make i18n`: {len(missing)} new strings, e.g. {missing[:3]}"
    assert not stale, f"run `make i18n`: {len(stale)} strings no longer in the code: {stale[:3]}"
    problems = []
    for (context, source, _), message in found.items():
        translation = message.find("translation")
        kind = translation.get("type")
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if kind in ("unfinished", "obsolete", "vanished") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
                problems.append(f"{context}: {source!r} -> {text!r}: shortcut & differs")
    assert not problems, "\n".join(problems[:20])


def test_english_plural_forms_are_current_and_finished(extracted):
    plural = {k for k, m in extracted.items() if m.get("numerus") == "yes"}
    found = messages(ts_path("en"))
    assert set(found) == plural, "run `make i18n`"
    for key, message in found.items():
        forms = [f.text for f in message.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all(forms), key


def test_shipped_qm_files_are_compiled_from_the_ts_files(tmp_path):
    for code in i18n.LANGUAGES:
        fresh = tmp_path / f"{code}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(code)), "-qm",
                        str(fresh)], check=True, capture_output=True, timeout=60)
        shipped = i18n.qm_path(code)
        assert shipped.is_file(), f"{shipped} missing: run `make i18n`"
        assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped} is stale: `make i18n`"


# --- visible strings that bypass tr() ----------------------------------------------------------
# Methods and constructors whose string arguments the user sees.
TEXT_METHODS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setWindowTitle", "setTitle", "setAccessibleName", "setAccessibleDescription",
    "showMessage", "setFormat", "setSuffix", "setPrefix", "setSpecialValueText",
    "setInformativeText", "setDetailedText", "setPlainText", "setTabText", "setTabToolTip",
    "setItemText", "setHeaderLabel", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "addTab", "insertTab", "addAction", "addMenu", "addRow",
    "set_heading", "setLabel", "setWindowIconText",
}
# Only their first string argument is text: the second is item data (a key).
FIRST_ONLY = {"addItem", "insertItem"}
WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QCommandLinkButton", "QAction", "QMessageBox", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "QMenu", "QDockWidget",
}
NOT_TEXT = {"left", "right", "top", "bottom"}  # pyqtgraph axis names (setLabel's first argument)
# Not prose: markup, and single tokens such as URLs, paths, model ids and versions.
MARKUP = re.compile(r"<[^>]*>")
TOKEN = re.compile(r"^[\w.:/<>@+-]*[\d./:<>][\w.:/<>@+-]*$")
ESCAPE = "i18n: not translated"


def _prose(text: str) -> bool:
    text = MARKUP.sub("", text).strip()
    return (text not in NOT_TEXT and not TOKEN.match(text)
            and any(ch.isalpha() for ch in text))


def _visible(node: ast.AST) -> bool:
    """A string literal (or f-string, or literal.format()) that contains words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _prose(node.value)
    if isinstance(node, ast.JoinedStr):  # interpolations count as neither words nor markup
        return _prose("".join(p.value for p in node.values if isinstance(p, ast.Constant)))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _visible(node.func.value)
    if isinstance(node, ast.BinOp):
        return _visible(node.left) or _visible(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_visible(e) for e in node.elts)
    if isinstance(node, ast.IfExp):
        return _visible(node.body) or _visible(node.orelse)
    return False


def untranslated_literals(source: str, filename: str) -> list[str]:
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TEXT_METHODS or name in WIDGETS:
            args = [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "title"))]
        elif name in FIRST_ONLY:
            args = node.args[:1]
        else:
            continue
        if any(_visible(a) for a in args) and ESCAPE not in lines[node.lineno - 1]:
            found.append(f"{filename}:{node.lineno}: {lines[node.lineno - 1].strip()}")
    return found


def test_the_scanner_catches_literals_and_accepts_tr():
    bad = 'label.setText("Hello")\nQPushButton(f"Run {n}", self)\nb.setToolTip("A {0}".format(x))'
    assert len(untranslated_literals(bad, "bad.py")) == 3
    good = ('label.setText(self.tr("Hello"))\nw.setLabel("bottom", self.tr("step"))\n'
            'combo.addItem(self.tr("LoRA rank"), "rank")\nitem.setText(1, f"{n}")\n'
            'QLabel("LoRA", self)  # i18n: not translated (a name)\n'
            'w.setPlaceholderText("https://<resource>.example.com")\n'
            """w.setText(f'<b style="color:{c}">' + self.tr("Verdict") + "</b>")\n""")
    assert untranslated_literals(good, "good.py") == []


def test_no_visible_string_literal_bypasses_tr():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        found += untranslated_literals(path.read_text(encoding="utf-8"),
                                       str(path.relative_to(ROOT)))
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(
        found)
