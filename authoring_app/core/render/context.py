"""What the renderer needs to know about the page it renders, and what it reports back besides HTML."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..frontmatter import FrontMatter


def default_link_url(target: str) -> str:
    """Turn a link to another section's Markdown file into a link to its page: ``02-x.md#why`` → ``02-x.html#why``."""
    path, sep, fragment = target.partition("#")
    if path.endswith(".md") and "://" not in path:
        path = path[:-3] + ".html"
    return path + sep + fragment


@dataclass
class RenderContext:
    """The page being rendered.

    ``media_root`` is the handbook's ``media/`` folder (or None for text-only rendering, e.g. in tests): it is used
    to see which caption and transcript files exist and to read image sizes. ``base_dir`` is the folder that
    relative paths in the section are relative to (the language folder). Paths that leave the handbook are never
    read.
    """

    lang: str
    languages: list[str] = field(default_factory=list)
    source_language: str = ""
    #: The handbook root: nothing outside it is ever read.
    root: Path | None = None
    #: The folder of the section file (relative media paths start here).
    base_dir: Path | None = None
    #: A slug of the section, used to make ids (quiz inputs) unique across pages.
    section: str = "section"
    #: Rewrites links to other sections' ``.md`` files (the site: ``.html``).
    link_url: Callable[[str], str] = default_link_url
    #: Rewrites a media path as written in the source (``../media/x.png``) into the URL the output uses.
    media_url: Callable[[str], str] = lambda path: path
    #: Reads a text file of the handbook (transcripts); None where reading files is not wanted.
    read_text: Callable[[Path], str] | None = None
    #: For the website: ``(srcset, webp_srcset)`` of an image's responsive variants, or None to leave it alone.
    image_variants: Callable[[str], tuple[str, str] | None] | None = None

    def resolve(self, relative: str) -> Path | None:
        """The file a relative path in the section points to, or None when it is remote or leaves the handbook."""
        if self.base_dir is None or self.root is None or "://" in relative or relative.startswith(("/", "\\")):
            return None
        if relative.startswith(("data:", "mailto:", "#")):
            return None
        clean = posixpath.normpath(relative.split("#", 1)[0].split("?", 1)[0])
        candidate = (self.base_dir / clean).resolve()
        try:
            candidate.relative_to(self.root.resolve())
        except ValueError:
            return None
        return candidate

    def exists(self, relative: str) -> bool:
        path = self.resolve(relative)
        return bool(path and path.is_file())


@dataclass(frozen=True)
class Heading:
    level: int
    id: str
    text: str
    line: int | None


@dataclass(frozen=True)
class LinkRef:
    """A link or a reference to a file, as it stands in the source, with its place."""

    url: str
    line: int | None
    column: int | None
    #: ``link`` (an ``<a href>``), ``image``, ``media`` (video/audio/poster/captions/transcript/fallback), ``embed``
    kind: str
    #: Alt text for images (None where the element has none).
    alt: str | None = None


@dataclass(frozen=True)
class MediaRef:
    """A file a dialect block needs (``{lang}`` already replaced), and whether its absence is an error."""

    path: str
    role: str  # "video", "poster", "captions", "audio", "transcript", "image", "fallback"
    line: int | None = None
    #: For ``{lang}`` files: which language the file is for.
    lang: str | None = None
    required: bool = True


@dataclass
class RenderedSection:
    html: str
    front: FrontMatter
    title: str | None
    headings: list[Heading] = field(default_factory=list)
    #: Every ``id`` in the page (headings, footnotes, blocks): the targets a ``#anchor`` may name.
    ids: set[str] = field(default_factory=set)
    links: list[LinkRef] = field(default_factory=list)
    media: list[MediaRef] = field(default_factory=list)
    #: ``(line, code)`` for problems a block marked with ``data-problem`` (e.g. a quiz with no correct answer).
    block_problems: list[tuple[int | None, str]] = field(default_factory=list)
    #: ``(line, what, hint)`` for each piece of the author's raw HTML the sanitiser removed (see ``render.sanitize``).
    removed_html: list[tuple[int | None, str, str]] = field(default_factory=list)
