"""A chapter's website HTML made fit for a one-file book (the single HTML file, and the page the PDF prints).

On the website every section is its own page; in one file they all share one document, so:

* every id gets the section's slug in front (``why`` → ``02-flipped-classroom--why``), and so does everything
  that points at an id (``href="#…"``, ``for``, ``aria-*``) and the radio groups of quizzes and tabs, whose
  names would otherwise join the groups of other sections;
* links between sections (``02-flipped-classroom.html#why``) become in-page links (``#02-flipped-classroom--why``);
  links the book cannot follow (a section missing in this language, a file below ``media/``) become plain text;
  links to the web stay links — following one is the reader's choice, not a request the book makes;
* media become ``data:`` URLs (:class:`~.inline_media.MediaInliner`); a video or audio too big to carry is
  replaced by its poster and a note that it is on the website;
* an embed always shows its offline fallback: the book never loads live content.

The HTML comes from our own renderer (attributes double-quoted, no nested links), which is what lets regular
expressions rewrite it safely; a general HTML parser would re-serialise every tag and change more than needed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from posixpath import basename

from ..problems import Problem, warning
from .book import Chapter
from .inline_media import MediaInliner
from .media import MEDIA_PREFIX

TAG_RE = re.compile(
    r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?)*)\s*(/?)>"
)
ATTR_RE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
MEDIA_ELEMENT_RE = re.compile(r"<(video|audio)\b[^>]*>.*?</\1>", re.S)
SOURCE_SRC_RE = re.compile(r"<source\b[^>]*\bsrc=\"([^\"]*)\"")
DOWNLOAD_LINK_RE = re.compile(r"<a\b[^>]*\bdownload\b[^>]*>.*?</a>", re.S)
UNWRAP_RE = re.compile(r"<a data-hb-unwrap=\"\"[^>]*>(.*?)</a>", re.S)
FORM_RE = re.compile(r"<form class=\"hb-quiz-question\"[^>]*>(.*?)</form>", re.S)
LEGEND_RE = re.compile(r"<legend>(.*?)</legend>", re.S)
OPTION_RE = re.compile(r"<li>(.*?)</li>", re.S)
FEEDBACK_RE = re.compile(r"<div[^>]*class=\"hb-quiz-feedback\"[^>]*>(.*?)</div>", re.S)
STRIP_TAGS_RE = re.compile(r"<[^>]+>")
BLOCK_END_RE = re.compile(r"</(?:p|li|div|dd|dt|h[1-6])>|<br\s*/?>", re.I)

#: Attributes whose value is one id, or a space-separated list of ids.
ID_REFS = ("for", "aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "headers", "list", "form")
#: Editor hooks (source line, segment key) that mean nothing in a book.
DROPPED = ("data-line", "data-seg", "srcset", "sizes", "data-embed-src")
#: Links a reader may follow out of the book.
OUTSIDE = ("http://", "https://", "mailto:")


def plain(fragment: str) -> str:
    """Text of an HTML fragment, whitespace collapsed."""
    # Inline tags go without a trace ("<em>x</em>." stays "x."); the end of a block is a space.
    return " ".join(html.unescape(STRIP_TAGS_RE.sub("", BLOCK_END_RE.sub(" ", fragment))).split())


def parse_attrs(text: str) -> list[tuple[str, str | None]]:
    """``(name, value)`` pairs of a start tag's attributes, values unescaped; None for a bare attribute."""
    found = []
    for match in ATTR_RE.finditer(text):
        name, *values = match.groups()
        value = next((v for v in values if v is not None), None)
        found.append((name.lower(), None if value is None else html.unescape(value)))
    return found


def start_tag(tag: str, attrs: list[tuple[str, str | None]], closing: str = "") -> str:
    parts = [tag]
    for name, value in attrs:
        parts.append(name if value is None else f'{name}="{html.escape(value, quote=True)}"')
    return "<" + " ".join(parts) + closing + ">"


