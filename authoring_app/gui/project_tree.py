"""The handbook's table of contents: parts, their sections, and which languages each section exists in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from authoring_app.gui.languages import language_name
from authoring_app.gui.structure_actions import StructureActions, StructureController

if TYPE_CHECKING:
    from authoring_app.core.handbook import Handbook

#: Item data: what a row stands for ("part" or "section") and its slug.
KIND_ROLE = Qt.ItemDataRole.UserRole
SLUG_ROLE = Qt.ItemDataRole.UserRole + 1

PART = "part"
SECTION = "section"

AVAILABLE_MARK = "✓"
MISSING_MARK = "—"

_AVAILABLE_COLOR = QColor("#2e7d32")
_MISSING_COLOR = QColor("#9e9e9e")
_LANGUAGE_COLUMN_WIDTH = 44
_ROW_PADDING = 8


class _RoomyRowDelegate(QStyledItemDelegate):
    """Rows a little taller than the style's minimum: easier to read and to hit with the mouse."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + _ROW_PADDING)


class ProjectTree(QTreeWidget):
    """Parts → sections of one handbook, titled in the source language, with a badge column per language.

    A translator reads at a glance what is missing where: each language column shows ✓ or —, and the
    tooltip (and the accessible text) says it in words, e.g. "Missing in Kazakh".

    The author changes the structure here: the context menu and keys (F2, Delete, Alt+Up/Down, Ctrl+Z) of
    :attr:`structure_actions`, and drag and drop of sections (within and across parts) and of parts. Each change
    is a core operation in :attr:`controller`'s undo history; the tree then shows the handbook as it is on disk.
    """

    #: The user asked to open a section (double click or Enter); the argument is the section's slug.
    open_section_requested = Signal(str)
    #: The structure changed (a change, undo or redo); the argument is the reloaded Handbook.
    handbook_changed = Signal(object)

    TITLE_COLUMN = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._languages: list[str] = []
        self.setObjectName("projectTree")
        self.setAccessibleName(self.tr("Handbook contents"))
        self.setAccessibleDescription(
            self.tr(
                "Parts and sections of the handbook, and the languages each section is written in. "
                "F2 renames, Delete deletes, Alt+Up and Alt+Down move the selected row, the context menu has more."
            )
        )
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(_RoomyRowDelegate(self))
        self.header().setStretchLastSection(False)
        self.header().setSectionsMovable(False)
        self.header().setMinimumSectionSize(_LANGUAGE_COLUMN_WIDTH)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._set_columns([], source_language="")
        self._root = None
        self.itemActivated.connect(self._on_item_activated)
        self.controller = StructureController(self)
        self.controller.handbook_changed.connect(self._show)
        self.controller.handbook_changed.connect(self.handbook_changed)
        self.structure_actions = StructureActions(self, self.controller)

    # ------------------------------------------------------------------------------------------ public ---

    def set_handbook(self, handbook: Handbook | None) -> None:
        """Show ``handbook``'s parts and sections (or nothing, for ``None``).

        The same folder again (e.g. after a save) keeps the selection, the collapsed parts and the undo history.
        """
        self.controller.set_handbook(handbook)
        self._show(handbook)

    def current_kind_and_slug(self) -> tuple[str | None, str | None]:
        """``("part"|"section", slug)`` of the current row, or ``(None, None)``."""
        item = self.currentItem()
        if item is None:
            return None, None
        return item.data(0, KIND_ROLE), item.data(0, SLUG_ROLE)

    def select(self, kind: str, slug: str) -> None:
        """Make the row of part or section ``slug`` the current one and show it."""
        items = self.part_items() if kind == PART else self.section_items()
        item = next((i for i in items if i.data(0, SLUG_ROLE) == slug), None)
        if item is not None:
            self.setCurrentItem(item)
            self.scrollToItem(item)

    def languages(self) -> list[str]:
        """The handbook's languages, in the order of their columns."""
        return list(self._languages)

    def language_column(self, language: str) -> int:
        """The column that shows whether sections exist in ``language``."""
        return self.TITLE_COLUMN + 1 + self._languages.index(language)

    def part_items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def section_items(self) -> list[QTreeWidgetItem]:
        """Every section row, in reading order."""
        return [part.child(i) for part in self.part_items() for i in range(part.childCount())]

    def section_item(self, slug: str) -> QTreeWidgetItem | None:
        return next((item for item in self.section_items() if item.data(0, SLUG_ROLE) == slug), None)

    def drop_target(self, position: QPoint, dragged: QTreeWidgetItem | None = None) -> tuple[str | None, int] | None:
        """Where a drop at viewport ``position`` puts ``dragged`` (default: the current row): ``(part, index)``
        for a section, ``(None, index)`` for a part; indexes count after the row left its old place. None when
        the drop makes no sense: a section cannot stand outside a part, nor a part inside one."""
        dragged = dragged or self.currentItem()
        target = self.itemAt(position)
        if dragged is None or target is None or target is dragged:
            return None
        rect = self.visualItemRect(target)
        edge = max(2, rect.height() // 4)
        if position.y() < rect.top() + edge:
            where = "above"
        elif position.y() > rect.bottom() - edge:
            where = "below"
        else:
            where = "on"
        target_kind = target.data(0, KIND_ROLE)
        if dragged.data(0, KIND_ROLE) == PART:
            if target_kind != PART or where == "on":
                return None
            index = self.indexOfTopLevelItem(target) + (1 if where == "below" else 0)
            if index > self.indexOfTopLevelItem(dragged):
                index -= 1
            return None, index
        if target_kind == PART:
            part_item = target
            if where == "above":  # between this part and the one before: the end of the one before
                before = self.indexOfTopLevelItem(target) - 1
                if before < 0:
                    return None
                part_item = self.topLevelItem(before)
                index = part_item.childCount()
            else:
                index = part_item.childCount() if where == "on" else 0
        else:
            part_item = target.parent()
            index = part_item.indexOfChild(target) + (0 if where == "above" else 1)
        old_part = dragged.parent()
        if old_part is part_item and index > part_item.indexOfChild(dragged):
            index -= 1
        return part_item.data(0, SLUG_ROLE), index

    # ------------------------------------------------------------------------------------ Qt overrides ---

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        if event.source() is self and self.drop_target(event.position().toPoint()) is None:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """The drop changes handbook.toml through core; the tree then reloads from disk (Qt moves no rows)."""
        dragged = self.currentItem()
        target = self.drop_target(event.position().toPoint(), dragged)
        # IgnoreAction: the drag's source must not remove the row it thinks was moved.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if dragged is None or target is None:
            return
        part, index = target
        self.structure_actions.move(dragged.data(0, KIND_ROLE), dragged.data(0, SLUG_ROLE), part, index)

    # --------------------------------------------------------------------------------------- internals ---

    def _show(self, handbook: Handbook | None) -> None:
        same = handbook is not None and handbook.root == self._root
        kind, slug = self.current_kind_and_slug() if same else (None, None)
        collapsed = {i.data(0, SLUG_ROLE) for i in self.part_items() if not i.isExpanded()} if same else set()
        self._root = handbook.root if handbook is not None else None
        self.clear()
        if handbook is None:
            self._set_columns([], source_language="")
            self.structure_actions.update_actions()
            return
        config = handbook.config
        source = config.source_language
        self._set_columns(list(config.languages), source_language=source)
        for part in config.parts:
            part_item = QTreeWidgetItem(self)
            self._fill_part_row(part_item, part.slug, part.title(source))
            for section in part.sections:
                section_item = QTreeWidgetItem(part_item)
                self._fill_section_row(section_item, handbook, section)
            self._fill_part_counts(part_item)
        for part_item in self.part_items():
            part_item.setExpanded(part_item.data(0, SLUG_ROLE) not in collapsed)
        if kind is not None and slug is not None:
            self.select(kind, slug)
        self.structure_actions.update_actions()

    def _set_columns(self, languages: list[str], source_language: str) -> None:
        self._languages = languages
        self.setColumnCount(1 + len(languages))
        header_item = QTreeWidgetItem()
        header_item.setText(self.TITLE_COLUMN, self.tr("Section"))
        header_item.setToolTip(self.TITLE_COLUMN, self.tr("Section titles in the source language"))
        for language in languages:
            column = self.language_column(language)
            name = language_name(language)
            header_item.setText(column, language.upper())
            header_item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            if language == source_language:
                header_item.setToolTip(column, self.tr("{language} (source language)").format(language=name))
            else:
                header_item.setToolTip(column, name)
        self.setHeaderItem(header_item)
        header = self.header()
        header.setSectionResizeMode(self.TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        for language in languages:
            column = self.language_column(language)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, _LANGUAGE_COLUMN_WIDTH)

    def _fill_part_row(self, item: QTreeWidgetItem, slug: str, title: str) -> None:
        # A part accepts sections dropped on it; a section accepts nothing inside it.
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        item.setData(0, KIND_ROLE, PART)
        item.setData(0, SLUG_ROLE, slug)
        item.setText(self.TITLE_COLUMN, title)
        item.setToolTip(self.TITLE_COLUMN, self.tr("Part: {title}").format(title=title))
        font = QFont(item.font(self.TITLE_COLUMN))
        font.setBold(True)
        item.setFont(self.TITLE_COLUMN, font)

    def _fill_section_row(self, item: QTreeWidgetItem, handbook: Handbook, slug: str) -> None:
        source = handbook.config.source_language
        title = handbook.section_title(source, slug)
        item.setFlags((item.flags() | Qt.ItemFlag.ItemIsDragEnabled) & ~Qt.ItemFlag.ItemIsDropEnabled)
        item.setData(0, KIND_ROLE, SECTION)
        item.setData(0, SLUG_ROLE, slug)
        item.setText(self.TITLE_COLUMN, title)
        item.setToolTip(self.TITLE_COLUMN, self.tr("{title}\nFile: {file}").format(title=title, file=f"{slug}.md"))
        for language in self._languages:
            column = self.language_column(language)
            name = language_name(language)
            if handbook.has_section(language, slug):
                text = self.tr("Available in {language}").format(language=name)
                _set_badge(item, column, AVAILABLE_MARK, _AVAILABLE_COLOR, text)
            else:
                text = self.tr("Missing in {language}").format(language=name)
                _set_badge(item, column, MISSING_MARK, _MISSING_COLOR, text)

    def _fill_part_counts(self, part_item: QTreeWidgetItem) -> None:
        """A part row counts, per language, how many of its sections exist ("2/4")."""
        total = part_item.childCount()
        for language in self._languages:
            column = self.language_column(language)
            present = sum(part_item.child(i).text(column) == AVAILABLE_MARK for i in range(total))
            text = self.tr("{language}: {present} of %n sections", "", total).format(
                language=language_name(language), present=present
            )
            color = _AVAILABLE_COLOR if present == total else _MISSING_COLOR
            _set_badge(part_item, column, f"{present}/{total}", color, text)

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == SECTION:
            self.open_section_requested.emit(item.data(0, SLUG_ROLE))


def _set_badge(item: QTreeWidgetItem, column: int, mark: str, color: QColor, description: str) -> None:
    """A language column's short mark, centred and coloured; ``description`` says it in words (tooltip, reader)."""
    item.setText(column, mark)
    item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
    item.setForeground(column, QBrush(color))
    item.setToolTip(column, description)
    item.setData(column, Qt.ItemDataRole.AccessibleTextRole, description)
