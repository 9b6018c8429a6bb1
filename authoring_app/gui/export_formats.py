"""What File → Export… can make: one entry per implemented format, so the dialog never offers a dead option.

Each :class:`ExportFormat` in :data:`EXPORT_FORMATS` has its labels and a function that runs the core export for
an :class:`ExportJob`. A format whose builder module cannot be imported yet (or any more) is simply left out, so a
format appears in the dialog the day its builder lands. Several formats run in one export: the website goes into the
output folder itself when it is the only format, else into ``site/`` beside one file per language and format (the
layout of ``handbook export``). PDF is printed by QtWebEngine, which must run on the GUI thread: such formats are
marked ``gui_thread`` and the export controller runs them there after the worker thread has done the rest.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from authoring_app.core.atomic import atomic_write_text
from authoring_app.core.export.formats import BOOK_FORMATS, Produced
from authoring_app.core.export.output import MARKER, OutputFolder
from authoring_app.core.export.site import Progress, export_site
from authoring_app.core.export.validation import FAILED, ValidationReport, format_label
from authoring_app.core.handbook import Handbook
from authoring_app.core.problems import Problem

_CONTEXT = "ExportFormats"


@dataclass(frozen=True)
class ExportOptions:
    """Everything one export needs; made by :class:`~.export_dialog.ExportDialog`, run by the export controller."""

    root: Path
    out: Path
    #: Format keys, in the order of :data:`EXPORT_FORMATS` (never empty).
    formats: tuple[str, ...]
    #: The chosen languages, in the handbook's order (never empty).
    languages: tuple[str, ...]
    base_url: str | None = None
    #: Worker processes for rendering (None: the core's choice). Tests pass 1 to stay in one process.
    workers: int | None = None
    #: Run the installed validators on the result and write report.html.
    validate: bool = False

    @property
    def site_only(self) -> bool:
        return self.formats == ("site",)

    @property
    def site_out(self) -> Path:
        """Where the website goes: the folder itself when it is all that is made, else its ``site/``."""
        return self.out if self.site_only else self.out / "site"

    @property
    def report_path(self) -> Path:
        """Beside the files it judges; next to the website's folder when that folder is the whole output."""
        return self.out.parent / f"{self.out.name}-report.html" if self.site_only else self.out / "report.html"


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
    #: Every output, for validation.
    produced: list[Produced] = field(default_factory=list)
    #: With "Validate the result": report.html, one line per check, and whether a check failed.
    report_path: Path | None = None
    report_summary: list[str] = field(default_factory=list)
    report_failed: bool = False


@dataclass(frozen=True)
class ExportFormat:
    key: str
    #: Source texts, translated when shown (marked with QT_TRANSLATE_NOOP in the "ExportFormats" context).
    label: str
    description: str
    open_label: str
    #: Runs this format's part of a job; ``progress`` may raise to stop it (cancellation).
    run: Callable[[ExportJob, Progress], None]
    #: ``module:function`` of the builder; the format is offered only when it imports.
    builder: str = ""
    #: Must run on the GUI thread (QtWebEngine): the controller runs it there, after the export thread.
    gui_thread: bool = False

    def is_available(self) -> bool:
        if not self.builder:
            return True
        module, _, function = self.builder.partition(":")
        try:
            return callable(getattr(importlib.import_module(module), function, None))
        except Exception:  # a builder that does not import yet (or is broken) is not offered
            return False

    def translated_label(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.label)

    def translated_description(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.description)

    def translated_open_label(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.open_label)


class ExportJob:
    """One export of one or more formats: runs the formats, then (optionally) the validators, and sums up.

    Not a widget: the controller calls :meth:`run_worker` in a thread, :meth:`run_gui_steps` on the GUI thread and
    :meth:`validate` in a thread again, then shows :meth:`outcome`.
    """

    def __init__(self, options: ExportOptions) -> None:
        self.options = options
        self.started = time.perf_counter()
        self.produced: list[Produced] = []
        self.problems: list[Problem] = []
        self.pages = self.files = self.rendered = self.reused = 0
        self.report = None
        self._handbook: Handbook | None = None

    @property
    def handbook(self) -> Handbook:
        if self._handbook is None:
            self._handbook = Handbook.load(self.options.root)
        return self._handbook

    def formats(self, *, gui_thread: bool) -> list[ExportFormat]:
        return [f for f in map(export_format, self.options.formats) if f.gui_thread == gui_thread]

    def needs_gui_thread(self) -> bool:
        return bool(self.formats(gui_thread=True))

    def run_worker(self, progress: Progress) -> None:
        for fmt in self.formats(gui_thread=False):
            fmt.run(self, progress)

    def run_gui_steps(self, progress: Progress) -> None:
        for fmt in self.formats(gui_thread=True):
            fmt.run(self, progress)

    def validate(self, progress: Progress) -> None:
        from authoring_app.core.export.validation import validate_outputs

        report = validate_outputs(self.produced, list(self.options.languages), progress, handbook=self.handbook)
        report.write_html(self.options.report_path)
        self.report = report

    def outcome(self) -> ExportOutcome:
        site = [p for p in self.produced if p.format == "site"]
        files = [p.path for p in self.produced if p.format != "site"]
        entry = site[0].path / "index.html" if site else (files[0] if len(files) == 1 else None)
        report = self.report
        return ExportOutcome(
            out=self.options.out,
            entry=entry,
            pages=self.pages,
            files=self.files + len(files),
            rendered=self.rendered,
            reused=self.reused,
            seconds=time.perf_counter() - self.started,
            problems=_unique(self.problems),
            produced=list(self.produced),
            report_path=self.options.report_path if report is not None else None,
            report_summary=validation_summary(report) if report is not None else [],
            report_failed=bool(report is not None and report.failed),
        )


