"""The pages of the website: navigation, breadcrumbs, the language switcher, and the templates that lay them out.

Everything here is decided from ``handbook.toml``, which files exist, and each page's title and summary
(:class:`PageMeta`); a page's own content is only needed when that page is laid out. :meth:`SiteLayout.signature`
says, per language, everything a page's surroundings depend on, so an export can tell which pages would come out
the same as last time.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from pygments.formatters import HtmlFormatter

from ... import __version__
from ..handbook import GLOSSARY, Handbook
from ..paths import resource_path, user_cache_dir
from ..render import site_word_tables, site_words
from ..render.site_words import language_name, words
from .plan import HOME, PlannedPage, SitePlan, display_title, relative_href
from .rendering import PageContent

TAG_RE = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class PageMeta:
    """What other pages show of a page (its title and summary), the media files it uses, and what is wrong with its
    front matter (``(line, message)``) — all kept in the export's record, so an unchanged page is not read again."""

    title: str
    summary: str
    media: tuple[str, ...] = ()
    issues: tuple[tuple[int, str], ...] = ()

    def to_json(self) -> list:
        return [self.title, self.summary, list(self.media), [list(issue) for issue in self.issues]]

    @classmethod
    def from_json(cls, data: list) -> PageMeta:
        return cls(str(data[0]), str(data[1]), tuple(data[2]), tuple((int(a), str(b)) for a, b in data[3]))


