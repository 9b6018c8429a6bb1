"""Rendering for the live preview, off the UI thread: typing never waits for Markdown.

The UI thread hands the editor's text to :class:`PreviewRenderer`; a worker in its own thread renders what changed
(:mod:`authoring_app.core.preview`) and sends back a patch. While it works, newer text replaces older text that
waits (the last edit wins), so a fast typist costs one render per pause, not one per key.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from authoring_app.core.export.rendering import site_context
from authoring_app.core.handbook import Handbook
from authoring_app.core.preview.assembly import IncrementalSection
from authoring_app.core.preview.page import preview_page
from authoring_app.core.preview.patch import PreviewDocument, PreviewPatch

#: Wait this long after a change before rendering, so that a burst of changes (a paste, replace all) renders once.
DEBOUNCE_MS = 15


@dataclass(frozen=True)
class SectionPlace:
    """Which section the preview shows, and how its page looks."""

    handbook: Handbook
    lang: str
    slug: str
    assets_root: Path
    head: str = ""
    theme: str | None = None


class _Worker(QObject):
    """Lives in the render thread; one section at a time."""

    page_ready = Signal(int, int, str, object)  # generation, revision, page HTML, first patch
    patch_ready = Signal(int, object)  # generation, PreviewPatch
    failed = Signal(int, int, str)  # generation, revision, message

    def __init__(self) -> None:
        super().__init__()
        self._section: IncrementalSection | None = None
        self._document = PreviewDocument()

    @Slot(int, int, object, str)
    def open(self, generation: int, revision: int, place: SectionPlace, text: str) -> None:
        try:
            config = place.handbook.config
            ctx = site_context(place.handbook.root, config.languages, config.source_language, place.lang, place.slug)
            self._section = IncrementalSection(ctx, auto_title=True)
            self._document = PreviewDocument()
            first = self._document.update(self._section.render(text), revision)
            html = preview_page(
                place.handbook,
                place.lang,
                place.slug,
                first,
                assets_root=place.assets_root,
                head=place.head,
                theme=place.theme,
            )
        except Exception as error:  # a bug must not end the app: the preview says so instead
            self._section = None  # no patches for a page that was never made
            self.failed.emit(generation, revision, f"{type(error).__name__}: {error}")
            return
        self.page_ready.emit(generation, revision, html, first)

    @Slot(int, int, str)
    def update(self, generation: int, revision: int, text: str) -> None:
        if self._section is None:
            return
        try:
            patch = self._document.update(self._section.render(text), revision)
        except Exception as error:  # reported in the preview, the editor goes on
            self.failed.emit(generation, revision, f"{type(error).__name__}: {error}")
            return
        self.patch_ready.emit(generation, patch)


class PreviewRenderer(QObject):
    """The UI thread's end: takes text, emits ``page_ready``/``patch_ready`` for the current section only."""

    page_ready = Signal(int, str, object)  # revision, page HTML, first patch (already in the page)
    patch_ready = Signal(object)  # PreviewPatch
    failed = Signal(int, str)  # revision, message

    _open = Signal(int, int, object, str)
    _update = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("preview-render")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._open.connect(self._worker.open)
        self._update.connect(self._worker.update)
        self._worker.page_ready.connect(self._on_page_ready)
        self._worker.patch_ready.connect(self._on_patch_ready)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self._generation = 0
        self._revision = 0
        self._busy = False
        self._waiting: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._send)

    @property
    def revision(self) -> int:
        """The number of the latest text handed in (each change counts one up)."""
        return self._revision

    def open(self, place: SectionPlace, text: str) -> int:
        """Show another section; returns its first revision."""
        self._generation += 1
        self._revision += 1
        self._waiting = None
        self._timer.stop()
        self._busy = True
        self._open.emit(self._generation, self._revision, place, text)
        return self._revision

    def set_text(self, text: str) -> int:
        """The editor's text changed; returns the revision that will show it."""
        self._revision += 1
        self._waiting = text
        if not self._busy:
            self._timer.start()
        return self._revision

    def stop(self) -> None:
        """End the render thread (before the application quits)."""
        self._timer.stop()
        self._thread.quit()
        self._thread.wait(5000)

    def _send(self) -> None:
        if self._waiting is None or self._busy:
            return
        text, self._waiting = self._waiting, None
        self._busy = True
        self._update.emit(self._generation, self._revision, text)

    def _done(self) -> None:
        self._busy = False
        if self._waiting is not None and not self._timer.isActive():
            self._send()

    def _on_page_ready(self, generation: int, revision: int, html: str, first: PreviewPatch) -> None:
        if generation != self._generation:
            return
        self._done()
        self.page_ready.emit(revision, html, first)

    def _on_patch_ready(self, generation: int, patch: PreviewPatch) -> None:
        if generation != self._generation:
            return
        self._done()
        self.patch_ready.emit(patch)

    def _on_failed(self, generation: int, revision: int, message: str) -> None:
        if generation != self._generation:
            return
        self._done()
        self.failed.emit(revision, message)
