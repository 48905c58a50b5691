"""Six languages, switched live in the real window; locale formats; messages made outside Qt."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QTabWidget

from desktop_ft.core import catalog, hardware, matrix, recommend
from desktop_ft.core import config as cfg
from desktop_ft.core.errors import UserError
from desktop_ft.core.events import Failed
from desktop_ft.core.resources import DEMO_CONFIG
from desktop_ft.data import report
from desktop_ft.gui import dialogs, i18n, messages
from desktop_ft.gui.main_window import PAGE_KEYS, MainWindow
from desktop_ft.gui.pages import hardware as hardware_page
from desktop_ft.gui.settings import Settings
from desktop_ft.gui.widgets.format import data_size, number

PROFILES = Path(__file__).parents[1] / "core" / "profiles"
MNEMONIC = re.compile(r"(?<!&)&([^\s&])")
LANGUAGES = ("en", "cs", "sr", "sv", "el", "tl")

# A few strings per page as i18n/*.ts translates them, in LANGUAGES order.
KNOWN = {
    "file menu": ("&File", "&Soubor", "&Datoteka", "&Arkiv", "&Αρχείο", "&File"),
    "hardware heading": ("Hardware", "Hardware", "Hardver", "Hårdvara", "Υλικό", "Hardware"),
    "hardware tree": ("Item", "Položka", "Stavka", "Objekt", "Στοιχείο", "Item"),
    "plan sidebar": ("Plan", "Plán", "Plan", "Plan", "Σχέδιο", "Plano"),
    "plan header": ("Technique", "Technika", "Tehnika", "Teknik", "Τεχνική", "Teknik"),
    "matrix yes": ("Yes", "Ano", "Da", "Ja", "Ναι", "Oo"),
    "train start": ("&Start", "&Spustit", "&Pokreni", "&Starta", "&Έναρξη", "&Simulan"),
    "train ready": ("Ready:", "Připraveno:", "Spremno:", "Klart:", "Έτοιμο:", "Handa na:"),
    "copy": ("Copy", "Kopírovat", "Kopiraj", "Kopiera", "Αντιγραφή", "Kopyahin"),
}


def fake_detect(request, emit, stop):
    return {"available": False}


@pytest.fixture(autouse=True)
def back_to_untranslated(monkeypatch):
    """Other tests expect the source strings and the default locale: restore both."""
    monkeypatch.setattr(hardware_page, "default_job", lambda target, **_: fake_detect)
    saved = QLocale()
    yield
    i18n.remove_translators()
    QLocale.setDefault(saved)


def deliver_language_change() -> None:
    for _ in range(2):  # posted to each window, then sent down its widget tree
        QCoreApplication.processEvents()


def make_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.plan_page.set_profile(hardware.load(PROFILES / "gpu-24gb.json"))
    window.show()
    qtbot.waitExposed(window)
    return window


def visible_texts(window: MainWindow) -> dict[str, str]:
    """Static texts of every page (headings, intros, labels, buttons, tabs) and the menus."""
    texts = {f"menu {i}": a.text() for i, a in enumerate(window.menuBar().actions())}
    for key in PAGE_KEYS:
        page = window.page(key)
        texts[f"{key} heading"] = page.heading.text()
        texts[f"{key} intro"] = page.intro.text()
        for i, button in enumerate(page.findChildren(QAbstractButton)):
            texts[f"{key} button {i}"] = button.text()
        for i, tabs in enumerate(page.findChildren(QTabWidget)):
            for t in range(tabs.count()):
                texts[f"{key} tab {i}.{t}"] = tabs.tabText(t)
        for i, label in enumerate(page.findChildren(QLabel)):
            if label.buddy() is not None:  # form labels: static by construction
                texts[f"{key} label {i}"] = label.text()
    return texts


def shortcut_clashes(window: MainWindow) -> dict[str, int]:
    """Per page: how many Alt+letter shortcuts two of its buttons or labels share."""
    clashes = {}
    for key in PAGE_KEYS:
        page = window.page(key)
        letters: list[str] = []
        for widget in [*page.findChildren(QAbstractButton),
                       *(label for label in page.findChildren(QLabel) if label.buddy())]:
            found = MNEMONIC.search(widget.text())
            if found:
                letters.append(found.group(1).lower())
        clashes[key] = len(letters) - len(set(letters))
    return clashes


def test_switching_live_translates_every_page(qtbot):
    window = make_window(qtbot)
    english = visible_texts(window)
    english_clashes = shortcut_clashes(window)
    assert english == visible_texts(make_window(qtbot))
    for index, code in enumerate(LANGUAGES):
        window.set_language(code)
        deliver_language_change()
        seen = {
            "file menu": window.file_menu.title(),
            "hardware heading": window.hardware_page.heading.text(),
            "hardware tree": window.hardware_page.tree.headerItem().text(0),
            "plan sidebar": window.sidebar.item(PAGE_KEYS.index("plan")).text(),
            "plan header": window.plan_page.table.horizontalHeaderItem(1).text(),
            "matrix yes": window.plan_page.matrix_table.item(0, 2).text(),
            "train start": window.train_page.start_button.text(),
            "train ready": window.train_page.status.text().split(" ")[0],
            "copy": window.train_page.command.copy_button.text(),
        }
        expected = {name: texts[index] for name, texts in KNOWN.items()}
        if code == "tl":
            seen["train ready"] = " ".join(window.train_page.status.text().split(" ")[:2])
        assert seen == expected, code
        # the scenario matrix in the cookbook translators' own words (core/matrix.py)
        assert window.plan_page.matrix_table.item(0, 1).text() == matrix.row("adapt").labels[code]
        assert window.plan_page.scenario.itemText(0) == matrix.row("adapt").labels[code]
        # a translation may not make two shortcuts of a page the same key
        worse = {k: n for k, n in shortcut_clashes(window).items() if n > english_clashes[k]}
        assert worse == {}, code
        assert window.language_actions[code].isChecked()
        assert window.settings.get("ui/language") == code
    # every page, every static text: a live switch shows what a fresh start in that language
    # shows (a page that forgets a text in retranslate_ui keeps it in the old language)
    for code in ("cs", "el"):
        window.set_language(code)
        deliver_language_change()
        live = visible_texts(window)
        fresh = visible_texts(make_window(qtbot))
        assert {k: (v, fresh.get(k)) for k, v in live.items() if fresh.get(k) != v} == {}, code
        assert live != english


def test_numbers_and_sizes_follow_the_language():
    i18n.set_language("cs")
    czech = QLocale(QLocale.Language.Czech, QLocale.Country.CzechRepublic)
    assert number(1234.5, 1) == czech.toString(1234.5, "f", 1)
    assert "," in number(1234.5, 1)
    i18n.set_language("sr")
    assert number(1234.5, 1) == "1.234,5"
    assert QLocale().script() == QLocale.Script.LatinScript  # Serbian in Latin, like the UI
    i18n.set_language("el")
    assert data_size(3 * 2**30) == QLocale(QLocale.Language.Greek).formattedDataSize(
        3 * 2**30, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    i18n.set_language("en")
    assert number(1234.5, 1) == "1,234.5"


def test_language_codes_from_system_locales():
    assert i18n.language_of(QLocale("fil_PH")) == "tl"
    assert i18n.language_of(QLocale("sr_Cyrl_RS")) == "sr"
    assert i18n.language_of(QLocale("sv_FI")) == "sv"
    assert i18n.language_of(QLocale("de_DE")) == "en"
    assert i18n.locale_for("sv", QLocale("sv_FI")).territory() == QLocale.Country.Finland
    assert i18n.locale_for("sr", QLocale("sr_Cyrl_RS")).script() == QLocale.Script.LatinScript


def test_first_start_takes_the_system_language_then_remembers_the_choice(tmp_path):
    """Real start-ups in child processes: the system locale comes from LANG there."""
    script = textwrap.dedent("""
        from desktop_ft.gui.app import create_app
        from desktop_ft.gui import i18n
        from desktop_ft.gui.settings import Settings
        app = create_app([])
        print(i18n.current_language(), Settings().get("ui/language"),
              app.translate("MainWindow", "&File"))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}

    def start(lang: str) -> str:
        env.update(LANG=lang, LC_ALL=lang, LANGUAGE="")
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout.split("\n")[-2]

    assert start("el_GR.UTF-8") == "el el &Αρχείο"
    assert start("C.UTF-8") == "el el &Αρχείο"  # remembered, whatever the system says now


