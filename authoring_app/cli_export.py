"""``handbook export``: the website, SCORM packages, EPUB books, single HTML files and PDFs — and proof they are sound.

``--format site`` (the default) makes the website in OUT itself, as before. With other formats OUT holds one file per
language and format (``handbook-<lang>-scorm12.zip`` …), the website in ``OUT/site/`` when it is asked for too, and
with ``--validate`` a report of what the installed validators found (``OUT/report.html``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import ClassVar

from .cli_common import EXIT_CANNOT_LOAD, EXIT_OK, EXIT_PROBLEMS, load_handbook
from .core.problems import Problem


class _ProgressBar:
    """A one-line progress bar on a terminal's standard error; silent when it is not a terminal."""

    STAGES: ClassVar[dict[str, str]] = {
        "render": "rendering",
        "scorm12": "SCORM 1.2",
        "scorm2004": "SCORM 2004",
        "epub": "EPUB",
        "html": "single HTML",
        "pdf": "PDF",
        "validate": "validating",
        "pages": "laying out",
        "search": "search index",
        "write": "writing",
    }

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.last = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        width = 30
        filled = int(width * done / total)
        line = f"\r{self.STAGES.get(stage, stage):<13} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        if line != self.last:
            sys.stderr.write(line)
            sys.stderr.flush()
            self.last = line

    def finish(self) -> None:
        if self.enabled and self.last:
            sys.stderr.write("\r" + " " * len(self.last) + "\r")
            sys.stderr.flush()


def _cmd_export(args: argparse.Namespace) -> int:
    from .core.export.formats import BOOK_FORMATS, SITE, Produced, parse_formats
    from .core.export.site import ExportError, export_site

    formats, unknown = parse_formats(args.format)
    if unknown or not formats:
        available = ", ".join([*BOOK_FORMATS, SITE, "all"])
        print(
            f"handbook export: unknown format {', '.join(unknown) or args.format!r}; available: {available}",
            file=sys.stderr,
        )
        return EXIT_CANNOT_LOAD
    handbook = load_handbook(args.dir)
    if handbook is None:
        return EXIT_CANNOT_LOAD
    config = handbook.config
    languages = [lang.strip() for lang in args.languages.split(",")] if args.languages else list(config.languages)
    unknown_languages = [lang for lang in languages if lang not in config.languages]
    if unknown_languages:
        print(
            f"handbook export: unknown language {', '.join(unknown_languages)}; the handbook has "
            f"{', '.join(config.languages)}",
            file=sys.stderr,
        )
        return EXIT_CANNOT_LOAD
    out = Path(args.output).expanduser()
    only_site = formats == [SITE]
    problems: list[Problem] = []
    produced: list[Produced] = []
    bar = _ProgressBar(not args.quiet)
    try:
        if SITE in formats:
            site_out = out if only_site else out / "site"
            result = export_site(handbook.root, site_out, languages=languages, progress=bar, base_url=args.base_url)
            bar.finish()
            problems += result.problems
            produced.append(Produced(SITE, None, result.out))
            if not args.quiet:
                _say_site(result, args.base_url)
        books = [BOOK_FORMATS[key] for key in formats if key in BOOK_FORMATS]
        if books:
            out.mkdir(parents=True, exist_ok=True)
        for index, fmt in enumerate(books):
            for number, lang in enumerate(languages):
                bar(fmt.key, index * len(languages) + number, len(books) * len(languages))
                target = out / fmt.output_name(lang)
                problems += fmt.build(handbook, lang, target)
                produced.append(Produced(fmt.key, lang, target))
        bar.finish()
    except ExportError as exc:
        bar.finish()
        print(f"handbook export: {exc}", file=sys.stderr)
        return EXIT_CANNOT_LOAD
    except OSError as exc:
        bar.finish()
        print(f"handbook export: cannot write {exc.filename or out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_CANNOT_LOAD
    for problem in _unique(problems):
        print(problem.format())
    if not args.quiet:
        for item in produced:
            if item.format != SITE:
                print(f"Wrote {item.path}", file=sys.stderr)
    failed = False
    if args.validate:
        from .core.export.validation import validate_outputs

        report = validate_outputs(produced, languages, progress=bar, handbook=handbook)
        bar.finish()
        # Beside the files it judges; next to the website's folder when that folder is the whole output.
        report_path = report.write_html(out.parent / f"{out.name}-report.html" if only_site else out / "report.html")
        for line in report.summary_lines():
            print(line)
        print(f"The validation report is in {report_path}", file=sys.stderr)
        failed = report.failed
    return EXIT_PROBLEMS if problems or failed else EXIT_OK


def _unique(problems: list[Problem]) -> list[Problem]:
    """A problem of a section shows once, not once per format that met it."""
    seen: set[str] = set()
    unique = []
    for problem in problems:
        text = problem.format()
        if text not in seen:
            seen.add(text)
            unique.append(problem)
    return unique


def _say_site(result, base_url: str | None) -> None:
    sizes = ", ".join(f"{lang} {size / 1024:.0f} KB" for lang, size in result.search_bytes.items())
    print(
        f"Exported the website to {result.out} in {result.seconds:.1f} s: {result.pages} files, "
        f"{result.rendered} sections rendered, {result.reused} files unchanged since the last export, "
        f"{len(result.media)} media files; search index {sizes}.",
        file=sys.stderr,
    )
    if not base_url:
        print(
            "sitemap.xml lists addresses relative to the site; give --base-url https://… for absolute ones, "
            "which search engines need.",
            file=sys.stderr,
        )


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="publish the handbook: website, SCORM, EPUB, one HTML file, PDF",
        description="Export the handbook. --format site (default) makes the website in OUT; other formats make "
        "one file per language in OUT (handbook-<lang>-scorm12.zip, handbook-<lang>.epub …). Output is replaced "
        "in one step: a failed export leaves the previous one as it was.",
    )
    export.add_argument("dir", help="the handbook folder")
    export.add_argument("-o", "--output", required=True, help="the output folder (new, empty, or an earlier export)")
    export.add_argument(
        "--format",
        default="site",
        help="what to make, comma-separated: site, scorm12, scorm2004, epub, html, pdf, or all (default: site)",
    )
    export.add_argument("--languages", help="only these languages, e.g. bg,ru (default: all)")
    export.add_argument("--base-url", help="the address the site will have, for absolute URLs in sitemap.xml")
    export.add_argument(
        "--validate",
        action="store_true",
        help="check the results with the validators that are installed and write report.html",
    )
    export.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    export.set_defaults(func=_cmd_export)
