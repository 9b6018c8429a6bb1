"""Export a handbook as a static, multilingual website that works online and from a USB stick.

The use case, top to bottom: plan the pages → read the sections → render them (in parallel, through a cache keyed
by content) → lay out each page → join each language's search index from its pages' fragments → publish the media
the pages use → write it all into a temporary folder → swap that into place, so a failed export leaves the previous
site untouched. A re-export into the same folder makes again only the files whose inputs changed and links the
others from the previous output (see :mod:`.incremental`).
"""

from __future__ import annotations

import os
import posixpath
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..frontmatter import parse_front_matter, source_title
from ..handbook import Handbook
from ..media_safety import media_file_problem
from ..paths import resource_path, user_cache_dir
from ..problems import Problem, error, warning
from ..render.images import image_size
from .building import PageOutcome, PageTask, build_pages
from .incremental import FragmentStore, Manifest, Reuse, digest
from .media import VARIANTS_DIR, Variant, make_variant, variants_for
from .output import MARKER, OutputFolder
from .plan import HOME, PlannedPage, SitePlan, display_title, make_plan
from .rendering import Job, RenderCache, Shared, job_key, media_fingerprint, render_context, renderer_version
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
    record = Manifest()
    jobs = _read_jobs(handbook, plan, shared, result, previous, record)

    # Titles and summaries of all pages (for navigation) come from their sources; the files each page uses from
    # the last export's record until the page is built again.
    meta: dict[tuple[str, str], PageMeta] = {}
    for place, job in jobs.items():
        known = previous.meta.get(job.key)
        try:
            meta[place] = PageMeta.from_json(known) if known else _page_meta(_with_text(handbook, job), place)
        except (TypeError, ValueError, IndexError):  # a record from another version
            meta[place] = _page_meta(_with_text(handbook, job), place)
        for line, message in meta[place].issues:  # the page is still published, with its file name as title
            result.problems.append(error(f"{place[0]}/{place[1]}.md", line, message, code="front-matter"))
    layout = SiteLayout(handbook, plan, meta, base_url)
    cache = RenderCache(cache_root / "render")

    with OutputFolder(out) as output:
        reuse = Reuse(previous, out, output.folder, record)
        # A section page is made again when its content or anything around it (titles, which translations exist,
        # the theme) changed; a language's search index when any of its pages changed.
        signatures = {lang: layout.signature(lang) for lang in plan.languages}
        page_keys = {page.url: digest(jobs[(page.lang, page.slug)].key, signatures[page.lang]) for page in plan.pages}
        search_keys = {lang: _search_key(plan, jobs, layout, lang) for lang in plan.languages}
        stale_search = {lang for lang, key in search_keys.items() if not reuse.link(f"search/{lang}.js", key)}
        stores = {lang: FragmentStore(cache_root, out, lang).load() for lang in stale_search}
        fragment_keys = {page.url: _fragment_key(page, jobs, layout) for page in plan.pages}
        tasks = []
        for page in plan.pages:
            fresh = not reuse.link(page.url, page_keys[page.url])
            needs_fragment = page.lang in stores and fragment_keys[page.url] not in stores[page.lang].fragments
            if fresh or needs_fragment:
                tasks.append(PageTask(jobs[(page.lang, page.slug)], page if fresh else None))
        # A page to be rendered needs its source; one whose content is in the cache does not.
        tasks = [
            replace(task, job=_with_text(handbook, task.job)) if not cache.path(task.job.key).is_file() else task
            for task in tasks
        ]
        outcomes = build_pages(
            tasks, shared, cache, layout, output.folder, lambda done, total: report("pages", done, total), workers
        )
        built: dict[tuple[str, str], PageOutcome] = {}
        for task, outcome in zip(tasks, outcomes, strict=True):
            place = (task.job.lang, task.job.slug)
            built[place] = outcome
            meta[place] = replace(meta[place], media=tuple(outcome.media))
            result.rendered += outcome.rendered
            if outcome.error:
                result.problems.append(
                    error(
                        f"{place[0]}/{place[1]}.md",
                        None,
                        f"the section could not be rendered; its page says so: {outcome.error}",
                        code="render-failed",
                    )
                )
            if task.page is not None and not outcome.error:
                reuse.remember(task.page.url, page_keys[task.page.url])
        # The homes, the chooser and the sitemap show titles, summaries and which pages exist: made again only when
        # one of those changed.
        for lang in plan.languages:
            summaries = (meta[(lang, page.slug)].summary for page in plan.reading_order(lang))
            _write_unless_unchanged(
                output,
                reuse,
                f"{lang}/{HOME}.html",
                digest("home", signatures[lang], *summaries),
                lambda lang=lang: layout.home_page(lang),
            )
        _write_unless_unchanged(
            output, reuse, "index.html", digest("chooser", *signatures.values()), layout.chooser_page
        )
        _write_unless_unchanged(
            output,
            reuse,
            "sitemap.xml",
            digest("sitemap", base_url or "", *(page.url for page in plan.pages)),
            layout.sitemap,
        )
        _write_search(plan, layout, built, stores, fragment_keys, search_keys, output, reuse)
        result.search_bytes = {lang: output.path(f"search/{lang}.js").stat().st_size for lang in plan.languages}
        report("search", 1, 1)
        _write_assets(output)
        result.media = _write_media(handbook, meta.values(), output, reuse, cache_root, result)
        output.commit()
    reuse.record.meta = {jobs[place].key: page.to_json() for place, page in meta.items() if place in jobs}
    reuse.record.save(cache_root, out)
    result.reused = reuse.reused
    result.pages = sum(1 for path in out.rglob("*") if path.is_file()) - 1  # the marker is not a page
    result.seconds = time.perf_counter() - started
    return result


