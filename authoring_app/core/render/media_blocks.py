"""The multimedia blocks: ``/// video``, ``/// audio``, ``/// gallery`` and ``/// embed``.

Every block builds an accessible ``<figure>`` that works offline and without JavaScript: a player with captions and
a download link, a transcript that is part of the page, images with alt text and their size, and for embedded
web content an offline fallback plus a plain link (the website's script may swap in an ``<iframe>`` when online;
the static HTML never holds one). Each file a block uses is reported with :meth:`DialectBlock.need`, so
``handbook check`` can point at the missing one. Things an author got wrong that the HTML cannot show (no ``src:``,
an unsafe ``url:``) are marked with ``data-problem`` on the figure.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from pathlib import PurePosixPath

from markdown.util import AtomicString

from .context import RenderContext
from .dialect import DialectBlock
from .images import image_size
from .site_words import language_name, words

#: ``key: value`` lines of a block body.
FIELD_RE = re.compile(r"^\s*(?P<key>[A-Za-z][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
#: ``- path | alt text`` lines of a gallery.
ITEM_RE = re.compile(r"^\s{0,3}[-*+]\s+(?P<item>.+?)\s*$")
SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
CODE_SPAN_RE = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.S)

IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"}
VIDEO_EXTENSIONS = {".webm", ".mp4", ".m4v", ".ogv", ".mov"}
AUDIO_EXTENSIONS = {".ogg", ".oga", ".opus", ".mp3", ".m4a", ".aac", ".wav", ".flac"}


def inline_text(text: str) -> str:
    """Text for an element whose inline Markdown is rendered later, with raw HTML tags shown as text.

    Python-Markdown passes ``<tag>`` in text through unchanged; a caption is text, so ``<`` outside code spans is
    written as the entity ``&lt;`` (which the inline pass keeps as it is). ``*emphasis*`` and code spans still work.
    """
    parts: list[str] = []
    position = 0
    for match in CODE_SPAN_RE.finditer(text):
        parts.append(text[position : match.start()].replace("<", "&lt;"))
        parts.append(match.group(0))
        position = match.end()
    parts.append(text[position:].replace("<", "&lt;"))
    return "".join(parts)


def is_safe_url(url: str) -> bool:
    """A relative path or an ``http(s)`` URL: never ``javascript:`` or ``data:`` in an ``href``/``src``."""
    return bool(url) and (not SCHEME_RE.match(url) or url.lower().startswith(("http://", "https://")))


def output_url(ctx: RenderContext, path: str) -> str:
    """The URL of a media file in the output (remote URLs stay as they are)."""
    return path if "://" in path else ctx.media_url(path)


def parse_fields(text: str) -> dict[str, str]:
    """The ``key: value`` lines of a block body (keys in lower case; the first of a repeated key wins)."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        match = FIELD_RE.match(line)
        if match:
            fields.setdefault(match.group("key").lower(), match.group("value"))
    return fields


