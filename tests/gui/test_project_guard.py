"""The lock and the backups as a user meets them: a second app's window is read-only, closing backs up, restore."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from authoring_app.core import project_lock
from authoring_app.core.backups import CLOSE, BackupError, BackupProblem, BackupStore, problem
from authoring_app.core.editing import ENDED, OURS, RUNNING, RecoveryStore
from authoring_app.core.paths import DATA_DIR_ENV
from authoring_app.core.project_lock import Identity, ProjectLock, inspect_lock, lock_path, process_start_time
from authoring_app.gui import recovery_dialog, window_dialogs
from authoring_app.gui.main_window import MainWindow
from authoring_app.gui.recovery_dialog import RecoveryDialog

pytestmark = pytest.mark.gui

SLUG = "02-flipped-classroom"
SECTION = f"bg/{SLUG}.md"


@pytest.fixture
def other_app_here(sleeper: subprocess.Popen) -> Identity:
    """Another app running on this computer (posed by the sleeping child process)."""
    return Identity(Identity.current().host, sleeper.pid, "maria", process_start_time(sleeper.pid))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def windows(qtbot) -> Iterator[list[MainWindow]]:
    """Windows a test opens; at the end unsaved text is discarded (no "save changes?") and they close."""
    made: list[MainWindow] = []
    yield made
    for window in made:
        if window.section_editor is not None and window.section_editor.is_modified:
            window.section_editor.discard()
        window.close()
        window.deleteLater()


def open_window(qtbot, windows: list[MainWindow], root: Path, identity: Identity | None = None) -> MainWindow:
    """A window of ``identity``'s app (default: this one), on section SLUG in bg."""
    window = MainWindow(simple_preview=True)
    windows.append(window)
    if identity is not None:
        window.guard.identity = identity
        window.recovery.owner = identity
    assert window.open_handbook(root)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_section(SLUG, "bg")
    return window


def test_a_second_app_opens_a_locked_handbook_read_only(qtbot, windows, sample_copy: Path, other_app_here) -> None:
    first = open_window(qtbot, windows, sample_copy, identity=other_app_here)
    assert not first.guard.read_only and not first.guard.bar.isVisible()

    second = open_window(qtbot, windows, sample_copy)
    guard = second.guard
    assert guard.read_only and guard.bar.isVisible()
    notice = guard.bar.message_label.text()
    assert "Read-only" in notice and "maria" in notice and Identity.current().host in notice
    assert f"process {other_app_here.pid}" in notice and guard.bar.take_over_button.isVisible()

    path = sample_copy / SECTION
    before = path.read_bytes()
    editor = second.section_editor.editor
    assert editor.isReadOnly()
    editor.setFocus()
    qtbot.keyClicks(editor, "typed here")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "typed here" not in editor.toPlainText() and not second.section_editor.is_modified
    assert not second.actions_.save_action.isEnabled() and not second.actions_.image_action.isEnabled()
    assert not second.actions_.formatting.bold.isEnabled()
    assert not guard.restore_action.isEnabled()
    structure = second.project_tree.structure_actions
    second.project_tree.select("section", SLUG)
    structure.update_actions()
    assert not structure.rename_action.isEnabled() and not structure.delete_action.isEnabled()
    assert not second.project_tree.controller.run(object(), "nothing")  # refused before core is asked
    assert second.save()  # nothing to save
    assert path.read_bytes() == before

    second.modes.show_mode("side-by-side")  # the columns are read-only too
    assert all(column.editor.isReadOnly() for column in second.modes.side_by_side.columns)
    assert not second.modes.side_by_side.save_all_action.isEnabled()
    second.modes.show_mode("write")


def test_take_over_after_asking_and_the_other_window_turns_read_only(
    qtbot, windows, sample_copy, monkeypatch, other_app_here
) -> None:
    first = open_window(qtbot, windows, sample_copy, identity=other_app_here)
    second = open_window(qtbot, windows, sample_copy)
    monkeypatch.setattr(second.guard, "confirm_take_over", lambda: False)
    qtbot.mouseClick(second.guard.bar.take_over_button, Qt.MouseButton.LeftButton)
    assert second.guard.read_only  # the user said Cancel

    monkeypatch.setattr(second.guard, "confirm_take_over", lambda: True)
    qtbot.mouseClick(second.guard.bar.take_over_button, Qt.MouseButton.LeftButton)
    assert not second.guard.read_only and not second.guard.bar.isVisible()
    assert not second.section_editor.editor.isReadOnly() and second.actions_.save_action.isEnabled()
    assert inspect_lock(sample_copy).holder.token == second.guard.lock.token
    assert "taken the handbook over" in second.statusBar().currentMessage()

    first.guard.heartbeat()  # the minute passes in the first window
    assert first.guard.read_only and first.section_editor.editor.isReadOnly()
    assert "took this handbook over" in first.guard.bar.message_label.text()


