"""The conflict dialog on its own: it opens unasked while the author types, so no keystroke may decide for them;
its buttons speak the author's words; its conflict markers are the ones the user guide shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from authoring_app.gui.conflict_dialog import KEEP_MINE, KEY_GUARD_MS, Conflict, ConflictDialog

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
BASE = "# Заглавие\n\nВтори абзац.\n"
CONFLICT = Conflict("bg/x.md", BASE, BASE.replace("Втори", "Мой втори"), BASE.replace("Втори", "Техен втори"))


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_a_stray_enter_right_after_it_opens_decides_nothing_and_enter_later_is_decide_later(qtbot) -> None:
    dialog = ConflictDialog(CONFLICT)
    qtbot.addWidget(dialog)
    assert dialog.later_button.isDefault() and not dialog.keep_button.isDefault()
    dialog.show()
    assert dialog.keys_guarded()
    target = dialog.focusWidget() or dialog
    QTest.keyClick(target, Qt.Key.Key_Return)  # typed into the editor a moment before the dialog appeared
    QTest.keyClick(target, Qt.Key.Key_Space)
    assert dialog.isVisible() and dialog.choice is None
    # Nor Keep My Text's Alt+K: a shortcut fires only when the focused widget lets the ShortcutOverride pass.
    override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier, "k")
    override.ignore()
    QApplication.sendEvent(target, override)
    assert override.isAccepted()
    qtbot.waitUntil(lambda: not dialog.keys_guarded(), timeout=KEY_GUARD_MS * 4)
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected and dialog.choice is None


def test_after_the_pause_the_keyboard_works_again(qtbot) -> None:
    dialog = ConflictDialog(CONFLICT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.keys_guarded(), timeout=KEY_GUARD_MS * 4)
    dialog.keep_button.setFocus()
    QTest.keyClick(dialog.keep_button, Qt.Key.Key_Space)
    assert dialog.choice == KEEP_MINE


def test_the_buttons_use_the_authors_words(qtbot) -> None:
    dialog = ConflictDialog(CONFLICT)
    qtbot.addWidget(dialog)
    assert [_plain(b.text()) for b in (dialog.keep_button, dialog.take_button, dialog.merge_button)] == [
        "Keep My Text",
        "Use the Version on Disk",
        "Merge…",
    ]
    assert _plain(dialog.later_button.text()) == "Decide Later"


def test_the_keep_folder_is_named_before_the_choice(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "recovery" / "originals" / "bg"
    dialog = ConflictDialog(Conflict("bg/x.md", BASE, BASE + "мое", BASE + "техен", keep_folder=folder))
    qtbot.addWidget(dialog)
    assert str(folder) in dialog.message.text()


def test_the_markers_are_the_ones_the_user_guide_shows(qtbot) -> None:
    dialog = ConflictDialog(CONFLICT)
    qtbot.addWidget(dialog)
    dialog.merge_button.click()
    merged = dialog.merged_text()
    written = re.findall(r"^(<<<<<<< .*|=======|>>>>>>> .*)$", merged, re.MULTILINE)
    assert written == ["<<<<<<< your text", "=======", ">>>>>>> on disk"]
    guide = (REPO / "docs" / "your-work-is-safe.md").read_text(encoding="utf-8")
    shown = re.findall(r"`(<<<<<<< [^`]*|=======|>>>>>>> [^`]*)`", guide)
    assert shown == written