def _environment() -> Environment:
    cache = user_cache_dir() / "templates"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        bytecode = FileSystemBytecodeCache(str(cache))
    except OSError:
        bytecode = None  # compiling the templates again is only slower
    return Environment(
        loader=FileSystemLoader(str(resource_path("site", "templates"))),
        bytecode_cache=bytecode,
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@cache
def theme_signature() -> str:
    """Changes when the templates, the site's words or the version change: every page then differs."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(resource_path("site", "templates").glob("*.j2")):
        digest.update(path.read_bytes())
    for words_module in (site_words, site_word_tables):
        digest.update(Path(words_module.__file__).read_bytes())
    return digest.hexdigest()[:16]


def _plain(text: str) -> str:
    return " ".join(html.unescape(TAG_RE.sub(" ", text)).split())


def description(content: PageContent) -> str:
    """The page's ``<meta name=description>``: its summary, else the start of its first paragraph."""
    if content.summary:
        return content.summary
    for paragraph in re.findall(r"<p[^>]*>(.*?)</p>", content.html, re.S):
        text = _plain(paragraph)
        if text:
            return text[:157] + "…" if len(text) > 160 else text
    return ""


class SiteLayout:
    """Lays out the pages of a site from the plan and each page's :class:`PageMeta`."""

    def __init__(
        self,
        handbook: Handbook,
        plan: SitePlan,
        meta: dict[tuple[str, str], PageMeta],
        base_url: str | None,
        root: str = "../",
    ) -> None:
        self.hb = handbook
        self.config = handbook.config
        self.plan = plan
        self.meta = meta
        self.base_url = base_url.rstrip("/") + "/" if base_url else None
        #: The site's root as seen from a page (the preview puts the theme's files elsewhere).
        self.root = root
        self._env: Environment | None = None

    @property
    def env(self) -> Environment:
        if self._env is None:
            self._env = _environment()
        return self._env

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_env"] = None  # made again where it is needed (it does not cross process borders)
        return state

    def title_of(self, lang: str, slug: str) -> str:
        meta = self.meta.get((lang, slug))
        if meta is not None:
            return meta.title
        return display_title(None, lang, slug)

    def part_title(self, part_slug: str | None, lang: str) -> str:
        part = next((p for p in self.config.parts if p.slug == part_slug), None)
        return part.title(lang, self.config.source_language) if part else ""

    # --- navigation ---------------------------------------------------------------------------------------
    def nav(self, lang: str, current: PlannedPage | None) -> list[dict]:
        parts = []
        for part in self.config.parts:
            expanded = current is not None and current.part == part.slug
            available = [s for s in part.sections if self.plan.exists(lang, s)]
            sections = []
            if expanded:
                for slug in part.sections:
                    exists = self.plan.exists(lang, slug)
                    sections.append(
                        {
                            "title": self.title_of(lang, slug)
                            if exists
                            else self.title_of(self.config.source_language, slug),
                            "href": f"{slug}.html" if exists else None,
                            "current": current is not None and current.slug == slug,
                            "lang": None if exists else self.config.source_language,
                        }
                    )
            parts.append(
                {
                    "slug": part.slug,
                    "title": part.title(lang, self.config.source_language),
                    "expanded": expanded,
                    "href": f"{available[0]}.html" if available else None,
                    "sections": sections,
                }
            )
        return parts

    def translations(self, lang: str, slug: str) -> list[dict]:
        result = []
        for other in self.plan.languages:
            exists = slug == HOME or self.plan.exists(other, slug)
            result.append(
                {
                    "code": other,
                    "name": language_name(other),
                    "current": other == lang,
                    "href": relative_href(lang, f"{other}/{slug}.html") if exists else None,
                }
            )
        return result

    def alternates(self, lang: str, slug: str) -> list[dict]:
        alternates = []
        for other in self.plan.languages:
            if slug == HOME or self.plan.exists(other, slug):
                alternates.append({"hreflang": other, "href": relative_href(lang, f"{other}/{slug}.html")})
        source = self.config.source_language
        if source in self.plan.languages and (slug == HOME or self.plan.exists(source, slug)):
            alternates.append({"hreflang": "x-default", "href": relative_href(lang, f"{source}/{slug}.html")})
        return alternates

    def common(self, lang: str, page: dict, current: PlannedPage | None) -> dict:
        glossary = self.plan.exists(lang, GLOSSARY)
        return {
            "site": {"title": self.config.title(lang), "version": __version__},
            "root": self.root,
            "w": words(lang),
            "nav": self.nav(lang, current),
            "glossary_href": f"{GLOSSARY}.html" if glossary else None,
            "page": page,
        }

    # --- pages --------------------------------------------------------------------------------------------
    def section_page(self, planned: PlannedPage, content: PageContent) -> str:
        lang, slug = planned.lang, planned.slug
        order = self.plan.reading_order(lang)
        index = order.index(planned)
        prev_page = order[index - 1] if index > 0 else None
        next_page = order[index + 1] if index + 1 < len(order) else None
        home_title = self.config.title(lang)
        crumbs = [{"title": home_title, "href": f"{HOME}.html"}]
        if planned.part:
            part_title = self.part_title(planned.part, lang)
            crumbs.append({"title": part_title, "href": f"{HOME}.html#part-{planned.part}"})
        crumbs.append({"title": self.title_of(lang, slug), "href": None})
        page = {
            "kind": "glossary" if slug == GLOSSARY else "section",
            "lang": lang,
            "title": self.title_of(lang, slug),
            "description": description(content),
            "alternates": self.alternates(lang, slug),
            "translations": self.translations(lang, slug),
            "breadcrumbs": crumbs,
            "prev": {"title": self.title_of(lang, prev_page.slug), "href": f"{prev_page.slug}.html"}
            if prev_page
            else None,
            "next": {"title": self.title_of(lang, next_page.slug), "href": f"{next_page.slug}.html"}
            if next_page
            else None,
            "has_h1": content.has_h1,
            "content": Markup(content.html),
        }
        return self.env.get_template("section.html.j2").render(self.common(lang, page, planned))

    def home_page(self, lang: str) -> str:
        w = words(lang)
        sections = self.plan.sections_of(lang)
        total = len(self.config.sections)
        parts = []
        for part in self.config.parts:
            items = []
            for slug in part.sections:
                exists = self.plan.exists(lang, slug)
                meta = self.meta.get((lang, slug))
                items.append(
                    {
                        "title": self.title_of(lang, slug)
                        if exists
                        else self.title_of(self.config.source_language, slug),
                        "href": f"{slug}.html" if exists else None,
                        "summary": meta.summary if meta else None,
                        "lang": None if exists else self.config.source_language,
                    }
                )
            parts.append({"slug": part.slug, "title": part.title(lang, self.config.source_language), "sections": items})
        page = {
            "kind": "home",
            "lang": lang,
            "title": self.config.title(lang),
            "description": w["progress"].format(n=len(sections), total=total),
            "alternates": self.alternates(lang, HOME),
            "translations": self.translations(lang, HOME),
            "breadcrumbs": [],
            "prev": None,
            "next": None,
        }
        context = self.common(lang, page, None)
        first = sections[0] if sections else None
        if first:
            page["next"] = {"title": self.title_of(lang, first.slug), "href": f"{first.slug}.html"}
        context["home"] = {"progress": w["progress"].format(n=len(sections), total=total), "parts": parts}
        return self.env.get_template("home.html.j2").render(context)

    def chooser_page(self) -> str:
        source = self.config.source_language
        lang = source if source in self.plan.languages else self.plan.languages[0]
        total = len(self.config.sections)
        entries = []
        for other in self.plan.languages:
            count = len(self.plan.sections_of(other))
            entries.append(
                {
                    "code": other,
                    "name": language_name(other),
                    "title": self.config.title(other),
                    "href": f"{other}/{HOME}.html",
                    "progress": words(other)["progress"].format(n=count, total=total),
                }
            )
        page = {
            "lang": lang,
            "alternates": [{"hreflang": other, "href": f"{other}/{HOME}.html"} for other in self.plan.languages]
            + [{"hreflang": "x-default", "href": f"{lang}/{HOME}.html"}],
        }
        return self.env.get_template("chooser.html.j2").render(
            {
                "site": {"title": self.config.title(lang), "version": __version__},
                "w": words(lang),
                "page": page,
                "chooser": {"languages": entries, "codes": " ".join(self.plan.languages)},
            }
        )

    def sitemap(self) -> str:
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        ]
        prefix = self.base_url or ""
        slugs = [HOME, *dict.fromkeys(p.slug for p in self.plan.pages)]
        for slug in slugs:
            langs = [lang for lang in self.plan.languages if slug == HOME or self.plan.exists(lang, slug)]
            for lang in langs:
                lines.append(f"<url><loc>{xml_escape(prefix + f'{lang}/{slug}.html')}</loc>")
                for other in langs:
                    href = xml_escape(prefix + f"{other}/{slug}.html")
                    lines.append(f'<xhtml:link rel="alternate" hreflang="{other}" href="{href}"/>')
                lines.append("</url>")
        lines.append("</urlset>")
        return "\n".join(lines) + "\n"

    def signature(self, lang: str) -> str:
        """Everything the surroundings of a page in ``lang`` show: titles and parts, which pages exist in which
        language, the handbook's title, the theme. Equal signatures and equal content give equal pages."""
        state = {
            "theme": theme_signature(),
            "title": self.config.title(lang),
            "languages": self.plan.languages,
            "parts": [[p.slug, p.title(lang, self.config.source_language), p.sections] for p in self.config.parts],
            "titles": {
                f"{page.lang}/{page.slug}": self.title_of(page.lang, page.slug)
                for page in self.plan.pages
                if page.lang in (lang, self.config.source_language)
            },
            "exists": sorted(f"{page.lang}/{page.slug}" for page in self.plan.pages),
        }
        return hashlib.sha256(json.dumps(state, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:32]


def pygments_css() -> str:
    """Styles of highlighted code, light and dark; the dark ones only on screens, paper is printed light."""
    light = HtmlFormatter(style="default").get_style_defs(".highlight")
    dark = HtmlFormatter(style="monokai").get_style_defs(":root[data-theme=dark] .highlight")
    dark_auto = HtmlFormatter(style="monokai").get_style_defs(":root:not([data-theme=light]) .highlight")
    return (
        f"/* Pygments styles for highlighted code */\n{light}\n@media screen {{\n{dark}\n}}\n"
        f"@media screen and (prefers-color-scheme: dark) {{\n{dark_auto}\n}}\n"
    )
