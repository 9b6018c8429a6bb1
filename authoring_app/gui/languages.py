"""Names of handbook languages as the UI shows them ("Missing in Russian"), translated like the rest."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

_CONTEXT = "LanguageNames"

# The languages handbooks are written in (DESIGN.md). Spelled out rather than taken from QLocale so that
# lupdate extracts them and each UI translation names them in its own language; translated when asked for,
# after the translators are installed.
_KNOWN = {
    "bg": QT_TRANSLATE_NOOP("LanguageNames", "Bulgarian"),
    "ru": QT_TRANSLATE_NOOP("LanguageNames", "Russian"),
    "en": QT_TRANSLATE_NOOP("LanguageNames", "English"),
    "kk": QT_TRANSLATE_NOOP("LanguageNames", "Kazakh"),
    "ky": QT_TRANSLATE_NOOP("LanguageNames", "Kyrgyz"),
    "tg": QT_TRANSLATE_NOOP("LanguageNames", "Tajik"),
    "tk": QT_TRANSLATE_NOOP("LanguageNames", "Turkmen"),
    "uz": QT_TRANSLATE_NOOP("LanguageNames", "Uzbek"),
}


def language_name(code: str) -> str:
    """The UI name of a language: translated for known ones, else Qt's English name, else the code."""
    if code in _KNOWN:
        return QCoreApplication.translate(_CONTEXT, _KNOWN[code])
    language = QLocale(code).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(language)
