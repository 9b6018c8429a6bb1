"""What a reader or a publisher finds in the exported website, read from its files (issue 3, "Build" 1, 2 and 4).

The files the issue lists, the language of every page, the language switcher and the ``hreflang`` alternates, the
sidebar, breadcrumbs and previous/next, the media that are published (and those that are not), responsive images,
captions, and that nothing is loaded from another host. Most tests read the session's export of the sample
(``exported_site``); the ones that change the handbook export a copy into their own folder with their own cache.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from PIL import Image

from authoring_app.core.export.site import export_site
from authoring_app.core.render.site_words import words

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-handbook"
CONFIG = tomllib.loads((SAMPLE / "handbook.toml").read_text(encoding="utf-8"))
LANGUAGES: list[str] = CONFIG["handbook"]["languages"]
SOURCE: str = CONFIG["handbook"]["source_language"]
PARTS: list[tuple[str, list[str]]] = [(part["slug"], part["sections"]) for part in CONFIG["part"]]
ALL_SECTIONS = [slug for _, sections in PARTS for slug in sections]


def sections_in(lang: str) -> list[str]:
    """The sections the sample has in ``lang``, in reading order (handbook.toml's)."""
    return [slug for slug in ALL_SECTIONS if (SAMPLE / lang / f"{slug}.md").is_file()]


def has_glossary(lang: str) -> bool:
    return (SAMPLE / lang / "glossary.md").is_file()


def reading_order(lang: str) -> list[str]:
    return sections_in(lang) + (["glossary"] if has_glossary(lang) else [])


def part_of(slug: str) -> str:
    return next(part for part, sections in PARTS if slug in sections)


# ---- a small DOM, enough to read the pages the exporter writes -------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    def iter(self, tag: str | None = None) -> Iterator[Node]:
        for child in self.children:
            if isinstance(child, Node):
                if tag is None or child.tag == tag:
                    yield child
                yield from child.iter(tag)

    def find_all(self, tag: str, **attrs: str | None) -> list[Node]:
        """Elements ``tag`` whose attributes match: a value must be equal (``class_`` is one of the classes),
        ``None`` means "present"."""
        found = []
        for node in self.iter(tag):
            ok = True
            for name, value in attrs.items():
                if name == "class_":
                    ok = ok and value in node.attrs.get("class", "").split()
                elif value is None:
                    ok = ok and name.replace("_", "-") in node.attrs
                else:
                    ok = ok and node.attrs.get(name.replace("_", "-")) == value
            if ok:
                found.append(node)
        return found

    def find(self, tag: str, **attrs: str | None) -> Node | None:
        found = self.find_all(tag, **attrs)
        return found[0] if found else None

    def one(self, tag: str, **attrs: str | None) -> Node:
        found = self.find_all(tag, **attrs)
        assert len(found) == 1, f"expected one <{tag} {attrs}>, found {len(found)}"
        return found[0]

    @property
    def text(self) -> str:
        parts = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text)
        return " ".join(" ".join(parts).split())

    def ancestors(self) -> Iterator[Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {name: value or "" for name, value in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {name: value or "" for name, value in attrs}, self.stack[-1]))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(path: Path) -> Node:
    builder = _TreeBuilder()
    builder.feed(path.read_text(encoding="utf-8"))
    builder.close()
    return builder.root


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def rel(site: Path, path: Path) -> str:
    return path.relative_to(site).as_posix()


def target_of(page: Path, href: str) -> Path:
    """The file a relative URL on ``page`` points to (query and fragment left off)."""
    return (page.parent / unquote(urlsplit(href).path)).resolve()


def sidebar(doc: Node) -> Node:
    return doc.one("nav", class_="hb-sidebar")


def fail(what: str, problems: list[str]) -> str:
    return f"{what}:\n  " + "\n  ".join(problems[:60])


# ---- the files ---------------------------------------------------------------------------------------------------


def test_the_sample_has_the_translations_these_tests_rely_on() -> None:
    assert sections_in("kk") == ["01-blended-learning", "02-flipped-classroom", "03-video-lectures", "04-gamification"]
    assert has_glossary("kk")
    assert sections_in("uz") == ["01-blended-learning", "02-flipped-classroom"]
    assert not has_glossary("uz")
    assert all(sections_in(lang) == ALL_SECTIONS and has_glossary(lang) for lang in ("bg", "ru", "en"))


