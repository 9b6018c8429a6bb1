"""The handbook's table of contents: parts, their sections, and which languages each section exists in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
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
    """

    #: The user asked to open a section (double click or Enter); the argument is the section's slug.
    open_section_requested = Signal(str)

    TITLE_COLUMN = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._languages: list[str] = []
        self.setObjectName("projectTree")
        self.setAccessibleName(self.tr("Handbook contents"))
        self.setAccessibleDescription(
            self.tr("Parts and sections of the handbook, and the languages each section is written in")
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
        self._set_columns([], source_language="")
        self.itemActivated.connect(self._on_item_activated)

    # ------------------------------------------------------------------------------------------ public ---

    def set_handbook(self, handbook: Handbook | None) -> None:
        """Show ``handbook``'s parts and sections (or nothing, for ``None``)."""
        self.clear()
        if handbook is None:
            self._set_columns([], source_language="")
            return
        config = handbook.config
        source = config.source_language
        self._set_columns(list(config.languages), source_language=source)
        for part in config.parts:
            part_item = QTreeWidgetItem(self)
            self._fill_part_row(part_item, part.slug, part.title(source))
            for slug in part.sections:
                section_item = QTreeWidgetItem(part_item)
                self._fill_section_row(section_item, handbook, slug)
            self._fill_part_counts(part_item)
        self.expandAll()

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

    # --------------------------------------------------------------------------------------- internals ---

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
        item.setData(0, KIND_ROLE, SECTION)
        item.setData(0, SLUG_ROLE, slug)
        item.setText(self.TITLE_COLUMN, title)
        item.setToolTip(self.TITLE_COLUMN, self.tr("{title}\nFile: {file}").format(title=title, file=f"{slug}.md"))
        for language in self._languages:
            column = self.language_column(language)
            name = language_name(language)
            if handbook.has_section(language, slug):
                mark, color = AVAILABLE_MARK, _AVAILABLE_COLOR
                text = self.tr("Available in {language}").format(language=name)
            else:
                mark, color = MISSING_MARK, _MISSING_COLOR
                text = self.tr("Missing in {language}").format(language=name)
            item.setText(column, mark)
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            item.setForeground(column, QBrush(color))
            item.setToolTip(column, text)
            item.setData(column, Qt.ItemDataRole.AccessibleTextRole, text)

    def _fill_part_counts(self, part_item: QTreeWidgetItem) -> None:
        """A part row counts, per language, how many of its sections exist ("2/4")."""
        total = part_item.childCount()
        for language in self._languages:
            column = self.language_column(language)
            present = sum(part_item.child(i).text(column) == AVAILABLE_MARK for i in range(total))
            part_item.setText(column, f"{present}/{total}")
            part_item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            part_item.setForeground(column, QBrush(_AVAILABLE_COLOR if present == total else _MISSING_COLOR))
            text = self.tr("{language}: {present} of {total} sections").format(
                language=language_name(language), present=present, total=total
            )
            part_item.setToolTip(column, text)
            part_item.setData(column, Qt.ItemDataRole.AccessibleTextRole, text)

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == SECTION:
            self.open_section_requested.emit(item.data(0, SLUG_ROLE))
