"""Inserted blocks render as the reader will see them, and the handbook stays clean after an insertion."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from handbook_files import file_context, new_video
from PIL import Image

from authoring_app.core.check import check_handbook
from authoring_app.core.handbook import Handbook
from authoring_app.core.render.context import RenderContext
from authoring_app.core.render.pipeline import render_section
from authoring_app.core.snippets import (
    audio_block,
    image_markdown,
    insert_audio,
    insert_video,
    quiz_template,
    scaffold_media_texts,
    table_template,
    video_block,
)

LANGUAGES = ["bg", "ru", "en", "kk", "uz"]


def context(root: Path, lang: str = "bg") -> RenderContext:
    return file_context(root, LANGUAGES, lang)


def append_to_section(root: Path, lang: str, slug: str, block: str) -> None:
    path = root / lang / f"{slug}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n\n" + block, encoding="utf-8")


def test_video_block_text_follows_the_dialect() -> None:
    assert video_block(
        "../media/intro.webm",
        caption="Intro\n(2 min)",
        poster="../media/intro.png",
        captions="../media/intro.{lang}.vtt",
    ) == (
        "/// video | Intro (2 min)\n"
        "src: ../media/intro.webm\n"
        "poster: ../media/intro.png\n"
        "captions: ../media/intro.{lang}.vtt\n"
        "///\n"
    )
    assert video_block("../media/intro.webm") == "/// video\nsrc: ../media/intro.webm\n///\n"
    assert audio_block("../media/talk.ogg", caption="Talk", transcript="../media/talk.{lang}.md") == (
        "/// audio | Talk\nsrc: ../media/talk.ogg\ntranscript: ../media/talk.{lang}.md\n///\n"
    )


def test_inserting_a_video_creates_captions_for_every_language_and_renders_tracks(
    sample_copy: Path, tmp_path: Path
) -> None:
    source = new_video(sample_copy, tmp_path)
    poster = tmp_path / "кадър.png"
    Image.new("RGB", (640, 360), "teal").save(poster)

    result = insert_video(sample_copy, source, caption="Моето видео", poster=poster)

    assert result.media.markdown_path == "../media/moeto-video.webm"
    assert result.poster is not None and result.poster.markdown_path == "../media/moeto-video.png"
    assert [p.name for p in result.created] == [f"moeto-video.{lang}.vtt" for lang in LANGUAGES]
    for path in result.created:
        assert path.read_text(encoding="utf-8").startswith("WEBVTT\n\n1\n00:00:00.000 --> 00:00:05.000\n")
    assert result.text == (
        "/// video | Моето видео\n"
        "src: ../media/moeto-video.webm\n"
        "poster: ../media/moeto-video.png\n"
        "captions: ../media/moeto-video.{lang}.vtt\n"
        "///\n"
    )

    html = render_section(result.text, context(sample_copy, "ru")).html
    assert re.search(r'<video [^>]*poster="../media/moeto-video.png"[^>]*src="../media/moeto-video.webm"', html)
    assert re.search(
        r'<video [^>]*height="360"[^>]*width="640"', html
    )  # the size comes from the poster: no jump when the player loads
    tracks = re.findall(r"<track [^>]*>", html)
    assert len(tracks) == len(LANGUAGES)
    assert 'srclang="ru"' in tracks[0] and "default" in tracks[0]
    assert all('kind="captions"' in track for track in tracks)
    assert "<figcaption>Моето видео</figcaption>" in html


def test_the_handbook_stays_clean_after_inserting_a_video_in_every_translation(
    sample_copy: Path, tmp_path: Path
) -> None:
    result = insert_video(sample_copy, new_video(sample_copy, tmp_path), caption="Видео")
    handbook = Handbook.load(sample_copy)
    for lang in handbook.languages_of("03-video-lectures"):
        append_to_section(sample_copy, lang, "03-video-lectures", result.text)
    report = check_handbook(sample_copy)
    assert [p.format() for p in _not_translation_qa(report.ordered())] == []


def test_inserting_only_in_the_source_is_not_an_error(sample_copy: Path, tmp_path: Path) -> None:
    result = insert_video(sample_copy, new_video(sample_copy, tmp_path), caption="Видео")
    append_to_section(sample_copy, "bg", "01-blended-learning", result.text)
    report = check_handbook(sample_copy)
    assert report.errors == []
    # The translations are told that they lack the new block, nothing else.
    assert {p.code for p in _not_translation_qa(report.warnings)} == {"structure"}


def test_existing_caption_files_are_never_overwritten(sample_copy: Path) -> None:
    bg = sample_copy / "media" / "talk.bg.vtt"
    bg.write_text("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nМоите субтитри\n", encoding="utf-8")
    created = scaffold_media_texts(sample_copy, "talk", "video", ["bg", "ru", "en"])
    assert [p.name for p in created] == ["talk.ru.vtt", "talk.en.vtt"]
    assert "Моите субтитри" in bg.read_text(encoding="utf-8")
    assert scaffold_media_texts(sample_copy, "talk", "video", ["bg", "ru", "en"]) == []


def test_inserting_audio_creates_transcripts_that_the_page_shows(sample_copy: Path, tmp_path: Path) -> None:
    source = tmp_path / "Интервю с автора.ogg"
    source.write_bytes((sample_copy / "media" / "interview.ogg").read_bytes() + b"\0")
    result = insert_audio(sample_copy, source, caption="Интервю")
    assert result.media.markdown_path == "../media/intervyu-s-avtora.ogg"
    assert [p.name for p in result.created] == [f"intervyu-s-avtora.{lang}.md" for lang in LANGUAGES]
    html = render_section(result.text, context(sample_copy, "en")).html
    assert re.search(r'<audio [^>]*src="../media/intervyu-s-avtora.ogg"', html)
    assert '<details class="hb-transcript">' in html
    assert "Transcript in English" in html
    # And in a section of the sample, the check stays clean.
    for lang in Handbook.load(sample_copy).languages_of("04-gamification"):
        append_to_section(sample_copy, lang, "04-gamification", result.text)
    assert _not_translation_qa(check_handbook(sample_copy).ordered()) == []


def test_the_same_video_inserted_twice_is_stored_once(sample_copy: Path, tmp_path: Path) -> None:
    source = new_video(sample_copy, tmp_path)
    first = insert_video(sample_copy, source)
    second = insert_video(sample_copy, source)
    assert second.media.reused and second.text == first.text
    assert second.created == []


@pytest.mark.parametrize("lang", ["bg", "ru", "en", "kk", "uz", "tg"])
def test_the_quiz_template_renders_as_a_working_question(lang: str) -> None:
    rendered = render_section(quiz_template(lang), RenderContext(lang=lang))
    assert rendered.block_problems == []
    assert rendered.html.count('type="radio"') == 3
    assert rendered.html.count("data-correct") >= 1


def test_the_quiz_template_speaks_the_section_language() -> None:
    assert quiz_template("bg").startswith("/// quiz | Проверете себе си\n")
    assert quiz_template("tg").startswith("/// quiz | Check yourself\n")  # no words yet: English


def test_the_table_template_renders_a_table() -> None:
    html = render_section(table_template("ru"), RenderContext(lang="ru")).html
    assert "<table" in html and html.count("<th>") == 3 and html.count("<tr>") == 3
    assert "<th>Столбец 1</th>" in html


def test_image_markdown_makes_a_figure_with_alt_text_and_caption() -> None:
    text = image_markdown("Plan [draft]\nof the hall", "../media/plan.png", 'The "new" hall')
    assert text == '![Plan \\[draft\\] of the hall](../media/plan.png "The &quot;new&quot; hall")'
    html = render_section(text, RenderContext(lang="en")).html
    assert 'alt="Plan [draft] of the hall"' in html
    assert "<figcaption>The &quot;new&quot; hall</figcaption>" in html
    assert image_markdown("Plan", "../media/plan.png") == "![Plan](../media/plan.png)"


def test_image_markdown_refuses_an_image_without_alt_text() -> None:
    with pytest.raises(ValueError, match="alt text"):
        image_markdown("   \n", "../media/plan.png", "Caption")


def _not_translation_qa(problems: list) -> list:
    """Leave out translation QA (the sample has one known stale Russian paragraph in section 02)."""
    return [problem for problem in problems if not (problem.code or "").startswith("qa-")]