def validation_summary(report: ValidationReport) -> list[str]:
    """One line per check like :meth:`ValidationReport.summary_lines`, with the format and the verdict in the UI
    language (what the validator said stays as it said it)."""
    lines = []
    for check in report.checks:
        label = QCoreApplication.translate(_CONTEXT, format_label(check.format))
        status = QCoreApplication.translate("ValidationStatus", check.status)
        lang = check.lang or QCoreApplication.translate("ExportFormats", "all")
        text = f"{check.symbol} {lang} {label} — {check.name}: {status}"
        if check.detail:
            text += f"; {check.detail}"
        if check.status == FAILED and check.messages:
            text += " " + QCoreApplication.translate("ExportFormats", "(first: {message})").format(
                message=check.messages[0]
            )
        lines.append(text)
    return lines


def _unique(problems: list[Problem]) -> list[Problem]:
    """A problem of a section shows once, not once per format that met it."""
    seen: set[str] = set()
    return [p for p in problems if not (p.format() in seen or seen.add(p.format()))]


def _run_site(job: ExportJob, progress: Progress) -> None:
    options = job.options
    result = export_site(
        options.root,
        options.site_out,
        languages=list(options.languages),
        progress=progress,
        base_url=options.base_url,
        workers=options.workers,
    )
    # Counted here, in the export thread: the result dialog must not walk the disk on the UI thread.
    job.pages += sum(1 for path in result.out.rglob("*.html") if path.is_file())
    job.files += result.pages
    job.rendered += result.rendered
    job.reused += result.reused
    job.problems += result.problems
    job.produced.append(Produced("site", None, result.out))


def _run_book(job: ExportJob, progress: Progress, key: str) -> None:
    """One file per language into the output folder, which is refused when it holds someone else's files."""
    out = job.options.out
    fmt = BOOK_FORMATS[key]
    if not any(p.path.parent == out for p in job.produced):
        OutputFolder.check_replaceable(out)
        out.mkdir(parents=True, exist_ok=True)
        atomic_write_text(out / MARKER, "Made by Handbook Studio; the next export replaces these files.\n")
    languages = job.options.languages
    for number, lang in enumerate(languages):
        progress(key, number, len(languages))
        target = out / fmt.output_name(lang)
        job.problems += fmt.build(job.handbook, lang, target)
        job.produced.append(Produced(key, lang, target))
    progress(key, len(languages), len(languages))


def _book(key: str, label: str, description: str, open_label: str, *, gui_thread: bool = False) -> ExportFormat:
    return ExportFormat(
        key=key,
        label=label,
        description=description,
        open_label=open_label,
        run=lambda job, progress: _run_book(job, progress, key),
        builder=BOOK_FORMATS[key].builder,
        gui_thread=gui_thread,
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

#: Every format the app knows, in the dialog's order.
ALL_EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    SITE,
    _book(
        "scorm12",
        QT_TRANSLATE_NOOP("ExportFormats", "SCORM 1.2 package"),
        QT_TRANSLATE_NOOP("ExportFormats", "A .zip per language for Moodle and most other LMSs."),
        QT_TRANSLATE_NOOP("ExportFormats", "Open"),
    ),
    _book(
        "scorm2004",
        QT_TRANSLATE_NOOP("ExportFormats", "SCORM 2004 package"),
        QT_TRANSLATE_NOOP("ExportFormats", "A .zip per language for LMSs that run SCORM 2004 (4th edition)."),
        QT_TRANSLATE_NOOP("ExportFormats", "Open"),
    ),
    _book(
        "epub",
        QT_TRANSLATE_NOOP("ExportFormats", "EPUB book"),
        QT_TRANSLATE_NOOP("ExportFormats", "An EPUB 3 e-book per language, for e-readers and reading apps."),
        QT_TRANSLATE_NOOP("ExportFormats", "Open book"),
    ),
    _book(
        "html",
        QT_TRANSLATE_NOOP("ExportFormats", "Single HTML file"),
        QT_TRANSLATE_NOOP("ExportFormats", "The whole handbook in one self-contained .html file per language."),
        QT_TRANSLATE_NOOP("ExportFormats", "Open in browser"),
    ),
    _book(
        "pdf",
        QT_TRANSLATE_NOOP("ExportFormats", "PDF for print"),
        QT_TRANSLATE_NOOP("ExportFormats", "An A4 PDF per language, for printing."),
        QT_TRANSLATE_NOOP("ExportFormats", "Open PDF"),
        gui_thread=True,
    ),
)

#: The formats the dialog offers, in this order: those whose builder imports.
EXPORT_FORMATS: tuple[ExportFormat, ...] = tuple(fmt for fmt in ALL_EXPORT_FORMATS if fmt.is_available())


def export_format(key: str) -> ExportFormat:
    """The format called ``key``; KeyError for one that does not exist (or no longer exists)."""
    for candidate in EXPORT_FORMATS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
