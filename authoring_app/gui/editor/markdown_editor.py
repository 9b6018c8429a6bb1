"""The text editor for one language of one section file: Markdown with its YAML front matter, as on disk.

Line numbers are the file's lines: document block ``n`` is file line ``n + 1``, because the editor shows the whole
file (front matter included) and wraps long lines only visually. Scroll sync, "go to problem" and the preview's
source positions all rely on that.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontDatabase,
    QImage,
    QKeyEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from authoring_app.gui.editor import formatting
from authoring_app.gui.editor.colours import is_dark
from authoring_app.gui.editor.counting import count_words_and_characters
from authoring_app.gui.editor.exact_text import exact_text
from authoring_app.gui.editor.highlighter import MarkdownHighlighter

INDENT = "    "  # Python-Markdown nests lists and code under list items by four spaces
COUNT_DELAY_MS = 400

_LIST_ITEM = re.compile(r"^([ \t]*)([-*+]|(\d{1,9})([.)]))([ \t]+)(\[[ xX]\][ \t]+)?")
_QUOTE = re.compile(r"^([ \t]{0,3}(?:>[ \t]?)+)")


def local_files(mime: QMimeData) -> list[Path]:
    """The local files named by ``mime``'s URLs (a drag from a file manager), in order; none for web URLs."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class MarkdownEditor(QPlainTextEdit):
    """A plain-text Markdown editor that knows the dialect: colours, list-aware Enter and Tab, counts, drops.

    The system's proportional font is used on purpose: authors write prose in Cyrillic, Latin and Turkic scripts,
    which proportional UI fonts cover and set well, while the monospace fonts found on staff machines often lack
    those letters or make long paragraphs hard to read. Code spans and fenced code switch to the fixed font.
    """

    #: ``(words, characters)`` of the prose (front matter and Markdown marks left out), after a pause in typing.
    counts_changed = Signal(int, int)
    #: Local files were dropped (or pasted from a file manager) on the editor; a list of ``pathlib.Path``. The
    #: editor inserts nothing for them; the text cursor is already where the drop happened.
    files_dropped = Signal(list)
    #: An image (not text) was pasted; the ``QImage`` is the clipboard's picture.
    image_pasted = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighter = MarkdownHighlighter(self.document(), dark=is_dark(self.palette()))
        self.setObjectName("markdownEditor")
        self.setAccessibleName(self.tr("Section text"))
        self.setAccessibleDescription(self.tr("Markdown text of the section, with its front matter at the top"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.document().setDocumentMargin(10)
        self._update_tab_width()
        self.setTabChangesFocus(False)  # Tab indents; Ctrl+Tab leaves the editor, as everywhere in Qt
        self._extra_selections: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._counts: tuple[int, int] | None = None

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.refresh_counts)
        self.document().contentsChanged.connect(self._count_timer.start)

    # ------------------------------------------------------------------------------------------ public ---

    def set_text(self, text: str) -> None:
        """Load a file's text: replaces everything, clears undo history and the modified flag."""
        self.setPlainText(text)
        self.document().setModified(False)
        self.refresh_counts()

    def text(self) -> str:
        """The whole file text, as it would be saved (no-break spaces and line separators kept: not
        ``toPlainText()``, see :mod:`.exact_text`)."""
        return exact_text(self)

    def counts(self) -> tuple[int, int]:
        """``(words, characters)`` of the prose, counted now."""
        return count_words_and_characters(self.toPlainText())

    def refresh_counts(self) -> None:
        """Count now and emit ``counts_changed`` when the numbers changed."""
        self._count_timer.stop()
        counts = self.counts()
        if counts != self._counts:
            self._counts = counts
            self.counts_changed.emit(*counts)

    def current_line(self) -> int:
        """The file line (1-based) the text cursor is on."""
        return self.textCursor().blockNumber() + 1

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of file line ``line`` (clamped to the file) and show it mid-view."""
        document = self.document()
        number = max(1, min(int(line), document.blockCount()))
        cursor = QTextCursor(document.findBlockByNumber(number - 1))
        self.setTextCursor(cursor)
        self.centerCursor()

    def first_visible_line(self) -> float:
        """The file line at the top of the view; the fraction says how much of a wrapped line is scrolled past."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 1.0
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        fraction = 0.0
        if geometry.height() > 0:
            fraction = min(max(-geometry.top() / geometry.height(), 0.0), 0.999)
        return block.blockNumber() + 1 + fraction

    def scroll_to_line(self, line: float) -> None:
        """Scroll so file line ``line`` (a fraction reaches into a wrapped line) is at the top; the cursor stays."""
        document = self.document()
        number = max(1, min(int(line), document.blockCount()))
        fraction = min(max(line - int(line), 0.0), 1.0) if line >= 1 else 0.0
        block = document.findBlockByNumber(number - 1)
        layout = block.layout()
        line_count = layout.lineCount() if layout is not None and layout.lineCount() > 0 else max(block.lineCount(), 1)
        self.verticalScrollBar().setValue(block.firstLineNumber() + int(fraction * line_count))

    def insert_block(self, text: str) -> None:
        """Insert a Markdown block (an image, a video block, a table…) as its own paragraph; one undo step."""
        cursor = self.textCursor()
        formatting.insert_block(cursor, text)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def set_extra_selection_group(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Show ``selections`` (e.g. the find bar's matches) alongside those of other groups."""
        if selections:
            self._extra_selections[name] = selections
        else:
            self._extra_selections.pop(name, None)
        self.setExtraSelections([item for group in self._extra_selections.values() for item in group])

    # ------------------------------------------------------------------------------------- Qt events ---

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange):
            self.highlighter.set_dark(is_dark(self.palette()))
        elif kind == QEvent.Type.FontChange:
            self._update_tab_width()
            self.highlighter.update_font()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_Tab and plain and not self.isReadOnly():
            self._indent()
            return
        if key == Qt.Key.Key_Backtab and not self.isReadOnly():
            self._dedent()
            return
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and not self.isReadOnly()
        if enter and self._continue_list_or_quote():
            return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(local_files(source)) or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = local_files(source)
        if files:
            self.files_dropped.emit(files)
            return
        if source.hasImage() and not source.hasText():
            image = QImage(source.imageData())
            if not image.isNull():
                self.image_pasted.emit(image)
            return
        super().insertFromMimeData(source)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()) and not self.isReadOnly():
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()) and not self.isReadOnly():
            # Show where the file will go: the cursor follows the pointer.
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if files and not self.isReadOnly():
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            event.acceptProposedAction()
            # Let the drag finish before the receiver opens a dialog.
            QTimer.singleShot(0, lambda: self.files_dropped.emit(files))
            return
        super().dropEvent(event)

    # --------------------------------------------------------------------------------------- internals ---

    def _update_tab_width(self) -> None:
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * len(INDENT))

    def _indent(self) -> None:
        """Tab: indent the selected lines, or a list item (to nest it), else insert spaces to the next stop."""
        cursor = self.textCursor()
        block = cursor.block()
        item = _LIST_ITEM.match(block.text())
        document = self.document()
        multi_line = document.findBlock(cursor.selectionStart()) != document.findBlock(cursor.selectionEnd())
        cursor.beginEditBlock()
        if multi_line or (item and cursor.positionInBlock() <= item.end()):
            for line in formatting.selected_blocks(cursor):
                edit = QTextCursor(line)
                edit.insertText(INDENT)
        else:
            column = (
                cursor.positionInBlock() if not cursor.hasSelection() else cursor.selectionStart() - block.position()
            )
            cursor.insertText(" " * (len(INDENT) - column % len(INDENT)))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _dedent(self) -> None:
        """Shift+Tab: take up to four leading spaces (or one tab) off each selected line."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for line in formatting.selected_blocks(cursor):
            text = line.text()
            width = 1 if text.startswith("\t") else min(len(INDENT), len(text) - len(text.lstrip(" ")))
            if width:
                edit = QTextCursor(line)
                edit.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, width)
                edit.removeSelectedText()
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _continue_list_or_quote(self) -> bool:
        """Enter in a list item starts the next item; Enter on an empty item ends the list. Same for quotes."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        block = cursor.block()
        text = block.text()
        item = _LIST_ITEM.match(text)
        quote = None if item else _QUOTE.match(text)
        prefix_end = item.end() if item else quote.end() if quote else 0
        if not prefix_end or cursor.positionInBlock() < prefix_end:
            return False
        cursor.beginEditBlock()
        if not text[prefix_end:].strip():
            # An empty item or quote line: the author is done with the list; drop the marker.
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        elif item:
            indent, marker, number, delimiter, space, task = item.groups()
            marker = f"{int(number) + 1}{delimiter}" if number else marker
            cursor.insertText("\n" + indent + marker + space + ("[ ] " if task else ""))
        else:
            cursor.insertText("\n" + quote.group(1))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True
