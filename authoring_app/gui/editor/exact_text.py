"""The text of a Qt text document exactly as the author typed it, for saving.

``QTextDocument.toPlainText()`` (and ``QPlainTextEdit.toPlainText()``) "simplifies" the text it returns: a no-break
space (U+00A0, set between a number and its unit, or before a dash, in Bulgarian and Russian typography) becomes
an ordinary space, and a line separator (U+2028) becomes a line end. Saving that text would lose them. Everything
the app saves, keeps as a recovery copy or compares with a file takes the text through :func:`exact_text`
instead: the document's raw text, in which only the separators between paragraphs (U+2029, one per line end of
the file) become ``"\\n"``.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

#: What a Qt document puts between two blocks (lines of the file) in its raw text.
PARAGRAPH_SEPARATOR = "\u2029"


def document_text(document: QTextDocument) -> str:
    """The whole text of ``document``, every character kept, its blocks joined by ``"\\n"``."""
    return document.toRawText().replace(PARAGRAPH_SEPARATOR, "\n")


def exact_text(edit: QPlainTextEdit | QTextEdit) -> str:
    """The text of a plain-text box (the editor, the merged text, a segment's cell) as typed."""
    return document_text(edit.document())
