"""Side by side: bg | ru | kk of one section, scrolled and highlighted segment by segment, marked, saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from authoring_app.core.editing import RecoveryStore
from authoring_app.core.handbook import Handbook
from authoring_app.core.segments import Segment, segment_section
from authoring_app.core.translation.provenance import provenance_path
from authoring_app.core.translation.tracking import track_handbook
from authoring_app.gui.editor import MarkdownEditor
from authoring_app.gui.translation.side_by_side import SideBySideView, default_languages
from authoring_app.gui.translation.side_by_side_column import LanguageColumn

pytestmark = pytest.mark.gui

SLUG = "02-flipped-classroom"
EXTRA_KK = "Бұл аудармашының қосымша ескертпесі.\n\n"


def type_text(widget: QWidget, text: str) -> None:
    """Type Cyrillic as real key events (``qtbot.keyClicks`` aborts on non-ASCII, TESTING.md)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def rewrap_first_paragraph(path: Path) -> None:
    """Hard-wrap the section's first paragraph: the lines after it move, its fingerprint does not."""
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if i > 12 and line and not line.startswith(("#", "-")))
    words = lines[index].split(" ")
    third = len(words) // 3
    lines[index] = "\n".join(
        [" ".join(words[:third]), " ".join(words[third : 2 * third]), " ".join(words[2 * third :])]
    )
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture
def handbook(sample_copy: Path) -> Handbook:
    """The sample with the translations tracked; ru and kk lines no longer match bg's line for line."""
    rewrap_first_paragraph(sample_copy / "ru" / f"{SLUG}.md")
    kk = sample_copy / "kk" / f"{SLUG}.md"
    text = kk.read_text(encoding="utf-8")
    kk.write_text(text.replace("## Сыныпты неге", EXTRA_KK + "## Сыныпты неге", 1), encoding="utf-8")
    track_handbook(Handbook.load(sample_copy))
    return Handbook.load(sample_copy)


@pytest.fixture
def make_view(qtbot, tmp_path: Path):
    def make(handbook: Handbook, slug: str = SLUG, languages: tuple[str, ...] = ("bg", "ru", "kk")) -> SideBySideView:
        view = SideBySideView(recovery=RecoveryStore(tmp_path / "recovery"))
        qtbot.addWidget(view)
        view.resize(1400, 900)
        view.show()
        qtbot.waitExposed(view)
        view.open_section(handbook, slug, list(languages))
        return view

    return make


def segments_of(column: LanguageColumn) -> list[Segment]:
    return segment_section(column.editor.text())


def heading(column: LanguageColumn, anchor: str) -> Segment:
    return next(s for s in segments_of(column) if s.kind == "heading" and s.anchor == anchor)


def highlighted(editor: MarkdownEditor) -> list[tuple[int, int]]:
    """File lines ``(first, last)`` of each highlighted stretch in the editor."""
    document = editor.document()
    spans = []
    for selection in editor.extraSelections():
        cursor = selection.cursor
        first = document.findBlock(cursor.selectionStart()).blockNumber() + 1
        last = document.findBlock(cursor.selectionEnd()).blockNumber() + 1
        spans.append((first, last))
    return spans


def marks(column: LanguageColumn, status: str) -> list[int]:
    return [mark.line for mark in column.gutter.marks if mark.status == status]


def test_columns_show_the_files_of_their_languages(handbook: Handbook, make_view) -> None:
    view = make_view(handbook)

    assert view.languages() == ["bg", "ru", "kk"]
    for column in view.columns:
        assert column.editor.text() == (handbook.root / column.lang / f"{SLUG}.md").read_text(encoding="utf-8")
        assert column.file_label.text() == f"{column.lang}/{SLUG}.md"
        assert column.editor.accessibleName()
    assert not view.column("bg").gutter.isVisibleTo(view)
    assert view.column("ru").gutter.isVisibleTo(view)
    assert view.column("kk").counts_label.text().startswith("1 extra")
    assert marks(view.column("kk"), "extra") == [19]
    assert not view.is_modified


def test_default_languages_follow_the_pivot_chain(handbook: Handbook) -> None:
    assert default_languages(handbook, "ru") == ["bg", "ru"]
    handbook.config.language_options["kk"] = type(
        "Options", (), {"pivot": "ru", "code": "kk", "extra": {}}
    )()  # as ``[languages.kk] pivot = "ru"`` would read
    assert default_languages(handbook, "kk") == ["bg", "ru", "kk"]


