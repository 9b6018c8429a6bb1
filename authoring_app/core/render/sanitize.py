"""Raw HTML the author wrote, made safe for readers' browsers by a kept sanitiser (nh3, the binding of ammonia).

Only what the author typed as HTML passes through here: raw HTML blocks, inline tags, the attributes of
``markdown="1"`` elements, and ``{attr=…}`` lists on Markdown elements. The HTML the dialect makes itself (quizzes
with their forms, players, tabs) never does, so it keeps what it needs. Safe by default: anything not on the lists
below is removed, so a new trick in a handbook from the Internet gets no further than an old one.

Besides cleaning, :func:`removals` names what a fragment loses, so ``handbook check`` can say it (file, line, what,
and that it is removed on export): the sanitiser itself does the removing, the names are only for the message.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

#: Elements an author may write: ammonia's safe defaults plus the media elements a handbook page uses.
ALLOWED_TAGS = frozenset(nh3.ALLOWED_TAGS | {"audio", "video", "source", "track", "picture", "section", "tfoot"})
#: Removed together with their content (the rest keep their text when their tag goes).
CONTENT_TAGS = frozenset({"script", "style"})
GLOBAL_ATTRIBUTES = frozenset({"class", "id", "title", "lang", "dir", "role", "hidden", "style"})
ATTRIBUTE_PREFIXES = ("data-", "aria-")
_EXTRA_ATTRIBUTES = {
    "a": {"name"},
    "img": {"loading", "decoding", "srcset", "sizes"},
    "video": {"src", "poster", "controls", "width", "height", "preload", "muted", "loop", "playsinline"},
    "audio": {"src", "controls", "preload", "muted", "loop"},
    "source": {"src", "type", "media", "srcset", "sizes"},
    "track": {"src", "kind", "srclang", "label", "default"},
    "details": {"open"},
    "li": {"value"},
    "ol": {"start", "reversed", "type"},
    "time": {"datetime"},
    "data": {"value"},
    "td": {"colspan", "rowspan", "headers"},
    "th": {"colspan", "rowspan", "headers", "scope"},
}
TAG_ATTRIBUTES: dict[str, frozenset[str]] = {
    tag: frozenset(nh3.ALLOWED_ATTRIBUTES.get(tag, set()) | _EXTRA_ATTRIBUTES.get(tag, set()))
    for tag in set(nh3.ALLOWED_ATTRIBUTES) | set(_EXTRA_ATTRIBUTES)
}
#: Attributes whose value is an address a browser may follow or load.
URL_ATTRIBUTES = frozenset(
    {"href", "src", "poster", "cite", "srcset", "action", "formaction", "data", "background", "longdesc", "ping"}
)
URL_SCHEMES = frozenset(nh3.ALLOWED_URL_SCHEMES)
#: ``data:`` addresses are kept only for pictures (``<img src="data:image/png;base64,…">``).
DATA_IMAGE_RE = re.compile(r"^data:image/(?:png|jpeg|jpg|gif|webp|avif)[;,]")
#: Browsers ignore whitespace and control characters inside a scheme (``java\tscript:``).
_IGNORED_IN_URL_RE = re.compile(r"[\x00-\x20]+")
_SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.-]*):")
#: CSS that can run code or load something: never in a ``style`` attribute.
UNSAFE_STYLE_RE = re.compile(r"expression\s*\(|url\s*\(|javascript:|behavior\s*:|-moz-binding|@import", re.I)
#: One tag alone (an inline tag, or one piece of a ``markdown="1"`` block): cleaned as a tag, not as a fragment.
SINGLE_TAG_RE = re.compile(r"^\s*<(/?)([A-Za-z][\w:-]*)[^<>]*>\s*$")


@dataclass(frozen=True)
class Removal:
    """Something the sanitiser takes out: ``what`` for the message, ``needle`` to find its line in the source."""

    what: str
    needle: str
    hint: str


def unsafe_url(value: str, tag: str = "a") -> bool:
    """True for an address a reader's browser must not get: ``javascript:``, ``vbscript:``, ``data:`` but for
    pictures, and schemes that are not for the web (``file:``). Relative addresses are fine."""
    compact = _IGNORED_IN_URL_RE.sub("", value).lower()
    scheme = _SCHEME_RE.match(compact)
    if scheme is None:
        return False
    if scheme.group(1) == "data":
        return not (tag in ("img", "source") and DATA_IMAGE_RE.match(compact))
    return scheme.group(1) not in URL_SCHEMES


def attribute_allowed(tag: str, name: str, value: str) -> bool:
    """The one rule for attributes, shared by the sanitiser's filter, the ``{attr}`` pass and the messages."""
    name = name.lower()
    if not (name in GLOBAL_ATTRIBUTES or name in TAG_ATTRIBUTES.get(tag, ()) or name.startswith(ATTRIBUTE_PREFIXES)):
        return False
    if name in URL_ATTRIBUTES and unsafe_url(value, tag):
        return False
    return not (name == "style" and UNSAFE_STYLE_RE.search(value))


def _filter(tag: str, name: str, value: str) -> str | None:
    return value if attribute_allowed(tag, name, value) else None


