"""Export a handbook as a static, multilingual website that works online and from a USB stick.

The use case, top to bottom: plan the pages → read the sections → render them (in parallel, through a cache keyed
by content) → lay out each page → join each language's search index from its pages' fragments → publish the media
the pages use → write it all into a temporary folder → swap that into place, so a failed export leaves the previous
site untouched. A re-export into the same folder makes again only the files whose inputs changed and links the
others from the previous output (see :mod:`.incremental`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..handbook import Handbook
from ..paths import resource_path, user_cache_dir
from ..problems import Problem, error, warning
from ..render.images import image_size
from .incremental import Manifest, Reuse, digest
from .media import VARIANTS_DIR, make_variant, variants_for
from .output import MARKER, OutputFolder
from .plan import HOME, PlannedPage, SitePlan, make_plan
from .rendering import Job, PageContent, RenderCache, Shared, job_key, media_fingerprint, render_all, renderer_version
from .search import assemble_index_js, page_fragment
from .site_pages import PageMeta, SiteLayout, pygments_css

#: Stages reported to the progress callback: (stage, done, total).
Progress = Callable[[str, int, int], None]


class ExportError(Exception):
    """The export cannot start or finish (bad output folder, disk full …); the previous output is untouched."""


@dataclass
class ExportResult:
    out: Path
    #: Files in the output.
    pages: int = 0
    #: Sections rendered now (the others came from the cache).
    rendered: int = 0
    #: Files linked unchanged from the previous export.
    reused: int = 0
    problems: list[Problem] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    search_bytes: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def _check_output(out: Path, root: Path) -> None:
    if out == root or root.is_relative_to(out):
        raise ExportError(f"the output folder {out} holds the handbook itself: choose another folder")
    if out.is_relative_to(root):
        raise ExportError(f"the output folder {out} is inside the handbook: choose a folder outside {root}")
    OutputFolder.check_replaceable(out)


class _Contents:
    """Page contents by job key, rendered or read from the cache on demand, many at a time."""

    def __init__(self, shared: Shared, cache: RenderCache, workers: int | None, report: Progress) -> None:
        self.shared = shared
        self.cache = cache
        self.workers = workers
        self.report = report
        self.by_key: dict[str, PageContent] = {}
        self.failures: dict[str, str] = {}
        self.rendered = 0

    def fetch(self, jobs: list[Job]) -> None:
        todo = [job for job in jobs if job.key not in self.by_key and job.key not in self.failures]
        if not todo:
            return
        found, failures, rendered = render_all(
            todo, self.shared, self.cache, lambda done, total: self.report("render", done, total), self.workers
        )
        self.by_key.update(found)
        self.failures.update(failures)
        self.rendered += rendered

    def __getitem__(self, job: Job) -> PageContent:
        if job.key not in self.by_key:
            self.fetch([job])
        return self.by_key[job.key]


def export_site(
    root: Path | str,
    out: Path | str,
    *,
    languages: list[str] | None = None,
    progress: Progress | None = None,
    base_url: str | None = None,
    cache_dir: Path | None = None,
    workers: int | None = None,
) -> ExportResult:
    """Export the handbook at ``root`` as a website into ``out``.

    Raises :class:`~..problems.HandbookLoadError` when the handbook cannot be loaded and :class:`ExportError` when
    the output cannot be written; problems with single files are in the result, and those pages are left out.
    """
    started = time.perf_counter()
    report = progress or (lambda _stage, _done, _total: None)
    handbook = Handbook.load(root)
    out = Path(out).expanduser().resolve()
    _check_output(out, handbook.root)
    plan = make_plan(handbook, languages)
    if not plan.languages:
        raise ExportError("none of the chosen languages is one of the handbook's languages")
    result = ExportResult(out=out)
    cache_root = cache_dir or user_cache_dir()
    previous = Manifest.load(cache_root, out) if (out / MARKER).is_file() else Manifest()

    # Read every page's text; its render key says whether anything it is made from changed.
    shared = Shared(str(handbook.root), tuple(handbook.config.languages), handbook.config.source_language)
    jobs = _read_jobs(handbook, plan, shared, result)

    # Titles and summaries of all pages (for navigation): from the last export's record, else by rendering.
    contents = _Contents(shared, RenderCache(cache_root / "render"), workers, report)
    contents.fetch([job for job in jobs.values() if job.key not in previous.meta])
    meta: dict[tuple[str, str], PageMeta] = {}
    for place, job in list(jobs.items()):
        if job.key in contents.by_key:
            meta[place] = PageMeta.of(contents.by_key[job.key])
        elif job.key in previous.meta:
            meta[place] = PageMeta.from_json(previous.meta[job.key])
        else:
            _drop(plan, jobs, place)
            result.problems.append(
                error(
                    f"{place[0]}/{place[1]}.md",
                    None,
                    f"the page could not be rendered and is left out: {contents.failures.get(job.key)}",
                    code="render-failed",
                )
            )
    layout = SiteLayout(handbook, plan, meta, base_url)

    with OutputFolder(out) as output:
        reuse = Reuse(previous, out, output.folder)
        _write_pages(plan, jobs, layout, contents, output, reuse, report)
        result.search_bytes = _write_search(plan, jobs, layout, contents, output, reuse)
        report("search", 1, 1)
        _write_assets(output, reuse)
        result.media = _write_media(handbook, meta.values(), output, reuse, cache_root, result)
        output.commit()
    reuse.record.meta = {jobs[place].key: page.to_json() for place, page in meta.items() if place in jobs}
    reuse.record.save(cache_root, out)
    result.rendered = contents.rendered
    result.reused = reuse.reused
    result.pages = sum(1 for path in out.rglob("*") if path.is_file()) - 1  # the marker is not a page
    result.seconds = time.perf_counter() - started
    return result


def _read_jobs(handbook: Handbook, plan: SitePlan, shared: Shared, result: ExportResult) -> dict[tuple[str, str], Job]:
    media_fp = media_fingerprint(handbook.media_dir)
    jobs: dict[tuple[str, str], Job] = {}
    for planned in list(plan.pages):
        place = (planned.lang, planned.slug)
        section = handbook.read(planned.lang, planned.slug)
        if section.text is None:
            if section.problem:
                result.problems.append(section.problem)
            _drop(plan, jobs, place)
            continue
        key = job_key(shared, planned.lang, planned.slug, section.text, media_fp)
        jobs[place] = Job(planned.lang, planned.slug, section.text, key)
    return jobs


def _drop(plan: SitePlan, jobs: dict[tuple[str, str], Job], place: tuple[str, str]) -> None:
    plan.pages = [p for p in plan.pages if (p.lang, p.slug) != place]
    plan._exists.discard(place)
    jobs.pop(place, None)


def _write_pages(
    plan: SitePlan,
    jobs: dict[tuple[str, str], Job],
    layout: SiteLayout,
    contents: _Contents,
    output: OutputFolder,
    reuse: Reuse,
    report: Progress,
) -> None:
    signatures = {lang: layout.signature(lang) for lang in plan.languages}
    pending: list[tuple[PlannedPage, str]] = []
    for planned in plan.pages:
        key = digest(jobs[(planned.lang, planned.slug)].key, signatures[planned.lang])
        if not reuse.link(planned.url, key):
            pending.append((planned, key))
    contents.fetch([jobs[(planned.lang, planned.slug)] for planned, _ in pending])
    total = len(pending) + len(plan.languages) + 2
    for number, (planned, key) in enumerate(pending, 1):
        content = contents[jobs[(planned.lang, planned.slug)]]
        output.write(planned.url, layout.section_page(planned, content).encode("utf-8"))
        reuse.remember(planned.url, key)
        report("pages", number, total)
    for lang in plan.languages:
        output.write(f"{lang}/{HOME}.html", layout.home_page(lang).encode("utf-8"))
    output.write("index.html", layout.chooser_page().encode("utf-8"))
    output.write("sitemap.xml", layout.sitemap().encode("utf-8"))
    report("pages", total, total)


def _write_search(
    plan: SitePlan,
    jobs: dict[tuple[str, str], Job],
    layout: SiteLayout,
    contents: _Contents,
    output: OutputFolder,
    reuse: Reuse,
) -> dict[str, int]:
    """One index per language, joined from its pages' fragments (their terms were made when they were rendered)."""
    sizes: dict[str, int] = {}
    for lang in plan.languages:
        pages = plan.reading_order(lang)
        entries = [
            (page, jobs[(lang, page.slug)], layout.title_of(lang, page.slug), layout.part_title(page.part, lang))
            for page in pages
        ]
        rel = f"search/{lang}.js"
        key = digest(
            "search",
            renderer_version(),
            lang,
            *(f"{job.key}|{page.url}|{title}|{part}" for page, job, title, part in entries),
        )
        if not reuse.link(rel, key):
            contents.fetch([job for _, job, _, _ in entries])
            fragments = []
            for page, job, title, part in entries:
                content = contents[job]
                headings = [(hid, text) for level, hid, text in content.headings if level in (2, 3)]
                fragments.append(
                    page_fragment(page.url, title, part, content.summary or "", headings, content.search_terms)
                )
            output.write(rel, assemble_index_js(lang, fragments).encode("utf-8"))
            reuse.remember(rel, key)
        sizes[lang] = output.path(rel).stat().st_size
    return sizes


