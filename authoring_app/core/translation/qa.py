"""Translation QA: what a translation must keep from its source, checked segment by segment.

A translator rewords; a translator must not change where a link goes, the ids other pages link to, the figures,
the media a block plays or the code a reader types. Those slip in silently (a stale copy of a number, a link
re-typed by hand, a sentence dropped when the source grew), and a reader of one language then learns something
else than a reader of another. Each target section is aligned with the section it is translated from (its pivot,
else the source language, see :func:`comparison_language`), with the provenance records settling the pairing, and
every pair of segments is compared. Findings are warnings: a human decides, so they never fail a check alone.

Each kind of finding has its own code (``qa-link``, ``qa-anchor``, ``qa-number``, ``qa-media``, ``qa-code``,
``qa-sentences``), so users and tools can pick them out of ``handbook check``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..handbook import GLOSSARY, Handbook
from ..problems import Problem, warning
from ..render import RenderContext, RenderedSection, SectionRenderer
from ..segments import Segment, heading_parts, segment_section
from .alignment import align
from .provenance import Origin, read_provenance
from .status import comparison_language

#: What each finding means, for filters and documentation.
QA_CODES = {
    "qa-link": "a link points elsewhere than the source's",
    "qa-anchor": "an explicit id ({#id}) differs from the source's",
    "qa-number": "a number differs from the source's",
    "qa-media": "an image, video, audio or other media path differs from the source's",
    "qa-code": "the text of a code block differs from the source's",
    "qa-sentences": "a paragraph has markedly fewer or more sentences than its source",
}

# --- sentences -------------------------------------------------------------------------------------------------
_ABBREVIATIONS_TEXT = """
e.g i.e cf vs al approx fig nos pp vol ch eds dr mr mrs ms prof st jr sr inc ltd
т.е т.н т.к т.ч т.д т.п и.т.н напр вкл стр сс гр гг вв ул проф доц д-р см рис табл мин сек млн млрд тыс руб им
англ лат нем бълг рус каз узб пр ср va.b h.k
"""
#: Words written with a final period that do not end a sentence (lower case, without the last dot).
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'»“”’)\]]*(?=\s+[\"'«„“(\[]*[A-ZА-ЯЁЎҚҒҲӘӨҮҰІҢҺЇЄЃЌЉЊЋЏ0-9])")
_WORD_BEFORE_RE = re.compile(r"([\w.\-]+)$")


#: What :func:`plain_text` removes or replaces, in order: images, footnote marks, links (their text stays),
#: autolinks, HTML tags, attribute lists, and the markers of headings, quotes and list items.
_PLAIN_STEPS = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), " "),
    (re.compile(r"\[\^[^\]]+\]:?"), " "),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(?:https?|mailto):[^>]*>"), " "),
    (re.compile(r"</?[A-Za-z][^>]*>"), " "),
    (re.compile(r"\{[:#.][^}]*\}"), " "),
    (re.compile(r"^ {0,3}(?:#{1,6}|>|[-*+]|\d{1,9}[.)])(?=\s)", re.MULTILINE), " "),
]


@lru_cache(maxsize=4096)
def plain_text(markdown: str) -> str:
    """The words of a segment as a reader sees them: link targets, images, ids, footnote marks and HTML removed."""
    text = markdown
    for pattern, replacement in _PLAIN_STEPS:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def sentence_count(markdown: str) -> int:
    """How many sentences a paragraph's Markdown has (cached, like :func:`numbers_in`)."""
    return len(split_sentences(plain_text(markdown)))