def _clean(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(CONTENT_TAGS),
        attributes={"*": set(GLOBAL_ATTRIBUTES), **{tag: set(names) for tag, names in TAG_ATTRIBUTES.items()}},
        generic_attribute_prefixes=set(ATTRIBUTE_PREFIXES),
        attribute_filter=_filter,
        url_schemes=set(URL_SCHEMES | {"data"}),  # ``data:`` is judged by the filter (pictures only)
        link_rel=None,
        strip_comments=False,
    )


def sanitize_fragment(fragment: str) -> str:
    """A raw HTML block or a single tag, cleaned. A tag alone stays a tag alone (its closing tag is elsewhere)."""
    single = SINGLE_TAG_RE.match(fragment)
    if single is None:
        return _clean(fragment)
    closing, name = single.group(1), single.group(2).lower()
    if closing:
        return f"</{name}>" if name in ALLOWED_TAGS else ""
    cleaned = _clean(fragment.strip())
    end = f"</{name}>"
    return cleaned[: -len(end)] if cleaned.endswith(end) else cleaned


def sanitize_element(element: etree.Element) -> list[Removal]:
    """Clean a ``markdown="1"`` element (and the raw elements in it) in place; its Markdown content is parsed later,
    so only tags and attributes are judged here. A tag that is not allowed becomes a plain ``div``."""
    found: list[Removal] = []
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        tag = node.tag.lower()
        if tag not in ALLOWED_TAGS:
            found.append(_tag_removal(node.tag))
            node.tag = "div"
            tag = "div"
            for name in [name for name in node.attrib if name != "markdown"]:
                del node.attrib[name]
        for name, value in list(node.attrib.items()):
            if name != "markdown" and not attribute_allowed(tag, name, value):
                found.append(_attribute_removal(tag, name, value))
                del node.attrib[name]
    return found


def sanitize_attributes(element: etree.Element) -> list[Removal]:
    """``{onclick=…}`` and unsafe link addresses on Markdown's own elements (attribute lists, ``[x](javascript:…)``).

    Every element of the page passes here, the dialect's too, so only what is never legitimate goes: event
    handlers, ``srcdoc``, code in a ``style``, and unsafe addresses of links and pictures (a caption track's
    ``data:text/vtt`` stays: the dialect made it)."""
    found: list[Removal] = []
    tag = element.tag if isinstance(element.tag, str) else ""
    for name, value in list(element.attrib.items()):
        lowered = name.lower()
        if (tag, lowered) in (("a", "href"), ("img", "src")):
            risky = unsafe_url(value, tag)
        elif lowered == "style":
            risky = bool(UNSAFE_STYLE_RE.search(value))
        else:
            risky = lowered.startswith("on") or lowered in ("srcdoc", "formaction")
        if risky:
            found.append(_attribute_removal(tag, name, value))
            del element.attrib[name]
    return found


def removals(fragment: str) -> list[Removal]:
    """What :func:`sanitize_fragment` takes out of ``fragment``, named for a person."""
    finder = _RemovalFinder()
    try:
        finder.feed(fragment)
        finder.close()
    except Exception:  # a fragment the stdlib parser cannot read is still cleaned by nh3; say so plainly
        return [Removal("HTML that cannot be read", fragment.strip()[:20], "write it as well-formed HTML")]
    return finder.found


class _RemovalFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Removal] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.found.append(_tag_removal(tag))
            return
        for name, value in attrs:
            if not attribute_allowed(tag, name, value or ""):
                self.found.append(_attribute_removal(tag, name, value or ""))

    handle_startendtag = handle_starttag


def _tag_removal(tag: str) -> Removal:
    tag = tag.lower()
    if tag in ("iframe", "object", "embed", "applet", "frame", "frameset"):
        hint = "to show online content, use an '/// embed' block"
    elif tag in ("form", "input", "button", "select", "textarea", "option", "label", "fieldset"):
        hint = "for a self-check, use a '/// quiz' block"
    elif tag in CONTENT_TAGS:
        hint = "scripts and styles never run in the handbook; the site's own CSS and blocks do the work"
    else:
        hint = "use Markdown or an allowed HTML element instead"
    content = " and its content" if tag in CONTENT_TAGS else ""
    return Removal(f"the <{tag}> element{content}", f"<{tag}", hint)


def _attribute_removal(tag: str, name: str, value: str) -> Removal:
    lowered = name.lower()
    if lowered in URL_ATTRIBUTES and unsafe_url(value, tag):
        scheme = _SCHEME_RE.match(_IGNORED_IN_URL_RE.sub("", value).lower())
        kind = scheme.group(1) if scheme else "this"
        return Removal(
            f"the {kind}: address in {name}= of <{tag}>", value.strip()[:40] or name, "link to a page or a file"
        )
    if lowered.startswith("on"):
        hint = "event handlers never run in the handbook"
    elif lowered == "style":
        hint = "a style may not load anything or run code: keep colours and sizes only"
    else:
        hint = "this attribute is not allowed there"
    return Removal(f"the {name}= attribute of <{tag}>", name, hint)
