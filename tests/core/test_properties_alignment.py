"""Properties of pairing a translation's segments with the source's, on generated handbook Markdown.

Whatever the two texts, alignment never fails and loses nothing: every source segment and every target segment
appears exactly once, paired ones have the same shape, the source order is kept. A text aligned with itself pairs
every segment with itself, and a segment inserted in the source after the translation was tracked leaves exactly
that segment without a translation — not every segment after it paired with its neighbour.
"""

from __future__ import annotations

import pytest
from dialect_strategies import section_text
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from authoring_app.core.blocks import split_blocks
from authoring_app.core.frontmatter import parse_front_matter
from authoring_app.core.segments import Segment, fingerprint, segment_section
from authoring_app.core.translation.alignment import Pair, align
from authoring_app.core.translation.provenance import Origin
from authoring_app.core.translation.status import pair_status, segment_keys

FAST = settings(deadline=None, max_examples=80, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(deadline=None, max_examples=1000, suppress_health_check=[HealthCheck.too_slow])


def tracked(source: list[Segment], target: list[Segment]) -> dict[str, Origin]:
    """Records as ``handbook track`` makes them: each paired target segment comes from its source segment."""
    records: dict[str, Origin] = {}
    for pair in align(source, target):
        if pair.source is not None and pair.target is not None and pair.target.fingerprint not in records:
            records[pair.target.fingerprint] = Origin("bg", pair.source.fingerprint, pair.source.text)
    return records


def check_pairs(source: list[Segment], target: list[Segment], pairs: list[Pair]) -> None:
    sources = [id(p.source) for p in pairs if p.source is not None]
    targets = sorted(id(p.target) for p in pairs if p.target is not None)
    assert sources == [id(s) for s in source], "every source segment once, in source order"
    assert targets == sorted(id(t) for t in target), "every target segment once"
    assert all(p.source is not None or p.target is not None for p in pairs)
    for pair in pairs:
        if pair.source is not None and pair.target is not None:
            assert pair.source.shape == pair.target.shape, pair


@FAST
@given(section_text(max_blocks=8), section_text(max_blocks=8), st.booleans())
def test_alignment_loses_nothing_and_pairs_equal_shapes(source_text: str, target_text: str, with_records: bool) -> None:
    source, target = segment_section(source_text), segment_section(target_text)
    records = tracked(target, target) if with_records else {}
    pairs = align(source, target, records)
    assert pairs == align(source, target, records), "deterministic"
    check_pairs(source, target, pairs)
    # The status of each pair, and the keys a translator sees, are made without failing and are unique.
    for pair in pairs:
        pair_status(pair, records)
    keys = segment_keys(source)
    assert len(keys) == len(source)


@FAST
@given(section_text(max_blocks=10))
def test_a_text_aligned_with_itself_pairs_each_segment_with_itself(text: str) -> None:
    segments = segment_section(text)
    for records in ({}, tracked(segments, segments)):
        pairs = align(segments, segments, records)
        assert [(id(p.source), id(p.target)) for p in pairs] == [(id(s), id(s)) for s in segments]


def inserted(segments: list[Segment], at: int, new: Segment) -> list[Segment]:
    return [*segments[:at], new, *segments[at:]]


NEW_SEGMENTS = st.sampled_from(
    [
        ("paragraph", "", "Нов абзац, вмъкнат в източника."),
        ("heading", "2", "Нова глава"),
        ("list-item", "ul", "- нова точка"),
        ("block", "note", "/// note\nНова бележка\n///"),
    ]
)


@FAST
@given(section_text(max_blocks=10, damaged=False), st.data(), NEW_SEGMENTS)
def test_a_segment_inserted_in_the_source_is_the_one_missing(text: str, data: st.DataObject, new: tuple) -> None:
    old = segment_section(text)
    at = data.draw(st.integers(0, len(old)), label="at")
    kind, name, body = new
    segment = Segment(kind, 0, 0, body, fingerprint(body), name)
    source = inserted(old, at, segment)
    # The translation is the old text, tracked against it (a translation whose segments record their source).
    records = {t.fingerprint: Origin("bg", t.fingerprint, t.text) for t in old}
    pairs = align(source, old, records)
    check_pairs(source, old, pairs)
    missing = [p.source for p in pairs if p.target is None]
    assert len(missing) == 1 and missing[0].fingerprint == segment.fingerprint, missing
    assert not [p for p in pairs if p.source is None], "no translation is left over"
    statuses = [pair_status(p, records)[0] for p in pairs]
    assert statuses.count("missing") == 1 and statuses.count("translated") == len(old)


@FAST
@given(section_text(max_blocks=10, damaged=False), st.data())
def test_a_block_inserted_in_the_source_text_is_the_one_missing(text: str, data: st.DataObject) -> None:
    """The same through the texts: a paragraph typed between two blocks of the source after tracking."""
    old = segment_section(text)
    lines = text.split("\n")
    # Before a top-level block (where it stays a block of its own unless an open fence or list takes it in).
    front, body = parse_front_matter(text)
    starts = [b.start - 1 for b in split_blocks(body, front.body_line)] or [len(lines)]
    at = data.draw(st.sampled_from(starts), label="line")
    new_text = "\n".join([*lines[:at], "", "Абзац, добавен в източника след превода.", "", *lines[at:]])
    source = segment_section(new_text)
    kept = [(s.shape, s.fingerprint) for s in source if s.text != "Абзац, добавен в източника след превода."]
    assume(kept == [(s.shape, s.fingerprint) for s in old] and len(source) == len(old) + 1)
    records = tracked(old, old)
    pairs = align(source, old, records)
    check_pairs(source, old, pairs)
    missing = [p.source for p in pairs if p.target is None]
    assert [m.text for m in missing] == ["Абзац, добавен в източника след превода."]


@pytest.mark.slow
@SLOW
@given(section_text(max_blocks=14), section_text(max_blocks=14))
def test_alignment_of_many_section_pairs(source_text: str, target_text: str) -> None:
    source, target = segment_section(source_text), segment_section(target_text)
    check_pairs(source, target, align(source, target, tracked(source, target)))
    check_pairs(source, target, align(source, target))
