"""What File → Export… can make: one entry per implemented format, so the dialog never offers a dead option.

A format added later (SCORM 1.2, SCORM 2004, EPUB, a single HTML file, PDF) is one more :class:`ExportFormat` in
:data:`EXPORT_FORMATS`: its labels, and a function that runs the core export (in the export thread, never on the UI
thread) and says what came out as an :class:`ExportOutcome`. The dialog, the progress dialog and the result dialog
need nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from authoring_app.core.export.site import Progress, export_site
from authoring_app.core.problems import Problem

_CONTEXT = "ExportFormats"


@dataclass(frozen=True)
class ExportOptions:
    """Everything one export needs; made by :class:`~.export_dialog.ExportDialog`, run by the export controller."""

    root: Path
    out: Path
    format: str
    #: The chosen languages, in the handbook's order (never empty).
    languages: tuple[str, ...]
    base_url: str | None = None
    #: Worker processes for rendering (None: the core's choice). Tests pass 1 to stay in one process.
    workers: int | None = None


@dataclass
class ExportOutcome:
    """What an export made, as the result dialog reports it (the same shape for every format)."""

    out: Path
    #: The file "Open" shows (the site's language chooser, a package, a book …); None when there is nothing to open.
    entry: Path | None
    #: Pages a reader can open (HTML pages of a website).
    pages: int
    #: All files written or kept.
    files: int
    #: Sections rendered this time (the others came from the cache).
    rendered: int
    #: Files kept unchanged from the previous export.
    reused: int
    seconds: float
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class ExportFormat:
    key: str
    #: Source texts, translated when shown (marked with QT_TRANSLATE_NOOP in the "ExportFormats" context).
    label: str
    description: str
    open_label: str
    #: Runs the export; called in the export thread. ``progress`` may raise to stop it (cancellation).
    run: Callable[[ExportOptions, Progress], ExportOutcome]

    def translated_label(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.label)

    def translated_description(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.description)

    def translated_open_label(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.open_label)


def _run_site(options: ExportOptions, progress: Progress) -> ExportOutcome:
    result = export_site(
        options.root,
        options.out,
        languages=list(options.languages),
        progress=progress,
        base_url=options.base_url,
        workers=options.workers,
    )
    # Counted here, in the export thread: the result dialog must not walk the disk on the UI thread.
    pages = sum(1 for path in result.out.rglob("*.html") if path.is_file())
    return ExportOutcome(
        out=result.out,
        entry=result.out / "index.html",
        pages=pages,
        files=result.pages,
        rendered=result.rendered,
        reused=result.reused,
        seconds=result.seconds,
        problems=list(result.problems),
    )


SITE = ExportFormat(
    key="site",
    label=QT_TRANSLATE_NOOP("ExportFormats", "Website (online and offline)"),
    description=QT_TRANSLATE_NOOP(
        "ExportFormats",
        "Static pages for a web server that also work straight from a folder or a USB stick: open index.html.",
    ),
    open_label=QT_TRANSLATE_NOOP("ExportFormats", "Open in browser"),
    run=_run_site,
)

#: The formats the dialog offers, in this order. Only implemented formats belong here.
EXPORT_FORMATS: tuple[ExportFormat, ...] = (SITE,)


def export_format(key: str) -> ExportFormat:
    """The format called ``key``; KeyError for one that does not exist (or no longer exists)."""
    for candidate in EXPORT_FORMATS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
