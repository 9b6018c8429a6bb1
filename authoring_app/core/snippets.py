"""Markdown an author inserts rather than types: images, video and audio blocks, a quiz, a table.

The text follows ``shared/DIALECT.md`` exactly (and the tests render it with the real renderer). Alongside a video or
audio block the per-language caption (WebVTT) and transcript files are scaffolded in ``media/``, so each
translation has its own file to fill in; an existing file is never overwritten.

:func:`insert_video` and :func:`insert_audio` are the whole use case in one call: import the file, scaffold the
texts, return the block and what was created.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import atomic_write_text
from .handbook import MEDIA_DIR, Handbook
from .media_import import (
    ImportedImage,
    ImportedMedia,
    MediaImportError,
    check_media_kind,
    import_image,
    import_media_file,
)
from .problems import HandbookLoadError

__all__ = [
    "MediaInsertion",
    "audio_block",
    "captions_pattern",
    "image_markdown",
    "insert_audio",
    "insert_video",
    "quiz_template",
    "scaffold_media_texts",
    "table_template",
    "transcript_pattern",
    "video_block",
]

#: Placeholder texts of the templates, per language; other languages get English.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "quiz_title": "Check yourself",
        "question": "Write the question here?",
        "wrong": "A wrong answer.",
        "right": "The right answer.",
        "feedback": "Feedback shown after an answer: why the right answer is right.",
        "column": "Column",
        "caption_cue": "Write the captions in English here, one cue per sentence.",
        "transcript": "*Transcript in English: write here what is said in the recording.*",
    },
    "bg": {
        "quiz_title": "Проверете себе си",
        "question": "Напишете въпроса тук?",
        "wrong": "Грешен отговор.",
        "right": "Верният отговор.",
        "feedback": "Обратна връзка след отговора: защо верният отговор е верен.",
        "column": "Колона",
        "caption_cue": "Напишете субтитрите на български тук, по един надпис на изречение.",
        "transcript": "*Текст на записа на български: напишете тук какво се казва в записа.*",
    },
    "ru": {
        "quiz_title": "Проверьте себя",
        "question": "Напишите вопрос здесь?",
        "wrong": "Неверный ответ.",
        "right": "Верный ответ.",
        "feedback": "Отзыв после ответа: почему верный ответ верен.",
        "column": "Столбец",
        "caption_cue": "Напишите здесь субтитры на русском, по одной реплике на предложение.",
        "transcript": "*Расшифровка на русском: напишите здесь, что говорится в записи.*",
    },
    "kk": {
        "quiz_title": "Өзіңізді тексеріңіз",
        "question": "Сұрақты осында жазыңыз?",
        "wrong": "Қате жауап.",
        "right": "Дұрыс жауап.",
        "feedback": "Жауаптан кейінгі кері байланыс: дұрыс жауап неге дұрыс.",
        "column": "Баған",
        "caption_cue": "Субтитрлерді қазақ тілінде осында жазыңыз.",
        "transcript": "*Жазбаның мәтіні қазақ тілінде: жазбада не айтылатынын осында жазыңыз.*",
    },
    "uz": {
        "quiz_title": "Oʻzingizni tekshiring",
        "question": "Savolni shu yerga yozing?",
        "wrong": "Notoʻgʻri javob.",
        "right": "Toʻgʻri javob.",
        "feedback": "Javobdan keyingi izoh: nega toʻgʻri javob toʻgʻri.",
        "column": "Ustun",
        "caption_cue": "Subtitrlarni oʻzbek tilida shu yerga yozing.",
        "transcript": "*Yozuv matni oʻzbek tilida: yozuvda nima aytilganini shu yerga yozing.*",
    },
}


#: The per-language text files of a video (WebVTT captions) and of a recording (Markdown transcripts).
_TEXT_SUFFIX = {"video": ".vtt", "audio": ".md"}


def _words(lang: str) -> dict[str, str]:
    return _WORDS.get(lang.split("-")[0].lower(), _WORDS["en"])


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- the Markdown ---------------------------------------------------------------------------------------------
def image_markdown(alt: str, path: str, caption: str = "") -> str:
    """``![alt](path "Caption")``: with a caption the renderer makes a figure with ``<figcaption>``.

    Alt text is required (readers with a screen reader hear it): an empty one raises :class:`ValueError`.
    """
    alt = _one_line(alt)
    if not alt:
        raise ValueError("an image needs alt text: describe what the picture shows for readers who cannot see it")
    alt = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    caption = _one_line(caption).replace('"', "&quot;")
    title = f' "{caption}"' if caption else ""
    return f"![{alt}]({path}{title})"


def captions_pattern(stem: str) -> str:
    """``../media/<stem>.{lang}.vtt``: one caption file per language."""
    return _per_language_pattern(stem, _TEXT_SUFFIX["video"])


def transcript_pattern(stem: str) -> str:
    """``../media/<stem>.{lang}.md``: one transcript per language."""
    return _per_language_pattern(stem, _TEXT_SUFFIX["audio"])


def _per_language_pattern(stem: str, suffix: str) -> str:
    return f"../{MEDIA_DIR}/{stem}.{{lang}}{suffix}"


def _block(kind: str, caption: str, fields: list[tuple[str, str | None]]) -> str:
    caption = _one_line(caption)
    head = f"/// {kind} | {caption}" if caption else f"/// {kind}"
    lines = [head, *(f"{key}: {value}" for key, value in fields if value), "///"]
    return "\n".join(lines) + "\n"


def video_block(src: str, *, caption: str = "", poster: str | None = None, captions: str | None = None) -> str:
    """A ``/// video`` block; ``captions`` is a pattern with ``{lang}`` (see :func:`captions_pattern`)."""
    return _block("video", caption, [("src", src), ("poster", poster), ("captions", captions)])


