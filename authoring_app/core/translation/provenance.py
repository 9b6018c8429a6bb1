"""Where each translated segment came from: the source text it was translated from, kept next to the handbook.

One file per language and section, ``.handbook/<lang>/<slug>.provenance``: plain text, one record a line, sorted,
so that git diffs and merges it like any other text. A record says: the target segment with this fingerprint was
translated from the segment of language ``from`` whose fingerprint and text were these::

    # Handbook Studio: where the translations of ru/02-flipped-classroom.md come from.
    # target fingerprint <TAB> from <TAB> source fingerprint <TAB> source text (\\n, \\t and \\\\ escaped)
    0b3c…	bg	9f21…	Обърнатата класна стая …

A target segment is keyed by its own fingerprint, which ignores whitespace and line wrapping: re-wrapping a
translation keeps its record, and editing it makes a new one when it is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..atomic import atomic_write_text
from ..handbook import STATE_DIR, Handbook

SUFFIX = ".provenance"
HEADER = (
    "# Handbook Studio: where the translations of {lang}/{slug}.md come from.\n"
    "# target fingerprint <TAB> from <TAB> source fingerprint <TAB> source text (\\n, \\t and \\\\ escaped)\n"
)


@dataclass(frozen=True)
class Origin:
    """The source segment a translation was made from."""

    lang: str
    fingerprint: str
    text: str


def provenance_path(handbook: Handbook, lang: str, slug: str) -> Path:
    return handbook.root / STATE_DIR / lang / f"{slug}{SUFFIX}"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out: list[str] = []
    chars = iter(text)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        following = next(chars, "")
        out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(following, following))
    return "".join(out)


def read_provenance(handbook: Handbook, lang: str, slug: str) -> dict[str, Origin]:
    """The records of a section's translation (empty when there are none, or the file cannot be read)."""
    path = provenance_path(handbook, lang, slug)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    records: dict[str, Origin] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t", 3)
        if len(parts) != 4:
            continue  # a line a merge broke: that segment simply has no record
        target, source_lang, source_fp, source_text = parts
        records[target] = Origin(source_lang, source_fp, _unescape(source_text))
    return records


def format_provenance(lang: str, slug: str, records: dict[str, Origin]) -> str:
    lines = [HEADER.format(lang=lang, slug=slug)]
    for target in sorted(records):
        origin = records[target]
        lines.append(f"{target}\t{origin.lang}\t{origin.fingerprint}\t{_escape(origin.text)}\n")
    return "".join(lines)


def write_provenance(handbook: Handbook, lang: str, slug: str, records: dict[str, Origin]) -> bool:
    """Write the records (atomically); False when the file already said exactly this."""
    path = provenance_path(handbook, lang, slug)
    text = format_provenance(lang, slug, records)
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, text)
    return True
