"""Python-Markdown configured for the handbook dialect, plus the passes that make its HTML ours.

One :class:`SectionRenderer` is built per thread (Markdown instances are not thread-safe) and reused; each
:meth:`SectionRenderer.render` call resets it. What the passes add:

- ``data-line`` on every top-level element: the splitter in :mod:`..blocks` knows where each block starts, and a
  marker comment before each block tells the last tree pass which line the following elements come from;
- figures with captions for images that have a title, with width/height read from the file;
- the links, media and ids of the page, with their lines, for ``handbook check`` and the exporters;
- the author's raw HTML (blocks, inline tags, ``markdown="1"`` elements, attribute lists) sanitised as it is stashed,
  by :mod:`.sanitize`; the HTML the dialect and the extensions stash themselves is theirs and is left alone.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import remove_fnrefs, render_inner_html, slugify_unicode, strip_tags, unique
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..blocks import Block, split_blocks
from ..frontmatter import parse_front_matter
from .context import Heading, LinkRef, MediaRef, RenderContext, RenderedSection
from .dialect import DialectExtension
from .images import image_size
from .sanitize import Removal, removals, sanitize_attributes, sanitize_element, sanitize_fragment

#: A paragraph of its own before each top-level block says the block's line. The BEL character cannot come from
#: the author (it is removed from the text first), and a plain paragraph costs Python-Markdown far less than an
#: HTML comment would.
MARKER = "\x07L{}\x07"
MARKER_RE = re.compile(r"^\x07L(\d+)\x07$")
CONTROL_RE = re.compile("\x07")
#: The first tag of a stashed HTML block, where its ``data-line`` goes.
FIRST_TAG_RE = re.compile(r"^(\s*<[A-Za-z][\w:-]*)(?=[\s/>])")
#: How wide an image is shown: the content column on wide screens, the whole width on phones.
IMAGE_SIZES = "(min-width: 64em) 46em, 100vw"
#: Lists or quotes nested deeper than this are shown flattened (and reported): Python-Markdown parses nesting by
#: recursion and would run out of stack (or take minutes) on a file with thousands of levels.
MAX_NESTING = 100
#: The leading spaces, tabs and ``>`` of a line: how deep it is nested.
LEADING_RE = re.compile(r"^[ \t>]*")

#: The tags a heading is.
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def nesting_depth(text: str) -> int:
    """How deeply the lines of a block are nested: one level per ``>`` and per two columns of indentation."""
    deepest = 0
    for line in text.split("\n"):
        lead = LEADING_RE.match(line).group(0)  # type: ignore[union-attr]  (the pattern matches every string)
        if len(lead) < 2 * MAX_NESTING // 3:
            continue  # too short to be deep: skip the counting
        quotes = lead.count(">")
        columns = len(lead.expandtabs(4)) - quotes
        deepest = max(deepest, quotes + columns // 2)
    return deepest


def flatten(text: str) -> str:
    """A too deeply nested block as plain lines, so its words still show (and nothing recurses)."""
    return "\n".join(LEADING_RE.sub("", line) for line in text.split("\n"))


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
        used = {element.get("id") for element in root.iter() if element.get("id")}
        self.renderer.fixed_ids = frozenset(used)
        slugs = self.renderer.heading_slugs = []
        counters: dict[str, int] = {}
        for element in root.iter():
            if element.tag not in HEADING_TAGS or element.get("id"):
                continue
            if len(element) == 0 and "\x02" not in (element.text or ""):
                name = " ".join((element.text or "").split())
            else:
                name = strip_tags(render_inner_html(remove_fnrefs(element), self.md))
            slug = heading_slug(html.unescape(name))
            element.set("id", unique(slug, used, counters))
            slugs.append((slug, element.get("id")))


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
            label = html.escape(" ".join(plain.split()), quote=True)
            raw = str(stash.rawHtmlBlocks[index])
            if label and raw.startswith("<input") and "aria-label" not in raw:
                stash.rawHtmlBlocks[index] = raw.replace("<input", f'<input aria-label="{label}"', 1)


class _LinesAndRefsProcessor(Treeprocessor):
    """The last tree pass: moves the block markers into ``data-line`` and collects links, media and ids."""

    def __init__(self, md: markdown.Markdown, renderer: SectionRenderer) -> None:
        super().__init__(md)
        self.renderer = renderer

    def run(self, root: etree.Element) -> None:
        stash = self.md.htmlStash
        placeholders = {stash.get_placeholder(i): i for i in range(len(stash.rawHtmlBlocks))}
        line: int | None = None
        for child in list(root):
            if child.tag == "p" and len(child) == 0:
                text = (child.text or "").strip()
                marker = MARKER_RE.match(text)
                if marker:
                    line = int(marker.group(1))
                    root.remove(child)
                    continue
                index = placeholders.get(text)
                if index is not None and self.raw_block_with_line(index, line):
                    continue
            is_footnotes = child.tag == "div" and "footnote" in child.get("class", "").split()
            if self.renderer.footnotes != "keep" and is_footnotes != (self.renderer.footnotes == "only"):
                root.remove(child)  # a block rendered alone: the page's footnote list is rendered apart from it
                continue
            if is_footnotes:
                # The footnote list follows the last block; its place in the source is its first definition.
                line = next((b.start for b in self.renderer.blocks if b.kind == "footnote"), line)
            if line is not None and child.tag not in ("script", "style"):
                child.set("data-line", str(line))
            self.collect(child, line)

    def raw_block_with_line(self, index: int, line: int | None) -> bool:
        """Put ``data-line`` on a stashed HTML block (highlighted code, raw HTML) instead of its placeholder ``<p>``.

        Python-Markdown unwraps ``<p>placeholder</p>`` only when the ``<p>`` has no attributes; a ``data-line`` on it
        would leave ``<p><div class="highlight">…</div></p>`` in the page, which is invalid HTML.
        """
        raw_html = self.md.postprocessors["raw_html"]
        stash = self.md.htmlStash
        raw = stash.rawHtmlBlocks[index]
        if not raw_html.isblocklevel(raw_html.stash_to_string(raw)):
            return False
        if line is not None:
            if isinstance(raw, etree.Element):
                raw.set("data-line", str(line))
            else:
                stash.rawHtmlBlocks[index] = FIRST_TAG_RE.sub(rf'\1 data-line="{line}"', str(raw), count=1)
        return True

    def collect(self, top: etree.Element, line: int | None) -> None:
        renderer = self.renderer
        block = renderer.block_at(line)
        for element in top.iter():
            element_id = element.get("id")
            if element_id:
                renderer.result.ids.add(element_id)
            problem = element.get("data-problem")
            if problem:
                renderer.result.block_problems.append((line, problem))
            refs = renderer.pending_media.pop(element, None)
            if refs:
                for ref in refs:
                    at_line, _ = renderer.locate(
                        block, ref.path.replace(f".{ref.lang}.", ".{lang}.") if ref.lang else ref.path
                    )
                    renderer.result.media.append(MediaRef(ref.path, ref.role, at_line or line, ref.lang, ref.required))
                    renderer.result.links.append(LinkRef(ref.path, at_line or line, None, "media"))
            tag = element.tag
            if tag == "a" and element.get("href") and "hb-generated" not in element.get("class", ""):
                original = element.get("data-hb-href") or element.get("href", "")
                element.attrib.pop("data-hb-href", None)
                at_line, column = renderer.locate(block, original)
                renderer.result.links.append(LinkRef(original, at_line or line, column, "link"))
            elif tag == "img":
                original = element.get("data-hb-src") or element.get("src", "")
                element.attrib.pop("data-hb-src", None)
                at_line, column = renderer.locate(block, original)
                alt = element.get("alt")
                renderer.result.links.append(LinkRef(original, at_line or line, column, "image", alt))
            elif tag in HEADING_TAGS and element is top:
                text = "".join(element.itertext()).strip()
                renderer.result.headings.append(Heading(int(tag[1]), element.get("id", ""), text, line))
            if element.attrib:  # after the links are collected, so that check still reports a 'javascript:' link
                renderer.removed.extend(sanitize_attributes(element))


class _HandbookExtension(Extension):
    def __init__(self, renderer: SectionRenderer) -> None:
        super().__init__()
        self.renderer = renderer

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_FigureProcessor(md, self.renderer), "handbook-figures", 12)
        md.treeprocessors.register(_HeadingIds(md, self.renderer), "handbook-heading-ids", 5)
        md.treeprocessors.register(_FootnoteRefOrder(md), "handbook-footnote-ref-order", 6)
        md.treeprocessors.register(_TaskListLabels(md), "handbook-tasklist-labels", 11)
        md.treeprocessors.register(_LinesAndRefsProcessor(md, self.renderer), "handbook-lines", 3)
        md.treeprocessors.register(_LinkRewriter(md, self.renderer), "handbook-links", 4)
        md.inlinePatterns.register(_SanitizedInlineHtml(HTML_RE, md, self.renderer), "html", 90)
        html_block = md.preprocessors["html_block"]
        md.preprocessors.register(_SanitizedHtmlBlocks(md, html_block, self.renderer), "html_block", 20)
        stash = md.htmlStash
        store = stash.store
        renderer = self.renderer

        def store_sanitized(html: str | etree.Element) -> str:
            """While the author's HTML is read, whatever is stashed is theirs: clean it first."""
            if renderer.reading_author_html:
                html = renderer.sanitize(html)
            return store(html)

        stash.store = store_sanitized  # type: ignore[method-assign]


