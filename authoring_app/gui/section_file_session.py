"""The file behind an editor of one section: opening it, saving it through the conflict check, the recovery copy.

The section editor and each column of the side-by-side view edit a section file the same way, so they share this
one object: it opens the section for editing (a missing translation opens empty and is created on save), saves
it through :func:`~authoring_app.core.editing.save_section` (which refuses to overwrite a file changed on disk),
records a translation's provenance once it is saved, and copies unsaved text to the recovery folder within a
second of a change, also while typing goes on. The widgets keep what they show around the text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from authoring_app.core.editing import EditedSection, EditingError, RecoveryStore, open_for_editing, save_section
from authoring_app.core.external_changes import changed_span
from authoring_app.core.handbook import Handbook
from authoring_app.core.translation.tracking import track_section
from authoring_app.gui.editor import MarkdownEditor

#: A recovery copy is written at most this long after a change.
RECOVERY_DELAY_MS = 700
#: The window property that is true while the window's handbook is open read-only.
READ_ONLY_PROPERTY = "handbookReadOnly"


class ReadOnlyRefusal(EditingError):
    """A save refused because the window has the handbook read-only (another app holds it): nothing was written.
    The message says so and what to do; :func:`~authoring_app.gui.window_dialogs.save_checked` shows it in the
    status bar."""


class SectionFileSession(QObject):
    """One section file open in ``editor``; the owning widget calls :meth:`note_edit` on each change of the text
    and connects :meth:`on_modification_changed` to the document (where it wants it among its own handlers)."""

    #: The recovery copy could not be written: the OSError (the widget says so where it has room).
    recovery_failed = Signal(object)
    #: The file's state or the text changed from outside the editor (reloaded, merged, the file vanished): the
    #: widget updates what it shows around the text (labels, the form).
    reloaded = Signal()

    def __init__(self, editor: MarkdownEditor, recovery: RecoveryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.recovery = recovery
        self.handbook: Handbook | None = None
        self.section: EditedSection | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECOVERY_DELAY_MS)
        self.timer.timeout.connect(self.write_recovery)

    @property
    def is_modified(self) -> bool:
        return self.section is not None and self.editor.document().isModified()

    @property
    def is_target(self) -> bool:
        """A translation (its saves record provenance), not the handbook's source language."""
        return (
            self.handbook is not None
            and self.section is not None
            and self.section.lang != self.handbook.config.source_language
        )

    def open(self, handbook: Handbook, lang: str, slug: str, text: str | None = None) -> EditedSection:
        """Load ``slug`` in ``lang`` into the editor; ``text`` replaces the file's (a recovered copy) as one undo
        step, so undo goes back to the file. Raises EditingError."""
        section = open_for_editing(handbook, lang, slug)
        self.timer.stop()
        self.handbook = handbook
        self.section = None  # loading the file is no change: no recovery copy, no preview update
        self.editor.set_text(section.text)
        self.section = section
        # In a window whose handbook another app holds (gui/project_guard.py) every editor opens read-only.
        self.editor.setReadOnly(bool(self.editor.window().property(READ_ONLY_PROPERTY)))
        if text is not None and text != section.text:
            cursor = self.editor.textCursor()
            cursor.beginEditBlock()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()  # one undo step goes back to the file's text
        return section

    def save(self, *, overwrite: bool = False) -> None:
        """Save the text (raises SaveConflict / EditingError; :class:`ReadOnlyRefusal` while the window has the
        handbook read-only, whatever asked for the save); the recovery copy goes once the file is safe."""
        if self.section is None or self.handbook is None:
            return
        if self.editor.window().property(READ_ONLY_PROPERTY):
            if not self.is_modified:
                return  # nothing typed: nothing to write, nothing lost
            raise ReadOnlyRefusal(
                self.tr(
                    "{file} was not saved: another app has this handbook open, so this window may only read it. "
                    "Take the handbook over to save here, or discard the changes."
                ).format(file=f"{self.section.lang}/{self.section.slug}.md")
            )
        save_section(self.section, self.editor.text(), overwrite=overwrite)
        self.editor.document().setModified(False)
        self.forget_recovery()
        if self.is_target:
            # What the translator saved counts as translated from the source as it is on disk now.
            track_section(self.handbook, self.section.lang, self.section.slug)

    def discard(self) -> None:
        """Forget the unsaved text (the caller asked the user): the recovery copy goes too."""
        if self.section is not None and self.handbook is not None:
            self.forget_recovery()
            self.editor.document().setModified(False)

    def forget_recovery(self) -> None:
        """No recovery copy is wanted any more (saved, discarded, undone back to the file)."""
        self.timer.stop()
        if self.section is not None and self.handbook is not None:
            self.recovery.clear(self.handbook.root, self.section.lang, self.section.slug)

    def note_edit(self) -> None:
        """The text changed: a recovery copy follows soon (not restarted by each key, so it comes while typing)."""
        if self.section is not None and not self.timer.isActive():
            self.timer.start()

    def write_recovery(self) -> None:
        """Copy the unsaved text to the recovery folder now (:attr:`recovery_failed` when it cannot)."""
        if self.section is None or self.handbook is None or not self.is_modified:
            return
        try:
            self.recovery.write(self.handbook.root, self.section.lang, self.section.slug, self.editor.text())
        except OSError as error:
            self.recovery_failed.emit(error)

    # ------------------------------------------------------------------ the file changed outside the app ---

    def take_disk_version(self, theirs: EditedSection) -> None:
        """Show ``theirs`` (the file as it is on disk now, just read) as the saved text.

        Only what changed is replaced, as one undo step, so the cursor and the scroll position stay where they were
        and Ctrl+Z brings back the text from before.
        """
        self._replace_text(theirs.text)
        self.section = theirs
        self.editor.document().setModified(False)
        self.reloaded.emit()

    def keep_mine(self, theirs: EditedSection) -> None:
        """The author keeps their text knowingly: the next save replaces ``theirs`` without asking again."""
        if self.section is None:
            return
        self._acknowledge(theirs)
        self.reloaded.emit()

    def use_merged(self, text: str, theirs: EditedSection) -> None:
        """Put ``text`` (mine and theirs merged) in the editor, unsaved; a save then replaces ``theirs``."""
        if self.section is None:
            return
        self._acknowledge(theirs)
        self._replace_text(text)
        if text != theirs.text:
            self.editor.document().setModified(True)
            self.write_recovery()
        else:
            self.editor.document().setModified(False)
        self.reloaded.emit()

    def file_lost(self) -> None:
        """The file was deleted or renamed by another program: the text stays, unsaved (saving writes it back)."""
        if self.section is None:
            return
        self.section.disk_hash = ""
        self.editor.document().setModified(True)
        self.write_recovery()
        self.reloaded.emit()

    def _acknowledge(self, theirs: EditedSection) -> None:
        """``theirs`` is known to the author: saving may replace it, and it is the base of a later merge."""
        assert self.section is not None
        self.section.disk_hash = theirs.disk_hash
        self.section.text = theirs.text
        self.section.newline, self.section.had_bom = theirs.newline, theirs.had_bom

    def _replace_text(self, text: str) -> None:
        old = self.editor.text()
        if old == text:
            return
        start, old_end, new_end = changed_span(old, text)
        scroll = self.editor.verticalScrollBar().value()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(_utf16_length(old[:start]))
        cursor.setPosition(_utf16_length(old[:old_end]), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(text[start:new_end])
        cursor.endEditBlock()
        self.editor.verticalScrollBar().setValue(scroll)

    def on_modification_changed(self, modified: bool) -> None:
        """Undone back to the saved text: nothing is left to recover."""
        if not modified and self.section is not None and self.handbook is not None:
            self.forget_recovery()


def _utf16_length(text: str) -> int:
    """Qt counts text positions in UTF-16 units (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


class SessionView:
    """For a widget that edits one section file through its ``session``: what it shows, read from that session."""

    session: SectionFileSession

    @property
    def handbook(self) -> Handbook | None:
        return self.session.handbook

    @property
    def section(self) -> EditedSection | None:
        return self.session.section

    @property
    def is_modified(self) -> bool:
        return self.session.is_modified
