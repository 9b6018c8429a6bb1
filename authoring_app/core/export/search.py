"""The website's search: one small index per language, assembled at export from per-page fragments into a script
file that loads from file://.

What it does:

- **Words.** :func:`tokenize` lower-cases (NFC), maps Cyrillic ``ё`` to ``е``, removes the apostrophe-like letters
  of Uzbek and Turkmen (``ʻ ʼ ' ‘ ’ ```), so ``o'qitish``, ``oʻqitish`` and ``oqitish`` are one word, splits on
  anything that is not a letter or digit, drops one-letter words and, for ru/bg/en, a few stop words.
- **Word forms.** :func:`stem`: Snowball for Russian and English, :func:`stem_bulgarian` (a light suffix
  stripper) for Bulgarian; every other language keeps the word as it is and is matched by prefix.
- **Index, one page at a time.** Everything the index knows about a page depends on that page only, so a
  re-export after one edit redoes one page:

  1. :func:`page_terms` (the expensive part: words, stems, weights, snippets) runs where the page is rendered
     and is cached with the rendered page;
  2. :func:`page_fragment` adds what the exporter knows (URL, title, part): cheap string assembly;
  3. :func:`assemble_index_js` joins a language's fragments, in reading order, into
     ``(window.HB_SEARCH=window.HB_SEARCH||{})["ru"]={"v":2,...,"pages":[<fragment>,...]};``: string joining only.

  What needs all the pages is done by the browser when the index loads (search.js ``Index``): numbering the
  pages, putting their terms together (one string that a query searches with ``indexOf``), the aliases.
  :class:`SearchIndex` loads a script into the same information (a dictionary ``term → postings``).
- **Query.** ``resources/site/assets/search.js`` answers queries in the browser without a stemmer: an index key
  ``t`` matches a query word ``q`` when ``q == t``; or ``q`` starts with ``t``, ``t`` has at least 3 letters and
  ``q`` is at most 4 letters longer (the index holds stems: «лабораторией» meets «лаборатор»); or ``t`` starts
  with ``q`` and ``q`` has at least 3 letters (typing in progress, and the Turkic languages). Every query word must
  match; results are ranked by summed weights. :meth:`SearchIndex.query` is the same algorithm in Python, used by
  the tests. **The two must stay in step**: normalisation (:func:`normalize_word`), the format and its loading,
  the matching rules, the scoring and the choice of snippet. A change to one is a change to both.

The index format (version 2), a JSON object:

``v``
    format version (2).
``l``
    the language.
``s``
    the stop words (the browser drops them from a query exactly as the index dropped them from the text).
``pages``
    one fragment per page, in reading order (a page's number is its place here):
    ``[url, title, part, summary, headings, snippets, names, codes, aliases]`` with ``part`` the part's title
    ("" when none), ``headings`` ``[[anchor, text], ...]`` (the page's h2/h3), ``snippets``
    ``[[heading index or -1, text], ...]``, and the page's terms (stems, or words in languages without a stemmer):

    ``names``
        the terms, sorted, front-coded (:func:`encode_names`): each starts with a mark (:data:`SHARED_MARKS`)
        that says how many UTF-16 code units it shares with the term before; the rest follows, with Cyrillic
        ``а``–``я`` written as one ASCII character each (:data:`TRANSPORT_LETTERS`: half the bytes of UTF-8).
    ``codes``
        numbers (:func:`encode_numbers`): ``K``, then ``K`` classes ``weight, where`` (``where`` zigzag-coded),
        most used first, then for each term the number of its class, then for each alias the step from the
        number of the term before to the number of its term. ``where >= 0`` is an index into the page's snippets
        (the snippet names its heading); ``where < 0`` means no snippet is stored: the heading is ``-where - 2``
        (``-1``: the top of the page) and the summary serves as the snippet.
    ``aliases``
        words of the text that their stem does not reach by the rules above (English ``study`` → ``studi``,
        ``gamification`` → ``gamif``), in the order of their terms, written like ``names`` but each against its
        term (``gamification``: the mark for 5, then ``ication``). An alias is matched like a term and stands for
        the postings of the term it names; a word that is itself a term of some page is no alias.

Size: snippets are what makes an index big, so the index keeps only a few per page (:func:`snippet_budget`: 1 to
3; the glossary keeps all): pieces of about a sentence (at most :data:`SNIPPET_CHARS` characters), chosen greedily
so that as many of the page's words as possible have one to show. A word that has none shows the page's summary
and links to the heading where it first occurs; a word of the title links to the top of the page. Every page
spells its own terms (no dictionary shared between pages, so that pages stay independent): about 6 bytes a term
of a page, with its class. Measured: the sample handbook 6–31 KB a language (3–14 KB gzip); the 300-section
benchmark corpus (its sections are 30 copies of the sample's: few distinct words, which a dictionary shared by
all pages would store once) about 810–845 KB for bg and ru and 660 KB for en (24–26 KB gzip).
"""

