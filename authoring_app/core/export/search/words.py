"""Words, stems and the matching rule of the website's search (search.js has the same rules)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass


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


def _cp1251_words_table() -> tuple[bytes, bytes]:
    """:func:`normalize_word` (but NFC) and the split into words for text written in code page 1251, as arguments of
    ``bytes.translate``: a letter or digit becomes its lower case (``ё`` ``е``), the apostrophes go, a line break
    stays, anything else becomes a space."""
    table = bytearray(b" " * 256)
    delete = bytearray()
    for byte in range(256):
        try:
            char = bytes([byte]).decode("cp1251")
        except UnicodeDecodeError:  # 0x98: no character
            continue
        normalized = _REMOVED_RE.sub("", char.lower().replace("ё", "е"))
        if not normalized:
            delete.append(byte)
        elif normalized == "\n" or normalized.isalnum():
            table[byte] = normalized.encode("cp1251")[0]  # one character of code page 1251 (the tests check it)
    return bytes(table), bytes(delete)


_CP1251_WORDS_TABLE, _CP1251_WORDS_DELETE = _cp1251_words_table()


def text_words(lang: str, texts: list[str]) -> list[list[str]]:
    """``[_WORD_RE.findall(normalize_word(lang, text)) for text in texts]``: the words of each text, normalised, in
    order (one-letter words and stop words included). Faster than that, when no text has a line break (it joins
    them with line breaks: after NFC, normalisation is one character at a time, and no word has a line break):

    - when code page 1251 can write the text (it has ASCII and the Cyrillic of Russian and Bulgarian), a byte table
      does the rest of the normalisation and makes everything but letters and digits a space
      (:func:`_cp1251_words_table`), and the words are split at the spaces, several times faster than the regular
      expressions;
    - else the texts are normalised in one call and split again.
    """
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        return [_WORD_RE.findall(normalize_word(lang, text)) for text in texts]
    joined = unicodedata.normalize("NFC", joined)
    try:
        spaced = joined.encode("cp1251")
    except UnicodeEncodeError:  # letters that code page 1251 has not (Kazakh, combining accents, ...)
        return [_WORD_RE.findall(text) for text in normalize_word(lang, joined).split("\n")]
    spaced = spaced.translate(_CP1251_WORDS_TABLE, _CP1251_WORDS_DELETE).decode("cp1251")
    return [text.split() for text in spaced.split("\n")]


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
    import snowballstemmer  # only for the languages that use it (it loads all its stemmers at once)

    return snowballstemmer.stemmer(_SNOWBALL[lang])


@lru_cache(maxsize=262144)
def stem(lang: str, word: str) -> str:
    """The index term of a normalised word: a Snowball stem (ru, en), a light stem (bg), else the word itself."""
    if lang in _SNOWBALL:
        return _snowball(lang).stemWord(word)
    if lang == "bg":
        return stem_bulgarian(word)
    return word


class _WordTerms(dict[str, str]):
    """A word as :data:`_WORD_RE` finds it in normalised text → its index term, or "" when it has none (one letter,
    a stop word): :func:`tokenize`'s filter and :func:`stem` in one dictionary look-up (see :func:`word_terms`)."""

    __slots__ = ("lang", "stop")

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.stop = STOP_WORDS.get(lang, frozenset())

    def __missing__(self, word: str) -> str:
        term = stem(self.lang, word) if len(word) > 1 and word not in self.stop else ""
        if len(self) >= _MAX_WORD_TERMS:  # bounded like stem's cache
            self.clear()
        self[word] = term
        return term


class _WordAliases(dict[str, str]):
    """A word → its term when the word is an alias of it (see :func:`word_aliases`), else ""."""

    __slots__ = ("terms",)

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.terms = word_terms(lang)

    def __missing__(self, word: str) -> str:
        term = self.terms[word]
        alias = term if term and not key_matches(word, term) else ""
        if len(self) >= _MAX_WORD_TERMS:
            self.clear()
        self[word] = alias
        return alias


_MAX_WORD_TERMS = 262144
_WORD_TERMS: dict[str, _WordTerms] = {}
_WORD_ALIASES: dict[str, _WordAliases] = {}


def word_terms(lang: str) -> dict[str, str]:
    """The words of a language → their index terms ("" for a word that is not indexed), a dictionary that fills
    itself: ``[t for t in map(word_terms(lang).__getitem__, _WORD_RE.findall(normalize_word(lang, text))) if t]``
    is ``[stem(lang, w) for w in tokenize(lang, text)]`` without the stems that are "" (page_terms's hot loop)."""
    terms = _WORD_TERMS.get(lang)
    if terms is None:
        terms = _WORD_TERMS[lang] = _WordTerms(lang)
    return terms


def word_aliases(lang: str) -> dict[str, str]:
    """The words of a language → the term each is an alias of: its term when the term does not reach the word by
    the matching rules (:func:`key_matches`: English ``study`` → ``studi``), "" when it does or the word has no
    term. A dictionary that fills itself, like :func:`word_terms`."""
    aliases = _WORD_ALIASES.get(lang)
    if aliases is None:
        aliases = _WORD_ALIASES[lang] = _WordAliases(lang)
    return aliases


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
