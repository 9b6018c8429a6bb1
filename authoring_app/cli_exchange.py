"""``handbook xliff`` and ``handbook po``: hand a language's segments to CAT tools and take translations back."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .cli_common import EXIT_CANNOT_LOAD, EXIT_OK, EXIT_PROBLEMS, load_handbook

FORMATS = {"xliff": "XLIFF 1.2", "po": "gettext PO"}


def _cmd_export(args: argparse.Namespace) -> int:
    from .core.translation.po_exchange import export_po
    from .core.translation.xliff_exchange import export_xliff

    handbook = load_handbook(args.dir)
    if handbook is None:
        return EXIT_CANNOT_LOAD
    if args.language not in handbook.config.target_languages:
        known = ", ".join(handbook.config.target_languages)
        print(
            f"handbook: {args.language!r} is not a target language of this handbook (known: {known})", file=sys.stderr
        )
        return EXIT_CANNOT_LOAD
    started = time.perf_counter()
    export = export_xliff if args.format == "xliff" else export_po
    try:
        units = export(handbook, args.language, Path(args.output))
    except OSError as exc:
        print(f"handbook: cannot write {args.output}: {exc.strerror or exc}; choose another -o path", file=sys.stderr)
        return EXIT_CANNOT_LOAD
    counts: dict[str, int] = {}
    for unit in units:
        counts[unit.status] = counts.get(unit.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    print(
        f"{args.output}: {len(units)} units of {args.language} ({summary}) as {FORMATS[args.format]} "
        f"in {time.perf_counter() - started:.2f} s"
    )
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from .core.translation.exchange import ExchangeFileError
    from .core.translation.po_exchange import import_po
    from .core.translation.xliff_exchange import import_xliff

    handbook = load_handbook(args.dir)
    if handbook is None:
        return EXIT_CANNOT_LOAD
    started = time.perf_counter()
    read = import_xliff if args.format == "xliff" else import_po
    try:
        lang, report = read(handbook, Path(args.file))
    except ExchangeFileError as exc:
        print(f"handbook: {exc}", file=sys.stderr)
        return EXIT_CANNOT_LOAD
    except OSError as exc:
        print(f"handbook: cannot write the translation: {exc.strerror or exc} ({exc.filename})", file=sys.stderr)
        return EXIT_CANNOT_LOAD
    for message in report.refused:
        print(f"refused {message}", file=sys.stderr)
    files = ", ".join(report.files) if report.files else "no file changed"
    print(
        f"{lang}: {len(report.written)} segments written ({files}), {len(report.confirmed)} confirmed up to date, "
        f"{report.unchanged} unchanged, {len(report.refused)} refused, in {time.perf_counter() - started:.2f} s"
    )
    return EXIT_PROBLEMS if report.refused else EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``xliff`` and ``po`` (each with ``export`` and ``import``) to ``handbook``."""
    for name, title in FORMATS.items():
        suffix = "xlf" if name == "xliff" else "po"
        group = commands.add_parser(
            name,
            help=f"exchange translations with CAT tools as {title}",
            description=f"Export a language's segments as {title} for a CAT tool, and import the translations.",
        )
        actions = group.add_subparsers(dest="action", metavar="{export,import}", required=True)
        export = actions.add_parser(
            "export",
            help=f"write one {title} unit per segment of a language",
            description="One unit per segment of every section (against its pivot, as `handbook status` compares), "
            "with the current translation, its state and a note with the place and, when outdated, what changed. "
            "Markdown that must not change (links, code, HTML, ids, markers) is protected as placeholders.",
        )
        export.add_argument("dir", help="the handbook folder")
        export.add_argument("--language", required=True, help="the target language, e.g. ru")
        export.add_argument("-o", "--output", required=True, help=f"the file to write, e.g. ru.{suffix}")
        export.set_defaults(func=_cmd_export, format=name)
        imp = actions.add_parser(
            "import",
            help=f"write the translations of a {title} file into the handbook",
            description="Each unit whose translation differs from the file's replaces exactly that segment. Refused "
            "(the rest still imports, exit 1): units whose source or translation changed since the export, and "
            "units whose placeholders did not all come back. A missing section file is created only when every "
            "segment of it is translated. Exit 2: the file cannot be read.",
        )
        imp.add_argument("dir", help="the handbook folder")
        imp.add_argument("file", help=f"the {title} file, e.g. ru.{suffix}")
        imp.set_defaults(func=_cmd_import, format=name)
