"""Editing one segment in place changes that segment's lines and keeps every other byte."""

from __future__ import annotations

import pytest

from authoring_app.core.segments import segment_section
from authoring_app.core.translation.segment_edit import SegmentEditError, insert_segment, replace_segment

TEXT = """---
title: Перевёрнутый класс
summary: Коротко о главном.
---

## Что значит «перевёрнутый» {#what}

Первый абзац,
в две строки.

- пункт один;
- пункт два.

Setext heading
--------------

Последний абзац.
"""


def _segment(text: str, kind: str, number: int = 1):
    return [s for s in segment_section(text) if s.kind == kind][number - 1]


def _lines_outside(text: str, first: int, last: int) -> tuple[list[str], list[str]]:
    lines = text.split("\n")
    return lines[: first - 1], lines[last:]


def test_replace_paragraph_keeps_every_other_line() -> None:
    paragraph = _segment(TEXT, "paragraph")
    result = replace_segment(TEXT, paragraph, "Новый абзац\nв три\nстроки.")
    before, after = _lines_outside(TEXT, paragraph.start, paragraph.end)
    lines = result.split("\n")
    assert lines[: len(before)] == before
    assert lines[len(before) : len(before) + 3] == ["Новый абзац", "в три", "строки."]
    assert lines[len(before) + 3 :] == after
    assert _segment(result, "paragraph").text == "Новый абзац\nв три\nстроки."


def test_replace_heading_keeps_marks_and_id() -> None:
    heading = _segment(TEXT, "heading")
    result = replace_segment(TEXT, heading, "Новый заголовок")
    assert "## Новый заголовок {#what}\n" in result
    assert result.replace("## Новый заголовок {#what}", "## Что значит «перевёрнутый» {#what}") == TEXT


def test_replace_setext_heading_keeps_underline() -> None:
    heading = _segment(TEXT, "heading", 2)
    result = replace_segment(TEXT, heading, "Другой")
    assert "\nДругой\n--------------\n" in result


def test_replace_front_matter_value_is_valid_yaml() -> None:
    title = _segment(TEXT, "title")
    result = replace_segment(TEXT, title, "Класс: наоборот")
    assert "title: 'Класс: наоборот'\n" in result
    assert _segment(result, "title").text == "Класс: наоборот"
    assert result.split("\n")[2:] == TEXT.split("\n")[2:]


def test_replace_list_item() -> None:
    item = _segment(TEXT, "list-item", 2)
    result = replace_segment(TEXT, item, "- пункт второй.")
    assert result == TEXT.replace("- пункт два.", "- пункт второй.")


def test_empty_text_removes_the_segment() -> None:
    paragraph = _segment(TEXT, "paragraph")
    result = replace_segment(TEXT, paragraph, "")
    assert "Первый абзац" not in result
    assert "\n\n\n" not in result
    assert len(segment_section(result)) == len(segment_section(TEXT)) - 1


def test_replace_refuses_lines_outside_the_file() -> None:
    paragraph = _segment(TEXT, "paragraph")
    with pytest.raises(SegmentEditError):
        replace_segment("short\n", paragraph, "x")


def test_insert_after_a_segment() -> None:
    after = _segment(TEXT, "paragraph")
    like = _segment(TEXT, "paragraph", 2)
    result = insert_segment(TEXT, after, like, "Вставленный абзац.")
    assert result == TEXT.replace("в две строки.\n", "в две строки.\n\nВставленный абзац.\n")


def test_insert_list_item_joins_the_list() -> None:
    after = _segment(TEXT, "list-item", 1)
    result = insert_segment(TEXT, after, after, "- пункт полтора;")
    assert "- пункт один;\n- пункт полтора;\n- пункт два." in result


def test_insert_first_in_body_and_heading_shape() -> None:
    like = _segment(TEXT, "heading")
    title = _segment(TEXT, "summary")
    result = insert_segment(TEXT, title, like, "Новое начало")
    assert "---\n\n## Новое начало {#what}\n\n## Что значит" in result


def test_insert_at_end_and_into_empty_file() -> None:
    last = segment_section(TEXT)[-1]
    like = _segment(TEXT, "paragraph")
    assert insert_segment(TEXT, last, like, "Конец.").endswith("Последний абзац.\n\nКонец.\n")
    assert insert_segment("", None, like, "Первый.") == "Первый.\n"


def test_insert_missing_title_into_front_matter() -> None:
    like = _segment(TEXT, "title")
    without = TEXT.replace("title: Перевёрнутый класс\n", "")
    result = insert_segment(without, None, like, "Заголовок")
    assert result == TEXT.replace("Перевёрнутый класс", "Заголовок")
    assert insert_segment("Текст.\n", None, like, "Т").startswith("---\ntitle: Т\n---\n\nТекст.")