from __future__ import annotations

import bisect
import gzip
import json
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

import snowballstemmer

if TYPE_CHECKING:
    from ..render import RenderedSection

#: Index format version (``v`` in the JSON).
FORMAT_VERSION = 2
#: The global the index scripts assign into.
GLOBAL_NAME = "HB_SEARCH"
#: The longest snippet kept in the index, in characters.
SNIPPET_CHARS = 120
#: How many results the browser shows.
MAX_RESULTS = 10

# --- words -----------------------------------------------------------------------------------------------------

#: Removed from words before splitting: the apostrophe-like letters of Uzbek and Turkmen (ʻ U+02BB, ʼ U+02BC,
#: ' ‘ ’ `) and combining marks (stress accents in Russian text). search.js removes the same characters.
_REMOVED_RE = re.compile("[\u02bb\u02bc'\u2018\u2019`\u0300-\u036f]")
#: A word: letters and digits (Python's ``isalnum``; in search.js ``[\p{L}\p{N}]+``).
_WORD_RE = re.compile(r"[^\W_]+")


def _word_list(text: str) -> list[str]:
    """The words of a block of text written over several lines (for long word lists)."""
    return text.split()


#: A small stop-word list per language (normalised: ``ё`` already ``е``). Only the most frequent function words:
#: they carry no meaning in a query and would make the index bigger.
STOP_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset(
        _word_list(
            """
        без бы был была были было быть в вам вас во вот все всех вы где да для до его ее если есть еще же за и из
        или им их к как ко кто ли мы на над не нет ни но о об он она они оно от по под при про с со так также
        такой там то тоже только у уже чем что чтобы это эта эти этот этого этой этом эту
        """
        )
    ),
    "bg": frozenset(
        _word_list(
            """
        а аз ако би бъде бе беше бяха във в вие го ги да до е за и или им й като както към ли му на над не ни но
        от по под при пред през са се си сме сте със с също та така те то този тази това тези той тя тук там че
        ще що който която което които
        """
        )
    ),
    "en": frozenset(
        _word_list(
            """
        a about all also an and any are as at be been but by can do does for from had has have he her his how if
        in into is it its not of on or our she so such than that the their them then there these they this those
        to too was we were what when where which who why will with would you your
        """
        )
    ),
}


def normalize_word(lang: str, word: str) -> str:
    """A word (or any text) as the index compares it: NFC, lower case, ``ё``→``е``, no apostrophes or accents.

    ``lang`` is accepted so that a language-specific rule can be added in one place; today every language is the
    same. search.js's ``normalize`` must do exactly this.
    """
    del lang
    text = unicodedata.normalize("NFC", word).lower().replace("ё", "е")
    return _REMOVED_RE.sub("", text)


def tokenize(lang: str, text: str) -> list[str]:
    """The normalised words of ``text``, without one-letter words and the language's stop words."""
    stop = STOP_WORDS.get(lang, frozenset())
    return [w for w in _WORD_RE.findall(normalize_word(lang, text)) if len(w) > 1 and w not in stop]


