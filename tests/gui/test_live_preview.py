"""Writing a section with the live preview, as an author does it: type, scroll, click, undo, save."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from authoring_app.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

SECTION = "04-gamification"


def js(qtbot, window: MainWindow, script: str, until=lambda value: value is not None, timeout: int = 10000):
    """Evaluate ``script`` in the preview page until ``until(value)`` holds; returns the last value."""
    preview = window.section_editor.preview
    seen: list = []
    # Results cross as JSON: PySide6 turns a JavaScript array into an empty string. (No eval: the page's
    # Content-Security-Policy forbids it, so ``script`` is one expression.)
    wrapped = f"JSON.stringify((function () {{ return ({script}); }})())"

    def poll() -> bool:
        preview.run_javascript(wrapped, lambda text: seen.append(json.loads(text) if text else None))
        return bool(seen) and until(seen[-1])

    qtbot.waitUntil(poll, timeout=timeout)
    return seen[-1]


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (Cyrillic too: qtbot.keyClicks cannot send non-ASCII, see TESTING.md)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def wait_rendered(qtbot, window: MainWindow) -> None:
    preview = window.section_editor.preview
    qtbot.waitUntil(lambda: preview.rendered_revision >= preview.revision, timeout=20000)


@pytest.fixture
def window(qtbot, sample_copy: Path) -> MainWindow:
    window = MainWindow()  # closed below, after its text is marked saved (no "save changes?" question)
    assert window.open_handbook(sample_copy)
    window.reset_layout((1400, 900))
    window.show()
    qtbot.waitExposed(window)
    assert window.open_section(SECTION)
    wait_rendered(qtbot, window)
    yield window
    if window.section_editor is not None:
        window.section_editor.editor.document().setModified(False)
    window.close()
    window.deleteLater()


def _put_cursor_after(editor, needle: str) -> None:
    text = editor.toPlainText()
    position = text.index(needle) + len(needle)
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)


def test_the_preview_is_the_sites_page_with_the_section(qtbot, window: MainWindow) -> None:
    assert window.section_editor.preview.live  # Chromium, not the fallback
    title = js(qtbot, window, "document.querySelector('article.hb-article h2') && document.title")
    assert title.startswith("Геймификация — ")
    # The site's stylesheet is applied (its header colour), the tabs are there, every block has its line.
    state = js(
        qtbot,
        window,
        "[getComputedStyle(document.querySelector('.hb-header')).backgroundColor,"
        " document.querySelectorAll('article .tabbed-set').length,"
        " document.querySelectorAll('article > [data-line]').length,"
        " document.documentElement.scrollWidth <= document.documentElement.clientWidth]",
    )
    assert state[0] not in ("rgba(0, 0, 0, 0)", "transparent")
    assert state[1] >= 1
    assert state[2] > 10
    assert state[3], "the page is wider than the preview"


def test_quizzes_and_tabs_work_in_the_preview(qtbot, window: MainWindow) -> None:
    assert window.open_section("05-self-assessment")
    wait_rendered(qtbot, window)
    feedback = js(
        qtbot,
        window,
        "(function () { var form = document.querySelector('article form.hb-quiz-question');"
        " var inputs = form.querySelectorAll('input'); inputs[0].click();"
        " form.querySelector('.hb-quiz-check').click();"
        " var f = form.querySelector('.hb-quiz-feedback'); return f && !f.hidden && f.textContent.trim(); })()",
        until=bool,
    )
    assert feedback  # the site's script checked the answer and showed the feedback
    assert window.open_section("04-gamification")
    wait_rendered(qtbot, window)
    shown = js(
        qtbot,
        window,
        "(function () { var set = document.querySelector('article .tabbed-set');"
        " var labels = set.querySelectorAll('.tabbed-labels label'); labels[1].click();"
        " var blocks = set.querySelectorAll('.tabbed-block');"
        " return [getComputedStyle(blocks[0]).display, getComputedStyle(blocks[1]).display]; })()",
    )
    assert shown[0] == "none" and shown[1] != "none"  # the second tab is shown after a click on its label


def test_typing_latin_and_cyrillic_updates_the_page_without_reloading_it(qtbot, window: MainWindow) -> None:
    editor = window.section_editor.editor
    js(qtbot, window, "(window.hbMarker = 'same page', 1)")
    _put_cursor_after(editor, "Геймификацията е използването")
    type_text(editor, " Zebra-кириллица ёЁ")
    wait_rendered(qtbot, window)
    text = js(
        qtbot,
        window,
        "document.querySelector('article').textContent.includes('използването Zebra-кириллица ёЁ') && window.hbMarker",
        until=lambda value: value == "same page",
    )
    assert text == "same page"  # patched in place: a reload would have lost the marker
    assert window.isWindowModified()


def test_a_new_heading_and_a_deleted_block_show_in_the_page(qtbot, window: MainWindow) -> None:
    editor = window.section_editor.editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "## Нова глава")
    wait_rendered(qtbot, window)
    found = js(
        qtbot,
        window,
        "Array.from(document.querySelectorAll('article h2')).map(h => h.id).includes('нова-глава')",
        until=bool,
    )
    assert found
    editor.undo()
    wait_rendered(qtbot, window)
    gone = js(
        qtbot,
        window,
        "!Array.from(document.querySelectorAll('article h2')).some(h => h.textContent.includes('Нова'))",
        until=bool,
    )
    assert gone


def test_undo_restores_the_text_and_the_page(qtbot, window: MainWindow) -> None:
    editor = window.section_editor.editor
    original = editor.toPlainText()
    _put_cursor_after(editor, "Геймификацията е използването")
    qtbot.keyClicks(editor, " undo-me")
    assert "undo-me" in editor.toPlainText()
    window.actions_.undo_action.trigger()
    while "undo-me" in editor.toPlainText() and editor.document().isUndoAvailable():
        window.actions_.undo_action.trigger()
    assert editor.toPlainText() == original
    assert not window.isWindowModified()
    wait_rendered(qtbot, window)
    assert js(qtbot, window, "!document.body.textContent.includes('undo-me')", until=bool)


def test_scrolling_the_editor_scrolls_the_preview_to_the_same_line(qtbot, window: MainWindow) -> None:
    editor = window.section_editor.editor
    bar = editor.verticalScrollBar()
    assert bar.maximum() > 20
    bar.setValue(bar.maximum() // 2)
    line = editor.first_visible_line()
    assert line > 10
    at_top = js(qtbot, window, "window.hbPreview.lineAtTop()", until=lambda value: abs(value - line) < 1)
    assert abs(at_top - line) < 1  # the preview shows the editor's top line at its top


def test_scrolling_the_preview_scrolls_the_editor(qtbot, window: MainWindow) -> None:
    editor = window.section_editor.editor
    bar = editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    deepest = editor.first_visible_line()  # the editor cannot show a later line at its top
    bar.setValue(0)
    lines = editor.toPlainText().split("\n")
    line = next(i for i, t in enumerate(lines, 1) if t.startswith(("## ", "Всеки")) and 10 < i < deepest)
    at_top = js(
        qtbot,
        window,
        f"window.scrollTo(0, window.scrollY + document.querySelector('article [data-line=\"{line}\"]')"
        ".getBoundingClientRect().top), window.hbPreview.lineAtTop()",
    )
    assert abs(at_top - line) < 0.5
    qtbot.waitUntil(lambda: abs(editor.first_visible_line() - line) < 1, timeout=10000)


def test_a_click_in_the_preview_puts_the_cursor_on_that_line(qtbot, window: MainWindow) -> None:
    editor = window.section_editor.editor
    lines = editor.toPlainText().split("\n")
    line = next(i for i, t in enumerate(lines, 1) if t.startswith("Добре подбраните"))
    view = window.section_editor.preview.view
    rect = js(
        qtbot,
        window,
        f"(function(){{var p = document.querySelector('article [data-line=\"{line}\"]');"
        " p.scrollIntoView(); var r = p.getBoundingClientRect();"
        " return [r.left + 20, r.top + 5, window.devicePixelRatio]; })()",
    )
    target = view.focusProxy() or view
    qtbot.waitUntil(lambda: target is not None)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(int(rect[0]), int(rect[1])))
    qtbot.waitUntil(lambda: editor.current_line() == line, timeout=10000)


def test_saving_writes_the_file_and_clears_the_recovery_copy(qtbot, window: MainWindow, sample_copy: Path) -> None:
    editor = window.section_editor.editor
    _put_cursor_after(editor, "Геймификацията е използването")
    type_text(editor, " сохрани")
    recovery = window.recovery.path_for(window.handbook.root, "bg", SECTION)
    qtbot.waitUntil(recovery.exists, timeout=3000)  # within about a second, while typing could go on
    assert "сохрани" in recovery.read_text(encoding="utf-8")
    assert window.save()
    assert "използването сохрани" in (sample_copy / "bg" / f"{SECTION}.md").read_text(encoding="utf-8")
    assert not recovery.exists()
    assert not window.isWindowModified()


def test_a_file_changed_on_disk_is_not_overwritten_silently(
    qtbot, window: MainWindow, sample_copy, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    path = sample_copy / "bg" / f"{SECTION}.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nДобавено от друга програма.\n", encoding="utf-8")
    qtbot.keyClicks(window.section_editor.editor, "x")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    assert not window.save()
    assert "Добавено от друга програма." in path.read_text(encoding="utf-8")


def test_the_language_box_opens_the_translation(qtbot, window: MainWindow) -> None:
    box = window.language_box
    box.setCurrentIndex(box.findData("ru"))
    box.activated.emit(box.currentIndex())
    assert window.current_section == ("ru", SECTION)
    wait_rendered(qtbot, window)
    assert js(qtbot, window, "document.documentElement.lang", until=lambda v: v == "ru") == "ru"


def test_the_preview_loads_nothing_from_the_network(qtbot, window: MainWindow) -> None:
    from PySide6.QtWebEngineCore import QWebEngineSettings

    from authoring_app.gui.preview.web_preview import local_only_interceptor

    interceptor = local_only_interceptor()
    interceptor.refused.clear()
    editor = window.section_editor.editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText('\n\n<img src="https://example.com/tracker.png" alt="remote">\n')
    wait_rendered(qtbot, window)
    # First wall: a local page may not load remote URLs at all, so the image stays empty.
    state = js(
        qtbot,
        window,
        "Array.from(document.querySelectorAll('article img')).map(i => [i.src.startsWith('file:'), i.complete,"
        " i.naturalWidth > 0])",
        until=lambda images: images and all(complete for _, complete, _ in images),
    )
    assert [loaded for local, _, loaded in state if not local] == [False]
    assert all(loaded for local, _, loaded in state if local)  # the handbook's own images do load
    # Behind the page's own walls (no remote URLs for local content, a Content-Security-Policy), the request
    # interceptor refuses whatever a page of the app's web profile would send off the computer.
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage

    probe = QWebEnginePage()
    probe.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
    probe.setHtml('<img src="https://example.com/pixel.png" alt="">', QUrl("file:///probe.html"))
    try:
        qtbot.waitUntil(lambda: "https://example.com/pixel.png" in interceptor.refused, timeout=10000)
    finally:
        probe.deleteLater()


def test_scripts_in_a_sections_html_do_not_run_in_the_preview(qtbot, window: MainWindow, sample_copy: Path) -> None:
    path = sample_copy / "bg" / "03-video-lectures.md"
    hostile = (
        '\n\n<img src="missing.png" alt="x" onerror="document.title = \'pwned\'">\n\n'
        "<a href=\"javascript:document.title='js'\">x</a>\n"
    )
    path.write_text(path.read_text(encoding="utf-8") + hostile, encoding="utf-8")
    assert window.open_section("03-video-lectures")  # from the file: in the page's first content
    wait_rendered(qtbot, window)
    editor = window.section_editor.editor
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText('\n\n<img src="gone.png" alt="y" onerror="document.title = \'pwned-too\'">\n')  # by a patch
    wait_rendered(qtbot, window)
    qtbot.wait(300)
    state = js(
        qtbot,
        window,
        "[document.title, document.querySelectorAll('article img[onerror]').length,"
        " !!document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')]",
    )
    assert state[1] == 0  # the handlers are sanitised away (core/render/sanitize.py) …
    assert "pwned" not in state[0]  # …and none ran; the CSP stays as a second guard
    assert state[2]


def test_reloading_the_page_rebuilds_it_from_the_text(qtbot, window: MainWindow) -> None:
    from PySide6.QtWebEngineCore import QWebEnginePage

    editor = window.section_editor.editor
    _put_cursor_after(editor, "Геймификацията е използването")
    qtbot.keyClicks(editor, " AAA")
    wait_rendered(qtbot, window)
    window.section_editor.preview.page.triggerAction(QWebEnginePage.WebAction.Reload)
    qtbot.keyClicks(editor, " BBB")
    wait_rendered(qtbot, window)
    count = js(
        qtbot,
        window,
        "document.querySelector('article').textContent.split('използването AAA BBB').length - 1",
        until=lambda n: n == 1,
    )
    assert count == 1  # shown once, with both edits: not the stale first version, not twice


def test_undoing_back_to_the_saved_text_forgets_the_recovery_copy(qtbot, window: MainWindow) -> None:
    editor = window.section_editor.editor
    recovery = window.recovery.path_for(window.handbook.root, "bg", SECTION)
    _put_cursor_after(editor, "Геймификацията е използването")
    qtbot.keyClicks(editor, " x")
    qtbot.waitUntil(recovery.exists, timeout=3000)
    while editor.document().isModified():
        editor.undo()
    assert not recovery.exists()


def test_renaming_or_retitling_the_open_section_follows_it(qtbot, window: MainWindow, sample_copy: Path) -> None:
    from authoring_app.core.structure import RenameSection, SetSectionTitle

    editor = window.section_editor.editor
    _put_cursor_after(editor, "Геймификацията е използването")
    type_text(editor, " незаписано")
    controller = window.project_tree.controller
    assert controller.run(RenameSection("04-gamification", "04-games"), "Rename")
    # The text was saved first, then the editor followed the file to its new name.
    assert window.current_section == ("bg", "04-games")
    assert "използването незаписано" in (sample_copy / "bg" / "04-games.md").read_text(encoding="utf-8")
    assert not (sample_copy / "bg" / "04-gamification.md").exists()
    assert controller.run(SetSectionTitle("04-games", "bg", "Игри"), "Title")
    assert "title: Игри" in editor.toPlainText()  # reloaded from the file the change wrote
    assert not window.isWindowModified()
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert window.current_section == ("bg", "04-gamification")
    assert "title: Геймификация" in editor.toPlainText()


def test_a_gallery_click_opens_the_lightbox_not_another_program(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert window.open_section("08-study-hall")
    wait_rendered(qtbot, window)
    shown = js(
        qtbot,
        window,
        "(function () { var link = document.querySelector('article a.hb-gallery-link'); link.click();"
        " var box = document.querySelector('dialog.hb-lightbox'); return !!(box && box.open); })()",
    )
    qtbot.wait(300)
    assert shown
    assert opened == []


def test_an_image_dropped_on_the_editor_asks_for_alt_text_and_shows_in_the_page(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from handbook_files import make_image
    from PySide6.QtCore import QTimer

    from authoring_app.gui.insert_media import InsertImageDialog

    picture = make_image(tmp_path / "Учебна зала.png", (900, 600))
    editor = window.section_editor.editor
    _put_cursor_after(editor, "Геймификацията е използването")
    answered: list[bool] = []

    def describe_and_insert() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InsertImageDialog)
        assert not dialog.ok_button.isEnabled()  # no alt text yet: the image cannot go in
        type_text(dialog.alt_edit, "Празна учебна зала")
        answered.append(dialog.ok_button.isEnabled())
        dialog.ok_button.click()

    QTimer.singleShot(200, describe_and_insert)
    editor.files_dropped.emit([picture])  # what a drop of the file on the editor sends
    assert answered == [True]
    assert "![Празна учебна зала](../media/uchebna-zala.png)" in editor.toPlainText()
    wait_rendered(qtbot, window)
    size = js(
        qtbot,
        window,
        "(function () { var i = document.querySelector('article img[alt=\"Празна учебна зала\"]');"
        " return i && i.complete ? i.naturalWidth : null; })()",
    )
    assert size == 900


def test_saving_a_translation_records_where_it_came_from(qtbot, window: MainWindow, sample_copy: Path) -> None:
    from authoring_app.core.translation.status import section_status

    assert window.open_section(SECTION, "ru")
    wait_rendered(qtbot, window)
    editor = window.section_editor.editor
    _put_cursor_after(editor, "Геймификация")
    type_text(editor, " — игра")
    assert window.save()
    records = sample_copy / ".handbook" / "ru" / f"{SECTION}.provenance"
    assert records.is_file()
    status = section_status(window.handbook, "ru", SECTION)
    assert status.counts["outdated"] == 0 and status.counts["translated"] > 10