def test_scrolling_one_column_brings_the_others_to_the_aligned_heading(handbook: Handbook, make_view) -> None:
    view = make_view(handbook)
    bg, ru, kk = view.columns
    assert heading(ru, "cycle").start != heading(bg, "cycle").start != heading(kk, "cycle").start

    bg.editor.scroll_to_line(heading(bg, "cycle").start)

    assert int(bg.editor.first_visible_line()) == heading(bg, "cycle").start
    assert int(ru.editor.first_visible_line()) == heading(ru, "cycle").start
    assert int(kk.editor.first_visible_line()) == heading(kk, "cycle").start

    kk.editor.scroll_to_line(heading(kk, "why-flip").start)  # any column leads
    assert int(kk.editor.first_visible_line()) == heading(kk, "why-flip").start
    assert int(bg.editor.first_visible_line()) == heading(bg, "why-flip").start
    assert int(ru.editor.first_visible_line()) == heading(ru, "why-flip").start


def test_the_segment_under_the_cursor_is_highlighted_in_every_column(handbook: Handbook, make_view) -> None:
    view = make_view(handbook)
    bg, ru, kk = view.columns
    second = [[s for s in segments_of(c) if s.kind == "paragraph"][1] for c in view.columns]
    ru.editor.setFocus()

    ru.editor.go_to_line(second[1].start)

    assert highlighted(ru.editor) == [(second[1].start, second[1].end)]
    assert highlighted(bg.editor) == [(second[0].start, second[0].end)]
    assert highlighted(kk.editor) == [(second[2].start, second[2].end)]


def test_extending_a_source_paragraph_marks_its_translations_outdated(handbook: Handbook, make_view, qtbot) -> None:
    view = make_view(handbook)
    bg, ru, kk = view.columns
    paragraph = [s for s in segments_of(bg) if s.kind == "paragraph"][2]  # the first under "why flip"
    ru_line = [s for s in segments_of(ru) if s.kind == "paragraph"][2].start
    kk_line = [s for s in segments_of(kk) if s.kind == "paragraph"][3].start  # after kk's extra paragraph
    assert marks(ru, "outdated") == [] and marks(kk, "outdated") == []
    bg.editor.setFocus()
    bg.editor.go_to_line(paragraph.start)
    bg.editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)

    type_text(bg.editor, " Още едно изречение.")
    assert marks(ru, "outdated") == []  # not on the key path: after a pause

    qtbot.waitUntil(lambda: marks(ru, "outdated") == [ru_line] and marks(kk, "outdated") == [kk_line], timeout=1000)
    assert "1 outdated" in ru.counts_label.text()
    assert view.is_modified and bg.dirty_label.isVisibleTo(view)
    assert "изречение" not in (handbook.root / "bg" / f"{SLUG}.md").read_text(encoding="utf-8")