def test_user_errors_from_core_are_shown_in_the_chosen_language(tmp_path, qtbot):
    bad = tmp_path / "bad.yaml"
    bad.write_text(DEMO_CONFIG.read_text(encoding="utf-8") + "bogus_setting: 1\n",
                   encoding="utf-8")
    with pytest.raises(UserError) as unknown:
        cfg.load(bad)
    with pytest.raises(UserError) as missing:
        cfg.load(tmp_path / "nowhere.yaml")
    unknown, missing = unknown.value, missing.value
    assert unknown.key == "config.unknown_key"

    i18n.set_language("en")
    assert messages.translate(unknown.message, unknown.key, unknown.params) == unknown.message
    assert messages.translate(missing.message, missing.key, missing.params) == missing.message

    i18n.set_language("cs")
    assert (messages.translate(unknown.message, unknown.key, unknown.params)
            == "neznámé nastavení 'bogus_setting'")
    assert messages.user_error_text(missing) == (
        f"{missing.where}: soubor konfigurace nebyl nalezen "
        "(zkontrolujte cestu, např. resources/examples/demo-lora.yaml)")
    # a message that no longer matches its template stays English rather than wrong
    assert messages.translate("unknown setting 'x' here", unknown.key, {"name": "x"}) == (
        "unknown setting 'x' here")

    # a message with values and no params, its where and its hint: by their English shape
    ranked = tmp_path / "rank.yaml"
    ranked.write_text(DEMO_CONFIG.read_text(encoding="utf-8").replace("rank: 16", "rank: 0"),
                      encoding="utf-8")
    with pytest.raises(UserError) as out_of_range:
        cfg.load(ranked)
    where = out_of_range.value.where
    assert where.startswith(str(ranked)) and where.endswith(": field 'lora.rank'")
    i18n.set_language("sv")
    assert messages.user_error_text(out_of_range.value) == (
        where.replace(": field ", ": fält ") + ": lora.rank = 0 är utanför intervallet: det "
        "måste vara >= 1 (sätt lora.rank till ett värde >= 1)")

    i18n.set_language("el")
    box = dialogs.show_failure(None, Failed(message=missing.message, where=missing.where,
                                            hint=missing.hint, user_error=True,
                                            key=missing.key, params=missing.params))
    try:
        assert box.windowTitle() == "Δεν είναι δυνατή η συνέχεια"
        assert box.text() == "το αρχείο διαμόρφωσης δεν βρέθηκε"
        assert "Τι να κάνετε: ελέγξτε τη διαδρομή" in box.informativeText()
        # Qt's own button, which Qt itself translates only for Czech and Swedish
        assert box.button(QMessageBox.StandardButton.Ok).text() == "Εντάξει"
    finally:
        box.close()