# --- stemming ----------------------------------------------------------------------------------------------------

#: Bulgarian endings, tried longest first: definite articles (-ът, -ят, -та, -то, -те, and with a plural or
#: adjective ending before them), plural and adjective endings, and the commonest verb endings.
_BG_SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        set(
            _word_list(
                """
            ищата овете евете етата ената ията иите ието ските ската ското ския ският ната ните ното
            ият ата ята ото ето ите ове еве ища ета ена ски ска ско
            ахме яхме ихме ахте яхте ихте аха яха иха аше яше еше ише
            ия ии ие ий ът ят та то те ам ям ем им аш яш еш иш ат ах ях их ен на но ни
            а я о е и у ю
            """
            )
        ),
        key=lambda s: (-len(s), s),
    )
)
_BG_VOWELS = frozenset("аъоуеиюяѝ")
#: The shortest stem a Bulgarian word is cut to.
_BG_MIN_STEM = 3


@lru_cache(maxsize=65536)
def stem_bulgarian(word: str) -> str:
    """A light Bulgarian stemmer: strip the longest known ending that leaves a stem of at least 3 letters.

    One pass, longest suffix first; then an adjective's ``н`` after a consonant goes too (``учебн`` → ``учеб``,
    like ``учебен`` → ``учеб``). So лаборатория, лабораторията, лаборатории and лабораториите all become
    ``лаборатор``, and технология, технологии, технологиите ``технолог``. Words with digits or non-Cyrillic letters
    are left alone.
    """
    if not word.isalpha() or not all("\u0400" <= ch <= "\u04ff" for ch in word):
        return word
    for suffix in _BG_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _BG_MIN_STEM:
            word = word[: -len(suffix)]
            break
    if len(word) > _BG_MIN_STEM and word[-1] == "н" and word[-2] not in _BG_VOWELS:
        word = word[:-1]
    return word


_SNOWBALL = {"ru": "russian", "en": "english"}


@lru_cache(maxsize=8)
def _snowball(lang: str) -> Any:
    return snowballstemmer.stemmer(_SNOWBALL[lang])


@lru_cache(maxsize=262144)
def stem(lang: str, word: str) -> str:
    """The index term of a normalised word: a Snowball stem (ru, en), a light stem (bg), else the word itself."""
    if lang in _SNOWBALL:
        return _snowball(lang).stemWord(word)
    if lang == "bg":
        return stem_bulgarian(word)
    return word


# --- matching (search.js has the same rules) -----------------------------------------------------------------------

#: ``t`` reaches a longer query word ``q`` when ``t`` has this many letters …
MIN_STEM_MATCH = 3
#: … and ``q`` is at most this many letters longer.
MAX_EXTRA_LETTERS = 4
#: A query word completes longer keys (prefix search) from this many letters.
MIN_PREFIX = 3
#: A key reached only by completing the query word (the query is a prefix of it) counts this much.
PREFIX_FACTOR = 0.5


def key_matches(query_word: str, key: str) -> float:
    """How a query word meets an index key: 1.0 (same word or the key is its stem), 0.5 (prefix), 0.0 (not)."""
    if query_word == key:
        return 1.0
    if query_word.startswith(key) and len(key) >= MIN_STEM_MATCH and len(query_word) - len(key) <= MAX_EXTRA_LETTERS:
        return 1.0
    if key.startswith(query_word) and len(query_word) >= MIN_PREFIX:
        return PREFIX_FACTOR
    return 0.0


# --- codes (search.js has the same decoders) ---------------------------------------------------------------------

#: The 64 digits of the number code (base64url: nothing in it needs escaping in JSON).
CODE_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_DIGIT_VALUE = {ch: n for n, ch in enumerate(CODE_DIGITS)}


def _put_number(out: list[str], value: int) -> None:
    """A number ≥ 0 as base-32 digits, least significant first; every digit but the last has 32 added."""
    while value >= 32:
        out.append(CODE_DIGITS[32 + (value & 31)])
        value >>= 5
    out.append(CODE_DIGITS[value])


