"""A form over a section's YAML front matter (title, summary, keywords, authors), in step with the text.

The text stays the single source of truth: the form reads the header from the editor's document, and an edit in
the form rewrites the header — only the header, through the editor's cursor, so Ctrl+Z in the editor undoes it and
the body is kept byte for byte. Keys the form does not show are kept. A header that is not valid YAML is never
rewritten: the form says what is wrong and waits, read-only, until the author fixes the text.
"""

from __future__ import annotations

from typing import Any

import yaml
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from authoring_app.core.frontmatter import MAX_FRONT_MATTER_CHARS, FrontMatter, parse_front_matter
from authoring_app.gui.editor.exact_text import exact_text

DELIMITER = "---"
COMMIT_DELAY_MS = 600
_LIST_KEYS = ("keywords", "authors")


class _HeaderDumper(yaml.SafeDumper):
    """Lists indented under their key (``keywords:`` / ``  - item``), as the sample handbook writes them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        return super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_HeaderDumper.add_representer(str, _represent_str)


def dump_front_matter(data: dict[str, Any]) -> str:
    """The YAML of a header, without the ``---`` lines: Unicode as is, keys in their order, no line folding."""
    if not data:
        return ""
    return yaml.dump(data, Dumper=_HeaderDumper, allow_unicode=True, sort_keys=False, width=1_000_000)


def split_list(text: str) -> list[str]:
    """``"a, b ,, c"`` → ``["a", "b", "c"]``."""
    return [item.strip() for item in text.split(",") if item.strip()]


class _Header:
    """Where the header sits in a document and what it says."""

    def __init__(self, present: bool, end: int, front: FrontMatter, broken: bool) -> None:
        self.present = present
        self.end = end  # document position just after the closing delimiter (before its line break)
        self.front = front
        self.broken = broken


def read_header(document: QTextDocument) -> _Header:
    """Read the front matter by walking the document's first lines only (the body is never copied)."""
    block = document.begin()
    if block.text().rstrip() != DELIMITER:
        return _Header(False, 0, FrontMatter(), broken=False)
    lines: list[str] = []
    size = 0
    closing: QTextBlock | None = None
    block = block.next()
    while block.isValid() and size <= MAX_FRONT_MATTER_CHARS:
        text = block.text()
        if text.rstrip() in (DELIMITER, "..."):
            closing = block
            break
        lines.append(text)
        size += len(text) + 1
        block = block.next()
    if closing is None:
        front = FrontMatter(issues=[(1, "the front matter starting on line 1 is never closed with a line '---'")])
        return _Header(True, 0, front, broken=True)
    front, _body = parse_front_matter("\n".join([DELIMITER, *lines, DELIMITER, ""]))
    broken = not front.data and bool(front.raw.strip())
    return _Header(True, closing.position() + len(closing.text()), front, broken)


