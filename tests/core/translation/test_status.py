"""Translation status on a copy of the sample after `handbook track`: what a translator would be told."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from authoring_app.cli import main as handbook
from authoring_app.core.handbook import Handbook
from authoring_app.core.translation.provenance import provenance_path, read_provenance
from authoring_app.core.translation.status import handbook_status, section_status, word_diff
from authoring_app.core.translation.tracking import mark_up_to_date, track_handbook

TARGETS = ["ru", "en", "kk", "uz"]


@pytest.fixture
def tracked(sample_copy: Path) -> Path:
    assert handbook(["track", str(sample_copy)]) == 0
    return sample_copy


def _problems(root: Path) -> dict[tuple[str, str], dict[str, int]]:
    """Sections whose translation is not simply complete (a file missing, something outdated or extra)."""
    status = handbook_status(Handbook.load(root))
    return {
        (lang, slug): section["counts"]
        for lang, entry in status["languages"].items()
        for slug, section in entry["sections"].items()
        if any(section["counts"][name] for name in ("outdated", "missing", "extra"))
    }


def _paragraph_line(path: Path, starting: str) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines) if line.startswith(starting))


def test_tracking_is_idempotent_and_deterministic(tracked: Path) -> None:
    before = {p: p.read_bytes() for p in (tracked / ".handbook").rglob("*.provenance")}
    assert len(before) == 24
    assert track_handbook(Handbook.load(tracked)).recorded == 0
    assert {p: p.read_bytes() for p in (tracked / ".handbook").rglob("*.provenance")} == before


def test_a_sentence_added_to_a_source_paragraph_outdates_exactly_that_segment(tracked: Path) -> None:
    before = _problems(tracked)
    path = tracked / "bg" / "02-flipped-classroom.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    index = _paragraph_line(path, "В традиционния курс")
    lines[index] += " Добавено изречение за проверка."
    path.write_text("\n".join(lines), encoding="utf-8")

    after = _problems(tracked)
    changed = {place for place in set(before) | set(after) if before.get(place) != after.get(place)}
    assert changed == {(lang, "02-flipped-classroom") for lang in TARGETS}
    hb = Handbook.load(tracked)
    for lang in TARGETS:
        status = section_status(hb, lang, "02-flipped-classroom")
        outdated = [s for s in status.segments if s.status == "outdated"]
        assert len(outdated) == 1 and status.counts["outdated"] == 1
        assert outdated[0].source.start == index + 1
        assert "{+Добавено изречение за проверка.+}" in outdated[0].diff
        assert "[-" not in outdated[0].diff  # nothing was taken away


def test_a_new_source_paragraph_is_one_missing_segment_and_rewrapping_changes_nothing(tracked: Path) -> None:
    path = tracked / "bg" / "01-blended-learning.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if i > 10 and len(line) > 100 and line[0].isalpha())
    lines.insert(index + 1, "\nСъвсем нов абзац, вмъкнат в източника.")
    later = next(i for i, line in enumerate(lines) if i > index + 3 and len(line) > 100 and line[0].isalpha())
    words = lines[later].split(" ")
    lines[later] = " ".join(words[:5]) + "\n" + " ".join(words[5:])  # re-wrapped, not changed
    path.write_text("\n".join(lines), encoding="utf-8")

    hb = Handbook.load(tracked)
    for lang in TARGETS:
        status = section_status(hb, lang, "01-blended-learning")
        assert status.counts["missing"] == 1 and status.counts["outdated"] == 0 and status.counts["extra"] == 0
        missing = next(s for s in status.segments if s.status == "missing")
        assert missing.source.text == "Съвсем нов абзац, вмъкнат в източника."


def test_a_missing_file_counts_every_segment_as_missing(tracked: Path) -> None:
    status = section_status(Handbook.load(tracked), "kk", "05-self-assessment")
    assert not status.file_exists
    assert status.counts["missing"] == len(status.segments) > 10


def test_a_pivot_language_is_compared_with_its_pivot(tracked: Path) -> None:
    config = tracked / "handbook.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\n[languages.kk]\npivot = "ru"\n', encoding="utf-8")
    hb = Handbook.load(tracked)
    for record in (tracked / ".handbook" / "kk").glob("*.provenance"):
        record.unlink()  # kk was tracked against bg; from now on it follows ru
    track_handbook(hb, ["kk"])
    origin = next(iter(read_provenance(hb, "kk", "02-flipped-classroom").values()))
    assert origin.lang == "ru"
    path = tracked / "ru" / "02-flipped-classroom.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    index = _paragraph_line(path, "В традиционном курсе")
    lines[index] += " Новое предложение."
    path.write_text("\n".join(lines), encoding="utf-8")
    kk = section_status(hb, "kk", "02-flipped-classroom")
    assert kk.pivot == "ru" and kk.counts["outdated"] == 1
    assert section_status(hb, "en", "02-flipped-classroom").counts["outdated"] == 0  # en follows bg


def test_marking_up_to_date_clears_the_outdated_segment(tracked: Path) -> None:
    path = tracked / "bg" / "02-flipped-classroom.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[_paragraph_line(path, "В традиционния курс")] += " Още."
    path.write_text("\n".join(lines), encoding="utf-8")
    hb = Handbook.load(tracked)
    key = next(s.key for s in section_status(hb, "ru", "02-flipped-classroom").segments if s.status == "outdated")
    assert mark_up_to_date(hb, "ru", "02-flipped-classroom", [key]) == 1
    assert section_status(hb, "ru", "02-flipped-classroom").counts["outdated"] == 0
    assert provenance_path(hb, "ru", "02-flipped-classroom").read_text(encoding="utf-8").count("Още.") == 1


def test_status_json_has_the_documented_shape(tracked: Path, capsys) -> None:
    assert handbook(["status", str(tracked), "--json", "--language", "ru", "--section", "02-flipped-classroom"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source_language"] == "bg" and list(data["languages"]) == ["ru"]
    section = data["languages"]["ru"]["sections"]["02-flipped-classroom"]
    assert data["languages"]["ru"]["pivot"] == "bg" and section["file_exists"] is True
    assert set(section["counts"]) == {"translated", "outdated", "missing", "extra"}
    assert set(section["segments"][0]) == {"key", "kind", "status", "source_line", "target_line", "diff"}
    assert sum(section["counts"].values()) == len(section["segments"])


def test_status_table_and_bad_arguments(tracked: Path, capsys) -> None:
    assert handbook(["status", str(tracked), "--language", "kk"]) == 0
    out = capsys.readouterr().out
    assert "kk (translated from bg)" in out and "(no file yet)" in out
    assert handbook(["status", str(tracked), "--language", "xx"]) == 2
    assert "unknown language: xx" in capsys.readouterr().err


def test_word_diff_shows_removed_and_added_words_with_some_context() -> None:
    old = "one two three four five six seven eight nine ten eleven twelve"
    new = "one two three four five six SEVEN eight nine ten eleven twelve thirteen"
    assert (
        word_diff(old, new) == "… two three four five six [-seven-] {+SEVEN+} eight nine ten eleven twelve {+thirteen+}"
    )
