"""Files changed by another program while the app has them open: reload, conflict, merge, bursts, deletions.

The changes are made the way editors and ``git`` make them: a new file renamed over the old one (``os.replace``),
which ends a plain file watch. Every question the app asks is answered here by replacing the dialog's ``exec``,
so no modal dialog is ever left open; each window ends with nothing unsaved, so closing it asks nothing.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from authoring_app.gui import window_dialogs
from authoring_app.gui.conflict_dialog import ConflictDialog
from authoring_app.gui.file_watcher import FileWatcher
from authoring_app.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

SLUG = "03-video-lectures"
BG = f"bg/{SLUG}.md"


def type_text(widget: QWidget, text: str) -> None:
    """Type Cyrillic as real key events (``qtbot.keyClicks`` aborts on non-ASCII, TESTING.md)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def replace_file(path: Path, text: str) -> None:
    """Write ``path`` as git and most editors do: a new file renamed over the old one."""
    temp = path.with_name(f".{path.name}.incoming")
    temp.write_bytes(text.encode("utf-8"))
    os.replace(temp, path)


def settle_everything(window: MainWindow) -> None:
    """Nothing unsaved is left, so closing the window asks nothing."""
    if window.section_editor is not None and window.section_editor.is_modified:
        window.section_editor.discard()
    if window.modes.side_by_side is not None:
        window.modes.side_by_side.discard_all()