def _write_assets(output: OutputFolder, reuse: Reuse) -> None:
    assets = resource_path("site", "assets")
    for path in sorted(assets.rglob("*")):
        if path.is_file():
            output.write(f"assets/{path.relative_to(assets).as_posix()}", path.read_bytes())
    output.write("assets/pygments.css", pygments_css().encode("utf-8"))


def _write_media(
    handbook: Handbook,
    pages: Iterable[PageMeta],
    output: OutputFolder,
    reuse: Reuse,
    cache_root: Path,
    result: ExportResult,
) -> list[str]:
    """Publish the media files the pages use, and their image variants; nothing outside the handbook is read."""
    used: set[str] = set()
    for page in pages:
        used.update(rel for rel in page.media if not rel.startswith(f"{VARIANTS_DIR}/"))
    published: list[str] = []
    root = handbook.root
    for rel in sorted(used):
        source = handbook.media_dir / rel
        try:
            real = source.resolve()
            real.relative_to(root)
            stat = real.stat()
        except (OSError, ValueError):
            result.problems.append(
                warning(
                    f"media/{rel}",
                    None,
                    "a page uses this file, but it does not exist (or lies outside the handbook): it is not published",
                    code="missing-media",
                )
            )
            continue
        key = digest("media", rel, str(stat.st_size), str(stat.st_mtime_ns))
        target = f"media/{rel}"
        if not reuse.link(target, key):
            # A copy, never a link to the handbook's file: editing the published file must not change the handbook.
            output.write(target, real.read_bytes())
            reuse.remember(target, key)
        published.append(rel)
        for variant in variants_for(rel, image_size(real)):
            variant_rel = f"media/{variant.target}"
            variant_key = digest(key, variant.target, variant.format, str(variant.width))
            if not reuse.link(variant_rel, variant_key):
                make_variant(real, variant, output.path(variant_rel), cache_root / "image-variants")
                reuse.remember(variant_rel, variant_key)
    return published
