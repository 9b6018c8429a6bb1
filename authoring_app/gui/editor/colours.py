"""Colours of the editor's syntax roles, one set for light backgrounds and one for dark ones.

The set is chosen by the lightness of the palette's Base colour (the text background), so the editor follows the
system's or the app's dark mode. Every colour keeps at least 4.5:1 contrast (WCAG AA) on its set's text and code
backgrounds (white for the light set, #1e1f22 for the dark one); tests/gui/editor checks it.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette

#: Foreground (and some background) colours per role; one set for light backgrounds, one for dark ones.
LIGHT = {
    "marker": "#676d75",
    "heading": "#1f4f8f",
    "key": "#7a3e9d",
    "value": "#2e6b30",
    "code": "#a3441c",
    "code_bg": "#f1efeb",
    "link": "#1c5fb0",
    "url": "#58626e",
    "image": "#8a5a00",
    "quote": "#4f6b2f",
    "list": "#9a4f00",
    "block": "#8b1e74",
    "title": "#1f4f8f",
    "footnote": "#0a6674",
    "comment": "#636a73",
    "mark_bg": "#e2f2c4",
    "py_keyword": "#8b1e74",
    "py_string": "#2e6b30",
    "py_number": "#0a6674",
    "py_comment": "#636a73",
    "py_name": "#1f4f8f",
    "py_operator": "#8a5a00",
}
DARK = {
    "marker": "#9ea6b0",
    "heading": "#8cb4ff",
    "key": "#d2a8ff",
    "value": "#9ee09e",
    "code": "#f0a37a",
    "code_bg": "#2b2e35",
    "link": "#79b8ff",
    "url": "#9aa4b0",
    "image": "#e3b341",
    "quote": "#b5c98c",
    "list": "#ffa657",
    "block": "#ff8fd6",
    "title": "#8cb4ff",
    "footnote": "#66d9e8",
    "comment": "#9ea6b0",
    "mark_bg": "#34452a",
    "py_keyword": "#ff8fd6",
    "py_string": "#9ee09e",
    "py_number": "#66d9e8",
    "py_comment": "#9ea6b0",
    "py_name": "#8cb4ff",
    "py_operator": "#e3b341",
}


def is_dark(palette: QPalette) -> bool:
    """Whether text is shown on a dark background in ``palette`` (then the light colours would be unreadable)."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
