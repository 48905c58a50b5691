"""The app's language: Qt translators for our strings and for Qt's own, switched live.

Our translations are Qt Linguist files: `i18n/desktop_ft_<code>.ts` in the source tree (kept
current by `make i18n`), compiled to `desktop_ft_<code>.qm` in resources/translations/, which
ships inside the package as `desktop_ft.resources` (committed, so a fresh clone and `pip install
-e .` work without Qt's tools). English has a file too: only its plural forms ("1 step").
Qt's own strings (standard buttons, file dialogs) come from Qt's `qtbase_<code>.qm` where Qt
ships one (Czech and Swedish today); elsewhere they stay English.

Codes are the app's, one per language, used in file names, settings and the scenario matrix:
`tl` is Tagalog (Qt's QLocale calls it Filipino, `fil`), `sr` is Serbian in Latin script, like the
cookbook's Serbian translation. Installing a translator makes Qt send every widget a
LanguageChange event; pages answer it with `retranslate_ui()` (pages/base.py), so switching
needs no restart.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from desktop_ft.core.resources import resource_path

if TYPE_CHECKING:
    from desktop_ft.gui.settings import Settings

SOURCE_LANGUAGE = "en"

#: code -> the language's name in itself, as the Language menu shows it (never translated: a
#: user lost in a language they cannot read still finds their own).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "cs": "Čeština",
    "sr": "Srpski (latinica)",
    "sv": "Svenska",
    "el": "Ελληνικά",
    "tl": "Tagalog",
}
LANGUAGES = tuple(LANGUAGE_NAMES)
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)

# QLocale's names for our codes: numbers, dates and sizes follow the chosen language.
_LOCALE_LANGUAGE = {"en": QLocale.Language.English, "cs": QLocale.Language.Czech,
                    "sr": QLocale.Language.Serbian, "sv": QLocale.Language.Swedish,
                    "el": QLocale.Language.Greek, "tl": QLocale.Language.Filipino}
_DEFAULT_TERRITORY = {"en": QLocale.Country.UnitedStates, "cs": QLocale.Country.CzechRepublic,
                      "sr": QLocale.Country.Serbia, "sv": QLocale.Country.Sweden,
                      "el": QLocale.Country.Greece, "tl": QLocale.Country.Philippines}
# Other spellings of our languages in system locales (BCP 47 / POSIX first parts).
_ALIASES = {"fil": "tl", "sh": "sr"}

#: Qt's standard button texts (message boxes, dialogs). Qt translates them only where it ships a
#: qtbase_<code>.qm; ours cover Greek, Serbian and Tagalog too (for Czech and Swedish Qt's own,
#: installed after ours, is asked first).
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
)

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def qm_path(code: str) -> Path:
    """Where the compiled translation of `code` ships."""
    return resource_path("translations", f"desktop_ft_{code}.qm")


def language_of(locale: QLocale) -> str:
    """Our code for a locale's UI languages (first match wins), English when none matches."""
    for name in [*locale.uiLanguages(), locale.name()]:
        first = name.replace("-", "_").split("_")[0].lower()
        code = _ALIASES.get(first, first)
        if code in LANGUAGE_NAMES:
            return code
    return SOURCE_LANGUAGE


def system_language() -> str:
    return language_of(QLocale.system())


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale that formats numbers and dates for `code`.

    The system's own locale when it speaks the same language (an en_GB or sv_FI user keeps
    their region's conventions); otherwise the language's main territory. Serbian is always
    Latin script, like the interface.
    """
    system = system if system is not None else QLocale.system()
    language = _LOCALE_LANGUAGE[code]
    script = QLocale.Script.LatinScript if code == "sr" else QLocale.Script.AnyScript
    if system.language() == language:
        return QLocale(language, script, system.territory())
    return QLocale(language, script, _DEFAULT_TERRITORY[code])


def current_language() -> str:
    return _current


def set_language(code: str) -> str:
    """Install the translators of `code` (an unknown code means English); returns the code used.

    Qt then posts LanguageChange to every window: widgets retranslate when it is delivered.
    """
    global _current
    code = code if code in LANGUAGE_NAMES else SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    remove_translators()
    locale = locale_for(code)
    QLocale.setDefault(locale)
    if app is not None:
        ours = QTranslator(app)  # for English: only the plural forms ("1 step", "2 steps")
        if ours.load(str(qm_path(code))):
            _installed.append(ours)
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if code != SOURCE_LANGUAGE and qt_base.load(locale, "qtbase", "_", qt_dir):
            _installed.append(qt_base)
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
    _current = code
    return code


def remove_translators() -> None:
    """Back to the untranslated source strings (tests that switch language clean up with it)."""
    global _current
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = SOURCE_LANGUAGE


def chosen_language(settings: Settings) -> str:
    """The saved choice; on first start the system's language, which is then remembered."""
    saved = settings.get("ui/language")
    if saved in LANGUAGE_NAMES:
        return saved
    code = system_language()
    settings.set("ui/language", code)
    return code