@dataclass
class ChapterWriter:
    """Rewrites the chapters of one book; holds what they share (the slugs in the book, the media, the words)."""

    slugs: set[str]
    inliner: MediaInliner
    words: dict[str, str]
    #: The page the PDF prints: every detail open, every image loaded at once, video always as its poster.
    print_mode: bool = False
    problems: list[Problem] = field(default_factory=list)
    #: The section being rewritten, as problems name it (``ru/02-x.md``).
    _where: str = ""

    # --- links and ids -------------------------------------------------------------------------------------
    def anchor(self, slug: str, fragment: str) -> str:
        """The id that ``fragment`` of section ``slug`` has in the book (the section itself without one)."""
        return f"{slug}--{fragment}" if fragment else slug

    def link(self, slug: str, href: str) -> str | None:
        """Where a link of section ``slug`` leads in the book; None when the book cannot follow it."""
        if href.startswith("#"):
            return "#" + self.anchor(slug, href[1:]) if len(href) > 1 else "#" + slug
        if href.lower().startswith(OUTSIDE):
            return href
        path, _, fragment = href.partition("#")
        if "/" not in path and path.endswith(".html"):
            target = path[: -len(".html")]
            if target in self.slugs:
                return "#" + self.anchor(target, fragment)
            if target == "index":
                return "#hb-contents"
        return None

    # --- media -----------------------------------------------------------------------------------------------
    def _media_path(self, url: str) -> str | None:
        return url[len(MEDIA_PREFIX) :].split("#", 1)[0] if url.startswith(MEDIA_PREFIX) else None

    def _replace_media(self, match: re.Match[str]) -> str:
        element = match.group(0)
        kind = match.group(1)
        opening = TAG_RE.match(element)
        attrs = dict(parse_attrs(opening.group(2))) if opening else {}
        src = attrs.get("src") or next(iter(SOURCE_SRC_RE.findall(element)), "")
        path = self._media_path(html.unescape(src))
        url = None if (self.print_mode or path is None) else self.inliner.playable(path)
        if url is not None:
            inlined = element.replace(f'src="{src}"', f'src="{url}"', 1) if src else element
            inlined = DOWNLOAD_LINK_RE.sub("", inlined)  # the file is in the book: nothing else to fetch
            poster = attrs.get("poster")
            poster_path = self._media_path(poster) if poster else None
            poster_url = self.inliner.image(poster_path) if poster_path else None
            if poster:
                old = f'poster="{html.escape(poster, quote=True)}"'
                inlined = inlined.replace(old, f'poster="{poster_url}"' if poster_url else "", 1)
            return inlined
        name = basename(path or src) or kind
        key = "video_elsewhere" if kind == "video" else "audio_elsewhere"
        note = html.escape(self.words[key].format(file=name))
        parts = []
        poster_path = self._media_path(attrs.get("poster") or "")
        poster_url = self.inliner.image(poster_path) if poster_path else None
        if poster_url:
            parts.append(f'<img class="hb-media-poster" src="{poster_url}" alt="">')
        parts.append(f'<p class="hb-media-note">{note}</p>')
        if not self.print_mode and path is not None:
            self.problems.append(
                warning(
                    self._where,
                    None,
                    f"media/{path} is too big to go into the single HTML file (more than 1 MB, or the book's 8 MB "
                    "for video and audio is used up): the book shows its poster and says it is on the website",
                )
            )
        return "\n".join(parts)

    # --- one start tag ------------------------------------------------------------------------------------------
    def _rewrite_tag(self, match: re.Match[str], slug: str, counter: list[int]) -> str:
        tag = match.group(1).lower()
        attrs = parse_attrs(match.group(2) or "")
        closing = " /" if match.group(3) else ""
        names = {name for name, _ in attrs}
        out: list[tuple[str, str | None]] = []
        unwrap = False
        for name, value in attrs:
            if name in DROPPED or (name == "loading" and self.print_mode):
                continue
            if value is not None:
                if name == "id":
                    value = self.anchor(slug, value)
                elif name in ID_REFS:
                    value = " ".join(self.anchor(slug, token) for token in value.split())
                elif name == "name" and tag == "input":
                    value = self.anchor(slug, value)
                elif name == "href" and tag == "a":
                    if "hb-gallery-link" in (dict(attrs).get("class") or ""):
                        # The lightbox shows the link's image: a script points it at the image's data URL, so
                        # each picture is in the file once (without scripts the link leads to itself).
                        counter[0] += 1
                        own = self.anchor(slug, f"image-{counter[0]}")
                        out += [("id", own), ("data-hb-image", None)]
                        value = "#" + own
                    else:
                        target = self.link(slug, value)
                        if target is None:
                            unwrap = True
                        else:
                            value = target
                elif name in ("src", "poster") and not value.startswith("data:"):
                    path = self._media_path(value)
                    url = self.inliner.image(path) if path and tag in ("img", "input", "video") else None
                    if url is None:
                        return self._unusable(tag, dict(attrs), value)
                    value = url
            out.append((name, value))
        if tag == "details" and self.print_mode and "open" not in names:
            out.append(("open", None))
        if unwrap:
            return '<a data-hb-unwrap="">'
        return start_tag(tag, out, closing)

    def _unusable(self, tag: str, attrs: dict[str, str | None], value: str) -> str:
        """A tag whose file the book cannot carry: an image becomes its alt text; a caption track is left out."""
        self.problems.append(
            warning(self._where, None, f"{value} cannot go into the book (not found, or not a local media file)")
        )
        if tag == "img":
            return f'<span class="hb-missing-media">{html.escape(attrs.get("alt") or "")}</span>'
        return ""

    # --- the whole chapter ----------------------------------------------------------------------------------------
    def rewrite(self, chapter: Chapter, lang: str) -> str:
        self._where = f"{lang}/{chapter.slug}.md"
        text = MEDIA_ELEMENT_RE.sub(self._replace_media, chapter.html)
        counter = [0]
        text = TAG_RE.sub(lambda m: self._rewrite_tag(m, chapter.slug, counter), text)
        return UNWRAP_RE.sub(r'<span class="hb-offbook">\1</span>', text)


@dataclass
class Answer:
    question: str
    correct: list[str]
    explanation: str


def quiz_answers(chapter: Chapter) -> list[Answer]:
    """The questions of a chapter's quizzes with their right options and the author's feedback, as plain text:
    paper cannot check an answer, so the printed book lists them at its end."""
    answers = []
    for form in FORM_RE.findall(chapter.html):
        legend = LEGEND_RE.search(form)
        options = [plain(option) for option in OPTION_RE.findall(form) if "data-correct" in option]
        feedback = FEEDBACK_RE.search(form)
        answers.append(
            Answer(plain(legend.group(1)) if legend else "", options, plain(feedback.group(1)) if feedback else "")
        )
    return answers
