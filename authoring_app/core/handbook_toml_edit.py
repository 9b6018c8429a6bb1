"""handbook.toml edited in place with tomlkit: the author's comments, key order and layout stay as they were.

Only the values that change are written. Comment lines above a ``[[part]]`` travel with the part when parts are
reordered, and a ``# comment`` after a section's name can follow the section to another list. Before anything is
written, the result is validated like a loaded handbook.toml, so an edit can never break the file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

import tomlkit
from tomlkit.items import AoT, Comment, Table, Whitespace

from .config import CONFIG_NAME, _build_config
from .file_transaction import UTF8_BOM, FileTransaction
from .handbook import Handbook
from .problems import HandbookLoadError
from .structure_error import StructureError

__all__ = ["HandbookTomlEdit", "item_comment", "set_item_comment"]


class HandbookTomlEdit:
    """handbook.toml parsed with tomlkit: edits keep the author's comments, key order and layout."""

    def __init__(self, handbook: Handbook) -> None:
        self.handbook = handbook
        self.path = handbook.config_path
        raw = self.path.read_bytes()
        self.bom = raw.startswith(UTF8_BOM)
        text = raw.decode("utf-8-sig")
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.doc = tomlkit.parse(text.replace("\r\n", "\n"))

    def _parts(self) -> list[Any]:
        parts = self.doc.get("part")
        if parts is None:
            parts = tomlkit.aot()
            self.doc.append("part", parts)
        return parts

    def part_table(self, slug: str) -> Any:
        for table in self._parts():
            if table.get("slug") == slug:
                return table
        raise StructureError(f"there is no part '{slug}' in handbook.toml", CONFIG_NAME)

    def new_part_table(self, slug: str, titles: dict[str, str]) -> Table:
        """A ``[[part]]`` table to insert: its slug, its titles (in the handbook's language order), no sections."""
        languages = self.handbook.config.languages
        table = tomlkit.table()
        table.add("slug", slug)
        for lang in [*languages, *sorted(set(titles) - set(languages))]:
            if titles.get(lang):
                table.add(tomlkit.key(["title", lang]), titles[lang])
        table.add("sections", tomlkit.array())
        return table

    def part_titles(self, slug: str) -> Any:
        """The ``title`` table of part ``slug``, to change a language's title in; made one when it is not yet."""
        table = self.part_table(slug)
        titles = table.get("title")
        if isinstance(titles, str):  # ``title = "…"`` is the source-language title; widen it to a table
            inline = tomlkit.inline_table()
            inline[self.handbook.config.source_language] = titles
            table["title"] = titles = inline
        if titles is None:
            titles = tomlkit.inline_table()
            table["title"] = titles
        return titles

    def sections(self, part: str) -> Any:
        table = self.part_table(part)
        if "sections" not in table:
            table["sections"] = tomlkit.array()
        return table["sections"]

    @contextmanager
    def part_tables(self) -> Iterator[list[Any]]:
        """The part tables as a plain list to reorder, insert into or delete from. Comment lines above a part's
        ``[[part]]`` (which tomlkit keeps at the end of the part before) are made the part's own, so they move
        (and go) with it; the blank lines between parts stay where they were."""
        parts = self._parts()
        tables = list(parts)
        if not isinstance(parts, AoT) or not all(isinstance(t, Table) for t in tables):
            yield tables  # ``part = [{…}, …]``: an inline array, no comments to carry
            _replace_all(parts, tables)
            return
        tails = [_detach_tail(t) for t in tables]
        before = self._table_before(parts)
        for index, table in enumerate(tables):
            # The comment lines right above this part's header: at the end of the table before it.
            previous = tails[index - 1] if index else (before.value.body if before is not None else [])
            cut = _lead_start(previous)
            lead = "".join(item.as_string() for _key, item in previous[cut:])
            table.trivia.indent = lead + table.trivia.indent
            del previous[cut:]
        gaps, last_tail = tails[:-1], tails[-1] if tails else []
        reordered = list(tables)
        yield reordered
        for index, table in enumerate(reordered):
            if index + 1 == len(reordered):
                table.value.body.extend(last_tail)
            else:
                table.value.body.extend(gaps[index] if index < len(gaps) and gaps[index] else _blank_line())
        _replace_all(parts, reordered)

    def _table_before(self, parts: Any) -> Table | None:
        """The innermost table written just before the first ``[[part]]`` (e.g. ``[handbook.title]``)."""
        body = self.doc.body
        index = next((i for i, (_key, item) in enumerate(body) if item is parts), 0)
        table = body[index - 1][1] if index else None
        while isinstance(table, Table) and table.value.body and isinstance(table.value.body[-1][1], Table):
            table = table.value.body[-1][1]
        return table if isinstance(table, Table) else None

    def tidy(self) -> None:
        """Re-space one-line ``sections`` arrays (tomlkit writes ``["new","old"]`` after an insert at the front)."""
        for table in self._parts():
            sections = table.get("sections") if hasattr(table, "get") else None
            if sections is not None and "\n" not in sections.as_string():
                values = list(sections)
                sections.clear()
                sections.extend(values)

    def save(self, tx: FileTransaction | None = None) -> None:
        """Write the edited file, in ``tx`` when the change writes other files too (else on its own)."""
        self.tidy()
        text = self.doc.as_string()
        self._validate(text)
        with FileTransaction() if tx is None else nullcontext(tx) as writer:
            writer.write(self.path, text, newline=self.newline, bom=self.bom)

    def _validate(self, text: str) -> None:
        """Refuse a result that load_config would reject or that has errors the file did not have before."""
        try:
            config = _build_config(tomllib.loads(text), text)
        except (tomllib.TOMLDecodeError, HandbookLoadError) as exc:  # pragma: no cover - a bug, not a user error
            raise StructureError(f"the change would break handbook.toml ({exc}); nothing was written") from exc
        before = {p.message for p in self.handbook.config.validate()[0]}
        new = [p for p in config.validate()[0] if p.message not in before]
        if new:
            raise StructureError(new[0].message, CONFIG_NAME)


def _detach_tail(table: Table) -> list[tuple[None, Any]]:
    body = table.value.body
    start = len(body)
    while start > 0 and body[start - 1][0] is None and isinstance(body[start - 1][1], Comment | Whitespace):
        start -= 1
    tail = body[start:]
    del body[start:]
    return tail


def _lead_start(body: list[tuple[Any, Any]]) -> int:
    """Where the comment lines directly above the next header begin (after the last blank line) in ``body``."""
    start = len(body)
    while start > 0 and body[start - 1][0] is None and isinstance(body[start - 1][1], Comment):
        start -= 1
    return start


def item_comment(array: Any, index: int) -> Any:
    """The ``# comment`` after item ``index`` of a multi-line array (tomlkit keeps it with the item)."""
    try:
        return array._value[array._index_map[index]].comment
    except (AttributeError, KeyError, IndexError):
        return None


def set_item_comment(array: Any, index: int, comment: Any) -> None:
    """Give a moved item its comment back, where the array's layout leaves room for one (a line of its own)."""
    if comment is None or "\n" not in array.as_string():
        return
    try:
        group = array._value[array._index_map[index]]
    except (AttributeError, KeyError, IndexError):
        return
    if group.comma is not None and group.comment is None:
        group.comment = comment


def _blank_line() -> list[tuple[None, Any]]:
    return [(None, Whitespace("\n"))]


def _replace_all(parts: Any, items: list[Any]) -> None:
    while len(parts):
        parts.pop()
    for item in items:
        parts.append(item)