def test_a_read_only_window_becomes_writable_when_the_other_app_closes(qtbot, windows, sample_copy) -> None:
    other = ProjectLock(sample_copy, identity=Identity("lab-pc-7", 4242, "maria", None))
    other.acquire()
    window = open_window(qtbot, windows, sample_copy)
    assert window.guard.read_only and "lab-pc-7" in window.guard.bar.message_label.text()
    window.guard.heartbeat()
    assert window.guard.read_only  # still there
    other.release()
    window.guard.heartbeat()
    assert not window.guard.read_only and not window.section_editor.editor.isReadOnly()
    assert "closed the handbook" in window.statusBar().currentMessage()


def test_a_stale_lock_is_taken_over_with_a_note(qtbot, windows, sample_copy: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    ProjectLock(sample_copy, identity=Identity(Identity.current().host, child.pid, "maria", None)).acquire()
    window = open_window(qtbot, windows, sample_copy)
    assert not window.guard.read_only and not window.guard.bar.isVisible()
    message = window.statusBar().currentMessage()
    assert "Took over the lock maria left" in message and "has ended" in message


def test_a_silent_lock_of_another_computer_is_taken_over_with_minutes_in_the_note(
    qtbot, windows, sample_copy: Path
) -> None:
    import json
    from datetime import UTC, datetime, timedelta

    ProjectLock(sample_copy, identity=Identity("lab-pc-7", 4242, "maria", None)).acquire()
    data = json.loads(lock_path(sample_copy).read_text(encoding="utf-8"))
    data["heartbeat"] = (datetime.now(UTC) - timedelta(minutes=11)).isoformat(timespec="seconds")
    lock_path(sample_copy).write_text(json.dumps(data), encoding="utf-8")
    window = open_window(qtbot, windows, sample_copy)
    assert not window.guard.read_only
    message = window.statusBar().currentMessage()  # English plurals come from a translation: "minute(s)" here
    assert message.startswith("Took over the lock maria left on lab-pc-7: that app has given no sign of life for 11 ")


def test_a_lock_that_cannot_be_written_is_reported_and_the_handbook_opens(
    qtbot, windows, sample_copy: Path, monkeypatch
) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(sample_copy / ".handbook"))

    monkeypatch.setattr(project_lock, "_temporary_file", refuse)
    window = open_window(qtbot, windows, sample_copy)
    assert not window.guard.read_only and not window.section_editor.editor.isReadOnly()
    message = window.statusBar().currentMessage()
    assert "Locking is off" in message and "Permission denied" in message


def test_with_locking_off_a_lock_another_app_takes_meanwhile_turns_the_window_read_only(
    qtbot, windows, sample_copy: Path, monkeypatch, other_app_here
) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(sample_copy / ".handbook"))

    monkeypatch.setattr(project_lock, "_temporary_file", refuse)
    window = open_window(qtbot, windows, sample_copy)
    assert window.guard.locking_off and not window.guard.read_only
    monkeypatch.undo()  # the folder can be written again, and another app takes the lock
    other = ProjectLock(sample_copy, identity=other_app_here)
    assert other.acquire().kind == project_lock.ACQUIRED
    window.guard.heartbeat()
    assert window.guard.read_only and window.section_editor.editor.isReadOnly()
    assert "maria" in window.guard.bar.message_label.text()


def test_locking_coming_back_on_is_said(qtbot, windows, sample_copy: Path, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(sample_copy / ".handbook"))

    monkeypatch.setattr(project_lock, "_temporary_file", refuse)
    window = open_window(qtbot, windows, sample_copy)
    window.guard.heartbeat()  # still refused: said once, at the start
    assert window.guard.locking_off
    monkeypatch.undo()
    window.guard.heartbeat()
    assert not window.guard.locking_off and inspect_lock(sample_copy).holder.token == window.guard.lock.token
    assert "Locking is on again" in window.statusBar().currentMessage()


