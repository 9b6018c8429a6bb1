"""Markdown a translator must not break, turned into placeholders for CAT tools, and back.

A segment's text becomes a list of parts: plain text to translate, and :class:`Tag` s holding Markdown that must
come back unchanged: link URLs and image paths, inline code, HTML tags, ``{#id}`` attributes, footnote references,
bare URLs, emphasis and mark markers (as begin/end pairs, so a tool keeps them balanced), and the structure of a
multi-line segment (list markers, quote markers, ``///`` block lines, media keys, table pipes, code fences).
XLIFF carries the tags as ``<ph>``/``<bpt>``/``<ept>``; PO, which has no inline markup, as ``<1/>``, ``<2>``…``</2>``.

On import the translator's parts are checked against the source's tags (every one back exactly once, each begin
before its end) and the Markdown is rebuilt from the *source's* codes, so what a tool did to a tag's content
never reaches the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Kinds whose line breaks are soft wraps (text the translator may reflow); every other kind keeps its lines.
FLOWING_KINDS = frozenset({"paragraph", "heading", "title", "summary"})
#: Dialect blocks whose ``key: value`` lines (``src:``, ``captions:`` …) are paths, not text.
MEDIA_BLOCKS = frozenset({"video", "audio", "embed", "image"})

_WHOLE_LINE_RE = re.compile(
    r"^\s*(?:`{3,}.*|~{3,}.*|/{3,}\s*|(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?)$"
)
_MEDIA_KEY_RE = re.compile(r"^\s*[a-z][a-z_-]*\s*:\s*\S.*$")
_OPENER_RE = re.compile(r"^\s*/{3,}\s*[\w-]+\s*(?:\|\s*)?")
_GALLERY_ITEM_RE = re.compile(r"^\s*[-*+]\s+\S+\s*\|\s*")
_PREFIX_RE = re.compile(
    r"^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?|>\s?|:\s+|\[\^[^\]]+\]:\s*|\*\[[^\]]+\]:\s*)*\s*"
)

_INLINE_RE = re.compile(
    r"(?P<code>(?P<ticks>`+).+?(?P=ticks))"
    r"|(?P<html><!--.*?-->|</?[A-Za-z][^<>]*>|<(?:https?|mailto):[^<>\s]+>)"
    r"|(?P<attr>\{\s*[#.:][^{}]*\})"
    r"|(?P<footref>\[\^[^\]\s]+\](?!:))"
    r"|(?P<link>(?P<bang>!?)\[(?P<label>(?:[^\[\]]|\[[^\[\]]*\])*)\]"
    r"(?:\((?P<url>\s*<[^>]*>|\s*[^\s()]*(?:\([^()\s]*\)[^\s()]*)*)(?:(?P<tsep>\s+\")(?P<title>[^\"]*)\")?\s*\)"
    r"|(?P<ref>\[[^\]]*\])))"
    r"|(?P<url_bare>https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?\"'])"
    r"|(?P<emph>(?P<mark>\*\*|__|==|\^\^|~~)(?=\S)(?P<inner>.+?)(?<=\S)(?P=mark))"
    r"|(?P<em1>(?<![*\w])\*(?=[^\s*])(?P<inner1>.+?)(?<=[^\s*])\*(?![*\w])"
    r"|(?<![_\w])_(?=[^\s_])(?P<inner2>.+?)(?<=[^\s_])_(?![_\w]))"
    r"|(?P<lookalike></?\d+/?>)",
    re.DOTALL,
)
_PIPE_RE = re.compile(r"\s*(?<!\\)\|\s*")


@dataclass(frozen=True)
class Tag:
    """Markdown kept out of the translator's hands: ``ph`` stands alone, ``bpt``/``ept`` open and close a span."""

    kind: str
    id: int
    code: str = ""


Part = str | Tag


class PlaceholderError(ValueError):
    """A translation whose placeholders do not match the source's (the message says which)."""


class _Builder:
    def __init__(self) -> None:
        self.parts: list[Part] = []
        self.next_id = 1

    def text(self, text: str) -> None:
        if not text:
            return
        if self.parts and isinstance(self.parts[-1], str):
            self.parts[-1] += text
        else:
            self.parts.append(text)

    def ph(self, code: str) -> None:
        if not code:
            return
        last = self.parts[-1] if self.parts else None
        if isinstance(last, Tag) and last.kind == "ph" and "\n" not in code and "\n" not in last.code:
            self.parts[-1] = Tag("ph", last.id, last.code + code)  # one tag for adjacent codes
            return
        self.parts.append(Tag("ph", self.next_id, code))
        self.next_id += 1

    def open(self, code: str) -> int:
        tag_id = self.next_id
        self.next_id += 1
        self.parts.append(Tag("bpt", tag_id, code))
        return tag_id

    def close(self, tag_id: int, code: str) -> None:
        self.parts.append(Tag("ept", tag_id, code))


def _inline(builder: _Builder, text: str, table: bool) -> None:
    position = 0
    for match in _INLINE_RE.finditer(text):
        _plain(builder, text[position : match.start()], table)
        position = match.end()
        if match.group("link") is not None:
            tag = builder.open(match.group("bang") + "[")
            _inline(builder, match.group("label"), table)
            if match.group("ref") is not None:
                builder.close(tag, "]" + match.group("ref"))
            elif match.group("title") is not None:
                builder.close(tag, "](" + match.group("url") + match.group("tsep"))
                _inline(builder, match.group("title"), table)
                builder.ph('")')
            else:
                builder.close(tag, "](" + match.group("url") + ")")
        elif match.group("emph") is not None:
            tag = builder.open(match.group("mark"))
            _inline(builder, match.group("inner"), table)
            builder.close(tag, match.group("mark"))
        elif match.group("em1") is not None:
            marker = match.group("em1")[0]
            tag = builder.open(marker)
            _inline(builder, match.group("inner1") or match.group("inner2") or "", table)
            builder.close(tag, marker)
        else:
            builder.ph(match.group(0))
    _plain(builder, text[position:], table)