def media_kind(path: str) -> str | None:
    """``image``, ``video`` or ``audio`` by the file's extension, or None."""
    suffix = PurePosixPath(path.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
    if suffix in IMAGE_EXTENSIONS:
        return "image"
    if suffix in VIDEO_EXTENSIONS:
        return "video"
    if suffix in AUDIO_EXTENSIONS:
        return "audio"
    return None


def _positive_int(value: str | None) -> int | None:
    if value and value.strip().isdigit() and int(value) > 0:
        return int(value)
    return None


def _add_problem(element: etree.Element, problem: str) -> None:
    tokens = element.get("data-problem", "").split()
    if problem not in tokens:
        element.set("data-problem", " ".join([*tokens, problem]))


class _MediaBlock(DialectBlock):
    """Shared parts of the media blocks: the figure, its caption and the players' fallback."""

    FIGURE_CLASS = ""

    def on_create(self, parent: etree.Element) -> etree.Element:
        return etree.SubElement(parent, "figure", {"class": self.FIGURE_CLASS})

    def take_body(self, block: etree.Element) -> str:
        """The raw body, removed from the element so that only what the block builds is left in it."""
        text = str(block.text or "")
        block.text = None
        return text

    @property
    def words(self) -> dict[str, str]:
        return words(self.ctx.lang)

    @property
    def captions_required(self) -> bool:
        """A missing caption/transcript is an error in the source language and a warning in a translation."""
        ctx = self.ctx
        return not ctx.source_language or ctx.lang == ctx.source_language

    def add_caption(self, figure: etree.Element) -> None:
        if self.title:
            etree.SubElement(figure, "figcaption").text = inline_text(self.title)

    def add_player(self, parent: etree.Element, kind: str, path: str) -> etree.Element:
        """``<video>``/``<audio>`` with controls; its content, for browsers that cannot play it, is a download link."""
        player = etree.SubElement(parent, kind, {"controls": "controls", "preload": "metadata"})
        if not is_safe_url(path):
            _add_problem(parent, "unsafe-url")
            return player
        url = output_url(self.ctx, path)
        player.set("src", url)
        fallback = etree.SubElement(player, "p", {"class": "hb-media-fallback"})
        fallback.text = AtomicString(self.words[f"{kind}_unsupported"] + " ")
        link = etree.SubElement(fallback, "a", {"href": url, "download": "", "class": "hb-generated"})
        link.text = AtomicString(self.words[f"{kind}_download"])
        return player


class VideoBlock(_MediaBlock):
    """A video with a poster, its size and caption tracks in every language that has them."""

    NAME = "video"
    FIGURE_CLASS = "hb-video"

    def on_end(self, block: etree.Element) -> None:
        ctx = self.ctx
        fields = parse_fields(self.take_body(block))
        src = fields.get("src", "")
        poster = fields.get("poster", "")
        captions = fields.get("captions", "")

        if src:
            video = self.add_player(block, "video", src)
            self.need(video, src, "video")
        else:
            video = etree.SubElement(block, "video", {"controls": "controls", "preload": "metadata"})
            _add_problem(block, "no-src")
        if poster and is_safe_url(poster):
            video.set("poster", output_url(ctx, poster))
            self.need(video, poster, "poster")
        elif poster:
            _add_problem(block, "unsafe-url")
        self.set_size(video, fields, poster)
        if captions:
            self.add_tracks(video, captions)
        self.add_caption(block)

    def set_size(self, video: etree.Element, fields: dict[str, str], poster: str) -> None:
        """``width``/``height`` from the block, or else the poster's: the page does not jump when the player loads."""
        width, height = _positive_int(fields.get("width")), _positive_int(fields.get("height"))
        if width is None or height is None:
            size = image_size(self.ctx.resolve(poster)) if poster else None
            size = size if size and all(size) else None
            if size and width is None and height is None:
                width, height = size
            elif size and width is None and height is not None:
                width = round(height * size[0] / size[1])
            elif size and height is None and width is not None:
                height = round(width * size[1] / size[0])
        if width is not None:
            video.set("width", str(width))
        if height is not None:
            video.set("height", str(height))

    def add_tracks(self, video: etree.Element, pattern: str) -> None:
        """One caption track for each language whose file exists; the page's language first, as the default."""
        ctx = self.ctx
        # Tracks must come before the fallback content inside <video>.
        position = 0
        if "{lang}" not in pattern:
            # One caption file for every page: it is taken to be in the source language.
            language = ctx.source_language or ctx.lang
            self.need(video, pattern, "captions")
            if ctx.exists(pattern) and is_safe_url(pattern):
                video.insert(position, self.track(pattern, language, default=True))
            return
        self.need(
            video, pattern.replace("{lang}", ctx.lang), "captions", lang=ctx.lang, required=self.captions_required
        )
        languages = [ctx.lang, *(code for code in ctx.languages if code != ctx.lang)]
        for code in languages:
            path = pattern.replace("{lang}", code)
            if ctx.exists(path) and is_safe_url(path):
                video.insert(position, self.track(path, code, default=position == 0 and code == ctx.lang))
                position += 1

    def track(self, path: str, code: str, *, default: bool) -> etree.Element:
        attributes = {
            "kind": "captions",
            "src": output_url(self.ctx, path),
            "srclang": code,
            "label": language_name(code),
        }
        if default:
            attributes["default"] = "default"
        return etree.Element("track", attributes)


class AudioBlock(_MediaBlock):
    """A recording with its transcript in the page's language, as part of the page (searchable, printable)."""

    NAME = "audio"
    FIGURE_CLASS = "hb-audio"

    def on_end(self, block: etree.Element) -> None:
        ctx = self.ctx
        fields = parse_fields(self.take_body(block))
        src = fields.get("src", "")
        pattern = fields.get("transcript", "")

        self.add_caption(block)
        if src:
            audio = self.add_player(block, "audio", src)
            self.need(audio, src, "audio")
        else:
            audio = etree.SubElement(block, "audio", {"controls": "controls", "preload": "metadata"})
            _add_problem(block, "no-src")
        if not pattern:
            return
        if "{lang}" in pattern:
            path = pattern.replace("{lang}", ctx.lang)
            self.need(audio, path, "transcript", lang=ctx.lang, required=self.captions_required)
        else:
            path = pattern
            self.need(audio, path, "transcript")
        text = self.read_transcript(path)
        if text is not None:
            details = etree.SubElement(block, "details", {"class": "hb-transcript"})
            etree.SubElement(details, "summary").text = AtomicString(self.words["transcript"])
            body = etree.SubElement(details, "div", {"class": "hb-transcript-body"})
            self.parse_markdown(body, text)

    def read_transcript(self, relative: str) -> str | None:
        """The transcript's text, when reading is allowed and the file is inside the handbook."""
        ctx = self.ctx
        path = ctx.resolve(relative)
        if ctx.read_text is None or path is None or not path.is_file():
            return None
        try:
            text = ctx.read_text(path)
        except (OSError, UnicodeDecodeError, ValueError):
            return None
        return text.lstrip("\ufeff").replace("\r\n", "\n").strip()


class GalleryBlock(_MediaBlock):
    """A list of images, each linking to the full-size file."""

    NAME = "gallery"
    FIGURE_CLASS = "hb-gallery"

    def on_end(self, block: etree.Element) -> None:
        items = []
        for line in self.take_body(block).splitlines():
            match = ITEM_RE.match(line)
            if match:
                path, _, alt = match.group("item").partition("|")
                items.append((path.strip(), alt.strip()))
        listing = etree.SubElement(block, "ul", {"class": "hb-gallery-items"})
        for path, alt in items:
            item = etree.SubElement(listing, "li")
            if not is_safe_url(path):
                _add_problem(block, "unsafe-url")
                continue
            link = etree.SubElement(
                item, "a", {"href": output_url(self.ctx, path), "class": "hb-gallery-link hb-generated"}
            )
            # The image pass adds the size, lazy loading and the output URL; the check reads the source path.
            img = etree.SubElement(link, "img", {"src": path, "data-hb-src": path})
            if alt:
                img.set("alt", alt)
            self.need(img, path, "image")
        if not items:
            _add_problem(block, "no-images")
        self.add_caption(block)


class EmbedBlock(_MediaBlock):
    """Web content that needs the Internet, rendered offline-first: the fallback, a note and a plain link."""

    NAME = "embed"
    FIGURE_CLASS = "hb-embed"

    def on_end(self, block: etree.Element) -> None:
        fields = parse_fields(self.take_body(block))
        url = fields.get("url", "")
        fallback = fields.get("fallback", "")
        safe = url.lower().startswith(("https://", "http://"))

        if safe:
            block.set("data-embed-src", url)
            if self.title:
                block.set("data-embed-title", self.title)
        else:
            _add_problem(block, "no-url" if not url else "unsafe-url")
        if fallback:
            self.add_fallback(block, fallback)
            note = etree.SubElement(block, "p", {"class": "hb-embed-note"})
            note.text = AtomicString(self.words["embed_offline"])
        if safe:
            paragraph = etree.SubElement(block, "p", {"class": "hb-embed-open"})
            link = etree.SubElement(paragraph, "a", {"href": url, "rel": "noopener", "class": "hb-embed-link"})
            link.text = AtomicString(self.words["embed_open"])
        self.add_caption(block)

    def add_fallback(self, block: etree.Element, path: str) -> None:
        kind = media_kind(path)
        if not is_safe_url(path):
            _add_problem(block, "unsafe-url")
            return
        if kind == "image":
            element = etree.SubElement(block, "img", {"src": path, "data-hb-src": path})
            if self.title:
                element.set("alt", self.title)
        elif kind in ("video", "audio"):
            element = self.add_player(block, kind, path)
        else:
            paragraph = etree.SubElement(block, "p", {"class": "hb-embed-fallback"})
            element = etree.SubElement(paragraph, "a", {"href": output_url(self.ctx, path), "class": "hb-generated"})
            element.text = AtomicString(PurePosixPath(path).name)
            _add_problem(block, "unknown-fallback")
        self.need(element, path, "fallback")
