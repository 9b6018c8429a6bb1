"""File names and content identity in ``media/``: safe ASCII slugs, free names, "is this file already there?"."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

#: Cyrillic letters of Bulgarian, Russian, Ukrainian, Serbian, Kazakh, Kyrgyz and Tajik, in plain Latin.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ђ": "dj", "ј": "j",
    "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o",
    "ұ": "u", "ү": "u", "һ": "h", "ӣ": "i", "ӯ": "u", "ҳ": "h", "ҷ": "j",
}  # fmt: skip
#: Latin letters that Unicode does not decompose into a base letter and a mark.
_LATIN = {"ı": "i", "ə": "a", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}
_SIGN_VOWELS = set("еёюяєї")


def media_slug(text: str, *, fallback: str = "media", max_length: int = 60) -> str:
    """A lowercase ASCII file-name stem: Cyrillic transliterated, accents dropped, anything else a ``-``.

    The Cyrillic hard sign is Bulgarian ``ъ`` → ``a`` (``съвет`` → ``savet``), except before the vowels after which
    Russian uses it as a separator (``объект`` → ``obekt``).
    """
    letters: list[str] = []
    lower = text.lower()
    for index, char in enumerate(lower):
        if char == "ъ":
            following = lower[index + 1] if index + 1 < len(lower) else ""
            letters.append("" if following in _SIGN_VOWELS else "a")
        elif char in _CYRILLIC:
            letters.append(_CYRILLIC[char])
        elif char in _LATIN:
            letters.append(_LATIN[char])
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            letters.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    ascii_text = "".join(letters).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip("-")
    return slug or fallback


def existing_names(folder: Path) -> set[str]:
    """File names in ``folder`` in lower case: a name differing only in case is taken on Windows and macOS."""
    try:
        return {child.name.lower() for child in folder.iterdir()}
    except OSError:
        return set()


def unique_name(folder: Path, stem: str, suffix: str, *, whole_stem: bool = False) -> str:
    """``stem + suffix``, or with ``-2``, ``-3`` … when taken.

    ``whole_stem`` (video, audio) also counts ``stem.*`` files as taken, so that the new file's caption and
    transcript files (``stem.bg.vtt``) can never be another recording's.
    """
    names = existing_names(folder)
    number = 1
    while True:
        candidate = stem if number == 1 else f"{stem}-{number}"
        name = candidate + suffix
        taken = name in names
        if whole_stem and not taken:
            taken = any(existing.startswith(candidate + ".") for existing in names)
        if not taken:
            return name
        number += 1


def digest(data: bytes) -> str:
    """SHA-256 of ``data`` in hex: how content is recognised in ``media/``."""
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            sha.update(chunk)
    return sha.hexdigest()


def find_same_content(folder: Path, size: int, sha256: str, suffixes: set[str]) -> Path | None:
    """A file in ``folder`` with exactly this content (compared by size first, then SHA-256)."""
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return None
    for child in children:
        if child.name.startswith(".") or child.suffix.lower() not in suffixes:
            continue
        try:
            if not child.is_file() or child.stat().st_size != size:
                continue
            if file_digest(child) == sha256:
                return child
        except OSError:
            continue
    return None
