"""``handbook``: every capability of Handbook Studio without a window.

Exit codes: 0 all is well, 1 problems were found, 2 the handbook (or the input) cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from . import __version__
from .core.problems import HandbookLoadError

EXIT_OK, EXIT_PROBLEMS, EXIT_CANNOT_LOAD = 0, 1, 2


# Each command imports what it needs when it runs, so that a quick command starts quickly.


def _cmd_new(args: argparse.Namespace) -> int:
    from .core.scaffold import create_handbook

    languages = [lang.strip() for lang in args.languages.split(",")]
    try:
        config = create_handbook(Path(args.dir), languages, args.source, args.title)
    except HandbookLoadError as exc:
        print(f"handbook new: {exc.problem.message}", file=sys.stderr)
        return EXIT_CANNOT_LOAD
    print(
        f"Created a handbook in {args.dir} (source {config.source_language}; languages "
        f"{', '.join(config.languages)}). Write in {args.dir}/{config.source_language}/, then run "
        f"'handbook check {args.dir}'."
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from .core.check import check_handbook

    report = check_handbook(Path(args.dir))
    if args.json:
        payload = {
            "handbook": str(args.dir),
            "exit_code": report.exit_code,
            "files_checked": report.files_checked,
            "errors": len(report.errors) if report.load_error is None else 1,
            "warnings": len(report.warnings),
            "problems": [p.to_json() for p in report.ordered()],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return report.exit_code
    for problem in report.ordered():
        print(problem.format())
    if report.load_error is not None:
        print(
            "The handbook cannot be loaded: correct the file named above and run the check again.",
            file=sys.stderr,
        )
    else:
        errors, warnings = len(report.errors), len(report.warnings)
        print(
            f"{report.files_checked} files checked: {errors} error{'s' * (errors != 1)}, "
            f"{warnings} warning{'s' * (warnings != 1)}.",
            file=sys.stderr,
        )
    return report.exit_code


def _cmd_segments(args: argparse.Namespace) -> int:
    from .core.handbook import Handbook
    from .core.segments import segment_section

    try:
        handbook = Handbook.load(Path(args.dir))
    except HandbookLoadError as exc:
        print(exc.problem.format(), file=sys.stderr)
        return EXIT_CANNOT_LOAD
    lang = args.language or handbook.config.source_language
    section = handbook.read(lang, args.section)
    if section.text is None:
        print(
            section.problem.format() if section.problem else f"cannot read {lang}/{args.section}.md",
            file=sys.stderr,
        )
        return EXIT_CANNOT_LOAD
    segments = segment_section(section.text)
    if args.json:
        print(json.dumps([s.to_json() for s in segments], ensure_ascii=False, indent=2))
    else:
        for segment in segments:
            first = segment.text.split("\n", 1)[0]
            print(f"{segment.start:>4}-{segment.end:<4} {segment.shape:<14} {segment.fingerprint}  {first[:60]}")
    return EXIT_OK


class _ProgressBar:
    """A one-line progress bar on a terminal's standard error; silent when it is not a terminal."""

    STAGES: ClassVar[dict[str, str]] = {
        "render": "rendering",
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
    from .core.export.site import ExportError, export_site

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        print(
            f"handbook export: unknown format {', '.join(unknown)}; available: {', '.join(EXPORT_FORMATS)}",
            file=sys.stderr,
        )
        return EXIT_CANNOT_LOAD
    languages = [lang.strip() for lang in args.languages.split(",")] if args.languages else None
    bar = _ProgressBar(not args.quiet)
    try:
        result = export_site(
            Path(args.dir), Path(args.output), languages=languages, progress=bar, base_url=args.base_url
        )
    except HandbookLoadError as exc:
        bar.finish()
        print(exc.problem.format(), file=sys.stderr)
        return EXIT_CANNOT_LOAD
    except ExportError as exc:
        bar.finish()
        print(f"handbook export: {exc}", file=sys.stderr)
        return EXIT_CANNOT_LOAD
    except OSError as exc:
        bar.finish()
        print(f"handbook export: cannot write {exc.filename or args.output}: {exc.strerror}", file=sys.stderr)
        return EXIT_CANNOT_LOAD
    bar.finish()
    for problem in result.problems:
        print(problem.format())
    if not args.quiet:
        sizes = ", ".join(f"{lang} {size / 1024:.0f} KB" for lang, size in result.search_bytes.items())
        print(
            f"Exported the website to {result.out} in {result.seconds:.1f} s: {result.pages} files, "
            f"{result.rendered} sections rendered, {result.reused} files unchanged since the last export, "
            f"{len(result.media)} media files; "
            f"search index {sizes}.",
            file=sys.stderr,
        )
        if not args.base_url:
            print(
                "sitemap.xml lists addresses relative to the site; give --base-url https://… for absolute ones, "
                "which search engines need.",
                file=sys.stderr,
            )
    return EXIT_PROBLEMS if result.problems else EXIT_OK


EXPORT_FORMATS = ("site",)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="handbook",
        description="Write, check and publish a multilingual handbook (Handbook Studio without the window).",
        epilog="Exit codes: 0 all is well, 1 problems were found, 2 the handbook cannot be loaded.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s (Handbook Studio) {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = commands.add_parser(
        "new",
        help="create a new, empty handbook",
        description="Create a new handbook with one part and one section to start from.",
    )
    new.add_argument("dir", help="the folder to create (must not exist or be empty)")
    new.add_argument("--languages", required=True, help="language codes, source first: bg,ru,en")
    new.add_argument("--source", help="the source language (default: the first of --languages)")
    new.add_argument("--title", help="the handbook's title in the source language")
    new.set_defaults(func=_cmd_new)

    check = commands.add_parser(
        "check",
        help="find broken links, missing media, front-matter errors …",
        description="Check a handbook. Prints 'path:line: error|warning: message'.",
    )
    check.add_argument("dir", help="the handbook folder (the one with handbook.toml)")
    check.add_argument("--json", action="store_true", help="print the findings as JSON")
    check.set_defaults(func=_cmd_check)

    export = commands.add_parser(
        "export",
        help="publish the handbook (a website that also works offline)",
        description="Export the handbook. The output folder is replaced in one step; a "
        "failed export leaves the previous one as it was.",
    )
    export.add_argument("dir", help="the handbook folder")
    export.add_argument("-o", "--output", required=True, help="the output folder (new, empty, or an earlier export)")
    export.add_argument("--format", default="site", help="what to make: site (default)")
    export.add_argument("--languages", help="only these languages, e.g. bg,ru (default: all)")
    export.add_argument("--base-url", help="the address the site will have, for absolute URLs in sitemap.xml")
    export.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    export.set_defaults(func=_cmd_export)

    segments = commands.add_parser("segments", help="list the segments of a section (for translators and tools)")
    segments.add_argument("dir", help="the handbook folder")
    segments.add_argument("section", help="the section name, e.g. 01-blended-learning")
    segments.add_argument("--language", help="the language (default: the source language)")
    segments.add_argument("--json", action="store_true", help="print JSON")
    segments.set_defaults(func=_cmd_segments)

    from .cli_translation import register

    register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_OK
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