def _page_meta(job: Job, place: tuple[str, str]) -> PageMeta:
    if job.text is None:  # it could not be read after all: the page says so when it is built
        return PageMeta(display_title(None, *place), "")
    front, body = parse_front_matter(job.text)
    return PageMeta(display_title(source_title(front, body), *place), front.summary or "", (), tuple(front.issues))


def _read_jobs(
    handbook: Handbook, plan: SitePlan, shared: Shared, result: ExportResult, previous: Manifest, record: Manifest
) -> dict[tuple[str, str], Job]:
    """Every page's render key; a source that is as the last export left it (size and time) is not read again."""
    context = render_context(shared, media_fingerprint(handbook.media_dir))
    known = previous.sources if previous.context == context else {}
    record.context = context
    jobs: dict[tuple[str, str], Job] = {}
    for planned in list(plan.pages):
        place = (planned.lang, planned.slug)
        rel = f"{planned.lang}/{planned.slug}.md"
        path = handbook.section_path(*place)
        try:
            stat = path.stat() if handbook.is_inside(path) else None
        except OSError:
            stat = None
        entry = known.get(rel)
        if stat is not None and entry and entry[0] == stat.st_size and entry[1] == stat.st_mtime_ns:
            jobs[place] = Job(planned.lang, planned.slug, None, str(entry[2]))
        else:
            section = handbook.read(*place)
            if section.text is None:
                if section.problem:
                    result.problems.append(section.problem)
                _drop(plan, jobs, place)
                continue
            jobs[place] = Job(planned.lang, planned.slug, section.text, job_key(context, *place, section.text))
        if stat is not None:
            record.sources[rel] = [stat.st_size, stat.st_mtime_ns, jobs[place].key]
    return jobs


def _with_text(handbook: Handbook, job: Job) -> Job:
    """The job with its source read (for a page that must be rendered or whose title is not on record)."""
    if job.text is not None:
        return job
    return replace(job, text=handbook.read(job.lang, job.slug).text)


def _drop(plan: SitePlan, jobs: dict[tuple[str, str], Job], place: tuple[str, str]) -> None:
    plan.pages = [p for p in plan.pages if (p.lang, p.slug) != place]
    plan._exists.discard(place)
    jobs.pop(place, None)


def _search_key(plan: SitePlan, jobs: dict[tuple[str, str], Job], layout: SiteLayout, lang: str) -> str:
    entries = (
        f"{jobs[(p.lang, p.slug)].key}|{p.url}|{layout.title_of(lang, p.slug)}|{layout.part_title(p.part, lang)}"
        for p in plan.reading_order(lang)
    )
    return digest("search", renderer_version(), lang, *entries)


