"""Nothing typed is lost in the GUI: legacy encodings converted on request, the recovery offer with its diff, saves
refused by the disk (a synced folder) and structure changes that must wait for the open text to be safe.

Every question is answered by replacing the dialog's ``exec``; each window ends with nothing unsaved.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from authoring_app.core import atomic
from authoring_app.core.editing import RecoveryStore
from authoring_app.gui.encoding_dialog import ConvertEncodingDialog
from authoring_app.gui.main_window import MainWindow
from authoring_app.gui.recovery_dialog import RecoveryDialog

pytestmark = pytest.mark.gui

SLUG = "03-video-lectures"


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def make_window(qtbot) -> Iterator:
    windows: list[MainWindow] = []

    def make(folder: Path) -> MainWindow:
        window = MainWindow(simple_preview=True)
        windows.append(window)
        assert window.open_handbook(folder)
        window.show()
        return window

    yield make
    for window in windows:
        if window.section_editor is not None and window.section_editor.is_modified:
            window.section_editor.discard()
        for box in window.findChildren(QMessageBox):
            box.close()
        window.close()
        window.deleteLater()


def visible_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


# ---- Windows-1251 -----------------------------------------------------------------------------------------


def test_a_1251_file_is_offered_for_conversion_and_opens_as_utf8(
    make_window, sample_copy: Path, monkeypatch, tmp_path: Path
) -> None:
    path = sample_copy / "ru" / "01-blended-learning.md"
    text = path.read_text(encoding="utf-8")
    original = text.replace("\n", "\r\n").encode("cp1251")
    path.write_bytes(original)
    seen: dict[str, str] = {}

    def convert(dialog: ConvertEncodingDialog) -> int:
        seen["encoding"] = dialog.encoding()
        seen["preview"] = dialog.preview.toPlainText()
        seen["message"] = dialog.message.text()
        dialog.grab().save(str(tmp_path / "convert-encoding.png"))
        dialog.convert_button.click()
        return dialog.result()

    monkeypatch.setattr(ConvertEncodingDialog, "exec", convert)
    window = make_window(sample_copy)
    assert window.open_section("01-blended-learning", "ru")

    assert seen["encoding"] == "cp1251" and "Windows-1251" in seen["message"]
    assert seen["preview"].split("\n")[0] == text.split("\n")[0]  # the first lines, read as Windows-1251
    assert path.read_bytes() == text.replace("\n", "\r\n").encode("utf-8")  # UTF-8, line ends kept
    editor = window.section_editor
    assert editor.editor.text() == text and not editor.is_modified
    backups = list(RecoveryStore().originals_folder(window.handbook.root, "ru").glob("01-blended-learning.md.*"))
    assert len(backups) == 1 and backups[0].read_bytes() == original
    assert "converted" in window.statusBar().currentMessage()


def test_declining_the_conversion_changes_nothing(make_window, sample_copy: Path, monkeypatch) -> None:
    path = sample_copy / "ru" / "01-blended-learning.md"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1251"))
    before = path.read_bytes()
    monkeypatch.setattr(ConvertEncodingDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window = make_window(sample_copy)
    assert not window.open_section("01-blended-learning", "ru")
    assert path.read_bytes() == before and window.current_section is None


def test_picking_another_encoding_updates_the_preview(qtbot) -> None:
    raw = "Привет, мир\n".encode("koi8-r")
    dialog = ConvertEncodingDialog("ru/x.md", raw, None)
    qtbot.addWidget(dialog)
    assert "cannot be told" in dialog.message.text()
    dialog.encoding_box.setCurrentIndex(dialog.encoding_box.findData("koi8-r"))
    assert dialog.preview.toPlainText().rstrip("\n") == "Привет, мир"


# ---- the recovery offer at start-up ----------------------------------------------------------------------


def test_the_recovery_offer_shows_the_diff_and_restores_per_section(
    make_window, sample_copy: Path, monkeypatch, tmp_path: Path
) -> None:
    store = RecoveryStore()
    root = sample_copy.resolve()
    bg = (sample_copy / "bg" / f"{SLUG}.md").read_text(encoding="utf-8")
    ru = (sample_copy / "ru" / f"{SLUG}.md").read_text(encoding="utf-8")
    store.write(root, "bg", SLUG, bg + "\nНепазен абзац.\n")
    store.write(root, "ru", SLUG, ru.replace("# ", "# Несохранённое: ", 1))
    store.write(root, "en", SLUG, (sample_copy / "en" / f"{SLUG}.md").read_text(encoding="utf-8"))  # same as file
    seen: dict[str, object] = {}

    def answer(dialog: RecoveryDialog) -> int:
        seen["files"] = [entry.file for entry in dialog.pending]
        dialog.list.setCurrentRow([entry.file for entry in dialog.pending].index(f"ru/{SLUG}.md"))
        seen["ru rows"] = [(row.kind, row.left, row.right) for row in dialog.diff_view.rows]
        dialog.discard_button.click()  # ru: discarded
        seen["bg rows"] = [(row.kind, row.left, row.right) for row in dialog.diff_view.rows]
        seen["bg html"] = dialog.diff_view.toPlainText()
        dialog.grab().save(str(tmp_path / "recovery.png"))
        dialog.restore_button.click()  # bg: restored
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    window = make_window(sample_copy)

    assert sorted(seen["files"]) == [f"bg/{SLUG}.md", f"ru/{SLUG}.md"]  # en's copy equals its file: not offered
    assert any(kind == "changed" and "Несохранённое" in right for kind, _left, right in seen["ru rows"])
    assert ("added", None, "Непазен абзац.") in seen["bg rows"]
    assert "The file as saved" in seen["bg html"] and "Непазен абзац." in seen["bg html"]
    assert store.read(root, "ru", SLUG) is None and store.read(root, "en", SLUG) is None
    editor = window.section_editor
    assert window.current_section == ("bg", SLUG)
    assert editor.editor.text() == bg + "\nНепазен абзац.\n" and editor.is_modified  # restored, not saved yet
    assert (sample_copy / "bg" / f"{SLUG}.md").read_text(encoding="utf-8") == bg


def test_decide_later_keeps_the_copies_and_says_so(make_window, sample_copy: Path, monkeypatch) -> None:
    store = RecoveryStore()
    root = sample_copy.resolve()
    store.write(root, "bg", SLUG, "# Непазено\n")
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: dialog.later_button.click() or dialog.result())
    window = make_window(sample_copy)
    assert store.read(root, "bg", SLUG).text == "# Непазено\n"
    assert "1 section" in window.statusBar().currentMessage() and window.current_section is None


# ---- saves refused by the disk, and structure changes ----------------------------------------------------


def _refuse_replace(monkeypatch, root: Path, error: OSError) -> None:
    real_replace = os.replace

    def replace(src, dst) -> None:
        if Path(dst).resolve().is_relative_to(root.resolve()):
            raise error
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)


@pytest.mark.parametrize(
    "error",
    [PermissionError(13, "Permission denied"), FileNotFoundError(2, "No such file or directory")],
    ids=["permission", "renamed-underneath"],
)
def test_a_refused_save_is_reported_and_keeps_the_text(
    qtbot, make_window, sample_copy: Path, monkeypatch, error: OSError
) -> None:
    """OneDrive or Dropbox holding the file, or renaming the folder underneath: what, where, what to do."""
    window = make_window(sample_copy)
    assert window.open_section(SLUG, "bg")
    path = sample_copy / "bg" / f"{SLUG}.md"
    before = path.read_bytes()
    editor = window.section_editor
    type_text(editor.editor, "Текст, който не бива да се губи. ")
    typed = editor.editor.text()
    _refuse_replace(monkeypatch, sample_copy, error)
    assert not window.save()
    messages = [box.text() for box in visible_boxes(window)]
    assert any(
        f"bg/{SLUG}.md could not be saved" in text and error.strerror in text and "save again" in text
        for text in messages
    ), messages
    assert path.read_bytes() == before and editor.editor.text() == typed and editor.is_modified
    qtbot.waitUntil(lambda: window.recovery.read(sample_copy, "bg", SLUG) is not None, timeout=3000)
    assert window.recovery.read(sample_copy, "bg", SLUG).text == typed
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]  # no temporary file left behind
    monkeypatch.undo()
    for box in visible_boxes(window):
        box.close()
    assert window.save() and path.read_text(encoding="utf-8") == typed


def test_a_failed_save_stops_the_structure_change(make_window, sample_copy: Path, monkeypatch) -> None:
    window = make_window(sample_copy)
    assert window.open_section(SLUG, "bg")
    editor = window.section_editor
    type_text(editor.editor, "Непазено. ")
    typed = editor.editor.text()
    config_before = (sample_copy / "handbook.toml").read_bytes()
    actions = window.project_tree.structure_actions
    monkeypatch.setattr(actions, "ask_slug", lambda _title, _slug: "03-renamed")
    _refuse_replace(monkeypatch, sample_copy, PermissionError(13, "Permission denied"))
    window.project_tree.select("section", SLUG)
    actions.rename_action.trigger()

    assert (sample_copy / "bg" / f"{SLUG}.md").is_file() and not (sample_copy / "bg" / "03-renamed.md").exists()
    assert (sample_copy / "handbook.toml").read_bytes() == config_before
    assert window.project_tree.controller.undo_stack.count() == 0
    assert any("could not be saved" in box.text() for box in visible_boxes(window))
    assert "structure was not changed" in window.statusBar().currentMessage()
    assert editor.editor.text() == typed and editor.is_modified and window.current_section == ("bg", SLUG)

    # Once the save works, the same change goes ahead, with the text saved first.
    monkeypatch.undo()
    monkeypatch.setattr(actions, "ask_slug", lambda _title, _slug: "03-renamed")
    for box in visible_boxes(window):
        box.close()
    actions.rename_action.trigger()
    assert (sample_copy / "bg" / "03-renamed.md").read_text(encoding="utf-8") == typed
    assert window.current_section == ("bg", "03-renamed") and not editor.is_modified


def test_structure_undo_waits_for_the_open_text_too(make_window, sample_copy: Path, monkeypatch) -> None:
    window = make_window(sample_copy)
    actions = window.project_tree.structure_actions
    window.project_tree.select("section", "09-centre-setup")
    actions.move_up_action.trigger()
    order = list(window.handbook.config.sections)
    assert window.open_section(SLUG, "bg")
    type_text(window.section_editor.editor, "Непазено. ")
    _refuse_replace(monkeypatch, sample_copy, PermissionError(13, "Permission denied"))
    actions.undo_action.trigger()
    assert list(window.handbook.config.sections) == order  # not undone: the text could not be saved
    assert window.project_tree.controller.undo_stack.canUndo()


def test_opening_a_section_with_a_recovery_copy_asks_with_the_difference(
    make_window, sample_copy: Path, monkeypatch
) -> None:
    from authoring_app.gui import window_dialogs

    window = make_window(sample_copy)
    text = (sample_copy / "bg" / f"{SLUG}.md").read_text(encoding="utf-8")
    window.recovery.write(window.handbook.root, "bg", SLUG, text + "\nНепазено изречение.\n")
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        window_dialogs, "ask_restore", lambda _parent, file, details="": asked.append((file, details)) or False
    )
    assert window.open_section(SLUG, "bg")
    assert asked and asked[0][0] == f"bg/{SLUG}.md" and "+Непазено изречение." in asked[0][1]
    assert window.recovery.read(window.handbook.root, "bg", SLUG) is None  # discarded


def test_side_by_side_saves_first_and_follows_a_rename_and_a_delete(
    make_window, sample_copy: Path, monkeypatch
) -> None:
    window = make_window(sample_copy)
    assert window.open_section(SLUG, "bg")
    assert window.modes.show_mode("side-by-side")
    view = window.modes.side_by_side
    ru = view.column("ru")
    type_text(ru.editor, "Несохранённое. ")
    typed = ru.editor.text()
    actions = window.project_tree.structure_actions
    monkeypatch.setattr(actions, "ask_slug", lambda _title, _slug: "03-renamed")
    window.project_tree.select("section", SLUG)
    actions.rename_action.trigger()
    QApplication.processEvents()  # the view follows once the change is done
    assert (sample_copy / "ru" / "03-renamed.md").read_text(encoding="utf-8") == typed  # saved first
    assert view.slug == "03-renamed" and view.column("ru").editor.text() == typed and not view.is_modified

    monkeypatch.setattr(actions, "confirm", lambda _box: True)
    window.project_tree.select("section", "03-renamed")
    actions.delete_action.trigger()
    QApplication.processEvents()
    assert view.columns == [] and window.modes.mode == "write"
    assert window.work_stack.currentWidget() is window.placeholder


def test_a_refused_save_in_a_side_by_side_column_is_reported_too(make_window, sample_copy: Path, monkeypatch) -> None:
    window = make_window(sample_copy)
    assert window.open_section(SLUG, "bg")
    assert window.modes.show_mode("side-by-side")
    view = window.modes.side_by_side
    ru = view.column("ru")
    type_text(ru.editor, "Несохранённое. ")
    typed = ru.editor.text()
    _refuse_replace(monkeypatch, sample_copy, PermissionError(13, "Permission denied"))
    ru.editor.setFocus()
    view._activate(ru)
    assert not window.save()
    texts = [box.text() for box in view.findChildren(QMessageBox) if box.isVisible()]
    assert any(f"ru/{SLUG}.md could not be saved: Permission denied" in text for text in texts), texts
    assert ru.editor.text() == typed and ru.is_modified
    ru.write_recovery()
    assert window.recovery.read(window.handbook.root, "ru", SLUG).text == typed
    view.discard_all()
    for box in view.findChildren(QMessageBox):
        box.close()
