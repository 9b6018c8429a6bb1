"""Formatting actions change the Markdown as an author expects, and one Ctrl+Z takes each one back."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence, QTextCursor

from authoring_app.gui.editor import FormattingActions, MarkdownEditor

pytestmark = pytest.mark.gui


@pytest.fixture
def actions(qtbot) -> FormattingActions:
    return FormattingActions()


def _select(editor: MarkdownEditor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def _select_text(editor: MarkdownEditor, needle: str) -> None:
    start = editor.text().index(needle)
    _select(editor, start, start + len(needle))


def _trigger_and_undo(editor: MarkdownEditor, action, expected: str) -> None:  # type: ignore[no-untyped-def]
    before = editor.text()
    action.trigger()
    assert editor.text() == expected
    anchor, position = editor.textCursor().anchor(), editor.textCursor().position()
    editor.undo()
    assert editor.text() == before, "one undo step takes the whole action back"
    editor.redo()
    assert editor.text() == expected
    _select(editor, anchor, position)  # where the action left the cursor, for the test to go on typing


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bold", "Много **важно** нещо"),
        ("italic", "Много *важно* нещо"),
        ("inline_code", "Много `важно` нещо"),
    ],
)
def test_inline_marks_wrap_the_selection_in_one_undo_step(make_editor, actions, name, expected) -> None:
    editor = make_editor("Много важно нещо")
    actions.set_editor(editor)
    _select_text(editor, "важно ")  # the trailing space stays outside the marks
    _trigger_and_undo(editor, getattr(actions, name), expected)
    assert editor.textCursor().selectedText() == "важно"


def test_bold_on_bold_text_removes_the_marks(make_editor, actions) -> None:
    editor = make_editor("Много **важно** нещо")
    actions.set_editor(editor)
    _select_text(editor, "важно")
    _trigger_and_undo(editor, actions.bold, "Много важно нещо")
    editor.undo()
    _select_text(editor, "**важно**")
    actions.bold.trigger()
    assert editor.text() == "Много важно нещо"


def test_italic_inside_bold_italic_keeps_the_bold(make_editor, actions) -> None:
    editor = make_editor("***дума***")
    actions.set_editor(editor)
    _select_text(editor, "дума")
    actions.italic.trigger()
    assert editor.text() == "**дума**"


def test_bold_without_selection_takes_the_word_under_the_cursor(make_editor, actions) -> None:
    editor = make_editor("една дума тук")
    actions.set_editor(editor)
    _select(editor, 7, 7)  # inside "дума"
    _trigger_and_undo(editor, actions.bold, "една **дума** тук")


def test_bold_on_an_empty_spot_leaves_the_cursor_between_the_marks(make_editor, actions) -> None:
    editor = make_editor("край ")
    actions.set_editor(editor)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    actions.bold.trigger()
    assert editor.text() == "край ****"
    assert editor.textCursor().position() == len("край **")


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5, 6])
def test_heading_levels_replace_an_existing_heading_mark(make_editor, actions, level) -> None:
    editor = make_editor("## Заглавие\n\nТекст")
    actions.set_editor(editor)
    editor.go_to_line(1)
    action = actions.headings[level - 1]
    expected = "Заглавие\n\nТекст" if level == 2 else "#" * level + " Заглавие\n\nТекст"
    _trigger_and_undo(editor, action, expected)


def test_paragraph_removes_the_heading_mark(make_editor, actions) -> None:
    editor = make_editor("### Заглавие")
    actions.set_editor(editor)
    _trigger_and_undo(editor, actions.paragraph, "Заглавие")


def test_bullet_list_toggles_on_the_selected_lines(make_editor, actions) -> None:
    editor = make_editor("едно\nдве\nтри\n\nслед")
    actions.set_editor(editor)
    _select(editor, 0, len("едно\nдве\nтри"))
    _trigger_and_undo(editor, actions.bullet_list, "- едно\n- две\n- три\n\nслед")
    _select(editor, 0, len("- едно\n- две\n- три"))
    actions.bullet_list.trigger()
    assert editor.text() == "едно\nдве\nтри\n\nслед"


def test_numbered_list_numbers_the_lines_and_replaces_bullets(make_editor, actions) -> None:
    editor = make_editor("- едно\n- две")
    actions.set_editor(editor)
    _select(editor, 0, len(editor.text()))
    _trigger_and_undo(editor, actions.numbered_list, "1. едно\n2. две")


def test_block_quote_toggles_and_keeps_the_quote_one_block(make_editor, actions) -> None:
    editor = make_editor("първи\n\nвтори")
    actions.set_editor(editor)
    _select(editor, 0, len(editor.text()))
    _trigger_and_undo(editor, actions.block_quote, "> първи\n>\n> втори")
    _select(editor, 0, len(editor.text()))
    actions.block_quote.trigger()
    assert editor.text() == "първи\n\nвтори"


def test_link_makes_the_selection_the_text_and_waits_for_the_address(make_editor, actions) -> None:
    editor = make_editor("вижте обърнатия клас")
    actions.set_editor(editor)
    _select_text(editor, "обърнатия клас")
    _trigger_and_undo(editor, actions.link, "вижте [обърнатия клас]()")
    editor.textCursor().insertText("02-flipped-classroom.md")
    assert editor.text() == "вижте [обърнатия клас](02-flipped-classroom.md)"


def test_link_on_a_selected_address_waits_for_the_text(make_editor, actions) -> None:
    editor = make_editor("https://example.org")
    actions.set_editor(editor)
    _select(editor, 0, len(editor.text()))
    actions.link.trigger()
    editor.textCursor().insertText("Пример")
    assert editor.text() == "[Пример](https://example.org)"


def test_code_block_fences_the_selected_lines(make_editor, actions) -> None:
    editor = make_editor("Текст\nprint(1)\nprint(2)")
    actions.set_editor(editor)
    _select(editor, len("Текст\n"), len(editor.text()))
    _trigger_and_undo(editor, actions.code_block, "Текст\n\n```\nprint(1)\nprint(2)\n```\n")


def test_empty_code_block_puts_the_cursor_inside(make_editor, actions) -> None:
    editor = make_editor("Текст")
    actions.set_editor(editor)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    actions.code_block.trigger()
    assert editor.text() == "Текст\n\n```\n\n```\n"
    editor.textCursor().insertText("x = 1")
    assert editor.text() == "Текст\n\n```\nx = 1\n```\n"


def test_table_template_is_a_block_with_its_first_cell_selected(make_editor, actions) -> None:
    editor = make_editor("Текст")
    actions.set_editor(editor)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    actions.table.trigger()
    lines = editor.text().split("\n")
    assert lines[:3] == ["Текст", "", "| Column 1 | Column 2 | Column 3 |"]
    assert lines[3] == "| --- | --- | --- |"
    assert len(lines[4:6]) == 2 and all(line.count("|") == 4 for line in lines[4:6])
    assert editor.textCursor().selectedText() == "Column 1"
    editor.undo()
    assert editor.text() == "Текст"


def test_actions_are_disabled_without_an_editor_and_have_standard_shortcuts(make_editor, actions) -> None:
    assert not actions.bold.isEnabled()
    actions.set_editor(make_editor(""))
    assert all(action.isEnabled() for action in actions.all_actions() if action is not None)
    assert actions.bold.shortcut() == QKeySequence(QKeySequence.StandardKey.Bold)
    assert actions.italic.shortcut() == QKeySequence(QKeySequence.StandardKey.Italic)
    assert actions.link.shortcut() == QKeySequence("Ctrl+K")
    assert [a.shortcut().toString() for a in actions.headings] == [f"Ctrl+{n}" for n in range(1, 7)]
    assert actions.paragraph.shortcut() == QKeySequence("Ctrl+0")
    assert all(action.statusTip() for action in actions.all_actions() if action is not None)
    actions.set_editor(None)
    assert not actions.headings[0].isEnabled()
    assert not actions.table.isEnabled()
