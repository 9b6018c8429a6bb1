"""What of a rendered page the search reads: its passages, under their headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape, unescape
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

# --- passages -----------------------------------------------------------------------------------------------------
#
# The HTML is read as a flat list of tokens, ``(text, start tag, its attributes, "/", end tag)`` with one of text,
# start tag and end tag set (and "/" for a start tag written ``<br/>``), or all empty for anything else: what
# ``_TOKEN_RE.findall`` returns. A rendered section (Python-Markdown's output) is plain HTML, in lower case, that
# the regular expression reads exactly as ``html.parser`` does; anything else (a comment, a declaration, a script
# or style, a ``<`` that starts no tag, an unquoted attribute value, a tag in upper case, ...) is read again with
# ``html.parser`` (:class:`_HTMLParserTokens`), which gives the same tokens. :func:`_read_passages` turns the
# tokens into passages.

_WS = "[ \t\n\r\f]"
#: An attribute as the fast reader takes it: a name, optionally ``="value"`` or ``='value'``.
_ATTR = rf"""{_WS}+[a-z_:][-a-z0-9_:.]*(?:{_WS}*={_WS}*(?:"[^"]*"|'[^']*'))?"""
#: Elements whose content html.parser reads as raw text (in some Python version): always left to html.parser.
_RAW_TEXT = "(?:script|style|xmp|iframe|noembed|noframes|noscript|plaintext|textarea|title)"
_TOKEN_RE = re.compile(
    r"([^<]+)"  # text
    rf"|<(?!{_RAW_TEXT}[ \t\n\r\f/>])([a-z][-a-z0-9]*)((?:{_ATTR})*){_WS}*(/?)>"  # start tag
    rf"|</([a-z][-a-z0-9]*){_WS}*>"  # end tag
    r"|<"  # anything else
)
_ATTR_RE = re.compile(rf"""([a-z_:][-a-z0-9_:.]*)(?:{_WS}*={_WS}*("[^"]*"|'[^']*'))?""")

#: What a start tag does (:func:`_start_info`), by tag: nothing (void), a space (br, void), nothing (an inline
#: element), a space (label, option), a cell separator (td, th), a definition's dash (dd), a new passage (block), a
#: new passage and row (tr), a new passage that may be a heading (h2, h3).
_VOID, _BR, _INLINE, _SPACE, _CELL, _DD, _BLOCK, _ROW, _HEADING = range(9)
#: What an end tag does: nothing, end the passage (blocks but dt: a term and its definition are one passage),
#: add a space (label, td, th).
_END_NONE, _END_PASSAGE, _END_SPACE = range(3)
_KIND_OF_TAG = {"br": _BR, "label": _SPACE, "option": _SPACE, "td": _CELL, "th": _CELL, "dd": _DD}
_KIND_OF_TAG.update(dict.fromkeys(_VOID_TAGS - {"br"}, _VOID))
_KIND_OF_TAG.update(dict.fromkeys(_BLOCK_TAGS, _BLOCK))
_KIND_OF_TAG.update({"tr": _ROW, "h2": _HEADING, "h3": _HEADING})
_END_OF_TAG = dict.fromkeys(_BLOCK_TAGS - {"dt"}, _END_PASSAGE)
_END_OF_TAG.update(dict.fromkeys(["label", "td", "th"], _END_SPACE))

#: A start tag's meaning, ``(tag, kind, end kind, skipped, is a transcript, meaning when under a transcript or
#: None)``, by the tag's name, followed by its attributes when they may name a class or aria-hidden (only these
#: make the meaning depend on the attributes).
_StartInfo = tuple[str, int, int, bool, bool, "tuple | None"]
_START_INFO: dict[str, _StartInfo] = {}
_MAX_START_INFO = 8192


def _start_info(key: str, tag: str, attributes: str) -> _StartInfo:
    """What a start tag means for the passages, its attributes as the HTML has them; remembered in
    :data:`_START_INFO` under ``key``."""
    kind = _KIND_OF_TAG.get(tag, _INLINE)
    values: dict[str, str | None] = {}
    if kind > _BR:  # the class and aria-hidden of a void element do not matter
        for attribute, value in _ATTR_RE.findall(attributes):  # like html.parser: the last one counts
            values[attribute] = unescape(value[1:-1]) if value else None
    classes = frozenset((values.get("class") or "").split())
    skip = tag in _SKIP_TAGS or bool(classes & _SKIP_CLASSES) or values.get("aria-hidden") == "true"
    info = (tag, kind, _END_OF_TAG.get(tag, _END_NONE), skip, "hb-transcript" in classes, None)
    if tag == "summary" and not skip:  # the renderer's "Transcript" label of a transcript's <details>
        info = (*info[:3], False, info[4], (*info[:3], True, info[4], None))
    if len(_START_INFO) >= _MAX_START_INFO:
        _START_INFO.clear()
    _START_INFO[key] = info
    return info


class _HTMLParserTokens(HTMLParser):
    """The tokens of any HTML, as :data:`_TOKEN_RE` gives them for the HTML it reads, by ``html.parser``.

    Texts are escaped again and the attributes written out again (only class and aria-hidden), so that they read
    the same as the regular expression's.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple[str, str, str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]], slash: str = "") -> None:
        attributes = "".join(
            f' {name}="{escape(value)}"' if value is not None else f" {name}"
            for name, value in attrs
            if name in ("class", "aria-hidden")
        )
        self.tokens.append(("", tag, attributes, slash, ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs, "/")

    def handle_endtag(self, tag: str) -> None:
        self.tokens.append(("", "", "", "", tag))

    def handle_data(self, data: str) -> None:
        self.tokens.append((escape(data, quote=False), "", "", "", ""))


def _read_passages(tokens: list[tuple[str, str, str, str, str]]) -> list[tuple[int, str]] | None:
    """The passages of a section's tokens (see above), tracking the current top-level h2/h3; None when a token is
    none of text, start and end tag."""
    passages: list[tuple[int, str]] = []
    buffer: list[str] = []  # the text of the passage being read
    names: list[str] = []  # the tags of the open elements (void elements are never open) ...
    opened: list[_StartInfo] = []  # ... and their start tags' meanings
    skipping = 0  # how many of the open elements are skipped
    heading = -1
    in_heading = False
    cells = 0
    known = _START_INFO
    for text, name, attributes, slash, end in tokens:
        if text:
            if not skipping:
                buffer.append(unescape(text) if "&" in text else text)
            continue
        if name:
            key = name + attributes if "class" in attributes or "aria-hidden" in attributes else name
            info = known.get(key)
            if info is None:
                info = _start_info(key, name, attributes)
            tag, kind, _, skip, _, under_transcript = info
            if kind <= _BR:  # void: never open, its end tag does nothing
                if kind == _BR and not skipping:
                    buffer.append(" ")
                continue
            if under_transcript is not None and opened and opened[-1][4]:
                info, skip = under_transcript, True
            top = not names
            names.append(tag)
            opened.append(info)
            if skip:
                skipping += 1
            elif skipping:
                pass
            elif kind >= _BLOCK:
                if buffer:
                    if not in_heading:
                        _add_passage(passages, heading, buffer)
                    buffer.clear()
                if kind == _ROW:
                    cells = 0
                elif kind == _HEADING and top:
                    in_heading = True
            elif kind == _CELL:
                if cells:
                    buffer.append(" · ")
                cells += 1
            elif kind == _DD:
                buffer.append(" — ")
            elif kind == _SPACE:
                buffer.append(" ")
            if not slash:
                continue
            end = tag  # <div/>: html.parser closes it at once
        elif not end:
            return None
        if end not in names:
            continue
        while names:  # also closes elements left open inside this one
            tag = names.pop()
            _, kind, end_kind, skip, _, _ = opened.pop()
            if skip:
                skipping -= 1
            elif skipping:
                pass
            elif end_kind == _END_PASSAGE:
                if in_heading and not names and kind == _HEADING:
                    buffer.clear()
                    in_heading = False
                    heading += 1
                elif buffer:
                    if not in_heading:
                        _add_passage(passages, heading, buffer)
                    buffer.clear()
            elif end_kind == _END_SPACE:
                buffer.append(" ")
            if tag == end:
                break
    if buffer and not in_heading:
        _add_passage(passages, heading, buffer)
    return passages


def _add_passage(passages: list[tuple[int, str]], heading: int, buffer: list[str]) -> None:
    """Add the text of ``buffer`` (whitespace collapsed, no separators at its ends) unless it is empty."""
    text = " ".join("".join(buffer).split()).strip(" ·—")
    if text:
        passages.append((heading, text))


def passages_from_html(html: str) -> list[tuple[int, str]]:
    """The searchable passages of a rendered section: ``(heading index or -1, plain text)``, in order.

    The heading index counts the top-level h2 and h3 elements, the same headings as
    ``[h for h in rendered.headings if h.level in (2, 3)]``. Words the renderer adds (hints, fallbacks, button
    labels, footnote numbers) are left out.
    """
    passages = _read_passages(_TOKEN_RE.findall(html))
    if passages is None:  # HTML the regular expression does not read
        parser = _HTMLParserTokens()
        parser.feed(html)
        parser.close()
        passages = _read_passages(parser.tokens)
        assert passages is not None
    return passages


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