def test_closing_backs_up_the_changed_files_and_unlocks(qtbot, windows, sample_copy: Path) -> None:
    store = BackupStore()
    store.back_up(sample_copy)  # an earlier session's backup
    window = open_window(qtbot, windows, sample_copy)
    assert lock_path(sample_copy).is_file()
    editor = window.section_editor.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Closing line.")
    assert window.save()
    window.close()
    assert not lock_path(sample_copy).exists()
    newest = store.snapshots(sample_copy)[0]
    assert newest.reason == CLOSE and list(newest.files) == [SECTION]
    assert store.read_files(newest, [SECTION])[SECTION] == (sample_copy / SECTION).read_bytes()
    assert b"Closing line." in (sample_copy / SECTION).read_bytes()


def test_the_restore_dialog_restores_a_file_and_the_editor_shows_it(qtbot, windows, sample_copy: Path) -> None:
    store = BackupStore()
    path = sample_copy / SECTION
    original = path.read_bytes()
    store.back_up(sample_copy)
    window = open_window(qtbot, windows, sample_copy)
    editor = window.section_editor.editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Everything gone")
    assert window.save() and path.read_bytes() == b"Everything gone"

    dialog = window.guard.restore_from_backup()
    try:
        assert dialog.isVisible() and dialog.current_snapshot() is not None
        item = next(i for i in dialog.file_items() if i.text(0) == SECTION)
        assert item.text(1) == "differs from now"
        dialog.file_list.setCurrentItem(item)
        assert "Now: " + SECTION in dialog.diff.toPlainText() and "Everything gone" in dialog.diff.toPlainText()
        assert not dialog.restore_button.isEnabled()
        dialog.set_checked([SECTION])
        assert dialog.restore_button.isEnabled()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert path.read_bytes() == original
        assert editor.toPlainText() == original.decode("utf-8") and not window.section_editor.is_modified
        assert "Restored: " + SECTION in dialog.message_label.text()
        # The replaced text went into a new backup first: the restore can be undone.
        before = store.snapshots(sample_copy)[0]
        assert before.reason == "before-restore"
        assert store.read_files(before, [SECTION])[SECTION] == b"Everything gone"
    finally:
        dialog.close()


def test_restore_refuses_a_file_with_unsaved_text(qtbot, windows, sample_copy: Path) -> None:
    store = BackupStore()
    path = sample_copy / SECTION
    store.back_up(sample_copy)
    path.write_bytes(b"# Changed elsewhere\n")
    window = open_window(qtbot, windows, sample_copy)
    editor = window.section_editor.editor
    qtbot.keyClicks(editor, "unsaved ")
    assert window.section_editor.is_modified

    dialog = window.guard.restore_from_backup()
    try:
        dialog.set_checked([SECTION, "bg/01-blended-learning.md"])
        dialog.restore_checked()
        message = dialog.message_label.text()
        assert f"{SECTION} has unsaved changes in an open editor" in message
        assert path.read_bytes() == b"# Changed elsewhere\n"
        assert editor.toPlainText().startswith("unsaved ")
    finally:
        dialog.close()


# ---- closing when the backup fails ------------------------------------------------------------------------


def failing_backup(monkeypatch, window: MainWindow, calls: list[str]) -> None:
    def fail(*args, **kwargs):
        calls.append("back_up")
        raise BackupError(problem(BackupProblem.NOT_WRITABLE, folder="/mnt/full", error="No space left on device"))

    monkeypatch.setattr(window.guard.store, "back_up", fail)


def test_a_failed_backup_on_close_asks_and_cancel_keeps_the_window(
    qtbot, windows, sample_copy: Path, monkeypatch
) -> None:
    window = open_window(qtbot, windows, sample_copy)
    calls: list[str] = []
    failing_backup(monkeypatch, window, calls)
    asked: list[str] = []
    monkeypatch.setattr(window.guard, "confirm_close_without_backup", lambda text: asked.append(text) or False)
    assert not window.close()
    assert calls == ["back_up"] and len(asked) == 1
    assert "could not be written to /mnt/full" in asked[0] and "No space left on device" in asked[0]
    assert window.isVisible() and lock_path(sample_copy).is_file()  # Cancel: the window stays, locked

    monkeypatch.setattr(window.guard, "confirm_close_without_backup", lambda text: asked.append(text) or True)
    assert window.close()
    assert len(asked) == 2 and calls == ["back_up", "back_up"]  # the backup is tried once per close, not again
    assert not window.isVisible() and not lock_path(sample_copy).exists()


