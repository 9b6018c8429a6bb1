"""Section files in a legacy encoding (Windows-1251, KOI8-R, UTF-16…): recognising them and converting them to UTF-8.

Every section is UTF-8; a file saved by an old editor in Windows-1251 is refused on reading with a message that
names the encoding when it is likely (:func:`~authoring_app.core.handbook.decode_section`). Here is what turns such
a file into UTF-8 without losing anything: the original bytes are copied to a backup first, the new file replaces
the old in one step, and the line ends stay as they were (only the characters' encoding changes).
"""

from __future__ import annotations

import codecs
import time
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_write_bytes
from .handbook import MAX_SECTION_BYTES, looks_like_cp1251
from .ui_text import QT_TRANSLATE_NOOP

#: The context in which the GUI translates the names below.
NAMES_CONTEXT = "Encoding"
#: The encodings the app offers to convert from, with what they were used for (the GUI's list, translated there
#: with ``QCoreApplication.translate(NAMES_CONTEXT, name)``; the CLI's --from).
LEGACY_ENCODINGS: dict[str, str] = {
    "cp1251": QT_TRANSLATE_NOOP("Encoding", "Windows-1251 (Cyrillic)"),
    "koi8-r": QT_TRANSLATE_NOOP("Encoding", "KOI8-R (Russian)"),
    "koi8-u": QT_TRANSLATE_NOOP("Encoding", "KOI8-U (Ukrainian)"),
    "cp866": QT_TRANSLATE_NOOP("Encoding", "DOS 866 (Cyrillic)"),
    "iso8859-5": QT_TRANSLATE_NOOP("Encoding", "ISO 8859-5 (Cyrillic)"),
    "mac-cyrillic": QT_TRANSLATE_NOOP("Encoding", "Mac Cyrillic"),
    "utf-16": QT_TRANSLATE_NOOP("Encoding", "UTF-16 (Windows “Unicode”)"),
    "cp1252": QT_TRANSLATE_NOOP("Encoding", "Windows-1252 (Western European)"),
    "cp1254": QT_TRANSLATE_NOOP("Encoding", "Windows-1254 (Turkish)"),
}

#: Why a conversion failed (:attr:`ConversionError.code`).
UNKNOWN_ENCODING, UNDECODABLE, UNREADABLE, TOO_LARGE, UNWRITABLE = (
    "unknown-encoding",
    "undecodable",
    "unreadable",
    "too-large",
    "unwritable",
)


class ConversionError(Exception):
    """The file cannot be converted as asked; the message says what and what to do (in English, for the CLI).

    The GUI words it itself, translated, from ``code`` (one of the constants above), ``encoding``, ``line`` (the
    first line that does not decode), ``size`` (bytes) and ``reason`` (the system's reason, when unreadable or
    unwritable).
    """

    def __init__(
        self,
        message: str,
        code: str,
        *,
        encoding: str = "",
        line: int = 0,
        size: int = 0,
        reason: str = "",
    ) -> None:
        super().__init__(message)
        self.code = code
        self.encoding = encoding
        self.line = line
        self.size = size
        self.reason = reason


def read_limited(path: Path) -> bytes:
    """The bytes of section file ``path``; raises :class:`ConversionError` when it cannot be read or is larger
    than a section may be (:data:`~authoring_app.core.handbook.MAX_SECTION_BYTES`)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_SECTION_BYTES:
            raise ConversionError(
                f"the file is {size // 1048576} MB, too large for a section: split it into several sections",
                TOO_LARGE,
                size=size,
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_SECTION_BYTES + 1)  # it may have grown since
    except OSError as error:
        reason = str(error.strerror or error)
        raise ConversionError(f"cannot read the file: {reason}", UNREADABLE, reason=reason) from error
    if len(raw) > MAX_SECTION_BYTES:
        raise ConversionError(
            f"the file is larger than {MAX_SECTION_BYTES // 1048576} MB, too large for a section: split it into "
            "several sections",
            TOO_LARGE,
            size=len(raw),
        )
    return raw


@dataclass(frozen=True)
class Conversion:
    """A file converted to UTF-8: where it is, where its original bytes were kept, and what it was."""

    path: Path
    backup: Path
    encoding: str
    text: str


def encoding_name(encoding: str) -> str:
    """A person's name for ``encoding`` ("Windows-1251 (Cyrillic)", English: the GUI translates it), or the codec
    name itself."""
    return LEGACY_ENCODINGS.get(_canonical(encoding), encoding)


def guess_encoding(raw: bytes) -> str | None:
    """The legacy encoding ``raw`` is most likely in, or None when it is UTF-8 already or cannot be told.

    UTF-16 is recognised by its byte order mark; Windows-1251 by reading mostly as Cyrillic letters. Other
    single-byte encodings decode any bytes at all, so they are never guessed: the user picks them.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return "cp1251" if looks_like_cp1251(raw) else None
    return None


def decode(raw: bytes, encoding: str) -> str:
    """``raw`` read as ``encoding``; raises :class:`ConversionError` (naming the place) when it does not decode."""
    try:
        text = raw.decode(_canonical(encoding))
    except LookupError as error:
        raise ConversionError(
            f"'{encoding}' is not an encoding this app knows", UNKNOWN_ENCODING, encoding=encoding
        ) from error
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConversionError(
            f"line {line} cannot be read as {encoding_name(encoding)}: the file is in another encoding",
            UNDECODABLE,
            encoding=_canonical(encoding),
            line=line,
        ) from error
    return text.removeprefix("\ufeff")


def preview(raw: bytes, encoding: str, lines: int = 8) -> str:
    """The first ``lines`` lines of ``raw`` read as ``encoding`` (undecodable bytes shown as �), for a person to
    judge whether the encoding is right."""
    try:
        text = raw[: 64 * 1024].decode(_canonical(encoding), errors="replace")
    except LookupError:
        return ""
    return "\n".join(text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")[:lines])


def convert_to_utf8(path: Path, encoding: str, backup_folder: Path) -> Conversion:
    """Rewrite ``path`` (in ``encoding``) as UTF-8, after copying its bytes into ``backup_folder``.

    The text is decoded strictly (a wrong encoding is refused, nothing is written), the original bytes are kept as
    ``<name>.<encoding>-<time>.bak`` and only then the UTF-8 file replaces the old one atomically. Line ends are
    kept exactly; a UTF-16 byte order mark is dropped (UTF-8 files of the handbook carry none).
    """
    path = Path(path)
    raw = read_limited(path)
    text = decode(raw, encoding)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = Path(backup_folder) / f"{path.name}.{_canonical(encoding)}-{stamp}.bak"
    try:
        atomic_write_bytes(backup, raw)
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as error:
        reason = str(error.strerror or error)
        raise ConversionError(
            f"{path.name} could not be converted: {reason}. The file is unchanged; check the "
            "folder's permissions and free space, then try again.",
            UNWRITABLE,
            encoding=_canonical(encoding),
            reason=reason,
        ) from error
    return Conversion(path, backup, _canonical(encoding), text)


def _canonical(encoding: str) -> str:
    """The codec name as listed in :data:`LEGACY_ENCODINGS` (``windows-1251`` → ``cp1251``)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return next((key for key in LEGACY_ENCODINGS if codecs.lookup(key).name == name), name)
