"""What of a rendered page the search reads: its passages, under their headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...render import RenderedSection
from .words import _word_list

# --- documents ---------------------------------------------------------------------------------------------------


@dataclass
class SearchDoc:
    """One page as search sees it."""

    #: Relative to the site root, e.g. ``ru/06-virtual-labs.html``.
    url: str
    title: str
    summary: str
    #: The title of the part the page belongs to ("" when none).
    part: str
    #: ``(anchor id, heading text)`` of the page's h2/h3 headings, in order.
    headings: list[tuple[str, str]] = field(default_factory=list)
    #: ``(index into headings or -1, plain text)`` of each paragraph, list item, table row, quiz question, ...
    passages: list[tuple[int, str]] = field(default_factory=list)
    #: Keywords of the front matter: searchable, not shown.
    keywords: list[str] = field(default_factory=list)


_VOID_TAGS = frozenset(_word_list("area base br col embed hr img input link meta param source track wbr"))
#: Elements whose text is never searched: scripts, controls, players (their content is a fallback message).
_SKIP_TAGS = frozenset(_word_list("script style template svg button video audio object noscript iframe select"))
#: Classes of words the renderer adds (hints, fallbacks, generated links, footnote numbers and back links).
_SKIP_CLASSES = frozenset(
    _word_list(
        """
    hb-generated hb-media-fallback hb-embed-note hb-embed-open hb-quiz-hint hb-quiz-count hb-quiz-check
    footnote-ref footnote-backref hb-visually-hidden
    """
    )
)
#: Elements that start a new passage.
_BLOCK_TAGS = frozenset(
    _word_list(
        """
    address article aside blockquote caption details dialog div dl dt fieldset figcaption figure footer form h1 h2
    h3 h4 h5 h6 header hr legend li main nav ol p pre section summary table tbody thead tfoot tr ul
    """
    )
)
_SPACE_RE = re.compile(r"\s+")


class _PassageParser(HTMLParser):
    """Walks a rendered section and collects its passages, tracking the current top-level h2/h3."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, frozenset[str]]] = []  # (tag, skipped, classes) of the open elements
        self.skipping = 0
        self.heading = -1
        self.in_heading = False
        self.buffer: list[str] = []
        self.passages: list[tuple[int, str]] = []
        self.cells = 0

    def flush(self) -> None:
        text = _SPACE_RE.sub(" ", "".join(self.buffer)).strip(" ·—")
        self.buffer = []
        if text and not self.in_heading:
            self.passages.append((self.heading, text))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        top = not self.stack
        if tag in _VOID_TAGS:
            if tag == "br" and not self.skipping:
                self.buffer.append(" ")
            return
        classes = frozenset((attributes.get("class") or "").split())
        parent_classes = self.stack[-1][2] if self.stack else frozenset()
        skip = (
            tag in _SKIP_TAGS
            or bool(classes & _SKIP_CLASSES)
            or attributes.get("aria-hidden") == "true"
            # The renderer's "Transcript" label of a transcript's <details>.
            or (tag == "summary" and "hb-transcript" in parent_classes)
        )
        self.stack.append((tag, skip, classes))
        if skip:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag in _BLOCK_TAGS:
            self.flush()
            if tag == "tr":
                self.cells = 0
            if top and tag in ("h2", "h3"):
                self.in_heading = True
        elif tag in ("td", "th"):
            if self.cells:
                self.buffer.append(" · ")
            self.cells += 1
        elif tag == "dd":
            self.buffer.append(" — ")
        elif tag in ("label", "option"):
            self.buffer.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS or not any(entry[0] == tag for entry in self.stack):
            return
        while self.stack:  # also closes elements left open inside this one
            name, skip, _ = self.stack.pop()
            if skip:
                self.skipping -= 1
            elif not self.skipping and name in _BLOCK_TAGS and name != "dt":  # a term and its definition: one passage
                if self.in_heading and not self.stack and name in ("h2", "h3"):
                    self.buffer = []
                    self.in_heading = False
                    self.heading += 1
                else:
                    self.flush()
            elif not self.skipping and name in ("label", "td", "th"):
                self.buffer.append(" ")
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.buffer.append(data)

    def close(self) -> None:
        super().close()
        self.flush()


def passages_from_html(html: str) -> list[tuple[int, str]]:
    """The searchable passages of a rendered section: ``(heading index or -1, plain text)``, in order.

    The heading index counts the top-level h2 and h3 elements, the same headings as
    ``[h for h in rendered.headings if h.level in (2, 3)]``. Words the renderer adds (hints, fallbacks, button
    labels, footnote numbers) are left out.
    """
    parser = _PassageParser()
    parser.feed(html)
    parser.close()
    return parser.passages


def docs_from_rendered(url: str, rendered: RenderedSection, part_title: str) -> SearchDoc:
    """The :class:`SearchDoc` of a rendered section published at ``url`` (relative to the site root)."""
    keywords = rendered.front.data.get("keywords") if rendered.front else None
    if isinstance(keywords, str):
        keywords = [keywords]
    summary = rendered.front.summary if rendered.front else None
    return SearchDoc(
        url=url,
        title=rendered.title or url.rsplit("/", 1)[-1].removesuffix(".html"),
        summary=str(summary or ""),
        part=part_title,
        headings=[(h.id, h.text) for h in rendered.headings if h.level in (2, 3)],
        passages=passages_from_html(rendered.html),
        keywords=[str(k) for k in keywords or [] if k is not None],
    )
