"""Proof that an export is sound: each output judged by the real validators that are installed here.

:func:`validate_outputs` takes what an export made (:class:`~.formats.Produced`) and runs, per language and
format: the Nu HTML Checker and axe-core on the website and the single HTML file (which must also make no request),
epubcheck on EPUB books, the manifest, its XSDs and a run in scorm-again for SCORM packages, and for a PDF that it
opens and holds the section titles. A validator that is not installed gives "not checked" with the reason — never
"passed" — so a report from a bare machine cannot be mistaken for a clean one. The tools are found at run time
(:mod:`.validators`); the report is written by :mod:`.validation_report`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..ui_text import QT_TRANSLATE_NOOP
from . import validators
from .formats import BOOK_FORMATS, SITE, Produced
from .validators import ToolFailed

if TYPE_CHECKING:
    from ..handbook import Handbook

#: A check's status; the GUI shows it translated (context ``ValidationStatus``).
PASSED = QT_TRANSLATE_NOOP("ValidationStatus", "passed")
FAILED = QT_TRANSLATE_NOOP("ValidationStatus", "failed")
NOT_CHECKED = QT_TRANSLATE_NOOP("ValidationStatus", "not checked")
#: The format name of the website's checks (the GUI translates it in the context ``ExportFormats``).
WEBSITE_LABEL = QT_TRANSLATE_NOOP("ExportFormats", "website")
#: How many messages one check keeps (the rest are counted).
MAX_MESSAGES = 50
#: axe impacts that fail a page; milder findings are listed but do not fail it.
BLOCKING_IMPACTS = ("serious", "critical")
#: Section pages per language that axe-core opens on a website (besides the language's home page).
AXE_SECTIONS_PER_LANGUAGE = 2

Progress = Callable[[str, int, int], None]


@dataclass
class Check:
    """One validator's verdict on one output (or one language's part of the website)."""

    format: str
    #: None: not one language's (the website's language chooser, shared files).
    lang: str | None
    name: str
    status: str
    #: What was found (failed) or worth knowing (passed with notes); capped at :data:`MAX_MESSAGES`.
    messages: list[str] = field(default_factory=list)
    #: One line: what was checked, or why it was not.
    detail: str = ""
    target: Path | None = None

    @property
    def symbol(self) -> str:
        return {PASSED: "✓", FAILED: "✗"}.get(self.status, "—")


def _capped(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_MESSAGES:
        return lines
    return [*lines[:MAX_MESSAGES], f"… and {len(lines) - MAX_MESSAGES} more"]


@dataclass
class ValidationReport:
    languages: list[str]
    checks: list[Check] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(check.status == FAILED for check in self.checks)

    def add(self, check: Check) -> Check:
        check.messages = _capped(check.messages)
        self.checks.append(check)
        return check

    def summary_lines(self) -> list[str]:
        """One line per check, for a terminal: ``✗ en epub — epubcheck: 3 errors (first: …)``."""
        lines = []
        for check in self.checks:
            label = format_label(check.format)
            text = f"{check.symbol} {check.lang or 'all'} {label} — {check.name}: {check.status}"
            if check.detail:
                text += f"; {check.detail}"
            if check.status == FAILED and check.messages:
                text += f" (first: {check.messages[0]})"
            lines.append(text)
        return lines

    def write_html(self, path: Path) -> Path:
        """A self-contained, accessible report.html (no external resources); returns its path."""
        from .validation_report import write_report

        return write_report(self, Path(path))


def format_label(key: str) -> str:
    if key == SITE:
        return WEBSITE_LABEL
    fmt = BOOK_FORMATS.get(key)
    return fmt.label if fmt else key


def not_installed(fmt: str, lang: str | None, name: str, reason: str, target: Path | None = None) -> Check:
    return Check(fmt, lang, name, NOT_CHECKED, detail=reason, target=target)


# ------------------------------------------------------------------------------------------ entry point ---


def validate_outputs(
    produced: list[Produced],
    languages: list[str],
    progress: Progress | None = None,
    *,
    handbook: Handbook | None = None,
) -> ValidationReport:
    """Judge every output with the validators installed here. ``handbook`` (optional) gives the section titles
    a PDF must hold; without it that check says "not checked"."""
    report = ValidationReport(list(languages))
    total = len(produced)
    for index, item in enumerate(produced):
        if progress is not None:
            progress("validate", index, total)
        if item.format != SITE and not item.path.is_file():
            report.add(
                Check(item.format, item.lang, "output", FAILED, [f"{item.path} was not written"], target=item.path)
            )
            continue
        check_output = _CHECKERS.get(item.format)
        if check_output is None:
            report.add(not_installed(item.format, item.lang, "output", "no validator knows this format", item.path))
            continue
        check_output(report, item, languages, handbook)
    if progress is not None:
        progress("validate", total, total)
    return report


# ------------------------------------------------------------------------------------------- HTML checks ---


def _nu_checks(report: ValidationReport, fmt: str, groups: dict[str | None, list[Path]], root: Path) -> None:
    """The Nu HTML Checker once over every file, reported per language group."""
    tool = validators.find_vnu()
    if isinstance(tool, str):
        for lang in groups:
            report.add(not_installed(fmt, lang, "Nu HTML Checker", tool, root))
        return
    files = [f for group in groups.values() for f in group]
    try:
        errors = validators.run_nu(tool, files) if files else {}
    except ToolFailed as exc:
        for lang in groups:
            report.add(not_installed(fmt, lang, "Nu HTML Checker", str(exc), root))
        return
    for lang, group in groups.items():
        every = [(f, f"{_rel(f, root)}:{line}") for f in group for line in errors.get(f, [])]
        # The checker's CSS part predates color-scheme, aspect-ratio, inset …: its CSS findings on inline styles are
        # shown as notes, not failures (the site's own .css files are not given to it at all).
        notes = [text for _f, text in every if _is_css_note(text)]
        found = [text for _f, text in every if not _is_css_note(text)]
        bad = len({f for f, text in every if not _is_css_note(text)})
        if not group:
            report.add(Check(fmt, lang, "Nu HTML Checker", FAILED, ["no HTML pages were found"], target=root))
        elif found:
            detail = f"{len(found)} errors in {bad} of {len(group)} pages"
            report.add(Check(fmt, lang, "Nu HTML Checker", FAILED, found + notes, detail, root))
        else:
            detail = f"{len(group)} pages valid" + (f"; {len(notes)} notes on inline CSS" if notes else "")
            report.add(Check(fmt, lang, "Nu HTML Checker", PASSED, notes, detail, root))


def _is_css_note(text: str) -> bool:
    return ": CSS: " in text


def _axe_checks(
    report: ValidationReport, fmt: str, groups: dict[str | None, list[Path]], root: Path, no_requests: bool
) -> None:
    """axe-core on the given pages per group; with ``no_requests`` also a check that nothing else was loaded."""
    browser = validators.find_axe()
    names = ["axe-core accessibility", *(["no requests"] if no_requests else [])]
    if isinstance(browser, str):
        for lang in groups:
            for name in names:
                report.add(not_installed(fmt, lang, name, browser, root))
        return
    pages = [f for group in groups.values() for f in group]
    try:
        result = validators.run_axe(browser, pages)
    except (ToolFailed, ValueError) as exc:
        for lang in groups:
            for name in names:
                report.add(not_installed(fmt, lang, name, str(exc), root))
        return
    for lang, group in groups.items():
        blocking, notes, requests, unreadable = [], [], [], []
        for page in group:
            rel = _rel(page, root)
            page_result = result["pages"].get(str(page), {"loadError": "the page was not audited"})
            if page_result.get("loadError"):
                unreadable.append(f"{rel}: could not be opened: {page_result['loadError']}")
            for v in page_result.get("violations", []):
                where = ", ".join(v["targets"])
                line = f"{rel}: {v['id']} ({v['impact']}, {v['nodes']} elements): {v['help']} — at {where}"
                (blocking if v["impact"] in BLOCKING_IMPACTS else notes).append(line)
            requests += [f"{rel}: requested {r['url']} ({r['type']})" for r in page_result.get("requests", [])]
        sample = (
            f"{len(group)} pages"
            if fmt != SITE
            else f"{len(group)} sample pages: " + ", ".join(_rel(p, root) for p in group)
        )
        if unreadable or blocking:
            detail = f"{len(blocking)} serious or critical problems; {sample}"
            report.add(Check(fmt, lang, names[0], FAILED, [*unreadable, *blocking, *notes], detail, root))
        else:
            extra = f"; {len(notes)} minor or moderate findings" if notes else ""
            report.add(Check(fmt, lang, names[0], PASSED, notes, f"WCAG 2.1 AA, {sample}{extra}", root))
        if no_requests:
            if requests:
                report.add(Check(fmt, lang, names[1], FAILED, requests, f"{len(requests)} requests", root))
            else:
                report.add(Check(fmt, lang, names[1], PASSED, detail="loads nothing but itself", target=root))


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix() if root.is_dir() else path.name
    except ValueError:
        return str(path)


def _site_groups(site: Path, languages: list[str]) -> tuple[dict[str | None, list[Path]], dict[str | None, list[Path]]]:
    """Every page per language folder (None: the rest), and the pages axe opens: each home and a few sections."""
    every: dict[str | None, list[Path]] = {}
    for page in sorted(site.rglob("*.html")):
        top = page.relative_to(site).parts[0]
        every.setdefault(top if top in languages else None, []).append(page)
    sample: dict[str | None, list[Path]] = {}
    for lang, pages in every.items():
        if lang is None:
            sample[lang] = [p for p in pages if p.parent == site][:1]
            continue
        home = site / lang / "index.html"
        sections = [p for p in pages if p.parent == site / lang and p.name not in ("index.html", "glossary.html")]
        sample[lang] = [p for p in [home, *sections[:AXE_SECTIONS_PER_LANGUAGE]] if p.is_file()]
    for lang in languages:
        every.setdefault(lang, [])
    return every, {lang: pages for lang, pages in sample.items() if pages}


def _check_site(report: ValidationReport, item: Produced, languages: list[str], handbook: Handbook | None) -> None:
    every, sample = _site_groups(item.path, languages)
    _nu_checks(report, SITE, every, item.path)
    _axe_checks(report, SITE, sample, item.path, no_requests=False)


def _check_single_html(report: ValidationReport, item: Produced, languages: list[str], handbook) -> None:
    groups = {item.lang: [item.path]}
    _nu_checks(report, item.format, groups, item.path)
    _axe_checks(report, item.format, groups, item.path, no_requests=True)


# ---------------------------------------------------------------------------------------------- EPUB ---


def _check_epub(report: ValidationReport, item: Produced, languages: list[str], handbook) -> None:
    tool = validators.find_epubcheck()
    if isinstance(tool, str):
        report.add(not_installed(item.format, item.lang, "epubcheck", tool, item.path))
        return
    try:
        errors = validators.run_epubcheck(tool, item.path)
    except ToolFailed as exc:
        report.add(not_installed(item.format, item.lang, "epubcheck", str(exc), item.path))
        return
    if errors:
        report.add(Check(item.format, item.lang, "epubcheck", FAILED, errors, f"{len(errors)} errors", item.path))
    else:
        report.add(Check(item.format, item.lang, "epubcheck", PASSED, detail="valid EPUB 3", target=item.path))


# --------------------------------------------------------------------------------------------- SCORM ---


def _check_scorm(report: ValidationReport, item: Produced, languages: list[str], handbook) -> None:
    from . import validation_scorm

    validation_scorm.check_package(report, item)


# ----------------------------------------------------------------------------------------------- PDF ---


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    text = re.sub(r"-\s*\n\s*", "", text)  # a word hyphenated at a line end
    return " ".join(text.split()).casefold()


def section_titles(handbook: Handbook, lang: str) -> list[str]:
    """The titles of the sections of ``lang`` that exist, as the book formats show them (without rendering)."""
    from ..frontmatter import parse_front_matter, source_title
    from .plan import display_title

    titles = []
    for part in handbook.config.parts:
        for slug in part.sections:
            if handbook.has_section(lang, slug):
                section = handbook.read(lang, slug)
                if section.text is not None:
                    front, body = parse_front_matter(section.text)
                    titles.append(display_title(source_title(front, body), lang, slug))
    return titles


def _check_pdf(report: ValidationReport, item: Produced, languages: list[str], handbook: Handbook | None) -> None:
    data = item.path.read_bytes()
    fmt, lang = item.format, item.lang
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-2048:]:
        report.add(Check(fmt, lang, "opens", FAILED, ["the file is not a complete PDF (no %PDF- header or %%EOF)"]))
        return
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:
        reason = "pypdf is not installed (pip install pypdf), so the pages and the text were not read"
        detail = "a complete PDF file (pages not counted)"
        report.add(Check(fmt, lang, "opens", PASSED, detail=detail, target=item.path))
        report.add(not_installed(fmt, lang, "section titles", reason, item.path))
        return
    try:
        reader = PdfReader(item.path)
        pages = len(reader.pages)
        text = _normalise("\n".join(page.extract_text() or "" for page in reader.pages))
    except (PyPdfError, ValueError, KeyError, OSError) as exc:
        report.add(Check(fmt, lang, "opens", FAILED, [f"pypdf cannot read it: {exc}"], target=item.path))
        return
    if pages == 0:
        report.add(Check(fmt, lang, "opens", FAILED, ["the PDF has no pages"], target=item.path))
        return
    report.add(Check(fmt, lang, "opens", PASSED, detail=f"{pages} pages", target=item.path))
    if handbook is None or lang is None:
        reason = "the section titles are not known here (validate_outputs was called without the handbook)"
        report.add(not_installed(fmt, lang, "section titles", reason, item.path))
        return
    titles = section_titles(handbook, lang)
    missing = [f"«{title}» is not in the text" for title in titles if _normalise(title) not in text]
    if missing:
        detail = f"{len(missing)} of {len(titles)} titles missing"
        report.add(Check(fmt, lang, "section titles", FAILED, missing, detail, item.path))
    else:
        report.add(Check(fmt, lang, "section titles", PASSED, detail=f"all {len(titles)} found", target=item.path))


_CHECKERS: dict[str, Callable[[ValidationReport, Produced, list[str], Handbook | None], None]] = {
    SITE: _check_site,
    "html": _check_single_html,
    "epub": _check_epub,
    "scorm12": _check_scorm,
    "scorm2004": _check_scorm,
    "pdf": _check_pdf,
}
