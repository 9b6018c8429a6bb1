"""The search's fast code gives exactly what the plain code gave (authoring_app/core/export/search/).

:func:`passages_from_html` and :func:`page_terms` run for every page of an export, so they were rewritten for
speed: a regular expression instead of ``html.parser`` for rendered HTML, dictionary look-ups instead of calls a
word, byte tables for code page 1251 text, a lazy greedy cover. The index must not change by a byte (search.js
reads it), so the plain code they replaced is kept here as the reference, and the two are compared on the sample
handbook and on odd input made to reach every fallback.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sample_pages import render_page

from authoring_app.core.config import load_config
from authoring_app.core.export.search import (
    MAX_BODY_WEIGHT,
    SNIPPET_CHARS,
    WEIGHT_HEADING,
    WEIGHT_KEYWORD,
    WEIGHT_SUMMARY,
    WEIGHT_TITLE,
    codes,
    encode_names,
    encode_numbers,
    key_matches,
    normalize_word,
    page_terms,
    passages_from_html,
    snippet_budget,
    stem,
    tokenize,
    words,
    zigzag,
)
from authoring_app.core.export.search import passages as passages_module
from authoring_app.core.export.search.codes import _TO_TRANSPORT, SHARED_MARKS, _json, _put_number, _shared
from authoring_app.core.export.search.index import _fingerprint
from authoring_app.core.export.search.passages import _BLOCK_TAGS, _SKIP_CLASSES, _SKIP_TAGS, _VOID_TAGS
from authoring_app.core.render import SectionRenderer

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample-handbook"

# --- the plain code (as it was before the fast code) ----------------------------------------------------------------


class _ReferencePassageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, frozenset[str]]] = []
        self.skipping = 0
        self.heading = -1
        self.in_heading = False
        self.buffer: list[str] = []
        self.passages: list[tuple[int, str]] = []
        self.cells = 0

    def flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.buffer)).strip(" ·—")
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
        while self.stack:
            name, skip, _ = self.stack.pop()
            if skip:
                self.skipping -= 1
            elif not self.skipping and name in _BLOCK_TAGS and name != "dt":
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


def reference_passages(html: str) -> list[tuple[int, str]]:
    parser = _ReferencePassageParser()
    parser.feed(html)
    parser.close()
    return parser.passages


def _reference_chunks(text: str) -> list[str]:
    limit = SNIPPET_CHARS
    pieces: list[str] = []
    for sentence in re.split(r"(?<=[.!?…:;])\s+", text):
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


def reference_encode_names(terms: Sequence[str], bases: Sequence[str] | None = None) -> str:
    out: list[str] = []
    previous = ""
    for n, term in enumerate(terms):
        units, kept = _shared(bases[n] if bases is not None else previous, term)
        out.append(SHARED_MARKS[units])
        out.append(term[kept:])
        previous = term
    return "".join(out).translate(_TO_TRANSPORT)


def reference_encode_numbers(numbers: Sequence[int]) -> str:
    out: list[str] = []
    for value in numbers:
        _put_number(out, value)
    return "".join(out)


def reference_page_terms(
    lang: str,
    passages: Sequence[tuple[int, str]],
    title: str,
    summary: str,
    headings: Sequence[tuple[str, str]],
    keywords: Sequence[str],
    *,
    glossary: bool = False,
) -> str:
    surface: dict[str, str] = {}

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
    first_place: dict[str, int] = {}
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
            for chunk in _reference_chunks(text):
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
    counts: dict[tuple[int, int], int] = {}
    for c in classes:
        counts[c] = counts.get(c, 0) + 1
    order = sorted(counts, key=lambda c: (-counts[c], c))
    number = {c: n for n, c in enumerate(order)}
    numbers = [len(order)]
    for weight, where in order:
        numbers += [weight, zigzag(where)]
    numbers += [number[c] for c in classes]
    position = {term: n for n, term in enumerate(entries)}
    aliases = sorted(
        (position[term], word) for word, term in surface.items() if word not in position and not key_matches(word, term)
    )
    targets = [n for n, _ in aliases]
    numbers += [n - previous for n, previous in zip(targets, [0, *targets], strict=False)]
    names = reference_encode_names(entries)
    alias_names = reference_encode_names([word for _, word in aliases], [entries[n] for n in targets])
    return _json(
        [_fingerprint(title, summary, headings), snippets, names, reference_encode_numbers(numbers), alias_names]
    )


# --- the sample handbook --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_pages() -> list[dict]:
    """Every page of the sample handbook, rendered, with what page_terms is given for it."""
    root = SAMPLE.resolve()
    config = load_config(root)
    renderer = SectionRenderer()
    pages = []
    for lang in config.languages:
        for path in sorted((root / lang).glob("*.md")):
            rendered = render_page(renderer, root, config, lang, path)
            keywords = rendered.front.data.get("keywords") if rendered.front else None
            pages.append(
                {
                    "lang": lang,
                    "html": rendered.html,
                    "title": rendered.title or path.stem,
                    "summary": str(rendered.front.summary or "") if rendered.front else "",
                    "headings": [(h.id, h.text) for h in rendered.headings if h.level in (2, 3)],
                    "keywords": [str(k) for k in keywords or [] if k is not None] if isinstance(keywords, list) else [],
                    "glossary": path.stem == "glossary",
                }
            )
    assert len({page["lang"] for page in pages}) >= 5
    return pages


def _terms_args(page: dict, found: list[tuple[int, str]]) -> tuple:
    return page["lang"], found, page["title"], page["summary"], page["headings"], page["keywords"]


def test_sample_passages_and_terms_are_as_before(sample_pages: list[dict]) -> None:
    for page in sample_pages:
        found = passages_from_html(page["html"])
        assert found == reference_passages(page["html"])
        args = _terms_args(page, found)
        assert page_terms(*args, glossary=page["glossary"]) == reference_page_terms(*args, glossary=page["glossary"])


def test_rendered_html_is_read_by_the_regular_expression_and_html_parser_alike(sample_pages: list[dict]) -> None:
    for page in sample_pages:
        fast = passages_module._read_passages(passages_module._TOKEN_RE.findall(page["html"]))
        assert fast is not None, "rendered HTML should not need html.parser"
        parser = passages_module._HTMLParserTokens()
        parser.feed(page["html"])
        parser.close()
        assert passages_module._read_passages(parser.tokens) == fast


# --- odd input ------------------------------------------------------------------------------------------------------

#: One odd thing each (a page with one thing that the regular expression does not read is read by html.parser).
ODD_HTML = [
    "<p>a &amp; b &lt;c&gt; &#8212; &nbsp;x &amp</p>",
    "<p>&ampx; &#x41; &#65 &notit; &amp;amp;</p>",
    "<p>tail &am",
    '<P CLASS="hb-generated">upper case</P><p>y</p>',
    "<TD>1</TD><Td>2</tD>",
    "<p>a<!-- c <p> -->b</p>",
    "<!DOCTYPE html><p>d</p>",
    "<?pi x?><p>q</p>",
    '<script>var a = "<p>";</script><p>x</p>',
    "<style>p{}</style>s",
    "<textarea><p>t</p></textarea>u",
    '<details class="hb-transcript"><summary>Transcript</summary><p>text</p></details>',
    '<div class="hb-transcript"><div><summary>deep</summary></div></div><summary>top</summary>',
    '<h2 id="a">Head</h2><p>one</p><h3>two</h3>three<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>',
    "<p>a<br>b<br/>c<br />d</p><div/>e",
    '<span aria-hidden="true">hidden</span>shown',
    "<span aria-hidden=true>unquoted</span>shown",
    '<p class="a" class="hb-generated">dup</p><p class="hb-generated" class>dup2</p><p class="">e</p>',
    '<p title="a>b" class="hb-quiz-hint">x</p>y',
    "<p class='hb-quiz-hint'>single</p>z",
    "<p>x < y</p>",
    "<dl><dt>Term</dt><dd>Def</dd></dl><label>L</label><select><option>o</option></select><label>x<input>y</label>",
    "<ul><li>a<ul><li>b</li></ul></li></ul></p></div>stray",
    "<h2>unclosed<p>inside",
    '<h2><span class="hb-generated">x</span>H</h2>after<h3>h</h3><h2 class="hb-generated">g</h2>z',
    '<p  class = "hb-generated" >s</p>t',
    '<p\tclass="hb-generated"\n>s</p>t',
    "<p class=hb-generated>u</p>v",
    '<a-b class="hb-generated">c</a-b>d',
    "<p>a</p >b<p>a</p\n>b",
    "<p>a</ p>b",
    '<p class="a&amp;b hb-generated">amp</p>k',
    '<p data-class="hb-generated" href="class">kept</p>',
    '<p CLASS="hb-generated">upper-case attribute</p>',
    "<p>Σ σ ς ΑΣ \xa0 x \u2028 y \x1c z</p><p>\u00a0</p><p> · — </p>",
    "<button>b</button><video>v<p>in</p></video><audio/>after",
    "<p/>x<p>y<div><p>a</div>b</p>c<hr/>",
    '<svg><text>s</text></svg>after<p>x<span class="footnote-ref">1</span></p><br class="hb-generated">x',
]
_HTML_PARTS = [
    *words._word_list("<p> </p> <h2> </h2> <h3> </h3> <td> </td> <tr> </tr> <dt> </dt> <dd> </dd> <li> </li>"),
    *words._word_list("<div> </div> <label> </label> <br> <summary> </summary> <option> </option> <button>"),
    *words._word_list("</button> <!--c--> <x/>"),
    '<h3 class="hb-generated">',
    '<span aria-hidden="true">',
    "</span>",
    '<details class="hb-transcript">',
    "</details>",
    "word ",
    "слово. ",
    "&amp; ",
    " · ",
    "<P>",
]


def test_odd_html_is_read_as_before() -> None:
    rng = random.Random(1)
    htmls = ODD_HTML + ["".join(rng.choice(_HTML_PARTS) for _ in range(rng.randint(1, 25))) for _ in range(3000)]
    for html in htmls:
        assert passages_from_html(html) == reference_passages(html), html


_WORDS = words._word_list(
    "лаборатория лабораторией лабораториите Ёлка ёж студент студентов учебен учебна технологии study studies "
    "gamification gamified the and of o'qitish oʻqitish қазақстан ойындар мәтін Σίσυφος ΟΔΟΣ café naïve straße "
    "İstanbul 123 4g x y а и в ПРИВЕТ ударе́ние e\u0301 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀smile a_b ŉ ǅ ﬁne test… Hello! What? yes: end. "
)
_SEPARATORS = [" ", " ", " ", ", ", ". ", "! ", "? ", ": ", "; ", "… ", "  ", "\n", "\t", " — ", " · ", ".\n", ".  "]
_SEPARATORS += ["\xa0", "'", "’", "\u2028"]


def _cp1251(text: str) -> bool:
    try:
        text.encode("cp1251")
    except UnicodeEncodeError:
        return False
    return True


#: Words and separators by kind of page: what code page 1251 writes, without line breaks (the fast way through
#: text_words), with them, anything.
_KINDS = {
    "plain": ([w for w in _WORDS if _cp1251(w)], [s for s in _SEPARATORS if _cp1251(s) and "\n" not in s]),
    "lines": ([w for w in _WORDS if _cp1251(w)], [s for s in _SEPARATORS if _cp1251(s)]),
    "any": (_WORDS, _SEPARATORS),
}


def _odd_text(rng: random.Random, words: int, kind: str) -> str:
    vocabulary, separators = _KINDS[kind]
    text = "".join(rng.choice(vocabulary) + rng.choice(separators) for _ in range(rng.randint(0, words)))
    return text.strip(rng.choice(["", " "]))


def test_terms_of_odd_pages_are_as_before() -> None:
    rng = random.Random(2)
    for _ in range(500):
        lang = rng.choice(["ru", "bg", "en", "kk", "uz", "xx"])
        kind = rng.choice(["plain", "plain", "lines", "any"])

        def text(words: int, kind: str = kind) -> str:
            return _odd_text(rng, words, kind)

        headings = [(f"h{n}", text(4)) for n in range(rng.randint(0, 5))]
        found = [
            (rng.randint(-1, len(headings) - 1), text(rng.choice([3, 10, 40, 80]))) for _ in range(rng.randint(0, 30))
        ]
        keywords = [text(2) for _ in range(rng.randint(0, 3))]
        args = (lang, found, text(5), text(12), headings, keywords)
        glossary = rng.random() < 0.2
        assert page_terms(*args, glossary=glossary) == reference_page_terms(*args, glossary=glossary), args


def test_codes_are_as_before() -> None:
    rng = random.Random(3)
    for _ in range(500):
        terms = sorted({normalize_word("xx", rng.choice(_WORDS)) for _ in range(rng.randint(0, 20))})
        assert encode_names(terms) == reference_encode_names(terms)
        bases = [rng.choice(_WORDS) for _ in terms]
        assert encode_names(terms, bases) == reference_encode_names(terms, bases)
        numbers = [rng.choice([0, 1, 31, 32, 1023, 1024, 5000, 10**7]) for _ in range(rng.randint(0, 10))]
        assert encode_numbers(numbers) == reference_encode_numbers(numbers)
    long = ["a" * 20, "a" * 30, "a" * 30 + "b"]
    assert encode_names(long) == reference_encode_names(long)


def test_code_page_1251_tables_are_the_normalisation() -> None:
    """Every character of code page 1251 is normalised and split into words by the byte tables as by the regular
    expressions; Cyrillic goes to the transport letters the same way."""
    chars = [bytes([byte]).decode("cp1251") for byte in range(256) if byte != 0x98]
    for char in chars:
        lowered = char.lower()
        assert len(lowered) == 1 and lowered.encode("cp1251")
    texts = ["".join(chars), " ".join(chars), "x".join(chars), "".join(chars).upper(), "Ёлка o'qitish ‘ё’ `x`"]
    expected = [re.findall(r"[^\W_]+", normalize_word("ru", text)) for text in texts]
    assert words.text_words("ru", texts) == expected
    bmp = "".join(chr(n) for n in range(0x10000) if not 0xD800 <= n < 0xE000)
    assert codes._to_transport(bmp) == bmp.translate(_TO_TRANSPORT)
    cyrillic = bytes(range(0xC0, 0x100)).decode("cp1251")  # А–я
    assert codes._to_transport(cyrillic) == cyrillic.translate(_TO_TRANSPORT)
    assert unicodedata.normalize("NFC", cyrillic) == cyrillic
