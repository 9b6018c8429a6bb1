"""The window's ways of working on a section: write, languages side by side, segments, dashboard, problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from authoring_app.core.handbook import Handbook
from authoring_app.core.translation.tracking import track_handbook
from authoring_app.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, sample_copy: Path, monkeypatch) -> MainWindow:
    monkeypatch.setenv("HANDBOOK_STUDIO_NO_WEBENGINE", "1")  # these tests are about the views, not the page
    track_handbook(Handbook.load(sample_copy))
    window = MainWindow()
    assert window.open_handbook(sample_copy)
    window.reset_layout((1400, 900))
    window.show()
    assert window.open_section("02-flipped-classroom", "kk")
    yield window
    if window.modes.side_by_side is not None:
        window.modes.side_by_side.discard_all()  # no "save changes?" question at the end
    if window.section_editor is not None:
        window.section_editor.editor.document().setModified(False)
    window.close()
    window.deleteLater()


def test_side_by_side_opens_the_section_with_source_and_translation(qtbot, window: MainWindow) -> None:
    window.modes.actions["side-by-side"].trigger()
    view = window.modes.side_by_side
    assert window.work_stack.currentWidget() is view
    assert view.languages()[0] == "bg" and view.languages()[-1] == "kk"
    assert window.language_box.isHidden()  # the columns choose their languages
    window.modes.actions["write"].trigger()
    assert window.work_stack.currentWidget() is window.section_editor
    assert window.current_section == ("kk", "02-flipped-classroom")


def test_ctrl_s_in_side_by_side_saves_the_focused_column(qtbot, window: MainWindow, sample_copy: Path) -> None:
    window.modes.actions["side-by-side"].trigger()
    view = window.modes.side_by_side
    column = view.column("kk")
    editor = column.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\nҚосымша жол.\n")
    editor.setTextCursor(cursor)
    assert window.isWindowModified()
    assert window.save()
    assert "Қосымша жол." in (sample_copy / "kk" / "02-flipped-classroom.md").read_text(encoding="utf-8")


def test_leaving_side_by_side_with_unsaved_text_asks(qtbot, window: MainWindow, monkeypatch) -> None:
    window.modes.actions["side-by-side"].trigger()
    view = window.modes.side_by_side
    view.column("kk").editor.insertPlainText("x")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Cancel)
    window.modes.actions["segments"].trigger()
    assert asked and window.work_stack.currentWidget() is view  # cancelled: still side by side
    assert window.modes.actions["side-by-side"].isChecked()


def test_segments_and_dashboard_show_the_section_and_open_places_in_the_editor(qtbot, window: MainWindow) -> None:
    window.modes.actions["segments"].trigger()
    grid = window.modes.grid
    assert window.work_stack.currentWidget() is grid
    assert grid.row_keys()[0] == "title:1"
    grid.open_requested.emit("ru", "02-flipped-classroom", 21)
    assert window.work_stack.currentWidget() is window.section_editor
    assert window.current_section == ("ru", "02-flipped-classroom")
    assert window.section_editor.editor.current_line() == 21
    window.modes.actions["dashboard"].trigger()
    dashboard = window.modes.dashboard
    qtbot.waitUntil(lambda: not dashboard.is_loading(), timeout=20000)
    assert dashboard.counts("kk", "05-self-assessment")["missing"] > 10
    dashboard.open_requested.emit("en", "03-video-lectures")
    assert window.current_section == ("en", "03-video-lectures")


def test_the_problems_panel_shows_the_translation_finding_and_opens_it(qtbot, window: MainWindow) -> None:
    window.modes.problems_action.trigger()
    panel = window.modes.problems
    qtbot.waitUntil(lambda: panel.report() is not None and not panel.is_checking(), timeout=30000)
    messages = [p.message for p in panel.report().problems]
    assert any("sentences" in message for message in messages)
    panel.open_requested.emit("ru", "02-flipped-classroom", 21)
    assert window.current_section == ("ru", "02-flipped-classroom")
    assert window.section_editor.editor.current_line() == 21
