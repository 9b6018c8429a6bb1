"""One language of the handbook as a book: its parts and sections in reading order, rendered — what the packaged
formats (SCORM, EPUB, one HTML file, PDF) are made from.

Sections render exactly as on the website (:func:`~.rendering.site_context`): media paths stay as written
(``../media/x.png``, relative to the language folder), captions are inlined. :attr:`Chapter.media` lists the files
below ``media/`` a chapter uses, so a format can copy or inline exactly those.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..frontmatter import parse_front_matter, source_title
from ..handbook import GLOSSARY, Handbook
from ..problems import Problem, error
from ..render.pipeline import SectionRenderer
from .media import media_used
from .plan import display_title
from .rendering import site_context


@dataclass
class Chapter:
    """A section of the book."""

    slug: str
    title: str
    #: The section's HTML as on its website page (media paths relative to the language folder).
    html: str
    #: Whether the HTML has its own ``<h1>`` (else a format shows the title as one).
    has_h1: bool
    #: ``(level, id, text)`` of its headings.
    headings: list[tuple[int, str, str]]
    #: Paths below ``media/`` the chapter uses.
    media: set[str]
    summary: str = ""


@dataclass
class BookPart:
    slug: str
    title: str
    chapters: list[Chapter] = field(default_factory=list)


@dataclass
class Book:
    lang: str
    title: str
    parts: list[BookPart] = field(default_factory=list)
    #: The glossary, when the language has one (after the parts).
    glossary: Chapter | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def chapters(self) -> list[Chapter]:
        """Every chapter in reading order (the glossary last)."""
        found = [chapter for part in self.parts for chapter in part.chapters]
        return [*found, self.glossary] if self.glossary else found

    @property
    def media(self) -> set[str]:
        return {path for chapter in self.chapters for path in chapter.media}


def make_book(handbook: Handbook, lang: str) -> Book:
    """The sections of ``lang`` that exist, rendered, in the order of ``handbook.toml``; unreadable ones are left
    out with a problem that says why."""
    config = handbook.config
    book = Book(lang, config.title(lang))
    renderer = SectionRenderer()

    def chapter(slug: str) -> Chapter | None:
        section = handbook.read(lang, slug)
        if section.text is None:
            if section.problem is not None:
                book.problems.append(section.problem)
            return None
        ctx = site_context(handbook.root, config.languages, config.source_language, lang, slug)
        try:
            rendered = renderer.render(section.text, ctx)
        except Exception as exc:  # a renderer bug must not stop the other chapters
            book.problems.append(error(f"{lang}/{slug}.md", None, f"the section could not be rendered: {exc}"))
            return None
        front, body = parse_front_matter(section.text)
        return Chapter(
            slug=slug,
            title=display_title(source_title(front, body), lang, slug),
            html=rendered.html,
            has_h1=any(h.level == 1 for h in rendered.headings),
            headings=[(h.level, h.id, h.text) for h in rendered.headings],
            media=media_used(rendered.html),
            summary=front.summary or "",
        )

    for part in config.parts:
        book_part = BookPart(part.slug, part.title(lang, config.source_language))
        for slug in part.sections:
            if handbook.has_section(lang, slug):
                found = chapter(slug)
                if found is not None:
                    book_part.chapters.append(found)
        if book_part.chapters:
            book.parts.append(book_part)
    if handbook.has_section(lang, GLOSSARY):
        book.glossary = chapter(GLOSSARY)
    return book
