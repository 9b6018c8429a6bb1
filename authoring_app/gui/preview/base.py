"""What every preview does, whichever engine shows it: take the editor's text, render it off the UI thread, show it.

Two engines: :class:`~.web_preview.WebPreview` (QtWebEngine, the website's page exactly) and
:class:`~.text_preview.TextPreview` (QTextBrowser, a simplified page) for machines where Chromium cannot start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from authoring_app.core.handbook import Handbook
from authoring_app.core.preview.page import prepare_preview_assets
from authoring_app.core.preview.patch import PreviewPatch

from .render_worker import PreviewRenderer, SectionPlace


class PreviewBase(QWidget):
    """A preview of one section in one language; subclasses show pages and patches."""

    #: True where the preview is the real website page (Chromium), False for the simplified fallback.
    live = False

    #: The page shows this revision of the text now (see :meth:`set_text`).
    rendered = Signal(int)
    #: The reader scrolled the preview: the source line now at its top (fractional between two blocks).
    scrolled_to_line = Signal(float)
    #: The reader clicked a block: its first source line.
    line_clicked = Signal(int)
    #: A link to another section was followed: language, slug, fragment.
    section_link_activated = Signal(str, str, str)
    #: The page must be built again (its process ended).
    reload_requested = Signal()
    #: Rendering failed (a bug): the message, also shown in the preview's notice.
    render_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.notice = QLabel(self)
        self.notice.setObjectName("previewNotice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Preview notice"))
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setMargin(6)
        self.notice.setAutoFillBackground(True)
        palette = self.notice.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        self.notice.setPalette(palette)
        self.notice.hide()
        self.assets_root: Path = prepare_preview_assets()
        self.rendered_revision = 0
        self.renderer = PreviewRenderer(self)
        self.renderer.page_ready.connect(self.show_page)
        self.renderer.patch_ready.connect(self.apply_patch)
        self.renderer.failed.connect(self._on_failed)
        self._place: SectionPlace | None = None
        self._text = ""
        self.reload_requested.connect(self._reopen)

    # ----------------------------------------------------------------------------------------- public ---

    def open_section(self, handbook: Handbook, lang: str, slug: str, text: str, theme: str | None = None) -> int:
        """Show section ``slug`` in ``lang`` with ``text`` (the editor's); returns the revision to wait for."""
        self._place = SectionPlace(handbook, lang, slug, self.assets_root, self.head_markup(self.assets_root), theme)
        self._text = text
        return self.renderer.open(self._place, text)

    def set_text(self, text: str) -> int:
        """The editor's text changed; returns the revision that :attr:`rendered` will announce."""
        self._text = text
        return self.renderer.set_text(text)

    @property
    def revision(self) -> int:
        return self.renderer.revision

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def shut_down(self) -> None:
        """Stop the render thread; call before the window closes."""
        self.renderer.stop()

    # ------------------------------------------------------------------------------ for the engines ---

    def head_markup(self, assets_root: Path) -> str:
        """Markup the engine needs in the page's head."""
        del assets_root
        return ""

    def show_page(self, revision: int, html: str, first: PreviewPatch) -> None:
        raise NotImplementedError

    def apply_patch(self, patch: PreviewPatch) -> None:
        raise NotImplementedError

    def scroll_to_line(self, line: float) -> None:
        """Show source line ``line`` at the top of the preview."""

    def mark_rendered(self, revision: int) -> None:
        if self.live and self.notice.isVisible():
            self.show_notice("")  # shown again: what went wrong before is over
        if revision > self.rendered_revision:
            self.rendered_revision = revision
        self.rendered.emit(revision)

    # ------------------------------------------------------------------------------------------ internals ---

    def _on_failed(self, revision: int, message: str) -> None:
        self.show_notice(self.tr("The preview could not show this text: {message}").format(message=message))
        self.render_failed.emit(message)
        del revision

    def _reopen(self) -> None:
        if self._place is not None:
            self.renderer.open(self._place, self._text)
