"""The editor as an author meets it: typing in any script, lists that continue, counts, drops and pastes."""

from __future__ import annotations

from pathlib import Path

import pytest
from editor_keys import press, type_text
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from authoring_app.gui.editor import MarkdownEditor

pytestmark = pytest.mark.gui

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample-handbook" / "bg" / "04-gamification.md"


def test_typing_latin_and_cyrillic_lands_in_the_text(editor: MarkdownEditor) -> None:
    type_text(editor, "Hello, ")
    type_text(editor, "свят — Қазақ")
    assert editor.text() == "Hello, свят — Қазақ"


def test_enter_in_a_list_item_starts_the_next_item_and_ends_the_list_on_an_empty_one(make_editor) -> None:
    editor = make_editor("1. първи")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, "\nвтори\n")
    assert editor.text() == "1. първи\n2. втори\n3. "
    press(editor, Qt.Key.Key_Return)
    assert editor.text() == "1. първи\n2. втори\n"


def test_tab_nests_a_list_item_by_four_spaces_and_shift_tab_undoes_it(make_editor) -> None:
    editor = make_editor("- one\n- two")
    editor.go_to_line(2)
    press(editor, Qt.Key.Key_Tab)
    assert editor.text() == "- one\n    - two"
    press(editor, Qt.Key.Key_Backtab)
    assert editor.text() == "- one\n- two"


def test_tab_in_prose_inserts_spaces_to_the_next_stop(make_editor) -> None:
    editor = make_editor("ab")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    press(editor, Qt.Key.Key_Tab)
    assert editor.text() == "ab  "


def test_counts_leave_out_front_matter_marks_and_addresses(make_editor, qtbot) -> None:
    editor = make_editor(
        "---\ntitle: Заглавие на раздела\n---\n\n## Две думи\n\nЕдна **силна** [връзка](../media/x.png).\n"
    )
    assert editor.counts() == (5, len("Две думи Една силна връзка."))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    with qtbot.waitSignal(editor.counts_changed, timeout=3000) as signal:
        type_text(editor, "Още една.")
    assert signal.args == [7, len("Две думи Една силна връзка. Още една.")]


def test_counts_are_debounced_not_per_keystroke(editor: MarkdownEditor, qtbot) -> None:
    received: list[tuple[int, int]] = []
    editor.counts_changed.connect(lambda words, chars: received.append((words, chars)))
    type_text(editor, "one two three")
    assert received == []  # nothing while typing
    qtbot.waitUntil(lambda: received == [(3, 13)], timeout=3000)


def test_go_to_line_and_current_line_use_file_lines(make_editor) -> None:
    editor = make_editor(SAMPLE.read_text(encoding="utf-8"))
    editor.go_to_line(12)
    assert editor.current_line() == 12
    assert editor.textCursor().block().text() == "## Какво е геймификация {#what}"
    assert editor.textCursor().positionInBlock() == 0
    editor.go_to_line(10_000)
    assert editor.current_line() == editor.document().blockCount()


def test_scroll_to_line_shows_that_line_at_the_top_and_leaves_the_cursor(make_editor) -> None:
    editor = make_editor(SAMPLE.read_text(encoding="utf-8"))
    editor.go_to_line(3)
    editor.scroll_to_line(30)
    assert editor.first_visible_line() == pytest.approx(30, abs=0.01)
    assert editor.current_line() == 3
    # A long wrapped paragraph: half-way into it is half-way into its lines.
    long_line = next(n for n in range(1, 60) if editor.document().findBlockByNumber(n - 1).layout().lineCount() >= 2)
    editor.scroll_to_line(long_line + 0.5)
    assert long_line < editor.first_visible_line() < long_line + 1


def test_insert_block_gets_its_own_paragraph_in_one_undo_step(make_editor) -> None:
    editor = make_editor("Първи абзац.\nВтори ред.")
    editor.go_to_line(1)
    editor.moveCursor(editor.textCursor().MoveOperation.Right)  # inside the sentence: it is not split
    editor.insert_block('![Алт](../media/a.png "Надпис")')
    assert editor.text() == 'Първи абзац.\n\n![Алт](../media/a.png "Надпис")\n\nВтори ред.'
    editor.undo()
    assert editor.text() == "Първи абзац.\nВтори ред."


def test_insert_block_on_a_blank_line_at_the_end(make_editor) -> None:
    editor = make_editor("Текст.\n")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insert_block("/// note | Бележка\nТяло.\n///")
    assert editor.text() == "Текст.\n\n/// note | Бележка\nТяло.\n///\n"


def _drop(editor: MarkdownEditor, mime: QMimeData) -> None:
    """A drag that enters the text, moves and is released, as the window system delivers it."""
    point = QPoint(20, 20)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = editor.viewport()
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, buttons, modifiers))


def test_dropping_a_file_reports_its_path_and_inserts_no_text(make_editor, qtbot, tmp_path: Path) -> None:
    editor = make_editor("Текст.")
    picture = tmp_path / "снимка.png"
    picture.write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture))])
    mime.setText(str(picture))
    with qtbot.waitSignal(editor.files_dropped, timeout=2000) as signal:
        _drop(editor, mime)
    assert signal.args == [[picture]]
    assert editor.text() == "Текст."


def test_dropping_plain_text_still_inserts_it(make_editor) -> None:
    editor = make_editor("")
    mime = QMimeData()
    mime.setText("пуснат текст")
    _drop(editor, mime)
    assert editor.text() == "пуснат текст"


def test_pasting_an_image_reports_it_and_pasting_text_inserts_text(make_editor, qtbot) -> None:
    editor = make_editor("")
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    mime = QMimeData()
    mime.setImageData(image)
    QApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(editor.image_pasted, timeout=2000) as signal:
        editor.paste()
    assert signal.args[0].size() == image.size()
    assert editor.text() == ""
    QApplication.clipboard().setText("поставен текст")
    editor.paste()
    assert editor.text() == "поставен текст"


def test_colours_follow_a_dark_palette(make_editor) -> None:
    editor = make_editor("# Заглавие")
    light_heading = editor.highlighter.formats["h1"].foreground().color()
    palette = editor.palette()
    palette.setColor(palette.ColorRole.Base, QColor("#1e1f22"))
    palette.setColor(palette.ColorRole.Text, QColor("#e6e6e6"))
    editor.setPalette(palette)
    QApplication.sendPostedEvents(editor, QEvent.Type.PaletteChange)
    assert editor.highlighter.is_dark()
    dark_heading = editor.highlighter.formats["h1"].foreground().color()
    assert dark_heading.lightnessF() > 0.6 > light_heading.lightnessF()
