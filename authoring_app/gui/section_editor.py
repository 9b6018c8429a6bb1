"""One section in one language, being written: the front-matter form and the text on the left, the page on the right.

The editor and the preview keep in step both ways: scrolling either one scrolls the other to the same source line
(through the ``data-line`` of the page's blocks), and a click in the preview puts the text cursor on the block's
line. Unsaved text is copied to the recovery folder within a second of a change, also while typing goes on.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from authoring_app.core.editing import EditedSection, RecoveryStore, changed_on_disk
from authoring_app.core.handbook import Handbook
from authoring_app.gui.editor import FindReplaceBar, FrontMatterForm, MarkdownEditor
from authoring_app.gui.preview import PreviewBase, create_preview
from authoring_app.gui.section_file_session import SectionFileSession, SessionView

#: Editor scroll events this soon after the preview scrolled it are ours, not the author's.
SYNC_QUIET_SECONDS = 0.25


class SectionEditor(SessionView, QWidget):
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

        self.session = SectionFileSession(self.editor, self.recovery, self)
        self.session.recovery_failed.connect(self._on_recovery_failed)
        self.session.reloaded.connect(self._on_reloaded)
        self._editor_quiet_until = 0.0

        self.editor.document().modificationChanged.connect(self.modified_changed)
        self.editor.document().modificationChanged.connect(self.session.on_modification_changed)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.verticalScrollBar().valueChanged.connect(self._on_editor_scrolled)
        self.preview.scrolled_to_line.connect(self._on_preview_scrolled)
        self.preview.line_clicked.connect(self._on_preview_clicked)
        self.preview.rendered.connect(self._on_rendered)
        self._first_revision = 0

    # ------------------------------------------------------------------------------------------ public ---

    def open(self, handbook: Handbook, lang: str, slug: str, text: str | None = None) -> EditedSection:
        """Show section ``slug`` in ``lang``; ``text`` replaces the file's (a recovered copy). Raises EditingError."""
        section = self.session.open(handbook, lang, slug, text)
        self.editor.refresh_counts()
        self.form.reload()
        self._first_revision = self.preview.open_section(handbook, lang, slug, self.editor.text(), theme=self.theme)
        self.section_changed.emit(lang, slug)
        self.modified_changed.emit(self.is_modified)
        return section

    def close_section(self) -> None:
        """Show nothing (the handbook closed); the caller has saved or discarded first."""
        self.session.forget_recovery()
        self.session.section = None
        self.editor.set_text("")
        self.section_changed.emit("", "")

    def save(self, *, overwrite: bool = False) -> None:
        """Save the text (raises SaveConflict / EditingError); the recovery copy goes once the file is safe."""
        self.session.save(overwrite=overwrite)

    def discard(self) -> None:
        """Forget the unsaved text (the caller asked the user): the recovery copy goes too."""
        self.session.discard()

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
        self.session.write_recovery()

    def shut_down(self) -> None:
        self.preview.shut_down()

    # ------------------------------------------------------------------------------------------ internals ---

    def _on_text_changed(self) -> None:
        if self.section is None:
            return
        self.preview.set_text(self.editor.text())
        self.session.note_edit()

    def _on_reloaded(self) -> None:
        """The text or the file changed from outside (reloaded, merged, the file vanished)."""
        self.editor.refresh_counts()
        self.form.reload()
        self.modified_changed.emit(self.is_modified)

    def _on_recovery_failed(self, error: OSError) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(self.tr("Could not write the recovery copy: {error}").format(error=error), 8000)

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
