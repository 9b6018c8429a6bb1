"""Tree passes of :mod:`.pipeline` that shape the page: figures with captions, heading ids, footnote references in
reading order and counted, task-list checkboxes named by their item.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from typing import TYPE_CHECKING

import markdown
from markdown.extensions.toc import remove_fnrefs, render_inner_html, slugify_unicode, strip_tags, unique
from markdown.treeprocessors import Treeprocessor

from .context import RenderContext
from .images import image_size
from .placeholders import ESCAPED_RE

if TYPE_CHECKING:
    from .pipeline import SectionRenderer


#: How wide an image is shown: the content column on wide screens, the whole width on phones.
IMAGE_SIZES = "(min-width: 64em) 46em, 100vw"


#: The tags a heading is.
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def heading_slug(value: str, separator: str = "-") -> str:
    """Heading ids keep Cyrillic and Latin letters (``цифрови-технологии``); never an empty id."""
    return slugify_unicode(value, separator) or "section"


class _FigureProcessor(Treeprocessor):
    """``![alt](src "Caption")`` alone in a paragraph becomes ``<figure>`` with ``<figcaption>``."""

    def __init__(self, md: markdown.Markdown, renderer: SectionRenderer) -> None:
        super().__init__(md)
        self.renderer = renderer

    def run(self, root: etree.Element) -> None:
        ctx = self.renderer.ctx
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if (
                    child.tag == "p"
                    and len(child) == 1
                    and child[0].tag == "img"
                    and not (child.text or "").strip()
                    and not (child[0].tail or "").strip()
                    and child[0].get("title")
                ):
                    img = child[0]
                    figure = etree.Element("figure", {"class": "hb-figure"})
                    for key, value in child.attrib.items():
                        figure.set(key, value)
                    caption = img.attrib.pop("title")
                    img.tail = None
                    figure.append(img)
                    figcaption = etree.SubElement(figure, "figcaption")
                    figcaption.text = caption
                    figure.tail = child.tail
                    parent.remove(child)
                    parent.insert(index, figure)
        for img in root.iter("img"):
            source = img.get("src", "")
            if ctx is not None and "width" not in img.attrib:
                size = image_size(ctx.resolve(source))
                if size:
                    img.set("width", str(size[0]))
                    img.set("height", str(size[1]))
            img.set("loading", "lazy")
            img.set("decoding", "async")
            if ctx is not None and source and "://" not in source:
                img.set("src", ctx.media_url(source))
        if ctx is not None and ctx.image_variants is not None:
            self.add_variants(root, ctx)

    @staticmethod
    def add_variants(root: etree.Element, ctx: RenderContext) -> None:
        """Responsive images: ``srcset`` in the original format and a WebP ``<source>`` in a ``<picture>``."""
        assert ctx.image_variants is not None
        for parent in list(root.iter()):
            for index, img in enumerate(list(parent)):
                if img.tag != "img" or parent.tag == "picture":
                    continue
                source = img.get("data-hb-src") or img.get("src", "")
                variants = ctx.image_variants(source) if source and "://" not in source else None
                if not variants:
                    continue
                srcset, webp_srcset = variants
                picture = etree.Element("picture")
                etree.SubElement(picture, "source", {"type": "image/webp", "srcset": webp_srcset, "sizes": IMAGE_SIZES})
                img.set("srcset", srcset)
                img.set("sizes", IMAGE_SIZES)
                picture.tail, img.tail = img.tail, None
                parent.remove(img)
                picture.append(img)
                parent.insert(index, picture)


class _HeadingIds(Treeprocessor):
    """Every heading gets an id: the author's ``{#id}``, else a slug of its text made unique in the page.

    The same ids as Python-Markdown's ``toc`` extension gives (its ``unique`` and, for headings with markup, its own
    way of reading their text), without rendering the inner HTML of headings that need no slug or have no markup.
    What it found is kept on the renderer, so that a page assembled from blocks rendered one by one (the live
    preview) can make the ids unique across the page exactly as here.
    """

    def __init__(self, md: markdown.Markdown, renderer: SectionRenderer) -> None:
        super().__init__(md)
        self.renderer = renderer

    def run(self, root: etree.Element) -> None:
        if self.renderer.footnotes == "drop":  # a block alone: the footnote list it may hold is not its own
            elements = [e for top in root if not _is_footnote_list(top) for e in top.iter()]
        else:
            elements = list(root.iter())
        used = {element.get("id") for element in elements if element.get("id")}
        self.renderer.fixed_ids = frozenset(used)
        slugs = self.renderer.heading_slugs = []
        counters: dict[str, int] = {}
        for element in elements:
            if element.tag not in HEADING_TAGS or element.get("id"):
                continue
            if len(element) == 0 and "\x02" not in (element.text or ""):
                name = " ".join((element.text or "").split())
            else:
                name = strip_tags(render_inner_html(remove_fnrefs(element), self.md))
            slug = heading_slug(html.unescape(name))
            element.set("id", unique(slug, used, counters))
            slugs.append((slug, element.get("id")))


def _is_footnote_list(element: etree.Element) -> bool:
    return element.tag == "div" and "footnote" in element.get("class", "").split()


class _FootnoteRefOrder(Treeprocessor):
    """A footnote referred to more than once: ``fnref:x`` is its first reference in reading order, ``fnref2:x`` the
    next, and so on. (Python-Markdown numbers them in the order its inline pass visits the tree, in which a
    reference nested in a list can come before one in an earlier paragraph.) The footnote list's back-links name
    the same set of ids, so they need no change."""

    FNREF_RE = re.compile(r"^fnref\d*:(.*)$", re.S)

    def run(self, root: etree.Element) -> None:
        seen: dict[str, int] = {}
        for sup in root.iter("sup"):
            match = self.FNREF_RE.match(sup.get("id", ""))
            if match:
                label = match.group(1)
                seen[label] = seen.get(label, 0) + 1
                sup.set("id", f"fnref{seen[label] if seen[label] > 1 else ''}:{label}")


class _FootnoteRefCount(Treeprocessor):
    """Each footnote's back-links are as many as its references in the page.

    Python-Markdown counts a reference when it reads it, also one that a malformed link then takes into its
    address (``[]([^1])``): the footnote got a back-link to nothing, and the live preview, which counts the
    references its blocks show, one fewer. Counted again here, before the back-links are made.
    """

    FNREF_RE = re.compile(r"^fnref\d*:(.*)$", re.S)

    def run(self, root: etree.Element) -> None:
        footnotes = getattr(self.md.treeprocessors["footnote"], "footnotes", None)
        if footnotes is None or not footnotes.found_refs:
            return
        found: dict[str, int] = {}
        for sup in root.iter("sup"):
            match = self.FNREF_RE.match(sup.get("id", ""))
            if match and len(sup) and "footnote-ref" in sup[0].get("class", "").split():
                key = f"fnref:{match.group(1)}"  # as footnotes keys them (without UNIQUE_IDS)
                found[key] = found.get(key, 0) + 1
        footnotes.found_refs = found


class _TaskListLabels(Treeprocessor):
    """A task-list checkbox is named by its item's text, so screen readers say what is (not) done.

    pymdownx.tasklist stashes the ``<input>`` as raw HTML at the start of the item; the label goes into that.
    """

    def run(self, root: etree.Element) -> None:
        stash = self.md.htmlStash
        placeholders = {stash.get_placeholder(i): i for i in range(len(stash.rawHtmlBlocks))}
        for item in root.iter("li"):
            if "task-list-item" not in item.get("class", "").split():
                continue
            head = item[0] if len(item) and item[0].tag == "p" and not (item.text or "").strip() else item
            text = head.text or ""
            found = next(((key, index) for key, index in placeholders.items() if text.startswith(key)), None)
            if found is None:
                continue
            key, index = found
            words = [text[len(key) :]]
            for child in head:
                if child.tag not in ("ul", "ol"):
                    words.append("".join(child.itertext()) + (child.tail or ""))
            plain = re.sub("\x02wzxhzdk:\\d+\x03", "", "".join(words))  # other stashed HTML is not text
            plain = ESCAPED_RE.sub(lambda m: chr(int(m.group(1))), plain)  # an escaped ``\*`` as it shows
            label = html.escape(" ".join(plain.split()), quote=True)
            raw = str(stash.rawHtmlBlocks[index])
            if label and raw.startswith("<input") and "aria-label" not in raw:
                stash.rawHtmlBlocks[index] = raw.replace("<input", f'<input aria-label="{label}"', 1)