def test_every_recommendation_sentence_is_translated(qapp):
    """Reasons, advice and notes come from core in English; each has a translated shape."""
    i18n.set_language("cs")
    sentences = set()
    for profile in sorted(PROFILES.glob("*.json")):
        for model in ("demo", "phi-3-mini-4k", "llama-3.1-70b"):
            for goals in ([], ["lower-memory", "lower-cost"], ["data-parallel",
                                                               "fewer-parameters"]):
                doc = recommend.recommend(catalog.resolve(model), "chat", goals,
                                          hardware.load(profile), seq=4096)
                for plan in doc["plans"]:
                    sentences.update(plan["reasons"])
                sentences.update(doc["advice"])
                sentences.update(doc["notes"])
    assert len(sentences) > 50
    untranslated = sorted(s for s in sentences if messages.translate(s) == s)
    assert untranslated == [], f"add their shapes to gui/messages.py: {untranslated[:5]}"
    # values inside a sentence are translated too: matrix rows in the cookbook's own words
    sample = next(s for s in sentences if s.startswith("cookbook matrix:"))
    row = next(r for r in matrix.ROWS if f"'{r.label}'" in sample)
    assert f"'{row.labels['cs']}'" in messages.translate(sample)


def test_dataset_problems_are_translated(qapp, tmp_path):
    """The Data page's validation report: each problem's message, where and hint."""
    rows = [
        {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "a"}]},
        {"messages": [{"role": "user", "content": "hi"}, {"role": "user", "content": "b"}]},
        {"messages": [{"role": "assistant", "content": "hi"}]},
        {"messages": [{"role": "robot", "content": "hi"}, {"role": "assistant", "content": "a"}]},
        {"messages": [{"role": "user", "content": ""}, {"role": "assistant", "content": "a"}]},
        {"messages": "not a list"},
        {"messages": [{"role": "user", "content": 5}, {"role": "assistant", "content": "a"}]},
        {"messages": [{"role": "user", "content": "hi"}]},
        {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "a"}]},
    ]
    path = tmp_path / "chat.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    problems = report.inspect(path)["problems"]
    assert len(problems) == 8
    i18n.set_language("cs")
    for problem in problems:
        for text in (problem["message"], problem["hint"]):
            if text:
                assert messages.translate(text, problem.get("key", "")) != text, text
        assert ": pole '" in messages.translate(problem["where"]) or problem["kind"] != "invalid"


def test_settings_declare_the_language_once():
    assert Settings().get("ui/language") == ""  # empty: the first start decides