def test_the_site_has_the_files_the_issue_lists(exported_site: Path) -> None:
    site = exported_site
    assert (site / "index.html").is_file(), "no language chooser (index.html)"
    assert (site / "sitemap.xml").is_file()
    for name in ("site.css", "site.js", "search.js"):
        assert (site / "assets" / name).is_file(), f"assets/{name} is missing"
    assert any((site / "media").iterdir()), "media/ is empty"
    assert sorted(p.name for p in (site / "search").iterdir()) == sorted(f"{lang}.js" for lang in LANGUAGES)
    top = {p.name for p in site.iterdir()}
    assert top >= {"index.html", "sitemap.xml", "assets", "media", "search", *LANGUAGES}
    assert not [name for name in top if len(name) <= 3 and name not in LANGUAGES], "a folder of another language"
    for lang in LANGUAGES:
        pages = sorted(p.name for p in (site / lang).iterdir())
        expected = sorted(["index.html", *(f"{slug}.html" for slug in reading_order(lang))])
        assert pages == expected, f"{lang}/ has the wrong pages"
    assert not (site / "uz" / "glossary.html").exists() and not (site / "uz" / "03-video-lectures.html").exists()
    assert (site / "kk" / "glossary.html").is_file() and not (site / "kk" / "05-self-assessment.html").exists()


def test_the_sitemap_is_well_formed_and_lists_every_page_with_its_translations(exported_site: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(exported_site / "sitemap.xml").getroot()  # raises when it is not well-formed XML
    assert root.tag == f"{{{ns['s']}}}urlset"
    entries: dict[str, dict[str, str]] = {}
    for url in root.findall("s:url", ns):
        loc = url.findtext("s:loc", namespaces=ns)
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)}
        assert all(link.get("rel") == "alternate" for link in url.findall("x:link", ns))
        entries[loc] = alternates
    expected_pages = {f"{lang}/{slug}.html" for lang in LANGUAGES for slug in ["index", *reading_order(lang)]}
    assert set(entries) == expected_pages
    problems = []
    for loc, alternates in entries.items():
        name = loc.split("/")[1]
        slug = name.removesuffix(".html")
        having = [other for other in LANGUAGES if slug == "index" or slug in reading_order(other)]
        if alternates != {other: f"{other}/{name}" for other in having}:
            problems.append(f"{loc}: alternates {alternates}, expected the pages of {having}")
        problems += [
            f"{loc}: {href} is not a page" for href in alternates.values() if not (exported_site / href).is_file()
        ]
    assert not problems, fail("sitemap.xml", problems)
    assert "uz" not in entries["ru/03-video-lectures.html"]