def audio_block(src: str, *, caption: str = "", transcript: str | None = None) -> str:
    """A ``/// audio`` block; ``transcript`` is a pattern with ``{lang}`` (see :func:`transcript_pattern`)."""
    return _block("audio", caption, [("src", src), ("transcript", transcript)])


def quiz_template(lang: str) -> str:
    """A one-question self-check in the section's language, ready to be rewritten (it renders as it is)."""
    w = _words(lang)
    return (
        f"/// quiz | {w['quiz_title']}\n"
        f"{w['question']}\n"
        "\n"
        f"- [ ] {w['wrong']}\n"
        f"- [x] {w['right']}\n"
        f"- [ ] {w['wrong']}\n"
        "\n"
        f"> {w['feedback']}\n"
        "///\n"
    )


def table_template(lang: str = "en", *, columns: int = 3, rows: int = 2) -> str:
    """A Markdown table with a header row and empty body rows."""
    columns, rows = max(1, columns), max(1, rows)
    word = _words(lang)["column"]
    header = "| " + " | ".join(f"{word} {number}" for number in range(1, columns + 1)) + " |"
    rule = "|" + "|".join("---" for _ in range(columns)) + "|"
    body = ["|" + "|".join("   " for _ in range(columns)) + "|" for _ in range(rows)]
    return "\n".join([header, rule, *body]) + "\n"


# --- caption and transcript files --------------------------------------------------------------------------------
def _caption_scaffold(lang: str) -> str:
    return f"WEBVTT\n\n1\n00:00:00.000 --> 00:00:05.000\n{_words(lang)['caption_cue']}\n"


def _transcript_scaffold(lang: str) -> str:
    return _words(lang)["transcript"] + "\n"


def scaffold_media_texts(root: Path, stem: str, kind: str, languages: Iterable[str]) -> list[Path]:
    """Create ``media/<stem>.<lang>.vtt`` (video) or ``media/<stem>.<lang>.md`` (audio) for each language lacking one.

    Returns the files created, in the order of ``languages``; a file that exists already is left as it is.
    """
    check_media_kind(kind)
    folder = Path(root) / MEDIA_DIR
    suffix = _TEXT_SUFFIX[kind]
    scaffold = _caption_scaffold if kind == "video" else _transcript_scaffold
    created: list[Path] = []
    for lang in dict.fromkeys(languages):
        target = folder / f"{stem}.{lang}{suffix}"
        if target.exists():
            continue
        try:
            atomic_write_text(target, scaffold(lang))
        except OSError as exc:
            raise MediaImportError(
                f"the {'caption' if kind == 'video' else 'transcript'} file '{target}' could not be created "
                f"({exc.strerror or exc}): check that the media folder is writable",
                target,
            ) from exc
        created.append(target)
    return created


# --- the use cases ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MediaInsertion:
    """The block to insert and what happened on disk to make it work."""

    text: str
    media: ImportedMedia
    poster: ImportedImage | None = None
    #: Caption or transcript files created now (one per language that had none).
    created: list[Path] = field(default_factory=list)


def _languages(root: Path, languages: Iterable[str] | None) -> list[str]:
    if languages is not None:
        return list(languages)
    try:
        return list(Handbook.load(root).config.languages)
    except HandbookLoadError as exc:
        raise MediaImportError(f"the handbook's languages cannot be read: {exc}", Path(root)) from exc


def insert_video(
    root: Path,
    source: Path,
    *,
    caption: str = "",
    poster: Path | None = None,
    languages: Iterable[str] | None = None,
    with_captions: bool = True,
) -> MediaInsertion:
    """Import a video (and its poster image), scaffold a caption file per language, return the ``/// video`` block.

    ``languages`` defaults to the handbook's languages from ``handbook.toml``.
    """
    root = Path(root)
    codes = _languages(root, languages) if with_captions else []
    media = import_media_file(root, source, "video")
    poster_image = import_image(root, poster, name=media.stem) if poster is not None else None
    created = scaffold_media_texts(root, media.stem, "video", codes) if with_captions else []
    text = video_block(
        media.markdown_path,
        caption=caption,
        poster=poster_image.markdown_path if poster_image else None,
        captions=captions_pattern(media.stem) if with_captions else None,
    )
    return MediaInsertion(text, media, poster_image, created)


def insert_audio(
    root: Path,
    source: Path,
    *,
    caption: str = "",
    languages: Iterable[str] | None = None,
    with_transcript: bool = True,
) -> MediaInsertion:
    """Import a recording, scaffold a transcript per language, return the ``/// audio`` block."""
    root = Path(root)
    codes = _languages(root, languages) if with_transcript else []
    media = import_media_file(root, source, "audio")
    created = scaffold_media_texts(root, media.stem, "audio", codes) if with_transcript else []
    text = audio_block(
        media.markdown_path,
        caption=caption,
        transcript=transcript_pattern(media.stem) if with_transcript else None,
    )
    return MediaInsertion(text, media, None, created)