def test_typing_russian_and_saving_writes_the_file_and_records_provenance(handbook: Handbook, make_view, qtbot) -> None:
    view = make_view(handbook)
    ru = view.column("ru")
    provenance = provenance_path(handbook, "ru", SLUG)
    before = provenance.read_text(encoding="utf-8")
    modified: list[bool] = []
    view.modified_changed.connect(modified.append)
    line = [s for s in segments_of(ru) if s.kind == "paragraph"][2].start
    ru.editor.setFocus()
    ru.editor.go_to_line(line)
    ru.editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)

    type_text(ru.editor, " Это новое предложение.")
    assert modified[-1] is True
    qtbot.waitUntil(lambda: view.recovery.read(handbook.root, "ru", SLUG) is not None, timeout=2000)
    assert view.current_column() is ru
    qtbot.keyClick(ru.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # saves the focused column

    saved = (handbook.root / "ru" / f"{SLUG}.md").read_text(encoding="utf-8")
    assert "Это новое предложение." in saved
    assert provenance.read_text(encoding="utf-8") != before
    assert "Это новое предложение." not in provenance.read_text(encoding="utf-8")  # keyed by fingerprint
    assert modified[-1] is False and not view.is_modified
    assert view.recovery.read(handbook.root, "ru", SLUG) is None
    assert marks(ru, "outdated") == []


def test_a_missing_translation_shows_missing_marks_and_is_created_on_save(handbook: Handbook, make_view) -> None:
    path = handbook.root / "kk" / "05-self-assessment.md"
    assert not path.exists()
    view = make_view(handbook, "05-self-assessment")
    kk = view.column("kk")
    bg_segments = segments_of(view.column("bg"))

    assert kk.editor.text() == ""
    assert "new file" in kk.file_label.text()
    assert len(marks(kk, "missing")) == len(bg_segments)
    assert f"{len(bg_segments)} missing" in kk.counts_label.text()

    kk.editor.setFocus()
    type_text(kk.editor, "Өзін-өзі тексеру туралы.")
    assert view.save_all()

    assert path.read_text(encoding="utf-8") == "Өзін-өзі тексеру туралы."
    assert "new file" not in kk.file_label.text()
    # The new paragraph stands for the first bg paragraph (paired by structure): one missing mark fewer.
    assert len(marks(kk, "missing")) == len(bg_segments) - 1
    assert marks(kk, "extra") == []


def test_save_all_saves_the_source_before_its_translations(handbook: Handbook, make_view) -> None:
    view = make_view(handbook)
    bg, ru, _kk = view.columns
    for column, words in ((ru, " Ещё."), (bg, " Още.")):
        column.editor.go_to_line(15)
        column.editor.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
        type_text(column.editor, words)

    assert view.save_all()

    # ru was saved after bg, so its new paragraph counts as translated from the new bg paragraph.
    assert view.statuses["ru"].counts["outdated"] == 0
    assert view.statuses["kk"].counts["outdated"] == 1


def test_a_column_can_show_another_language_and_columns_can_be_added_and_removed(handbook: Handbook, make_view) -> None:
    view = make_view(handbook, languages=("bg", "ru"))

    assert view.add_column("en")
    assert view.languages() == ["bg", "ru", "en"]
    assert view.set_column_language(2, "kk")
    assert view.column("kk").editor.text().startswith("---")
    assert not view.set_column_language(2, "ru")  # already shown
    assert view.remove_column(1)
    assert view.languages() == ["bg", "kk"]
    assert not view.remove_column(0)  # two stay


def test_open_in_editor_asks_for_the_column_language_and_line(handbook: Handbook, make_view) -> None:
    view = make_view(handbook)
    asked: list[tuple[str, str, int]] = []
    view.open_in_editor_requested.connect(lambda *args: asked.append(args))
    kk = view.column("kk")
    kk.editor.go_to_line(30)

    kk.open_button.click()

    assert asked == [("kk", SLUG, 30)]


def test_next_mark_goes_to_the_next_marked_segment(handbook: Handbook, make_view) -> None:
    view = make_view(handbook)
    messages: list[str] = []
    view.status_message.connect(messages.append)
    kk = view.column("kk")
    kk.editor.setFocus()
    kk.editor.go_to_line(1)

    view.next_mark_action.trigger()

    assert kk.editor.current_line() == 19
    assert messages and messages[-1].startswith("Extra")


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_file_changed_on_disk_is_only_overwritten_when_the_user_says_so(
    handbook: Handbook, make_view, monkeypatch, overwrite: bool
) -> None:
    view = make_view(handbook)
    ru = view.column("ru")
    path = handbook.root / "ru" / f"{SLUG}.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nИзменено в другой программе.\n", encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(view, "_ask_overwrite", lambda message: asked.append(message) or overwrite)
    ru.editor.setFocus()
    type_text(ru.editor, "Новое. ")

    assert view.save_current() is overwrite

    assert asked and "changed by another program" in asked[0]
    on_disk = path.read_text(encoding="utf-8")
    assert ("Изменено в другой программе." not in on_disk) is overwrite
    assert ru.is_modified is not overwrite


def test_a_column_preview_is_off_until_asked_for(handbook: Handbook, make_view, monkeypatch, qtbot) -> None:
    monkeypatch.setenv("HANDBOOK_STUDIO_NO_WEBENGINE", "1")  # the simplified page: no Chromium in this test
    view = make_view(handbook)
    ru = view.column("ru")
    assert all(column.preview is None for column in view.columns)

    ru.preview_button.click()

    assert ru.preview is not None and ru.preview.isVisibleTo(view)
    qtbot.waitUntil(lambda: ru.preview.rendered_revision > 0, timeout=5000)
    ru.preview_button.click()
    assert ru.preview is None
