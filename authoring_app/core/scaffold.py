"""``handbook new``: a new, valid handbook with one part and one section to start writing in."""

from __future__ import annotations

from pathlib import Path

from .atomic import atomic_write_text
from .config import LANGUAGE_RE, HandbookConfig, Part
from .handbook import MEDIA_DIR
from .problems import HandbookLoadError, error
from .project_lock import ensure_git_ignored

#: Words for the first part and section in the languages the consortium writes in; others get English.
_STARTER = {
    "bg": ("Първа част", "Въведение", "Нов наръчник"),
    "ru": ("Часть 1", "Введение", "Новый справочник"),
    "en": ("Part 1", "Introduction", "New handbook"),
    "kk": ("1-бөлім", "Кіріспе", "Жаңа анықтамалық"),
    "ky": ("1-бөлүк", "Киришүү", "Жаңы колдонмо"),
    "tg": ("Қисми 1", "Муқаддима", "Дастури нав"),
    "tk": ("1-nji bölüm", "Giriş", "Täze gollanma"),
    "uz": ("1-qism", "Kirish", "Yangi qoʻllanma"),
}
FIRST_PART = "part-1"
FIRST_SECTION = "01-introduction"


def create_handbook(
    folder: Path, languages: list[str], source: str | None = None, title: str | None = None
) -> HandbookConfig:
    """Create a handbook in ``folder`` (which must not exist or be empty). Raises :class:`HandbookLoadError`."""
    folder = Path(folder)
    languages = [lang.strip() for lang in languages if lang.strip()]
    if not languages:
        raise HandbookLoadError(error("", None, "name at least one language, e.g. --languages bg,ru,en"))
    for lang in languages:
        if not LANGUAGE_RE.match(lang):
            raise HandbookLoadError(error("", None, f"'{lang}' is not a language code: use codes like bg, ru, en, kk"))
    if len(set(languages)) != len(languages):
        raise HandbookLoadError(error("", None, "a language is named twice in --languages"))
    source = source or languages[0]
    if source not in languages:
        raise HandbookLoadError(error("", None, f"the source language '{source}' is not among --languages"))
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise HandbookLoadError(error("", None, f"'{folder}' already exists and is not empty: choose a new folder"))

    part_title, section_title, default_title = _STARTER.get(source, _STARTER["en"])
    config = HandbookConfig(
        source_language=source,
        languages=languages,
        titles={source: title or default_title},
        parts=[Part(slug=FIRST_PART, titles={source: part_title}, sections=[FIRST_SECTION])],
    )
    folder.mkdir(parents=True, exist_ok=True)
    for lang in languages:
        (folder / lang).mkdir(exist_ok=True)
    (folder / MEDIA_DIR).mkdir(exist_ok=True)
    atomic_write_text(folder / "handbook.toml", config.to_toml())
    atomic_write_text(folder / source / f"{FIRST_SECTION}.md", f'---\ntitle: {section_title}\nsummary: ""\n---\n\n')
    ensure_git_ignored(folder)  # the app's lock (.handbook/lock) never goes into git, from the first commit on
    return config
