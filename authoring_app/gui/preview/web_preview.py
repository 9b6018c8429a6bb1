"""The live preview in QtWebEngine: the website's page of the section, patched block by block as the author types.

The page is loaded once per section (written into the preview folder, so that its size has no limit); after that
every change arrives as a patch through ``runJavaScript`` and the page is never reloaded, so the reader's scroll
position, an open tab or a checked quiz stay. A web channel carries the page's scroll position and clicks back to
the editor. Nothing is loaded from the network: a request interceptor refuses every URL that is not local.
"""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from authoring_app.core.preview.patch import PreviewPatch

from .base import PreviewBase

#: Schemes a preview page may load: its own files, Qt's web channel script, inline data.
LOCAL_SCHEMES = frozenset({"file", "qrc", "data", "blob", "about"})
#: The preview's scripts, in the page's head before the site's own.
PREVIEW_HEAD = (
    '<script src="qrc:///qtwebchannel/qwebchannel.js"></script>\n<script src="{root}preview.js" defer></script>'
)
_page_numbers = itertools.count(1)


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Refuses every request that would leave the computer, and remembers what it refused (tests read it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme().lower() not in LOCAL_SCHEMES:
            self.refused.append(url.toString())
            info.block(True)


_interceptor: LocalOnlyInterceptor | None = None


def local_only_interceptor() -> LocalOnlyInterceptor:
    """The interceptor installed on the default web profile (once per application)."""
    global _interceptor
    if _interceptor is None:
        _interceptor = LocalOnlyInterceptor(QWebEngineProfile.defaultProfile())
        QWebEngineProfile.defaultProfile().setUrlRequestInterceptor(_interceptor)
    return _interceptor


class _Bridge(QObject):
    """What the page may tell the editor (``bridge`` in the page's web channel)."""

    scrolled = Signal(float)
    clicked = Signal(int)
    link = Signal(str)
    ready = Signal(int)

    @Slot(float)
    def previewScrolled(self, line: float) -> None:
        self.scrolled.emit(line)

    @Slot(int)
    def previewClicked(self, line: int) -> None:
        self.clicked.emit(line)

    @Slot(str)
    def linkActivated(self, url: str) -> None:
        self.link.emit(url)

    @Slot(int)
    def pageReady(self, revision: int) -> None:
        self.ready.emit(revision)


class _PreviewPage(QWebEnginePage):
    """Stays on its page: a link is reported (the window opens a section or the browser), never followed here."""

    link_requested = Signal(QUrl)
    #: The page was asked to load itself again (Reload in its menu): its content would go back to the first version.
    reload_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.allowed: QUrl | None = None
        #: True between :meth:`load_own` and the load it started: the only navigation of the page that is allowed.
        self.loading_own = False
        self.console: list[str] = []
        for action in (
            QWebEnginePage.WebAction.Reload,
            QWebEnginePage.WebAction.ReloadAndBypassCache,
            QWebEnginePage.WebAction.Back,
            QWebEnginePage.WebAction.Forward,
        ):
            self.action(action).setVisible(False)

    def load_own(self, url: QUrl) -> None:
        self.allowed = url
        self.loading_own = True
        self.load(url)

    def acceptNavigationRequest(self, url: QUrl, kind: QWebEnginePage.NavigationType, is_main_frame: bool) -> bool:
        if not is_main_frame:
            return True
        own_page = self.allowed is not None and url.isLocalFile() and url.toLocalFile() == self.allowed.toLocalFile()
        if own_page and self.loading_own and kind != QWebEnginePage.NavigationType.NavigationTypeReload:
            return True
        if own_page:
            self.reload_requested.emit()  # the page is rebuilt from the text, never from the stale file
        elif kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            self.link_requested.emit(url)
        return False

    def javaScriptConsoleMessage(
        self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str, line: int, source: str
    ) -> None:
        self.console.append(f"{source}:{line}: {message}")


class WebPreview(PreviewBase):
    """The preview with Chromium (QtWebEngine)."""

    live = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        local_only_interceptor()
        self.view = QWebEngineView(self)
        self.view.setObjectName("previewView")
        self.view.setAccessibleName(self.tr("Preview of the page"))
        self.page = _PreviewPage(self.view)
        settings = self.page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.ErrorPageEnabled, False)
        self.view.setPage(self.page)
        self.bridge = _Bridge(self)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)
        self.bridge.scrolled.connect(self.scrolled_to_line)
        self.bridge.clicked.connect(self.line_clicked)
        self.bridge.link.connect(lambda url: self._follow(QUrl(url)))
        self.bridge.ready.connect(self._on_bridge_ready)
        self.page.link_requested.connect(self._follow)
        self.page.reload_requested.connect(self.reload_requested)
        self.page.loadFinished.connect(self._on_load_finished)
        self.page.renderProcessTerminated.connect(self._on_render_process_terminated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)

        self._loaded = False
        self._queued: list[PreviewPatch] = []
        self._file: Path | None = None
        self._crashes: list[float] = []

    # --------------------------------------------------------------------------------------- PreviewBase ---

    def head_markup(self, assets_root: Path) -> str:
        return PREVIEW_HEAD.format(root=assets_root.resolve().as_uri() + "/")

    def show_page(self, revision: int, html: str, first: PreviewPatch) -> None:
        del first  # already in the page
        self._loaded = False
        self._queued.clear()
        self._pending_revision = revision
        folder = self.assets_root
        old = self._file
        self._file = folder / f"page-{os.getpid()}-{next(_page_numbers)}.html"
        self._file.write_text(html, encoding="utf-8")
        self.page.load_own(QUrl.fromLocalFile(str(self._file)))
        if old is not None:
            old.unlink(missing_ok=True)

    def apply_patch(self, patch: PreviewPatch) -> None:
        if not self._loaded:
            self._queued.append(patch)
            return
        revision = patch.revision
        self.page.runJavaScript(
            f"window.hbPreview ? window.hbPreview.apply({patch.to_json()}) : -1",
            0,
            lambda result: self._on_applied(revision, result),
        )

    def scroll_to_line(self, line: float) -> None:
        if self._loaded:
            self.page.runJavaScript(f"window.hbPreview && window.hbPreview.scrollToLine({float(line)!r})", 0)

    def run_javascript(self, script: str, callback: object = None) -> None:
        """Run ``script`` in the page (tests and the benchmark read the page's DOM with it)."""
        if callback is None:
            self.page.runJavaScript(script, 0)
        else:
            self.page.runJavaScript(script, 0, callback)

    def shut_down(self) -> None:
        if self._file is not None:
            self._file.unlink(missing_ok=True)
            self._file = None
        super().shut_down()

    # ------------------------------------------------------------------------------------------ internals ---

    def _on_load_finished(self, ok: bool) -> None:
        self.page.loading_own = False
        if not ok:
            self._queued.clear()
            self.show_notice(self.tr("The preview page could not be loaded; it is built again with your next change."))
            return
        self.show_notice("")
        self._loaded = True
        self.mark_rendered(self._pending_revision)
        queued, self._queued = self._queued, []
        for patch in queued:
            self.apply_patch(patch)

    def _on_bridge_ready(self, revision: int) -> None:
        del revision

    def _on_applied(self, revision: int, result: object) -> None:
        if result == revision:
            self.mark_rendered(revision)
        elif result == -1:
            self.reload_requested.emit()  # the page lost its content (a crash, a reload): build it again

    def _on_render_process_terminated(self, status: QWebEnginePage.RenderProcessTerminationStatus, code: int) -> None:
        del status
        self._loaded = False
        now = time.monotonic()
        self._crashes = [moment for moment in self._crashes if moment > now - 60] + [now]
        if len(self._crashes) >= 3:  # a page that crashes again and again is not restarted in a loop
            self.show_notice(
                self.tr(
                    "The preview stopped: Chromium's page process ended %n times in a minute (code {code}).",
                    "",
                    len(self._crashes),
                ).format(code=code)
            )
            return
        self.show_notice(
            self.tr("The preview stopped (Chromium's page process ended, code {code}); it was started again.").format(
                code=code
            )
        )
        self.reload_requested.emit()

    def _follow(self, url: QUrl) -> None:
        """A link the reader clicked: another section opens in the editor, a web address in the browser.

        A local file that is not a page is never opened from here (a section's HTML could point at a program).
        """
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix == ".html":
                self.section_link_activated.emit(path.parent.name, path.stem, url.fragment())
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
