"""Pieces the insert-media dialogs share: a file chooser row, wrapped hint texts, a dialog that grows with them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from authoring_app.core.handbook import Handbook

PREVIEW_SIZE = QSize(320, 200)
IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.gif *.webp *.svg *.bmp *.tif *.tiff"


def file_patterns(extensions: set[str]) -> str:
    return " ".join(f"*{suffix}" for suffix in sorted(extensions))


def handbook_root(handbook: Handbook | Path | str) -> Path:
    return handbook.root if isinstance(handbook, Handbook) else Path(handbook)


def fit_height(dialog: QDialog) -> None:
    """Grow the dialog when a wrapped text got longer, so that rows never overlap (layouts do not do it)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if dialog.height() < needed:
        dialog.resize(width, needed)


class FileRow(QWidget):
    """A read-only file name with a "Choose…" button (and optionally "Remove")."""

    def __init__(
        self, choose_text: str, choose_name: str, empty_text: str, *, removable: bool = False, parent=None
    ) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.name_label = QLabel(empty_text)
        self.name_label.setEnabled(False)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.choose_button = QPushButton(choose_text)
        self.choose_button.setAccessibleName(choose_name)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setVisible(removable)
        self.remove_button.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        self.setFocusProxy(self.choose_button)

    def show_name(self, text: str | None) -> None:
        self.name_label.setText(text or self.empty_text)
        self.name_label.setEnabled(bool(text))
        self.name_label.setAccessibleName(text or self.empty_text)
        self.remove_button.setEnabled(bool(text))


def hint_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # A wrapped label in a form row otherwise gets the width of its longest word's line, not of the row.
    label.setMinimumWidth(360)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label