def test_the_close_question_has_close_anyway_and_cancel(qtbot, windows, sample_copy: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, windows, sample_copy)
    seen: dict[str, object] = {}

    def answer(box: QMessageBox) -> int:
        seen["text"] = box.text()
        seen["buttons"] = [button.text() for button in box.buttons()]
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        seen["default"] = box.defaultButton() is cancel
        cancel.click()
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert not window.guard.confirm_close_without_backup("The disk is full.")
    assert seen["text"] == "The backup of the changed files failed: The disk is full. Close anyway?"
    assert "Close Anyway" in seen["buttons"] and seen["default"]


# ---- recovery copies of another app, and of a read-only window ---------------------------------------------


@pytest.fixture
def asked(monkeypatch) -> dict[str, list]:
    """Every recovery question, answered: the start-up dialog says Decide Later, opening a section Restore."""
    seen: dict[str, list] = {"dialog": [], "open": []}

    def later(dialog: RecoveryDialog) -> int:
        seen["dialog"].append([entry.file for entry in dialog.pending])
        dialog.later_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", later)
    monkeypatch.setattr(window_dialogs, "ask_restore", lambda _parent, file, details="": seen["open"].append(file))
    return seen


def test_another_running_apps_unsaved_text_is_not_offered_as_a_crash(
    qtbot, windows, sample_copy: Path, other_app_here, sleeper, asked
) -> None:
    theirs = RecoveryStore(owner=other_app_here)
    theirs.write(sample_copy, "bg", SLUG, "their unsaved text\n")
    window = open_window(qtbot, windows, sample_copy)  # this app holds the lock: the other has it closed
    assert asked == {"dialog": [], "open": []}
    copy = theirs.copies(sample_copy, "bg", SLUG)[0]
    assert copy.text == "their unsaved text\n" and window.recovery.owner_state(copy.owner) == RUNNING
    assert window.recovery.read(sample_copy, "bg", SLUG) is None

    sleeper.kill()  # that app crashes: its text is offered from now on
    sleeper.wait()
    assert window.recovery.owner_state(copy.owner) == ENDED
    window.offer_recovery()
    assert asked["dialog"] == [[SECTION]]


def test_a_read_only_window_offers_no_recovery_and_deletes_none(
    qtbot, windows, sample_copy: Path, other_app_here, asked
) -> None:
    crashed = RecoveryStore()
    path = crashed.write(sample_copy, "bg", SLUG, "text from a crash\n")
    path.with_name(path.name + ".owner").unlink()  # a copy from before owners were recorded: left by a crash
    ProjectLock(sample_copy, identity=other_app_here).acquire()
    window = open_window(qtbot, windows, sample_copy)
    assert window.guard.read_only
    window.offer_recovery()
    assert asked == {"dialog": [], "open": []}  # neither at the start nor when the section opened
    assert path.read_text(encoding="utf-8") == "text from a crash\n"
    assert window.section_editor.editor.toPlainText() == (sample_copy / SECTION).read_text(encoding="utf-8")


def test_after_a_take_over_each_app_keeps_its_own_recovery_copy(
    qtbot, windows, sample_copy: Path, monkeypatch, other_app_here, asked
) -> None:
    first = open_window(qtbot, windows, sample_copy, identity=other_app_here)
    editor = first.section_editor.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Mine, first app.")
    first.section_editor.session.write_recovery()
    first_copy = first.recovery.read(sample_copy, "bg", SLUG)
    assert first_copy is not None and first_copy.text.endswith("Mine, first app.")

    second = open_window(qtbot, windows, sample_copy)
    assert asked == {"dialog": [], "open": []}  # the first app still runs: nothing to recover
    monkeypatch.setattr(second.guard, "confirm_take_over", lambda: True)
    assert second.guard.take_over()
    editor = second.section_editor.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Second app's words.")
    second.section_editor.session.write_recovery()

    copies = {copy.state: copy for copy in second.recovery.copies(sample_copy, "bg", SLUG)}
    assert set(copies) == {OURS, RUNNING}
    assert copies[RUNNING].path == first_copy.path and copies[RUNNING].text.endswith("Mine, first app.")
    assert copies[OURS].path != first_copy.path and copies[OURS].text.endswith("Second app's words.")
    assert second.recovery.read(sample_copy, "bg", SLUG).text.endswith("Second app's words.")
    assert second.save()
    assert first_copy.path.read_text(encoding="utf-8").endswith("Mine, first app.")  # a save clears only its own
    assert second.recovery.read(sample_copy, "bg", SLUG) is None


