"""The section details form and the text stay in step, and the body is never touched."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from editor_keys import type_text
from PySide6.QtGui import QTextCursor

from authoring_app.gui.editor import FrontMatterForm, MarkdownEditor

pytestmark = pytest.mark.gui

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample-handbook" / "bg" / "04-gamification.md"


@pytest.fixture
def form_on(make_editor, qtbot):  # type: ignore[no-untyped-def]
    def make(text: str) -> tuple[FrontMatterForm, MarkdownEditor]:
        editor = make_editor(text)
        form = FrontMatterForm()
        qtbot.addWidget(form)
        form.set_editor(editor)
        return form, editor

    return make


def _body(text: str) -> str:
    return text.split("\n---\n", 1)[1]


def test_form_shows_the_sample_sections_front_matter(form_on) -> None:
    form, _editor = form_on(SAMPLE.read_text(encoding="utf-8"))
    assert form.title_edit.text() == "Геймификация"
    assert form.summary_edit.toPlainText().startswith("Как игрови елементи")
    assert form.keywords_edit.text() == "геймификация, мотивация, значки"
    assert form.authors_edit.text() == "Бахтиёр Каримов"
    assert not form.is_read_only()
    assert form.message_label.isHidden()


def test_editing_a_field_rewrites_only_the_header_in_one_undo_step(form_on) -> None:
    original = SAMPLE.read_text(encoding="utf-8")
    form, editor = form_on(original + "\n<!-- extra -->\n")
    form.title_edit.setText("")
    type_text(form.title_edit, "Игри в обучението")
    type_text(form.keywords_edit, ", игри")
    form.commit()
    text = editor.text()
    assert _body(text) == _body(original + "\n<!-- extra -->\n"), "the body is byte for byte the same"
    header = yaml.safe_load(text.split("---\n")[1])
    assert header["title"] == "Игри в обучението"
    assert header["keywords"] == ["геймификация", "мотивация", "значки", "игри"]
    assert header["authors"] == ["Бахтиёр Каримов"], "keys the edit did not touch are kept"
    assert list(header) == ["title", "summary", "keywords", "authors"], "key order is kept"
    assert "  - игри\n" in text and "title: Игри в обучението\n" in text, "readable YAML, Unicode as is"
    editor.undo()
    assert editor.text() == original + "\n<!-- extra -->\n"


def test_editing_the_yaml_in_the_text_updates_the_form(form_on, qtbot) -> None:
    form, editor = form_on("---\ntitle: Старо\n---\n\nТекст\n")
    cursor = editor.textCursor()
    start = editor.text().index("Старо")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Старо"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    type_text(editor, "Ново")
    qtbot.waitUntil(lambda: form.title_edit.text() == "Ново", timeout=2000)


def test_invalid_yaml_makes_the_form_read_only_and_is_never_overwritten(form_on, qtbot) -> None:
    broken = "---\ntitle: [незатворено\nsummary: x\n---\n\nТекст\n"
    form, editor = form_on(broken)
    assert form.is_read_only()
    assert form.title_edit.isReadOnly()
    assert not form.message_label.isHidden()
    assert "Line 3" in form.message_label.text() or "Line 2" in form.message_label.text()
    form._pending.add("title")  # even a pending edit from before must not be written
    form.commit()
    assert editor.text() == broken
    # Fixing the text in the editor makes the form editable again.
    cursor = editor.textCursor()
    start = broken.index("[")
    cursor.setPosition(start)
    cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    type_text(editor, "Г")
    qtbot.waitUntil(lambda: not form.is_read_only(), timeout=2000)
    assert form.title_edit.text() == "Гнезатворено"
    assert form.message_label.isHidden()


def test_a_title_typed_into_a_file_without_front_matter_creates_one(form_on) -> None:
    form, editor = form_on("# Заглавие\n\nТекст\n")
    type_text(form.title_edit, "Ново заглавие")
    form.commit()
    assert editor.text() == "---\ntitle: Ново заглавие\n---\n\n# Заглавие\n\nТекст\n"
    editor.undo()
    assert editor.text() == "# Заглавие\n\nТекст\n"


def test_typing_in_a_field_across_pauses_is_still_one_undo_step(form_on, qtbot) -> None:
    form, editor = form_on("---\ntitle: А\n---\nТекст")
    type_text(form.title_edit, "Б")
    form.commit()
    type_text(form.title_edit, "В")
    form.commit()
    assert editor.text() == "---\ntitle: АБВ\n---\nТекст"
    editor.undo()
    assert editor.text() == "---\ntitle: А\n---\nТекст"


def test_a_multi_line_summary_round_trips(form_on) -> None:
    form, editor = form_on("---\ntitle: А\n---\nТекст")
    form.summary_edit.setPlainText("Първи ред.\nВтори ред.")
    form.commit()
    header = yaml.safe_load(editor.text().split("---\n")[1])
    assert header["summary"] == "Първи ред.\nВтори ред."
    assert editor.text().endswith("---\nТекст")


def test_no_editor_means_a_disabled_form(qtbot) -> None:
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.set_editor(None)
    assert not form.isEnabled()
    assert form.is_read_only()
