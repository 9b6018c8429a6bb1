"""The segment grid: one section, one row per segment, one column per language, each cell coloured by status.

Translators see at a glance what is missing or went stale in every language, read what changed in the source
(the detail pane under the grid), fix a segment in place, or say that a translation still fits. Every write goes
through core: the segment's lines are replaced (:mod:`core.translation.segment_edit`), the file saved atomically
and conflict-checked (:func:`save_section`), and the new text's origin recorded (:func:`track_section`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.editing import EditingError, SaveConflict, open_for_editing, save_section
from ...core.handbook import Handbook
from ...core.translation.segment_edit import SegmentEditError, insert_segment, replace_segment
from ...core.translation.status import SectionStatus, section_status
from ...core.translation.tracking import mark_up_to_date, track_section
from ..editor.exact_text import exact_text
from ..languages import language_name
from ..section_file_session import READ_ONLY_PROPERTY
from .segment_grid_model import (
    ALL,
    EXTRA_ONLY,
    MISSING_ONLY,
    OUTDATED_ONLY,
    ROW_KEY_ROLE,
    STATUS_ROLE,
    GridFilter,
    GridRow,
    SegmentGridModel,
    build_rows,
)
from .status_style import MISSING, OUTDATED, diff_html, status_name

AnyIndex = QModelIndex | QPersistentModelIndex


class SegmentEditorDelegate(QStyledItemDelegate):
    """Edits a cell in a multi-line box taller than the row; Ctrl+Return saves, Escape cancels."""

    last_editor: QPlainTextEdit | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setAccessibleName(self.tr("Segment text"))
        editor.setToolTip(self.tr("Ctrl+Return saves this segment to the file, Escape cancels"))
        editor.installEventFilter(self)
        self.last_editor = editor
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QPlainTextEdit) and not editor.property("prefilled"):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:  # type: ignore[no-untyped-def]
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, exact_text(editor), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 7))
        viewport = editor.parentWidget().rect() if editor.parentWidget() else rect
        if rect.bottom() > viewport.bottom():
            rect.moveBottom(viewport.bottom())
        editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QPlainTextEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)


class SegmentGrid(QWidget):
    """One section as a grid of segments × languages; see the module docstring."""

    #: The user asked to open ``lang``/``slug`` at file line ``line`` in the editor (double-click on a cell).
    open_requested = Signal(str, str, int)
    #: The grid wrote ``lang``/``slug``: the section file or its provenance record.
    section_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handbook: Handbook | None = None
        self.slug = ""
        self.statuses: dict[str, SectionStatus] = {}
        self._shown: list[str] = []

        self.model = SegmentGridModel(self)
        self.model.edit_handler = self._queue_edit
        self.proxy = GridFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.languages_button = QToolButton(self)
        self.languages_button.setText(self.tr("&Languages"))
        self.languages_button.setToolTip(self.tr("Choose the languages shown as columns"))
        self.languages_button.setAccessibleName(self.tr("Languages shown"))
        self.languages_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.languages_menu = QMenu(self.languages_button)
        self.languages_button.setMenu(self.languages_menu)

        self.filter_combo = QComboBox(self)
        for label, mode in (
            (self.tr("All segments"), ALL),
            (self.tr("Outdated"), OUTDATED_ONLY),
            (self.tr("Missing"), MISSING_ONLY),
            (self.tr("Extra"), EXTRA_ONLY),
        ):
            self.filter_combo.addItem(label, mode)
        self.filter_combo.setAccessibleName(self.tr("Show rows"))
        self.filter_combo.setToolTip(self.tr("Show all rows, or only rows with an outdated, missing or extra segment"))
        self.filter_combo.currentIndexChanged.connect(lambda: self.set_filter(self.filter_combo.currentData()))
        filter_label = QLabel(self.tr("&Show:"), self)
        filter_label.setBuddy(self.filter_combo)

        self.mark_button = QPushButton(self.tr("&Mark as Up to Date"), self)
        self.mark_button.setToolTip(self.tr("The selected outdated translations still fit the source as it is now"))
        self.mark_button.clicked.connect(self.mark_selected_up_to_date)
        self.copy_button = QPushButton(self.tr("C&opy Source to Target"), self)
        self.copy_button.setToolTip(self.tr("Start the selected translation from the source text, then edit it"))
        self.copy_button.clicked.connect(self.copy_source_to_target)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Segments by language"))
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.delegate = SegmentEditorDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.doubleClicked.connect(self._open_cell)
        self.view.selectionModel().currentChanged.connect(self._show_detail)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Segment details and source changes"))
        self.detail.setOpenLinks(False)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()

        self._make_actions()
        bar = QHBoxLayout()
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.languages_button)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_combo)
        for action in (self.previous_outdated_action, self.next_outdated_action, self.next_missing_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
        bar.addWidget(self.mark_button)
        bar.addWidget(self.copy_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        self._update_buttons()

    def _make_actions(self) -> None:
        def make(text: str, tip: str, shortcut: str, slot) -> QAction:  # type: ignore[no-untyped-def]
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({native})")
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.next_outdated_action = make(
            self.tr("Next Outdated"), self.tr("Go to the next outdated segment"), "F8", self.next_outdated
        )
        self.previous_outdated_action = make(
            self.tr("Previous Outdated"), self.tr("Go to the previous outdated segment"), "Shift+F8",
            self.previous_outdated,
        )  # fmt: skip
        self.next_missing_action = make(
            self.tr("Next Missing"), self.tr("Go to the next missing segment"), "Ctrl+F8", self.next_missing
        )
        self.previous_missing_action = make(
            self.tr("Previous Missing"), self.tr("Go to the previous missing segment"), "Ctrl+Shift+F8",
            self.previous_missing,
        )  # fmt: skip

    # Public API
    def set_section(self, handbook: Handbook, slug: str, languages: list[str] | None = None) -> None:
        """Show section ``slug``; ``languages``: the target languages shown (default: all of them)."""
        self.handbook, self.slug = handbook, slug
        targets = handbook.config.target_languages
        self._shown = [lang for lang in (languages if languages is not None else targets) if lang in targets]
        self.languages_menu.clear()
        for lang in targets:
            action = self.languages_menu.addAction(f"{language_name(lang)} ({lang})")
            action.setData(lang)
            action.setCheckable(True)
            action.setChecked(lang in self._shown)
            action.toggled.connect(lambda on, code=lang: self._toggle_language(code, on))
        self.refresh()

    def languages(self) -> list[str]:
        """The target languages shown, in the handbook's order."""
        return list(self._shown)

    def set_languages(self, languages: list[str]) -> None:
        if self.handbook is None:
            return
        targets = self.handbook.config.target_languages
        self._shown = [lang for lang in targets if lang in languages]
        for action in self.languages_menu.actions():
            action.blockSignals(True)
            action.setChecked(action.data() in self._shown)
            action.blockSignals(False)
        self.refresh()

    def _toggle_language(self, lang: str, shown: bool) -> None:
        chosen = [code for code in self._shown if code != lang] + ([lang] if shown else [])
        self.set_languages(chosen)

    def set_filter(self, mode: str) -> None:
        """``all``, ``outdated``, ``missing`` or ``extra``: which rows are shown."""
        self.proxy.set_mode(mode)
        combo_index = self.filter_combo.findData(mode)
        if combo_index >= 0 and combo_index != self.filter_combo.currentIndex():
            self.filter_combo.setCurrentIndex(combo_index)
        self._show_detail(self.view.currentIndex())

    def refresh(self) -> None:
        """Read the section again in every language (after a save elsewhere), keeping the current cell."""
        if self.handbook is None:
            return
        current = self.current_cell()
        rows, self.statuses = build_rows(self.handbook, self.slug, self._shown)
        self.model.set_rows(rows, self.handbook.config.source_language, self._shown)
        self.title_label.setText(self.handbook.section_title(self.handbook.config.source_language, self.slug))
        self.view.resizeRowsToContents()
        if current is not None:
            self.select_cell(*current)
        self._show_detail(self.view.currentIndex())
        self._update_buttons()

    def row_keys(self) -> list[str]:
        """The keys of the rows shown, top to bottom (after the filter)."""
        return [str(self.proxy.index(n, 0).data(ROW_KEY_ROLE)) for n in range(self.proxy.rowCount())]

    def cell_status(self, key: str, lang: str) -> str | None:
        """The status shown in row ``key``, column ``lang`` (``source`` in the source column)."""
        row = self.model.row_index(key)
        if row < 0 or (lang != self.model.source_lang and lang not in self.model.targets):
            return None
        return self.model.index(row, self.model.column_of(lang)).data(STATUS_ROLE)

    def current_cell(self) -> tuple[str, str] | None:
        """``(row key, language)`` of the current cell."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return str(index.data(ROW_KEY_ROLE)), self.model.lang_of(index.column())

    def select_cell(self, key: str, lang: str) -> bool:
        row = self.model.row_index(key)
        if row < 0 or (lang != self.model.source_lang and lang not in self.model.targets):
            return False
        index = self.proxy.mapFromSource(self.model.index(row, self.model.column_of(lang)))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    # Navigation
    def next_outdated(self) -> bool:
        return self._go_to(OUTDATED, 1)

    def previous_outdated(self) -> bool:
        return self._go_to(OUTDATED, -1)

    def next_missing(self) -> bool:
        return self._go_to(MISSING, 1)

    def previous_missing(self) -> bool:
        return self._go_to(MISSING, -1)

    def _go_to(self, status: str, step: int) -> bool:
        """Move to the next cell with ``status`` (row by row, wrapping around); False when there is none."""
        rows, columns = self.proxy.rowCount(), self.proxy.columnCount()
        if not rows or columns < 2:
            return False
        current = self.view.currentIndex()
        total = rows * columns
        position = current.row() * columns + current.column() if current.isValid() else (-1 if step > 0 else total)
        cells = [(r, c) for r in range(rows) for c in range(1, columns)]
        ordered = sorted(cells, key=lambda rc: ((rc[0] * columns + rc[1] - position) * step) % (total + 1))
        for r, c in ordered:
            if (r, c) == (current.row(), current.column()):
                continue
            index = self.proxy.index(r, c)
            if index.data(STATUS_ROLE) == status:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                self._message("")
                return True
        self._message(self.tr("No {status} segments in the languages shown").format(status=status_name(status)))
        return False

    # Actions
    def selected_cells(self) -> list[tuple[GridRow, str]]:
        """``(row, language)`` of every selected target cell; a selected source cell stands for its whole row."""
        found: list[tuple[GridRow, str]] = []
        seen: set[tuple[int, str]] = set()
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        for proxy_index in indexes:
            index = self.proxy.mapToSource(proxy_index)
            if not index.isValid():
                continue
            row = self.model.rows[index.row()]
            langs = self.model.targets if index.column() == 0 else [self.model.lang_of(index.column())]
            for lang in langs:
                if lang in row.cells and (id(row), lang) not in seen:
                    seen.add((id(row), lang))
                    found.append((row, lang))
        return found

    def mark_selected_up_to_date(self) -> int:
        """Mark the selected outdated translations as fitting the source now; returns how many were outdated."""
        if self.handbook is None or self._refused_read_only():
            return 0
        keys: dict[str, list[str]] = {}
        for row, lang in self.selected_cells():
            if row.cells[lang].status == OUTDATED:
                keys.setdefault(lang, []).append(row.cells[lang].key)
        changed = 0
        for lang, lang_keys in keys.items():
            try:
                changed += mark_up_to_date(self.handbook, lang, self.slug, lang_keys)
            except OSError as error:
                self._message(self.tr("Could not record that: {error}").format(error=error))
                continue
            self.section_changed.emit(lang, self.slug)
        if not keys:
            self._message(self.tr("Select one or more outdated segments first"))
            return 0
        self.refresh()
        self._message(self.tr("%n segment(s) marked as up to date", "", changed))
        return changed

    def copy_source_to_target(self) -> bool:
        """Open the current target cell's editor filled with the text it is translated from."""
        index = self.view.currentIndex()
        source_index = self.proxy.mapToSource(index)
        if not index.isValid() or source_index.column() == 0:
            self._message(self.tr("Choose a cell of a translation first"))
            return False
        cell = self.model.cell(source_index.row(), source_index.column())
        if cell is None or cell.source is None:
            self._message(self.tr("This segment has no source text to copy"))
            return False
        self.delegate.last_editor = None
        self.view.edit(index)
        editor = self.delegate.last_editor
        if isinstance(editor, QPlainTextEdit):
            editor.setProperty("prefilled", True)
            editor.setPlainText(cell.source.text)
            editor.selectAll()
            return True
        return False

    # Writing
    def _queue_edit(self, row: GridRow, lang: str, text: str) -> bool:
        """The model's edit hook: write after the editor has closed, so the refresh does not pull it away."""
        QTimer.singleShot(0, lambda: self.write_segment(row.key, lang, text))
        return True

    def write_segment(self, key: str, lang: str, text: str) -> bool:
        """Put ``text`` in place of the segment of row ``key`` in ``lang`` (inserting a missing one) and save."""
        handbook = self.handbook
        row_number = self.model.row_index(key)
        if handbook is None or row_number < 0 or lang not in self.model.rows[row_number].cells:
            return False
        if self._refused_read_only():
            return False
        shown = self.model.rows[row_number].cells[lang]
        try:
            section = open_for_editing(handbook, lang, self.slug)
            fresh = section_status(handbook, lang, self.slug, target_text=section.text)
            position = next((n for n, s in enumerate(fresh.segments) if s.key == shown.key), -1)
            segment = fresh.segments[position] if position >= 0 else None
            same = segment is not None and (
                (segment.target is None and shown.target is None)
                or (
                    segment.target is not None
                    and shown.target is not None
                    and segment.target.fingerprint == shown.target.fingerprint
                )
            )
            if not same or segment is None:
                self.refresh()
                self._message(self.tr("The file changed since the grid was shown; it has been read again."))
                return False
            if segment.target is not None:
                new_text = replace_segment(section.text, segment.target, text)
            elif segment.source is not None:
                previous = next((s.target for s in reversed(fresh.segments[:position]) if s.target), None)
                new_text = insert_segment(section.text, previous, segment.source, text)
            else:
                return False
            save_section(section, new_text)
            track_section(handbook, lang, self.slug)
        except (EditingError, SaveConflict, SegmentEditError, OSError) as error:
            self._message(str(error))
            return False
        self.refresh()
        self._message(self.tr("Saved {lang}/{slug}.md").format(lang=lang, slug=self.slug))
        self.section_changed.emit(lang, self.slug)
        return True

    def _refused_read_only(self) -> bool:
        """Another app has the handbook (the window is read-only): nothing is written, and the grid says so."""
        if not self.window().property(READ_ONLY_PROPERTY):
            return False
        self._message(self.tr("Nothing was saved: another app has this handbook open; this window may only read it."))
        return True

    # Detail pane, messages, double-click
    def _message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _update_buttons(self, *_args: object) -> None:
        cells = self.selected_cells() if self.model.rows else []
        self.mark_button.setEnabled(any(row.cells[lang].status == OUTDATED for row, lang in cells))
        index = self.proxy.mapToSource(self.view.currentIndex())
        cell = self.model.cell(index.row(), index.column()) if index.isValid() else None
        self.copy_button.setEnabled(cell is not None and cell.source is not None)

    def _show_detail(self, proxy_index: AnyIndex, _previous: AnyIndex | None = None) -> None:
        index = self.proxy.mapToSource(self.proxy.index(proxy_index.row(), proxy_index.column()))
        if not index.isValid():
            self.detail.setHtml(html.escape(self.tr("Choose a cell to see its text and what changed in the source.")))
            self._update_buttons()
            return
        row = self.model.rows[index.row()]
        langs = self.model.targets if index.column() == 0 else [self.model.lang_of(index.column())]
        parts: list[str] = []
        if row.source is not None:
            source_lang = self.model.source_lang
            parts.append(self._block(f"{language_name(source_lang)} ({source_lang})", row.source.text))
        for lang in langs:
            cell = row.cells.get(lang)
            if cell is None:
                continue
            heading = f"{language_name(lang)} ({lang}): {status_name(cell.status)}"
            if cell.status == OUTDATED and cell.diff:
                parts.append(
                    "<p><b>{}</b><br>{}</p><p>{}</p>".format(
                        html.escape(heading),
                        html.escape(self.tr("What changed in the source since this was translated:")),
                        diff_html(cell.diff, self.palette()),
                    )
                )
                heading = ""
            if cell.target is not None:
                parts.append(self._block(heading, cell.target.text))
            elif heading:
                parts.append(f"<p><b>{html.escape(heading)}</b></p>")
        self.detail.setHtml("".join(parts))
        self._update_buttons()

    @staticmethod
    def _block(heading: str, text: str) -> str:
        body = html.escape(text).replace("\n", "<br>")
        return (f"<p><b>{html.escape(heading)}</b></p>" if heading else "") + f"<p>{body}</p>"

    def _open_cell(self, proxy_index: AnyIndex) -> None:
        index = self.proxy.mapToSource(self.proxy.index(proxy_index.row(), proxy_index.column()))
        if not index.isValid():
            return
        row = self.model.rows[index.row()]
        lang = self.model.lang_of(index.column())
        if index.column() == 0:
            if row.source is not None:
                self.open_requested.emit(lang, self.slug, row.source.start)
            return
        cell = row.cells.get(lang)
        if cell is None:
            return
        if cell.target is not None:
            self.open_requested.emit(lang, self.slug, cell.target.start)
            return
        status = self.statuses.get(lang)
        segments = status.segments if status else []
        position = next((n for n, s in enumerate(segments) if s.key == cell.key), 0)
        previous = next((s.target for s in reversed(segments[:position]) if s.target), None)
        self.open_requested.emit(lang, self.slug, previous.end + 1 if previous else 1)
