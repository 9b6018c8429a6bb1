"""Python-Markdown configured for the handbook dialect, plus the passes that make its HTML ours.

One :class:`SectionRenderer` is built per thread (Markdown instances are not thread-safe) and reused; each
:meth:`SectionRenderer.render` call resets it. What the passes add:

- ``data-line`` on every top-level element: the splitter in :mod:`..blocks` knows where each block starts, and a
  line marker before each block tells the last tree pass which line the following elements come from (see
  :class:`_LineMarkers`: the page is the blocks' renders one after another, which the live preview relies on);
- figures with captions for images that have a title, with width/height read from the file;
- the links, media and ids of the page, with their lines, for ``handbook check`` and the exporters;
- the author's raw HTML (blocks, inline tags, ``markdown="1"`` elements, attribute lists) sanitised as it is stashed,
  by :mod:`.sanitize`; the HTML the dialect and the extensions stash themselves is theirs and is left alone.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from html.parser import HTMLParser

import markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.extensions.md_in_html import HtmlBlockPreprocessor, HTMLExtractorExtra
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..blocks import Block, split_blocks
from ..frontmatter import parse_front_matter
from .context import Heading, LinkRef, MediaRef, RenderContext, RenderedSection
from .dialect import DialectExtension
from .placeholders import (
    STASH_RE,
    VOID_TAGS,
    _BalancedInlineTags,
    _emphasis_keeps_placeholders_whole,
    _NoPlaceholders,
    _without_placeholders,
)
from .sanitize import Removal, removals, sanitize_attributes, sanitize_element, sanitize_fragment
from .tree_passes import (
    HEADING_TAGS,
    _FigureProcessor,
    _FootnoteRefCount,
    _FootnoteRefOrder,
    _HeadingIds,
    _is_footnote_list,
    _TaskListLabels,
)

#: A chunk of its own before each top-level block says the block's line (:class:`_LineMarkers` reads it). The BEL
#: character cannot come from the author (it is removed from the text first), and a short chunk costs
#: Python-Markdown far less than an HTML comment would.
MARKER = "\x07L{}\x07"
MARKER_RE = re.compile(r"^\x07L(\d+)\x07$")
CONTROL_RE = re.compile("\x07")
#: A start tag's ``<`` and name.
TAG_NAME_RE = re.compile(r"<[A-Za-z][\w:-]*")
#: The first tag of a stashed HTML block, where its ``data-line`` goes.
FIRST_TAG_RE = re.compile(r"^(\s*<[A-Za-z][\w:-]*)(?=[\s/>])")
#: Lists or quotes nested deeper than this are shown flattened (and reported): Python-Markdown parses nesting by
#: recursion and would run out of stack (or take minutes) on a file with thousands of levels.
MAX_NESTING = 100
#: The leading spaces, tabs and ``>`` of a line: how deep it is nested.
LEADING_RE = re.compile(r"^[ \t>]*")


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


def _per_block(run: Callable[[list[str]], list[str]], lines: list[str]) -> list[str]:
    """Run a preprocessor that reads lines across blocks (fenced code, raw HTML) on each top-level block apart.

    Each piece is a block's marker, the block and the blank line after it, as when the block is rendered alone (the
    live preview): a fence or a raw HTML element the splitter ended with its block (left open, closed in a later
    block) ends there too, and never takes the next block's marker (or the block) in.
    """
    starts = [n for n, line in enumerate(lines) if n and MARKER_RE.match(line)]
    if not starts:
        return run(lines)
    out: list[str] = []
    for begin, end in zip([0, *starts], [*starts, len(lines)], strict=True):
        last = end == len(lines)
        piece = run(lines[begin:end] if last else [*lines[begin:end], ""])
        if not last and piece and not piece[-1]:
            piece = piece[:-1]  # the blank line added above (the text has it before the next marker)
        out.extend(piece)
    return out


class _HtmlExtractor(HTMLExtractorExtra):
    """md_in_html's raw HTML reader, with the text after a raw block's end on its line kept in its place.

    Python-Markdown 3.11 puts an entity, a character reference or a comment that follows a block's end tag on the
    same line (``<script>x</script> &amp;``) into the next raw block, or at the end of the text: it moved past the
    blocks after it, and the page differed from its blocks rendered one by one. Here it stays with the rest of that
    line, as text of its own after the block.
    """

    def handle_empty_tag(self, data: str, is_block: bool) -> None:
        if self.intail and not self.inraw and not self.mdstack:
            self.handle_data(data)
            return
        super().handle_empty_tag(data, is_block)


class _LineMarkers(BlockProcessor):
    """Reads the line marker before each top-level block; the blocks it separates are rendered as if alone.

    The marker becomes an empty element of its own (:attr:`SectionRenderer.markers` knows which line it says) that
    the last tree pass takes out again. It is not a paragraph, so that a definition list never takes it for its
    term, and nothing reaches across it: a list, quote, code block or tab set before it never goes on after it.

    ``///`` blocks would: pymdownx.blocks keeps a block that is left open (an inner block with more slashes never
    closed, a block opened inside a quote or a list item) on its stack and feeds it whatever follows, markers
    included. At a marker the splitter says a new top-level block starts, so the blocks still open there are left
    as the end of the text leaves them (not ended: a block rendered alone is not ended either), and the markers
    never go into them. The page is then exactly its blocks' renders one after another, which the live preview
    (:mod:`..preview.assembly`) relies on.
    """

    def __init__(self, parser: BlockParser, renderer: SectionRenderer) -> None:
        super().__init__(parser)
        self.renderer = renderer
        self.blocks = parser.blockprocessors["blocks"]
        parse_blocks = self.blocks.parse_blocks

        def parse_blocks_up_to_a_marker(blocks: list[str], current_parent: etree.Element) -> None:
            """pymdownx feeds an open block the chunks that follow it: only those before the next marker."""
            cut = next((n for n, chunk in enumerate(blocks) if MARKER_RE.match(chunk)), None)
            if cut is None:
                parse_blocks(blocks, current_parent)
                return
            before = blocks[:cut]
            del blocks[:cut]
            parse_blocks(before, current_parent)
            blocks[:0] = before  # what a block that closed early did not take: read after it, as usual

        self.blocks.parse_blocks = parse_blocks_up_to_a_marker

    def test(self, parent: etree.Element, block: str) -> bool:
        return parent is getattr(self.parser, "root", None) and MARKER_RE.match(block) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        match = MARKER_RE.match(blocks.pop(0))
        assert match is not None
        self.blocks.stack.clear()
        self.blocks.cached_parent = None
        self.renderer.markers[etree.SubElement(parent, "hb-line")] = int(match.group(1))


def _definitions_need_a_term(md: markdown.Markdown, renderer: SectionRenderer) -> None:
    """``: definition`` with no term before it in its block is a paragraph, as Python-Markdown makes it when
    nothing comes before it (def_list would otherwise start a list of definitions without a term after a marker)."""
    deflist = md.parser.blockprocessors["deflist"]
    run = deflist.run

    def run_with_a_term(parent: etree.Element, blocks: list[str]) -> bool | None:
        match = deflist.RE.search(blocks[0])
        if match and not blocks[0][: match.start()].strip() and deflist.lastChild(parent) in renderer.markers:
            return False
        return run(parent, blocks)

    deflist.run = run_with_a_term  # type: ignore[method-assign]


class _LinesAndRefsProcessor(Treeprocessor):
    """The last tree pass: moves the block markers into ``data-line`` and collects links, media and ids."""

    def __init__(self, md: markdown.Markdown, renderer: SectionRenderer) -> None:
        super().__init__(md)
        self.renderer = renderer

    def run(self, root: etree.Element) -> None:
        stash = self.md.htmlStash
        placeholders = {stash.get_placeholder(i): i for i in range(len(stash.rawHtmlBlocks))}
        markers = self.renderer.markers
        line: int | None = None
        for child in list(root):
            if child in markers:
                line = markers.pop(child) or line  # 0: the definitions after the blocks, which show nothing
                root.remove(child)
                continue
            if child.tag == "p" and len(child) == 0:
                text = (child.text or "").strip()
                index = placeholders.get(text)
                if index is not None and self.raw_block_with_line(index, line):
                    continue
            is_footnotes = _is_footnote_list(child)
            if self.renderer.footnotes != "keep" and is_footnotes != (self.renderer.footnotes == "only"):
                root.remove(child)  # a block rendered alone: the page's footnote list is rendered apart from it
                continue
            if is_footnotes:
                # The footnote list follows the last block; its place in the source is its first definition.
                line = next((b.start for b in self.renderer.blocks if b.kind == "footnote"), line)
            if line is not None and child.tag not in ("script", "style"):
                child.set("data-line", str(line))
            self.collect(child, line)
        if markers:  # never: a marker is read at the top only and nothing takes it; but none may show
            for parent in list(root.iter()):
                for child in [child for child in parent if child in markers]:
                    parent.remove(child)
            markers.clear()

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
                stash.rawHtmlBlocks[index] = _with_line(str(raw), line)
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
                _without_placeholders(element)
                renderer.removed.extend(sanitize_attributes(element))


class _TopTags(HTMLParser):
    """Where the top-level start tags of a piece of HTML are, as ``(line, column)``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = 0
        self.starts: list[tuple[int, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self.starts.append(self.getpos())
        if tag not in VOID_TAGS:
            self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self.starts.append(self.getpos())

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(0, self.depth - 1)


def _with_line(raw: str, line: int) -> str:
    """A raw HTML block with ``data-line`` on its first tag, and on any other element at its top: the sanitiser
    (html5ever) reopens a formatting tag left open inside a block after it (``<div>a <b>b</div>`` gives
    ``<div>a <b>b</b></div><b></b>``)."""
    first = FIRST_TAG_RE.sub(rf'\1 data-line="{line}"', raw, count=1)
    if raw.count("<") < 2:
        return first
    finder = _TopTags()
    try:
        finder.feed(first)
        finder.close()
    except Exception:  # what nh3 gives back is HTML the standard parser reads; never mind if not
        return first
    starts = [0]
    for text_line in first.split("\n")[:-1]:
        starts.append(starts[-1] + len(text_line) + 1)
    out = first
    for line_number, column in reversed(finder.starts):
        at = starts[line_number - 1] + column
        tag = TAG_NAME_RE.match(out, at)
        if tag and "data-line=" not in out[tag.end() : out.find(">", tag.end())]:
            out = f'{out[: tag.end()]} data-line="{line}"{out[tag.end() :]}'
    return out


class _HandbookExtension(Extension):
    def __init__(self, renderer: SectionRenderer) -> None:
        super().__init__()
        self.renderer = renderer

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Before pymdownx.blocks (89.99), which feeds a block left open whatever follows it.
        md.parser.blockprocessors.register(_LineMarkers(md.parser, self.renderer), "handbook-line-markers", 99)
        _definitions_need_a_term(md, self.renderer)
        _emphasis_keeps_placeholders_whole(md)
        md.treeprocessors.register(_FigureProcessor(md, self.renderer), "handbook-figures", 12)
        md.treeprocessors.register(_HeadingIds(md, self.renderer), "handbook-heading-ids", 5)
        md.treeprocessors.register(_FootnoteRefOrder(md), "handbook-footnote-ref-order", 6)
        md.treeprocessors.register(_FootnoteRefCount(md), "handbook-footnote-ref-count", 16)
        md.treeprocessors.register(_TaskListLabels(md), "handbook-tasklist-labels", 11)
        md.treeprocessors.register(_BalancedInlineTags(md, self.renderer), "handbook-balanced-inline-tags", 10.5)
        md.postprocessors.register(_NoPlaceholders(md), "handbook-no-placeholders", 5)
        md.treeprocessors.register(_LinesAndRefsProcessor(md, self.renderer), "handbook-lines", 3)
        md.treeprocessors.register(_LinkRewriter(md, self.renderer), "handbook-links", 4)
        md.inlinePatterns.register(_SanitizedInlineHtml(HTML_RE, md, self.renderer), "html", 90)
        html_block = md.preprocessors["html_block"]
        md.preprocessors.register(_SanitizedHtmlBlocks(md, html_block, self.renderer), "html_block", 20)
        # Wrapped in place: pymdownx.blocks finds superfences' code stash through this very object.
        fences = md.preprocessors["fenced_code_block"]
        run_fences = fences.run
        fences.run = lambda lines: _per_block(run_fences, lines)  # type: ignore[method-assign]
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
            return _per_block(self.run_block, lines)
        finally:
            self.renderer.reading_author_html = False

    def run_block(self, lines: list[str]) -> list[str]:
        if not isinstance(self.inner, HtmlBlockPreprocessor):
            return self.inner.run(lines)
        # md_in_html's pass (HtmlBlockPreprocessor.run), with its reader fixed.
        parser = _HtmlExtractor(self.md)
        parser.feed("\n".join(lines))
        parser.close()
        return "".join(parser.cleandoc).split("\n")


class _SanitizedInlineHtml(HtmlInlineProcessor):
    """An inline tag the author wrote (``<span …>``, ``</span>``), cleaned as it is stashed."""

    def __init__(self, pattern: str, md: markdown.Markdown, renderer: SectionRenderer) -> None:
        super().__init__(pattern, md)
        self.renderer = renderer

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str, int, int]:
        self.renderer.reading_author_html = True
        try:
            placeholder, start, end = super().handleMatch(m, data)
        finally:
            self.renderer.reading_author_html = False
        stashed = STASH_RE.fullmatch(placeholder)
        if stashed:
            self.renderer.inline_tags.add(int(stashed.group(1)))
        return placeholder, start, end


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
        #: The line markers read in this render (see :class:`_LineMarkers`) and the line each says.
        self.markers: dict[etree.Element, int] = {}
        #: The stash numbers of the author's inline tags in this render.
        self.inline_tags: set[int] = set()
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
        self.markers.clear()
        self.inline_tags.clear()
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
            # A marker of its own: a block left open does not take the definitions in (they are not in it in the
            # page); they show nothing, so the line it says is never given to an element.
            marked += f"\n\n{MARKER.format(0)}\n\n" + CONTROL_RE.sub("", appendix)
        try:
            return self.md.convert(marked)
        finally:
            self.pending_media.clear()
            self.markers.clear()
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
