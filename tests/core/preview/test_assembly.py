"""The live preview's page, assembled from blocks rendered one by one, is the export's page, edit after edit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from authoring_app.core.export.rendering import site_context
from authoring_app.core.frontmatter import parse_front_matter
from authoring_app.core.preview.assembly import IncrementalSection
from authoring_app.core.preview.patch import PreviewDocument
from authoring_app.core.render.pipeline import SectionRenderer

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample-handbook"
SECTIONS = sorted(SAMPLE.glob("*/*.md"))


def _context(lang: str, slug: str):
    return site_context(SAMPLE, ["bg", "ru", "en", "kk", "uz"], "bg", lang, slug)


def _whole_page(text: str, lang: str, slug: str) -> str:
    return SectionRenderer().render(text, _context(lang, slug)).html


@pytest.mark.parametrize("path", SECTIONS, ids=[f"{p.parent.name}/{p.stem}" for p in SECTIONS])
def test_each_sample_section_assembles_to_the_exported_html(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lang, slug = path.parent.name, path.stem
    assert IncrementalSection(_context(lang, slug)).render(text).html == _whole_page(text, lang, slug)


def _long_section() -> str:
    """The Bulgarian sections four times over: repeated headings, quizzes, tab sets and footnote references."""
    bodies = [parse_front_matter(p.read_text(encoding="utf-8"))[1] for p in sorted(SAMPLE.glob("bg/*.md"))]
    return "---\ntitle: Дълъг раздел\n---\n" + "\n\n".join(bodies * 4)


def test_random_edits_keep_the_assembled_page_equal_to_the_whole_render() -> None:
    text = _long_section()
    section = IncrementalSection(_context("bg", "long"))
    assert section.render(text).html == _whole_page(text, "bg", "long")
    lines = text.split("\n")
    rng = random.Random(7)
    inserts = [
        "",
        "дума",
        "# Глава",
        "## Какво е геймификация",
        "- точка",
        "[^survey]: бележка",
        "> цитат",
        "/// note",
        "///",
        "x [^survey] y",
        "| a | b |",
        "```python",
        "    код",
    ]
    for _ in range(40):
        at = rng.randrange(3, len(lines))
        kind = rng.choice(["delete", "insert", "duplicate"])
        if kind == "delete":
            del lines[at]
        elif kind == "insert":
            lines.insert(at, rng.choice(inserts))
        else:
            lines.insert(at, lines[at])
        edited = "\n".join(lines)
        assert section.render(edited).html == _whole_page(edited, "bg", "long"), (kind, at)


def test_a_key_press_renders_one_block_and_patches_one_block() -> None:
    text = _long_section()
    section = IncrementalSection(_context("bg", "long"), auto_title=True)
    document = PreviewDocument()
    first = document.update(section.render(text), 1)
    assert len(first.insert) > 500 and not first.remove
    position = text.index("Геймификацията е използването") + 5
    edited = text[:position] + "Ж" + text[position:]
    page = section.render(edited)
    assert page.rendered == 1  # only the paragraph typed in
    patch = document.update(page, 2)
    assert len(patch.remove) == 1 and len(patch.insert) == 1
    assert "ГеймиЖ" in patch.insert[0][2]
    assert not patch.lines  # no line moved


def test_a_new_line_above_moves_the_lines_of_the_blocks_below_without_rendering_them() -> None:
    text = _long_section()
    section = IncrementalSection(_context("bg", "long"))
    document = PreviewDocument()
    document.update(section.render(text), 1)
    position = text.index("Геймификацията е използването")
    edited = text[:position] + "Нов абзац.\n\n" + text[position:]
    page = section.render(edited)
    patch = document.update(page, 2)
    assert page.rendered == 1
    assert len(patch.insert) == 1 and "Нов абзац." in patch.insert[0][2] and not patch.remove
    assert len(patch.lines) > 100 and all(line > 0 for _, line in patch.lines)


def test_the_page_title_is_added_when_the_text_has_no_heading_of_its_own() -> None:
    section = IncrementalSection(_context("bg", "x"), auto_title=True)
    page = section.render("---\ntitle: Заглавие\n---\n\nТекст.\n")
    assert page.blocks[0].html == "<h1>Заглавие</h1>"
    page = section.render("---\ntitle: Заглавие\n---\n\n# Свое заглавие\n\nТекст.\n")
    assert page.blocks[0].html.startswith("<h1")
    assert "Свое заглавие" in page.blocks[0].html


def test_broken_text_never_raises() -> None:
    section = IncrementalSection(_context("bg", "x"), auto_title=True)
    for text in ["", "---\n", "---\ntitle: [\n---\n", "/// quiz\n", "```\nunclosed", "[^x]", "\x00\x07", "# " * 5000]:
        section.render(text)


@pytest.mark.parametrize(
    "body",
    [
        "Текст с [връзка][r].\n\n> [r]: https://example.org/\n> цитат\n",
        "Текст с [връзка][r].\n[r]: https://example.org/\n\nОще текст.\n",
        "Бележка[^a] и HTML.\n\n[^a]: Вижте [източника][s] за HTML.\n\n[s]: https://example.org/\n\n"
        "*[HTML]: HyperText Markup Language\n",
        "- точка[^n]\n\n    [^n]: вложена бележка\n\nТекст.\n",
    ],
    ids=["quoted-reference", "reference-under-a-paragraph", "footnote-using-definitions", "nested-footnote"],
)
def test_definitions_anywhere_in_the_text_render_as_in_the_export(body: str) -> None:
    text = "---\ntitle: Бележки\n---\n\n" + body
    section = IncrementalSection(_context("bg", "notes"))
    assert section.render(text).html == _whole_page(text, "bg", "notes")
    edited = text.replace("Текст", "Нов текст", 1)
    assert section.render(edited).html == _whole_page(edited, "bg", "notes")
