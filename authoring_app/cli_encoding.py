"""``handbook convert-encoding``: a section file saved in Windows-1251 (or another legacy encoding) becomes UTF-8.

The same conversion the app offers when such a file is opened: the original bytes are kept in the user's data
folder (next to the recovery copies), the file is replaced in one step, its line ends stay.
"""

from __future__ import annotations

import argparse
import sys

from .cli_common import EXIT_CANNOT_LOAD, EXIT_OK, EXIT_PROBLEMS, load_handbook


def _cmd_convert_encoding(args: argparse.Namespace) -> int:
    from .core.editing import RecoveryStore
    from .core.encoding import ConversionError, convert_to_utf8, encoding_name, guess_encoding, read_limited

    handbook = load_handbook(args.dir)
    if handbook is None:
        return EXIT_CANNOT_LOAD
    relative = args.file.replace("\\", "/").strip("/")
    path = handbook.root / relative
    if not relative.endswith(".md") or relative.count("/") != 1 or not handbook.is_inside(path):
        print(
            f"handbook convert-encoding: {args.file}: name a section file inside the handbook as LANG/SECTION.md, "
            "e.g. ru/01-blended-learning.md",
            file=sys.stderr,
        )
        return EXIT_CANNOT_LOAD
    try:
        raw = read_limited(path)  # no larger than a section may be
    except ConversionError as error:
        print(f"handbook convert-encoding: {relative}: {error}", file=sys.stderr)
        return EXIT_CANNOT_LOAD
    encoding = args.source_encoding or guess_encoding(raw)
    if encoding is None:
        try:
            raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            print(
                f"handbook convert-encoding: {relative}: the encoding cannot be told for sure; name it with --from "
                "(e.g. --from cp1251, koi8-r, cp866)",
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
        print(f"{relative} is UTF-8 already: nothing to do.")
        return EXIT_OK
    lang = relative.split("/", 1)[0]
    try:
        conversion = convert_to_utf8(path, encoding, RecoveryStore().originals_folder(handbook.root, lang))
    except ConversionError as error:
        print(f"handbook convert-encoding: {relative}: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(
        f"Converted {relative} from {encoding_name(conversion.encoding)} to UTF-8; the original bytes are kept in "
        f"{conversion.backup}"
    )
    return EXIT_OK


def register(commands: argparse._SubParsersAction) -> None:
    convert = commands.add_parser(
        "convert-encoding",
        help="convert a section file from Windows-1251 (or another legacy encoding) to UTF-8",
        description="Rewrite a section file as UTF-8, keeping its line ends and a copy of the original bytes.",
    )
    convert.add_argument("dir", help="the handbook folder")
    convert.add_argument("file", help="the section file, e.g. ru/01-blended-learning.md")
    convert.add_argument(
        "--from",
        dest="source_encoding",
        metavar="ENCODING",
        help="the file's encoding (default: recognised when it is Windows-1251 or UTF-16), e.g. cp1251, koi8-r",
    )
    convert.set_defaults(func=_cmd_convert_encoding)
