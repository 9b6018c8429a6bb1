"""One language column of the side-by-side view: a header, the status gutter, the editor and an optional preview.

The column owns its file the way :class:`~authoring_app.gui.section_editor.SectionEditor` does, through the same
:class:`~authoring_app.gui.section_file_session.SectionFileSession`: it opens the section for editing (a missing
translation opens empty and is created on save), saves it through the conflict check, and keeps a recovery copy
of unsaved text within a second of a change. The view above it decides what
the statuses are and how the columns scroll together.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core.editing import RecoveryStore
from authoring_app.core.handbook import Handbook
from authoring_app.core.translation.status import SectionStatus
from authoring_app.gui.editor import MarkdownEditor
from authoring_app.gui.languages import language_name
from authoring_app.gui.preview import PreviewBase, create_preview
from authoring_app.gui.section_file_session import SectionFileSession, SessionView
from authoring_app.gui.translation.segment_rows import marks_of
from authoring_app.gui.translation.status_gutter import StatusGutter


class LanguageColumn(SessionView, QFrame):
    """The section in one language, editable, with what is out of step marked beside the text."""

    #: The user picked another language in the header's picker.
    language_chosen = Signal(str)
    remove_requested = Signal()
    open_in_editor_requested = Signal()
    #: The editor took the focus: this is the column Ctrl+S saves and whose segment is highlighted.
    activated = Signal()

    def __init__(self, recovery: RecoveryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBySideColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.recovery = recovery
        self.status: SectionStatus | None = None
        self.preview: PreviewBase | None = None
        self._first_revision = 0

        self.picker = QComboBox(self)
        self.picker.setObjectName("columnLanguage")
        self.picker.setAccessibleName(self.tr("Language of this column"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.activated.connect(self._on_picked)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("columnFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dirty_label = QLabel(self.tr("● unsaved"), self)
        self.dirty_label.setObjectName("columnDirty")
        self.dirty_label.setAccessibleName(self.tr("This column has unsaved changes"))
        self.dirty_label.hide()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("columnCounts")
        self.counts_label.setAccessibleName(self.tr("Translation status of this column"))

        self.preview_button = self._tool_button(self.tr("Preview"), self.tr("Show the page of this language below"))
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self.set_preview_visible)
        self.open_button = self._tool_button(self.tr("Open"), self.tr("Open this language in the section editor"))
        self.open_button.clicked.connect(self.open_in_editor_requested)
        self.remove_button = self._tool_button("✕", self.tr("Remove this column"))
        self.remove_button.setAccessibleName(self.tr("Remove column"))
        self.remove_button.clicked.connect(self.remove_requested)

        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 4, 0)
        top.addWidget(self.picker)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.remove_button)
        second = QHBoxLayout()
        second.setContentsMargins(6, 0, 4, 4)
        second.addWidget(self.counts_label, 1)
        second.addWidget(self.dirty_label)
        second.addWidget(self.preview_button)
        second.addWidget(self.open_button)

        self.editor = MarkdownEditor(self)
        self.session = SectionFileSession(self.editor, recovery, self)
        self.session.recovery_failed.connect(self._on_recovery_failed)
        self.session.reloaded.connect(self._update_labels)
        self.gutter = StatusGutter(self.editor, self)
        body = QWidget(self)
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.gutter)
        body_layout.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.splitter, 1)

        self.editor.document().modificationChanged.connect(self._on_modification_changed)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.verticalScrollBar().valueChanged.connect(self._scroll_preview)
        self.editor.installEventFilter(self)

    # ------------------------------------------------------------------------------------------ public ---

    @property
    def lang(self) -> str:
        return self.section.lang if self.section is not None else ""

    @property
    def is_target(self) -> bool:
        """A translation (it has statuses and a gutter), not the handbook's source language."""
        return self.handbook is not None and self.lang != self.handbook.config.source_language

    def open(self, handbook: Handbook, lang: str, slug: str, text: str | None = None) -> None:
        """Show ``slug`` in ``lang`` (``text``: a recovered copy to restore); raises EditingError."""
        self.session.open(handbook, lang, slug, text)
        self.editor.setAccessibleName(self.tr("{language} text").format(language=language_name(lang)))
        self._fill_picker(handbook, lang)
        self.gutter.setVisible(self.is_target)
        self.set_status(None)
        self._update_labels()
        if self.preview is not None:
            self._first_revision = self.preview.open_section(handbook, lang, slug, self.editor.text())

    def save(self, *, overwrite: bool = False) -> None:
        """Save the text (raises SaveConflict / EditingError); a translation's provenance is recorded after."""
        if self.section is None or self.handbook is None:
            return
        self.session.save(overwrite=overwrite)
        self._update_labels()

    def discard(self) -> None:
        """Forget the unsaved text (the caller asked): the recovery copy goes too; the editor keeps showing it."""
        self.session.discard()

    def write_recovery(self) -> None:
        """Copy the unsaved text to the recovery folder now (the header says so when it cannot be written)."""
        self.session.write_recovery()

    def set_status(self, status: SectionStatus | None) -> None:
        """Show a translation's status (None: the source, or not computed yet) in the gutter and the header."""
        self.status = status
        self.gutter.set_marks(marks_of(status) if status is not None else [])
        if not self.is_target:
            self.counts_label.setText(self.tr("Source language"))
        elif status is None:
            self.counts_label.setText("")
        else:
            counts = status.counts
            parts = [
                self.tr("%n outdated", "", counts["outdated"]) if counts["outdated"] else "",
                self.tr("%n missing", "", counts["missing"]) if counts["missing"] else "",
                self.tr("%n extra", "", counts["extra"]) if counts["extra"] else "",
            ]
            text = " · ".join(part for part in parts if part) or self.tr("Up to date")
            pivot = language_name(status.pivot)
            self.counts_label.setText(self.tr("{counts} (against {pivot})").format(counts=text, pivot=pivot))

    def set_preview_visible(self, visible: bool) -> None:
        """Show or drop this column's live page (each costs a Chromium page, so it is off until asked for)."""
        if self.preview_button.isChecked() != visible:
            self.preview_button.setChecked(visible)  # comes back here through toggled
            return
        if visible and self.preview is None:
            self.preview = create_preview(self)
            self.splitter.addWidget(self.preview)
            self.splitter.setSizes([max(self.splitter.height() // 2, 100)] * 2)
            self.preview.line_clicked.connect(self.editor.go_to_line)
            self.preview.rendered.connect(self._on_rendered)
            if self.section is not None and self.handbook is not None:
                self._first_revision = self.preview.open_section(
                    self.handbook, self.section.lang, self.section.slug, self.editor.text()
                )
        elif not visible and self.preview is not None:
            preview, self.preview = self.preview, None
            preview.shut_down()
            preview.hide()
            preview.setParent(None)
            preview.deleteLater()

    def shut_down(self) -> None:
        self.session.timer.stop()
        if self.preview is not None:
            self.preview.shut_down()

    # ------------------------------------------------------------------------------------- Qt events ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusIn:
            self.activated.emit()
        return super().eventFilter(watched, event)

    # --------------------------------------------------------------------------------------- internals ---

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        button.setAutoRaise(True)
        return button

    def _fill_picker(self, handbook: Handbook, lang: str) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for code in handbook.config.languages:
            self.picker.addItem(f"{language_name(code)} ({code})", code)
        self.picker.setCurrentIndex(max(0, self.picker.findData(lang)))
        self.picker.blockSignals(False)

    def _on_picked(self, index: int) -> None:
        code = self.picker.itemData(index)
        if code and code != self.lang:
            self.picker.setCurrentIndex(max(0, self.picker.findData(self.lang)))  # the view decides and reopens
            self.language_chosen.emit(code)

    def _update_labels(self) -> None:
        section = self.section
        if section is None:
            self.file_label.setText("")
            self.dirty_label.hide()
            return
        name = f"{section.lang}/{section.slug}.md"
        self.file_label.setText(name if section.exists else self.tr("{file} (new file)").format(file=name))
        self.file_label.setToolTip(str(section.path))
        self.dirty_label.setVisible(self.is_modified)

    def _on_text_changed(self) -> None:
        if self.section is None:
            return
        if self.preview is not None:
            self.preview.set_text(self.editor.text())
        self.session.note_edit()

    def _on_modification_changed(self, modified: bool) -> None:
        self._update_labels()
        self.session.on_modification_changed(modified)

    def _on_recovery_failed(self, error: OSError) -> None:
        self.counts_label.setText(self.tr("Could not write the recovery copy: {error}").format(error=error))

    def _scroll_preview(self) -> None:
        if self.preview is not None:
            self.preview.scroll_to_line(self.editor.first_visible_line())

    def _on_rendered(self, revision: int) -> None:
        if revision == self._first_revision:
            self._scroll_preview()  # a new page: show where the editor is