class FrontMatterForm(QWidget):
    """Title, summary, keywords and authors of the section in the bound editor (``set_editor``)."""

    #: The header changed (in the text or through the form); the argument is its data (empty when absent).
    front_matter_changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frontMatterForm")
        self.setAccessibleName(self.tr("Section details"))
        self._editor: QPlainTextEdit | None = None
        self._header = _Header(False, 0, FrontMatter(), broken=False)
        self._pending: set[str] = set()  # keys edited in the form and not yet written
        self._session: str | None = None  # the field whose edits are one undo step so far
        self._session_revision = -1
        self._writing = False  # the form is changing the text: do not read it back
        self._writing_fields = False  # the form is filling its fields: these are not the author's edits

        self.message_label = QLabel()
        self.message_label.setObjectName("frontMatterMessage")
        self.message_label.setAccessibleName(self.tr("Front matter problems"))
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("frontMatterTitle")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("The section's title, as shown in the contents"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setObjectName("frontMatterSummary")
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setPlaceholderText(self.tr("One or two sentences for the contents page and search"))
        self.summary_edit.setTabChangesFocus(True)
        line_height = self.summary_edit.fontMetrics().lineSpacing()
        self.summary_edit.setFixedHeight(line_height * 3 + 14)
        self.keywords_edit = QLineEdit()
        self.keywords_edit.setObjectName("frontMatterKeywords")
        self.keywords_edit.setAccessibleName(self.tr("Keywords"))
        self.keywords_edit.setPlaceholderText(self.tr("Separated by commas"))
        self.authors_edit = QLineEdit()
        self.authors_edit.setObjectName("frontMatterAuthors")
        self.authors_edit.setAccessibleName(self.tr("Authors"))
        self.authors_edit.setPlaceholderText(self.tr("Separated by commas"))

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Summary:"), self.summary_edit)
        form.addRow(self.tr("&Keywords:"), self.keywords_edit)
        form.addRow(self.tr("Au&thors:"), self.authors_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.message_label)
        layout.addLayout(form)

        self._commit_timer = QTimer(self)
        self._commit_timer.setSingleShot(True)
        self._commit_timer.setInterval(COMMIT_DELAY_MS)
        self._commit_timer.timeout.connect(self.commit)
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(150)
        self._read_timer.timeout.connect(self.reload)

        self._line_edits = {"title": self.title_edit, "keywords": self.keywords_edit, "authors": self.authors_edit}
        for key, line_edit in self._line_edits.items():
            line_edit.textEdited.connect(lambda _text, key=key: self._field_edited(key))
            line_edit.editingFinished.connect(self._finish_session)
        self.summary_edit.textChanged.connect(self._summary_changed)
        self.summary_edit.installEventFilter(self)
        self._set_fields_enabled(False)

    # ------------------------------------------------------------------------------------------ public ---

    def editor(self) -> QPlainTextEdit | None:
        return self._editor

    def set_editor(self, editor: QPlainTextEdit | None) -> None:
        """Show and edit the front matter of ``editor``'s text (``None``: an empty, disabled form)."""
        if self._editor is not None:
            self.commit()
            self._editor.document().contentsChange.disconnect(self._text_changed)
        self._editor = editor
        self._pending.clear()
        self._session = None
        if editor is not None:
            editor.document().contentsChange.connect(self._text_changed)
        self.reload()

    def is_read_only(self) -> bool:
        """Whether the form refuses edits (no editor, or a header that is not valid YAML)."""
        return self._editor is None or self._header.broken or self._editor.isReadOnly()

    def data(self) -> dict[str, Any]:
        """The header's data as last read from the text."""
        return dict(self._header.front.data)

    def reload(self) -> None:
        """Read the header from the text now and show it in the fields."""
        self._read_timer.stop()
        if self._editor is None:
            self._header = _Header(False, 0, FrontMatter(), broken=False)
            self._show_fields({})
            self._show_issues([])
            self._set_fields_enabled(False)
            return
        self._header = read_header(self._editor.document())
        self._show_fields(self._header.front.data)
        self._show_issues(self._header.front.issues)
        self._set_fields_enabled(not self.is_read_only())
        self.front_matter_changed.emit(self.data())

    def commit(self) -> None:
        """Write the fields edited in the form into the header now (nothing happens when nothing changed)."""
        self._commit_timer.stop()
        if self._editor is None or not self._pending:
            return
        header = read_header(self._editor.document())
        if header.broken or self._editor.isReadOnly():
            self._pending.clear()
            return
        data = dict(header.front.data)
        session = next(iter(self._pending)) if len(self._pending) == 1 else None
        for key in self._pending:
            value: Any = self._field_value(key)
            if value in ("", []) and key != "title":
                data.pop(key, None)
            else:
                data[key] = value
        self._pending.clear()
        if header.present and data == header.front.data:
            return
        self._write(header, data, session)

    # ---------------------------------------------------------------------------------------- internals ---

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.summary_edit and event.type() == event.Type.FocusOut:
            self._finish_session()
        return super().eventFilter(watched, event)

    def _field_value(self, key: str) -> Any:
        if key == "title":
            return self.title_edit.text().strip()
        if key == "summary":
            return exact_text(self.summary_edit).strip()
        return split_list((self.keywords_edit if key == "keywords" else self.authors_edit).text())

    def _field_edited(self, key: str) -> None:
        if self.is_read_only():
            return
        if self._session not in (None, key):
            self.commit()
            self._session = None
        self._pending.add(key)
        self._commit_timer.start()

    def _summary_changed(self) -> None:
        if not self._writing_fields:
            self._field_edited("summary")

    def _finish_session(self) -> None:
        self.commit()
        self._session = None

    def _write(self, header: _Header, data: dict[str, Any], session: str | None) -> None:
        """Replace the header (or add one at the top) as one undo step; the body is not touched."""
        assert self._editor is not None
        document = self._editor.document()
        yaml_text = dump_front_matter(data)
        new_header = f"{DELIMITER}\n{yaml_text}{DELIMITER}"
        cursor = QTextCursor(document)
        # Typing a title over several pauses is still one undo step, as long as nothing else edited the text.
        join = session is not None and session == self._session and document.revision() == self._session_revision
        self._writing = True
        try:
            if join:
                cursor.joinPreviousEditBlock()
            else:
                cursor.beginEditBlock()
            cursor.setPosition(0)
            if header.present:
                cursor.setPosition(header.end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(new_header)
            else:
                cursor.insertText(new_header + ("\n" if document.isEmpty() else "\n\n"))
            cursor.endEditBlock()
        finally:
            self._writing = False
        self._session = session
        self._session_revision = document.revision()
        self._header = read_header(document)
        self._show_issues(self._header.front.issues)
        self.front_matter_changed.emit(self.data())

    def _text_changed(self, position: int, _removed: int, _added: int) -> None:
        if self._writing:
            return
        # Edits below the header cannot change it (a body edit moves no header position).
        if self._header.present and not self._header.broken and position > self._header.end:
            return
        if not self._header.present and position > len(DELIMITER) + 1:
            return
        self._session = None
        self._read_timer.start()

    def _show_fields(self, data: dict[str, Any]) -> None:
        def text_of(value: Any) -> str:
            if isinstance(value, list):
                return ", ".join(str(item) for item in value)
            return "" if value is None else str(value)

        self._writing_fields = True
        try:
            for key, widget in self._line_edits.items():
                if key not in self._pending and widget.text() != text_of(data.get(key)):
                    widget.setText(text_of(data.get(key)))
            summary = text_of(data.get("summary")).strip()
            if "summary" not in self._pending and exact_text(self.summary_edit) != summary:
                self.summary_edit.setPlainText(summary)
        finally:
            self._writing_fields = False

    def _show_issues(self, issues: list[tuple[int, str]]) -> None:
        if not issues:
            self.message_label.hide()
            self.message_label.clear()
            return
        lines = [self.tr("Line {line}: {problem}").format(line=line, problem=problem) for line, problem in issues]
        if self._header.broken:
            lines.append(self.tr("Fix the front matter in the text; the form is read-only until then."))
        self.message_label.setText("\n".join(lines))
        self.message_label.show()

    def _set_fields_enabled(self, editable: bool) -> None:
        for widget in (self.title_edit, self.keywords_edit, self.authors_edit):
            widget.setReadOnly(not editable)
        self.summary_edit.setReadOnly(not editable)
        self.setEnabled(self._editor is not None)
