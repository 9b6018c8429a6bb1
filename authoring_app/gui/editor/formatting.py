"""Markdown formatting as edits of the text: bold, headings, lists, links, code blocks, tables.

Every function takes the editor's ``QTextCursor``, changes the document through it inside one edit block (so one
Ctrl+Z undoes one action, and the rest of the text is untouched), and leaves the cursor where the author goes on
typing. ``FormattingActions`` turns them into the menu and toolbar actions of whichever editor is current.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

_PARAGRAPH_SEPARATOR = "\u2029"  # what QTextCursor.selectedText() puts between lines
_HEADING_PREFIX = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_BULLET_PREFIX = re.compile(r"^([ \t]*)[-*+][ \t]+")
_NUMBER_PREFIX = re.compile(r"^([ \t]*)\d{1,9}[.)][ \t]+")
_QUOTE_PREFIX = re.compile(r"^[ \t]{0,3}>[ \t]?")
_URL = re.compile(r"^(?:https?://|mailto:|www\.)\S+$")


# ---- helpers ----------------------------------------------------------------------------------------------


def selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
    """The lines a line-wise action applies to: every line the selection touches, except a last line that the
    selection only reaches at its very start (a selection made by dragging to the start of the next line)."""
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    if cursor.hasSelection() and last != first and cursor.selectionEnd() == last.position():
        last = last.previous()
    blocks = [first]
    while blocks[-1] != last and blocks[-1].next().isValid():
        blocks.append(blocks[-1].next())
    return blocks


def _replace_line_prefix(cursor: QTextCursor, block: QTextBlock, old_length: int, new_prefix: str) -> None:
    """Replace the first ``old_length`` characters of ``block`` with ``new_prefix`` (positions of other cursors
    after the prefix move with the text)."""
    edit = QTextCursor(cursor.document())
    edit.setPosition(block.position())
    edit.setPosition(block.position() + old_length, QTextCursor.MoveMode.KeepAnchor)
    if old_length:
        edit.removeSelectedText()
    if new_prefix:
        edit.insertText(new_prefix)


def _restore_selection(cursor: QTextCursor, anchor: QTextCursor, position: QTextCursor) -> None:
    cursor.setPosition(anchor.position())
    cursor.setPosition(position.position(), QTextCursor.MoveMode.KeepAnchor)


def _marker_run(cursor: QTextCursor, position: int, forward: bool, marker: str) -> int:
    """How many ``marker`` characters follow (``forward``) or precede ``position``."""
    document = cursor.document()
    count = 0
    step = 0 if forward else -1
    while True:
        index = position + (count if forward else -count) + step
        if index < 0 or document.characterAt(index) != marker:
            return count
        count += 1


def _edit(cursor: QTextCursor, action: Callable[[], None]) -> None:
    cursor.beginEditBlock()
    try:
        action()
    finally:
        cursor.endEditBlock()


# ---- inline marks -----------------------------------------------------------------------------------------


def _is_marked(run_before: int, run_after: int, marker: str, width: int) -> bool:
    if marker == "*" and width == 1:  # italic: an odd run (`*x*` or `***x***`)
        return run_before % 2 == 1 and run_after % 2 == 1
    return run_before >= width and run_after >= width


def toggle_inline(cursor: QTextCursor, marker: str) -> None:
    """Wrap the selection (or the word at the cursor) in ``marker`` — or unwrap it when it already is wrapped.

    Spaces at the edges of the selection stay outside the marks (``** word **`` is not bold in Markdown). With
    nothing to wrap the marks are inserted in pairs with the cursor between them, ready for typing.
    """
    width = len(marker)
    char = marker[0]

    def run() -> None:
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            if not cursor.selectedText().strip() or not cursor.selectedText()[0].isalnum():
                cursor.clearSelection()
        if not cursor.hasSelection():
            position = cursor.position()
            before = _marker_run(cursor, position, False, char)
            after = _marker_run(cursor, position, True, char)
            if _is_marked(before, after, char, width) and before == after:
                cursor.setPosition(position - width)
                cursor.setPosition(position + width, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                return
            cursor.insertText(marker + marker)
            cursor.setPosition(cursor.position() - width)
            return
        text = cursor.selectedText()
        start = cursor.selectionStart() + (len(text) - len(text.lstrip()))
        end = cursor.selectionEnd() - (len(text) - len(text.rstrip()))
        inner = text.strip()
        if len(inner) > 2 * width and inner.startswith(marker) and inner.endswith(marker):
            inner_before = _marker_run(cursor, start + width, True, char) + width
            inner_after = _marker_run(cursor, end - width, False, char) + width
            if _is_marked(inner_before, inner_after, char, width):
                # The selection includes the marks: `**x**` selected → `x`.
                _remove_range(cursor, end - width, end)
                _remove_range(cursor, start, start + width)
                cursor.setPosition(start)
                cursor.setPosition(end - 2 * width, QTextCursor.MoveMode.KeepAnchor)
                return
        before = _marker_run(cursor, start, False, char)
        after = _marker_run(cursor, end, True, char)
        if _is_marked(before, after, char, width):
            _remove_range(cursor, end, end + width)
            _remove_range(cursor, start - width, start)
            cursor.setPosition(start - width)
            cursor.setPosition(end - width, QTextCursor.MoveMode.KeepAnchor)
            return
        edit = QTextCursor(cursor.document())
        edit.setPosition(end)
        edit.insertText(marker)
        edit.setPosition(start)
        edit.insertText(marker)
        cursor.setPosition(start + width)
        cursor.setPosition(end + width, QTextCursor.MoveMode.KeepAnchor)

    _edit(cursor, run)


def _remove_range(cursor: QTextCursor, start: int, end: int) -> None:
    edit = QTextCursor(cursor.document())
    edit.setPosition(start)
    edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.removeSelectedText()


def toggle_bold(cursor: QTextCursor) -> None:
    toggle_inline(cursor, "**")


def toggle_italic(cursor: QTextCursor) -> None:
    toggle_inline(cursor, "*")


def toggle_inline_code(cursor: QTextCursor) -> None:
    toggle_inline(cursor, "`")


def insert_link(cursor: QTextCursor) -> None:
    """``[selected text](|)``: the selection becomes the link text and the cursor waits for the address. A selected
    address becomes ``[|](address)`` with the cursor in the text; with no selection, ``[|]()``."""

    def run() -> None:
        text = cursor.selectedText().replace(_PARAGRAPH_SEPARATOR, " ").strip()
        if text and _URL.match(text):
            cursor.insertText(f"[]({text})")
            cursor.setPosition(cursor.position() - len(text) - 3)
        elif text:
            cursor.insertText(f"[{text}]()")
            cursor.setPosition(cursor.position() - 1)
        else:
            cursor.insertText("[]()")
            cursor.setPosition(cursor.position() - 3)

    _edit(cursor, run)


# ---- line prefixes ----------------------------------------------------------------------------------------


def set_heading(cursor: QTextCursor, level: int) -> None:
    """Make the selected lines headings of ``level`` (1–6), replacing any ``#`` they had; ``level`` 0 makes them
    paragraphs again. Asking for the level a line already has makes it a paragraph (a toggle)."""
    blocks = selected_blocks(cursor)
    texts = [block.text() for block in blocks]
    prefix = "#" * level + " " if level else ""
    if level and all(text.startswith(prefix) or not text.strip() for text in texts) and any(t.strip() for t in texts):
        prefix = ""

    def run() -> None:
        for block in blocks:
            text = block.text()
            if not text.strip() and len(blocks) > 1:
                continue
            match = _HEADING_PREFIX.match(text)
            _replace_line_prefix(cursor, block, match.end() if match else 0, prefix)

    _edit(cursor, run)


def toggle_bullet_list(cursor: QTextCursor) -> None:
    """Turn the selected lines into ``- `` items, or back into plain lines when they all are bullet items
    (numbered items become bullet items)."""
    _toggle_list(cursor, numbered=False)


def toggle_numbered_list(cursor: QTextCursor) -> None:
    """Turn the selected lines into ``1. ``, ``2. ``… items, or back into plain lines when they all are numbered."""
    _toggle_list(cursor, numbered=True)


def _toggle_list(cursor: QTextCursor, numbered: bool) -> None:
    own, other = (_NUMBER_PREFIX, _BULLET_PREFIX) if numbered else (_BULLET_PREFIX, _NUMBER_PREFIX)
    selected = selected_blocks(cursor)
    blocks = [block for block in selected if block.text().strip() or len(selected) == 1]
    remove = all(own.match(block.text()) for block in blocks)

    def run() -> None:
        for number, block in enumerate(blocks, start=1):
            text = block.text()
            match = own.match(text) or other.match(text)
            indent = match.group(1) if match else re.match(r"[ \t]*", text).group(0)
            old = match.end() if match else len(indent)
            new = indent if remove else indent + (f"{number}. " if numbered else "- ")
            _replace_line_prefix(cursor, block, old, new)

    _edit(cursor, run)


def toggle_block_quote(cursor: QTextCursor) -> None:
    """Prefix the selected lines with ``> `` (blank lines inside get a bare ``>`` so the quote stays one), or
    remove one level of quoting when every non-blank line is quoted already."""
    blocks = selected_blocks(cursor)
    texts = [block.text() for block in blocks]
    remove = all(_QUOTE_PREFIX.match(text) for text in texts if text.strip())

    def run() -> None:
        for block, text in zip(blocks, texts, strict=True):
            if remove:
                match = _QUOTE_PREFIX.match(text)
                if match:
                    _replace_line_prefix(cursor, block, match.end(), "")
            else:
                _replace_line_prefix(cursor, block, 0, "> " if text.strip() or len(blocks) == 1 else ">")

    _edit(cursor, run)


# ---- blocks -----------------------------------------------------------------------------------------------


def insert_block(cursor: QTextCursor, text: str) -> None:
    """Insert ``text`` as a paragraph of its own, with blank lines around it as Markdown needs.

    A cursor inside a line of text inserts after that line (never splitting a sentence); on a blank line the
    block goes there. The selection, if any, is replaced first. The cursor ends after the inserted block.
    """
    body = text.strip("\n")

    def run() -> None:
        if cursor.hasSelection():
            cursor.removeSelectedText()
        block = cursor.block()
        if block.text().strip():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            before = "\n\n"
            following = block.next()
        else:
            previous = block.previous()
            before = "\n" if previous.isValid() and previous.text().strip() else ""
            following = block.next()
        after = "\n" if not following.isValid() or following.text().strip() else ""
        cursor.insertText(before + body + after)
        if after:
            cursor.setPosition(cursor.position() - len(after))

    _edit(cursor, run)


def insert_code_block(cursor: QTextCursor, language: str = "") -> None:
    """Fence the selected lines as a code block, or insert an empty fenced block with the cursor inside."""

    def run() -> None:
        if cursor.hasSelection():
            blocks = selected_blocks(cursor)
            start, end = blocks[0].position(), blocks[-1].position() + blocks[-1].length() - 1
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            code = cursor.selectedText().replace(_PARAGRAPH_SEPARATOR, "\n")
            fence = "`" * max(3, _longest_backtick_run(code) + 1)
            insert_block(cursor, f"{fence}{language}\n{code}\n{fence}")
            return
        fence = "```"
        insert_block(cursor, f"{fence}{language}\n\n{fence}")
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)

    _edit(cursor, run)


def _longest_backtick_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"`+", text)), default=0)


def table_template(column: str = "Column", row: str = "Text") -> str:
    """A 3-column table with a header and two rows, for authors to fill in."""
    header = "| " + " | ".join(f"{column} {n}" for n in range(1, 4)) + " |"
    cells = "| " + " | ".join([row] * 3) + " |"
    return "\n".join([header, "| --- | --- | --- |", cells, cells])


def insert_table(cursor: QTextCursor, column: str = "Column", row: str = "Text") -> None:
    """Insert a small table template and select its first header cell, so typing replaces it."""
    template = table_template(column, row)

    def run() -> None:
        insert_block(cursor, template)
        start = cursor.position() - len(template) + 2
        cursor.setPosition(start)
        cursor.setPosition(start + len(f"{column} 1"), QTextCursor.MoveMode.KeepAnchor)

    _edit(cursor, run)


# ---- actions ----------------------------------------------------------------------------------------------


class FormattingActions(QObject):
    """The Format menu's actions, applied to whichever editor is current (``set_editor``); disabled without one.

    Attributes hold the actions (``bold``, ``italic``, ``inline_code``, ``link``, ``headings[0..5]`` for levels
    1–6, ``paragraph``, ``bullet_list``, ``numbered_list``, ``block_quote``, ``code_block``, ``table``);
    ``all_actions()`` lists them in menu order with ``None`` where a separator belongs.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor: QPlainTextEdit | None = None
        self.bold = self._action(
            self.tr("&Bold"),
            self.tr("Make the selected text bold"),
            toggle_bold,
            QKeySequence(QKeySequence.StandardKey.Bold),
            "format-text-bold",
        )
        self.italic = self._action(
            self.tr("&Italic"),
            self.tr("Make the selected text italic"),
            toggle_italic,
            QKeySequence(QKeySequence.StandardKey.Italic),
            "format-text-italic",
        )
        self.inline_code = self._action(
            self.tr("Inline &code"),
            self.tr("Mark the selected text as code"),
            toggle_inline_code,
            QKeySequence("Ctrl+E"),
        )
        self.link = self._action(
            self.tr("&Link…"),
            self.tr("Make the selected text a link"),
            insert_link,
            QKeySequence("Ctrl+K"),
            "insert-link",
        )
        self.headings = [
            self._action(
                self.tr("Heading &{level}").format(level=level),
                self.tr("Make the current line a heading of level {level}").format(level=level),
                lambda cursor, level=level: set_heading(cursor, level),
                QKeySequence(f"Ctrl+{level}"),
            )
            for level in range(1, 7)
        ]
        self.paragraph = self._action(
            self.tr("&Paragraph"),
            self.tr("Make the current line plain text"),
            lambda cursor: set_heading(cursor, 0),
            QKeySequence("Ctrl+0"),
        )
        self.bullet_list = self._action(
            self.tr("B&ulleted list"),
            self.tr("Make the selected lines a bulleted list"),
            toggle_bullet_list,
            QKeySequence("Ctrl+Shift+U"),
            "format-list-unordered",
        )
        self.numbered_list = self._action(
            self.tr("&Numbered list"),
            self.tr("Make the selected lines a numbered list"),
            toggle_numbered_list,
            QKeySequence("Ctrl+Shift+O"),
            "format-list-ordered",
        )
        self.block_quote = self._action(
            self.tr("Block &quote"),
            self.tr("Quote the selected lines"),
            toggle_block_quote,
            QKeySequence("Ctrl+Shift+Q"),
        )
        self.code_block = self._action(
            self.tr("Code bl&ock"),
            self.tr("Put the selected lines in a code block"),
            insert_code_block,
            QKeySequence("Ctrl+Shift+E"),
        )
        self.table = self._action(
            self.tr("&Table"),
            self.tr("Insert a table with three columns and two rows"),
            lambda cursor: insert_table(cursor, self.tr("Column"), self.tr("Text")),
        )
        self.set_editor(None)

    def _action(
        self,
        text: str,
        tip: str,
        apply: Callable[[QTextCursor], None],
        shortcut: QKeySequence | None = None,
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        plain = text.replace("&", "").rstrip("…")
        action.setObjectName("format" + "".join(word.capitalize() for word in re.findall(r"\w+", plain)))
        action.setStatusTip(tip)
        action.setToolTip(tip if shortcut is None else f"{tip} ({shortcut.toString(QKeySequence.NativeText)})")
        action.setWhatsThis(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon_name:
            action.setIcon(QIcon.fromTheme(icon_name))
        action.triggered.connect(lambda: self.apply(apply))
        return action

    def all_actions(self) -> list[QAction | None]:
        """The actions in menu order; ``None`` marks a separator."""
        inline: list[QAction | None] = [self.bold, self.italic, self.inline_code, self.link]
        lines: list[QAction | None] = [*self.headings, self.paragraph]
        blocks: list[QAction | None] = [self.bullet_list, self.numbered_list, self.block_quote, self.code_block]
        return [*inline, None, *lines, None, *blocks, self.table]

    def editor(self) -> QPlainTextEdit | None:
        return self._editor

    def set_editor(self, editor: QPlainTextEdit | None) -> None:
        """Apply the actions to ``editor`` from now on (``None``: no editor, the actions are disabled)."""
        self._editor = editor
        enabled = editor is not None and not editor.isReadOnly()
        for action in self.all_actions():
            if action is not None:
                action.setEnabled(enabled)

    def apply(self, operation: Callable[[QTextCursor], None]) -> None:
        """Run one formatting operation on the current editor's cursor, as one undo step."""
        editor = self._editor
        if editor is None or editor.isReadOnly():
            return
        cursor = editor.textCursor()
        operation(cursor)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