class _SanitizedHtmlBlocks(Preprocessor):
    """Python-Markdown's (md_in_html's) raw HTML block pass, with the stash cleaning what it stores meanwhile."""

    def __init__(self, md: markdown.Markdown, inner: Preprocessor, renderer: SectionRenderer) -> None:
        super().__init__(md)
        self.inner = inner
        self.renderer = renderer

    def run(self, lines: list[str]) -> list[str]:
        self.renderer.reading_author_html = True
        try:
            return self.inner.run(lines)
        finally:
            self.renderer.reading_author_html = False


class _SanitizedInlineHtml(HtmlInlineProcessor):
    """An inline tag the author wrote (``<span …>``, ``</span>``), cleaned as it is stashed."""

    def __init__(self, pattern: str, md: markdown.Markdown, renderer: SectionRenderer) -> None:
        super().__init__(pattern, md)
        self.renderer = renderer

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str, int, int]:
        self.renderer.reading_author_html = True
        try:
            return super().handleMatch(m, data)
        finally:
            self.renderer.reading_author_html = False


class _LinkRewriter(Treeprocessor):
    """Links to other sections' ``.md`` files point at their pages in the output; the original is kept for checks."""

    def __init__(self, md: markdown.Markdown, renderer: SectionRenderer) -> None:
        super().__init__(md)
        self.renderer = renderer

    def run(self, root: etree.Element) -> None:
        ctx = self.renderer.ctx
        for a in root.iter("a"):
            href = a.get("href", "")
            if not href or href.startswith("#") or "://" in href or href.startswith(("mailto:", "data:")):
                continue
            new = ctx.link_url(href)
            if new != href:
                a.set("data-hb-href", href)
                a.set("href", new)


