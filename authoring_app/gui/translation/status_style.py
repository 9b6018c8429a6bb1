"""How translation statuses look everywhere in the UI: one colour, one mark and one word per status.

The colours are translucent tints laid over the palette's base colour, so the same values read well on the light
and the dark theme; a mark (✓ ! ∅ +) and a word go with every colour, so colour is never the only signal.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette

_CONTEXT = "TranslationStatus"
TRANSLATED, OUTDATED, MISSING, EXTRA = "translated", "outdated", "missing", "extra"
STATUSES = (TRANSLATED, OUTDATED, MISSING, EXTRA)

#: Solid colours (chart bars, legend swatches); cells use them with :data:`CELL_ALPHA`.
STATUS_COLORS = {
    TRANSLATED: QColor(46, 160, 67),
    OUTDATED: QColor(230, 145, 0),
    MISSING: QColor(214, 60, 60),
    EXTRA: QColor(120, 100, 220),
}
#: Opacity of a cell's tint: translated cells stay quiet so the ones that need work stand out.
CELL_ALPHA = {TRANSLATED: 40, OUTDATED: 110, MISSING: 90, EXTRA: 80}
STATUS_MARKS = {TRANSLATED: "✓", OUTDATED: "!", MISSING: "∅", EXTRA: "+"}
_NAMES = {
    TRANSLATED: QT_TRANSLATE_NOOP("TranslationStatus", "translated"),
    OUTDATED: QT_TRANSLATE_NOOP("TranslationStatus", "outdated"),
    MISSING: QT_TRANSLATE_NOOP("TranslationStatus", "missing"),
    EXTRA: QT_TRANSLATE_NOOP("TranslationStatus", "extra"),
}


def status_name(status: str) -> str:
    """The status as the UI says it, in the UI language."""
    return QCoreApplication.translate(_CONTEXT, _NAMES[status]) if status in _NAMES else status


def cell_color(status: str) -> QColor:
    """A translucent tint of the status colour for a cell background."""
    color = QColor(STATUS_COLORS[status])
    color.setAlpha(CELL_ALPHA[status])
    return color


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


_DIFF_RE = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)


def diff_html(diff: str, palette: QPalette) -> str:
    """A word diff (``[-removed-] {+added+}``) as HTML: removed words struck through in red, added ones green."""
    dark = is_dark(palette)
    removed = "#f28b82" if dark else "#b3261e"
    added = "#81c995" if dark else "#1b6e2e"
    removed_bg = "#4a1f1c" if dark else "#fde7e6"
    added_bg = "#1d3b26" if dark else "#e3f4e6"
    out: list[str] = []
    position = 0
    for match in _DIFF_RE.finditer(diff):
        out.append(html.escape(diff[position : match.start()]))
        if match.group(1) is not None:
            out.append(
                f'<span style="color:{removed}; background-color:{removed_bg}; text-decoration:line-through">'
                f"{html.escape(match.group(1))}</span>"
            )
        else:
            out.append(
                f'<span style="color:{added}; background-color:{added_bg}; font-weight:600">'
                f"{html.escape(match.group(2))}</span>"
            )
        position = match.end()
    out.append(html.escape(diff[position:]))
    return "".join(out)
