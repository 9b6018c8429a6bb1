"""A section as a list of segments: the units translators work in and provenance is kept for.

Segments are the front-matter title and summary, headings, paragraphs, list items, tables, code blocks, dialect
blocks (one per tab in a tab set), definition-list entries, quotes, footnotes and abbreviations. Each carries its
kind, its source lines, its text and a fingerprint that ignores whitespace and line wrapping, so re-wrapping a
paragraph never makes a translation look outdated.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .blocks import ABBR_RE, ATX_RE, DEFINITION_RE, DIALECT_OPEN_RE, INDENTED_RE, UNREAD_RE, Block, split_blocks
from .frontmatter import FrontMatter, parse_front_matter
from .render.tree_passes import heading_slug

ATTR_ID_RE = re.compile(r"\{[^}]*#([^\s}]+)[^}]*\}\s*$")
ATTR_RE = re.compile(r"\s*\{[^}]*\}\s*$")
FOOTNOTE_ID_RE = re.compile(r"^ {0,3}\[\^([^\]]+)\]:")
ABBR_TERM_RE = ABBR_RE

#: Block kinds that become one segment each, under the segment kind given here.
SIMPLE_KINDS = {"paragraph": "paragraph", "table": "table", "code": "code", "quote": "quote", "html": "html"}


def normalize(text: str) -> str:
    """Text with every run of whitespace (line ends included) made one space: what a fingerprint sees."""
    return " ".join(text.split())


def fingerprint(text: str) -> str:
    return hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Segment:
    kind: str
    start: int
    end: int
    text: str
    fingerprint: str
    #: heading level, dialect block name (``quiz``, ``tab`` …), list kind (``ul``/``ol``), code language
    name: str = ""
    #: heading id, footnote id or abbreviation term: what stays the same across translations
    anchor: str | None = None

    @property
    def shape(self) -> str:
        """What must match between a source and its translation: kind plus level, block name or list kind."""
        return f"{self.kind}:{self.name}" if self.name else self.kind

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "name": self.name,
            "anchor": self.anchor,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "fingerprint": self.fingerprint,
        }


def _segment(kind: str, start: int, end: int, text: str, name: str = "", anchor: str | None = None) -> Segment:
    return Segment(kind, start, end, text, fingerprint(text), name, anchor)


def heading_parts(text: str) -> tuple[str, str | None]:
    """``(title, explicit id)`` of a heading block's text (ATX or setext)."""
    first = text.split("\n", 1)[0]
    match = ATX_RE.match(first)
    title = first[match.end() :] if match else first
    title = re.sub(r"\s+#+\s*$", "", title).strip()
    explicit = ATTR_ID_RE.search(title)
    title = ATTR_RE.sub("", title).strip()
    return title, explicit.group(1) if explicit else None


def _list_items(block: Block) -> list[Segment]:
    lines = block.lines()
    marker_re = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
    starts = [i for i, line in enumerate(lines) if marker_re.match(line) and not INDENTED_RE.match(line)]
    segments = []
    for n, first in enumerate(starts):
        last = (starts[n + 1] if n + 1 < len(starts) else len(lines)) - 1
        while last > first and not lines[last].strip():
            last -= 1
        text = "\n".join(lines[first : last + 1])
        segments.append(_segment("list-item", block.start + first, block.start + last, text, block.name))
    return segments


def _split_dialect(block: Block) -> list[Segment]:
    """A tab set is several blocks; every other dialect block is one segment."""
    if block.name != "tab":
        return [_segment("block", block.start, block.end, block.text, block.name)]
    lines = [UNREAD_RE.sub("", line) for line in block.lines()]  # as the splitter reads them (BEL, STX, ETX)
    slashes = DIALECT_OPEN_RE.match(lines[0]).group("slashes")  # type: ignore[union-attr]
    starts = [
        i
        for i, line in enumerate(lines)
        if (m := DIALECT_OPEN_RE.match(line)) and m.group("slashes") == slashes and m.group("name").lower() == "tab"
    ]
    # Only tabs at the top level of the set start a new segment: nested blocks use more slashes.
    segments = []
    for n, first in enumerate(starts):
        last = (starts[n + 1] if n + 1 < len(starts) else len(lines)) - 1
        while last > first and not lines[last].strip():
            last -= 1
        text = "\n".join(block.lines()[first : last + 1])
        segments.append(_segment("block", block.start + first, block.start + last, text, "tab"))
    return segments


def _definitions(block: Block) -> list[Segment]:
    lines = block.lines()
    entries: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip() or DEFINITION_RE.match(lines[i]) or INDENTED_RE.match(lines[i]):
            if entries and lines[i].strip():
                entries[-1] = (entries[-1][0], i)
            i += 1
            continue
        entries.append((i, i))
        i += 1
    return [
        _segment(
            "definition",
            block.start + a,
            block.start + b,
            "\n".join(lines[a : b + 1]),
            anchor=lines[a].strip(),
        )
        for a, b in entries
    ]


def block_segments(block: Block) -> list[Segment]:
    if block.kind == "heading":
        title, explicit = heading_parts(block.text)
        return [_segment("heading", block.start, block.end, title, block.name, explicit or heading_slug(title))]
    if block.kind in SIMPLE_KINDS:
        name = block.name
        if block.kind == "code":
            info = block.text.split("\n", 1)[0].strip().lstrip("`~").strip()
            name = info.split()[0].lstrip("{.").rstrip("}") if info else block.name
        return [_segment(SIMPLE_KINDS[block.kind], block.start, block.end, block.text, name)]
    if block.kind == "list":
        return _list_items(block)
    if block.kind == "dialect":
        return _split_dialect(block)
    if block.kind == "deflist":
        return _definitions(block)
    if block.kind == "footnote":
        match = FOOTNOTE_ID_RE.match(block.text)
        return [_segment("footnote", block.start, block.end, block.text, anchor=match.group(1) if match else None)]
    if block.kind == "abbr":
        match = ABBR_TERM_RE.match(UNREAD_RE.sub("", block.text))
        return [_segment("abbreviation", block.start, block.end, block.text, anchor=match.group(1) if match else None)]
    return []  # rules and reference definitions carry nothing to translate


def front_segments(front: FrontMatter) -> list[Segment]:
    segments = []
    for key in ("title", "summary"):
        value = front.data.get(key)
        if isinstance(value, str) and value.strip():
            line = front.line_of_key(key)
            segments.append(_segment(key, line, line, value.strip()))
    return segments


def segment_section(text: str) -> list[Segment]:
    """All segments of a section file's text, in source order."""
    front, body = parse_front_matter(text)
    segments = front_segments(front)
    for block in split_blocks(body, front.body_line):
        segments.extend(block_segments(block))
    return segments


def shape_of(segments: list[Segment]) -> list[str]:
    return [segment.shape for segment in segments]
