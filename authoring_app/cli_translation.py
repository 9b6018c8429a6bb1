"""The translators' commands of ``handbook``: ``status`` and ``track`` (more join them: XLIFF and PO exchange)."""

from __future__ import annotations

import argparse
import json
import sys

from .cli_common import EXIT_CANNOT_LOAD, EXIT_OK, EXIT_PROBLEMS, load_handbook


def _choice(value: str | None, known: list[str], what: str) -> list[str] | bool | None:
    """The comma-separated ``value`` as a list (None: all); False after saying on stderr what is unknown."""
    if not value:
        return None
    chosen = [item.strip() for item in value.split(",") if item.strip()]
    unknown = [item for item in chosen if item not in known]
    if unknown:
        print(f"handbook: unknown {what}: {', '.join(unknown)} (known: {', '.join(known)})", file=sys.stderr)
        return False
    return chosen


def _cmd_status(args: argparse.Namespace) -> int:
    from .core.translation.status import STATUSES, handbook_status

    handbook = load_handbook(args.dir)
    if handbook is None:
        return EXIT_CANNOT_LOAD
    config = handbook.config
    languages = _choice(args.language, config.target_languages, "language")
    sections = _choice(args.section, config.sections, "section")
    if languages is False or sections is False:
        return EXIT_CANNOT_LOAD
    status = handbook_status(handbook, languages, sections)  # type: ignore[arg-type]
    # A file that exists but cannot be read is a problem to fix, not "no translation yet".
    problems = {
        (problem["file"], problem["line"]): problem
        for entry in status["languages"].values()  # type: ignore[union-attr]
        for section in entry["sections"].values()
        for problem in section["problems"]
    }
    exit_code = EXIT_PROBLEMS if problems else EXIT_OK
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
        return exit_code
    width = max([len(slug) for slug in config.sections] + [7])
    for lang, entry in status["languages"].items():  # type: ignore[union-attr]
        print(f"{lang} (translated from {entry['pivot']})")
        print(f"  {'section':<{width}}  " + "  ".join(f"{name:>10}" for name in STATUSES))
        for slug, section in entry["sections"].items():
            counts = section["counts"]
            note = "" if section["file_exists"] else "  (no file yet)"
            if section["problems"]:
                note = "  (cannot be read: see below)"
            print(f"  {slug:<{width}}  " + "  ".join(f"{counts[name]:>10}" for name in STATUSES) + note)
            if sections is None:
                continue
            for segment in section["segments"]:
                if segment["status"] == "translated":
                    continue
                where = (
                    f"{lang}/{slug}.md:{segment['target_line']}"
                    if segment["target_line"]
                    else (f"{entry['pivot']}/{slug}.md:{segment['source_line']}")
                )
                print(f"    {where}: {segment['status']} {segment['kind']} ({segment['key']})")
                if segment["diff"]:
                    print(f"      {segment['diff']}")
        print()
    for problem in problems.values():
        where = problem["file"] + (f":{problem['line']}" if problem["line"] else "")
        print(f"{where}: {problem['severity']}: {problem['message']}", file=sys.stderr)
    if problems:
        print(
            f"{len(problems)} file{'s' * (len(problems) != 1)} could not be read, so the status of what depends "
            "on them is unknown: correct them and run the status again.",
            file=sys.stderr,
        )
    return exit_code


def _cmd_track(args: argparse.Namespace) -> int:
    from .core.translation.tracking import track_handbook

    handbook = load_handbook(args.dir)
    if handbook is None:
        return EXIT_CANNOT_LOAD
    languages = _choice(args.language, handbook.config.target_languages, "language")
    if languages is False:
        return EXIT_CANNOT_LOAD
    result = track_handbook(handbook, languages)  # type: ignore[arg-type]
    print(
        f"{result.recorded} translated segments now have their origin recorded "
        f"({result.files} files under .handbook/ written)"
    )
    return EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:
    """Add the translators' commands to ``handbook``."""
    status = commands.add_parser(
        "status",
        help="how far each translation is, segment by segment",
        description="Per language and section: segments translated, outdated (the source changed since; with "
        "what changed), missing and extra. A language with a pivot is compared with its pivot.",
    )
    status.add_argument("dir", help="the handbook folder")
    status.add_argument("--json", action="store_true", help="print JSON (every segment, with diffs)")
    status.add_argument("--language", help="only these target languages, e.g. ru,kk")
    status.add_argument("--section", help="only these sections (and list their segments that need work)")
    status.set_defaults(func=_cmd_status)

    track = commands.add_parser(
        "track",
        help="start tracking translations: record the current source as their origin",
        description="Give every translated segment that has no record yet the current source text as its origin "
        "(under .handbook/). Running it again records nothing new.",
    )
    track.add_argument("dir", help="the handbook folder")
    track.add_argument("--language", help="only these target languages")
    track.set_defaults(func=_cmd_track)

    from . import cli_exchange

    cli_exchange.register(commands)