def encode_numbers(numbers: Iterable[int]) -> str:
    """Numbers ≥ 0 as a string: one character each below 32, two below 1024, ..."""
    out: list[str] = []
    for value in numbers:
        _put_number(out, value)
    return "".join(out)


def decode_numbers(code: str) -> list[int]:
    """The inverse of :func:`encode_numbers`."""
    numbers: list[int] = []
    value = shift = 0
    for ch in code:
        digit = _DIGIT_VALUE[ch]
        if digit >= 32:
            value += (digit - 32) << shift
            shift += 5
        else:
            numbers.append(value + (digit << shift))
            value = shift = 0
    return numbers


def zigzag(value: int) -> int:
    """0, -1, 1, -2, 2, ... → 0, 1, 2, 3, 4, ... (a ``where`` as a number ≥ 0)."""
    return 2 * value if value >= 0 else -2 * value - 1


def unzigzag(code: int) -> int:
    """The inverse of :func:`zigzag`."""
    return code // 2 if code % 2 == 0 else -(code + 1) // 2


#: How Cyrillic ``а``–``я`` (U+0430–U+044F) are written in ``names``: one ASCII character each, none of which can
#: be in a term (terms are lower case letters and digits).
TRANSPORT_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[]^_{"
#: The mark before each term in ``names``: the number of UTF-16 code units (what JavaScript's ``slice`` counts)
#: the term shares with the term before it, 0 to 16.
SHARED_MARKS = "!#$%&()*+,-.:;=?~"
MAX_SHARED = len(SHARED_MARKS) - 1
_TO_TRANSPORT = str.maketrans({chr(0x430 + n): ch for n, ch in enumerate(TRANSPORT_LETTERS)})
_FROM_TRANSPORT = str.maketrans({ch: chr(0x430 + n) for n, ch in enumerate(TRANSPORT_LETTERS)})
_SHARED_VALUE = {ch: n for n, ch in enumerate(SHARED_MARKS)}
_MARKS = re.escape(SHARED_MARKS)
_NAME_RE = re.compile(f"([{_MARKS}])([^{_MARKS}]*)")


def _shared(previous: str, term: str) -> tuple[int, int]:
    """How much of ``previous`` a front-coded ``term`` reuses: ``(UTF-16 code units, code points)``, at most
    :data:`MAX_SHARED` units, never half a surrogate pair (JavaScript's ``slice`` counts UTF-16 code units)."""
    units = kept = 0
    for ch, before in zip(term, previous, strict=False):
        if ch != before:
            break
        size = 2 if ord(ch) > 0xFFFF else 1
        if units + size > MAX_SHARED:
            break
        units += size
        kept += 1
    return units, kept


def encode_names(terms: Sequence[str], bases: Sequence[str] | None = None) -> str:
    """Terms as ``names`` (see the module's format): each as a mark and what it does not share with its base,
    Cyrillic in :data:`TRANSPORT_LETTERS`. The base of a term is the term before it (front coding of sorted terms)
    or, when ``bases`` is given, ``bases[i]`` (aliases, written against their terms)."""
    out: list[str] = []
    previous = ""
    for n, term in enumerate(terms):
        units, kept = _shared(bases[n] if bases is not None else previous, term)
        out.append(SHARED_MARKS[units])
        out.append(term[kept:])
        previous = term
    return "".join(out).translate(_TO_TRANSPORT)


def decode_names(names: str, bases: Sequence[str] | None = None) -> list[str]:
    """The inverse of :func:`encode_names` (search.js's ``Index`` does the same when it loads)."""
    terms: list[str] = []
    previous = ""
    for n, (mark, rest) in enumerate(_NAME_RE.findall(names.translate(_FROM_TRANSPORT))):
        base = bases[n] if bases is not None else previous
        units = _SHARED_VALUE[mark]
        head = base[:units]
        if any(ord(ch) > 0xFFFF for ch in head):
            head = base.encode("utf-16-le", "surrogatepass")[: 2 * units].decode("utf-16-le", "surrogatepass")
        previous = head + rest
        terms.append(previous)
    return terms


def _json(value: Any) -> str:
    """Compact JSON; line and paragraph separators escaped (older JavaScript engines do not allow them raw)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text


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


# --- building the index ------------------------------------------------------------------------------------------

#: Weights of a word's places in a page: title, keywords, a heading, the summary; body hits add one each, capped.
WEIGHT_TITLE = 10
WEIGHT_KEYWORD = 6
WEIGHT_HEADING = 5
WEIGHT_SUMMARY = 3
MAX_BODY_WEIGHT = 6

_SENTENCE_END_RE = re.compile(r"(?<=[.!?…:;])\s+")


def _chunks(text: str) -> list[str]:
    """A passage cut into snippet-sized pieces: whole sentences packed up to :data:`SNIPPET_CHARS`, long ones cut at
    a word."""
    limit = SNIPPET_CHARS
    pieces: list[str] = []
    for sentence in _SENTENCE_END_RE.split(text):
        sentence = sentence.strip()
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit - 1)
            if cut < limit // 2:
                cut = limit - 1
            pieces.append(sentence[:cut].rstrip() + "…")
            sentence = "…" + sentence[cut:].lstrip()
        if sentence:
            pieces.append(sentence)
    chunks: list[str] = []
    for piece in pieces:
        if chunks and not chunks[-1].endswith("…") and len(chunks[-1]) + 1 + len(piece) <= limit:
            chunks[-1] += " " + piece
        else:
            chunks.append(piece)
    return chunks


#: The glossary page (``site/<lang>/glossary.html``): every definition is the answer to some query, so it keeps
#: all its snippets (up to :data:`MAX_GLOSSARY_SNIPPETS`).
GLOSSARY_PAGE = "glossary.html"
MAX_GLOSSARY_SNIPPETS = 500


def snippet_budget(chunk_count: int, glossary: bool = False) -> int:
    """How many snippets a page keeps: one for every 10 pieces, at least 1, at most 3 (see the module's "Size");
    the glossary keeps them all."""
    if glossary:
        return min(chunk_count, MAX_GLOSSARY_SNIPPETS)
    return min(3, max(1, chunk_count // 10))


def _fingerprint(title: str, summary: str, headings: Sequence[tuple[str, str]]) -> str:
    """8 hex digits of what :func:`page_terms` read besides the passages and keywords, for :func:`page_fragment`
    to check that it is given the same title, summary and headings."""
    text = "\x00".join([title, summary, *(text for _, text in headings)])
    return f"{zlib.crc32(text.encode('utf-8', 'surrogatepass')):08x}"


#: ``["<fingerprint>",`` at the start of :func:`page_terms`'s text.
_TERMS_HEAD = len('["00000000",')


def page_terms(
    lang: str,
    passages: Sequence[tuple[int, str]],
    title: str,
    summary: str,
    headings: Sequence[tuple[str, str]],
    keywords: Sequence[str],
    *,
    glossary: bool = False,
) -> str:
    """The expensive part of a page's fragment: its terms with their weights and places, its snippets, its aliases.

    Depends on nothing but its arguments (runs in the render workers and is cached with the rendered page).
    ``headings`` are the page's h2/h3 ``(anchor, text)`` (only the text is read here), ``passages`` as from
    :func:`passages_from_html`; ``glossary`` keeps all snippets. The result is a JSON array,
    ``[fingerprint, snippets, names, codes, aliases]``, which :func:`page_fragment` completes: pass it the same
    title, summary and headings.
    """
    surface: dict[str, str] = {}  # word → its stem, for aliases

    def terms_of(text: str) -> list[str]:
        out = []
        for word in tokenize(lang, text):
            term = stem(lang, word)
            if term:
                surface.setdefault(word, term)
                out.append(term)
        return out

    weights: dict[str, int] = {}
    body: dict[str, int] = {}
    in_title = set(terms_of(title))
    for term in in_title:
        weights[term] = weights.get(term, 0) + WEIGHT_TITLE
    for term in set(terms_of(" ".join(keywords))):
        weights[term] = weights.get(term, 0) + WEIGHT_KEYWORD
    for term in set(terms_of(summary)):
        weights[term] = weights.get(term, 0) + WEIGHT_SUMMARY

    # Where each term first occurs: a heading's text or a chunk of a passage (document order).
    first_place: dict[str, int] = {}  # term → heading index
    heading_terms: set[str] = set()
    chunks: list[tuple[int, str]] = []
    chunk_terms: list[set[str]] = []
    passages_by_heading: dict[int, list[str]] = {}
    for heading, text in passages:
        passages_by_heading.setdefault(heading, []).append(text)
    for heading in [-1, *range(len(headings))]:
        if heading >= 0:
            for term in terms_of(headings[heading][1]):
                heading_terms.add(term)
                first_place.setdefault(term, heading)
        for text in passages_by_heading.get(heading, []):
            for chunk in _chunks(text):
                found = terms_of(chunk)
                for term in found:
                    body[term] = body.get(term, 0) + 1
                    first_place.setdefault(term, heading)
                chunks.append((heading, chunk))
                chunk_terms.append(set(found))
    for term in heading_terms:
        weights[term] = weights.get(term, 0) + WEIGHT_HEADING
    for term, count in body.items():
        weights[term] = weights.get(term, 0) + min(count, MAX_BODY_WEIGHT)

    # Keep a few snippets: greedy cover of the page's terms (title words show the summary anyway).
    uncovered = set().union(*chunk_terms) - in_title if chunk_terms else set()
    kept: list[int] = []
    for _ in range(snippet_budget(len(chunks), glossary)):
        best, gain = -1, 0
        for index, found in enumerate(chunk_terms):
            if index not in kept and len(found & uncovered) > gain:
                best, gain = index, len(found & uncovered)
        if best < 0:
            break
        kept.append(best)
        uncovered -= chunk_terms[best]
    kept.sort()
    snippets = [[chunks[i][0], chunks[i][1]] for i in kept]

    entries = sorted(weights)
    classes: list[tuple[int, int]] = []
    for term in entries:
        if term in in_title:
            where = -1
        else:
            where = next((n for n, i in enumerate(kept) if term in chunk_terms[i]), None)
            if where is None:
                where = -first_place.get(term, -1) - 2
        classes.append((weights[term], where))
    counts = Counter(classes)
    order = sorted(counts, key=lambda c: (-counts[c], c))  # the commonest classes get one-digit numbers
    number = {c: n for n, c in enumerate(order)}
    codes = [len(order)]
    for weight, where in order:
        codes += [weight, zigzag(where)]
    codes += [number[c] for c in classes]
    position = {term: n for n, term in enumerate(entries)}
    aliases = sorted(
        (position[term], word) for word, term in surface.items() if word not in position and not key_matches(word, term)
    )
    targets = [n for n, _ in aliases]
    codes += [n - previous for n, previous in zip(targets, [0, *targets], strict=False)]  # steps: sorted
    names = encode_names(entries)
    alias_names = encode_names([word for _, word in aliases], [entries[n] for n in targets])
    return _json([_fingerprint(title, summary, headings), snippets, names, encode_numbers(codes), alias_names])


def page_fragment(
    url: str, title: str, part: str, summary: str, headings: Sequence[tuple[str, str]], terms: str
) -> str:
    """A page's entry in the index (see the module's format): cheap, no words are read.

    ``terms`` is :func:`page_terms`'s text for this page, computed with the same ``title``, ``summary`` and
    ``headings`` (``(anchor, text)`` of the h2/h3); ``part`` is the part's title ("" when none). Raises
    :class:`ValueError` when ``terms`` was made for another title, summary or headings.
    """
    if terms[2 : _TERMS_HEAD - 2] != _fingerprint(title, summary, headings):
        raise ValueError(f"the search terms of {url} are missing or were made for another title, summary or headings")
    return _json([url, title, part, summary, headings])[:-1] + "," + terms[_TERMS_HEAD:]


@lru_cache(maxsize=64)
def _script_head(lang: str) -> str:
    name = _json(lang)
    stop = _json(sorted(STOP_WORDS.get(lang, frozenset())))
    return (
        f"(window.{GLOBAL_NAME}=window.{GLOBAL_NAME}||{{}})[{name}]="
        f'{{"v":{FORMAT_VERSION},"l":{name},"s":{stop},"pages":['
    )


def assemble_index_js(lang: str, fragments: Iterable[str]) -> str:
    """The index script of a language: its pages' fragments (:func:`page_fragment`, in reading order) joined."""
    return _script_head(lang) + ",".join(fragments) + "]};\n"


def build_index(lang: str, docs: Iterable[SearchDoc]) -> SearchIndex:
    """The search index of one language's pages (in reading order): fragments, assembled, parsed."""
    fragments = []
    for doc in docs:
        glossary = doc.url.rsplit("/", 1)[-1] == GLOSSARY_PAGE
        terms = page_terms(lang, doc.passages, doc.title, doc.summary, doc.headings, doc.keywords, glossary=glossary)
        fragments.append(page_fragment(doc.url, doc.title, doc.part, doc.summary, doc.headings, terms))
    return SearchIndex(assemble_index_js(lang, fragments))


# --- the query side (search.js does exactly this) ------------------------------------------------------------------


@dataclass
class SearchResult:
    """One hit of :meth:`SearchIndex.query`: what search.js shows."""

    url: str
    anchor: str
    title: str
    part: str
    heading: str
    snippet: str
    score: float
    #: The index keys (and alias targets) the query met, which search.js marks in the snippet.
    keys: list[str] = field(default_factory=list)

    @property
    def href(self) -> str:
        return self.url + ("#" + self.anchor if self.anchor else "")


class SearchIndex:
    """An index script (:func:`assemble_index_js`), loaded the way search.js loads it and queried the same way."""

    def __init__(self, script: str) -> None:
        self.script = script
        head = f"(window.{GLOBAL_NAME}=window.{GLOBAL_NAME}||{{}})["
        if not script.startswith(head) or "]=" not in script:
            raise ValueError("not a search index script")
        equals = script.index("]=", len(head))
        self.lang: str = json.loads(script[len(head) : equals])
        self.data: dict[str, Any] = json.loads(script[equals + 2 :].rstrip().removesuffix(";"))
        if self.data.get("v") != FORMAT_VERSION:
            raise ValueError(f"search index format {self.data.get('v')!r}, expected {FORMAT_VERSION}")
        self.stop = frozenset(self.data["s"])
        self.pages: list[list[Any]] = self.data["pages"]
        #: term → ``(page number, weight, where)``, by page number.
        self.postings: dict[str, list[tuple[int, int, int]]] = {}
        pairs: list[tuple[str, str]] = []
        for number, page in enumerate(self.pages):
            entries = decode_names(page[6])
            codes = decode_numbers(page[7])
            count = codes[0]
            classes = [(codes[1 + 2 * n], unzigzag(codes[2 + 2 * n])) for n in range(count)]
            start = 1 + 2 * count
            for term, code in zip(entries, codes[start : start + len(entries)], strict=True):
                self.postings.setdefault(term, []).append((number, *classes[code]))
            targets: list[str] = []
            at = 0
            for step in codes[start + len(entries) :]:
                at += step
                targets.append(entries[at])
            words = decode_names(page[8], targets)
            pairs.extend(zip(words, targets, strict=True))
        #: alias → term
        self.aliases: dict[str, str] = {}
        for word, term in pairs:
            if word not in self.postings:
                self.aliases.setdefault(word, term)
        self._keys = sorted({*self.postings, *self.aliases})

    @classmethod
    def from_fragments(cls, lang: str, fragments: Iterable[str]) -> SearchIndex:
        return cls(assemble_index_js(lang, fragments))

    def to_js(self) -> str:
        """The index script: ``(window.HB_SEARCH=window.HB_SEARCH||{})["ru"]={...};``."""
        return self.script

    @property
    def size_bytes(self) -> int:
        """Size of :meth:`to_js` in UTF-8 bytes."""
        return len(self.script.encode("utf-8"))

    @property
    def gzip_bytes(self) -> int:
        """Size of :meth:`to_js` gzip-compressed (what a web server would send)."""
        return len(gzip.compress(self.script.encode("utf-8"), compresslevel=9, mtime=0))

    def matching_keys(self, word: str) -> dict[str, tuple[float, str]]:
        """The index terms a query word meets: ``term → (factor, key)``, aliases resolved to their stems."""
        found: dict[str, tuple[float, str]] = {}
        terms = self.postings
        aliases = self.aliases
        candidates: list[str] = []
        # Exact and stem matches: the word itself and its prefixes of 3 letters or more (at most 4 shorter).
        if word in terms or word in aliases:
            candidates.append(word)
        for cut in range(max(MIN_STEM_MATCH, len(word) - MAX_EXTRA_LETTERS), len(word)):
            if word[:cut] in terms or word[:cut] in aliases:
                candidates.append(word[:cut])
        # Completions: the sorted keys that start with the word.
        if len(word) >= MIN_PREFIX:
            start = bisect.bisect_left(self._keys, word)
            for key in self._keys[start:]:
                if not key.startswith(word):
                    break
                if key != word:
                    candidates.append(key)
        for key in candidates:
            factor = key_matches(word, key)
            if not factor:
                continue
            term = key if key in terms else aliases[key]
            if term not in found or factor > found[term][0]:
                found[term] = (factor, key)
        return found

    def query(self, text: str, limit: int = MAX_RESULTS) -> list[SearchResult]:
        """Search like search.js does: every query word must match a page; rank by summed weights."""
        words: list[str] = []
        for word in _WORD_RE.findall(normalize_word(self.lang, text)):
            if len(word) > 1 and word not in self.stop and word not in words:
                words.append(word)
        if not words:
            return []
        per_word: list[dict[int, tuple[float, int]]] = []
        keys: list[str] = []
        for word in words:
            best: dict[int, tuple[float, int]] = {}
            for term, (factor, key) in sorted(self.matching_keys(word).items()):
                keys.extend(k for k in (key, term) if k not in keys)
                for doc, weight, where in self.postings[term]:
                    score = weight * factor
                    if doc not in best or score > best[doc][0]:
                        best[doc] = (score, where)
            if not best:
                return []
            per_word.append(best)
        common = set(per_word[0])
        for best in per_word[1:]:
            common &= set(best)
        ranked: list[tuple[float, int, int]] = []
        for doc in common:
            total = 0.0
            chosen: tuple[float, int] | None = None
            for best in per_word:
                score, where = best[doc]
                total += score
                # The place shown: the best-scoring hit that has a snippet, else the best-scoring hit.
                if (
                    chosen is None
                    or (where >= 0) > (chosen[1] >= 0)
                    or ((where >= 0) == (chosen[1] >= 0) and score > chosen[0])
                ):
                    chosen = (score, where)
            assert chosen is not None
            ranked.append((total, doc, chosen[1]))
        ranked.sort(key=lambda r: (-r[0], r[1]))
        results = []
        for total, doc, where in ranked[:limit]:
            url, title, part, summary, headings, snippets = self.pages[doc][:6]
            if where >= 0:
                heading, snippet = snippets[where]
            else:
                heading, snippet = -where - 2, summary
            results.append(
                SearchResult(
                    url=url,
                    anchor=headings[heading][0] if heading >= 0 else "",
                    title=title,
                    part=part,
                    heading=headings[heading][1] if heading >= 0 else "",
                    snippet=snippet,
                    score=total,
                    keys=keys,
                )
            )
        return results
