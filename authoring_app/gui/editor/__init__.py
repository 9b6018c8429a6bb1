"""The section editor: Markdown text with dialect colours, find and replace, formatting and a front-matter form."""

from authoring_app.gui.editor.find_replace import FindReplaceBar
from authoring_app.gui.editor.formatting import FormattingActions
from authoring_app.gui.editor.front_matter_form import FrontMatterForm
from authoring_app.gui.editor.highlighter import MarkdownHighlighter
from authoring_app.gui.editor.markdown_editor import MarkdownEditor

__all__ = ["FindReplaceBar", "FormattingActions", "FrontMatterForm", "MarkdownEditor", "MarkdownHighlighter"]
