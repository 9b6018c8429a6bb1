"""The preview page of a section: the website's own page (templates, CSS, scripts), with the section's blocks.

The page is laid out by the export's :class:`~authoring_app.core.export.site_pages.SiteLayout`, so the preview
shows the sidebar, breadcrumbs, pager and language switcher the site will have. Two things differ, and only in the
page's head: the theme's files come from a folder in the user's cache (:func:`prepare_preview_assets`), and a
``<base>`` points at the section's language folder, so that ``../media/…`` paths load the handbook's own files.
The section's content is not in the page's HTML: the preview script inserts it from a patch (:mod:`.patch`), the
first one included in the page, so that every later change arrives the same way.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from ..export.plan import PlannedPage, SitePlan, display_title, make_plan
from ..export.rendering import PageContent
from ..export.site_pages import PageMeta, SiteLayout, pygments_css
from ..frontmatter import parse_front_matter, source_title
from ..handbook import Handbook
from ..paths import resource_path, user_cache_dir
from .patch import PreviewPatch

#: Where the content goes in the page (the template's ``page.content``).
CONTENT_PLACEHOLDER = "\x07hb-preview-content\x07"


def prepare_preview_assets(folder: Path | None = None) -> Path:
    """Copy the site's theme (and its code styles) into ``folder`` (default: the user's cache); returns it."""
    target = folder or user_cache_dir() / "preview"
    assets = target / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    for source in resource_path("site", "assets").iterdir():
        if source.is_file():
            _copy_if_changed(source.read_bytes(), assets / source.name)
    _copy_if_changed(pygments_css().encode("utf-8"), assets / "pygments.css")
    for source in resource_path("preview").iterdir():
        if source.is_file():
            _copy_if_changed(source.read_bytes(), target / source.name)
    return target


def _copy_if_changed(data: bytes, target: Path) -> None:
    try:
        if target.read_bytes() == data:
            return
    except OSError:
        pass
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(target)


def preview_page(
    handbook: Handbook,
    lang: str,
    slug: str,
    first: PreviewPatch,
    *,
    assets_root: Path,
    head: str = "",
    theme: str | None = None,
) -> str:
    """The whole preview page of section ``slug`` in ``lang``, showing ``first`` (the patch from an empty page).

    ``assets_root`` is what :func:`prepare_preview_assets` returned; ``head`` is more markup for the head (the
    preview's scripts), placed before the site's own so that the content is in place when they run.
    """
    plan = make_plan(handbook)
    planned = PlannedPage(lang, slug, "section", part.slug if (part := handbook.config.part_of(slug)) else None)
    if not plan.exists(lang, slug):  # a translation not saved yet: the page is shown as it will be
        plan.pages.append(planned)
        plan._exists.add((lang, slug))
    meta = _titles(handbook, plan, {lang, handbook.config.source_language})
    meta[(lang, slug)] = PageMeta(first.title or display_title(None, lang, slug), "")
    nonce = secrets.token_urlsafe(18)
    root = assets_root.resolve().as_uri() + "/"
    layout = SiteLayout(handbook, plan, meta, None, root=root)
    content = PageContent(html=CONTENT_PLACEHOLDER, title=first.title, summary=None, headings=[], has_h1=True, media=[])
    html = layout.section_page(planned, content)
    base = (handbook.root / lang).resolve().as_uri() + "/"
    initial = json.loads(first.to_json())
    script = "<script>window.hbInitialPatch = " + _script_json(initial) + ";</script>"
    extra = f'<meta http-equiv="Content-Security-Policy" content="{content_policy(nonce)}">\n<base href="{base}">\n'
    extra += f"{script}\n{head}"
    html = html.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n' + extra, 1)
    # Only the page's own scripts run: a script or an on…= handler in a section's raw HTML does not.
    html = html.replace("<script", f'<script nonce="{nonce}"')
    html = html.replace(CONTENT_PLACEHOLDER, "", 1)
    if theme in ("dark", "light"):
        html = html.replace("<html ", f'<html data-theme="{theme}" ', 1)
    return html


def content_policy(nonce: str) -> str:
    """What the preview page may load and run: the handbook's and the theme's files, and only its own scripts.

    A section may hold raw HTML; in the preview it must not run scripts (they could read local files or talk to the
    editor), load anything from the network, submit forms or frame other pages.
    """
    return (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src file: 'unsafe-inline'; "
        "img-src file: data: blob:; media-src file: data: blob:; font-src file: data:; connect-src 'none'; "
        "frame-src 'none'; object-src 'none'; form-action 'none'; base-uri file:"
    )


def _script_json(value: object) -> str:
    """JSON that is safe inside ``<script>``: no ``</script>`` and no ``<!--`` can end or confuse it."""
    text = json.dumps(value, ensure_ascii=False)
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def _titles(handbook: Handbook, plan: SitePlan, languages: set[str]) -> dict[tuple[str, str], PageMeta]:
    """The titles the navigation shows, read from the sections' front matter (or first heading)."""
    meta: dict[tuple[str, str], PageMeta] = {}
    for page in plan.pages:
        if page.lang not in languages:
            continue
        text = handbook.read(page.lang, page.slug).text
        if text is None:
            meta[(page.lang, page.slug)] = PageMeta(display_title(None, page.lang, page.slug), "")
            continue
        front, body = parse_front_matter(text)
        meta[(page.lang, page.slug)] = PageMeta(display_title(source_title(front, body), page.lang, page.slug), "")
    return meta
