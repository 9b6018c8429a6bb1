"""Render every page's content, in parallel processes, through a cache keyed by content.

A page's rendered content depends on its text, its language, the handbook's languages and the media files
(captions that exist, image sizes, transcripts). The cache key is a hash of exactly those plus the renderer's own
version, so a re-export after one edit renders one section and reads the others from the cache. The cache lives
in the user's cache folder (``XDG_CACHE_HOME`` on Linux), never in the handbook or the output.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text
from ..frontmatter import parse_front_matter, source_title
from ..handbook import GLOSSARY
from ..paths import user_cache_dir
from ..render import RenderContext, SectionRenderer
from ..render.context import default_link_url
from .media import media_used, site_media_url, srcsets
from .plan import display_title

MAX_TRANSCRIPT_BYTES = 1_000_000


@dataclass(frozen=True)
class Job:
    lang: str
    slug: str
    #: None when the source was not read: it is unchanged since the last export (see site._read_jobs).
    text: str | None
    key: str


@dataclass
class PageContent:
    """What a page's template needs from its section, and what the search index and media step need."""

    html: str
    title: str | None
    summary: str | None
    headings: list[tuple[int, str, str]]
    has_h1: bool
    media: list[str]
    #: search.page_terms of the page: its words, weights and snippets for the search index (site.py adds the rest).
    search_terms: str = ""
    keywords: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PageContent:
        data = dict(data)
        data["headings"] = [tuple(h) for h in data["headings"]]
        return cls(**data)


@dataclass(frozen=True)
class Shared:
    """What every worker needs to build a page's render context (plain data: it crosses process borders)."""

    root: str
    languages: tuple[str, ...]
    source_language: str
    variants: bool = True


@cache
def renderer_version() -> str:
    """Changes whenever the renderer's code or its Markdown libraries change: part of every cache key."""
    digest = hashlib.sha256()
    render_dir = Path(__file__).resolve().parent.parent / "render"
    here = Path(__file__)
    search_dir = here.with_name("search")
    for path in sorted([*render_dir.glob("*.py"), *search_dir.glob("*.py"), here, here.with_name("media.py")]):
        digest.update(path.read_bytes())
    for package in ("Markdown", "pymdown-extensions", "Pygments"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(metadata.version(package).encode())
    return digest.hexdigest()[:16]


def media_fingerprint(media_dir: Path) -> str:
    """A hash of the names, sizes and times of every file in ``media/``: a changed caption re-renders pages."""
    digest = hashlib.sha256()
    if media_dir.is_dir():
        for path in sorted(media_dir.rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path.relative_to(media_dir).as_posix()}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def render_context(shared: Shared, media_fp: str) -> str:
    """What every page's rendering depends on besides its own text."""
    return "|".join(
        [renderer_version(), media_fp, ",".join(shared.languages), shared.source_language, str(shared.variants)]
    )


def job_key(context: str, lang: str, slug: str, text: str) -> str:
    return hashlib.sha256("\x00".join([context, lang, slug, text]).encode("utf-8")).hexdigest()


class RenderCache:
    """Rendered page contents on disk, one JSON file per key."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or user_cache_dir() / "render"

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> PageContent | None:
        try:
            return PageContent.from_json(json.loads(self.path(key).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def put(self, key: str, content: PageContent) -> None:
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            atomic_write_text(self.path(key), json.dumps(content.to_json(), ensure_ascii=False), durable=False)


def read_transcript(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_TRANSCRIPT_BYTES:
            return ""
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""


def site_context(
    root: Path, languages: list[str], source_language: str, lang: str, slug: str, *, variants: bool = False
) -> RenderContext:
    """How a section renders on its site page (and in the preview, which shows that page)."""
    media_dir = root / "media"
    return RenderContext(
        lang=lang,
        languages=list(languages),
        source_language=source_language,
        root=root,
        base_dir=root / lang,
        section=slug,
        link_url=default_link_url,
        media_url=lambda path: site_media_url(path, root / lang, root),
        read_text=read_transcript,
        image_variants=(lambda src: srcsets(src, media_dir)) if variants else None,
    )


def render_job(job: Job, renderer: SectionRenderer, shared: Shared) -> PageContent:
    root = Path(shared.root)
    ctx = site_context(
        root, list(shared.languages), shared.source_language, job.lang, job.slug, variants=shared.variants
    )
    if job.text is None:
        raise ValueError(f"{job.lang}/{job.slug}.md could not be read")
    rendered = renderer.render(job.text, ctx)
    keywords = rendered.front.data.get("keywords")
    keywords = [str(k) for k in keywords if k is not None] if isinstance(keywords, list) else []
    from .search import page_terms, passages_from_html  # the search module reads the rendered HTML's blocks

    # The title the site shows everywhere (navigation, search, the page itself), by the one rule of source_title.
    title = display_title(source_title(*parse_front_matter(job.text)), job.lang, job.slug)
    search_terms = page_terms(
        job.lang,
        passages_from_html(rendered.html),
        title,
        rendered.front.summary or "",
        [(h.id, h.text) for h in rendered.headings if h.level in (2, 3)],
        keywords,
        glossary=job.slug == GLOSSARY,
    )
    return PageContent(
        html=rendered.html,
        title=title,
        summary=rendered.front.summary,
        headings=[(h.level, h.id, h.text) for h in rendered.headings],
        has_h1=any(h.level == 1 for h in rendered.headings),
        media=sorted(media_used(rendered.html)),
        search_terms=search_terms,
        keywords=keywords,
    )
