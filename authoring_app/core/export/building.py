"""Build the section pages: render (or take from the cache), lay out and write each page, in parallel processes.

One task per page does everything that page needs, so the work spreads evenly over the cores: the render cache is
read and written by the workers, the laid-out page goes straight into the temporary output folder, and only what
the search index and the media step need comes back (a page's summary, headings, search terms, media files).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..render import SectionRenderer
from ..render.site_words import words
from .plan import PlannedPage
from .rendering import Job, PageContent, RenderCache, Shared, render_job
from .site_pages import SiteLayout

#: Below this many pages to render, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24


@dataclass(frozen=True)
class PageTask:
    job: Job
    #: The page to lay out and write; None when only its search data is needed (the file itself is unchanged).
    page: PlannedPage | None


@dataclass
class PageOutcome:
    key: str
    summary: str = ""
    headings: list[tuple[str, str]] = field(default_factory=list)
    search_terms: str = ""
    media: list[str] = field(default_factory=list)
    rendered: bool = False
    error: str | None = None


@dataclass
class _State:
    shared: Shared
    cache: RenderCache
    layout: SiteLayout
    folder: Path
    renderer: SectionRenderer | None = None


_state: _State | None = None


def _init(shared: Shared, cache_folder: Path, layout: SiteLayout, folder: Path) -> None:
    global _state
    _state = _State(shared, RenderCache(cache_folder), layout, folder)


def _content(state: _State, job: Job) -> tuple[PageContent, bool]:
    cached = state.cache.get(job.key)
    if cached is not None:
        return cached, False
    if state.renderer is None:
        state.renderer = SectionRenderer()
    content = render_job(job, state.renderer, state.shared)
    state.cache.put(job.key, content)
    return content, True


def _failed_content(job: Job, message: str) -> PageContent:
    """What a page that cannot be rendered shows: that it failed, in the page's language, and the technical reason
    (in English, as the program states it), so no link to it is dead and nobody is misled."""
    from html import escape

    said = escape(words(job.lang)["render_failed"])
    return PageContent(
        html=f'<p class="hb-render-error" role="alert">{said} <code lang="en">{escape(message)}</code></p>',
        title=None,
        summary=None,
        headings=[],
        has_h1=False,
        media=[],
    )


def _build(task: PageTask) -> PageOutcome:
    assert _state is not None
    state = _state
    job = task.job
    error = None
    rendered = False
    try:
        content, rendered = _content(state, job)
    except RecursionError:
        error = "the text is nested too deeply to render"
    except Exception as exc:  # reported per page, never the end of the whole export
        error = f"{type(exc).__name__}: {exc}"
    if error is not None:
        content = _failed_content(job, error)
        if state.renderer is not None:
            state.renderer = None  # a renderer that failed half-way is not reused
    if task.page is not None:
        html = state.layout.section_page(task.page, content)
        target = state.folder / task.page.url
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(html.encode("utf-8"))
    return PageOutcome(
        key=job.key,
        summary=content.summary or "",
        headings=[(hid, text) for level, hid, text in content.headings if level in (2, 3)],
        search_terms=content.search_terms,
        media=list(content.media),
        rendered=rendered,
        error=error,
    )


def _context() -> multiprocessing.context.BaseContext:
    """``fork`` when this process runs one thread (the CLI: workers start at once, with everything imported);
    ``spawn`` otherwise (the GUI: forking beside Qt's threads is not safe)."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def build_pages(
    tasks: list[PageTask],
    shared: Shared,
    cache: RenderCache,
    layout: SiteLayout,
    folder: Path,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
) -> list[PageOutcome]:
    """Build every task's page; outcomes in the order of ``tasks``."""
    outcomes: dict[int, PageOutcome] = {}
    total = len(tasks)
    report = progress or (lambda _done, _total: None)
    workers = workers or min(os.cpu_count() or 1, 8)
    to_render = sum(1 for task in tasks if not cache.path(task.job.key).is_file())
    if workers > 1 and to_render >= PARALLEL_THRESHOLD:
        try:
            with ProcessPoolExecutor(
                max_workers=workers,
                mp_context=_context(),
                initializer=_init,
                initargs=(shared, cache.folder, layout, folder),
            ) as pool:
                chunk = max(1, min(8, total // (workers * 8)))  # small: the cores finish together
                for index, outcome in enumerate(pool.map(_build, tasks, chunksize=chunk)):
                    outcomes[index] = outcome
                    report(index + 1, total)
        except BrokenProcessPool:
            pass  # the workers could not start, or died: what is left is built here, in this process
    if len(outcomes) < total:
        _init(shared, cache.folder, layout, folder)
        for index, task in enumerate(tasks):
            if index not in outcomes:
                outcomes[index] = _build(task)
                report(len(outcomes), total)
    return [outcomes[index] for index in range(total)]
