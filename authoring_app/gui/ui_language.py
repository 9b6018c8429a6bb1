"""The language of the user interface: which one it is, and loading its translations at start-up.

The language is the one chosen in Preferences (the setting ``ui/language``; empty: follow the computer), else the
one IT staff set in the install folder's defaults file, else the computer's language, else English. Our own
texts come from ``authoring_app_<lang>.qm`` (built by ``packaging/translations.py build`` into
:func:`~authoring_app.core.paths.translations_dir`), Qt's own (standard buttons, file dialogs) from
``qtbase_<lang>.qm`` where Qt ships one. A missing file is never an error: those texts stay English.

``HANDBOOK_STUDIO_PSEUDO=1`` adds a pseudo-translation on top that stretches every text by about 40 %, to find
labels and buttons that clip when a translation is longer than the English.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from authoring_app.core.paths import translations_dir
from authoring_app.gui.settings import app_settings

#: QSettings key of the language chosen in Preferences; "" (or absent) follows the computer's language.
LANGUAGE_KEY = "ui/language"
#: Set to 1 to stretch every UI text (pseudo-localisation).
PSEUDO_ENV = "HANDBOOK_STUDIO_PSEUDO"
SOURCE_LANGUAGE = "en"
#: The UI languages, each named in its own language: that is how a reader finds theirs in a list.
UI_LANGUAGES = {
    "en": "English",
    "bg": "Български",
    "ru": "Русский",
    "kk": "Қазақша",
    "ky": "Кыргызча",
    "tg": "Тоҷикӣ",
    "tk": "Türkmençe",
    "uz": "Oʻzbekcha",
}


def saved_language() -> str:
    """The language chosen in Preferences, or "" to follow the computer."""
    value = app_settings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in UI_LANGUAGES else ""


def save_language(code: str) -> None:
    """Remember the UI language for the next start ("" follows the computer)."""
    app_settings().setValue(LANGUAGE_KEY, code if code in UI_LANGUAGES else "")


def _base_code(name: str) -> str:
    """``ru-RU``, ``uz_Latn_UZ``, ``kk`` → ``ru``, ``uz``, ``kk``."""
    return re.split(r"[-_.@]", name.strip().lower(), maxsplit=1)[0]


def resolve_language(choices: Sequence[str | None]) -> str:
    """The first of ``choices`` (codes or locale names, most wanted first) that the UI speaks, else English."""
    for choice in choices:
        if choice and _base_code(choice) in UI_LANGUAGES:
            return _base_code(choice)
    return SOURCE_LANGUAGE


def _install_default() -> str | None:
    from authoring_app.core.install_defaults import install_defaults

    return install_defaults().ui_language


def wanted_language() -> str:
    """The UI language for this start: Preferences, else the install folder's default, else the computer's."""
    return resolve_language([saved_language(), _install_default(), *QLocale.system().uiLanguages()])


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "") not in ("", "0")


@dataclass
class UiTranslation:
    """What :func:`install_translations` installed; :meth:`remove` takes it out again (tests switch languages)."""

    language: str
    #: The ``.qm`` files that loaded, e.g. ``["authoring_app_ru.qm", "qtbase_ru.qm"]``.
    loaded: list[str] = field(default_factory=list)
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)


def install_translations(language: str | None = None, *, pseudo: bool | None = None) -> UiTranslation:
    """Install the translators for ``language`` (default: :func:`wanted_language`) into the running application.

    Call it after the QApplication exists and before any window is made: widgets take their texts when they are
    built. Missing ``.qm`` files leave those texts in English; nothing here raises for them.
    """
    language = resolve_language([language]) if language else wanted_language()
    result = UiTranslation(language, previous_locale=QLocale())
    if language != SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(language))
        candidates = (
            (f"authoring_app_{language}", str(translations_dir())),
            (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        )
        for name, folder in candidates:
            translator = QTranslator(QCoreApplication.instance())
            if translator.load(name, folder) and QCoreApplication.installTranslator(translator):
                result.translators.append(translator)
                result.loaded.append(f"{name}.qm")
    if pseudo_enabled() if pseudo is None else pseudo:
        translator = PseudoTranslator(QCoreApplication.instance())
        QCoreApplication.installTranslator(translator)
        result.translators.append(translator)
    return result


# ---------------------------------------------------------------------------------------- pseudo-locale ---

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
#: What must reach Qt unchanged: ``{name}`` placeholders, ``%n``/``%1``, HTML tags and entities, ``&&``, the
#: letter after an accelerator ``&`` (so Alt+letter stays the same key) and a window title's ``[*]``.
_KEEP = re.compile(r"\{[^{}]*\}|%(?:n|L?\d+)|<[^<>]*>|&(?:#?\w+;|&|\w)|\[\*\]")
#: How much longer a pseudo-translated text is than its source: translations often are this much longer.
STRETCH = 0.4


def pseudo_translate(text: str) -> str:
    """``"&Save {file}"`` → ``"[&Såṽé {file} ~~~~~]"``: letters accented, about 40 % longer, bracketed so that a
    cut-off end shows; placeholders, ``%n``, accelerators and HTML tags are kept as they are."""
    if not text.strip():
        return text
    parts, position = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[position : match.start()].translate(_ACCENTED))
        parts.append(match.group())
        position = match.end()
    parts.append(text[position:].translate(_ACCENTED))
    padding = "~" * max(1, math.ceil(len(text) * STRETCH) - 2)
    return f"[{''.join(parts)} {padding}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with a stretched version of the English source text (see :func:`pseudo_translate`)."""

    #: Texts Qt reads as settings rather than shows: left alone.
    _NOT_TEXT = frozenset({"QT_LAYOUT_DIRECTION"})

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source or source in self._NOT_TEXT:
            return ""
        return pseudo_translate(source)

    def isEmpty(self) -> bool:
        return False
