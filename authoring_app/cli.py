"""``handbook``: every capability of Handbook Studio without a window.

Exit codes: 0 all is well, 1 problems were found, 2 the handbook (or the input) cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .cli_common import EXIT_CANNOT_LOAD, EXIT_OK, load_handbook
from .core.problems import HandbookLoadError

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
    from .core.segments import segment_section

    handbook = load_handbook(args.dir)
    if handbook is None:
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

    from .cli_export import register as register_export

    register_export(commands)

    segments = commands.add_parser("segments", help="list the segments of a section (for translators and tools)")
    segments.add_argument("dir", help="the handbook folder")
    segments.add_argument("section", help="the section name, e.g. 01-blended-learning")
    segments.add_argument("--language", help="the language (default: the source language)")
    segments.add_argument("--json", action="store_true", help="print JSON")
    segments.set_defaults(func=_cmd_segments)

    from .cli_translation import register

    register(commands)
    from .cli_backup import register as register_backup

    register_backup(commands)
    from .cli_encoding import register as register_encoding

    register_encoding(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the export's render workers start this program again when frozen and spawned
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
