"""What the preview page must change to show a new version of the section: a patch of blocks, never a reload.

The page holds the section's blocks, each top-level element marked with its block's number (``data-hb-b``).
:class:`PreviewDocument` remembers which blocks the page shows; given the next assembled page it returns a
:class:`PreviewPatch` that removes the blocks that went away, inserts the new ones after their neighbour, and sets
the new ``data-line`` of blocks that only moved (a line inserted above them). A typical key press changes one block.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field

from .assembly import AssembledPage


@dataclass
class PreviewPatch:
    """Changes to the page, applied in this order: ``remove``, then ``insert`` (in order), then ``lines``."""

    revision: int
    #: Numbers of the blocks to take out of the page.
    remove: list[int] = field(default_factory=list)
    #: ``(after, number, html)``: put the block after block ``after`` (None: at the start).
    insert: list[tuple[int | None, int, str]] = field(default_factory=list)
    #: ``(number, line)`` of blocks that stay but start on another line now.
    lines: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    #: Blocks rendered for this version (the others came from the cache); for statistics.
    rendered: int = 0

    @property
    def empty(self) -> bool:
        return not (self.remove or self.insert or self.lines)

    def to_json(self) -> str:
        return json.dumps(
            {
                "revision": self.revision,
                "remove": self.remove,
                "insert": self.insert,
                "lines": self.lines,
                "title": self.title,
            },
            ensure_ascii=False,
        )


class PreviewDocument:
    """The blocks the preview page shows, by number; turns each new version into a patch of the page."""

    def __init__(self) -> None:
        self._numbers: list[int] = []
        self._keys: list[str] = []
        self._lines: list[int] = []
        self._next = 1

    @property
    def numbers(self) -> list[int]:
        return list(self._numbers)

    def line_of(self, number: int) -> int | None:
        try:
            return self._lines[self._numbers.index(number)]
        except ValueError:
            return None

    def update(self, page: AssembledPage, revision: int) -> PreviewPatch:
        """The patch from what the page shows now to ``page`` (from an empty page the first time)."""
        new = page.blocks
        new_keys = [block.key for block in new]
        patch = PreviewPatch(revision, title=page.title, rendered=page.rendered)
        numbers: list[int] = []
        lines: list[int] = []
        old_keys = self._keys

        # A key press changes one place: skip what is equal at both ends before diffing the middle.
        start = 0
        limit = min(len(old_keys), len(new_keys))
        while start < limit and old_keys[start] == new_keys[start]:
            start += 1
        end = 0
        while end < limit - start and old_keys[-1 - end] == new_keys[-1 - end]:
            end += 1
        matcher = difflib.SequenceMatcher(
            None, old_keys[start : len(old_keys) - end], new_keys[start : len(new_keys) - end], autojunk=False
        )
        opcodes = [("equal", 0, start, 0, start)]
        opcodes += [
            (tag, i1 + start, i2 + start, j1 + start, j2 + start) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        ]
        opcodes.append(("equal", len(old_keys) - end, len(old_keys), len(new_keys) - end, len(new_keys)))

        previous: int | None = None
        for tag, i1, i2, j1, j2 in opcodes:
            if tag == "equal":
                for old_index, new_index in zip(range(i1, i2), range(j1, j2), strict=True):
                    number = self._numbers[old_index]
                    line = new[new_index].line
                    if line != self._lines[old_index]:
                        patch.lines.append((number, line))
                    numbers.append(number)
                    lines.append(line)
                    previous = number
                continue
            patch.remove.extend(self._numbers[i1:i2])
            for block in new[j1:j2]:
                number = self._take_number()
                patch.insert.append((previous, number, block.html_at()))
                numbers.append(number)
                lines.append(block.line)
                previous = number
        self._numbers, self._keys, self._lines = numbers, new_keys, lines
        return patch

    def _take_number(self) -> int:
        number = self._next
        self._next += 1
        return number
