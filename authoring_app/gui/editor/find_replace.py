"""The find and replace bar under an editor: plain text, whole words or Python regular expressions.

Regular expressions are Python's ``re`` (the same syntax as the rest of the app and its documentation); the
replacement may refer to groups as ``\\1`` or ``\\g<name>``. Searching runs over the whole text at C speed and
positions are converted to the editor's (UTF-16) positions, so emoji before a match do not shift it.
"""

from __future__ import annotations

import bisect
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from authoring_app.gui.editor.colours import is_dark
from authoring_app.gui.editor.exact_text import exact_text

#: How many matches are painted in the text at most (counting goes on beyond it).
MAX_PAINTED_MATCHES = 2000
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SELECTION_GROUP = "find"


class _SearchField(QLineEdit):
    """A line edit where Enter finds the next match and Shift+Enter the previous one."""

    next_requested = Signal()
    previous_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
            return
        super().keyPressEvent(event)


class FindReplaceBar(QWidget):
    """Find (Ctrl+F), replace (Ctrl+H), next/previous (F3, Shift+F3) in one ``QPlainTextEdit``.

    The bar starts hidden. Its actions (``find_action``, ``replace_action``, ``find_next_action``,
    ``find_previous_action``) carry the standard shortcuts and work while the editor or the bar has focus; the
    main window may also list them in its Edit menu. Escape closes the bar and gives the editor its focus back.
    """

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._matches: list[tuple[int, int]] = []  # editor positions (start, end), in order
        self._pattern: re.Pattern[str] | None = None
        self._dirty = True
        self._invalid = ""  # the regular expression's error message, when it has one
        self.setObjectName("findReplaceBar")
        self.setAccessibleName(self.tr("Find and replace"))

        self.find_field = _SearchField()
        self.find_field.setObjectName("findField")
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setAccessibleName(self.tr("Text to find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit()
        self.replace_field.setObjectName("replaceField")
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.replace_field.setAccessibleName(self.tr("Replacement text"))
        self.replace_field.setToolTip(self.tr("With regular expressions, \\1 or \\g<name> inserts a matched group"))

        self.case_box = QCheckBox(self.tr("Match &case"))
        self.case_box.setAccessibleName(self.tr("Match case"))
        self.words_box = QCheckBox(self.tr("&Whole words"))
        self.words_box.setAccessibleName(self.tr("Whole words only"))
        self.regex_box = QCheckBox(self.tr("Re&gular expression"))
        self.regex_box.setAccessibleName(self.tr("Regular expression"))
        self.regex_box.setToolTip(self.tr("Python regular expressions; refer to groups as \\1 in the replacement"))

        self.previous_button = self._button(self.tr("Previous"), self.tr("Find the previous match (Shift+F3)"))
        self.next_button = self._button(self.tr("Next"), self.tr("Find the next match (F3)"))
        self.replace_button = self._button(self.tr("&Replace"), self.tr("Replace this match and find the next"))
        self.replace_all_button = self._button(self.tr("Replace &all"), self.tr("Replace every match"))
        self.close_button = self._button("✕", self.tr("Close the find bar (Escape)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.close_button.setAutoRaise(True)

        self.status_label = QLabel()
        self.status_label.setObjectName("findStatus")
        self.status_label.setAccessibleName(self.tr("Search result"))
        self.status_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 of 0000 ") + 8)

        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        layout.addWidget(self.find_field, 0, 0)
        find_buttons = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.status_label):
            find_buttons.addWidget(widget)
        find_buttons.addStretch(1)
        for widget in (self.case_box, self.words_box, self.regex_box, self.close_button):
            find_buttons.addWidget(widget)
        layout.addLayout(find_buttons, 0, 1)
        layout.addWidget(self.replace_field, 1, 0)
        replace_buttons = QHBoxLayout()
        replace_buttons.addWidget(self.replace_button)
        replace_buttons.addWidget(self.replace_all_button)
        replace_buttons.addStretch(1)
        layout.addLayout(replace_buttons, 1, 1)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)
        self._replace_widgets = [self.replace_field, self.replace_button, self.replace_all_button]

        self.find_action = self._action(self.tr("&Find…"), QKeySequence.StandardKey.Find, self.open_find)
        self.replace_action = self._action(self.tr("R&eplace…"), QKeySequence.StandardKey.Replace, self.open_replace)
        self.find_next_action = self._action(self.tr("Find &next"), QKeySequence.StandardKey.FindNext, self.find_next)
        self.find_previous_action = self._action(
            self.tr("Find pre&vious"), QKeySequence.StandardKey.FindPrevious, self.find_previous
        )

        self.find_field.textChanged.connect(self._pattern_changed)
        self.find_field.next_requested.connect(self.find_next)
        self.find_field.previous_requested.connect(self.find_previous)
        self.replace_field.returnPressed.connect(self.replace_current)
        for box in (self.case_box, self.words_box, self.regex_box):
            box.toggled.connect(self._pattern_changed)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)

        # Matches move as the text changes: recount after a pause rather than on every keystroke.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self._refresh_if_visible)
        editor.document().contentsChanged.connect(self._text_changed)
        self.hide()

    # ------------------------------------------------------------------------------------------ public ---

    def editor(self) -> QPlainTextEdit:
        return self._editor

    def open_find(self) -> None:
        """Show the bar without the replace row, with the selected text (one line) as the search."""
        self._open(replace=False)

    def open_replace(self) -> None:
        """Show the bar with the replace row."""
        self._open(replace=True)

    def close_bar(self) -> None:
        """Hide the bar, stop painting matches and give the editor its focus back."""
        self.hide()
        self._paint_matches()
        self._editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def status_text(self) -> str:
        return self.status_label.text()

    def match_count(self) -> int:
        self._ensure_matches()
        return len(self._matches)

    def find_next(self) -> bool:
        """Select the next match after the cursor, wrapping at the end; ``False`` when there is none."""
        return self._find(forward=True)

    def find_previous(self) -> bool:
        """Select the match before the cursor, wrapping at the start; ``False`` when there is none."""
        return self._find(forward=False)

    def replace_current(self) -> bool:
        """Replace the selected match (if the selection is one) and select the next one."""
        self._ensure_matches()
        if self._pattern is None or self._editor.isReadOnly():
            return False
        cursor = self._editor.textCursor()
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        if cursor.hasSelection() and selected in set(self._matches):
            text = cursor.selectedText().replace("\u2029", "\n")
            match = self._pattern.fullmatch(text) or self._pattern.search(text)
            replacement = self._replacement(match) if match else self.replace_field.text()
            if replacement is None:
                return False
            cursor.beginEditBlock()
            cursor.insertText(replacement)
            cursor.endEditBlock()
            self._editor.setTextCursor(cursor)
            self._dirty = True
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match, as one undo step; returns how many were replaced."""
        self._ensure_matches()
        if self._pattern is None or not self._matches or self._editor.isReadOnly():
            return 0
        text = exact_text(self._editor)
        replacements: list[tuple[int, int, str]] = []
        to_editor = self._position_map(text)
        for match in self._pattern.finditer(text):
            replacement = self._replacement(match)
            if replacement is None:
                return 0
            replacements.append((to_editor(match.start()), to_editor(match.end()), replacement))
        cursor = QTextCursor(self._editor.document())
        cursor.beginEditBlock()
        for start, end, replacement in reversed(replacements):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        self._dirty = True
        self._ensure_matches()
        self._paint_matches()
        count = len(replacements)
        self._show_status(self.tr("Replaced %n matches", "", count), error=False)
        return count

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape reaches the bar from its fields and buttons, which do not use it themselves.
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------------------------------- internals ---

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _action(self, text: str, key: QKeySequence.StandardKey, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.setShortcuts(QKeySequence.keyBindings(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self._editor.addAction(action)
        return action

    def _open(self, replace: bool) -> None:
        cursor = self._editor.textCursor()
        selected = cursor.selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(re.escape(selected) if self.regex_box.isChecked() else selected)
        for widget in self._replace_widgets:
            widget.setVisible(replace)
        self.show()
        self._dirty = True
        self._update_status()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def _pattern_changed(self) -> None:
        self._dirty = True
        self._update_status()

    def _text_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self._update_status()

    def _compile(self) -> re.Pattern[str] | None:
        """The search as a Python pattern; ``None`` (with a message) when it is empty or invalid."""
        needle = self.find_field.text()
        if not needle:
            return None
        source = needle if self.regex_box.isChecked() else re.escape(needle)
        if self.words_box.isChecked():
            source = rf"(?<!\w)(?:{source})(?!\w)"
        flags = re.MULTILINE | (0 if self.case_box.isChecked() else re.IGNORECASE)
        return re.compile(source, flags)

    def _ensure_matches(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self._matches = []
        try:
            self._pattern = self._compile()
        except re.error as error:
            self._pattern = None
            self._invalid = str(error)
            return
        self._invalid = ""
        if self._pattern is None:
            return
        text = exact_text(self._editor)
        to_editor = self._position_map(text)
        self._matches = [(to_editor(m.start()), to_editor(m.end())) for m in self._pattern.finditer(text)]

    @staticmethod
    def _position_map(text: str):  # type: ignore[no-untyped-def]
        """Python string index → editor position (they differ after characters outside the BMP)."""
        astral = [match.start() for match in _ASTRAL.finditer(text)]
        if not astral:
            return lambda index: index
        return lambda index: index + bisect.bisect_left(astral, index)

    def _replacement(self, match: re.Match[str]) -> str | None:
        template = self.replace_field.text()
        if not self.regex_box.isChecked():
            return template
        try:
            return match.expand(template)
        except (re.error, IndexError) as error:
            self._show_status(self.tr("Invalid replacement: {error}").format(error=error), error=True)
            return None

    def _find(self, forward: bool) -> bool:
        if not self.isVisible() and not self.find_field.text():
            self.open_find()
            return False
        self._ensure_matches()
        if not self._matches:
            self._update_status()
            return False
        cursor = self._editor.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        starts = [match[0] for match in self._matches]
        wrapped = False
        if forward:
            index = bisect.bisect_left(starts, end)
            # An empty match exactly at the cursor is the one already "selected": go past it.
            while index < len(self._matches) and self._matches[index] == (start, end):
                index += 1
            if index >= len(self._matches):
                index, wrapped = 0, True
        else:
            index = bisect.bisect_left(starts, start) - 1
            if index < 0:
                index, wrapped = len(self._matches) - 1, True
        match_start, match_end = self._matches[index]
        cursor.setPosition(match_start)
        cursor.setPosition(match_end, QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        if not self._cursor_on_screen():
            self._editor.centerCursor()
        self._paint_matches(current=index)
        if not wrapped:
            message = self.tr("{current} of {total}")
        elif forward:
            message = self.tr("{current} of {total}, from the top")
        else:
            message = self.tr("{current} of {total}, from the end")
        message = message.format(current=index + 1, total=len(self._matches))
        self._show_status(message, error=False)
        return True

    def _cursor_on_screen(self) -> bool:
        rect = self._editor.cursorRect()
        return self._editor.viewport().rect().contains(rect)

    def _update_status(self) -> None:
        self._ensure_matches()
        self._paint_matches()
        if self._invalid:
            self._show_status(self.tr("Invalid regular expression: {error}").format(error=self._invalid), error=True)
        elif not self.find_field.text():
            self._show_status("", error=False)
        elif not self._matches:
            self._show_status(self.tr("No matches"), error=True)
        else:
            self._show_status(self.tr("%n matches", "", len(self._matches)), error=False)

    def _show_status(self, message: str, error: bool) -> None:
        self.status_label.setText(message)
        self.status_label.setToolTip(message)
        palette = self.status_label.palette()
        if error:
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if is_dark(self.palette()) else "#b3261e"))
        else:
            palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.WindowText))
        self.status_label.setPalette(palette)
        self.find_field.setAccessibleDescription(message)

    def _paint_matches(self, current: int = -1) -> None:
        """Tint every match (up to a limit) while the bar is open; the current one stronger."""
        if not self.isVisible() or not self._matches:
            self._set_editor_selections([])
            return
        dark = is_dark(self._editor.palette())
        tint = QTextCharFormat()
        tint.setBackground(QColor("#5c4d00" if dark else "#ffe08a"))
        strong = QTextCharFormat()
        strong.setBackground(QColor("#b08800" if dark else "#ffb300"))
        document = self._editor.document()
        selections = []
        for index, (start, end) in enumerate(self._matches[:MAX_PAINTED_MATCHES]):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = strong if index == current else tint
            selections.append(selection)
        self._set_editor_selections(selections)

    def _set_editor_selections(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        setter = getattr(self._editor, "set_extra_selection_group", None)
        if setter is not None:
            setter(_SELECTION_GROUP, selections)
        else:
            self._editor.setExtraSelections(selections)
