"""Side by side: one section in two to four languages, scrolled together segment by segment.

The translator sees the source, the pivot and the translation next to each other (``bg | ru | kk`` when Kazakh is
translated from Russian), each in a full editor. Scrolling one column brings the others to the same segment at the
same relative place in it; the segment under the text cursor is highlighted in every column; each translation has a
gutter that marks what is outdated, missing or extra. Statuses are computed from the editors' unsaved texts after
a pause in typing, so extending a source paragraph marks its translations outdated before anything is saved.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QMessageBox, QSplitter, QTextEdit, QToolBar, QVBoxLayout, QWidget

from authoring_app.core.editing import EditingError, RecoveryStore
from authoring_app.core.handbook import Handbook
from authoring_app.core.segments import Segment, segment_section
from authoring_app.core.translation.alignment import Pair, align
from authoring_app.core.translation.status import SectionStatus, comparison_language, section_status
from authoring_app.gui import window_dialogs as dialogs
from authoring_app.gui.editor.colours import is_dark
from authoring_app.gui.languages import language_name
from authoring_app.gui.section_file_session import READ_ONLY_PROPERTY
from authoring_app.gui.translation.segment_rows import (
    Rows,
    interpolate,
    rows_from_pairs,
    segment_at,
    shared_anchors,
)
from authoring_app.gui.translation.side_by_side_column import LanguageColumn

MIN_COLUMNS = 2
MAX_COLUMNS = 4
#: Statuses are recomputed this long after the last change in any column.
STATUS_DELAY_MS = 300
CURRENT_SEGMENT_GROUP = "side-by-side-current-segment"


def default_languages(handbook: Handbook, lang: str) -> list[str]:
    """The columns to show for translating ``lang``: the source, the pivot chain, then ``lang`` (bg | ru | kk)."""
    config = handbook.config
    chain = [lang]
    while chain[-1] != config.source_language:
        pivot = config.pivot_of(chain[-1])
        if pivot in chain:
            break
        chain.append(pivot)
    if chain[-1] != config.source_language:
        chain.append(config.source_language)
    languages = list(reversed(chain))
    if len(languages) > MAX_COLUMNS:
        languages = [languages[0], *languages[-(MAX_COLUMNS - 1) :]]
    if len(languages) < MIN_COLUMNS:
        languages += [code for code in config.target_languages if code not in languages][:1]
    return languages


class SideBySideView(QWidget):
    """One section in several languages, editable side by side; open it with :meth:`open_section`."""

    #: Whether any column has unsaved changes.
    modified_changed = Signal(bool)
    #: Open this language of the section in the single-language editor, at this file line.
    open_in_editor_requested = Signal(str, str, int)
    #: A column was saved: language, slug (the project tree may refresh).
    saved = Signal(str, str)
    #: A short message for the status bar (what a mark means, why something was refused).
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, recovery: RecoveryStore | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBySideView")
        self.setAccessibleName(self.tr("Side by side translation"))
        self.recovery = recovery or RecoveryStore()
        self.handbook: Handbook | None = None
        self.slug = ""
        self.columns: list[LanguageColumn] = []
        self.statuses: dict[str, SectionStatus] = {}
        #: Milliseconds the last status recompute took (all columns).
        self.last_recompute_ms = 0.0
        self._segments: list[list[Segment]] = []
        self._texts: list[str] = []
        #: The last status of each language, with the texts it was computed from (target, pivot column's).
        self._status_cache: dict[str, tuple[tuple[str, str | None], SectionStatus]] = {}
        self._rows: list[Rows] = []
        self._active: LanguageColumn | None = None
        self._syncing = False
        self._loading = False

        self.toolbar = QToolBar(self.tr("Side by side"), self)
        self.toolbar.setObjectName("sideBySideToolbar")
        self.toolbar.setAccessibleName(self.tr("Side by side tools"))
        self.save_action = self._action(self.tr("&Save Column"), QKeySequence.StandardKey.Save, self.save_current)
        self.save_action.setToolTip(self.tr("Save the language whose text has the focus"))
        self.save_all_action = self._action(self.tr("Save &All"), "Ctrl+Shift+S", self.save_all)
        self.save_all_action.setToolTip(self.tr("Save every language with unsaved changes"))
        self.add_column_action = self._action(self.tr("Add &Language"), "", self.add_column)
        self.add_column_action.setToolTip(self.tr("Show one more language next to these (up to four)"))
        self.previous_mark_action = self._action(self.tr("&Previous Mark"), "Shift+F8", self.previous_mark)
        self.next_mark_action = self._action(self.tr("&Next Mark"), "F8", self.next_mark)
        self.next_mark_action.setToolTip(self.tr("Go to the next outdated, missing or extra segment"))
        for action in (self.save_action, self.save_all_action, self.add_column_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.previous_mark_action)
        self.toolbar.addAction(self.next_mark_action)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("sideBySideSplitter")
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._recompute)
        self._update_actions()

    # ------------------------------------------------------------------------------------------ public ---

    def open_section(self, handbook: Handbook, slug: str, languages: Sequence[str]) -> None:
        """Show ``slug`` in ``languages`` (2–4, left to right); the caller asked about unsaved text first
        (:meth:`maybe_close`). Raises ValueError for a wrong list and EditingError when a file cannot be read."""
        chosen = list(dict.fromkeys(languages))
        if not MIN_COLUMNS <= len(chosen) <= MAX_COLUMNS:
            raise ValueError(f"side by side shows {MIN_COLUMNS} to {MAX_COLUMNS} different languages, not {chosen}")
        unknown = [code for code in chosen if code not in handbook.config.languages]
        if unknown:
            raise ValueError(f"not languages of this handbook: {', '.join(unknown)}")
        self._clear_columns()
        self.handbook, self.slug = handbook, slug
        for lang in chosen:
            self._open_column(self._new_column(), lang)
        self._active = self.columns[-1]
        self._even_widths()
        self.refresh_statuses()
        self._update_actions()
        self.modified_changed.emit(self.is_modified)

    def close_section(self) -> None:
        """Show nothing (the section was deleted); the caller has saved or discarded first."""
        self._clear_columns()
        self.handbook, self.slug = None, ""
        self._update_actions()
        self.modified_changed.emit(False)

    def languages(self) -> list[str]:
        return [column.lang for column in self.columns]

    @property
    def is_modified(self) -> bool:
        return any(column.is_modified for column in self.columns)

    def column(self, lang: str) -> LanguageColumn | None:
        return next((column for column in self.columns if column.lang == lang), None)

    def current_column(self) -> LanguageColumn | None:
        """The column Ctrl+S saves: the one whose editor had the focus last."""
        return self._active if self._active in self.columns else (self.columns[-1] if self.columns else None)

    def save_current(self) -> bool:
        column = self.current_column()
        return column is None or self._save_column(column)

    def save_all(self) -> bool:
        """Save every column with changes, sources and pivots first (a translation's provenance names them);
        False when one could not be saved or the user cancelled an overwrite."""
        for column in sorted(self.columns, key=self._pivot_depth):
            if column.is_modified and not self._save_column(column):
                return False
        return True

    def discard_all(self) -> None:
        """Forget all unsaved text (and its recovery copies); the caller asked the user."""
        for column in self.columns:
            column.discard()

    def maybe_close(self) -> bool:
        """Before the view closes or shows another section: ask about unsaved text. False when cancelled."""
        dirty = [column for column in self.columns if column.is_modified]
        if not dirty:
            return True
        files = ", ".join(f"{column.lang}/{self.slug}.md" for column in dirty)
        text = self.tr("{files}: changes are not saved.").format(files=files)
        return dialogs.settle_unsaved(
            self, text, self.save_all, self.discard_all, several=True, object_name="sideBySideUnsavedBox"
        )

    def add_column(self, lang: str | None = None) -> bool:
        """One more language on the right (the first one not shown, unless named); False when not possible."""
        if self.handbook is None or len(self.columns) >= MAX_COLUMNS:
            return False
        shown = self.languages()
        if lang is None:
            lang = next((code for code in self.handbook.config.languages if code not in shown), None)
        if lang is None or lang in shown:
            return False
        column = self._new_column()
        try:
            self._open_column(column, lang)
        except EditingError as error:
            self._drop_column(column)
            self._warn(self.tr("Cannot open"), str(error))
            return False
        self._even_widths()
        self.refresh_statuses()
        self._update_actions()
        return True

    def remove_column(self, index: int) -> bool:
        """Take a column away (asking about its unsaved text); at least two stay."""
        if len(self.columns) <= MIN_COLUMNS or not 0 <= index < len(self.columns):
            return False
        column = self.columns[index]
        if not self._maybe_leave(column):
            return False
        self._drop_column(column)
        self._even_widths()
        self.refresh_statuses()
        self._update_actions()
        self.modified_changed.emit(self.is_modified)
        return True

    def set_column_language(self, index: int, lang: str) -> bool:
        """Show another language in column ``index`` (asking about its unsaved text first)."""
        column = self.columns[index]
        if lang == column.lang:
            return True
        if lang in self.languages():
            self.status_message.emit(self.tr("{language} is already shown.").format(language=language_name(lang)))
            return False
        if not self._maybe_leave(column):
            return False
        try:
            self._open_column(column, lang)
        except EditingError as error:
            self._warn(self.tr("Cannot open"), str(error))
            return False
        self.refresh_statuses()
        self.modified_changed.emit(self.is_modified)
        return True

    def refresh_statuses(self) -> None:
        """Recompute every status and the column alignment now (e.g. after the files or provenance changed)."""
        self._status_cache.clear()
        self._recompute()

    def _recompute(self) -> None:
        """Statuses and alignment from the editors' texts, after a pause in typing; unchanged columns are kept."""
        self._status_timer.stop()
        if self.handbook is None or not self.columns:
            return
        started = time.perf_counter()
        handbook, slug = self.handbook, self.slug
        texts = [column.editor.text() for column in self.columns]
        known = {text: segments for text, segments in zip(self._texts, self._segments, strict=True)}
        self._segments = [known[text] if text in known else segment_section(text) for text in texts]
        self._texts = texts
        index_of = {column.lang: index for index, column in enumerate(self.columns)}
        self.statuses = {}
        rows: list[Rows | None] = [None] * len(self.columns)
        rows[0] = list(range(len(self._segments[0])))

        def pivot_index(index: int) -> int | None:
            lang = self.columns[index].lang
            if lang == handbook.config.source_language:
                return None
            found = index_of.get(comparison_language(handbook, lang, slug))
            return found if found != index else None

        def rows_of(index: int, seen: frozenset[int] = frozenset()) -> Rows:
            if rows[index] is None:
                pivot = pivot_index(index)
                status = self.statuses.get(self.columns[index].lang)
                if pivot is not None and pivot not in seen and status is not None:
                    pivot_rows = rows_of(pivot, seen | {index})
                    rows[index] = rows_from_pairs(
                        _pairs(status), self._segments[pivot], pivot_rows, self._segments[index]
                    )
                else:  # the pivot is not shown: line up with the first column by structure
                    pairs = align(self._segments[0], self._segments[index])
                    rows[index] = rows_from_pairs(pairs, self._segments[0], rows[0], self._segments[index])  # type: ignore[arg-type]
            return rows[index]  # type: ignore[return-value]

        for index, column in enumerate(self.columns):
            if not column.is_target:
                column.set_status(None)
                continue
            pivot = pivot_index(index)
            source = self._segments[pivot] if pivot is not None else None
            # A pause in typing in one column leaves the others' statuses as they were: compute only what changed.
            key = (texts[index], texts[pivot] if pivot is not None else None)
            cached = self._status_cache.get(column.lang)
            if cached is not None and cached[0] == key:
                status = cached[1]
            else:
                status = section_status(handbook, column.lang, slug, target_text=texts[index], source=source)
                self._status_cache[column.lang] = (key, status)
            self.statuses[column.lang] = status
            column.set_status(status)
        self._rows = [rows_of(index) for index in range(len(self.columns))]
        self.last_recompute_ms = (time.perf_counter() - started) * 1000
        self._highlight_current_segment()

    def next_mark(self) -> None:
        self._go_to_mark(forward=True)

    def previous_mark(self) -> None:
        self._go_to_mark(forward=False)

    def shut_down(self) -> None:
        """Stop timers and previews; call before the window closes."""
        self._status_timer.stop()
        for column in self.columns:
            column.shut_down()

    # --------------------------------------------------------------------------------------- columns ---

    def _new_column(self) -> LanguageColumn:
        column = LanguageColumn(self.recovery, self.splitter)
        self.splitter.addWidget(column)
        self.columns.append(column)
        editor = column.editor
        editor.textChanged.connect(lambda: self._on_text_changed(column))
        editor.cursorPositionChanged.connect(lambda: self._on_cursor_moved(column))
        editor.verticalScrollBar().valueChanged.connect(lambda *_: self._on_scrolled(column))
        editor.document().modificationChanged.connect(lambda *_: self.modified_changed.emit(self.is_modified))
        column.activated.connect(lambda: self._activate(column))
        column.language_chosen.connect(lambda lang: self.set_column_language(self.columns.index(column), lang))
        column.remove_requested.connect(lambda: self.remove_column(self.columns.index(column)))
        column.open_in_editor_requested.connect(
            lambda: self.open_in_editor_requested.emit(column.lang, self.slug, column.editor.current_line())
        )
        return column

    def _open_column(self, column: LanguageColumn, lang: str) -> None:
        assert self.handbook is not None
        # Read-only (another app has the handbook): no recovery offered, no conversion (both would write).
        read_only = bool(self.window().property(READ_ONLY_PROPERTY))
        recovered = None if read_only else self.recovery.read(self.handbook.root, lang, self.slug)
        text = recovered.text if recovered is not None else None
        from authoring_app.gui.encoding_dialog import open_converting

        self._loading = True
        try:
            handbook = self.handbook
            if read_only:
                column.open(handbook, lang, self.slug)
            elif not open_converting(self, lambda: column.open(handbook, lang, self.slug), self.recovery, handbook):
                file = f"{lang}/{self.slug}.md"
                raise EditingError(self.tr("{file} is not UTF-8 and was not converted.").format(file=file))
            if recovered is not None and text != column.editor.text():
                if self._ask_restore(lang):
                    self.recovery.adopt(recovered)
                    column.open(self.handbook, lang, self.slug, text=text)
                else:
                    self.recovery.discard(recovered)
        finally:
            self._loading = False

    def _drop_column(self, column: LanguageColumn) -> None:
        column.shut_down()
        if self.handbook is not None and column.section is not None:
            self.recovery.clear(self.handbook.root, column.lang, self.slug)
        self.columns.remove(column)
        if self._active is column:
            self._active = None
        column.hide()
        column.setParent(None)
        column.deleteLater()

    def _clear_columns(self) -> None:
        for column in list(self.columns):
            column.shut_down()
            self.columns.remove(column)
            column.hide()
            column.setParent(None)
            column.deleteLater()
        self._active = None
        self._segments, self._texts, self._rows, self.statuses = [], [], [], {}
        self._status_cache.clear()

    def _even_widths(self) -> None:
        width = max(self.splitter.width(), 300 * len(self.columns))
        self.splitter.setSizes([width // len(self.columns)] * len(self.columns))

    def _pivot_depth(self, column: LanguageColumn) -> int:
        """0 for the source, 1 for a language translated from it, 2 for one translated from that…"""
        if self.handbook is None:
            return 0
        depth, lang = 0, column.lang
        while lang != self.handbook.config.source_language and depth < 10:
            lang, depth = comparison_language(self.handbook, lang, self.slug), depth + 1
        return depth

    def _update_actions(self) -> None:
        count = len(self.columns)
        self.add_column_action.setEnabled(self.handbook is not None and count < MAX_COLUMNS)
        for column in self.columns:
            column.remove_button.setEnabled(count > MIN_COLUMNS)

    # ------------------------------------------------------------------------------------------ saving ---

    def _save_column(self, column: LanguageColumn) -> bool:
        name = f"{column.lang}/{self.slug}.md"
        if not dialogs.save_checked(self, column.save, self._ask_overwrite):
            return False
        self.status_message.emit(self.tr("Saved {file}").format(file=name))
        self.saved.emit(column.lang, self.slug)
        self.refresh_statuses()  # provenance and files on disk changed
        return True

    def _maybe_leave(self, column: LanguageColumn) -> bool:
        """Ask about one column's unsaved text before it shows something else."""
        if not column.is_modified:
            return True
        text = self.tr("{file} has changes that are not saved.").format(file=f"{column.lang}/{self.slug}.md")
        return dialogs.settle_unsaved(self, text, lambda: self._save_column(column), column.discard)

    def _ask_overwrite(self, message: str) -> bool:
        return dialogs.ask_overwrite(self, message)

    def _ask_restore(self, lang: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore unsaved text?"))
        box.setText(
            self.tr("{file} has text that was typed but not saved (the app ended before it was saved).").format(
                file=f"{lang}/{self.slug}.md"
            )
        )
        box.setInformativeText(self.tr("Restore it into the editor (you can still undo that)?"))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def _warn(self, title: str, text: str) -> None:
        dialogs.warn(self, title, text)

    # ------------------------------------------------------------------------------ keeping in step ---

    def _on_text_changed(self, column: LanguageColumn) -> None:
        if not self._loading and column in self.columns:
            self._status_timer.start()

    def _activate(self, column: LanguageColumn) -> None:
        if column in self.columns and self._active is not column:
            self._active = column
            self._highlight_current_segment()

    def _on_cursor_moved(self, column: LanguageColumn) -> None:
        if self._loading or column not in self.columns:
            return
        self._active = column
        self._highlight_current_segment()

    def _on_scrolled(self, column: LanguageColumn) -> None:
        """Bring the other columns to the segment at the top of ``column``, at the same place within it."""
        if self._syncing or self._loading or column not in self.columns or len(self._rows) != len(self.columns):
            return
        index = self.columns.index(column)
        value = column.editor.verticalScrollBar().value()
        starts, end = self._visual_starts(index)
        self._syncing = True
        try:
            for other_index, other in enumerate(self.columns):
                if other is column:
                    continue
                other_starts, other_end = self._visual_starts(other_index)
                anchors = shared_anchors(self._rows[index], starts, self._rows[other_index], other_starts)
                target = interpolate(anchors, value, end, other_end)
                other.editor.verticalScrollBar().setValue(round(target))
        finally:
            self._syncing = False

    def _visual_starts(self, index: int) -> tuple[list[float], float]:
        """The visual line (scroll bar unit) where each segment of column ``index`` starts, and the last line."""
        document = self.columns[index].editor.document()
        count = document.blockCount()
        starts = [
            float(document.findBlockByNumber(min(segment.start, count) - 1).firstLineNumber())
            for segment in self._segments[index]
        ]
        last = document.lastBlock()
        return starts, float(last.firstLineNumber() + max(last.lineCount(), 1))

    def _highlight_current_segment(self) -> None:
        """Highlight the segment under the text cursor of the active column, and its counterparts in the others."""
        column = self.current_column()
        if column is None or len(self._rows) != len(self.columns):
            return
        index = self.columns.index(column)
        found = segment_at(self._segments[index], column.editor.current_line())
        row = self._rows[index][found] if found is not None else None
        for other_index, other in enumerate(self.columns):
            segment = None
            if other_index == index and found is not None:
                segment = self._segments[index][found]
            elif row is not None:
                match = next((k for k, r in enumerate(self._rows[other_index]) if r == row), None)
                segment = self._segments[other_index][match] if match is not None else None
            other.editor.set_extra_selection_group(
                CURRENT_SEGMENT_GROUP, [self._segment_selection(other, segment)] if segment is not None else []
            )

    def _segment_selection(self, column: LanguageColumn, segment: Segment) -> QTextEdit.ExtraSelection:
        editor = column.editor
        document = editor.document()
        count = document.blockCount()
        cursor = QTextCursor(document.findBlockByNumber(min(segment.start, count) - 1))
        end_block = document.findBlockByNumber(min(segment.end, count) - 1)
        cursor.setPosition(end_block.position() + max(end_block.length() - 1, 0), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[misc]
        char_format = QTextCharFormat()
        char_format.setBackground(QColor("#3b3520" if is_dark(editor.palette()) else "#fff4c4"))
        char_format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.format = char_format  # type: ignore[misc]
        return selection

    def _go_to_mark(self, *, forward: bool) -> None:
        column = self.current_column()
        if column is None or not column.is_target:
            column = next((c for c in reversed(self.columns) if c.is_target), None)
        if column is None:
            return
        line = column.editor.current_line()
        marks = sorted(column.gutter.marks, key=lambda mark: mark.line, reverse=not forward)
        found = next((m for m in marks if (m.line > line if forward else m.line < line)), None)
        if found is None:
            self.status_message.emit(self.tr("No more marks in {language}.").format(language=column.lang))
            return
        column.editor.go_to_line(found.line)
        column.editor.setFocus()
        self.status_message.emit(column.gutter.describe(found).split("\n", 1)[0])

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda *_: slot())  # type: ignore[operator]
        self.addAction(action)
        return action


def _pairs(status: SectionStatus) -> list[Pair]:
    """The pairs a status was computed from (each segment status holds its source and target)."""
    return [Pair(segment.source, segment.target) for segment in status.segments]