def split_sentences(text: str) -> list[str]:
    """Sentences of plain text in Cyrillic or Latin script.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes or brackets) followed by space and a capital
    letter or a digit, unless the word before the dot is a known abbreviation (``т.е.``, ``e.g.``, ``напр.``) or a
    single letter (an initial, ``А. Петров``). A decimal number (``1.5``) has no space after its dot, so it never
    splits.
    """
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        before = _WORD_BEFORE_RE.search(text, start, match.start())
        word = before.group(1).lower().rstrip(".") if before else ""
        if match.group(0).startswith(".") and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def sentences_differ(source: int, target: int) -> bool:
    """Whether a paragraph's sentence count differs *markedly* from its source's.

    Translators merge two short sentences or split a long one, so one sentence more or less in a short paragraph
    is normal; the rule only looks at sources of three or more sentences. Fewer is flagged from a quarter of the
    source's sentences on (at least one): that is how a sentence added to the source, or skipped by the
    translator, shows. More is flagged from a third on (at least two), since splitting a long sentence is common.
    """
    if source < 3:
        return False
    if target < source:
        return source - target >= max(1, source // 4)
    return target - source >= max(2, (source + 2) // 3)


# --- numbers ---------------------------------------------------------------------------------------------------
_NUMBER_RE = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)*")
_TARGET_RE = re.compile(r"\]\([^)]*\)")
_PATHLIKE_RE = re.compile(r"\S*[/\\]\S*|\S+\.(?:md|png|jpe?g|gif|webp|svg|webm|mp4|ogg|mp3|vtt|pdf|html?)\b", re.I)
_BLOCK_PARAM_RE = re.compile(
    r"^\s*(?:src|poster|captions|transcript|fallback|url|type|start|width|height):\s.*$", re.MULTILINE
)
#: The ``/// video |`` of a block's first line (its title after the bar is text like any other) and closing lines.
_DIALECT_LINE_RE = re.compile(r"^/{3,}\s*[\w-]*\s*\|?", re.MULTILINE)


def number_readings(token: str) -> frozenset[str]:
    """The values a written number may stand for: ``1 000`` → 1000; ``1,5`` and ``1.5`` → 1.5; ``1,500`` is
    1500 in English and 1.5 in Russian, so it reads as either."""
    token = re.sub(r"[ \u00a0\u202f]", "", token)
    parts = re.split(r"[.,]", token)
    if len(parts) == 1:
        return frozenset({token.lstrip("0") or "0"})
    readings = set()
    if all(len(part) == 3 for part in parts[1:]):
        readings.add("".join(parts).lstrip("0") or "0")  # separators group thousands
    *whole, fraction = parts
    readings.add(f"{''.join(whole).lstrip('0') or '0'}.{fraction.rstrip('0') or '0'}")
    return frozenset(readings)


@lru_cache(maxsize=4096)
def numbers_in(segment: Segment) -> tuple[str, ...]:
    """Written numbers of a segment, leaving out list markers, footnote labels, paths and block parameters.

    Cached: a source segment is compared with each of its translations."""
    text = segment.text
    if segment.kind == "block":
        text = _BLOCK_PARAM_RE.sub(" ", _DIALECT_LINE_RE.sub(" ", text))
    text = _TARGET_RE.sub("]", text)  # link and image targets
    text = plain_text(text)
    text = _PATHLIKE_RE.sub(" ", text)
    return tuple(_NUMBER_RE.findall(text))


def unmatched_numbers(source: Sequence[str], target: Sequence[str]) -> tuple[list[str], list[str]]:
    """Numbers of each side with no counterpart of the same value on the other side."""
    left = [(token, number_readings(token)) for token in source]
    right = [(token, number_readings(token)) for token in target]
    for token, readings in list(left):
        match = next((item for item in right if item[1] & readings), None)
        if match is not None:
            right.remove(match)
            left.remove((token, readings))
    return [token for token, _ in left], [token for token, _ in right]


# --- ids, media, code ------------------------------------------------------------------------------------------
_ATTR_ID_RE = re.compile(r"\{[^}]*#([^\s}]+)[^}]*\}")
_HTML_ID_RE = re.compile(r"\bid\s*=\s*[\"']([^\"']+)[\"']")
_MEDIA_PARAM_RE = re.compile(r"^\s*(src|poster|captions|transcript|fallback|url)\s*:\s*(\S+)", re.MULTILINE)
_GALLERY_ITEM_RE = re.compile(r"^\s*[-*+]\s+(\S+)\s*\|", re.MULTILINE)


def explicit_ids(segment: Segment, lines: list[str]) -> list[str]:
    """Ids the author wrote (``{#why-flip}``, ``id="…"``); a heading's generated id is not one of them."""
    if segment.kind == "heading":
        _, explicit = heading_parts("\n".join(lines[segment.start - 1 : segment.end]))
        return [explicit] if explicit else []
    return _ATTR_ID_RE.findall(segment.text) + _HTML_ID_RE.findall(segment.text)


def block_media(segment: Segment) -> list[str]:
    """Files a dialect block plays or shows, as written (``{lang}`` kept, so a hard-coded language shows)."""
    if segment.kind != "block":
        return []
    found = [f"{key}: {value}" for key, value in _MEDIA_PARAM_RE.findall(segment.text)]
    if segment.name == "gallery":
        found += _GALLERY_ITEM_RE.findall(segment.text)
    return found


def code_text(segment: Segment) -> str:
    return "\n".join(line.rstrip() for line in segment.text.strip("\n").split("\n"))


# --- one section -----------------------------------------------------------------------------------------------
@dataclass
class QaFile:
    """One side of a comparison: a section file, its segments and what the renderer found in it."""

    lang: str
    rel: str
    text: str
    rendered: RenderedSection
    segments: list[Segment] | None = None

    def __post_init__(self) -> None:
        if self.segments is None:
            self.segments = segment_section(self.text)
        self.lines = self.text.replace("\r\n", "\n").split("\n")
        self._refs: dict[str, list[tuple[str, int]]] = {}
        for ref in self.rendered.links:
            # Footnote marks are links the renderer makes (``#fn:1``); their labels may differ by language.
            if ref.line is not None and ref.kind in ("link", "image") and not ref.url.startswith(("#fn:", "#fnref:")):
                self._refs.setdefault(ref.kind, []).append((ref.url, ref.line))

    def refs_of(self, segment: Segment, kind: str) -> list[tuple[str, int]]:
        """``(url, line)`` of the links (``kind="link"``) or images in a segment's lines."""
        return [(url, line) for url, line in self._refs.get(kind, ()) if segment.start <= line <= segment.end]


#: Given a language and a link's path to another section (``01-x.md``): that page's heading ids in order.
HeadingLookup = Callable[[str, str], list[str]]


def _heading_ids(file: QaFile, path: str, headings: HeadingLookup) -> list[str]:
    if not path:
        return [heading.id for heading in file.rendered.headings]
    return headings(file.lang, path)


def _same_place(source_url: str, target_url: str, source: QaFile, target: QaFile, headings: HeadingLookup) -> bool:
    """Links to the same page whose anchors are the n-th heading on each side: generated ids differ by language."""
    s_path, _, s_anchor = source_url.partition("#")
    t_path, _, t_anchor = target_url.partition("#")
    if s_path != t_path or not s_anchor or not t_anchor:
        return False
    s_ids, t_ids = _heading_ids(source, s_path, headings), _heading_ids(target, t_path, headings)
    return s_anchor in s_ids and t_anchor in t_ids and s_ids.index(s_anchor) == t_ids.index(t_anchor)


def _quote(items: Iterable[str]) -> str:
    return ", ".join(f"'{item}'" for item in items) or "none"


def _differences(source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """What only the source has, and what only the target has (each as often as it is unmatched)."""
    if source == target:
        return [], []
    extra_s = Counter(source) - Counter(target)
    extra_t = Counter(target) - Counter(source)
    return list(extra_s.elements()), list(extra_t.elements())


class _PairChecker:
    """Compares paired segments of one section and keeps the findings."""

    def __init__(self, source: QaFile, target: QaFile, headings: HeadingLookup) -> None:
        self.source, self.target, self.headings = source, target, headings
        self.problems: list[Problem] = []

    def differ(
        self, code: str, line: int, s: Segment, subject: str, only_s: list[str], only_t: list[str], remedy: str
    ) -> None:
        where = f"{self.source.rel}:{s.start}"
        message = f"{subject} differ from {where}: here {_quote(only_t)}, in the source {_quote(only_s)}: {remedy}"
        self.problems.append(warning(self.target.rel, line, message, code=code))

    def check(self, s: Segment, t: Segment) -> None:
        if s.fingerprint == t.fingerprint and s.text == t.text:
            return  # the same text (code, a formula, an untranslated line): nothing can differ
        self.links(s, t)
        self.anchors(s, t)
        self.media(s, t)
        if s.kind == "code":
            self.code(s, t)
            return
        self.numbers(s, t)
        if s.kind == "paragraph":
            self.sentences(s, t)

    def links(self, s: Segment, t: Segment) -> None:
        mine = self.target.refs_of(t, "link")
        only_s, only_t = _differences([url for url, _ in self.source.refs_of(s, "link")], [url for url, _ in mine])
        for url in list(only_s):
            partner = next((u for u in only_t if _same_place(url, u, self.source, self.target, self.headings)), None)
            if partner is not None:
                only_s.remove(url)
                only_t.remove(partner)
        if only_s or only_t:
            line = next((at for url, at in mine if url in only_t), t.start)
            self.differ("qa-link", line, s, "the links", only_s, only_t, "make each link point where the source's does")

    def anchors(self, s: Segment, t: Segment) -> None:
        only_s, only_t = _differences(explicit_ids(s, self.source.lines), explicit_ids(t, self.target.lines))
        if only_s or only_t:
            self.differ(
                "qa-anchor",
                t.start,
                s,
                "the ids",
                [f"#{i}" for i in only_s],
                [f"#{i}" for i in only_t],
                "keep the source's {#id}: links from every language use it",
            )

    def media(self, s: Segment, t: Segment) -> None:
        mine = self.target.refs_of(t, "image")
        theirs = [url for url, _ in self.source.refs_of(s, "image")] + block_media(s)
        only_s, only_t = _differences(theirs, [url for url, _ in mine] + block_media(t))
        if only_s or only_t:
            line = next((at for url, at in mine if url in only_t), t.start)
            self.differ(
                "qa-media",
                line,
                s,
                "the media files",
                only_s,
                only_t,
                "use the source's files (with {lang} where each language has its own)",
            )

    def code(self, s: Segment, t: Segment) -> None:
        if code_text(s) != code_text(t):
            where = f"{self.source.rel}:{s.start}"
            message = f"the code block differs from the one in {where}: copy the code from the source"
            self.problems.append(warning(self.target.rel, t.start, message, code="qa-code"))

    def numbers(self, s: Segment, t: Segment) -> None:
        only_s, only_t = unmatched_numbers(numbers_in(s), numbers_in(t))
        if only_s or only_t:
            self.differ("qa-number", t.start, s, "the numbers", only_s, only_t, "check the figures against the source")

    def sentences(self, s: Segment, t: Segment) -> None:
        theirs, mine = sentence_count(s.text), sentence_count(t.text)
        if sentences_differ(theirs, mine):
            where = f"{self.source.rel}:{s.start}"
            message = (
                f"this paragraph has {mine} sentence{'s' * (mine != 1)} where the one in {where} has {theirs}: "
                "a sentence may be missing, or left from an older source; compare the two and translate what differs"
            )
            self.problems.append(warning(self.target.rel, t.start, message, code="qa-sentences"))


def qa_section(
    source: QaFile, target: QaFile, records: Mapping[str, Origin] | None = None, headings: HeadingLookup | None = None
) -> list[Problem]:
    """QA findings of one translated section against the file it is translated from (``records``: the
    target's provenance, so that segments pair as they were translated)."""
    pairs = align(source.segments or [], target.segments or [], dict(records or {}))
    checker = _PairChecker(source, target, headings or (lambda _lang, _path: []))
    for pair in pairs:
        if pair.source is not None and pair.target is not None:
            checker.check(pair.source, pair.target)
    return checker.problems


# --- a whole handbook ------------------------------------------------------------------------------------------
def _render(handbook: Handbook, renderer: SectionRenderer, lang: str, slug: str) -> QaFile | None:
    text = handbook.read(lang, slug).text
    if text is None:
        return None
    ctx = RenderContext(
        lang=lang,
        languages=handbook.config.languages,
        source_language=handbook.config.source_language,
        root=handbook.root,
        base_dir=handbook.language_dir(lang),
        section=slug,
        link_url=lambda target: target,
    )
    try:
        rendered = renderer.render(text, ctx)
    except Exception:  # reported by the check as a render failure; QA has nothing to compare
        return None
    return QaFile(lang, f"{lang}/{slug}.md", text, rendered)


def check_translations(handbook: Handbook, files: Mapping[tuple[str, str], QaFile] | None = None) -> list[Problem]:
    """QA findings of every translated section of the handbook.

    ``files``: the sections already read and rendered, by ``(lang, slug)`` (what ``handbook check`` has at hand);
    a section not among them is then skipped, since it could not be rendered. Without ``files`` every section is
    read and rendered here.
    """
    config = handbook.config
    cache: dict[tuple[str, str], QaFile | None] = dict(files or {})
    render_missing = files is None
    renderer = SectionRenderer()

    def file_of(lang: str, slug: str) -> QaFile | None:
        if (lang, slug) not in cache:
            found = render_missing and handbook.has_section(lang, slug)
            cache[(lang, slug)] = _render(handbook, renderer, lang, slug) if found else None
        return cache[(lang, slug)]

    def headings(lang: str, path: str) -> list[str]:
        name = path[:-3] if path.endswith(".md") and "/" not in path else ""
        page = file_of(lang, name) if name in sections else None
        return [heading.id for heading in page.rendered.headings] if page else []

    sections = [*config.sections, GLOSSARY]
    problems: list[Problem] = []
    for lang in config.target_languages:
        for slug in sections:
            if not handbook.has_section(lang, slug):
                continue
            source, target = file_of(comparison_language(handbook, lang, slug), slug), file_of(lang, slug)
            if source is not None and target is not None:
                problems.extend(qa_section(source, target, read_provenance(handbook, lang, slug), headings))
    return problems
