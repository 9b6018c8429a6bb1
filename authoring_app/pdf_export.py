"""The printable PDF of one language: the single-HTML book in print mode, printed by QtWebEngine (Chromium).

Outside ``core`` because it needs Qt: the website's print styles are CSS that only a browser engine lays out, and
the app already ships one. It runs headless from the CLI (``handbook export DIR --format pdf``): it starts a
QApplication when there is none (offscreen when there is no display), loads the book from a temporary file (a
page set with ``setHtml`` is limited to 2 MB), prints it to A4 and waits in a local event loop, with a timeout,
until Chromium hands the PDF back. Nothing is fetched from the network: the page is self-contained, and the
profile refuses every URL that is not local anyway (the preview's :class:`LocalOnlyInterceptor`).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from authoring_app.core.atomic import atomic_write_bytes
from authoring_app.core.export.book import make_book
from authoring_app.core.export.single_html import book_document
from authoring_app.core.handbook import Handbook
from authoring_app.core.problems import Problem

#: Seconds to wait for the page to load and print; a big handbook on a slow machine needs a while.
PRINT_TIMEOUT_SECONDS = 180
#: Page margins (mm): top, right, bottom, left — the same as the site's ``@page`` rule, which Chromium applies.
MARGINS_MM = (18.0, 16.0, 18.0, 16.0)


class PdfExportError(RuntimeError):
    """The PDF could not be printed; the message says why and what to try."""


def _ensure_application() -> object:
    """The running QApplication, or a new one set up to run without a display."""
    from authoring_app.__main__ import prepare_environment

    # Sandbox off as root; offscreen when there is no display (what --screenshot needs is what we need).
    prepare_environment(screenshot=True)
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
        app = QApplication([sys.argv[0] if sys.argv else "handbook"])
    return app


def print_html_to_pdf(html_file: Path, timeout: float = PRINT_TIMEOUT_SECONDS) -> bytes:
    """Load ``html_file`` in a fresh off-the-record web profile and print it to A4; the PDF's bytes."""
    _ensure_application()
    from PySide6.QtCore import QEvent, QEventLoop, QMarginsF, QTimer, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWidgets import QApplication

    from authoring_app.gui.preview.web_preview import LocalOnlyInterceptor

    state: dict[str, object] = {"pdf": None, "error": None}
    loop = QEventLoop()
    profile = QWebEngineProfile()  # off the record: nothing of the print stays on disk
    interceptor = LocalOnlyInterceptor(profile)
    profile.setUrlRequestInterceptor(interceptor)
    page = QWebEnginePage(profile)
    top, right, bottom, left = MARGINS_MM
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )

    def printed(data: object) -> None:
        pdf = bytes(data)  # QByteArray
        if pdf.startswith(b"%PDF"):
            state["pdf"] = pdf
        else:
            state["error"] = "Chromium returned no PDF"
        loop.quit()

    def loaded(ok: bool) -> None:
        if not ok:
            state["error"] = f"the book's page {html_file} could not be loaded"
            loop.quit()
            return
        page.printToPdf(printed, layout)

    def timed_out() -> None:
        state["error"] = f"printing took longer than {timeout:.0f} s"
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(timed_out)
    page.loadFinished.connect(loaded)
    try:
        timer.start(int(timeout * 1000))
        page.load(QUrl.fromLocalFile(str(html_file)))
        loop.exec()
    finally:
        timer.stop()
        page.loadFinished.disconnect(loaded)
        # The page must go before its profile, and both before the application (TESTING.md: teardown trap).
        page.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        profile.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    if state["pdf"] is None:
        raise PdfExportError(
            f"The PDF could not be printed: {state['error']}. Check that QtWebEngine works here (the preview uses "
            "it too); without a display set QT_QPA_PLATFORM=offscreen, as root QTWEBENGINE_DISABLE_SANDBOX=1."
        )
    if interceptor.refused:  # cannot happen with a self-contained page; kept as a guard for future changes
        raise PdfExportError(f"The book's page asked for {interceptor.refused[0]}, which is not on this computer.")
    return state["pdf"]  # type: ignore[return-value]


def build_pdf(handbook: Handbook, lang: str, target: Path) -> list[Problem]:
    """Write ``lang``'s book as an A4 PDF to ``target`` (atomically)."""
    book = make_book(handbook, lang)
    document, problems = book_document(handbook, book, print_mode=True)
    with tempfile.TemporaryDirectory(prefix="handbook-pdf-") as folder:
        page = Path(folder) / f"handbook-{lang}.html"
        page.write_text(document, encoding="utf-8")
        pdf = print_html_to_pdf(page)
    atomic_write_bytes(target, pdf)
    return [*book.problems, *problems]
