"""The plan of an export: which pages exist, where they go, and how they link to each other — nothing written yet.

Everything the templates need for navigation (sidebar, breadcrumbs, previous/next, the language switcher, the
``hreflang`` alternates) is decided here, from ``handbook.toml`` and which files exist, so that rendering and
writing can be done in any order and in parallel.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..config import HandbookConfig
from ..handbook import GLOSSARY, Handbook
from ..render.site_words import words

HOME = "index"


@dataclass(frozen=True)
class PlannedPage:
    """One page of the site. ``slug`` is the section name, ``index`` for a language's home, ``glossary``."""

    lang: str
    slug: str
    kind: str  # "section", "home", "glossary"
    part: str | None = None

    @property
    def url(self) -> str:
        """The page's path relative to the site root."""
        return f"{self.lang}/{self.slug}.html"


@dataclass
class SitePlan:
    handbook: Handbook
    languages: list[str]
    #: (lang, slug) of every section and glossary page that will be written, in reading order per language.
    pages: list[PlannedPage] = field(default_factory=list)
    _exists: set[tuple[str, str]] = field(default_factory=set)

    @property
    def config(self) -> HandbookConfig:
        return self.handbook.config

    def exists(self, lang: str, slug: str) -> bool:
        return (lang, slug) in self._exists

    def reading_order(self, lang: str) -> list[PlannedPage]:
        return [p for p in self.pages if p.lang == lang]

    def sections_of(self, lang: str) -> list[PlannedPage]:
        return [p for p in self.pages if p.lang == lang and p.kind == "section"]


def make_plan(handbook: Handbook, languages: list[str] | None = None) -> SitePlan:
    """Plan the site for ``languages`` (default: all of the handbook's). Reads nothing but the folder listing."""
    config = handbook.config
    chosen = [lang for lang in config.languages if languages is None or lang in languages]
    plan = SitePlan(handbook=handbook, languages=chosen)
    for lang in chosen:
        for part in config.parts:
            for slug in part.sections:
                if handbook.has_section(lang, slug):
                    plan.pages.append(PlannedPage(lang, slug, "section", part.slug))
                    plan._exists.add((lang, slug))
        if handbook.has_section(lang, GLOSSARY):
            plan.pages.append(PlannedPage(lang, GLOSSARY, "glossary"))
            plan._exists.add((lang, GLOSSARY))
    return plan


def relative_href(from_lang: str, to_url: str) -> str:
    """A link from a page in ``<from_lang>/`` to ``to_url`` (relative to the site root)."""
    lang, _, name = to_url.partition("/")
    return name if lang == from_lang else f"../{to_url}"


def display_title(title: str | None, lang: str, slug: str) -> str:
    """The title a page is shown with: its own, else "Glossary" in its language, else its file name."""
    if title:
        return title
    if slug == GLOSSARY:
        return words(lang)["glossary"]
    return slug
