"""The colours a reader relies on: headings stand out, code reads as code, dialect blocks are recognisable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QTextCharFormat

from authoring_app.gui.editor import MarkdownEditor
from authoring_app.gui.editor.colours import DARK, LIGHT

pytestmark = pytest.mark.gui

DOC = """---
title: Заглавие
keywords:
  - едно
---

## Раздел {#id}

```python
def f():  # бележка
    return "низ"
```

/// video | Видео за **курса**
src: ../media/a.webm
poster: ../media/a.png
///

/// note | Бележка
src: не е опция тук
///

Текст с [връзка](02-x.md) и `код`.
"""


def _format_at(editor: MarkdownEditor, line: int, needle: str) -> QTextCharFormat:
    block = editor.document().findBlockByNumber(line - 1)
    index = block.text().index(needle)
    runs = block.layout().formats()
    for run in runs:
        if run.start <= index < run.start + run.length:
            return QTextCharFormat(run.format)
    return QTextCharFormat()


def _colour(editor: MarkdownEditor, role: str) -> QColor:
    return QColor((DARK if editor.highlighter.is_dark() else LIGHT)[role])


@pytest.fixture
def shown(make_editor) -> MarkdownEditor:
    return make_editor(DOC)


def test_front_matter_keys_and_values_differ(shown: MarkdownEditor) -> None:
    key = _format_at(shown, 2, "title")
    value = _format_at(shown, 2, "Заглавие")
    assert key.foreground().color() == _colour(shown, "key")
    assert value.foreground().color() == _colour(shown, "value")
    assert _format_at(shown, 4, "едно").foreground().color() == _colour(shown, "value")


def test_heading_is_bold_larger_and_its_marks_muted(shown: MarkdownEditor) -> None:
    title = _format_at(shown, 7, "Раздел")
    assert title.fontWeight() == QFont.Weight.Bold
    assert title.fontPointSize() > shown.font().pointSizeF()
    assert _format_at(shown, 7, "##").foreground().color() == _colour(shown, "marker")
    assert _format_at(shown, 7, "{#id}").foreground().color() == _colour(shown, "marker")


def test_code_fence_is_monospace_and_coloured_by_its_language(shown: MarkdownEditor) -> None:
    fence = _format_at(shown, 9, "python")
    assert fence.fontFixedPitch()
    keyword = _format_at(shown, 10, "def")
    assert keyword.fontFixedPitch()
    assert keyword.foreground().color() == _colour(shown, "py_keyword")
    assert _format_at(shown, 10, "# бележка").foreground().color() == _colour(shown, "py_comment")
    assert _format_at(shown, 11, '"низ"').foreground().color() == _colour(shown, "py_string")
    # After the closing fence, Markdown again: the link text is a link, not code.
    link = _format_at(shown, 23, "връзка")
    assert link.foreground().color() == _colour(shown, "link")
    assert not link.fontFixedPitch()
    assert _format_at(shown, 23, "код").fontFixedPitch()


def test_dialect_block_name_title_and_options(shown: MarkdownEditor) -> None:
    assert _format_at(shown, 14, "video").foreground().color() == _colour(shown, "block")
    assert _format_at(shown, 14, "Видео").foreground().color() == _colour(shown, "title")
    assert _format_at(shown, 14, "курса").fontWeight() == QFont.Weight.Bold
    assert _format_at(shown, 15, "src").foreground().color() == _colour(shown, "key")
    assert _format_at(shown, 16, "../media/a.png").foreground().color() == _colour(shown, "value")
    # In a note the same line is prose, not an option.
    assert _format_at(shown, 20, "src").foreground().color() != _colour(shown, "key")


def test_an_unclosed_fence_colours_the_rest_as_code_until_closed(make_editor) -> None:
    editor = make_editor("Текст\n\n```\n# не заглавие\n")
    assert _format_at(editor, 4, "не").fontFixedPitch()
    assert _format_at(editor, 4, "не").fontWeight() != QFont.Weight.Bold
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("```\n# заглавие")
    assert _format_at(editor, 6, "заглавие").fontWeight() == QFont.Weight.Bold


def test_nested_blocks_and_comments_keep_their_state(make_editor) -> None:
    editor = make_editor("//// details | Външен\n/// note | Вътрешен\n///\n<!-- начало\n## не\n-->\n## да\n////\n")
    assert _format_at(editor, 2, "note").foreground().color() == _colour(editor, "block")
    assert _format_at(editor, 5, "не").foreground().color() == _colour(editor, "comment")
    assert _format_at(editor, 7, "да").fontWeight() == QFont.Weight.Bold


def _contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted([luminance(foreground), luminance(background)], reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("colours", "base"), [(LIGHT, "#ffffff"), (DARK, "#1e1f22")])
def test_every_colour_is_readable_on_its_background(colours: dict[str, str], base: str) -> None:
    for role, colour in colours.items():
        if role.endswith("_bg"):
            continue
        for background in (base, colours["code_bg"]):
            assert _contrast(colour, background) >= 4.5, (role, colour, background)
