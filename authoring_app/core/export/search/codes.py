"""The compact codes of the search index (search.js has the same decoders)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from operator import ne
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    pass


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


class _NumberCodes(dict[int, str]):
    """A number → its code (:func:`_put_number`): the codes of 0 to 1023 made once, any other made when asked."""

    def __missing__(self, value: int) -> str:
        out: list[str] = []
        _put_number(out, value)
        return "".join(out)


_NUMBER_CODES = _NumberCodes()
_NUMBER_CODES.update((value, _NUMBER_CODES[value]) for value in range(1024))


def encode_numbers(numbers: Iterable[int]) -> str:
    """Numbers ≥ 0 as a string: one character each below 32, two below 1024, ..."""
    return "".join(map(_NUMBER_CODES.__getitem__, numbers))


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
#: The same for text that code page 1251 can write (Russian, Bulgarian, English, ...), where ``а``–``я`` are the bytes
#: E0–FF: a byte table translates it much faster than a character dictionary does.
_CP1251_TO_TRANSPORT = bytes(range(0xE0)) + TRANSPORT_LETTERS.encode("ascii")
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
    if bases is None:
        bases = ["", *terms[:-1]] if terms else []
    joined = "".join(terms)
    if len(joined.encode("utf-16-le", "surrogatepass")) > 2 * len(joined):  # letters of two UTF-16 code units
        for base, term in zip(bases[: len(terms)], terms, strict=True):
            units, kept = _shared(base, term)
            out += (SHARED_MARKS[units], term[kept:])
    else:  # one code unit a letter: what the term shares with its base, up to MAX_SHARED letters
        for base, term in zip(bases[: len(terms)], terms, strict=True):
            kept = 0
            for differs in map(ne, term, base):  # (zip with strict= is twice as slow to start)
                if differs:
                    break
                kept += 1
            if kept > MAX_SHARED:
                kept = MAX_SHARED
            out += (SHARED_MARKS[kept], term[kept:])
    return _to_transport("".join(out))


def _to_transport(text: str) -> str:
    """``text.translate(_TO_TRANSPORT)``: Cyrillic ``а``–``я`` in :data:`TRANSPORT_LETTERS`."""
    try:
        return text.encode("cp1251").translate(_CP1251_TO_TRANSPORT).decode("cp1251")
    except UnicodeEncodeError:  # letters that code page 1251 has not (Kazakh, Uzbek, ...)
        return text.translate(_TO_TRANSPORT)


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