def test_with_a_base_url_the_sitemap_has_absolute_addresses(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_site(sample_copy, out, base_url="https://example.org/handbook", cache_dir=tmp_path / "cache")
    text = (out / "sitemap.xml").read_text(encoding="utf-8")
    ET.fromstring(text)
    locs = re.findall(r"<loc>([^<]*)</loc>", text)
    assert locs and all(loc.startswith("https://example.org/handbook/") for loc in locs)
    assert 'hreflang="ru" href="https://example.org/handbook/ru/03-video-lectures.html"' in text


# ---- every page --------------------------------------------------------------------------------------------------


def test_every_page_has_the_language_of_its_folder(exported_site: Path) -> None:
    problems = []
    for page in html_pages(exported_site):
        html = parse(page).one("html")
        folder = rel(exported_site, page).split("/")[0]
        expected = folder if folder in LANGUAGES else SOURCE  # the chooser speaks the source language
        if html.attrs.get("lang") != expected:
            problems.append(f'{rel(exported_site, page)}: <html lang="{html.attrs.get("lang")}">, expected {expected}')
    assert not problems, fail("pages in the wrong language", problems)


def test_the_language_switcher_lands_on_the_same_section_and_says_when_it_is_missing(exported_site: Path) -> None:
    page = exported_site / "ru" / "03-video-lectures.html"
    switcher = parse(page).one("nav", class_="hb-languages")
    items = switcher.find_all("li")
    assert len(items) == len(LANGUAGES)
    links = {a.attrs["hreflang"]: a.attrs["href"] for a in switcher.find_all("a")}
    assert links == {
        "bg": "../bg/03-video-lectures.html",
        "en": "../en/03-video-lectures.html",
        "kk": "../kk/03-video-lectures.html",
    }
    assert all(target_of(page, href).is_file() for href in links.values())
    current = switcher.one("span", class_="hb-current-language")
    assert current.attrs["lang"] == "ru" and current.attrs.get("aria-current")
    [uz] = [item for item in items if item.find("span", lang="uz")]
    assert uz.find("a") is None, "the missing uz translation must not be a link"
    assert "Oʻzbekcha" in uz.text
    assert words("ru")["not_translated"] in uz.text  # «ещё не переведён»: said in the page's language
    assert words("en")["not_translated"] not in uz.text


def test_every_switcher_link_lands_on_the_same_page_in_another_language(exported_site: Path) -> None:
    problems = []
    for lang in LANGUAGES:
        for slug in ["index", *reading_order(lang)]:
            page = exported_site / lang / f"{slug}.html"
            switcher = parse(page).one("nav", class_="hb-languages")
            links = {a.attrs["hreflang"]: a.attrs["href"] for a in switcher.find_all("a")}
            for other in LANGUAGES:
                exists = slug == "index" or slug in reading_order(other)
                if other == lang:
                    if other in links:
                        problems.append(f"{lang}/{slug}: links to itself")
                elif exists and links.get(other) != f"../{other}/{slug}.html":
                    problems.append(f"{lang}/{slug}: the {other} link is {links.get(other)}")
                elif not exists and other in links:
                    problems.append(f"{lang}/{slug}: links to the missing {other} translation")
            missing_words = words(lang)["not_translated"]
            expected_missing = sum(1 for other in LANGUAGES if not (slug == "index" or slug in reading_order(other)))
            if switcher.text.count(missing_words) != expected_missing:
                problems.append(f"{lang}/{slug}: «{missing_words}» should appear {expected_missing} times")
    assert not problems, fail("language switchers", problems)


def test_hreflang_alternates_are_the_existing_translations_and_x_default(exported_site: Path) -> None:
    page = exported_site / "ru" / "03-video-lectures.html"
    alternates = {link.attrs["hreflang"]: link.attrs["href"] for link in parse(page).find_all("link", rel="alternate")}
    assert alternates == {
        "bg": "../bg/03-video-lectures.html",
        "ru": "03-video-lectures.html",
        "en": "../en/03-video-lectures.html",
        "kk": "../kk/03-video-lectures.html",
        "x-default": "../bg/03-video-lectures.html",
    }
    problems = []
    for path in html_pages(exported_site):
        name = rel(exported_site, path)
        alternates = {
            link.attrs["hreflang"]: link.attrs["href"] for link in parse(path).find_all("link", rel="alternate")
        }
        slug = path.stem
        if name == "index.html":
            expected = {lang: f"{lang}/index.html" for lang in LANGUAGES} | {"x-default": f"{SOURCE}/index.html"}
        else:
            lang = name.split("/")[0]
            having = [o for o in LANGUAGES if slug == "index" or slug in reading_order(o)]
            expected = {o: f"{slug}.html" if o == lang else f"../{o}/{slug}.html" for o in having}
            expected["x-default"] = expected[SOURCE]
        if alternates != expected:
            problems.append(f"{name}: {alternates}")
        problems += [
            f"{name}: {href} is not a page" for href in alternates.values() if not target_of(path, href).is_file()
        ]
    assert not problems, fail("hreflang alternates", problems)


def test_the_sidebar_expands_only_the_current_part(exported_site: Path) -> None:
    problems = []
    for lang in LANGUAGES:
        for slug in sections_in(lang):
            page = exported_site / lang / f"{slug}.html"
            nav = sidebar(parse(page))
            hrefs = [a.attrs["href"] for a in nav.find_all("a")]
            own_part = dict(PARTS)[part_of(slug)]
            limit = len(own_part) + len(PARTS) + 1
            if len(hrefs) > limit:
                problems.append(f"{lang}/{slug}: {len(hrefs)} links in the sidebar, at most {limit} expected")
            section_links = {h.removesuffix(".html") for h in hrefs} & set(ALL_SECTIONS)
            shown_own = {s for s in own_part if s in sections_in(lang)}
            if not shown_own <= section_links:
                problems.append(f"{lang}/{slug}: the sidebar lacks {sorted(shown_own - section_links)}")
            others = section_links - shown_own
            # Each other part is one link (to its first translated section), never its list of sections.
            firsts = {
                next(s for s in sections if s in sections_in(lang))
                for p, sections in PARTS
                if p != part_of(slug) and any(s in sections_in(lang) for s in sections)
            }
            if others != firsts:
                problems.append(f"{lang}/{slug}: links to {sorted(others)} of other parts, expected {sorted(firsts)}")
            current = nav.find_all("a", aria_current="page")
            if [a.attrs["href"] for a in current] != [f"{slug}.html"]:
                problems.append(f"{lang}/{slug}: the current page is not marked in the sidebar")
            problems += [
                f"{lang}/{slug}: sidebar link {h} leads nowhere" for h in hrefs if not target_of(page, h).is_file()
            ]
    assert not problems, fail("sidebars", problems)


def test_a_page_stays_the_same_when_another_part_grows(sample_copy: Path, tmp_path: Path) -> None:
    """The sidebar lists the sections of the current part only, so a page does not grow with the handbook."""
    export_site(sample_copy, tmp_path / "before", languages=["bg"], cache_dir=tmp_path / "cache")
    extra = [f"10-extra-{n:02}" for n in range(1, 41)]
    for slug in extra:
        (sample_copy / "bg" / f"{slug}.md").write_text(f"---\ntitle: Допълнение {slug}\n---\n\nТекст.\n", "utf-8")
    toml = sample_copy / "handbook.toml"
    listed = 'sections = ["08-study-hall", "09-centre-setup"]'
    grown = 'sections = ["08-study-hall", "09-centre-setup", ' + ", ".join(f'"{s}"' for s in extra) + "]"
    assert listed in toml.read_text(encoding="utf-8")
    toml.write_text(toml.read_text(encoding="utf-8").replace(listed, grown), encoding="utf-8")
    export_site(sample_copy, tmp_path / "after", languages=["bg"], cache_dir=tmp_path / "cache")
    page = Path("bg") / "02-flipped-classroom.html"
    assert (tmp_path / "after" / page).read_bytes() == (tmp_path / "before" / page).read_bytes()
    grown_part = sidebar(parse(tmp_path / "after" / "bg" / "10-extra-40.html"))
    assert len(grown_part.find_all("a")) == 2 + len(extra) + 2 + 1  # its part's sections, 2 parts, the glossary


def test_the_sidebar_shows_parts_by_title_and_the_glossary(exported_site: Path) -> None:
    nav = sidebar(parse(exported_site / "ru" / "03-video-lectures.html"))
    assert [a.text for a in nav.find_all("a")] == [
        "Смешанное обучение",
        "Перевёрнутый класс",
        "Короткие видеолекции и виртуальная библиотека",
        "Активное обучение и оценивание",
        "Пространства и организация",
        "Глоссарий",
    ]
    assert "Основы" in nav.text
    # kk lacks the third part: its title is shown, without a link; missing sections of its own part likewise.
    kk = sidebar(parse(exported_site / "kk" / "04-gamification.html"))
    assert [a.attrs["href"] for a in kk.find_all("a")] == [
        "01-blended-learning.html",
        "04-gamification.html",
        "glossary.html",
    ]
    assert "Кеңістік және ұйымдастыру" in kk.text


def test_breadcrumbs_lead_from_the_handbook_through_the_part_to_the_page(exported_site: Path) -> None:
    page = exported_site / "ru" / "03-video-lectures.html"
    crumbs = parse(page).one("nav", class_="hb-breadcrumbs").find_all("li")
    assert [(c.text, c.find("a").attrs["href"] if c.find("a") else None) for c in crumbs] == [
        ("Справочник по инновационным образовательным технологиям", "index.html"),
        ("Основы", "index.html#part-foundations"),
        ("Короткие видеолекции и виртуальная библиотека", None),
    ]
    assert crumbs[-1].find("span", aria_current="page") is not None
    problems = []
    for lang in LANGUAGES:
        for slug in reading_order(lang):
            path = exported_site / lang / f"{slug}.html"
            doc = parse(path)
            crumbs = doc.one("nav", class_="hb-breadcrumbs").find_all("li")
            links = [c.find("a").attrs["href"] for c in crumbs if c.find("a")]
            if not links or links[0] != "index.html":
                problems.append(f"{lang}/{slug}: the first breadcrumb is not the handbook's home")
            if crumbs[-1].find("a") is not None or crumbs[-1].text != doc.one("h1").text:
                problems.append(f"{lang}/{slug}: the last breadcrumb is not this page's title")
            problems += [
                f"{lang}/{slug}: breadcrumb {h} leads nowhere" for h in links if not target_of(path, h).is_file()
            ]
    assert not problems, fail("breadcrumbs", problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_previous_and_next_lead_through_every_section_then_the_glossary(exported_site: Path, lang: str) -> None:
    home = parse(exported_site / lang / "index.html")
    start = home.one("a", rel="next").attrs["href"]
    visited = []
    href: str | None = start
    while href is not None:
        assert len(visited) < 50, "previous/next goes round in circles"
        path = exported_site / lang / href
        assert path.is_file(), f"{lang}: 'next' leads to {href}, which does not exist"
        visited.append(path.stem)
        doc = parse(path)
        pager = doc.one("nav", class_="hb-pager")
        prev = pager.find("a", rel="prev")
        expected_prev = visited[-2] if len(visited) > 1 else None
        assert (prev.attrs["href"].removesuffix(".html") if prev else None) == expected_prev, (
            f"{lang}/{path.name}: 'previous' does not lead back"
        )
        next_link = pager.find("a", rel="next")
        if next_link is not None:
            assert parse(exported_site / lang / next_link.attrs["href"]).one("h1").text in next_link.text
        href = next_link.attrs["href"] if next_link else None
    assert visited == reading_order(lang)


# ---- media ----------------------------------------------------------------------------------------------------------


def media_referenced(site: Path) -> set[str]:
    """Paths below media/ that some page points at (src, href, poster, srcset)."""
    used = set()
    for page in html_pages(site):
        for node in parse(page).iter():
            values = [node.attrs.get(a, "") for a in ("src", "href", "poster")]
            values += [entry.strip().split(" ")[0] for entry in node.attrs.get("srcset", "").split(",")]
            for value in values:
                if value.startswith(("data:", "http:", "https:")) or not value:
                    continue
                target = target_of(page, value)
                if target.is_relative_to((site / "media").resolve()):
                    used.add(target.relative_to((site / "media").resolve()).as_posix())
    return used


def test_only_referenced_media_are_published(sample_copy: Path, tmp_path: Path) -> None:
    shutil.copy(sample_copy / "media" / "hall-1.png", sample_copy / "media" / "unused-photo.png")
    shutil.copy(sample_copy / "media" / "short-lecture.webm", sample_copy / "media" / "unused-lecture.webm")
    out = tmp_path / "site"
    result = export_site(sample_copy, out, cache_dir=tmp_path / "cache")
    assert result.problems == []
    published = {p.relative_to(out / "media").as_posix() for p in (out / "media").rglob("*") if p.is_file()}
    assert not [name for name in published if "unused" in name], "a file no page uses was published"
    originals = {name for name in published if not name.startswith("_variants/")}
    assert originals == {name for name in media_referenced(out) if not name.startswith("_variants/")}
    assert {"hall-1.png", "short-lecture.webm", "interview.ogg", "short-lecture.png"} <= originals


def test_every_published_media_file_is_used_by_a_page(exported_site: Path) -> None:
    media = exported_site / "media"
    published = {p.relative_to(media).as_posix() for p in media.rglob("*") if p.is_file()}
    assert sorted(published - media_referenced(exported_site)) == []


def test_images_come_in_responsive_webp_and_original_variants(exported_site: Path) -> None:
    variants = exported_site / "media" / "_variants"
    assert {p.suffix for p in variants.iterdir()} >= {".webp", ".png"}
    problems = []
    pictures = 0
    for page in html_pages(exported_site):
        name = rel(exported_site, page)
        for img in parse(page).iter("img"):
            if not img.attrs.get("src", "").startswith("../media/"):
                continue
            pictures += 1
            where = f"{name}: <img src={img.attrs['src']}>"
            missing = [a for a in ("srcset", "sizes", "width", "height") if not img.attrs.get(a)]
            if missing:
                problems.append(f"{where} has no {', '.join(missing)}")
            if img.attrs.get("loading") != "lazy":
                problems.append(f'{where} is not loading="lazy"')
            if img.parent is None or img.parent.tag != "picture":
                problems.append(f"{where} is not in a <picture>")
                continue
            sources = img.parent.find_all("source", type="image/webp")
            if len(sources) != 1 or not sources[0].attrs.get("srcset"):
                problems.append(f"{where}: its <picture> has no WebP <source srcset>")
                continue
            with Image.open(target_of(page, img.attrs["src"])) as original:
                if (img.attrs.get("width"), img.attrs.get("height")) != (str(original.width), str(original.height)):
                    problems.append(f"{where}: width/height are not the image's {original.size}")
            for srcset, fmt in ((img.attrs.get("srcset", ""), None), (sources[0].attrs["srcset"], "WEBP")):
                for entry in srcset.split(","):
                    url, descriptor = entry.split()
                    path = target_of(page, url)
                    if not path.is_file():
                        problems.append(f"{where}: {url} does not exist")
                        continue
                    with Image.open(path) as variant:
                        if f"{variant.width}w" != descriptor or (fmt and variant.format != fmt):
                            problems.append(f"{where}: {url} is {variant.format} {variant.width}px, said {descriptor}")
    assert pictures > 10, "the sample's pages show more images than that"
    assert not problems, fail("responsive images", problems)


def vtt_of(track: Node, page: Path) -> bytes:
    src = track.attrs["src"]
    if src.startswith("data:"):
        return base64.b64decode(src.split(",", 1)[1])
    return target_of(page, src).read_bytes()


def test_videos_have_captions_in_every_language_that_has_a_caption_file(exported_site: Path) -> None:
    problems = []
    videos = 0
    for page in html_pages(exported_site):
        name = rel(exported_site, page)
        lang = name.split("/")[0]
        for video in parse(page).iter("video"):
            videos += 1
            stem = Path(urlsplit(video.attrs["src"]).path).name.split(".")[0]
            files = {p.name.split(".")[1]: p for p in (SAMPLE / "media").glob(f"{stem}.*.vtt")}
            tracks = {t.attrs.get("srclang"): t for t in video.find_all("track", kind="captions")}
            if set(tracks) != set(files):
                problems.append(f"{name}: {stem} has captions {sorted(tracks)}, the handbook has {sorted(files)}")
            for code, track in tracks.items():
                if code in files and vtt_of(track, page) != files[code].read_bytes():
                    problems.append(f"{name}: the {code} captions of {stem} are not {files[code].name}")
            defaults = [code for code, track in tracks.items() if "default" in track.attrs]
            expected_default = [lang] if lang in files else []
            if lang in files and defaults != expected_default:
                problems.append(f"{name}: {stem}'s default captions are {defaults}, expected the page's {lang}")
    assert videos == 9, "the sample has a video in 02 and 03 of bg, ru, en and kk, and in uz's 02"
    assert not problems, fail("captions", problems)
    uz = parse(exported_site / "uz" / "02-flipped-classroom.html").one("video")
    assert uz.one("track", default="").attrs["srclang"] == "uz"


# ---- nothing from outside ------------------------------------------------------------------------------------------

#: Paths below this folder may not be opened while the audit hook is armed (see _watch_opens).
_WATCHED: list[Path] = []
_OPENED: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if not _WATCHED or event != "open" or not args or not isinstance(args[0], str | bytes | os.PathLike):
        return
    try:
        path = Path(os.fsdecode(args[0])).resolve()
    except (OSError, ValueError):
        return
    if any(path.is_relative_to(folder) for folder in _WATCHED):
        _OPENED.append(str(path))


_hook_installed = False


def _watch_opens(folder: Path) -> None:
    """Record every file opened below ``folder`` from now on in this process (sys.addaudithook cannot be removed,
    so the hook stays, idle, once the test is over)."""
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True
    _WATCHED[:] = [folder.resolve()]
    _OPENED.clear()


@pytest.fixture
def outside_links(sample_copy: Path, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A copy of the sample whose media/ holds symlinks to files outside the handbook: an image that bg/01 shows,
    the ru captions of the short lecture and the ru transcript of the interview. Yields (handbook, outside)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    Image.new("RGB", (1234, 567), "red").save(outside / "secret.png")
    (outside / "secret.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:02.000\nSECRET-CAPTION-LINE\n", encoding="utf-8")
    (outside / "secret.md").write_text("SECRET-TRANSCRIPT-LINE\n", encoding="utf-8")
    media = sample_copy / "media"
    (media / "outside-image.png").symlink_to(outside / "secret.png")
    for name, target in (("short-lecture.ru.vtt", "secret.vtt"), ("interview.ru.md", "secret.md")):
        (media / name).unlink()
        (media / name).symlink_to(outside / target)
    section = sample_copy / "bg" / "01-blended-learning.md"
    section.write_text(
        section.read_text(encoding="utf-8") + "\n![Снимка отвън](../media/outside-image.png)\n", encoding="utf-8"
    )
    yield sample_copy, outside
    _WATCHED.clear()


def test_a_symlink_out_of_the_handbook_is_not_published(outside_links: tuple[Path, Path], tmp_path: Path) -> None:
    handbook, _outside = outside_links
    out = tmp_path / "site"
    result = export_site(handbook, out, cache_dir=tmp_path / "cache", workers=1)
    assert (out / "bg" / "01-blended-learning.html").is_file(), "the page that uses the file must still be exported"
    assert [p.file for p in result.problems] == ["media/outside-image.png"], [p.format() for p in result.problems]
    published = [p.name for p in (out / "media").rglob("*") if p.is_file()]
    assert not [name for name in published if "outside-image" in name or "secret" in name], published
    everything = b"".join(p.read_bytes() for p in out.rglob("*") if p.is_file())
    assert b"SECRET-CAPTION-LINE" not in everything and b"SECRET-TRANSCRIPT-LINE" not in everything
    ru = parse(out / "ru" / "03-video-lectures.html")
    assert all(b"SECRET" not in vtt_of(t, out / "ru" / "03-video-lectures.html") for t in ru.iter("track"))
    assert "ru" not in {t.attrs["srclang"] for t in ru.iter("track")}, "captions from outside the handbook"


def test_a_symlink_out_of_the_handbook_is_not_even_read(outside_links: tuple[Path, Path], tmp_path: Path) -> None:
    handbook, outside = outside_links
    out = tmp_path / "site"
    _watch_opens(outside)
    try:
        export_site(handbook, out, cache_dir=tmp_path / "cache", workers=1)
    finally:
        _WATCHED.clear()
    assert _OPENED == [], f"files outside the handbook were opened: {sorted(set(_OPENED))}"
    page = (out / "bg" / "01-blended-learning.html").read_text(encoding="utf-8")
    img = re.search(r"<img[^>]*outside-image[^>]*>", page)
    assert img is not None
    assert "1234" not in img.group(0), f"the page shows what the file outside says about itself: {img.group(0)}"
    assert "_variants/outside-image" not in page, "the page points at image variants that are not published"


REMOTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
#: url(...) and @import in CSS that point at another host.
CSS_REMOTE = re.compile(r"""(?:url\(|@import)\s*['"]?((?:[a-z][a-z0-9+.-]*:)?//[^)'"\s;]+)""", re.I)
LOADING_LINKS = {"stylesheet", "preload", "modulepreload", "icon", "manifest"}


def test_nothing_is_loaded_from_another_host(exported_site: Path) -> None:
    problems = []
    for page in html_pages(exported_site):
        name = rel(exported_site, page)
        doc = parse(page)
        loaded: list[tuple[str, str]] = []
        for node in doc.iter():
            if node.tag == "link" and LOADING_LINKS & set(node.attrs.get("rel", "").split()):
                loaded.append(("link", node.attrs.get("href", "")))
            if node.tag in ("script", "img", "video", "audio", "source", "track", "iframe", "embed"):
                loaded.append((node.tag, node.attrs.get("src", "")))
                loaded += [(node.tag, e.strip().split(" ")[0]) for e in node.attrs.get("srcset", "").split(",")]
                loaded.append((node.tag, node.attrs.get("poster", "")))
        for tag, url in loaded:
            if REMOTE.match(url):
                problems.append(f"{name}: <{tag}> loads {url}")
            elif url and not url.startswith("data:") and not target_of(page, url).is_file():
                problems.append(f"{name}: <{tag}> loads {url}, which does not exist")
        styles = [node.text for node in doc.iter("style")] + [node.attrs.get("style", "") for node in doc.iter()]
        problems += [f"{name}: a style loads {url}" for style in styles for url in CSS_REMOTE.findall(style)]
    for css in (exported_site / "assets").rglob("*.css"):
        problems += [f"assets/{css.name}: loads {url}" for url in CSS_REMOTE.findall(css.read_text(encoding="utf-8"))]
    assert not problems, fail("pages that need another host", problems)
