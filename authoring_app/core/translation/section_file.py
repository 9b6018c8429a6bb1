"""A section file as lines that each keep their own line end, so an edit of a few lines leaves every other byte.

:class:`SectionFile` is what the exchange import writes through: it remembers the bytes it read (BOM, ``\\r\\n``
or ``\\n`` per line, a missing final line end), applies line edits, and writes atomically after checking that
nobody changed the file since it was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..atomic import atomic_write_bytes
from ..segments import Segment, segment_section

BOM = b"\xef\xbb\xbf"
_CHUNK_RE = re.compile(r"[^\n]*\n|[^\n]+$")
_ATX_RE = re.compile(r"^(?P<lead> {0,3}#{1,6}[ \t]+)(?P<title>.*?)(?P<tail>[ \t]*\{[^{}]*\}[ \t]*|[ \t]+#+[ \t]*)?$")


@dataclass
class SectionFile:
    path: Path
    #: The lines without their ends, and each line's end (``"\n"``, ``"\r\n"`` or ``""`` for a last line without).
    lines: list[str]
    ends: list[str]
    bom: bool = False
    raw: bytes | None = field(default=None, repr=False)

    @classmethod
    def read(cls, path: Path) -> SectionFile:
        raw = path.read_bytes()
        bom = raw.startswith(BOM)
        text = raw[len(BOM) :].decode("utf-8") if bom else raw.decode("utf-8")
        lines, ends = [], []
        for chunk in _CHUNK_RE.findall(text):
            end = "\r\n" if chunk.endswith("\r\n") else "\n" if chunk.endswith("\n") else ""
            lines.append(chunk[: len(chunk) - len(end)])
            ends.append(end)
        return cls(path, lines, ends, bom, raw)

    @property
    def newline(self) -> str:
        """The line end most lines use (for lines an edit adds)."""
        return "\r\n" if self.ends.count("\r\n") > self.ends.count("\n") else "\n"

    def text(self) -> str:
        """The text as the segmenter reads it (``\\n`` line ends, no BOM)."""
        return "".join(line + ("\n" if end else "") for line, end in zip(self.lines, self.ends, strict=True))

    def segments(self) -> list[Segment]:
        return segment_section(self.text())

    def with_edits(self, edits: list[tuple[int, int, list[str]]]) -> SectionFile:
        """A copy with lines ``[first, stop)`` replaced by the given lines, for each edit (edits must not overlap).

        New lines take the end of the last line they replace (so the file's last line keeps having none, or one),
        or the file's usual end when they are inserted.
        """
        lines, ends = list(self.lines), list(self.ends)
        for first, stop, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
            usual = self.newline
            last_end = ends[stop - 1] if stop > first else usual
            if stop == first and first >= len(lines) and lines and not ends[-1]:
                ends[-1] = usual  # appending after a last line that had no end
            new_ends = [usual] * (len(new) - 1) + [last_end] if new else []
            lines[first:stop] = new
            ends[first:stop] = new_ends
        return SectionFile(self.path, lines, ends, self.bom, self.raw)

    def to_bytes(self) -> bytes:
        body = "".join(line + end for line, end in zip(self.lines, self.ends, strict=True)).encode("utf-8")
        return (BOM if self.bom else b"") + body

    def unchanged_on_disk(self) -> bool:
        """True when the file still holds the bytes it was read with (nobody saved it in the meantime)."""
        try:
            return self.raw is None or self.path.read_bytes() == self.raw
        except OSError:
            return False

    def write(self) -> None:
        atomic_write_bytes(self.path, self.to_bytes())


def heading_line(old: str, title: str) -> str:
    """An ATX heading line with a new title; its ``##`` and ``{#id}`` (or closing hashes) stay; a setext title
    line is the title."""
    match = _ATX_RE.match(old)
    if match is None:
        return title
    return match.group("lead") + title + (match.group("tail") or "")


def yaml_line(key: str, value: str) -> str:
    """``key: value`` as YAML on one line, quoted when the value needs it."""
    return yaml.safe_dump({key: value}, allow_unicode=True, width=1_000_000, default_flow_style=False).rstrip("\n")
