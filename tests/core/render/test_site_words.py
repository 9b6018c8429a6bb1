"""The words the renderer puts on pages: complete in every language it ships, and written in the right script."""

from __future__ import annotations

import re

import pytest

from authoring_app.core.render.site_words import ENGLISH, known_languages, language_name, words

LANGUAGES = ["en", "bg", "ru", "kk", "ky", "tg", "tk", "uz"]
CYRILLIC = {"bg", "ru", "kk", "ky", "tg"}


def test_every_shipped_language_has_its_own_words() -> None:
    assert sorted(known_languages()) == sorted(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_words_are_complete_and_keep_their_placeholders(lang: str) -> None:
    page_words = words(lang)
    assert page_words.keys() == ENGLISH.keys()
    for key, english in ENGLISH.items():
        assert page_words[key].strip(), key
        assert set(re.findall(r"\{\w+\}", page_words[key])) == set(re.findall(r"\{\w+\}", english)), key
        if lang != "en" and key != "question_of":
            assert page_words[key] != english, f"{lang}: {key} is not translated"
    assert page_words["question_of"].format(n=2, total=3)


@pytest.mark.parametrize("lang", sorted(CYRILLIC))
def test_cyrillic_languages_are_written_in_cyrillic(lang: str) -> None:
    for key, text in words(lang).items():
        letters = re.sub(r"\{\w+\}|[^\w]|\d", "", text)
        assert re.fullmatch(r"[\u0400-\u04FF]+", letters), (key, text)


@pytest.mark.parametrize("lang", ["tk", "uz"])
def test_latin_languages_are_written_in_latin(lang: str) -> None:
    for key, text in words(lang).items():
        assert not re.search(r"[\u0400-\u04FF]", text), (key, text)
        assert "'" not in text and "‘" not in text, f"{lang}: use ʻ (U+02BB) in oʻ/gʻ: {text}"


def test_uzbek_uses_the_modifier_letter_turned_comma() -> None:
    assert words("uz")["correct"] == "Toʻgʻri"
    assert language_name("uz") == "O\u02bbzbekcha"


def test_unknown_language_falls_back_to_english_and_regional_codes_to_their_language() -> None:
    assert words("fr") == ENGLISH
    assert words("kk-KZ")["transcript"] == words("kk")["transcript"]


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("bg", "Български"),
        ("ru", "Русский"),
        ("en", "English"),
        ("kk", "Қазақша"),
        ("ky", "Кыргызча"),
        ("tg", "Тоҷикӣ"),
        ("tk", "Türkmençe"),
        ("uz", "Oʻzbekcha"),
        ("fr", "fr"),
    ],
)
def test_language_names_are_their_own(code: str, name: str) -> None:
    assert language_name(code) == name
