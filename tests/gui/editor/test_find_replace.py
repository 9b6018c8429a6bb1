"""Find and replace as an author uses it: counts, wrapping, regular expressions, one-step replace all."""

from __future__ import annotations

import pytest
from editor_keys import press, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from authoring_app.gui.editor import FindReplaceBar, MarkdownEditor

pytestmark = pytest.mark.gui

TEXT = "Значки и точки.\nЗначка за всеки.\nзначки отново, значки!"


@pytest.fixture
def bar(make_editor, qtbot) -> FindReplaceBar:
    editor = make_editor(TEXT)
    widget = FindReplaceBar(editor)
    qtbot.addWidget(widget)
    return widget


def _search(bar: FindReplaceBar, text: str) -> None:
    bar.open_find()
    bar.find_field.clear()
    type_text(bar.find_field, text)


def test_find_shows_which_match_of_how_many_and_wraps(bar: FindReplaceBar) -> None:
    editor = bar.editor()
    _search(bar, "значки")
    assert bar.isVisible()
    assert bar.status_text() == "3 matches"  # case-insensitive by default, Cyrillic too
    press(bar.find_field, Qt.Key.Key_Return)
    assert editor.textCursor().selectedText() == "Значки"
    assert bar.status_text() == "1 of 3"
    press(bar.find_field, Qt.Key.Key_Return)
    press(bar.find_field, Qt.Key.Key_Return)
    assert bar.status_text() == "3 of 3"
    press(bar.find_field, Qt.Key.Key_Return)
    assert bar.status_text() == "1 of 3, from the top"
    press(bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status_text() == "3 of 3, from the end"
    assert editor.textCursor().selectionStart() == TEXT.rindex("значки")


def test_case_and_whole_word_options_narrow_the_matches(bar: FindReplaceBar) -> None:
    _search(bar, "значк")
    assert bar.match_count() == 4
    bar.words_box.setChecked(True)
    assert bar.status_text() == "No matches"
    _search(bar, "значки")
    bar.case_box.setChecked(True)
    assert bar.match_count() == 2


def test_invalid_regular_expression_is_reported_not_raised(bar: FindReplaceBar) -> None:
    bar.regex_box.setChecked(True)
    _search(bar, "знач(ки")
    assert bar.status_text().startswith("Invalid regular expression")
    assert not bar.find_next()
    assert bar.editor().text() == TEXT


def test_regex_replace_all_uses_groups_and_is_one_undo_step(bar: FindReplaceBar) -> None:
    editor = bar.editor()
    bar.open_replace()
    bar.regex_box.setChecked(True)
    bar.case_box.setChecked(True)
    bar.find_field.setText(r"(\w+)ки\b")
    bar.replace_field.setText(r"**\1ки**")
    assert bar.replace_all() == 5
    assert editor.text() == "**Значки** и **точки**.\nЗначка за **всеки**.\n**значки** отново, **значки**!"
    assert bar.status_text() == "Replaced 5 matches"
    editor.undo()
    assert editor.text() == TEXT


def test_replace_changes_the_current_match_and_moves_on(bar: FindReplaceBar) -> None:
    editor = bar.editor()
    bar.open_replace()
    bar.find_field.setText("значки")
    bar.replace_field.setText("баджове")
    bar.find_next()
    bar.replace_current()
    assert editor.text().startswith("баджове и точки.")
    assert editor.textCursor().selectedText() == "значки"
    assert bar.status_text() == "1 of 2"


def test_matches_after_an_emoji_are_selected_exactly(make_editor, qtbot) -> None:
    editor = make_editor("🎉 Награда 🎉 награда")
    bar = FindReplaceBar(editor)
    qtbot.addWidget(bar)
    _search(bar, "награда")
    bar.find_next()
    bar.find_next()
    assert editor.textCursor().selectedText() == "награда"


def test_escape_closes_the_bar_and_gives_the_editor_focus(bar: FindReplaceBar, qtbot) -> None:
    editor: MarkdownEditor = bar.editor()
    _search(bar, "точки")
    press(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert not editor.extraSelections(), "matches are no longer painted"


def test_actions_carry_the_standard_find_keys(bar: FindReplaceBar) -> None:
    assert bar.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert bar.replace_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Replace)
    assert bar.find_next_action.shortcut() == QKeySequence(QKeySequence.StandardKey.FindNext)
    assert bar.find_previous_action.shortcut() == QKeySequence(QKeySequence.StandardKey.FindPrevious)
    assert bar.find_action in bar.editor().actions()
    bar.replace_action.trigger()
    assert bar.replace_field.isVisible()
    bar.find_action.trigger()
    assert not bar.replace_field.isVisible()


def test_find_starts_with_the_selected_word(bar: FindReplaceBar) -> None:
    editor = bar.editor()
    cursor = editor.textCursor()
    cursor.setPosition(TEXT.index("точки"))
    cursor.setPosition(TEXT.index("точки") + 5, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    bar.find_action.trigger()
    assert bar.find_field.text() == "точки"
    assert bar.status_text() == "1 matches"


def test_matches_are_painted_and_follow_edits(bar: FindReplaceBar, qtbot) -> None:
    editor = bar.editor()
    _search(bar, "точки")
    assert len(editor.extraSelections()) == 1
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " точки")
    qtbot.waitUntil(lambda: bar.status_text() == "2 matches", timeout=2000)
    assert len(editor.extraSelections()) == 2
