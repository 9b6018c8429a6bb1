"""Dialogs grow with their texts: a longer translation is never clipped (found with pseudo-localisation)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QDialog

from authoring_app.core.handbook import Handbook
from authoring_app.gui.export_dialog import ExportDialog
from authoring_app.gui.preferences_dialog import PreferencesDialog
from authoring_app.gui.ui_language import install_translations


def _clipped_buttons(dialog: QDialog) -> list[str]:
    """Check boxes and buttons shown narrower than their text needs."""
    return [
        f"{button.text()!r}: {button.width()} px shown, {button.sizeHint().width()} px needed"
        for button in dialog.findChildren(QAbstractButton)
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width()
    ]


def test_stretched_texts_are_not_clipped_in_the_export_and_preferences_dialogs(qtbot, sample_copy: Path) -> None:
    translation = install_translations("en", pseudo=True)
    try:
        for dialog in (ExportDialog(Handbook.load(sample_copy)), PreferencesDialog()):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.windowTitle().startswith("["), "the pseudo-translation did not reach the dialog"
            assert not _clipped_buttons(dialog), f"{type(dialog).__name__}: " + "; ".join(_clipped_buttons(dialog))
            dialog.reject()
    finally:
        translation.remove()
