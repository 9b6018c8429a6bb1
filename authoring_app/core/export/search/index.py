"""Per-page fragments, their assembly into a language's index script, and the query side in Python."""

from __future__ import annotations

import bisect
import gzip
import heapq
import json
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, groupby
from operator import add, itemgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass
from .codes import _json, decode_names, decode_numbers, encode_names, encode_numbers, unzigzag, zigzag
from .constants import FORMAT_VERSION, GLOBAL_NAME, MAX_RESULTS, SNIPPET_CHARS
from .passages import SearchDoc
from .words import (
    _WORD_RE,
    MAX_EXTRA_LETTERS,
    MIN_PREFIX,
    MIN_STEM_MATCH,
    STOP_WORDS,
    key_matches,
    normalize_word,
    text_words,
    word_aliases,
    word_terms,
)

# --- building the index ------------------------------------------------------------------------------------------

#: Weights of a word's places in a page: title, keywords, a heading, the summary; body hits add one each, capped.
WEIGHT_TITLE = 10
WEIGHT_KEYWORD = 6
WEIGHT_HEADING = 5
WEIGHT_SUMMARY = 3
MAX_BODY_WEIGHT = 6

#: Where a passage is cut into sentences: the spaces after a sentence's end, which ends the sentence before (the
#: punctuation is captured: ``split`` gives the sentences without it and the punctuation in turn; a look-behind
#: instead is three times slower).
_SENTENCE_END_RE = re.compile(r"([.!?…:;])\s+")
#: A sentence end followed by more than one space (or another kind of space): :func:`_chunks` would change it.
_LOOSE_SENTENCE_END_RE = re.compile(r"[.!?:;](?:[^\S ]|\s\s)")


def _chunks(text: str) -> list[str]:
    """A passage cut into snippet-sized pieces: whole sentences packed up to :data:`SNIPPET_CHARS`, long ones cut at
    a word."""
    limit = SNIPPET_CHARS
    if len(text) <= limit and "…" not in text and not _LOOSE_SENTENCE_END_RE.search(text):
        # The common case, short: no sentence is cut, and they all fit in one piece, joined by the one space that
        # is between them already.
        text = text.strip()
        return [text] if text else []
    parts = _SENTENCE_END_RE.split(text)
    pieces: list[str] = []
    for sentence in [*map(add, parts[:-1:2], parts[1::2]), parts[-1]]:
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


def _greedy_cover(chunk_terms: list[set[str]], uncovered: set[str], budget: int) -> list[int]:
    """Up to ``budget`` chunks (their numbers) that cover ``uncovered`` greedily: each time the first chunk that
    covers most of what is still uncovered (at least one term).

    Lazily: what a chunk covers only shrinks, so the chunks wait in a heap by what they covered when last counted
    (then by number); the top one is counted again, and taken when its count has not changed (no other can beat it,
    nor tie with it from before it), else put back with its new count.
    """
    heap = [(-gain, n) for n, gain in enumerate(map(len, map(uncovered.intersection, chunk_terms)))]
    heapq.heapify(heap)
    kept: list[int] = []
    while heap and len(kept) < budget:
        stale, n = heap[0]
        if not stale:  # nothing covers anything more
            break
        gain = len(uncovered.intersection(chunk_terms[n]))
        if gain == -stale:
            heapq.heappop(heap)
            kept.append(n)
            uncovered = uncovered - chunk_terms[n]
        else:
            heapq.heapreplace(heap, (-gain, n))
    return kept


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

    Written for speed (it runs for every page of an export): few calls a word, most loops in C. The plain code it
    replaced, which it must equal byte for byte, is in tests/core/export/test_search_speed_equivalence.py.
    """
    # The words of the page's texts (see text_words): the title, keywords, summary, the headings' texts, then the
    # passages' chunks, in document order.
    passages_by_heading: dict[int, list[str]] = {}
    for heading, text in passages:
        passages_by_heading.setdefault(heading, []).append(text)
    chunks = [
        (heading, chunk)
        for heading in [-1, *range(len(headings))]
        for text in passages_by_heading.get(heading, ())
        for chunk in _chunks(text)
    ]
    words = text_words(
        lang, [title, " ".join(keywords), summary, *(text for _, text in headings), *(chunk for _, chunk in chunks)]
    )

    # Their terms, a dictionary look-up a word (see word_terms); the body is the chunks.
    term_of = word_terms(lang).__getitem__
    title_terms, keyword_terms, summary_terms, *text_terms = [list(filter(None, map(term_of, w))) for w in words]
    heading_terms = text_terms[: len(headings)]
    chunk_terms = list(map(set, text_terms[len(headings) :]))
    body = Counter(chain.from_iterable(text_terms[len(headings) :]))
    in_title = set(title_terms)

    # Weights: body hits (capped), then the title, keywords, summary and headings.
    weights = {term: count if count < MAX_BODY_WEIGHT else MAX_BODY_WEIGHT for term, count in body.items()}
    for terms, weight in (
        (in_title, WEIGHT_TITLE),
        (set(keyword_terms), WEIGHT_KEYWORD),
        (set(summary_terms), WEIGHT_SUMMARY),
        (set().union(*heading_terms), WEIGHT_HEADING),
    ):
        for term in terms:
            weights[term] = weights.get(term, 0) + weight

    # Keep a few snippets: greedy cover of the page's terms (title words show the summary anyway).
    kept = _greedy_cover(chunk_terms, set().union(*chunk_terms) - in_title, snippet_budget(len(chunks), glossary))
    kept.sort()
    snippets = [[chunks[i][0], chunks[i][1]] for i in kept]

    # Where each term is shown: the top of the page for the title's; else the first kept snippet that has it; else
    # (as -heading - 2) the first heading's part it occurs in; else (keywords, summary) the top of the page. Each
    # kind of place is written from the last to the first, so that the first one wins.
    where = dict.fromkeys(weights, -1)
    places = [(-heading - 2, terms) for heading, terms in enumerate(heading_terms)]  # document order
    places += [(-heading - 2, terms) for (heading, _), terms in zip(chunks, chunk_terms, strict=True)]
    places.sort(key=itemgetter(0))  # the last heading first
    for place, group in groupby(places, itemgetter(0)):
        where.update(dict.fromkeys(chain.from_iterable(map(itemgetter(1), group)), place))
    for n in reversed(range(len(kept))):
        where.update(dict.fromkeys(chunk_terms[kept[n]], n))
    where.update(dict.fromkeys(in_title, -1))

    entries = sorted(weights)
    classes = list(zip(map(weights.__getitem__, entries), map(where.__getitem__, entries), strict=True))
    counts = Counter(classes)
    order = sorted(counts)
    order.sort(key=counts.__getitem__, reverse=True)  # the commonest classes (stable) get one-digit numbers
    number = {c: n for n, c in enumerate(order)}
    codes = [len(order)]
    for weight, place in order:
        codes += [weight, zigzag(place)]
    codes += map(number.__getitem__, classes)
    position = dict(zip(entries, range(len(entries)), strict=True))
    alias_of = word_aliases(lang)
    alias_words = set(filter(alias_of.__getitem__, chain.from_iterable(words)))  # (a dictionary look-up a word)
    aliases = sorted((position[alias_of[word]], word) for word in alias_words if word not in position)
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
