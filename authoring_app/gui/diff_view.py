"""Two versions of a section side by side, what differs coloured: the conflict and the recovery dialogs show it.

The left column is the other version (the file on disk), the right one the author's (the editor, the recovery
copy); a line only on the left is red, a line only on the right green, a changed line yellow on both sides, and
long unchanged stretches are folded to a grey "… N unchanged lines".
"""

from __future__ import annotations

import difflib
import html
import re

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from authoring_app.core.external_changes import CompareRow, compare_rows
from authoring_app.gui.editor.colours import is_dark

_LIGHT = {
    "removed": "#fde7e6",
    "added": "#e3f4e6",
    "changed": "#fff4c4",
    "skip": "#f1f1f1",
    "number": "#6f6f6f",
    "word_removed": "#f5b7b1",
    "word_added": "#a9dfb4",
}
_DARK = {
    "removed": "#4a1f1c",
    "added": "#1d3b26",
    "changed": "#3b3520",
    "skip": "#2b2b2b",
    "number": "#9a9a9a",
    "word_removed": "#7a2e28",
    "word_added": "#2f6b3f",
}
_WORD_RE = re.compile(r"\w+|\s+|[^\w\s]")


def _marked_words(left: str, right: str, colours: dict[str, str]) -> tuple[str, str]:
    """Both sides of a changed line as HTML, the words that differ marked (a long paragraph changed by a word)."""
    a, b = _WORD_RE.findall(left), _WORD_RE.findall(right)
    out_left: list[str] = []
    out_right: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old, new = html.escape("".join(a[i1:i2])), html.escape("".join(b[j1:j2]))
        if tag == "equal":
            out_left.append(old)
            out_right.append(new)
            continue
        if old:
            out_left.append(f'<span style="background-color:{colours["word_removed"]}">{old}</span>')
        if new:
            out_right.append(f'<span style="background-color:{colours["word_added"]}">{new}</span>')
    return "".join(out_left), "".join(out_right)


class DiffWords(QObject):
    """The comparison's own words (a class, so that pyside6-lupdate sees the plural form of ``tr``)."""

    def unchanged_lines(self, count: int) -> str:
        """The row that stands for ``count`` equal lines left out of a comparison."""
        return self.tr("… %n unchanged line(s)", "", count)


def comparison_html(rows: list[CompareRow], palette: QPalette, left_title: str, right_title: str) -> str:
    """``rows`` as an HTML table of two columns headed ``left_title`` and ``right_title``."""
    colours = _DARK if is_dark(palette) else _LIGHT
    text_colour = palette.color(QPalette.ColorRole.Text).name()

    def cell(kind: str, line: int | None, text: str | None, marked: str | None, side: str) -> str:
        number_cell = (
            f'<td width="4%" align="right" style="color:{colours["number"]}; background-color:{{bg}}">{{n}}</td>'
        )
        if text is None:
            background = colours["skip"]
            return (
                number_cell.format(bg=background, n="") + f'<td width="46%" style="background-color:{background}"></td>'
            )
        shade = "changed" if kind == "changed" else ("removed" if side == "left" else "added")
        background = colours[shade] if kind != "same" else "transparent"
        body = marked if marked is not None else (html.escape(text) or "&nbsp;")
        return number_cell.format(bg=background, n="" if line is None else line) + (
            f'<td width="46%" style="background-color:{background}; white-space:pre-wrap">{body}</td>'
        )

    out = [
        f'<table width="100%" cellspacing="0" cellpadding="2" style="color:{text_colour}">',
        f'<tr><th colspan="2" align="left">{html.escape(left_title)}</th>'
        f'<th colspan="2" align="left">{html.escape(right_title)}</th></tr>',
    ]
    for row in rows:
        if row.kind == "skip":
            text = DiffWords().unchanged_lines(row.count)
            out.append(
                f'<tr><td colspan="4" align="center" style="color:{colours["number"]}; '
                f'background-color:{colours["skip"]}">{html.escape(text)}</td></tr>'
            )
            continue
        marked_left = marked_right = None
        if row.kind == "changed" and row.left is not None and row.right is not None:
            marked_left, marked_right = _marked_words(row.left, row.right, colours)
        out.append(
            "<tr>"
            + cell(row.kind, row.left_line, row.left, marked_left, "left")
            + cell(row.kind, row.right_line, row.right, marked_right, "right")
            + "</tr>"
        )
    out.append("</table>")
    return "".join(out)


def unified_diff(saved: str, unsaved: str) -> str:
    """A plain-text diff from the saved text to the unsaved one (for a message box's details)."""
    lines = difflib.unified_diff(
        saved.split("\n"),
        unsaved.split("\n"),
        QCoreApplication.translate("DiffView", "saved"),
        QCoreApplication.translate("DiffView", "unsaved"),
        lineterm="",
    )
    return "\n".join(lines)


class DiffView(QTextBrowser):
    """A read-only side-by-side comparison of two texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self.setOpenLinks(False)
        self.rows: list[CompareRow] = []

    def compare(self, left: str, right: str, left_title: str, right_title: str) -> None:
        """Show ``left`` and ``right`` side by side (a sentence instead when they are the same)."""
        self.rows = compare_rows(left, right)
        if not self.rows:
            self.setPlainText(self.tr("The two versions are the same."))
            return
        self.setHtml(comparison_html(self.rows, self.palette(), left_title, right_title))
