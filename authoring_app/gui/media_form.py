"""Pieces the insert-media dialogs share: a file chooser row, wrapped hint texts, a dialog that grows with them,
the Insert/Cancel buttons, labelled form rows and the wait cursor while a file is copied."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core.handbook import Handbook

PREVIEW_SIZE = QSize(320, 200)
IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.gif *.webp *.svg *.bmp *.tif *.tiff"


def file_patterns(extensions: set[str]) -> str:
    """``*.mp4 *.webm …`` for a file dialog's filter."""
    return " ".join(f"*{suffix}" for suffix in sorted(extensions))


def handbook_root(handbook: Handbook | Path | str) -> Path:
    """The handbook's folder, whether the dialog was given the loaded handbook or its path."""
    return handbook.root if isinstance(handbook, Handbook) else Path(handbook)


def ask_open_file(parent: QWidget, title: str, start: Path | None, filter_text: str) -> Path | None:
    """A file the user picks (starting in ``start``'s folder when given), or None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start.parent) if start else "", filter_text)
    return Path(name) if name else None


def insert_buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (labelled ``ok_text``) and Cancel, wired to the dialog's accept and reject; returns the box and OK."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button


def add_rows(form: QFormLayout, rows: Sequence[tuple[str, QWidget, QWidget | None]]) -> None:
    """Rows of ``(label text, field, buddy)``: Alt+letter of the label focuses ``buddy`` (default: the field).

    A row with an empty label text has no label (a hint or a check box under the field above).
    """
    for text, widget, buddy in rows:
        if not text:
            form.addRow("", widget)
            continue
        label = QLabel(text)
        label.setBuddy(buddy or widget)
        form.addRow(label, widget)


def finish_layout(dialog: QDialog, form: QFormLayout, buttons: QDialogButtonBox) -> None:
    """The form above the buttons, in a dialog that grows with wrapped texts instead of letting them overlap."""
    layout = QVBoxLayout(dialog)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    layout.addLayout(form)
    layout.addWidget(buttons)
    dialog.resize(560, dialog.sizeHint().height())


@contextmanager
def wait_cursor() -> Iterator[None]:
    """The busy cursor while a file is copied or converted (restored before any message box shows)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


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
        self,
        choose_text: str,
        choose_name: str,
        empty_text: str,
        *,
        removable: bool = False,
        parent: QWidget | None = None,
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
    """A wrapped plain-text hint that takes the whole width of its form row."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # A wrapped label in a form row otherwise gets the width of its longest word's line, not of the row.
    label.setMinimumWidth(360)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label
