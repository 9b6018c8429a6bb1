"""A stacked bar per language (translated, outdated, missing) drawn with QPainter, and its colour legend."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..languages import language_name
from .status_style import MISSING, OUTDATED, STATUS_COLORS, STATUS_MARKS, STATUSES, TRANSLATED, status_name

BAR_STATUSES = (TRANSLATED, OUTDATED, MISSING)


def done_percent(counts: dict[str, int]) -> int:
    """Translated share of the source's segments (extra segments do not count), rounded down."""
    total = sum(counts.get(status, 0) for status in BAR_STATUSES)
    return 100 * counts.get(TRANSLATED, 0) // total if total else 100


class StatusChart(QWidget):
    """One horizontal bar per language, split into translated, outdated and missing segments."""

    BAR_HEIGHT = 18
    GAP = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals: dict[str, dict[str, int]] = {}
        self.setAccessibleName(self.tr("Translation progress by language"))
        self.setMinimumWidth(260)

    def set_totals(self, totals: dict[str, dict[str, int]]) -> None:
        """``{lang: {status: count}}`` in the order to draw them."""
        self.totals = totals
        lines = [
            self.tr("{language}: {percent}% translated, {outdated} outdated, {missing} missing").format(
                language=language_name(lang),
                percent=done_percent(counts),
                outdated=counts.get(OUTDATED, 0),
                missing=counts.get(MISSING, 0),
            )
            for lang, counts in totals.items()
        ]
        self.setAccessibleDescription("; ".join(lines))
        self.setToolTip("\n".join(lines))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.totals)) * (self.BAR_HEIGHT + self.GAP) + self.GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        label_width = max((metrics.horizontalAdvance(language_name(lang)) for lang in self.totals), default=0) + 12
        percent_width = metrics.horizontalAdvance("100 %") + 12
        bar_width = max(40, self.width() - label_width - percent_width)
        y = float(self.GAP)
        for lang, counts in self.totals.items():
            painter.setPen(text_color)
            label_rect = QRectF(0, y, label_width - 8, self.BAR_HEIGHT)
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, language_name(lang)
            )
            total = sum(counts.get(status, 0) for status in BAR_STATUSES)
            x = float(label_width)
            painter.setPen(Qt.PenStyle.NoPen)
            for status in BAR_STATUSES:
                width = bar_width * counts.get(status, 0) / total if total else 0
                if width > 0:
                    painter.setBrush(STATUS_COLORS[status])
                    painter.drawRect(QRectF(x, y, width, self.BAR_HEIGHT))
                x += width
            painter.setPen(text_color)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(label_width, y, bar_width, self.BAR_HEIGHT))
            percent_rect = QRectF(label_width + bar_width + 6, y, percent_width, self.BAR_HEIGHT)
            painter.drawText(percent_rect, Qt.AlignmentFlag.AlignVCenter, f"{done_percent(counts)} %")
            y += self.BAR_HEIGHT + self.GAP
        painter.end()


class StatusLegend(QWidget):
    """A swatch, a mark and a word for each status: what the colours in the chart and tables mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Colour legend"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for status in STATUSES:
            swatch = QLabel(self)
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background-color: {STATUS_COLORS[status].name()}; border: 1px solid palette(text);")
            swatch.setAccessibleName(status_name(status))
            label = QLabel(f"{STATUS_MARKS[status]} {status_name(status)}", self)
            layout.addWidget(swatch)
            layout.addWidget(label)
            layout.addSpacing(10)
        layout.addStretch(1)
