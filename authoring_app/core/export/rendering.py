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
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text
from ..handbook import GLOSSARY
from ..paths import user_cache_dir
from ..render import RenderContext, SectionRenderer
from ..render.context import default_link_url
from .media import media_used, site_media_url, srcsets
from .plan import display_title

#: Below this many pages to render, a process pool costs more than it saves.
PARALLEL_THRESHOLD = 24
MAX_TRANSCRIPT_BYTES = 1_000_000


@dataclass(frozen=True)
class Job:
    lang: str
    slug: str
    text: str
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
    for path in sorted([*render_dir.glob("*.py"), here, here.with_name("media.py"), here.with_name("search.py")]):
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


def job_key(shared: Shared, lang: str, slug: str, text: str, media_fp: str) -> str:
    parts = [
        renderer_version(),
        media_fp,
        lang,
        slug,
        ",".join(shared.languages),
        shared.source_language,
        str(shared.variants),
        text,
    ]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


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


def _read_transcript(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_TRANSCRIPT_BYTES:
            return ""
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""


_worker: tuple[SectionRenderer, Shared] | None = None


def _process_context() -> multiprocessing.context.BaseContext:
    """``fork`` when this process runs one thread (the CLI: workers start at once, with everything imported);
    ``spawn`` otherwise (the GUI: forking beside Qt's threads is not safe)."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _init_worker(shared: Shared) -> None:
    global _worker
    _worker = (SectionRenderer(), shared)


def render_job(job: Job, renderer: SectionRenderer, shared: Shared) -> PageContent:
    root = Path(shared.root)
    media_dir = root / "media"
    ctx = RenderContext(
        lang=job.lang,
        languages=list(shared.languages),
        source_language=shared.source_language,
        root=root,
        base_dir=root / job.lang,
        section=job.slug,
        link_url=default_link_url,
        media_url=lambda path: site_media_url(path, root / job.lang, root),
        read_text=_read_transcript,
        image_variants=(lambda src: srcsets(src, media_dir)) if shared.variants else None,
    )
    rendered = renderer.render(job.text, ctx)
    keywords = rendered.front.data.get("keywords")
    keywords = [str(k) for k in keywords if k is not None] if isinstance(keywords, list) else []
    from .search import page_terms, passages_from_html  # the search module reads the rendered HTML's blocks

    # The title the site shows everywhere (navigation, search, the page itself).
    title = display_title(rendered.title, job.lang, job.slug)
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


def _run_in_worker(job: Job) -> tuple[str, dict[str, Any] | str]:
    assert _worker is not None
    try:
        return job.key, render_job(job, *_worker).to_json()
    except RecursionError:
        return job.key, "the text is nested too deeply to render"
    except Exception as exc:  # reported per page, never a crash of the whole export
        return job.key, f"{type(exc).__name__}: {exc}"


def render_all(
    jobs: list[Job],
    shared: Shared,
    cache: RenderCache,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> tuple[dict[str, PageContent], dict[str, str], int]:
    """Contents by job key, failures by job key (a message), and how many pages were really rendered."""
    results: dict[str, PageContent] = {}
    failures: dict[str, str] = {}
    todo: list[Job] = []
    for job in jobs:
        cached = cache.get(job.key)
        if cached is None:
            todo.append(job)
        else:
            results[job.key] = cached
    done = len(results)
    total = len(jobs)
    if progress:
        progress(done, total)
    workers = workers or min(os.cpu_count() or 1, 8)
    remaining = list(todo)
    if len(todo) >= PARALLEL_THRESHOLD and workers > 1:
        context = _process_context()
        try:
            with ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(shared,)
            ) as pool:
                chunk = max(1, len(todo) // (workers * 8))
                for key, outcome in pool.map(_run_in_worker, todo, chunksize=chunk):
                    done = _collect(key, outcome, results, failures, cache, done)
                    if progress:
                        progress(done, total)
        except BrokenProcessPool:
            pass  # the workers could not start (or died): render what is left here, in this process
        remaining = [job for job in todo if job.key not in results and job.key not in failures]
    if remaining:
        _init_worker(shared)
        for job in remaining:
            key, outcome = _run_in_worker(job)
            done = _collect(key, outcome, results, failures, cache, done)
            if progress:
                progress(done, total)
    return results, failures, len(todo)


def _collect(
    key: str,
    outcome: dict[str, Any] | str,
    results: dict[str, PageContent],
    failures: dict[str, str],
    cache: RenderCache,
    done: int,
) -> int:
    if isinstance(outcome, str):
        failures[key] = outcome
    else:
        content = PageContent.from_json(outcome)
        results[key] = content
        cache.put(key, content)
    return done + 1