@pytest.fixture
def window(qtbot, sample_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    asked: list[str] = []
    monkeypatch.setattr(window_dialogs, "ask_overwrite", lambda _parent, message: asked.append(message) or False)
    window = MainWindow(simple_preview=True)
    assert window.open_handbook(sample_copy)
    window.show()
    assert window.open_section(SLUG, "bg")
    window.asked_overwrite = asked  # type: ignore[attr-defined]
    yield window
    settle_everything(window)
    for box in window.findChildren(QMessageBox):
        box.close()
    window.close()
    window.deleteLater()


def answer_conflicts(monkeypatch: pytest.MonkeyPatch, answer: Callable[[ConflictDialog], None]) -> list[ConflictDialog]:
    """Replace the conflict dialog's ``exec`` with ``answer`` (what the user clicks); returns the dialogs shown."""
    shown: list[ConflictDialog] = []

    def exec_(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        answer(dialog)
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return shown


def wait_handled(qtbot, window: MainWindow, timeout: int = 5000) -> None:
    with qtbot.waitSignal(window.external_changes.handled, timeout=timeout):
        pass


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


# ---- no unsaved changes: reloaded -----------------------------------------------------------------------


def test_an_unmodified_section_reloads_when_its_file_is_replaced(qtbot, window: MainWindow, sample_copy: Path) -> None:
    editor = window.section_editor
    path = sample_copy / BG
    old = path.read_text(encoding="utf-8")
    cursor = editor.editor.textCursor()
    cursor.setPosition(40)
    editor.editor.setTextCursor(cursor)
    new = old + "\nНов абзац, добавен от колега през git.\n"
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        replace_file(path, new)
    assert editor.editor.text() == new and not editor.is_modified
    assert editor.editor.textCursor().position() == 40  # the change is below: the cursor stays
    assert "reloaded" in status(window) and BG in status(window)
    editor.editor.undo()  # the text before the reload comes back in one step
    assert editor.editor.text() == old
    editor.editor.redo()

    # The watch survives the replacement: a second change is seen too.
    newer = new.replace("Нов абзац", "Още по-нов абзац")
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        replace_file(path, newer)
    assert editor.editor.text() == newer and not editor.is_modified
    assert window.asked_overwrite == []


def _touches(paths: frozenset, path: Path) -> bool:
    return path.resolve() in {p.resolve() for p in paths}


def test_the_apps_own_save_causes_no_reload_and_no_question(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    editor = window.section_editor
    type_text(editor.editor, "Мой текст. ")
    typed = editor.editor.text()
    shown = answer_conflicts(monkeypatch, lambda dialog: dialog.reject())
    reloads: list[int] = []
    editor.session.reloaded.connect(lambda: reloads.append(1))
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000) as blocker:
        assert window.save()
    assert _touches(blocker.args[0], sample_copy / BG)  # the watcher saw the save, and handled it
    assert editor.editor.text() == typed and not editor.is_modified and shown == [] and reloads == []
    assert "reloaded" not in status(window)


def test_a_save_from_side_by_side_brings_the_hidden_editor_along_without_a_notice(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    """The Write editor (hidden) and the ru column show the same file: the column's save is no outside change."""
    shown = answer_conflicts(monkeypatch, lambda dialog: dialog.reject())
    assert window.open_section(SLUG, "ru")
    editor = window.section_editor
    reloads: list[int] = []
    editor.session.reloaded.connect(lambda: reloads.append(1))
    assert window.modes.show_mode("side-by-side")
    view = window.modes.side_by_side
    ru = view.column("ru")
    assert ru is not None and view.column("bg") is not None
    ru.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(ru.editor, "Новое предложение.")
    path = sample_copy / "ru" / f"{SLUG}.md"
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000) as blocker:
        ru.save()
    assert _touches(blocker.args[0], path)
    saved = path.read_text(encoding="utf-8")
    assert saved.endswith("Новое предложение.") and ru.editor.text() == saved
    assert editor.editor.text() == saved and not editor.is_modified and reloads == [1]  # followed, silently
    assert "reloaded" not in status(window) and "another program" not in status(window)
    assert shown == []


def test_a_segment_written_from_the_grid_brings_the_hidden_editor_along_without_a_notice(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    shown = answer_conflicts(monkeypatch, lambda dialog: dialog.reject())
    assert window.open_section(SLUG, "ru")
    editor = window.section_editor
    assert window.modes.show_mode("segments")
    grid = window.modes.grid
    row = next(row for row in grid.model.rows if "ru" in row.cells and row.cells["ru"].target is not None)
    path = sample_copy / "ru" / f"{SLUG}.md"
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000) as blocker:
        assert grid.write_segment(row.key, "ru", "Сегмент, переписанный в таблице.")
    assert _touches(blocker.args[0], path)
    saved = path.read_text(encoding="utf-8")
    assert "Сегмент, переписанный в таблице." in saved
    assert editor.editor.text() == saved and not editor.is_modified
    assert "reloaded" not in status(window) and shown == []


def test_a_restore_from_a_backup_outside_write_mode_brings_the_editor_along_without_a_notice(
    qtbot, window: MainWindow, sample_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    from authoring_app.core.backups import BackupStore

    shown = answer_conflicts(monkeypatch, lambda dialog: dialog.reject())
    store = BackupStore(tmp_path / "backups")
    path = sample_copy / BG
    backed_up = path.read_text(encoding="utf-8")
    snapshot = store.back_up(sample_copy).snapshot
    assert snapshot is not None
    window.section_editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.section_editor.editor, "Добавено.")
    assert window.save()
    assert window.modes.show_mode("dashboard")  # not in Write mode: the restore does not reload the editor
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000) as blocker:
        result = store.restore(sample_copy, snapshot, [BG])
    assert result.restored == [BG] and _touches(blocker.args[0], path)
    editor = window.section_editor
    assert editor.editor.text() == backed_up and not editor.is_modified
    assert "reloaded" not in status(window) and shown == []


def test_an_outside_change_after_the_apps_own_save_is_still_reported(
    qtbot, window: MainWindow, sample_copy: Path
) -> None:
    editor = window.section_editor
    type_text(editor.editor, "Мое. ")
    path = sample_copy / BG
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        assert window.save()
    theirs = path.read_text(encoding="utf-8") + "\nТехен абзац.\n"
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        replace_file(path, theirs)
    assert editor.editor.text() == theirs and "reloaded" in status(window)


def test_a_burst_queued_behind_a_question_is_dropped_with_the_window(qtbot, sample_copy: Path) -> None:
    import shiboken6

    window = MainWindow(simple_preview=True)
    assert window.open_handbook(sample_copy)
    changes = window.external_changes
    handled: list[frozenset] = []

    def handle(paths: frozenset) -> None:
        handled.append(paths)
        if len(handled) == 1:
            changes.on_files_changed(frozenset({sample_copy / BG}))  # comes while "a question is open"

    changes._handle = handle  # type: ignore[method-assign]
    changes.on_files_changed(frozenset({sample_copy / "handbook.toml"}))
    assert len(handled) == 1  # the second burst waits for the next turn of the event loop
    window.close()
    shiboken6.delete(window)
    qtbot.wait(50)
    assert len(handled) == 1  # never handled by a window that is gone


# ---- unsaved changes: the conflict dialog --------------------------------------------------------------


def _conflict(qtbot, window: MainWindow, path: Path, mine_typed: str, theirs: str) -> str:
    """Type ``mine_typed`` at the start, then replace the file with ``theirs``; returns the editor's text then."""
    editor = window.section_editor
    editor.editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(editor.editor, mine_typed)
    mine = editor.editor.text()
    assert editor.is_modified
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        replace_file(path, theirs)
    return mine


def test_keep_mine_keeps_the_text_and_the_next_save_overwrites_knowingly(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    shown = answer_conflicts(monkeypatch, lambda dialog: dialog.keep_button.click())
    path = sample_copy / BG
    theirs = path.read_text(encoding="utf-8") + "\nТехен абзац.\n"
    mine = _conflict(qtbot, window, path, "Мое начало. ", theirs)
    assert len(shown) == 1 and shown[0].conflict.theirs == theirs and shown[0].conflict.mine == mine
    assert shown[0].diff_view.rows  # the two versions were shown side by side
    editor = window.section_editor
    assert editor.editor.text() == mine and editor.is_modified
    assert window.save()
    assert window.asked_overwrite == []  # chosen knowingly: the save does not ask again
    assert path.read_text(encoding="utf-8") == mine


def test_keep_my_text_copies_the_version_on_disk_first_and_says_where(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    seen: dict[str, str] = {}

    def keep(dialog: ConflictDialog) -> None:
        seen["message"] = dialog.message.text()
        dialog.keep_button.click()

    answer_conflicts(monkeypatch, keep)
    path = sample_copy / BG
    theirs = path.read_text(encoding="utf-8") + "\nТехен абзац, който иначе би се загубил.\n"
    mine = _conflict(qtbot, window, path, "Мое начало. ", theirs)
    folder = window.recovery.originals_folder(window.handbook.root, "bg")
    assert str(folder) in seen["message"]  # said before the choice
    copies = list(folder.glob(f"{SLUG}.md.on-disk-*.md"))
    assert len(copies) == 1 and copies[0].read_text(encoding="utf-8") == theirs
    assert str(copies[0]) in status(window)  # and where exactly, after it
    assert window.save()
    assert path.read_text(encoding="utf-8") == mine and copies[0].read_text(encoding="utf-8") == theirs


def test_take_theirs_then_undo_brings_the_authors_text_back(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    answer_conflicts(monkeypatch, lambda dialog: dialog.take_button.click())
    path = sample_copy / BG
    theirs = path.read_text(encoding="utf-8").replace("# ", "# Ново: ", 1)
    mine = _conflict(qtbot, window, path, "Мое начало. ", theirs)
    editor = window.section_editor
    assert editor.editor.text() == theirs and not editor.is_modified
    editor.editor.setFocus()
    QApplication.sendEvent(
        editor.editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, "")
    )
    assert editor.editor.text() == mine and editor.is_modified  # the author's text, unsaved again


def test_take_theirs_loads_the_file_and_leaves_nothing_unsaved(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    answer_conflicts(monkeypatch, lambda dialog: dialog.take_button.click())
    path = sample_copy / BG
    theirs = path.read_text(encoding="utf-8").replace("# ", "# Ново: ", 1)
    _conflict(qtbot, window, path, "Мое начало. ", theirs)
    editor = window.section_editor
    assert editor.editor.text() == theirs and not editor.is_modified
    assert window.recovery.read(sample_copy, "bg", SLUG) is None
    assert window.save()
    assert path.read_text(encoding="utf-8") == theirs and window.asked_overwrite == []


def test_merge_keeps_both_changes_unsaved_and_the_save_writes_them(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    seen: dict[str, str] = {}

    def merge(dialog: ConflictDialog) -> None:
        dialog.merge_button.click()
        seen["merged"] = dialog.merged_text()
        seen["label"] = dialog.merge_label.text()
        dialog.use_merged_button.click()

    answer_conflicts(monkeypatch, merge)
    path = sample_copy / BG
    base = path.read_text(encoding="utf-8")
    theirs = base + "\nТехен абзац в края.\n"
    mine = _conflict(qtbot, window, path, "Мое начало. ", theirs)
    expected = mine + "\nТехен абзац в края.\n"
    assert seen["merged"] == expected and "without conflicts" in seen["label"]
    editor = window.section_editor
    assert editor.editor.text() == expected and editor.is_modified  # in the editor, not saved yet
    assert path.read_text(encoding="utf-8") == theirs
    assert window.save()
    assert path.read_text(encoding="utf-8") == expected and window.asked_overwrite == []


def test_a_merge_with_a_conflict_shows_markers_and_takes_the_authors_resolution(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    path = sample_copy / BG
    base = path.read_text(encoding="utf-8")
    first_line = base.split("\n", 1)[0]
    theirs = base.replace(first_line, first_line + " — тяхното", 1)
    resolved = base.replace(first_line, first_line + " — общо", 1)
    seen: dict[str, str] = {}

    def merge(dialog: ConflictDialog) -> None:
        dialog.merge_button.click()
        seen["merged"] = dialog.merged_text()
        seen["label"] = dialog.merge_label.text()
        dialog.merge_edit.setPlainText(resolved)  # the author settles the conflict by hand
        dialog.use_merged_button.click()

    answer_conflicts(monkeypatch, merge)
    _conflict(qtbot, window, path, "Мое ", theirs)
    assert "<<<<<<<" in seen["merged"] and ">>>>>>>" in seen["merged"] and "тяхното" in seen["merged"]
    assert "1 place" in seen["label"]
    editor = window.section_editor
    assert editor.editor.text() == resolved and editor.is_modified
    assert window.save()
    assert path.read_text(encoding="utf-8") == resolved


def test_decide_later_changes_nothing_and_the_save_asks(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    answer_conflicts(monkeypatch, lambda dialog: dialog.later_button.click())
    path = sample_copy / BG
    theirs = path.read_text(encoding="utf-8") + "\nТехен.\n"
    mine = _conflict(qtbot, window, path, "Мое. ", theirs)
    assert window.section_editor.editor.text() == mine
    assert not window.save()  # asked (answered Cancel here): nothing written
    assert window.asked_overwrite and path.read_text(encoding="utf-8") == theirs


# ---- many files at once (git pull) ------------------------------------------------------------------------


def test_a_burst_of_200_changes_is_one_refresh_and_no_dialog(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    shown = answer_conflicts(monkeypatch, lambda dialog: dialog.reject())
    refreshes: list[int] = []
    real_refresh = window.refresh_after_save
    monkeypatch.setattr(window, "refresh_after_save", lambda: refreshes.append(1) or real_refresh())
    handled: list[frozenset] = []
    window.external_changes.handled.connect(handled.append)

    changed = 0
    for path in sorted(sample_copy.glob("*/*.md")):  # every section of every language, the open one too
        replace_file(path, path.read_text(encoding="utf-8") + "\nДобавено при git pull.\n")
        changed += 1
    for number in range(200 - changed - 1):
        replace_file(sample_copy / "ru" / f"90-new-{number:03}.md", f"# Новый раздел {number}\n")
    config = sample_copy / "handbook.toml"
    text = config.read_text(encoding="utf-8")
    replace_file(config, text.replace('"09-centre-setup"', '"09-centre-setup", "90-new-000"', 1))

    qtbot.waitUntil(lambda: bool(handled), timeout=8000)
    qtbot.wait(1200)  # anything still coming would have come by now
    assert len(handled) == 1 and len(refreshes) == 1
    assert len(handled[0]) >= 200
    assert shown == []  # nothing was unsaved: no question
    editor = window.section_editor
    assert editor.editor.text().endswith("Добавено при git pull.\n") and not editor.is_modified
    assert "90-new-000" in window.handbook.config.sections  # the new structure is shown
    assert "90-new-000" in [item.data(0, Qt.ItemDataRole.UserRole + 1) for item in window.project_tree.section_items()]


# ---- deleted, renamed, restructured -------------------------------------------------------------------------


def test_several_deleted_files_are_named_in_one_message(qtbot, window: MainWindow, sample_copy: Path) -> None:
    assert window.modes.show_mode("side-by-side")
    view = window.modes.side_by_side
    assert view.add_column("kk")
    gone = [f"{column.lang}/{SLUG}.md" for column in view.columns]
    assert len(gone) == 3
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        for name in gone:
            (sample_copy / name).unlink()
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    assert "(3 file" in boxes[0].text() and all(name in boxes[0].text() for name in gone)
    assert boxes[0].text().count(BG) == 1  # the editor and the bg column: named once


def test_a_deleted_file_keeps_the_text_as_unsaved(qtbot, window: MainWindow, sample_copy: Path) -> None:
    editor = window.section_editor
    path = sample_copy / BG
    text = editor.editor.text()
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        path.unlink()
    assert editor.editor.text() == text and editor.is_modified
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert any("deleted or renamed" in box.text().lower() and BG in box.text() for box in boxes)
    assert window.recovery.read(sample_copy, "bg", SLUG).text == text
    assert window.save()  # writes the file again, no question
    assert path.read_text(encoding="utf-8") == text and window.asked_overwrite == []


def test_the_open_section_dropped_from_handbook_toml_stays_open(qtbot, window: MainWindow, sample_copy: Path) -> None:
    config = sample_copy / "handbook.toml"
    text = config.read_text(encoding="utf-8")
    assert f', "{SLUG}"' in text
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        replace_file(config, text.replace(f', "{SLUG}"', "", 1))
    assert SLUG not in window.handbook.config.sections
    assert SLUG not in [item.data(0, Qt.ItemDataRole.UserRole + 1) for item in window.project_tree.section_items()]
    assert window.section_editor.section.slug == SLUG and window.section_editor.editor.text()
    assert "no longer in handbook.toml" in status(window)
    parts = tomllib.loads(config.read_text(encoding="utf-8"))["part"]
    assert all(SLUG not in part["sections"] for part in parts)


def test_a_broken_handbook_toml_keeps_the_contents_and_says_why(qtbot, window: MainWindow, sample_copy: Path) -> None:
    sections = list(window.handbook.config.sections)
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        replace_file(sample_copy / "handbook.toml", "[handbook\n")
    assert window.handbook.config.sections == sections
    assert "cannot be read" in status(window)


# ---- Side by Side -------------------------------------------------------------------------------------------


def test_side_by_side_columns_reload_or_ask_like_the_editor(
    qtbot, window: MainWindow, sample_copy: Path, monkeypatch
) -> None:
    shown = answer_conflicts(monkeypatch, lambda dialog: dialog.take_button.click())
    assert window.modes.show_mode("side-by-side")
    view = window.modes.side_by_side
    assert view.add_column("kk")
    ru, kk = view.column("ru"), view.column("kk")
    assert ru is not None and kk is not None
    ru_path = sample_copy / "ru" / f"{SLUG}.md"
    kk_path = sample_copy / "kk" / f"{SLUG}.md"
    kk.editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(kk.editor, "Менің мәтінім. ")
    new_ru = ru_path.read_text(encoding="utf-8") + "\nНовый абзац.\n"
    new_kk = kk_path.read_text(encoding="utf-8") + "\nЖаңа абзац.\n"
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        replace_file(ru_path, new_ru)
        replace_file(kk_path, new_kk)
    assert ru.editor.text() == new_ru and not ru.is_modified  # unmodified: reloaded
    assert len(shown) == 1 and shown[0].conflict.file == f"kk/{SLUG}.md"  # modified: asked
    assert kk.editor.text() == new_kk and not kk.is_modified


# ---- the watcher alone ---------------------------------------------------------------------------------------


def test_the_watcher_sees_new_files_and_repeated_replacements(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "ru"
    folder.mkdir()
    first = folder / "01.md"
    first.write_text("1\n", encoding="utf-8")
    watcher = FileWatcher()
    watcher.watch([first], {folder: "*.md"})
    for round_ in range(3):
        with qtbot.waitSignal(watcher.changed, timeout=5000) as blocker:
            replace_file(first, f"{round_}\n")
        assert first in blocker.args[0]
    with qtbot.waitSignal(watcher.changed, timeout=5000) as blocker:
        (folder / "02.md").write_text("2\n", encoding="utf-8")
        (folder / ".02.md.x.tmp").write_text("temp\n", encoding="utf-8")
    assert blocker.args[0] == frozenset({folder / "02.md"})
    with qtbot.waitSignal(watcher.changed, timeout=5000) as blocker:
        (folder / "02.md").write_text("2 changed\n", encoding="utf-8")  # a file found later is watched too
    assert folder / "02.md" in blocker.args[0]
    watcher.clear()


def test_the_segment_grid_shows_a_change_made_outside(qtbot, window: MainWindow, sample_copy: Path) -> None:
    assert window.modes.show_mode("segments")
    grid = window.modes.grid
    extra_before = grid.statuses["ru"].counts["extra"]
    path = sample_copy / "ru" / f"{SLUG}.md"
    with qtbot.waitSignal(window.external_changes.handled, timeout=5000):
        replace_file(path, path.read_text(encoding="utf-8") + "\nАбзац, которого нет в оригинале.\n")
    assert grid.statuses["ru"].counts["extra"] == extra_before + 1


def test_the_watcher_follows_a_file_saved_the_way_vim_saves(qtbot, tmp_path: Path) -> None:
    """Rename the file to a backup, write a new one under the name, delete the backup: still watched after."""
    folder = tmp_path / "bg"
    folder.mkdir()
    path = folder / "01.md"
    path.write_text("1\n", encoding="utf-8")
    watcher = FileWatcher()
    watcher.watch([path], {folder: "*.md"})
    with qtbot.waitSignal(watcher.changed, timeout=5000) as blocker:
        backup = folder / "01.md~"
        os.rename(path, backup)
        path.write_text("2\n", encoding="utf-8")
        backup.unlink()
    assert path in blocker.args[0]
    # Written in place (the same file, no rename): seen through the file's own watch.
    with qtbot.waitSignal(watcher.changed, timeout=5000) as blocker, path.open("a", encoding="utf-8") as handle:
        handle.write("3\n")
    assert blocker.args[0] == frozenset({path})
    watcher.clear()
