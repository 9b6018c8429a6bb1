"""The rows of the segment grid: one per source segment, aligned across languages, plus one per extra segment.

Each target language is compared with its own pivot (:func:`section_status`); a language translated from a pivot
(Kazakh from Russian) finds its row through the pivot's segment, so every language lines up with the source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from ...core.handbook import Handbook
from ...core.segments import Segment
from ...core.translation.status import SectionStatus, SegmentStatus, section_segments, section_status, segment_keys
from ..languages import language_name
from .status_style import MISSING, STATUS_MARKS, cell_color, status_name

ALL, OUTDATED_ONLY, MISSING_ONLY, EXTRA_ONLY = "all", "outdated", "missing", "extra"
FILTERS = (ALL, OUTDATED_ONLY, MISSING_ONLY, EXTRA_ONLY)
#: Role of the row key (``paragraph:3``, ``ru/extra:paragraph:1``) in every cell.
ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role of the cell's status (``translated`` …, "source" in the source column, None where nothing is compared).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
_MAX_CELL_CHARS = 300
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class GridRow:
    key: str
    #: The segment of the handbook's source language (None on a row of an extra segment).
    source: Segment | None
    #: The status of the row's segment in each target language that has one.
    cells: dict[str, SegmentStatus] = field(default_factory=dict)


def _pivot_order(handbook: Handbook, languages: list[str]) -> list[str]:
    """``languages`` and the pivots they need, pivots first."""
    config = handbook.config
    needed: list[str] = []

    def add(lang: str, depth: int = 0) -> None:
        if lang in needed or lang == config.source_language or depth > len(config.languages):
            return
        add(config.pivot_of(lang), depth + 1)
        needed.append(lang)

    for lang in languages:
        add(lang)
    return needed


def build_rows(handbook: Handbook, slug: str, languages: list[str]) -> tuple[list[GridRow], dict[str, SectionStatus]]:
    """The grid's rows for section ``slug`` and the status of each language computed on the way."""
    source_lang = handbook.config.source_language
    source = section_segments(handbook, source_lang, slug) or []
    rows = [GridRow(key, segment) for key, segment in zip(segment_keys(source), source, strict=True)]
    where: dict[tuple[str, int], GridRow] = {
        (source_lang, segment.start): row for row, segment in zip(rows, source, strict=True)
    }
    statuses: dict[str, SectionStatus] = {}
    for lang in _pivot_order(handbook, languages):
        status = statuses[lang] = section_status(handbook, lang, slug)
        position = -1
        for segment in status.segments:
            row = where.get((status.pivot, segment.source.start)) if segment.source is not None else None
            if row is None or lang in row.cells:
                row = GridRow(f"{lang}/{segment.key}", None)
                rows.insert(position + 1, row)
            row.cells[lang] = segment
            position = max(position, rows.index(row))
            if segment.target is not None:
                where[(lang, segment.target.start)] = row
    return rows, statuses


def one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _MAX_CELL_CHARS else flat[:_MAX_CELL_CHARS] + "…"


class SegmentGridModel(QAbstractTableModel):
    """Rows × (source language, shown target languages). Editing a target cell calls ``edit_handler``."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self.source_lang = ""
        self.targets: list[str] = []
        self.edit_handler: Callable[[GridRow, str, str], bool] | None = None

    def set_rows(self, rows: list[GridRow], source_lang: str, targets: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.source_lang, self.targets = rows, source_lang, list(targets)
        self.endResetModel()

    # Helpers
    def lang_of(self, column: int) -> str:
        return self.source_lang if column == 0 else self.targets[column - 1]

    def column_of(self, lang: str) -> int:
        return 0 if lang == self.source_lang else self.targets.index(lang) + 1

    def row_index(self, key: str) -> int:
        return next((n for n, row in enumerate(self.rows) if row.key == key), -1)

    def cell(self, row: int, column: int) -> SegmentStatus | None:
        return None if column == 0 else self.rows[row].cells.get(self.lang_of(column))

    # Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.source_lang else 1 + len(self.targets)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        lang = self.lang_of(section)
        name = f"{language_name(lang)} ({lang})"
        return self.tr("{name}: source").format(name=name) if section == 0 else name

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.cell(index.row(), index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_KEY_ROLE:
            return row.key
        if index.column() == 0:
            return self._source_data(row, role)
        cell = row.cells.get(self.lang_of(index.column()))
        if cell is None:
            if role == STATUS_ROLE:
                return None
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.AccessibleTextRole):
                return self.tr("Not compared: this language has no counterpart of this row")
            return None
        text = cell.target.text if cell.target is not None else ""
        if role == STATUS_ROLE:
            return cell.status
        if role == Qt.ItemDataRole.DisplayRole:
            shown = one_line(text) if cell.target is not None else status_name(MISSING)
            return f"{STATUS_MARKS[cell.status]} {shown}"
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell_color(cell.status)
        if role == Qt.ItemDataRole.FontRole and cell.target is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.AccessibleTextRole):
            label = status_name(cell.status).capitalize()
            return f"{label}: {text}" if text else label
        return None

    def _source_data(self, row: GridRow, role: int):  # type: ignore[no-untyped-def]
        if role == STATUS_ROLE:
            return "source" if row.source is not None else None
        if row.source is None:
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.AccessibleTextRole):
                return self.tr("Only in the translation: the source has no counterpart")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(row.source.text)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.AccessibleTextRole, Qt.ItemDataRole.EditRole):
            return row.source.text
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # type: ignore[no-untyped-def]
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        cell = self.cell(index.row(), index.column())
        if cell is None:
            return False
        if (cell.target.text if cell.target is not None else "") == str(value):
            return False
        return self.edit_handler(self.rows[index.row()], self.lang_of(index.column()), str(value))


class GridFilter(QSortFilterProxyModel):
    """Shows all rows, or the rows with an outdated, missing or extra segment in a shown language."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.mode = ALL

    def set_mode(self, mode: str) -> None:
        self.beginFilterChange()
        self.mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, SegmentGridModel):
            return True
        row = model.rows[source_row]
        shown = [row.cells[lang].status for lang in model.targets if lang in row.cells]
        if self.mode == ALL:
            return row.source is not None or bool(shown)
        return self.mode in shown