# ---- a read-only window writes nothing ---------------------------------------------------------------------


def test_a_window_that_lost_the_handbook_refuses_to_save(
    qtbot, windows, sample_copy: Path, monkeypatch, other_app_here
) -> None:
    window = open_window(qtbot, windows, sample_copy)
    editor = window.section_editor.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Typed before the take-over.")
    ProjectLock(sample_copy, identity=other_app_here).acquire(force=True)
    window.guard.heartbeat()
    assert window.guard.read_only and window.section_editor.is_modified
    path = sample_copy / SECTION
    before = path.read_bytes()

    assert not window.save()
    assert path.read_bytes() == before
    assert "was not saved" in window.statusBar().currentMessage()

    # Closing asks to save; Save is refused the same way, so the window stays with the text.
    monkeypatch.setattr(window_dialogs, "settle_unsaved", lambda parent, text, save, discard, **kw: save())
    assert not window.close()
    assert window.isVisible() and path.read_bytes() == before
    assert window.section_editor.editor.toPlainText().endswith("Typed before the take-over.")


def test_a_read_only_window_does_not_convert_a_legacy_encoding(
    qtbot, windows, sample_copy: Path, monkeypatch, other_app_here
) -> None:
    from authoring_app.gui import encoding_dialog

    path = sample_copy / "ru" / "01-blended-learning.md"
    path.write_bytes("# Смешанное обучение\n".encode("cp1251"))
    ProjectLock(sample_copy, identity=other_app_here).acquire()
    window = open_window(qtbot, windows, sample_copy)
    assert window.guard.read_only
    converting: list[object] = []
    warned: list[str] = []
    monkeypatch.setattr(encoding_dialog, "open_converting", lambda *args: converting.append(args) or True)
    monkeypatch.setattr(window_dialogs, "warn", lambda parent, title, text: warned.append(text))
    assert not window.open_section("01-blended-learning", "ru")
    assert not converting and warned and "UTF-8" in warned[0]
    assert path.read_bytes() == "# Смешанное обучение\n".encode("cp1251")


def test_the_recovery_offer_waits_while_read_only(qtbot, windows, sample_copy: Path, monkeypatch) -> None:
    """offer_recovery itself refuses a read-only window (the start-up call comes after the lock is known)."""
    window = open_window(qtbot, windows, sample_copy)
    monkeypatch.setattr(window.guard, "read_only", True)
    called: list[object] = []
    monkeypatch.setattr(recovery_dialog, "pending_recoveries", lambda *args: called.append(args) or [])
    window.offer_recovery()
    assert not called


# ---- Preferences ▸ Safety ----------------------------------------------------------------------------------


def test_the_safety_page_sets_the_folder_for_the_next_start_and_the_backups_to_keep(
    qtbot, windows, sample_copy: Path, data_dir: Path, tmp_path: Path
) -> None:
    from authoring_app.core import safety_settings
    from authoring_app.gui.preferences_dialog import PreferencesDialog

    running = open_window(qtbot, windows, sample_copy)
    dialog = PreferencesDialog(running)
    page = dialog.safety
    assert page.folder is None and str(data_dir) in page.folder_edit.placeholderText()
    assert page.keep_box.value() == 10 and not page.default_button.isEnabled()
    chosen = tmp_path / "safe place"
    page.set_folder(chosen)
    page.keep_box.setValue(30)
    dialog.accept()
    assert safety_settings.load_safety_settings() == safety_settings.SafetySettings(chosen, 30)
    assert running.recovery.folder == data_dir / "recovery"  # the running window keeps its folder

    later = MainWindow(simple_preview=True)  # the next start
    windows.append(later)
    assert later.recovery.folder == chosen / "recovery" and later.guard.store.base == chosen / "backups"
    backups = running.guard.restore_from_backup()
    try:
        assert backups.keep_box.value() == 30  # the Restore from Backup dialog shows the same setting
        backups.keep_box.setValue(12)
        assert PreferencesDialog(running).safety.keep_box.value() == 12
    finally:
        backups.close()

    again = PreferencesDialog(running)
    qtbot.mouseClick(again.safety.default_button, Qt.MouseButton.LeftButton)
    again.accept()
    assert safety_settings.safety_dir() == data_dir
