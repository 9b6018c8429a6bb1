"""How the side-by-side columns line up: which segment of each column stands for which segment of the first.

Every column's segments are mapped to *rows*: the indexes of the first column's segments. A translation maps
through its pivot when the pivot is shown (kk → ru → bg), else straight onto the first column by structure.
Scrolling maps a position through the rows both columns share (piecewise linear between their starts), so a
paragraph three times longer in one language never drags its neighbours out of step. No Qt here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from authoring_app.core.segments import Segment
from authoring_app.core.translation.alignment import Pair
from authoring_app.core.translation.status import SectionStatus

Rows = list[int | None]


@dataclass(frozen=True)
class Mark:
    """A status mark in a column's gutter: from file line ``line`` to ``end`` (equal for a missing segment)."""

    line: int
    end: int
    status: str
    key: str
    #: What the mark's tooltip explains: the source text (missing) or the word diff (outdated).
    detail: str = ""


def spans(segments: Sequence[Segment]) -> dict[tuple[int, int], int]:
    """Index of each segment by its ``(start, end)`` lines: segments from two parses of one text meet here."""
    return {(segment.start, segment.end): index for index, segment in enumerate(segments)}


def rows_from_pairs(
    pairs: Sequence[Pair], source: Sequence[Segment], source_rows: Rows, target: Sequence[Segment]
) -> Rows:
    """The rows of ``target`` through its pairing with ``source`` (whose own rows are ``source_rows``)."""
    source_index, target_index = spans(source), spans(target)
    rows: Rows = [None] * len(target)
    for pair in pairs:
        if pair.source is None or pair.target is None:
            continue
        s = source_index.get((pair.source.start, pair.source.end))
        t = target_index.get((pair.target.start, pair.target.end))
        if s is not None and t is not None:
            rows[t] = source_rows[s]
    return rows


def segment_at(segments: Sequence[Segment], line: int) -> int | None:
    """The index of the segment that holds file line ``line``, or None (a blank line, the front matter's keys)."""
    for index, segment in enumerate(segments):
        if segment.start <= line <= segment.end:
            return index
        if segment.start > line:
            break
    return None


def shared_anchors(
    rows_a: Rows, starts_a: Sequence[float], rows_b: Rows, starts_b: Sequence[float]
) -> list[tuple[float, float]]:
    """``(position in a, position in b)`` of the rows both columns have, increasing on both sides."""
    where_b = {row: starts_b[index] for index, row in enumerate(rows_b) if row is not None}
    anchors: list[tuple[float, float]] = []
    for index, row in enumerate(rows_a):
        if row is None or row not in where_b:
            continue
        a, b = starts_a[index], where_b[row]
        if anchors and (a <= anchors[-1][0] or b <= anchors[-1][1]):
            continue  # a segment moved elsewhere in the translation: scrolling cannot follow it
        anchors.append((a, b))
    return anchors


def interpolate(anchors: Sequence[tuple[float, float]], value: float, end_a: float, end_b: float) -> float:
    """Map ``value`` from a to b, linearly between the anchors (with both tops and both ends as anchors too)."""
    points = [(0.0, 0.0), *anchors, (max(end_a, anchors[-1][0] if anchors else 0.0), end_b)]
    keys = [a for a, _ in points]
    index = max(0, min(bisect_right(keys, value) - 1, len(points) - 2))
    (a0, b0), (a1, b1) = points[index], points[index + 1]
    if a1 <= a0:
        return b0
    fraction = min(max((value - a0) / (a1 - a0), 0.0), 1.0)
    return b0 + fraction * (b1 - b0)


def marks_of(status: SectionStatus) -> list[Mark]:
    """The gutter marks of a translation: outdated and extra on their segments, missing where it belongs."""
    marks: list[Mark] = []
    after = 0  # the last target line seen: a missing segment belongs just after it
    for segment in status.segments:
        target = segment.target
        if target is not None:
            after = max(after, target.end)
        if segment.status == "missing":
            text = segment.source.text if segment.source is not None else ""
            marks.append(Mark(after + 1, after + 1, "missing", segment.key, text))
        elif segment.status in ("outdated", "extra") and target is not None:
            marks.append(Mark(target.start, target.end, segment.status, segment.key, segment.diff or ""))
    return marks
