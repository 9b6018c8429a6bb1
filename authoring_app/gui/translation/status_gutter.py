"""The narrow strip beside a translation's editor that marks outdated, missing and extra segments.

Each mark is a coloured box with a letter (colour alone never carries the meaning) at the segment's first line,
with a bar down to its last line; missing segments are marked where their translation belongs. Hovering a mark
explains it, with the word diff for an outdated one. Translated segments stay unmarked, so the strip is quiet
when the translation is in step.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from authoring_app.gui.translation.segment_rows import Mark

WIDTH = 22
#: Background of each mark; white letters on them keep at least 4.5:1 contrast, on light and dark themes alike.
COLOURS = {"outdated": "#a14a00", "missing": "#b3261e", "extra": "#6a3fb5"}


class StatusGutter(QWidget):
    """Status marks painted level with the lines of ``editor`` (a sibling in the same layout)."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("statusGutter")
        self.setAccessibleName(self.tr("Translation status marks"))
        self.setAccessibleDescription(
            self.tr("Marks beside the text: O outdated, M missing, E extra; F8 goes to the next one")
        )
        self.setFixedWidth(WIDTH)
        self.setMouseTracking(True)
        self.marks: list[Mark] = []
        self._boxes: list[tuple[QRectF, list[Mark]]] = []
        editor.updateRequest.connect(lambda *_: self.update())
        editor.verticalScrollBar().valueChanged.connect(lambda *_: self.update())

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def set_marks(self, marks: list[Mark]) -> None:
        self.marks = marks
        self.setToolTip("")
        self.update()

    def letter(self, status: str) -> str:
        return {
            "outdated": self.tr("O", "gutter mark: outdated segment"),
            "missing": self.tr("M", "gutter mark: missing segment"),
            "extra": self.tr("E", "gutter mark: extra segment"),
        }[status]

    def describe(self, mark: Mark) -> str:
        """What a mark means, for its tooltip and for the view's status message."""
        if mark.status == "outdated":
            text = self.tr("Outdated: the source changed since this was translated.")
            return f"{text}\n{mark.detail}" if mark.detail else text
        if mark.status == "missing":
            text = self.tr("Missing: this segment is not translated yet.")
            snippet = " ".join(mark.detail.split())
            return f"{text}\n{snippet[:200]}{'…' if len(snippet) > 200 else ''}" if snippet else text
        return self.tr("Extra: this text has no counterpart in the language it is translated from.")

    # ------------------------------------------------------------------------------------- Qt events ---

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()).darker(104))
        self._boxes = []
        if not self.marks:
            return
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box_height = 16.0
        offset = self.editor.viewport().mapTo(self.parentWidget() or self, QPoint(0, 0)).y() - self.y()
        height = self.height()
        groups: dict[tuple[int, str], list[Mark]] = {}
        for mark in self.marks:
            groups.setdefault((mark.line, mark.status), []).append(mark)
        last_bottom = -1e9
        for (line, status), marks in sorted(groups.items()):
            top, bottom = self._line_span(line, max(m.end for m in marks))
            if top is None:
                continue
            top += offset
            bottom += offset
            if bottom < 0 or top > height:
                continue
            colour = QColor(COLOURS[status])
            if status != "missing" and bottom - top > box_height:
                painter.fillRect(QRectF(WIDTH / 2 - 1.5, top, 3, bottom - top - 2), colour)
            # A missing segment belongs on the blank line between its neighbours: centre the box on it.
            wanted = top if status != "missing" else (top + bottom - box_height) / 2
            box_top = max(wanted, last_bottom + 1)
            box = QRectF(2, box_top, WIDTH - 4, box_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.letter(status))
            last_bottom = box.bottom()
            self._boxes.append((box, marks))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = event.pos()  # type: ignore[attr-defined]
            for box, marks in self._boxes:
                if box.adjusted(0, -2, 0, 2).contains(position):
                    text = self.describe(marks[0])
                    if len(marks) > 1:
                        text = self.tr("%n segments missing here.", "", len(marks)) + "\n" + text
                    QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    # --------------------------------------------------------------------------------------- internals ---

    def _line_span(self, line: int, end: int) -> tuple[float | None, float]:
        """Top of file line ``line`` and bottom of ``end``, in the editor viewport's coordinates."""
        document = self.editor.document()
        count = document.blockCount()
        first = document.findBlockByNumber(max(1, min(line, count)) - 1)
        last = document.findBlockByNumber(max(1, min(end, count)) - 1)
        if not first.isValid():
            return None, 0.0
        offset = self.editor.contentOffset()
        top = self.editor.blockBoundingGeometry(first).translated(offset).top()
        bottom = self.editor.blockBoundingGeometry(last).translated(offset).bottom()
        if line > count:  # missing at the very end: just below the last line
            top = bottom
        return top, max(bottom, top)
