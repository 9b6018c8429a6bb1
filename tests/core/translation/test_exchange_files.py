"""Writing imported translations keeps every other byte of a file; inline Markdown survives the round trip."""

from __future__ import annotations

from pathlib import Path

from authoring_app.cli import main as handbook
from authoring_app.core.handbook import Handbook
from authoring_app.core.segments import segment_section
from authoring_app.core.translation.exchange import Incoming, collect_units, import_units
from authoring_app.core.translation.inline import PlaceholderError, from_text, protect, rebuild, to_text

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample-handbook"


def test_every_sample_segment_round_trips_through_placeholders() -> None:
    for path in sorted(SAMPLE.glob("*/*.md")):
        for segment in segment_section(path.read_text(encoding="utf-8")):
            parts = protect(segment.text, segment.kind, segment.name)
            assert rebuild(from_text(to_text(parts)), parts) == segment.text, (path, segment.start)


def test_a_lost_link_is_named() -> None:
    parts = protect("See [the guide](guide.md#start) and `code`.", "paragraph")
    assert to_text(parts) == "See <1>the guide</1> and <2/>."
    try:
        rebuild(from_text("Смотрите руководство и <2/>."), parts)
    except PlaceholderError as exc:
        assert "<1>" in str(exc) and "missing" in str(exc)
    else:
        raise AssertionError("a missing placeholder was accepted")


def _unit(hb: Handbook, lang: str, unit_id: str):
    return next(u for u in collect_units(hb, lang) if u.id == unit_id)


def test_crlf_bom_and_heading_id_are_kept(sample_copy: Path) -> None:
    assert handbook(["track", str(sample_copy)]) == 0
    path = sample_copy / "ru" / "02-flipped-classroom.md"
    raw = b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(raw)
    hb = Handbook.load(sample_copy)
    heading = _unit(hb, "ru", "02-flipped-classroom/heading:why-flip")
    report = import_units(
        hb, "ru", [Incoming(heading.id, heading.source_fingerprint, heading.target_fingerprint, ["Зачем всё это"])]
    )
    assert report.written == [heading.id] and not report.refused
    new = path.read_bytes()
    assert new.startswith(b"\xef\xbb\xbf")
    old_lines, new_lines = raw.split(b"\r\n"), new.split(b"\r\n")
    assert len(old_lines) == len(new_lines)
    changed = [n for n, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert [new_lines[n].decode() for n in changed] == ["## Зачем всё это {#why-flip}"]


def test_a_missing_section_is_created_only_when_complete(sample_copy: Path) -> None:
    hb = Handbook.load(sample_copy)
    units = [u for u in collect_units(hb, "kk") if u.slug == "05-self-assessment"]
    assert units and all(u.target is None for u in units)
    incoming = [Incoming(u.id, u.source_fingerprint, "", u.source) for u in units]
    partial = import_units(hb, "kk", incoming[:-1])
    assert partial.refused and "created only when every segment" in partial.refused[0]
    assert not (sample_copy / "kk" / "05-self-assessment.md").exists()
    complete = import_units(hb, "kk", incoming)
    assert not complete.refused and complete.files == ["kk/05-self-assessment.md"]
    created = segment_section((sample_copy / "kk" / "05-self-assessment.md").read_text(encoding="utf-8"))
    assert [s.shape for s in created] == [
        s.shape for s in segment_section((sample_copy / "bg" / "05-self-assessment.md").read_text(encoding="utf-8"))
    ]
