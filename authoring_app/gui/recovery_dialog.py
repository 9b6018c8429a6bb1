"""After a crash: the text typed but not saved, section by section, compared with the file on disk.

At start-up (and when a handbook is opened) :func:`offer_recovery` lists every section of the handbook that has a
recovery copy different from its file. For the section chosen in the list, the dialog shows what the unsaved text
changes in the file, side by side; the author restores it (it opens in the editor, not saved yet) or discards it
(the recovery copy is deleted). Sections left undecided keep their copies; opening one later asks again.

Only copies left by an app that has ended are offered (and this app's own): another Handbook Studio that still
runs has its unsaved text in its editor, not lost in a crash. And only while this window may write the handbook:
a read-only window (another app has it) offers nothing, and the copies wait for a window that may write.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core.editing import RecoveryCopy, RecoveryStore
from authoring_app.core.handbook import Handbook
from authoring_app.gui.diff_view import DiffView

if TYPE_CHECKING:
    from authoring_app.gui.main_window import MainWindow


@dataclass(frozen=True)
class PendingRecovery:
    """A section's unsaved text from the last session and its file as saved ("" when there is no file yet)."""

    lang: str
    slug: str
    recovered: str
    saved: str
    saved_at: float
    #: The recovery copy (what Discard deletes).
    copy: RecoveryCopy | None = None

    @property
    def file(self) -> str:
        return f"{self.lang}/{self.slug}.md"


def pending_recoveries(handbook: Handbook, store: RecoveryStore) -> list[PendingRecovery]:
    """Every section of ``handbook`` with a recovery copy that differs from its file, newest first: the copies of
    apps that have ended (and this app's own), never those of another app that still runs.

    A copy equal to the file holds nothing to recover and is deleted; copies of sections no longer in the
    handbook are left alone (they are files in the user's data folder, still there to copy by hand). A section
    with copies of two ended apps is offered with the newer one first; the other is offered after it.
    """
    found: list[PendingRecovery] = []
    for copy in store.offerable(handbook.root):
        lang, slug = copy.lang, copy.slug
        if slug not in handbook.config.sections or lang not in handbook.config.languages:
            continue
        section = handbook.read(lang, slug)
        saved = section.text if section.text is not None else ""
        if section.text is not None and copy.text == saved:
            store.discard(copy)
            continue
        found.append(PendingRecovery(lang, slug, copy.text, saved, copy.saved_at, copy))
    return found


class RecoveryDialog(QDialog):
    """The sections with unsaved text from the last session; after :meth:`exec`, :attr:`restore` is the one to
    open with its recovered text (or None)."""

    def __init__(self, pending: list[PendingRecovery], discard, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Restore unsaved text?"))
        self.resize(1000, 620)
        self.pending = list(pending)
        self._discard = discard
        #: The section chosen for Restore.
        self.restore: PendingRecovery | None = None

        message = QLabel(
            self.tr(
                "Handbook Studio ended before this text was saved (a crash or a power cut). For each section, "
                "compare the unsaved text with the file, then restore it into the editor or discard it."
            ),
            self,
        )
        message.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("recoveryList")
        self.list.setAccessibleName(self.tr("Sections with unsaved text"))
        for entry in self.pending:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(entry.saved_at))
            item = QListWidgetItem(f"{entry.file}\n{when}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, entry.file)
        self.diff_view = DiffView(self)
        self.diff_view.setAccessibleName(self.tr("The file compared with the unsaved text"))
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.diff_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])

        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(self.tr("Open the section with this text in the editor (not saved yet)"))
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.discard_button.setObjectName("discardButton")
        self.discard_button.setToolTip(self.tr("Delete this unsaved text and keep the file as saved"))
        self.later_button = QPushButton(self.tr("Decide &Later"), self)
        self.later_button.setToolTip(self.tr("Keep the unsaved text; opening the section offers it again"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.list.currentRowChanged.connect(self._show_entry)
        self.restore_button.clicked.connect(self._restore_current)
        self.discard_button.clicked.connect(self._discard_current)
        self.later_button.clicked.connect(self.reject)
        self.restore_button.setDefault(True)
        self.list.setCurrentRow(0)

    def current(self) -> PendingRecovery | None:
        row = self.list.currentRow()
        return self.pending[row] if 0 <= row < len(self.pending) else None

    def kept_note(self, count: int) -> str:
        """What the status bar says about the ``count`` sections whose unsaved text is still kept."""
        return self.tr(
            "Unsaved text of %n section(s) is kept from the last session: open one to restore it.", "", count
        )

    def _show_entry(self, row: int) -> None:
        entry = self.pending[row] if 0 <= row < len(self.pending) else None
        self.restore_button.setEnabled(entry is not None)
        self.discard_button.setEnabled(entry is not None)
        if entry is None:
            self.diff_view.clear()
            return
        self.diff_view.compare(
            entry.saved, entry.recovered, self.tr("The file as saved"), self.tr("Unsaved text (recovered)")
        )

    def _restore_current(self) -> None:
        self.restore = self.current()
        if self.restore is not None:
            self.accept()

    def _discard_current(self) -> None:
        row = self.list.currentRow()
        entry = self.current()
        if entry is None:
            return
        self._discard(entry)
        del self.pending[row]
        self.list.takeItem(row)
        if not self.pending:
            self.accept()
            return
        self._show_entry(self.list.currentRow())


def offer_recovery(window: MainWindow) -> None:
    """Offer the unsaved text of the last session (see the module docstring); the window opens what is restored."""
    handbook = window.handbook
    if handbook is None or window.guard.read_only:
        return  # another app has the handbook: its copies are not this window's to offer or delete
    pending = pending_recoveries(handbook, window.recovery)
    if not pending:
        return
    dialog = RecoveryDialog(pending, lambda entry: window.recovery.discard(entry.copy), window)
    try:
        dialog.exec()
        chosen = dialog.restore
        left = len(dialog.pending) - (chosen is not None)
        kept_note = dialog.kept_note(left)
    finally:
        dialog.deleteLater()
    if chosen is not None and window.maybe_save():
        window.show_writing(chosen.slug, chosen.lang, restore=True)
    if left > 0:
        window.statusBar().showMessage(kept_note, 15000)
