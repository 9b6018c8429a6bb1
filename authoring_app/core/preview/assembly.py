"""A section's page assembled from blocks rendered one by one — the live preview's renderer.

Python-Markdown renders a whole document at once: about 8 ms per 1,000 words, far too slow to run on every key
press in a long section. Here each top-level block (:mod:`..blocks`) is rendered alone by the same
:class:`~authoring_app.core.render.pipeline.SectionRenderer` as the export, together with the definitions it may
use (footnotes, abbreviations, link references), and kept in a cache keyed by its text and those definitions. A
key press then renders one block. What the whole page numbers or makes unique across blocks is done again when the
blocks are assembled, in the same way as the renderer does it for a whole page:

- heading ids: a slug already used earlier in the page gets ``_1``, ``_2`` … (Python-Markdown's ``unique``);
- quiz numbers (``quiz-<section>-<n>``) and tab-set numbers (``__tabbed_<n>_<m>``) count through the page;
- a footnote referred to more than once gets ``fnref2:``, ``fnref3:`` … back-references, and the footnote list
  at the end of the page is rendered apart from the blocks.

``tests/core/preview`` proves that the assembled page equals the whole page's render for every sample section.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass, field

from markdown.extensions.toc import unique
from markdown.postprocessors import Postprocessor
from markupsafe import escape

from ..blocks import ABBR_RE, UNREAD_RE, Block, split_blocks
from ..export.plan import display_title
from ..frontmatter import FrontMatter, parse_front_matter, source_title
from ..render.context import RenderContext
from ..render.pipeline import SectionRenderer
from ..render.quiz_block import quiz_id_prefix

#: Blocks render with this line; the real one replaces it when the page is assembled, so that a block whose text
#: did not change stays in the cache when lines are inserted above it.
LINE_SENTINEL = 987654321
SENTINEL_ATTR = f'data-line="{LINE_SENTINEL}"'
#: Blocks that are definitions: they show nothing where they stand.
DEFINITION_KINDS = frozenset({"footnote", "abbr", "refdef"})
#: Blocks that run to the end of the text when they are not closed.
OPEN_ENDED_KINDS = frozenset({"dialect", "code", "html"})
#: Rendered blocks kept per section; more than a long section has, few enough to bound the memory.
CACHE_SIZE = 4096

_HEADING_TAG_RE = re.compile(r'<h[1-6]\b[^>]*?\sid="([^"]*)"')
#: A tab set's number: in its inputs' ids and names and in its ``data-tabs``.
_TAB_RE = re.compile(r'(__tabbed_|data-tabs=")(\d+)(?=[_":])')
_FNREF_ID_RE = re.compile(r'<sup id="fnref(\d*):([^"]*)"')
#: A line that defines something for the whole page: a link reference, a footnote, an abbreviation (also quoted).
_DEFINITION_LINE_RE = re.compile(r"^[ \t>]*(?:\[[^\]]+\]:|\*\[[^\]]+\]:)", re.M)
#: An id the author gives an element: an attribute list's ``#id``, or an ``id`` attribute.
_FIXED_ID_RE = re.compile(r"\{[^}\n]*#|\bid\s*=")
#: A footnote definition's label, before its text.
_FOOTNOTE_LABEL_RE = re.compile(r"^ {0,3}\[\^[^\]]+\]:")
#: Where a top-level element of a rendered page starts (only those carry ``data-line``).
_TOP_LEVEL_RE = re.compile(r'(?m)^<[A-Za-z][^>]*?\sdata-line="\d+"')
_LINE_RE = re.compile(r'data-line="(\d+)"')
#: A heading of the page's own (not one inside another block): it has the block's line.
_TOP_H1_RE = re.compile(rf"<h1\b[^>]*{SENTINEL_ATTR}")


@dataclass(frozen=True)
class RenderedBlock:
    """One block rendered alone (``data-line`` is the sentinel), and what assembling the page needs of it."""

    html: str
    #: Ids the block has before its headings get theirs (``{#id}``, tab inputs, footnote references …).
    fixed_ids: frozenset[str]
    #: ``(slug, id)`` of each heading whose id was made from its text, in order.
    heading_slugs: tuple[tuple[str, str], ...]
    #: Quiz numbers the block took (a quiz left open takes one and shows none).
    quizzes: int = 0


@dataclass(frozen=True)
class PageBlock:
    """A piece of the assembled page: the HTML of one source block (or the page's own title or footnote list)."""

    #: A stable name of the piece: the hash of its HTML without its line (equal pieces have equal keys).
    key: str
    #: The HTML with :data:`LINE_SENTINEL` where its line goes (see :meth:`html_at`).
    html: str
    line: int

    def html_at(self) -> str:
        """The HTML with its real ``data-line``."""
        return self.html.replace(SENTINEL_ATTR, f'data-line="{self.line}"')


@dataclass
class AssembledPage:
    blocks: list[PageBlock] = field(default_factory=list)
    title: str | None = None
    #: Blocks rendered for this page (the others came from the cache).
    rendered: int = 0

    @property
    def html(self) -> str:
        # Python-Markdown strips the end of a page; a raw HTML block's blank line stays only between blocks.
        return "\n".join(block.html_at() for block in self.blocks).rstrip()


def _digest(*parts: str) -> str:
    hasher = hashlib.blake2b(digest_size=12)
    for part in parts:
        hasher.update(part.encode("utf-8", "surrogatepass"))
        hasher.update(b"\x00")
    return hasher.hexdigest()


class _OutputEnd(Postprocessor):
    """Keeps the blank lines Python-Markdown strips from the end of its output.

    A raw HTML block is followed by a blank line in a page (its stashed text ends with a line end); rendered alone,
    the block is the end of the output, which Python-Markdown strips. The assembled page puts the blank line back.
    """

    def __init__(self) -> None:
        super().__init__()
        self.end = ""

    def run(self, text: str) -> str:
        self.end = text[len(text.rstrip()) :]
        return text


class IncrementalSection:
    """Renders successive versions of one section's text, re-rendering only the blocks that changed.

    Not thread-safe: use one per thread (the preview keeps one in its render thread). ``ctx`` describes the page;
    ``auto_title`` adds the page title as ``<h1>`` when the text has none (as the site's page template does).
    """

    def __init__(self, ctx: RenderContext, *, auto_title: bool = False) -> None:
        self.ctx = ctx
        self.auto_title = auto_title
        self.renderer = SectionRenderer()
        self._output_end = _OutputEnd()
        self.renderer.md.postprocessors.register(self._output_end, "handbook-preview-output-end", 0)
        self._cache: OrderedDict[str, RenderedBlock] = OrderedDict()

    def render(self, text: str) -> AssembledPage:
        """The page of ``text`` (a whole section file, front matter included)."""
        front, body = parse_front_matter(text)
        blocks = split_blocks(body, front.body_line)
        definitions = [b for b in blocks if b.kind in DEFINITION_KINDS]
        if _hidden_definitions(body, front.body_line, definitions) or any(
            b.kind == "footnote" and _FIXED_ID_RE.search(b.text) for b in definitions
        ):
            # … or a footnote gives an element its id (``{#id}``), which the page's headings must avoid before
            # the footnote list is rendered
            return self._whole(text, front, body)
        footnote_defs = "\n\n".join(b.text for b in definitions if b.kind == "footnote")
        ref_defs = "\n\n".join(b.text for b in definitions if b.kind == "refdef")
        abbrs = [
            (m.group("term").strip(), b.text)
            for b in definitions
            if b.kind == "abbr"
            for m in [ABBR_RE.match(UNREAD_RE.sub("", b.text))]
            if m
        ]

        page = AssembledPage()
        pieces: list[tuple[Block, RenderedBlock]] = []
        for block in blocks:
            if block.kind in DEFINITION_KINDS:
                continue
            appendix = self._appendix(block.text, footnote_defs, ref_defs, abbrs)
            if appendix and block.kind in OPEN_ENDED_KINDS and _swallows(block, appendix):
                return self._whole(text, front, body)  # a block left open would take the definitions in
            rendered = self._cached(block, appendix, page)
            pieces.append((block, rendered))

        fnref_counts, used, counters = self._assemble(pieces, page)
        if footnote_defs:
            self._add_footnotes(definitions, fnref_counts, page, used, counters)
        return self._titled(page, front, body)

    # ------------------------------------------------------------------------------------------ internals ---

    def _titled(self, page: AssembledPage, front: FrontMatter, body: str) -> AssembledPage:
        """The page's title; as its ``<h1>`` too when the text has none (as the site's template does)."""
        page.title = display_title(source_title(front, body), self.ctx.lang, self.ctx.section)
        if self.auto_title and not any(_TOP_H1_RE.search(b.html) for b in page.blocks):
            title_html = f"<h1>{escape(page.title)}</h1>"
            page.blocks.insert(0, PageBlock(_digest("title", title_html), title_html, front.body_line))
        return page

    def _whole(self, text: str, front: FrontMatter, body: str) -> AssembledPage:
        """The page rendered whole, cut into its top-level elements: for text whose definitions the blocks could
        not see one by one (a link reference inside a quote, a footnote defined right under a paragraph)."""
        html = self.renderer.render(text, self.ctx).html
        page = AssembledPage(rendered=1)
        starts = [match.start() for match in _TOP_LEVEL_RE.finditer(html)]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        for begin, end in zip(starts, [*starts[1:], len(html)], strict=True):
            piece = html[begin:end]
            if end < len(html):
                piece = piece[:-1]  # the line end that joins it to the next piece (a raw HTML block has two)
            line_match = _LINE_RE.search(piece)
            line = int(line_match.group(1)) if line_match else front.body_line
            piece = piece.replace(f'data-line="{line}"', SENTINEL_ATTR, 1)
            page.blocks.append(PageBlock(_digest(piece), piece, line))
        return self._titled(page, front, body)

    @staticmethod
    def _appendix(text: str, footnote_defs: str, ref_defs: str, abbrs: list[tuple[str, str]]) -> str:
        """The definitions a block's text may use: only those, so that editing one re-renders few blocks."""
        parts = []
        text = UNREAD_RE.sub("", text)  # as Python-Markdown reads it (``[\x07^1]`` refers to a footnote)
        if footnote_defs and "[^" in text:
            parts.append(footnote_defs)
        if ref_defs and "]" in text:
            parts.append(ref_defs)
        parts.extend(definition for term, definition in abbrs if term in text)
        return "\n\n".join(parts)

    def _cached(self, block: Block, appendix: str, page: AssembledPage) -> RenderedBlock:
        key = _digest(block.kind, block.text, appendix)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        renderer = self.renderer
        alone = Block(block.kind, LINE_SENTINEL, LINE_SENTINEL + block.end - block.start, block.text, block.name)
        self._output_end.end = ""
        html = renderer.render_blocks([alone], appendix, self.ctx, footnotes="drop")
        if html:
            html += self._output_end.end  # a raw HTML block's line end: a blank line before the next block
        rendered = RenderedBlock(html, renderer.fixed_ids, tuple(renderer.heading_slugs), _quizzes_taken(renderer))
        page.rendered += 1
        self._cache[key] = rendered
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return rendered

    def _assemble(
        self, pieces: list[tuple[Block, RenderedBlock]], page: AssembledPage
    ) -> tuple[dict[str, int], set[str], dict[str, int]]:
        """Put the blocks together as one page; returns how often each footnote is referred to, and the ids used
        and slug counters so far (the footnote list's headings come after the blocks')."""
        used: set[str] = set()
        for _, rendered in pieces:
            used |= rendered.fixed_ids
        counters: dict[str, int] = {}
        quiz_prefix = quiz_id_prefix(self.ctx.section)
        quiz_re = re.compile(f"({re.escape(quiz_prefix)})" + r'(\d+)(?=[-"])')
        quizzes = tabs = 0
        fnrefs: dict[str, int] = {}
        for block, rendered in pieces:
            html = rendered.html
            if rendered.heading_slugs:
                html = _rename_headings(
                    html, [(old, unique(slug, used, counters)) for slug, old in rendered.heading_slugs]
                )
            if quiz_prefix in html:
                html = quiz_re.sub(lambda m, before=quizzes: f"{m.group(1)}{before + int(m.group(2))}", html)
            quizzes += rendered.quizzes
            if "__tabbed_" in html:
                tabs, html = _renumber(_TAB_RE, html, tabs)
            if "fnref" in html:
                html = _number_fnrefs(html, fnrefs)
            page.blocks.append(PageBlock(_digest(html), html, block.start))
        return fnrefs, used, counters

    def _add_footnotes(
        self,
        definitions: list[Block],
        fnref_counts: dict[str, int],
        page: AssembledPage,
        used: set[str],
        counters: dict[str, int],
    ) -> None:
        """The page's footnote list: rendered from the references the page makes and every definition."""
        footnote_blocks = [b for b in definitions if b.kind == "footnote"]
        refs = "".join(f"[^{label}]" * count for label, count in fnref_counts.items())
        refs_block = Block("paragraph", LINE_SENTINEL, LINE_SENTINEL, refs or "\u200b")
        key = _digest("footnotes", refs, *(b.text for b in definitions))
        found = self._cache.get(key)
        if found is None:
            self.renderer.blocks = footnote_blocks
            # Footnotes may use link references and abbreviations too.
            appendix = "\n\n".join(b.text for b in definitions)
            html = self.renderer.render_blocks([refs_block], appendix, self.ctx, footnotes="only")
            # The list's line is its first definition's: made the sentinel here, the real one at assembly.
            html = html.replace(f'data-line="{footnote_blocks[0].start}"', SENTINEL_ATTR, 1)
            found = RenderedBlock(html, self.renderer.fixed_ids, tuple(self.renderer.heading_slugs))
            self._cache[key] = found
            page.rendered += 1
        html = found.html
        if found.heading_slugs:  # a heading in a footnote: unique in the page, after the blocks' headings
            used |= found.fixed_ids
            html = _rename_headings(html, [(old, unique(slug, used, counters)) for slug, old in found.heading_slugs])
        if html:
            page.blocks.append(PageBlock(_digest(html), html, footnote_blocks[0].start))


def _swallows(block: Block, appendix: str) -> bool:
    """True when ``block`` is left open (a ``///`` block, a fence, raw HTML never closed) and so would take in the
    definitions rendered after it, which the whole page has before it."""
    parts = split_blocks(f"{block.text}\n\n{appendix}")
    return not parts or parts[0].text != block.text


def _hidden_definitions(body: str, first_line: int, definitions: list[Block]) -> bool:
    """True when the text defines something outside a definition block of its own (blocks alone would miss it),
    also inside a footnote (``[^1]: [ref]: https://…``: the footnote's text is read as Markdown)."""
    body = UNREAD_RE.sub("", body)  # as Python-Markdown reads it (``\x07[ref]: …`` defines ``ref``)
    if "]:" not in body:
        return False
    seen = {line for block in definitions for line in range(block.start, block.end + 1)}
    for match in _DEFINITION_LINE_RE.finditer(body):
        if first_line + body.count("\n", 0, match.start()) not in seen:
            return True
    return any(
        block.kind == "footnote"
        and _DEFINITION_LINE_RE.search(_FOOTNOTE_LABEL_RE.sub("", UNREAD_RE.sub("", block.text), count=1))
        for block in definitions
    )


def _quizzes_taken(renderer: SectionRenderer) -> int:
    """How many quiz numbers the last render took (pymdownx.blocks keeps the quiz count in its tracker)."""
    blocks = renderer.md.parser.blockprocessors["blocks"]
    return int(getattr(blocks, "trackers", {}).get("quiz", {}).get("count", 0))


def _rename_headings(html: str, renames: list[tuple[str, str]]) -> str:
    """Give the block's generated heading ids, in order, their ids in the whole page."""
    if all(old == new for old, new in renames):
        return html
    pending = iter(renames)
    current = next(pending, None)
    out: list[str] = []
    position = 0
    for match in _HEADING_TAG_RE.finditer(html):
        if current is None:
            break
        old, new = current
        if match.group(1) != old:
            continue  # an author's {#id}
        out.append(html[position : match.start(1)])
        out.append(new)
        position = match.end(1)
        current = next(pending, None)
    out.append(html[position:])
    return "".join(out)


def _renumber(pattern: re.Pattern[str], html: str, count: int) -> tuple[int, str]:
    """Number what ``pattern`` finds (group 2, counted from 1 in the block, after the prefix in group 1) on from
    ``count``; returns the last number given and the HTML."""
    mapping: dict[str, str] = {}
    for match in pattern.finditer(html):
        if match.group(2) not in mapping:
            count += 1
            mapping[match.group(2)] = str(count)
    return count, pattern.sub(lambda m: m.group(1) + mapping[m.group(2)], html)


def _number_fnrefs(html: str, seen: dict[str, int]) -> str:
    """``fnref:x`` for a footnote's first reference in the page, ``fnref2:x`` for its second, and so on."""

    def number(match: re.Match[str]) -> str:
        label = match.group(2)
        seen[label] = seen.get(label, 0) + 1
        n = seen[label]
        return f'<sup id="fnref{n if n > 1 else ""}:{label}"'

    return _FNREF_ID_RE.sub(number, html)
