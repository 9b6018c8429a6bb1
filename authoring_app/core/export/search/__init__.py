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

from .codes import (  # noqa: F401 - the package's public names
    CODE_DIGITS,
    MAX_SHARED,
    SHARED_MARKS,
    TRANSPORT_LETTERS,
    decode_names,
    decode_numbers,
    encode_names,
    encode_numbers,
    unzigzag,
    zigzag,
)
from .constants import (  # noqa: F401 - the package's public names
    FORMAT_VERSION,
    GLOBAL_NAME,
    MAX_RESULTS,
    SNIPPET_CHARS,
)
from .index import (  # noqa: F401 - the package's public names
    GLOSSARY_PAGE,
    MAX_BODY_WEIGHT,
    MAX_GLOSSARY_SNIPPETS,
    WEIGHT_HEADING,
    WEIGHT_KEYWORD,
    WEIGHT_SUMMARY,
    WEIGHT_TITLE,
    SearchIndex,
    SearchResult,
    assemble_index_js,
    build_index,
    page_fragment,
    page_terms,
    snippet_budget,
)
from .passages import (  # noqa: F401 - the package's public names
    SearchDoc,
    docs_from_rendered,
    passages_from_html,
)
from .words import (  # noqa: F401 - the package's public names
    MAX_EXTRA_LETTERS,
    MIN_PREFIX,
    MIN_STEM_MATCH,
    PREFIX_FACTOR,
    STOP_WORDS,
    key_matches,
    normalize_word,
    stem,
    stem_bulgarian,
    tokenize,
)
