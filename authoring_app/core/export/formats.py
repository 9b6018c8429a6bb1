"""The formats ``handbook export`` can make, and how each is built.

``site`` is the multilingual website (:func:`~.site.export_site`): one folder. Every other format is one file per
language, built from that language's :class:`~.book.Book` by a function ``build(handbook, lang, target) ->
list[Problem]`` that writes ``target`` (atomically) and returns what the reader should know. The builders are
imported only when used: PDF needs Qt (QtWebEngine prints it), which the core never imports itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..handbook import Handbook
from ..problems import Problem
from ..ui_text import QT_TRANSLATE_NOOP

SITE = "site"


@dataclass(frozen=True)
class BookFormat:
    key: str
    #: What it is, for messages and the export dialog (the GUI translates it in the context ``ExportFormats``).
    label: str
    #: The file each language gets: ``{lang}`` is replaced.
    file_name: str
    #: ``module:function`` of the builder.
    builder: str

    def output_name(self, lang: str) -> str:
        return self.file_name.format(lang=lang)

    def build(self, handbook: Handbook, lang: str, target: Path) -> list[Problem]:
        module, _, function = self.builder.partition(":")
        build: Callable[[Handbook, str, Path], list[Problem]] = getattr(importlib.import_module(module), function)
        return build(handbook, lang, target)


BOOK_FORMATS: dict[str, BookFormat] = {
    fmt.key: fmt
    for fmt in (
        BookFormat(
            "scorm12",
            QT_TRANSLATE_NOOP("ExportFormats", "SCORM 1.2 package"),
            "handbook-{lang}-scorm12.zip",
            "authoring_app.core.export.scorm:build_scorm12",
        ),
        BookFormat(
            "scorm2004",
            QT_TRANSLATE_NOOP("ExportFormats", "SCORM 2004 (4th edition) package"),
            "handbook-{lang}-scorm2004.zip",
            "authoring_app.core.export.scorm:build_scorm2004",
        ),
        BookFormat(
            "epub",
            QT_TRANSLATE_NOOP("ExportFormats", "EPUB 3 book"),
            "handbook-{lang}.epub",
            "authoring_app.core.export.epub:build_epub",
        ),
        BookFormat(
            "html",
            QT_TRANSLATE_NOOP("ExportFormats", "single HTML file"),
            "handbook-{lang}.html",
            "authoring_app.core.export.single_html:build_single_html",
        ),
        BookFormat(
            "pdf",
            QT_TRANSLATE_NOOP("ExportFormats", "PDF for print"),
            "handbook-{lang}.pdf",
            "authoring_app.pdf_export:build_pdf",
        ),
    )
}
#: Every format, in the order ``--format all`` makes them.
ALL_FORMATS = (SITE, *BOOK_FORMATS)


@dataclass(frozen=True)
class Produced:
    """A file or folder an export made: what it is, for which language (None: all of them), where."""

    format: str
    lang: str | None
    path: Path


def parse_formats(value: str) -> tuple[list[str], list[str]]:
    """``"site,epub"`` or ``"all"`` → ``(formats, unknown names)``."""
    names = [name.strip().lower() for name in value.split(",") if name.strip()]
    if "all" in names:
        return list(ALL_FORMATS), []
    unknown = [name for name in names if name not in ALL_FORMATS]
    return [name for name in ALL_FORMATS if name in names], unknown
