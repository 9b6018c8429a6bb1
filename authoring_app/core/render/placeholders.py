"""Python-Markdown's placeholders (STX … ETX) and the author's stashed inline tags: none reaches a page whole or
in pieces, and an inline tag of a block element closes where it opens. Passes of :mod:`.pipeline`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from typing import TYPE_CHECKING

import markdown
from markdown import util
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

if TYPE_CHECKING:
    from .pipeline import SectionRenderer


#: A stashed piece of HTML's placeholder, and its number.
STASH_RE = re.compile(util.HTML_PLACEHOLDER % r"(\d+)")


#: One tag: ``</`` or ``<``, its name, and ``/`` when it closes itself.
INLINE_TAG_RE = re.compile(r"^\s*<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>\s*$")


VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)


#: An attribute name made of a placeholder (attr_list turns its STX and ETX into ``_``).
PLACEHOLDER_NAME_RE = re.compile("wzxhzdk|klzzwxh|[\x02\x03]")


#: Any of Python-Markdown's placeholders (inline, stashed HTML, an escaped character): STX, a name, ETX.
PLACEHOLDER_RE = re.compile("\x02[^\x02\x03]*\x03")


#: What an upstream bug may leave of a placeholder in a page: its start (to its end, or to where an attribute or a
#: tag ends), or its end (from where a word starts).
PLACEHOLDER_PIECE_RE = re.compile('\x02[^\x02\x03<>"]*\x03?|[^\x02\x03<>"\\s]*\x03')
#: A character escaped with a backslash (``\*``), as Python-Markdown keeps it until its last tree pass.
ESCAPED_RE = re.compile("\x02(\\d+)\x03")


class _BalancedInlineTags(Treeprocessor):
    """The author's inline tags of block-level elements close in the top-level element they open in.

    Python-Markdown stashes each inline tag alone, so a stray ``</div>`` (or one in a block of its own) went into
    the page as it was and closed the ``<div>`` of the note around it, or the page's own. A closing tag that closes
    nothing the author opened before it in the same top-level element is left out, and so is an opening tag that is
    never closed there: the page's structure is the page's.
    """

    def __init__(self, md: markdown.Markdown, renderer: SectionRenderer) -> None:
        super().__init__(md)
        self.renderer = renderer

    def run(self, root: etree.Element) -> None:
        if not self.renderer.inline_tags:
            return
        stash = self.md.htmlStash
        for top in root:
            opened: list[tuple[str, int]] = []
            for index in self.stashed_in(top):
                if index not in self.renderer.inline_tags:
                    continue
                tag = INLINE_TAG_RE.match(str(stash.rawHtmlBlocks[index]))
                if not tag or tag.group(3) or not self.md.is_block_level(tag.group(2).lower()):
                    continue
                name = tag.group(2).lower()
                if name in VOID_TAGS:
                    continue
                if not tag.group(1):
                    opened.append((name, index))
                elif any(open_name == name for open_name, _ in opened):
                    while opened.pop()[0] != name:
                        pass
                else:
                    stash.rawHtmlBlocks[index] = ""
            for _, index in opened:
                stash.rawHtmlBlocks[index] = ""

    @staticmethod
    def stashed_in(element: etree.Element) -> list[int]:
        """The stash numbers of the placeholders in ``element``'s text, in reading order."""
        found = []
        for text in _texts(element):
            if text and "\x02" in text:
                found.extend(int(match.group(1)) for match in STASH_RE.finditer(text))
        return found


def _texts(element: etree.Element) -> Iterator[str | None]:
    yield element.text
    for child in element:
        yield from _texts(child)
        yield child.tail


class _NoPlaceholders(Postprocessor):
    """Nothing of Python-Markdown's placeholders reaches a page, whatever an upstream bug left of one (a link's
    address that took part of the footnotes' no-break space placeholder, ``[^1]: [](\"(``)."""

    def run(self, text: str) -> str:
        return PLACEHOLDER_PIECE_RE.sub("", text) if "\x02" in text or "\x03" in text else text


def _emphasis_keeps_placeholders_whole(md: markdown.Markdown) -> None:
    """Emphasis (``*``, ``_``, and pymdownx's ``==``, ``^^``, ``~~``) never ends or starts inside a placeholder.

    Python-Markdown 3.11's delimiter pass works out where each emphasis starts and ends on the text as it was
    before earlier matches were replaced by placeholders, and sometimes counts wrong: ``*a**b*<b>`` took the STX of
    the ``<b>``'s placeholder into the ``<strong>``, ``**x* * <b> *y*`` ended an ``<em>`` inside it, and the page
    showed ``klzzwxh:0000`` and control characters. A match that would cut a placeholder is not taken: its
    delimiters stay text, and the pass starts afresh after them.
    """
    for name in ("em_strong", "delimiter"):
        if name not in md.inlinePatterns:
            continue
        processor = md.inlinePatterns[name]
        handle = processor.handleMatch

        def guarded(
            m: re.Match[str],
            data: str,
            handle=handle,
            processor=processor,  # bound here: each processor its own
        ) -> tuple[etree.Element | str | None, int | None, int | None]:
            element, start, end = handle(m, data)
            if element is None or start is None or end is None or "\x02" not in data:
                return element, start, end
            if _cuts_placeholder(data, start, end) or _holds_a_piece_of_a_placeholder(element):
                processor.reset()
                run_end = m.start(0)
                while run_end < len(data) and data[run_end] == data[m.start(0)]:
                    run_end += 1
                return None, m.start(0), run_end
            return element, start, end

        processor.handleMatch = guarded  # type: ignore[method-assign]


def _cuts_placeholder(data: str, start: int, end: int) -> bool:
    return any(match.start() < edge < match.end() for match in PLACEHOLDER_RE.finditer(data) for edge in (start, end))


def _holds_a_piece_of_a_placeholder(element: etree.Element | str) -> bool:
    if not isinstance(element, etree.Element):
        return False
    for node in element.iter():
        for text in (node.text, node.tail if node is not element else None):
            if text and ("\x02" in text or "\x03" in text):
                rest = PLACEHOLDER_RE.sub("", text)
                if "\x02" in rest or "\x03" in rest:
                    return True
    return False


def _without_placeholders(element: etree.Element) -> None:
    """An attribute list that held inline HTML (``# h {<t>}``) names no attribute after a placeholder
    (``_wzxhzdk:0_``), and a value keeps nothing of one (a link left open, ``[x](`` …, takes the text after it as
    its address, up to the middle of a placeholder): the attribute goes, or the placeholder leaves its value."""
    for name, value in list(element.attrib.items()):
        if PLACEHOLDER_NAME_RE.search(name):
            del element.attrib[name]
        elif value and ("\x02" in value or "\x03" in value):
            # An escaped character (``\[`` in an image's alt text) is Python-Markdown's to restore, after this.
            element.set(name, PLACEHOLDER_PIECE_RE.sub(lambda m: m[0] if ESCAPED_RE.fullmatch(m[0]) else "", value))