def _write_unless_unchanged(output: OutputFolder, reuse: Reuse, rel: str, key: str, make: Callable[[], str]) -> None:
    if not reuse.link(rel, key):
        output.write(rel, make().encode("utf-8"))
        reuse.remember(rel, key)


def _fragment_key(page: PlannedPage, jobs: dict[tuple[str, str], Job], layout: SiteLayout) -> str:
    title, part = layout.title_of(page.lang, page.slug), layout.part_title(page.part, page.lang)
    return digest(jobs[(page.lang, page.slug)].key, page.url, title, part)


def _write_search(
    plan: SitePlan,
    layout: SiteLayout,
    built: dict[tuple[str, str], PageOutcome],
    stores: dict[str, FragmentStore],
    fragment_keys: dict[str, str],
    keys: dict[str, str],
    output: OutputFolder,
    reuse: Reuse,
) -> None:
    """The index of each language whose pages changed (the others were linked unchanged), joined from its pages'
    fragments: a page's terms were made when it was rendered; a page that did not change brings its fragment from
    the last export."""
    for lang, store in stores.items():
        fragments: dict[str, str] = {}
        for page in plan.reading_order(lang):
            key = fragment_keys[page.url]
            outcome = built.get((lang, page.slug))
            if outcome is None:
                fragments[key] = store.fragments[key]
                continue
            title, part = layout.title_of(lang, page.slug), layout.part_title(page.part, lang)
            fragments[key] = page_fragment(
                page.url, title, part, outcome.summary, outcome.headings, outcome.search_terms
            )
        rel = f"search/{lang}.js"
        output.write(rel, assemble_index_js(lang, fragments.values()).encode("utf-8"))
        reuse.remember(rel, keys[lang])
        store.save(fragments)


def _write_assets(output: OutputFolder) -> None:
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
        used.update(page.media)
    # Only the variants a page's srcset names are made (a video's poster has none).
    wanted_variants = {rel for rel in used if rel.startswith(f"{VARIANTS_DIR}/")}
    used -= wanted_variants
    published: list[str] = []
    to_make: list[tuple[Path, Variant, str, str]] = []
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
        problem = media_file_problem(real)
        if problem is not None:  # a damaged image, a decompression bomb, an SVG with scripts: named, not published
            result.problems.append(
                warning(f"media/{rel}", None, f"{problem} (it is not published)", code="unsafe-media")
            )
            continue
        key = digest("media", rel, str(stat.st_size), str(stat.st_mtime_ns))
        target = f"media/{rel}"
        if not reuse.link(target, key):
            # A copy, never a link to the handbook's file: editing the published file must not change the handbook.
            output.write(target, real.read_bytes())
            reuse.remember(target, key)
        published.append(rel)
        # Variants are named after their source: link those made last time; read the image only to make others.
        prefix = f"{VARIANTS_DIR}/{posixpath.splitext(rel)[0]}-"
        mine = [target for target in wanted_variants if target.startswith(prefix)]
        missing = [target for target in mine if not reuse.link(f"media/{target}", digest(key, target))]
        if missing:
            for variant in variants_for(rel, image_size(real)):
                if variant.target in missing:
                    to_make.append((real, variant, f"media/{variant.target}", digest(key, variant.target)))

    # Pillow encodes without holding the interpreter: the variants are made on every core at once.
    def make(job: tuple[Path, Variant, str, str]) -> str | None:
        """One variant; an image Pillow cannot decode after all (a truncated JPEG) is said, not raised."""
        try:
            make_variant(job[0], job[1], output.path(job[2]), cache_root / "image-variants")
        except Exception as exc:
            return f"{exc or type(exc).__name__}"
        return None

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        failures = list(pool.map(make, to_make))
    reported: set[Path] = set()
    for (real, _variant, variant_rel, variant_key), failure in zip(to_make, failures, strict=True):
        if failure is None:
            reuse.remember(variant_rel, variant_key)
        elif real not in reported:
            reported.add(real)
            result.problems.append(
                warning(
                    f"media/{handbook.relative(real)}",
                    None,
                    f"smaller copies of this image could not be made ({failure}): the image is damaged or incomplete; "
                    "open it in an image editor and save it again",
                    code="unsafe-media",
                )
            )
    return published
