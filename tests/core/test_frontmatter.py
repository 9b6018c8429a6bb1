from __future__ import annotations

from authoring_app.core.frontmatter import parse_front_matter


def test_fields_and_body_line() -> None:
    front, body = parse_front_matter("---\ntitle: Заглавие\nsummary: Кратко\nkeywords:\n  - a\n---\n\n## Hi\n")
    assert front.present and front.title == "Заглавие" and front.summary == "Кратко"
    assert front.data["keywords"] == ["a"]
    assert front.body_line == 7
    assert body.startswith("\n## Hi")
    assert front.issues == []


def test_no_front_matter_is_fine() -> None:
    front, body = parse_front_matter("# Title\n\ntext\n")
    assert not front.present and front.issues == [] and body == "# Title\n\ntext\n"


def test_invalid_yaml_reports_the_file_line() -> None:
    front, _ = parse_front_matter("---\ntitle: ok\nsummary: [unclosed\nkeywords: x\n---\nbody\n")
    assert front.issues and front.issues[0][0] in (3, 4, 5)
    assert "not valid YAML" in front.issues[0][1]


def test_unclosed_front_matter_keeps_the_text() -> None:
    text = "---\ntitle: x\n\nBody that the author wrote.\n"
    front, body = parse_front_matter(text)
    assert body == text
    assert front.issues == [(1, "the front matter starting on line 1 is never closed with a line '---'")]


def test_wrong_types_and_missing_title() -> None:
    front, _ = parse_front_matter("---\nsummary: s\nkeywords: one, two\nauthors: 5\n---\n")
    messages = dict((m, line) for line, m in front.issues)
    assert messages["the front matter has no 'title': add a line 'title: …'"] == 1
    assert messages["'keywords' must be a list, one '- item' per line"] == 3
    assert messages["'authors' must be a list, one '- item' per line"] == 4


def test_yaml_aliases_are_refused() -> None:
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\ntitle: t\n---\n"
    front, _ = parse_front_matter(bomb)
    assert front.issues and "aliases" in front.issues[0][1]
    assert front.data == {}


def test_crlf_file() -> None:
    front, _ = parse_front_matter("---\r\ntitle: x\r\n---\r\nbody\r\n")
    assert front.title == "x" and front.body_line == 4
