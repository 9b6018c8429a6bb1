"""One section in one language, being written: the front-matter form and the text on the left, the page on the right.

The editor and the preview keep in step both ways: scrolling either one scrolls the other to the same source line
(through the ``data-line`` of the page's blocks), and a click in the preview puts the text cursor on the block's
line. Unsaved text is copied to the recovery folder within a second of a change, also while typing goes on.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from authoring_app.core.editing import (
    EditedSection,
    RecoveryStore,
    changed_on_disk,
    open_for_editing,
    save_section,
)
from authoring_app.core.handbook import Handbook
from authoring_app.core.translation.tracking import track_section
from authoring_app.gui.editor import FindReplaceBar, FrontMatterForm, MarkdownEditor
from authoring_app.gui.preview import PreviewBase, create_preview

#: A recovery copy is written at most this long after a change.
RECOVERY_DELAY_MS = 700
#: Editor scroll events this soon after the preview scrolled it are ours, not the author's.
SYNC_QUIET_SECONDS = 0.25


class SectionEditor(QWidget):
    """Editor and preview of one section file; :meth:`open` another to switch (the caller asks to save first)."""

    modified_changed = Signal(bool)
    #: The section shown changed: language, slug (empty when none).
    section_changed = Signal(str, str)

    def __init__(
        self, parent: QWidget | None = None, *, recovery: RecoveryStore | None = None, simple_preview: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sectionEditor")
        self.recovery = recovery or RecoveryStore()
        self.handbook: Handbook | None = None
        self.section: EditedSection | None = None
        self.theme: str | None = None

        self.editor = MarkdownEditor(self)
        self.form = FrontMatterForm(self)
        self.form.set_editor(self.editor)
        self.find_bar = FindReplaceBar(self.editor, self)
        self.preview: PreviewBase = create_preview(self, force_simple=simple_preview)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.find_bar)

        self.splitter = QSplitter(self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._recovery_timer = QTimer(self)
        self._recovery_timer.setSingleShot(True)
        self._recovery_timer.setInterval(RECOVERY_DELAY_MS)
        self._recovery_timer.timeout.connect(self.write_recovery)
        self._editor_quiet_until = 0.0

        self.editor.document().modificationChanged.connect(self.modified_changed)
        self.editor.document().modificationChanged.connect(self._on_modification_changed)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.verticalScrollBar().valueChanged.connect(self._on_editor_scrolled)
        self.preview.scrolled_to_line.connect(self._on_preview_scrolled)
        self.preview.line_clicked.connect(self._on_preview_clicked)
        self.preview.rendered.connect(self._on_rendered)
        self._first_revision = 0

    # ------------------------------------------------------------------------------------------ public ---

    @property
    def is_modified(self) -> bool:
        return self.section is not None and self.editor.document().isModified()

    def open(self, handbook: Handbook, lang: str, slug: str, text: str | None = None) -> EditedSection:
        """Show section ``slug`` in ``lang``; ``text`` replaces the file's (a recovered copy). Raises EditingError."""
        section = open_for_editing(handbook, lang, slug)
        self.handbook = handbook
        self.section = None  # no preview update or recovery copy for loading the file
        self._recovery_timer.stop()
        self.editor.set_text(section.text)
        self.section = section
        if text is not None and text != section.text:
            cursor = self.editor.textCursor()
            cursor.beginEditBlock()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(text)
            cursor.endEditBlock()  # one undo step goes back to the file's text
        self.editor.refresh_counts()
        self.form.reload()
        self._first_revision = self.preview.open_section(handbook, lang, slug, self.editor.text(), theme=self.theme)
        self.section_changed.emit(lang, slug)
        self.modified_changed.emit(self.is_modified)
        return section

    def close_section(self) -> None:
        """Show nothing (the handbook closed); the caller has saved or discarded first."""
        if self.section is not None:
            self.recovery.clear(self.handbook.root, self.section.lang, self.section.slug)  # type: ignore[union-attr]
        self.section = None
        self.editor.set_text("")
        self.section_changed.emit("", "")

    def save(self, *, overwrite: bool = False) -> None:
        """Save the text (raises SaveConflict / EditingError); the recovery copy goes once the file is safe."""
        if self.section is None or self.handbook is None:
            return
        save_section(self.section, self.editor.text(), overwrite=overwrite)
        self.editor.document().setModified(False)
        self._recovery_timer.stop()
        self.recovery.clear(self.handbook.root, self.section.lang, self.section.slug)
        if self.section.lang != self.handbook.config.source_language:
            # What the translator saved counts as translated from the source as it is now (the provenance).
            track_section(self.handbook, self.section.lang, self.section.slug)

    def discard(self) -> None:
        """Forget the unsaved text (the caller asked the user): the recovery copy goes too."""
        if self.section is not None and self.handbook is not None:
            self._recovery_timer.stop()
            self.recovery.clear(self.handbook.root, self.section.lang, self.section.slug)
            self.editor.document().setModified(False)

    def refresh_preview(self) -> None:
        """Build the preview page again (another theme, another handbook object), keeping the editor's place."""
        if self.section is not None and self.handbook is not None:
            self._first_revision = self.preview.open_section(
                self.handbook, self.section.lang, self.section.slug, self.editor.text(), theme=self.theme
            )

    def changed_on_disk(self) -> bool:
        return self.section is not None and changed_on_disk(self.section)

    def write_recovery(self) -> None:
        """Copy the unsaved text to the recovery folder now."""
        if self.section is None or self.handbook is None or not self.is_modified:
            return
        try:
            self.recovery.write(self.handbook.root, self.section.lang, self.section.slug, self.editor.text())
        except OSError as error:
            window = self.window()
            bar = getattr(window, "statusBar", None)
            if bar is not None:
                bar().showMessage(self.tr("Could not write the recovery copy: {error}").format(error=error), 8000)

    def shut_down(self) -> None:
        self.preview.shut_down()

    # ------------------------------------------------------------------------------------------ internals ---

    def _on_text_changed(self) -> None:
        if self.section is None:
            return
        self.preview.set_text(self.editor.text())
        if not self._recovery_timer.isActive():  # not restarted by each key: it fires while typing goes on
            self._recovery_timer.start()

    def _on_modification_changed(self, modified: bool) -> None:
        if not modified and self.section is not None and self.handbook is not None:
            # Undone back to the saved text: nothing is left to recover.
            self._recovery_timer.stop()
            self.recovery.clear(self.handbook.root, self.section.lang, self.section.slug)

    def _on_editor_scrolled(self) -> None:
        if self.section is None or time.monotonic() < self._editor_quiet_until:
            return
        self.preview.scroll_to_line(self.editor.first_visible_line())

    def _on_preview_scrolled(self, line: float) -> None:
        # The page reports only the reader's own scrolling (not where the editor told it to go).
        self._editor_quiet_until = time.monotonic() + SYNC_QUIET_SECONDS
        nearest = round(line)
        self.editor.scroll_to_line(nearest if abs(line - nearest) < 0.05 else line)  # 11.997 is line 12

    def _on_preview_clicked(self, line: int) -> None:
        self._editor_quiet_until = time.monotonic() + SYNC_QUIET_SECONDS
        self.editor.go_to_line(line)
        self.editor.setFocus()

    def _on_rendered(self, revision: int) -> None:
        if revision == self._first_revision and self.editor.verticalScrollBar().value() > 0:
            self._on_editor_scrolled()  # a new page: show where the editor is
