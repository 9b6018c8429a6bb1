"""Which target segment translates which source segment.

Segments pair up by structure: the same kind (and heading level, block name, list kind), the same anchor where
there is one (an explicit heading id, a footnote or an abbreviation), and order. Provenance settles the rest:
a target segment whose record names a source segment's fingerprint belongs to that segment, so a paragraph
inserted between two others in the source leaves one source paragraph unpaired (missing), not every paragraph
after it paired with its neighbour. The pairing maximises a score over the whole section (a weighted longest
common subsequence), then pairs what is left by anchor, which catches moved headings and footnotes.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..segments import Segment
from .provenance import Origin

#: Points for a pair: same shape (required), the same anchor, a provenance record naming the source segment.
SHAPE_POINTS = 1
ANCHOR_POINTS = 4
RECORD_POINTS = 10


@dataclass(frozen=True)
class Pair:
    """A source segment and its translation; one of them is None when the other has no partner."""

    source: Segment | None
    target: Segment | None


def _points(source: Segment, target: Segment, records: dict[str, Origin]) -> int:
    if source.shape != target.shape:
        return 0
    points = SHAPE_POINTS
    if source.anchor and target.anchor:
        if source.anchor == target.anchor:
            points += ANCHOR_POINTS
        elif source.kind in ("footnote", "abbreviation"):
            return 0  # a footnote is never another footnote's translation
    origin = records.get(target.fingerprint)
    if origin is not None and origin.fingerprint == source.fingerprint:
        points += RECORD_POINTS
    return points


def align(source: list[Segment], target: list[Segment], records: dict[str, Origin] | None = None) -> list[Pair]:
    """Pair ``target`` segments with ``source`` segments; the result follows the source order, with unpaired
    target segments placed after the source segment they follow."""
    records = records or {}
    n, m = len(source), len(target)
    # best[i][j]: the best score pairing source[i:] with target[j:]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            points = _points(source[i], target[j], records)
            take = points + below[j + 1] if points else 0
            row[j] = max(take, below[j], row[j + 1])
    pairs_of_source: dict[int, int] = {}
    i = j = 0
    while i < n and j < m:
        points = _points(source[i], target[j], records)
        if points and best[i][j] == points + best[i + 1][j + 1]:
            pairs_of_source[i] = j
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    # What is left pairs by anchor (a heading or footnote moved elsewhere in the section).
    used = set(pairs_of_source.values())
    by_anchor = {(t.shape, t.anchor): k for k, t in enumerate(target) if t.anchor and k not in used}
    for index, segment in enumerate(source):
        if index in pairs_of_source or not segment.anchor:
            continue
        found = by_anchor.pop((segment.shape, segment.anchor), None)
        if found is not None:
            pairs_of_source[index] = found
            used.add(found)

    pairs: list[Pair] = []
    placed: set[int] = set()
    next_target = 0
    for index, segment in enumerate(source):
        partner = pairs_of_source.get(index)
        if partner is not None:
            # Unpaired target segments before this partner come first, where they stand in the translation.
            while next_target < partner:
                if next_target not in used and next_target not in placed:
                    pairs.append(Pair(None, target[next_target]))
                    placed.add(next_target)
                next_target += 1
            pairs.append(Pair(segment, target[partner]))
            placed.add(partner)
            next_target = max(next_target, partner + 1)
        else:
            pairs.append(Pair(segment, None))
    for k in range(m):
        if k not in used and k not in placed:
            pairs.append(Pair(None, target[k]))
    return pairs
