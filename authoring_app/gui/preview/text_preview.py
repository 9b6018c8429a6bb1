"""The simplified preview, for machines where Chromium (QtWebEngine) cannot start: text, headings, lists, tables
and images as Qt's rich text shows them, with a notice that says why it is not the real page."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from authoring_app.core.preview.patch import PreviewPatch

from .base import PreviewBase


class TextPreview(PreviewBase):
    """The preview with QTextBrowser; patches are applied to a list of blocks here and the text is set again."""

    live = False

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("previewText")
        self.browser.setAccessibleName(self.tr("Preview of the page (simplified)"))
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.browser, 1)
        self.show_notice(
            self.tr(
                "Simplified preview: the page engine (QtWebEngine) could not start, so quizzes, tabs and the "
                "site's styles are not shown. Reason: {reason}"
            ).format(reason=reason)
        )
        self._order: list[int] = []
        self._html: dict[int, str] = {}

    def show_page(self, revision: int, html: str, first: PreviewPatch) -> None:
        del html  # the website's page needs a browser; only the content is shown here
        self._order.clear()
        self._html.clear()
        if self._place is not None:
            base = self._place.handbook.root / self._place.lang
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(base) + "/"))
        self._apply(first)
        self.mark_rendered(revision)

    def apply_patch(self, patch: PreviewPatch) -> None:
        self._apply(patch)
        self.mark_rendered(patch.revision)

    def text(self) -> str:
        """The plain text the preview shows (tests read it)."""
        return self.browser.toPlainText()

    def _apply(self, patch: PreviewPatch) -> None:
        removed = set(patch.remove)
        self._order = [number for number in self._order if number not in removed]
        for number in removed:
            self._html.pop(number, None)
        for after, number, html in patch.insert:
            index = 0 if after is None else self._order.index(after) + 1
            self._order.insert(index, number)
            self._html[number] = html
        if patch.remove or patch.insert:
            bar = self.browser.verticalScrollBar()
            position = bar.value()
            self.browser.setHtml("\n".join(self._html[number] for number in self._order))
            bar.setValue(position)
