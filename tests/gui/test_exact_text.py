"""Text is saved exactly as typed: no-break spaces (U+00A0) and line separators (U+2028) survive every path from a
Qt text box to a file — the editor's save, the recovery copy, a merged text, a segment written from the grid, the
summary of the front-matter form. ``toPlainText()`` would turn them into a space and a line end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from authoring_app.gui.conflict_dialog import Conflict, ConflictDialog
from authoring_app.gui.editor import FrontMatterForm, MarkdownEditor
from authoring_app.gui.editor.exact_text import document_text, exact_text
from authoring_app.gui.main_window import MainWindow
from authoring_app.gui.translation.segment_grid import SegmentEditorDelegate

pytestmark = pytest.mark.gui

SLUG = "03-video-lectures"
NBSP, LINE_SEPARATOR = "\u00a0", "\u2028"
#: Bulgarian typography: a no-break space between a number and its unit and before a dash.
TEXT = f"# Видеолекции\n\nЛекцията трае 15{NBSP}мин{NBSP}— не повече.{LINE_SEPARATOR}Втори ред.\n\nКрай.\n"


@pytest.fixture
def window(qtbot, sample_copy: Path) -> Iterator[MainWindow]:
    (sample_copy / "bg" / f"{SLUG}.md").write_text(TEXT, encoding="utf-8")
    window = MainWindow(simple_preview=True)
    assert window.open_handbook(sample_copy)
    window.show()
    assert window.open_section(SLUG, "bg")
    yield window
    if window.section_editor is not None and window.section_editor.is_modified:
        window.section_editor.discard()
    for box in window.findChildren(QMessageBox):
        box.close()
    window.close()
    window.deleteLater()


def test_the_helper_keeps_what_to_plain_text_replaces(qtbot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(TEXT)
    assert edit.toPlainText() != TEXT  # what the helper is for
    assert exact_text(edit) == TEXT and document_text(edit.document()) == TEXT
    edit.setPlainText("")
    assert exact_text(edit) == ""
    edit.setPlainText("a\n")
    assert exact_text(edit) == "a\n"


def test_typing_one_character_and_saving_keeps_the_no_break_spaces(window: MainWindow, sample_copy: Path) -> None:
    editor = window.section_editor
    assert editor.editor.text() == TEXT
    editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(editor.editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, "!"))
    assert editor.is_modified
    editor.session.write_recovery()
    recovered = window.recovery.read(sample_copy, "bg", SLUG)
    assert recovered is not None and recovered.text == TEXT + "!"  # the recovery copy keeps them too
    assert window.save()
    saved = (sample_copy / "bg" / f"{SLUG}.md").read_text(encoding="utf-8")
    assert saved == TEXT + "!"
    assert saved.count(NBSP) == 2 and saved.count(LINE_SEPARATOR) == 1


def test_the_merged_text_keeps_the_no_break_spaces(qtbot) -> None:
    base = "Първи ред.\n\nВтори ред.\n"
    mine = f"Първи ред, 5{NBSP}км.\n\nВтори ред.\n"
    theirs = f"Първи ред.\n\nВтори ред — 10{NBSP}кг.\n"
    dialog = ConflictDialog(Conflict("bg/x.md", base, mine, theirs))
    qtbot.addWidget(dialog)
    dialog.merge_button.click()
    assert dialog.merged_text() == f"Първи ред, 5{NBSP}км.\n\nВтори ред — 10{NBSP}кг.\n"


def test_a_segment_edited_in_the_grid_keeps_the_no_break_spaces(qtbot) -> None:
    delegate = SegmentEditorDelegate()
    model = QStandardItemModel()
    model.appendRow(QStandardItem(""))
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(f"Лекция 15{NBSP}мин.")
    delegate.setModelData(edit, model, model.index(0, 0))
    assert model.index(0, 0).data(Qt.ItemDataRole.EditRole) == f"Лекция 15{NBSP}мин."


def test_the_summary_of_the_front_matter_form_keeps_the_no_break_spaces(qtbot) -> None:
    editor = MarkdownEditor()
    form = FrontMatterForm()
    qtbot.addWidget(editor)
    qtbot.addWidget(form)
    editor.set_text("---\ntitle: Видео\n---\n\nТекст.\n")
    form.set_editor(editor)
    form.summary_edit.setPlainText(f"Кратко 15{NBSP}мин.")
    form.commit()
    assert f"summary: Кратко 15{NBSP}мин.\n" in editor.text()
