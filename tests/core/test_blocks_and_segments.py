from __future__ import annotations

from pathlib import Path

import pytest

from authoring_app.core.blocks import split_blocks
from authoring_app.core.segments import fingerprint, segment_section, shape_of

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-handbook"
SECTIONS = sorted(p.stem for p in (SAMPLE / "bg").glob("*.md"))


@pytest.mark.parametrize("name", SECTIONS)
def test_every_translation_of_the_sample_has_the_source_segment_sequence(name: str) -> None:
    source = shape_of(segment_section((SAMPLE / "bg" / f"{name}.md").read_text(encoding="utf-8")))
    assert len(source) > 10
    for lang in ("ru", "en", "kk", "uz"):
        path = SAMPLE / lang / f"{name}.md"
        if path.exists():
            assert shape_of(segment_section(path.read_text(encoding="utf-8"))) == source, lang


def test_segments_of_a_sample_section() -> None:
    text = (SAMPLE / "bg" / "02-flipped-classroom.md").read_text(encoding="utf-8")
    segments = segment_section(text)
    lines = text.split("\n")
    kinds = [s.kind for s in segments]
    assert kinds[:3] == ["title", "summary", "heading"]
    assert segments[0].text == "Обърнатата класна стая" and segments[0].start == 2
    why = next(s for s in segments if s.anchor == "why-flip")
    assert why.kind == "heading" and why.name == "2" and why.text == "Защо да обърнем класа"
    assert lines[why.start - 1].startswith("## Защо да обърнем класа")
    items = [s for s in segments if s.kind == "list-item"]
    assert len(items) == 4 + 3  # four benefits, three numbered phases
    assert items[0].text.startswith("- студентите учат")
    assert [s.name for s in segments if s.kind == "block"] == ["video", "details", "quiz"]
    quiz = segments[-1]
    assert lines[quiz.start - 1].startswith("/// quiz") and lines[quiz.end - 1] == "///"
    for segment in segments[2:]:
        assert segment.text.split("\n")[0].strip() in lines[segment.start - 1] or segment.kind == "heading"


def test_tabs_definitions_footnotes_and_abbreviations_are_their_own_segments() -> None:
    gamification = segment_section((SAMPLE / "bg" / "04-gamification.md").read_text(encoding="utf-8"))
    assert [s.name for s in gamification if s.kind == "block"] == ["tab", "tab", "tab", "audio"]
    glossary = segment_section((SAMPLE / "bg" / "glossary.md").read_text(encoding="utf-8"))
    definitions = [s for s in glossary if s.kind == "definition"]
    assert len(definitions) == 15 and definitions[0].anchor == "Виртуална библиотека"
    centre = segment_section((SAMPLE / "bg" / "09-centre-setup.md").read_text(encoding="utf-8"))
    assert [s.anchor for s in centre if s.kind in ("footnote", "abbreviation")] == ["pilot", "ЦИОТ"]
    nested = [s for s in centre if s.kind == "list-item" and s.name == "ol"]
    assert len(nested) == 4 and "\n    - " in nested[0].text  # the nested list stays inside its item


def test_fingerprint_ignores_wrapping_and_whitespace_but_not_words() -> None:
    one = segment_section("A paragraph that is\nwrapped   over\nthree lines.\n")[0]
    two = segment_section("A paragraph that is wrapped over three lines.\n")[0]
    three = segment_section("A paragraph that is wrapped over four lines.\n")[0]
    assert one.fingerprint == two.fingerprint != three.fingerprint
    assert fingerprint("  x\t y ") == fingerprint("x y")


def test_blocks_carry_lines_and_follow_python_markdown() -> None:
    body = "\n".join(
        [
            "# Title",  # 1
            "",
            "Para line one",  # 3
            "line two",
            "",
            "- a",  # 6
            "",
            "- b",  # 8
            "    continued",
            "",
            "1. one",  # 11
            "",
            "```python",  # 13
            "x = 1",
            "",
            "# not a heading",
            "```",  # 17
            "",
            "| a | b |",  # 19
            "|---|---|",
            "| 1 | 2 |",
            "",
            "/// note | N",  # 23
            "```",
            "///",
            "```",
            "///",  # 27
            "",
            "Setext",  # 29
            "------",
        ]
    )
    blocks = split_blocks(body)
    assert [(b.kind, b.start, b.end) for b in blocks] == [
        ("heading", 1, 1),
        ("paragraph", 3, 4),
        ("list", 6, 9),
        ("list", 11, 11),
        ("code", 13, 17),
        ("table", 19, 21),
        ("dialect", 23, 27),
        ("heading", 29, 30),
    ]


def test_unclosed_blocks_end_at_the_end_of_the_file() -> None:
    blocks = split_blocks("/// quiz | Q\nQuestion?\n\n- [x] yes\n")
    assert [(b.kind, b.name, b.start, b.end) for b in blocks] == [("dialect", "quiz", 1, 4)]
    assert [(b.kind, b.end) for b in split_blocks("```\ncode\n")] == [("code", 2)]
