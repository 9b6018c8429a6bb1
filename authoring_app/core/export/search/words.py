"""Words, stems and the matching rule of the website's search (search.js has the same rules)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import snowballstemmer

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