EXTENSIONS = [
    "abbr",
    "attr_list",
    "def_list",
    "footnotes",
    "md_in_html",
    "tables",
    "sane_lists",
    "pymdownx.superfences",
    "pymdownx.highlight",
    "pymdownx.tasklist",
    "pymdownx.mark",
    "pymdownx.caret",
    "pymdownx.tilde",
    "pymdownx.blocks.admonition",
    "pymdownx.blocks.details",
    "pymdownx.blocks.tab",
]

EXTENSION_CONFIGS = {
    "footnotes": {"BACKLINK_TITLE": "", "SUPERSCRIPT_TEXT": "{}"},
    "pymdownx.highlight": {"use_pygments": True, "css_class": "highlight", "guess_lang": False},
    "pymdownx.tasklist": {"custom_checkbox": False, "clickable_checkbox": False},
    "pymdownx.tilde": {"smart_delete": True, "subscript": False},
    "pymdownx.caret": {"smart_insert": True, "superscript": False},
    "pymdownx.blocks.admonition": {
        "types": ["note", "tip", "warning", "important", "example", "caution", "danger"],
    },
    "pymdownx.blocks.tab": {"alternate_style": True},
}


class SectionRenderer:
    """Renders one section file's text to HTML; reuse it for many sections in one thread."""

    def __init__(self) -> None:
        self.ctx: RenderContext = RenderContext(lang="en")
        self.result = RenderedSection(html="", front=parse_front_matter("")[0], title=None)
        self.blocks: list[Block] = []
        self.body_lines: list[str] = []
        self.body_first_line = 1
        #: Media a dialect block needs, keyed by the element it made, until the last pass gives them a line.
        self.pending_media: dict[etree.Element, list[MediaRef]] = {}
        #: The ids in the page before headings got theirs, and each generated heading id as ``(slug, id)``.
        self.fixed_ids: frozenset[str] = frozenset()
        self.heading_slugs: list[tuple[str, str]] = []
        #: The footnote list: ``keep`` it (a whole page), ``drop`` it (a block alone) or keep ``only`` it.
        self.footnotes = "keep"
        #: What the sanitiser took out of the author's HTML in this render, in the order it was found.
        self.removed: list[Removal] = []
        #: True while Python-Markdown reads the author's raw HTML (what it stashes then is cleaned).
        self.reading_author_html = False
        self.md = markdown.Markdown(
            extensions=[*EXTENSIONS, DialectExtension(self), _HandbookExtension(self)],
            extension_configs=EXTENSION_CONFIGS,
            output_format="html",
        )

    def render(self, text: str, ctx: RenderContext) -> RenderedSection:
        """Render a whole section file (front matter included) for the page described by ``ctx``."""
        front, body = parse_front_matter(text)
        self.ctx = ctx
        self.result = RenderedSection(html="", front=front, title=front.title)
        self.body_first_line = front.body_line
        self.body_lines = body.replace("\r\n", "\n").split("\n")
        self.blocks = split_blocks(body, front.body_line)
        self.result.html = self._convert(self.blocks, "", "keep")
        self.result.removed_html = self._removed_with_lines()
        if self.result.title is None:
            first = next((h for h in self.result.headings if h.level == 1), None)
            self.result.title = first.text if first else None
        return self.result

    def render_blocks(self, blocks: list[Block], appendix: str, ctx: RenderContext, footnotes: str = "drop") -> str:
        """HTML of some blocks of a section alone, as they would be in the whole page but for what the page
        numbers or makes unique across blocks (heading ids, quiz and tab numbers, footnote back-references): see
        :mod:`authoring_app.core.preview`. ``appendix`` holds the definitions the blocks may use (footnotes,
        abbreviations, link references); ``footnotes`` is ``drop`` or ``only`` (the footnote list alone)."""
        self.ctx = ctx
        self.result = RenderedSection(html="", front=parse_front_matter("")[0], title=None)
        self.blocks = blocks
        self.body_lines = []
        return self._convert(blocks, appendix, footnotes)

    def _convert(self, blocks: list[Block], appendix: str, footnotes: str) -> str:
        self.removed = []
        self.pending_media.clear()
        self.footnotes = footnotes
        self.md.reset()
        parts = []
        for block in blocks:
            text = CONTROL_RE.sub("", block.text)
            if nesting_depth(text) > MAX_NESTING:
                self.result.block_problems.append((block.start, "too-deep"))
                text = flatten(text)
            parts.append(f"{MARKER.format(block.start)}\n\n{text}")
        marked = "\n\n".join(parts)
        if appendix:
            marked += "\n\n" + CONTROL_RE.sub("", appendix)
        try:
            return self.md.convert(marked)
        finally:
            self.pending_media.clear()
            self.footnotes = "keep"

    def sanitize(self, html: str | etree.Element) -> str | etree.Element:
        """The author's stashed HTML, cleaned; what goes is noted for ``handbook check``."""
        if isinstance(html, etree.Element):
            self.removed.extend(sanitize_element(html))
            return html
        text = str(html)
        self.removed.extend(removals(text))  # for the message only: nh3 alone decides what stays
        return sanitize_fragment(text)

    def _removed_with_lines(self) -> list[tuple[int | None, str, str]]:
        """Each removal with the first line of the file (not yet given to the same text) that holds its text."""
        lowered = [line.lower() for line in self.body_lines]
        taken: set[tuple[int, str]] = set()
        result: list[tuple[int | None, str, str]] = []
        for removal in dict.fromkeys(self.removed):
            needle = removal.needle.lower()
            at = next(
                (i for i, text in enumerate(lowered) if needle in text and (i, needle) not in taken),
                None,
            )
            if at is not None:
                taken.add((at, needle))
            result.append((None if at is None else self.body_first_line + at, removal.what, removal.hint))
        return result

    # Helpers for the passes and the dialect blocks.
    def block_at(self, line: int | None) -> Block | None:
        if line is None:
            return None
        return next((block for block in self.blocks if block.start == line), None)

    def locate(self, block: Block | None, needle: str) -> tuple[int | None, int | None]:
        """The file line and column where ``needle`` first appears inside ``block``."""
        if block is None or not needle:
            return None, None
        for offset, text in enumerate(block.lines()):
            column = text.find(needle)
            if column >= 0:
                return block.start + offset, column + 1
        return None, None

    def add_media(self, element: etree.Element, ref: MediaRef) -> None:
        """Record a file a dialect block uses; it is reported with the block's line."""
        self.pending_media.setdefault(element, []).append(ref)


def render_section(text: str, ctx: RenderContext) -> RenderedSection:
    """Render one section with a fresh renderer (convenient; reuse :class:`SectionRenderer` in loops)."""
    return SectionRenderer().render(text, ctx)
