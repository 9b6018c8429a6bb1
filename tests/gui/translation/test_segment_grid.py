"""The segment grid: statuses per language, the source diff, mark as up to date, edit in place, filters, keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from authoring_app.core.handbook import Handbook
from authoring_app.core.segments import segment_section
from authoring_app.core.translation.provenance import provenance_path
from authoring_app.core.translation.tracking import track_handbook
from authoring_app.gui.translation.segment_grid import SegmentGrid

pytestmark = pytest.mark.gui
SLUG = "02-flipped-classroom"
OLD_SENTENCE = "Обърнатата класна стая разменя местата на тези две дейности."
ADDED = "Така времето с преподавателя носи най-много полза."


@pytest.fixture
def handbook(sample_copy: Path) -> Handbook:
    track_handbook(Handbook.load(sample_copy))
    return Handbook.load(sample_copy)


@pytest.fixture
def grid(qtbot) -> SegmentGrid:  # type: ignore[no-untyped-def]
    widget = SegmentGrid()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def _change_source(handbook: Handbook) -> None:
    path = handbook.section_path("bg", SLUG)
    path.write_text(path.read_text(encoding="utf-8").replace(OLD_SENTENCE, f"{OLD_SENTENCE} {ADDED}"), "utf-8")


def _outdated(grid: SegmentGrid, lang: str) -> list[str]:
    return [key for key in grid.row_keys() if grid.cell_status(key, lang) == "outdated"]


def test_changed_source_paragraph_is_outdated_with_its_diff(grid: SegmentGrid, handbook: Handbook) -> None:
    _change_source(handbook)
    grid.set_section(handbook, SLUG)
    assert grid.languages() == ["ru", "en", "kk", "uz"]
    assert _outdated(grid, "ru") == ["paragraph:1"]
    assert grid.cell_status("paragraph:2", "ru") == "translated"
    assert grid.select_cell("paragraph:1", "ru")
    shown = grid.detail.toPlainText()
    assert "What changed in the source" in shown
    assert ADDED in shown
    added_html = grid.detail.toHtml().split(ADDED)[0].rsplit("<span", 1)[-1]
    assert "font-weight" in added_html  # the added words are marked, not only coloured
    grid.show()
    grid.grab().save("/tmp/grid.png")


def test_mark_as_up_to_date_records_provenance(grid: SegmentGrid, handbook: Handbook) -> None:
    _change_source(handbook)
    grid.set_section(handbook, SLUG, ["ru", "en"])
    record = provenance_path(handbook, "ru", SLUG)
    assert ADDED not in record.read_text(encoding="utf-8")
    grid.select_cell("paragraph:1", "ru")
    assert grid.mark_button.isEnabled()
    with pytest.MonkeyPatch.context():
        grid.mark_button.click()
    assert grid.cell_status("paragraph:1", "ru") == "translated"
    assert grid.cell_status("paragraph:1", "en") == "outdated"  # only the selected cell's language
    assert ADDED in record.read_text(encoding="utf-8")


def test_edit_in_place_changes_only_that_segment(grid: SegmentGrid, handbook: Handbook, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = handbook.section_path("ru", SLUG)
    before = path.read_bytes()
    segment = [s for s in segment_section(before.decode("utf-8")) if s.kind == "paragraph"][1]
    grid.set_section(handbook, SLUG, ["ru"])
    grid.select_cell("paragraph:2", "ru")
    new_text = "Новый перевод второго абзаца,\nв две строки."
    with qtbot.waitSignal(grid.section_changed) as signal:
        grid.model.setData(grid.model.index(grid.model.row_index("paragraph:2"), 1), new_text)
    assert signal.args == ["ru", SLUG]
    lines_before, lines_after = before.split(b"\n"), path.read_bytes().split(b"\n")
    head, tail = segment.start - 1, len(lines_before) - segment.end
    assert lines_after[:head] == lines_before[:head]
    assert lines_after[len(lines_after) - tail :] == lines_before[len(lines_before) - tail :]
    assert b"\n".join(lines_after[head : len(lines_after) - tail]) == new_text.encode("utf-8")
    assert grid.cell_status("paragraph:2", "ru") == "translated"
    assert grid.model.index(grid.model.row_index("paragraph:2"), 1).data(Qt.ItemDataRole.EditRole) == new_text


def test_editor_commits_with_ctrl_return(grid: SegmentGrid, handbook: Handbook, qtbot) -> None:  # type: ignore[no-untyped-def]
    grid.set_section(handbook, SLUG, ["ru"])
    grid.show()
    grid.select_cell("paragraph:1", "ru")
    assert grid.copy_source_to_target()
    editor = grid.delegate.last_editor
    assert editor is not None and editor.toPlainText().startswith("В традиционния курс")
    with qtbot.waitSignal(grid.section_changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "В традиционния курс" in handbook.section_path("ru", SLUG).read_text(encoding="utf-8")


def test_missing_segment_is_inserted_after_the_previous_one(grid: SegmentGrid, handbook: Handbook, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = handbook.section_path("ru", SLUG)
    original = path.read_text(encoding="utf-8")
    paragraph = [s for s in segment_section(original) if s.kind == "paragraph"][1]
    lines = original.split("\n")
    path.write_text("\n".join(lines[: paragraph.start - 1] + lines[paragraph.end + 1 :]), encoding="utf-8")
    grid.set_section(handbook, SLUG, ["ru"])
    grid.set_filter("missing")
    assert grid.row_keys() == ["paragraph:2"]
    with qtbot.waitSignal(grid.section_changed):
        grid.model.setData(grid.model.index(grid.model.row_index("paragraph:2"), 1), paragraph.text)
    assert path.read_text(encoding="utf-8") == original
    assert grid.cell_status("paragraph:2", "ru") == "translated"
    assert grid.row_keys() == []  # the filter still shows only what is missing


def test_missing_filter_on_a_section_without_a_file_shows_every_row(grid: SegmentGrid, handbook: Handbook) -> None:
    slug = "05-self-assessment"
    assert not handbook.has_section("kk", slug)
    grid.set_section(handbook, slug, ["ru", "kk"])
    every = grid.row_keys()
    grid.set_filter("missing")
    assert grid.row_keys() == every
    assert grid.filter_combo.currentData() == "missing"
    grid.set_filter("outdated")
    assert grid.row_keys() == []


def test_next_outdated_key_moves_the_current_row(grid: SegmentGrid, handbook: Handbook, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = handbook.section_path("bg", SLUG)
    text = path.read_text(encoding="utf-8").replace("Идеята е естествено", "Мисълта е естествено")
    path.write_text(text.replace(OLD_SENTENCE, f"{OLD_SENTENCE} {ADDED}"), encoding="utf-8")
    grid.set_section(handbook, SLUG, ["ru"])
    grid.show()
    grid.windowHandle().requestActivate()  # shortcuts fire only in the active window, offscreen too
    qtbot.waitUntil(lambda: QApplication.activeWindow() is grid)
    assert grid.select_cell("title:1", "ru")
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_F8)
    assert grid.current_cell() == ("paragraph:1", "ru")
    qtbot.keyClick(grid.view, Qt.Key.Key_F8)
    assert grid.current_cell() == ("paragraph:2", "ru")
    qtbot.keyClick(grid.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert grid.current_cell() == ("paragraph:1", "ru")


def test_double_click_asks_to_open_the_segment(grid: SegmentGrid, handbook: Handbook, qtbot) -> None:  # type: ignore[no-untyped-def]
    grid.set_section(handbook, SLUG, ["ru"])
    row = grid.model.row_index("heading:why-flip")
    line = grid.model.rows[row].cells["ru"].target.start  # type: ignore[union-attr]
    with qtbot.waitSignal(grid.open_requested) as signal:
        grid.view.doubleClicked.emit(grid.proxy.mapFromSource(grid.model.index(row, 1)))
    assert signal.args == ["ru", SLUG, line]


def test_choosing_languages_changes_the_columns(grid: SegmentGrid, handbook: Handbook) -> None:
    grid.set_section(handbook, SLUG)
    assert grid.model.columnCount() == 5
    grid.set_languages(["kk"])
    assert grid.model.columnCount() == 2
    assert grid.model.headerData(1, Qt.Orientation.Horizontal) == "Kazakh (kk)"
    kk_action, ru_action = (next(a for a in grid.languages_menu.actions() if a.data() == code) for code in ("kk", "ru"))
    assert kk_action.isChecked() and not ru_action.isChecked()
    ru_action.trigger()
    assert grid.languages() == ["ru", "kk"]
