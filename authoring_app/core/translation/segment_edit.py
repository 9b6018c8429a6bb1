"""Changing one segment of a section file and nothing else: what the segment grid's edit-in-place writes.

A translator edits a segment as the grid shows it (:attr:`Segment.text`): a paragraph, list item, table or block
as its lines, a heading as its title, the front-matter ``title``/``summary`` as their value. These functions put
the new text back where the segment was and leave every other character of the file as it was, so a git diff of
the change is exactly that segment. Texts use ``\\n`` line ends (as :meth:`Handbook.read` gives them); the save
puts the file's own line ends back.
"""

from __future__ import annotations

import re

import yaml

from ..blocks import ATX_RE
from ..frontmatter import split_front_matter
from ..render.tree_passes import heading_slug
from ..segments import Segment

#: Segment kinds that live in the front matter as ``key: value``.
FRONT_KINDS = ("title", "summary")
_ATX_PREFIX_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_HEADING_TAIL_RE = re.compile(r"(?:[ \t]*\{[^}]*\})?(?:[ \t]+#+)?[ \t]*$")


class SegmentEditError(ValueError):
    """The segment is not where it was said to be (the file changed): nothing was changed."""


def _front_line(key: str, value: str) -> str:
    """``key: value`` as YAML, quoted only when the value needs it; one line whatever the value."""
    value = " ".join(value.split())
    dumped = yaml.safe_dump({key: value}, allow_unicode=True, width=1_000_000, default_flow_style=False)
    return dumped.rstrip("\n").split("\n")[0]


def _front_span(lines: list[str], start: int) -> int:
    """The last 1-based line of the front-matter value starting on line ``start`` (indented lines continue it)."""
    end = start
    while end < len(lines) and lines[end].startswith((" ", "\t")) and lines[end].strip() not in ("---", "..."):
        end += 1
    return end


def _heading_lines(old: list[str], new_text: str) -> list[str]:
    """The heading's lines with the title replaced, its ``##`` marks, ``{#id}`` and setext underline kept."""
    first = old[0]
    title = " ".join(new_text.split())
    prefix_match = _ATX_PREFIX_RE.match(first) if ATX_RE.match(first) else None
    prefix = prefix_match.group(0) if prefix_match else ""
    if prefix and not prefix.endswith((" ", "\t")):
        prefix += " "
    rest = first[len(prefix_match.group(0)) :] if prefix_match else first
    tail = _HEADING_TAIL_RE.search(rest)
    suffix = tail.group(0) if tail else ""
    return [prefix + title + suffix, *old[1:]]


def replace_segment(text: str, segment: Segment, new_text: str) -> str:
    """``text`` with ``segment`` (a segment of ``text``) replaced by ``new_text``; every other byte is kept.

    An empty ``new_text`` removes the segment (and one blank line next to it). Raises :class:`SegmentEditError`
    when the segment's lines are not in ``text``.
    """
    lines = text.split("\n")
    if segment.start < 1 or segment.end > len(lines) or segment.end < segment.start:
        raise SegmentEditError(f"lines {segment.start}–{segment.end} are not in the file (it has {len(lines)})")
    new_text = new_text.strip("\n")
    first, last = segment.start - 1, segment.end
    if segment.kind in FRONT_KINDS:
        last = _front_span(lines, segment.start)
        if not lines[first].startswith(f"{segment.kind}:"):
            raise SegmentEditError(f"line {segment.start} is not the '{segment.kind}:' of the front matter")
        replacement = [_front_line(segment.kind, new_text)] if new_text.strip() else []
    elif not new_text.strip():
        replacement = []
        if last < len(lines) and not lines[last].strip() and last + 1 < len(lines):
            last += 1  # the blank line after it goes too, so no double blank line is left
        elif first > 0 and not lines[first - 1].strip():
            first -= 1
    elif segment.kind == "heading":
        replacement = _heading_lines(lines[first:last], new_text)
    else:
        replacement = new_text.split("\n")
    return "\n".join([*lines[:first], *replacement, *lines[last:]])


def _body_start(lines: list[str]) -> int:
    """The 0-based index of the first body line (after the front matter)."""
    header, _body, body_line = split_front_matter("\n".join(lines))
    return body_line - 1 if header is not None else 0


def _new_segment_lines(like: Segment, new_text: str) -> list[str]:
    """The lines of a new segment shaped like the source segment ``like`` (a heading gets its level and id)."""
    new_text = new_text.strip("\n")
    if like.kind != "heading":
        return new_text.split("\n")
    level = like.name if like.name.isdigit() else "2"
    title = " ".join(new_text.split())
    explicit = like.anchor and like.anchor != heading_slug(like.text)
    return ["#" * int(level) + " " + title + (f" {{#{like.anchor}}}" if explicit else "")]


def _insert_front(lines: list[str], after: Segment | None, like: Segment, new_text: str) -> list[str]:
    line = _front_line(like.kind, new_text)
    header, _body, body_line = split_front_matter("\n".join(lines))
    if header is None:
        return ["---", line, "---", *([""] if lines and lines[0].strip() else []), *lines]
    # After the field before it, else on the header's first line.
    at = _front_span(lines, after.start) if after is not None and after.kind in FRONT_KINDS else 1
    at = min(at, body_line - 2)
    return [*lines[:at], line, *lines[at:]]


def insert_segment(text: str, after: Segment | None, like: Segment, new_text: str) -> str:
    """``text`` with a new segment ``new_text`` placed after the segment ``after`` (None: first in the body).

    ``like`` is the source segment it translates: its kind decides how the text is written (a heading gets the
    source's level and explicit id, a ``title`` goes into the front matter). Blank lines separate it from its
    neighbours, except a list item placed after a list item, which joins that list.
    """
    lines = text.split("\n") if text else [""]
    if not new_text.strip():
        return text
    if like.kind in FRONT_KINDS:
        return "\n".join(_insert_front(lines, after, like, new_text))
    if after is not None and after.kind not in FRONT_KINDS:
        if after.end > len(lines):
            raise SegmentEditError(f"line {after.end} is not in the file (it has {len(lines)})")
        at = after.end
    else:
        at = _body_start(lines)
        while at < len(lines) - 1 and not lines[at].strip():
            at += 1  # past the blank lines after the header, so the blank line before is kept as it was
        if at > 0 and not lines[at - 1].strip():
            at -= 1
    new_lines = _new_segment_lines(like, new_text)
    tight = like.kind == "list-item" and after is not None and after.kind == "list-item"
    before_gap = [""] if not tight and at > 0 and lines[at - 1].strip() else []
    after_gap = [""] if not tight and at < len(lines) and lines[at].strip() else []
    return "\n".join([*lines[:at], *before_gap, *new_lines, *after_gap, *lines[at:]])
