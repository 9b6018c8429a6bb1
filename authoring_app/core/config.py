"""``handbook.toml``: the typed schema of a handbook, read with line numbers for every complaint.

Shape (see the bundled sample)::

    [handbook]
    source_language = "bg"
    languages = ["bg", "ru", "en"]
    [handbook.title]
    bg = "…"
    [languages.kk]          # optional per-language options; room for more
    pivot = "ru"
    [[part]]
    slug = "foundations"
    title.bg = "Основи"
    sections = ["01-blended-learning", "02-flipped-classroom"]
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .problems import HandbookLoadError, Problem, error, warning

CONFIG_NAME = "handbook.toml"
#: Lower-case letters, digits, ``-`` and ``_``; no dots, slashes or spaces, so a slug can never leave its folder.
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
#: File names a language folder may hold besides the sections.
RESERVED_SECTION_NAMES = frozenset({"glossary", "index"})


@dataclass
class LanguageOptions:
    """Per-language settings from ``[languages.<code>]``."""

    code: str
    #: Translate from this language instead of the source (e.g. Kazakh from Russian).
    pivot: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Part:
    slug: str
    titles: dict[str, str]
    sections: list[str]
    line: int | None = None

    def title(self, lang: str, fallback: str | None = None) -> str:
        return self.titles.get(lang) or (self.titles.get(fallback, "") if fallback else "") or self.slug


@dataclass
class HandbookConfig:
    source_language: str
    languages: list[str]
    titles: dict[str, str]
    parts: list[Part]
    language_options: dict[str, LanguageOptions] = field(default_factory=dict)
    #: The raw text, kept to locate lines for messages.
    text: str = ""

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get(self.source_language) or ""

    @property
    def sections(self) -> list[str]:
        """All section slugs in reading order."""
        return [slug for part in self.parts for slug in part.sections]

    @property
    def target_languages(self) -> list[str]:
        return [lang for lang in self.languages if lang != self.source_language]

    def part_of(self, slug: str) -> Part | None:
        return next((part for part in self.parts if slug in part.sections), None)

    def pivot_of(self, lang: str) -> str:
        """The language ``lang`` is translated from: its pivot, or the source language."""
        options = self.language_options.get(lang)
        return options.pivot if options and options.pivot else self.source_language

    def line_of(self, needle: str, start: int = 1) -> int | None:
        """The first line at or after ``start`` that contains ``needle``."""
        for number, line in enumerate(self.text.split("\n")[start - 1 :], start=start):
            if needle in line:
                return number
        return None

    def validate(self) -> tuple[list[Problem], list[Problem]]:
        """``(errors, warnings)`` about the configuration itself (not the files it names)."""
        return validate_config(self)

    def to_toml(self) -> str:
        """Deterministic TOML text of this configuration (the order a person would write)."""
        return dump_config(self)


def load_config(root: Path) -> HandbookConfig:
    """Read ``root/handbook.toml``. Raises :class:`HandbookLoadError` when it cannot be used at all."""
    path = root / CONFIG_NAME
    if not root.is_dir():
        raise HandbookLoadError(
            error(
                "",
                None,
                f"'{root}' is not a folder: open the folder that holds {CONFIG_NAME}",
                code="not-a-folder",
            )
        )
    if not path.is_file():
        raise HandbookLoadError(
            error(
                CONFIG_NAME,
                None,
                f"no {CONFIG_NAME} in '{root}': is this a handbook folder? Create one with 'handbook new'",
                code="no-config",
            )
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise HandbookLoadError(
            error(CONFIG_NAME, None, f"cannot read the file: {exc.strerror}", code="unreadable")
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise HandbookLoadError(
            error(CONFIG_NAME, line, "the file is not UTF-8 text: save it as UTF-8", code="encoding")
        ) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column, reason = _toml_position(exc, text)
        raise HandbookLoadError(
            error(CONFIG_NAME, line, f"the file is not valid TOML: {reason}", code="toml-syntax", column=column)
        ) from exc
    except RecursionError as exc:
        raise HandbookLoadError(error(CONFIG_NAME, None, "the file is nested too deeply", code="toml-syntax")) from exc
    return _build_config(data, text)


def _toml_position(exc: tomllib.TOMLDecodeError, text: str) -> tuple[int | None, int | None, str]:
    line = getattr(exc, "lineno", None)
    column = getattr(exc, "colno", None)
    message = getattr(exc, "msg", None) or str(exc)
    match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    if line is None and match:
        line, column = int(match.group(1)), int(match.group(2))
    elif line is None and "end of document" in str(exc):
        line = text.count("\n") + 1
    message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
    return line, column, message


def _fail(text: str, needle: str, message: str, code: str) -> HandbookLoadError:
    line = next((n for n, row in enumerate(text.split("\n"), 1) if needle in row), None) if needle else None
    return HandbookLoadError(error(CONFIG_NAME, line, message, code=code))


def _build_config(data: dict[str, Any], text: str) -> HandbookConfig:
    head = data.get("handbook")
    if not isinstance(head, dict):
        raise _fail(text, "", "there is no [handbook] table: add one with source_language and languages", "schema")
    source = head.get("source_language")
    if not isinstance(source, str):
        raise _fail(
            text,
            "source_language",
            '[handbook] needs source_language = "bg" (a language code as text)',
            "schema",
        )
    languages = head.get("languages")
    if not isinstance(languages, list) or not all(isinstance(item, str) for item in languages):
        raise _fail(
            text,
            "languages",
            '[handbook] languages must be a list of codes, e.g. ["bg", "ru", "en"]',
            "schema",
        )
    titles = head.get("title", {})
    if isinstance(titles, str):
        titles = {source: titles}
    if not isinstance(titles, dict) or not all(isinstance(v, str) for v in titles.values()):
        raise _fail(text, "title", '[handbook.title] must map language codes to text, e.g. bg = "…"', "schema")

    parts_data = data.get("part", [])
    if not isinstance(parts_data, list):
        raise _fail(text, "part", "parts are written as [[part]] tables", "schema")
    parts: list[Part] = []
    part_lines = [n for n, row in enumerate(text.split("\n"), 1) if row.strip() == "[[part]]"]
    for index, item in enumerate(parts_data):
        line = part_lines[index] if index < len(part_lines) else None
        if not isinstance(item, dict):
            raise HandbookLoadError(error(CONFIG_NAME, line, "each [[part]] must be a table", code="schema"))
        slug = item.get("slug", "")
        part_titles = item.get("title", {})
        sections = item.get("sections", [])
        if not isinstance(slug, str):
            raise HandbookLoadError(error(CONFIG_NAME, line, "a part's slug must be text", code="schema"))
        if isinstance(part_titles, str):
            part_titles = {source: part_titles}
        if not isinstance(part_titles, dict) or not all(isinstance(v, str) for v in part_titles.values()):
            raise HandbookLoadError(
                error(CONFIG_NAME, line, f"part '{slug}': title must map language codes to text", code="schema")
            )
        if not isinstance(sections, list) or not all(isinstance(s, str) for s in sections):
            raise HandbookLoadError(
                error(
                    CONFIG_NAME,
                    line,
                    f"part '{slug}': sections must be a list of section names as text",
                    code="schema",
                )
            )
        parts.append(Part(slug=slug, titles=dict(part_titles), sections=list(sections), line=line))

    options: dict[str, LanguageOptions] = {}
    lang_table = data.get("languages", {})
    if not isinstance(lang_table, dict):
        raise _fail(
            text,
            "[languages",
            '[languages.<code>] must be tables, e.g. [languages.kk] pivot = "ru"',
            "schema",
        )
    for code, value in lang_table.items():
        if not isinstance(value, dict):
            raise _fail(text, f"languages.{code}", f"[languages.{code}] must be a table", "schema")
        pivot = value.get("pivot")
        if pivot is not None and not isinstance(pivot, str):
            raise _fail(
                text,
                f"languages.{code}",
                f"[languages.{code}] pivot must be a language code as text",
                "schema",
            )
        extra = {k: v for k, v in value.items() if k != "pivot"}
        options[code] = LanguageOptions(code=code, pivot=pivot, extra=extra)

    return HandbookConfig(
        source_language=source,
        languages=list(languages),
        titles=dict(titles),
        parts=parts,
        language_options=options,
        text=text,
    )


def validate_config(config: HandbookConfig) -> tuple[list[Problem], list[Problem]]:
    errors: list[Problem] = []
    warnings: list[Problem] = []
    src_line = config.line_of("source_language")
    lang_line = config.line_of("languages")
    if not config.languages:
        errors.append(error(CONFIG_NAME, lang_line, "the handbook lists no languages", code="schema"))
    seen_langs: set[str] = set()
    for lang in config.languages:
        if not LANGUAGE_RE.match(lang):
            errors.append(
                error(
                    CONFIG_NAME,
                    lang_line,
                    f"'{lang}' is not a language code: use a code like bg, ru, en, kk, ky, tg, tk, uz",
                    code="bad-language",
                )
            )
        if lang in seen_langs:
            errors.append(error(CONFIG_NAME, lang_line, f"language '{lang}' is listed twice", code="bad-language"))
        seen_langs.add(lang)
    if config.source_language not in config.languages:
        errors.append(
            error(
                CONFIG_NAME,
                src_line,
                f"the source language '{config.source_language}' is not in languages: add it there",
                code="bad-language",
            )
        )
    if not config.titles.get(config.source_language):
        warnings.append(
            warning(
                CONFIG_NAME,
                config.line_of("[handbook.title]") or src_line,
                f"the handbook has no title in the source language '{config.source_language}'",
                code="missing-title",
            )
        )
    for lang in config.titles:
        if lang not in config.languages:
            warnings.append(
                warning(
                    CONFIG_NAME,
                    config.line_of(f"{lang} =") or config.line_of("[handbook.title]"),
                    f"a title is given for '{lang}', which is not one of the handbook's languages",
                    code="unknown-language",
                )
            )
    for code, options in config.language_options.items():
        line = config.line_of(f"[languages.{code}]") or config.line_of(f"languages.{code}")
        if code not in config.languages:
            warnings.append(
                warning(
                    CONFIG_NAME,
                    line,
                    f"[languages.{code}]: '{code}' is not in languages",
                    code="unknown-language",
                )
            )
        if options.pivot is not None:
            if options.pivot not in config.languages:
                errors.append(
                    error(
                        CONFIG_NAME,
                        line,
                        f"[languages.{code}]: the pivot '{options.pivot}' is not one of the languages",
                        code="bad-pivot",
                    )
                )
            elif options.pivot == code:
                errors.append(
                    error(
                        CONFIG_NAME,
                        line,
                        f"[languages.{code}]: a language cannot be its own pivot",
                        code="bad-pivot",
                    )
                )
            elif code == config.source_language:
                errors.append(error(CONFIG_NAME, line, "the source language cannot have a pivot", code="bad-pivot"))
    # Pivot chains must end at the source.
    for code in config.language_options:
        chain, current = [code], config.pivot_of(code)
        while current != config.source_language and current not in chain and current in config.languages:
            chain.append(current)
            current = config.pivot_of(current)
        if current in chain:
            errors.append(
                error(
                    CONFIG_NAME,
                    config.line_of(f"[languages.{code}]"),
                    "pivot languages go round in a circle: " + " → ".join([*chain, current]),
                    code="bad-pivot",
                )
            )

    if not config.parts:
        warnings.append(
            warning(CONFIG_NAME, None, "the handbook has no parts yet: add a [[part]] with sections", code="empty")
        )
    seen_parts: set[str] = set()
    seen_sections: dict[str, str] = {}
    for part in config.parts:
        where = part.line
        if not part.slug:
            errors.append(error(CONFIG_NAME, where, 'a part has no slug: add slug = "a-short-name"', code="bad-slug"))
        elif not SLUG_RE.match(part.slug):
            errors.append(
                error(
                    CONFIG_NAME,
                    config.line_of(f'"{part.slug}"', where or 1) or where,
                    f"part slug '{part.slug}' is not safe: use lower-case letters, digits and '-'",
                    code="bad-slug",
                )
            )
        elif part.slug in seen_parts:
            errors.append(error(CONFIG_NAME, where, f"part slug '{part.slug}' is used twice", code="duplicate-slug"))
        seen_parts.add(part.slug)
        if not part.titles.get(config.source_language):
            warnings.append(
                warning(
                    CONFIG_NAME,
                    where,
                    f"part '{part.slug}' has no title in '{config.source_language}'",
                    code="missing-title",
                )
            )
        if not part.sections:
            warnings.append(warning(CONFIG_NAME, where, f"part '{part.slug}' has no sections", code="empty"))
        for slug in part.sections:
            line = config.line_of(f'"{slug}"', where or 1) or where
            if not SLUG_RE.match(slug):
                errors.append(
                    error(
                        CONFIG_NAME,
                        line,
                        f"section name '{slug}' is not safe: use lower-case letters, digits and '-' "
                        "(the file is <name>.md in each language folder)",
                        code="bad-slug",
                    )
                )
            elif slug in RESERVED_SECTION_NAMES:
                errors.append(
                    error(
                        CONFIG_NAME,
                        line,
                        f"'{slug}' is reserved and cannot be a section name",
                        code="bad-slug",
                    )
                )
            elif slug in seen_sections:
                errors.append(
                    error(
                        CONFIG_NAME,
                        line,
                        f"section '{slug}' is listed twice (also in part '{seen_sections[slug]}')",
                        code="duplicate-slug",
                    )
                )
            seen_sections.setdefault(slug, part.slug)
    return errors, warnings


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml_string(key)


def dump_config(config: HandbookConfig) -> str:
    lines = [
        "[handbook]",
        f"source_language = {_toml_string(config.source_language)}",
        "languages = [" + ", ".join(_toml_string(lang) for lang in config.languages) + "]",
        "",
        "[handbook.title]",
    ]
    ordered = [lang for lang in config.languages if lang in config.titles]
    ordered += sorted(lang for lang in config.titles if lang not in config.languages)
    lines += [f"{_toml_key(lang)} = {_toml_string(config.titles[lang])}" for lang in ordered]
    for code in [c for c in config.languages if c in config.language_options] + sorted(
        c for c in config.language_options if c not in config.languages
    ):
        options = config.language_options[code]
        lines += ["", f"[languages.{_toml_key(code)}]"]
        if options.pivot:
            lines.append(f"pivot = {_toml_string(options.pivot)}")
        for key in sorted(options.extra):
            value = options.extra[key]
            if isinstance(value, str):
                lines.append(f"{_toml_key(key)} = {_toml_string(value)}")
            elif isinstance(value, bool):
                lines.append(f"{_toml_key(key)} = {'true' if value else 'false'}")
            elif isinstance(value, int | float):
                lines.append(f"{_toml_key(key)} = {value}")
    for part in config.parts:
        lines += ["", "[[part]]", f"slug = {_toml_string(part.slug)}"]
        for lang in [c for c in config.languages if c in part.titles] + sorted(
            c for c in part.titles if c not in config.languages
        ):
            lines.append(f"title.{_toml_key(lang)} = {_toml_string(part.titles[lang])}")
        lines.append("sections = [" + ", ".join(_toml_string(s) for s in part.sections) + "]")
    return "\n".join(lines) + "\n"