def _plain(builder: _Builder, text: str, table: bool) -> None:
    if not table:
        builder.text(text)
        return
    position = 0
    for match in _PIPE_RE.finditer(text):
        builder.text(text[position : match.start()])
        builder.ph(match.group(0))
        position = match.end()
    builder.text(text[position:])


def protect(text: str, kind: str, name: str = "") -> list[Part]:
    """The parts of a segment's text: what to translate and the tags around it."""
    builder = _Builder()
    if kind in FLOWING_KINDS:
        _inline(builder, text, table=False)
        return builder.parts
    in_code = kind == "code"
    for number, line in enumerate(text.split("\n")):
        lead = "\n" if number else ""
        if not line.strip():
            if lead:
                builder.ph(lead + line)
            else:
                builder.text(line)
            continue
        if (_WHOLE_LINE_RE.match(line) and not (in_code and 0 < number < text.count("\n"))) or (
            kind == "block" and name in MEDIA_BLOCKS and number and _MEDIA_KEY_RE.match(line)
        ):
            builder.ph(lead + line)
            continue
        if in_code:
            builder.ph(lead)
            builder.text(line)
            continue
        if number == 0 and kind == "block":
            prefix = _OPENER_RE.match(line)
        elif kind == "block" and name == "gallery":
            prefix = _GALLERY_ITEM_RE.match(line) or _PREFIX_RE.match(line)
        else:
            prefix = _PREFIX_RE.match(line)
        end = prefix.end() if prefix else 0
        builder.ph(lead + line[:end])
        _inline(builder, line[end:], table=kind == "table")
    return builder.parts


def tags_of(parts: list[Part]) -> list[Tag]:
    return [part for part in parts if isinstance(part, Tag)]


def renumber_like(parts: list[Part], source: list[Part]) -> list[Part]:
    """``parts`` (a translation's) with the ids of the source tags that hold the same code, so an unchanged
    translation shows the source's placeholders; tags the source does not have get ids of their own."""
    free: dict[tuple[str, str], list[int]] = {}
    for tag in tags_of(source):
        free.setdefault((tag.kind, tag.code), []).append(tag.id)
    fresh = max((tag.id for tag in tags_of(source)), default=0) + 1
    mapping: dict[int, int] = {}
    out: list[Part] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        if part.kind == "ept" and part.id in mapping:
            out.append(Tag("ept", mapping[part.id], part.code))
            continue
        candidates = free.get((part.kind, part.code), [])
        if candidates:
            new_id = candidates.pop(0)
        else:
            new_id = fresh
            fresh += 1
        mapping[part.id] = new_id
        out.append(Tag(part.kind, new_id, part.code))
    return out


def rebuild(parts: list[Part], source: list[Part]) -> str:
    """The Markdown of a translation, its tags replaced by the source's codes; raises :class:`PlaceholderError`
    when a tag is missing, doubled, unknown or a span closes before it opens."""
    codes = {(tag.kind, tag.id): tag.code for tag in tags_of(source)}
    seen: set[tuple[str, int]] = set()
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        key = (part.kind, part.id)
        if key not in codes:
            raise PlaceholderError(f"placeholder {_label(part)} is not in the source")
        if key in seen:
            raise PlaceholderError(f"placeholder {_label(part)} appears twice")
        if part.kind == "ept" and ("bpt", part.id) not in seen:
            raise PlaceholderError(f"placeholder {_label(part)} closes before it opens")
        seen.add(key)
        out.append(codes[key])
    missing = [key for key in codes if key not in seen]
    if missing:
        names = ", ".join(
            f"{_label(Tag(kind, tag_id))} ({codes[(kind, tag_id)].strip()!r})" for kind, tag_id in missing
        )
        raise PlaceholderError(f"placeholder{'s' if len(missing) > 1 else ''} {names} missing")
    return "".join(out)


def _label(tag: Tag) -> str:
    return {"ph": f"<{tag.id}/>", "bpt": f"<{tag.id}>", "ept": f"</{tag.id}>"}[tag.kind]


# ---- the text form used where a format has no inline markup (PO) -----------------------------------------

_TEXT_TAG_RE = re.compile(r"<(/?)(\d+)(/?)>")


def to_text(parts: list[Part]) -> str:
    """``Read <1>the guide</1> first<2/>``: tags as numbered pseudo-XML that PO editors highlight."""
    return "".join(part if isinstance(part, str) else _label(part) for part in parts)


def from_text(text: str) -> list[Part]:
    """The parts of a text written by :func:`to_text` (and translated); codes are left empty."""
    parts: list[Part] = []
    position = 0
    for match in _TEXT_TAG_RE.finditer(text):
        if match.start() > position:
            parts.append(text[position : match.start()])
        closing, number, empty = match.groups()
        if closing and empty:
            parts.append(match.group(0))  # ``</1/>`` is nothing of ours: text
        else:
            parts.append(Tag("ept" if closing else "ph" if empty else "bpt", int(number)))
        position = match.end()
    if position < len(text):
        parts.append(text[position:])
    return parts
