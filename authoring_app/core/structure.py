"""Changes to a handbook's structure: parts and sections added, renamed, moved and deleted — each one undoable.

Every change is an :class:`Operation`. ``apply(root)`` validates everything first (and raises
:class:`StructureError` having written nothing), then writes, and returns the reloaded :class:`Handbook`.
After ``apply``, ``inverse()`` is the operation that puts things back, so the GUI can offer undo and redo
(undo is ``inverse().apply``, redo is the inverse's inverse).

``handbook.toml`` is edited with tomlkit (:mod:`.handbook_toml_edit`), so the author's comments, key order and
layout stay as they were; only the values that change are written. A change that touches several files (a section
renamed in five languages, its links rewritten everywhere by :mod:`.section_links`) is written file by file, each
atomically, in a :class:`~.file_transaction.FileTransaction`: should one write fail, the files already written are
put back, so the handbook is never left half-changed.

Deleted sections are not destroyed: their files move to ``.trash/<time>-<slug>/`` *inside the handbook*. Inside,
because a move within one folder tree is a rename on the same disk (instant, cannot fail half-way, also on a USB
stick), because undo keeps working after the app restarts, and because the author can see and recover the files
with any file manager. ``.trash/`` holds a ``.gitignore`` of ``*`` so git never picks it up; export and check
only read the language folders, ``media/`` and ``.handbook/``.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from .atomic import atomic_write_text
from .config import CONFIG_NAME, RESERVED_SECTION_NAMES, SLUG_RE, Part
from .file_transaction import FileTransaction
from .frontmatter import parse_front_matter, split_front_matter
from .handbook import GLOSSARY, STATE_DIR, Handbook
from .handbook_toml_edit import HandbookTomlEdit, item_comment, set_item_comment
from .problems import HandbookLoadError
from .section_links import links_to, rewrite_links
from .structure_error import StructureError

__all__ = [
    "TRASH_DIR",
    "AddPart",
    "AddSection",
    "DeletePart",
    "DeleteSection",
    "MovePart",
    "MoveSection",
    "Operation",
    "RenameSection",
    "RestoreSection",
    "SetPartTitle",
    "SetSectionTitle",
    "StructureError",
    "links_to",
    "rewrite_links",
]

TRASH_DIR = ".trash"


# ---------------------------------------------------------------------------------------------- operations ---


class Operation:
    """One change of structure. Subclasses are small dataclasses; ``apply`` records what ``inverse`` needs."""

    def apply(self, root: Path | str) -> Handbook:
        handbook = _load(root)
        self._apply(handbook)
        return Handbook.load(handbook.root)

    def inverse(self) -> Operation:
        raise NotImplementedError

    def _apply(self, handbook: Handbook) -> None:
        raise NotImplementedError

    def _applied(self, value: Any) -> Any:
        if value is None:
            raise RuntimeError(f"{type(self).__name__}.inverse() is known only after apply()")
        return value


@dataclass
class AddPart(Operation):
    """A new, empty part. ``titles`` maps languages to titles; the source language's title is required."""

    slug: str
    titles: dict[str, str]
    position: int | None = None

    def _apply(self, handbook: Handbook) -> None:
        config = handbook.config
        _check_slug(self.slug, "part")
        if any(part.slug == self.slug for part in config.parts):
            raise StructureError(f"there is already a part '{self.slug}': choose another name", CONFIG_NAME)
        title = self.titles.get(config.source_language, "")
        _check_title(title, f"the new part's title in '{config.source_language}'")
        position = _check_position(self.position, len(config.parts), "part")
        edit = HandbookTomlEdit(handbook)
        table = edit.new_part_table(self.slug, self.titles)
        with edit.part_tables() as tables:
            tables.insert(position, table)
        edit.save()

    def inverse(self) -> Operation:
        return DeletePart(self.slug)


@dataclass
class DeletePart(Operation):
    """Remove an empty part. A part with sections is refused: move or delete its sections first, so that a
    deletion never takes writing with it by surprise (and each section's deletion is its own undoable step)."""

    slug: str
    _restore: AddPart | None = field(default=None, repr=False)

    def _apply(self, handbook: Handbook) -> None:
        part = _part(handbook, self.slug)
        if part.sections:
            raise StructureError(
                f"part '{self.slug}' still holds {len(part.sections)} section(s): "
                "move them to another part or delete them first",
                CONFIG_NAME,
            )
        position = [p.slug for p in handbook.config.parts].index(self.slug)
        edit = HandbookTomlEdit(handbook)
        with edit.part_tables() as tables:
            del tables[position]
        edit.save()
        self._restore = AddPart(self.slug, dict(part.titles), position)

    def inverse(self) -> Operation:
        return self._applied(self._restore)


@dataclass
class SetPartTitle(Operation):
    """A part's title in one language (``title.<lang>`` in handbook.toml); ``None`` removes that language's title."""

    slug: str
    lang: str
    title: str | None
    _old: SetPartTitle | None = field(default=None, repr=False)

    def _apply(self, handbook: Handbook) -> None:
        part = _part(handbook, self.slug)
        config = handbook.config
        _check_language(handbook, self.lang)
        if self.title is None and self.lang == config.source_language:
            raise StructureError("a part must keep its title in the source language", CONFIG_NAME)
        if self.title is not None:
            _check_title(self.title, f"the title of part '{self.slug}'")
        edit = HandbookTomlEdit(handbook)
        titles = edit.part_titles(self.slug)
        if self.title is None:
            titles.pop(self.lang, None)
        else:
            titles[self.lang] = self.title
        edit.save()
        self._old = SetPartTitle(self.slug, self.lang, part.titles.get(self.lang))

    def inverse(self) -> Operation:
        return self._applied(self._old)


@dataclass
class MovePart(Operation):
    """Move a part to ``position`` (its index after the move). Comment lines just above a part's ``[[part]]``
    travel with it; comments above the very first part stay at the top, where they describe all parts."""

    slug: str
    position: int
    _old: MovePart | None = field(default=None, repr=False)

    def _apply(self, handbook: Handbook) -> None:
        _part(handbook, self.slug)
        slugs = [p.slug for p in handbook.config.parts]
        position = _check_position(self.position, len(slugs) - 1, "part")
        old = slugs.index(self.slug)
        self._old = MovePart(self.slug, old)
        if old == position:
            return
        edit = HandbookTomlEdit(handbook)
        with edit.part_tables() as tables:
            tables.insert(position, tables.pop(old))
        edit.save()

    def inverse(self) -> Operation:
        return self._applied(self._old)


@dataclass
class AddSection(Operation):
    """A new section ``<source>/<slug>.md`` with a front-matter title, listed in part ``part`` at ``position``."""

    slug: str
    title: str
    part: str
    position: int | None = None

    def _apply(self, handbook: Handbook) -> None:
        config = handbook.config
        _check_new_section_slug(handbook, self.slug)
        _check_title(self.title, "the new section's title")
        part = _part(handbook, self.part)
        position = _check_position(self.position, len(part.sections), "section")
        edit = HandbookTomlEdit(handbook)
        edit.sections(self.part).insert(position, self.slug)
        text = f'---\n{_yaml_line("title", self.title)}\nsummary: ""\n---\n\n'
        with FileTransaction() as tx:
            tx.write(handbook.section_path(config.source_language, self.slug), text)
            edit.save(tx)

    def inverse(self) -> Operation:
        return DeleteSection(self.slug)


@dataclass
class DeleteSection(Operation):
    """Take a section out of the handbook; its files (every language, and its ``.handbook/`` state) move to
    ``.trash/<time>-<slug>/``, from where :class:`RestoreSection` (the inverse) brings them back."""

    slug: str
    _restore: RestoreSection | None = field(default=None, repr=False)

    def _apply(self, handbook: Handbook) -> None:
        part = _section_part(handbook, self.slug)
        position = part.sections.index(self.slug)
        trash = _new_trash_folder(handbook.root, self.slug)
        moves = [(path, trash / path.relative_to(handbook.root)) for path in _section_files(handbook, self.slug)]
        edit = HandbookTomlEdit(handbook)
        sections = edit.sections(part.slug)
        comment = item_comment(sections, position)
        sections.remove(self.slug)
        with FileTransaction() as tx:
            tx.make_folder(trash)
            _ignore_in_git(handbook.root / TRASH_DIR)
            for source, target in moves:
                tx.move(source, target)
            tx.write(
                trash / "section.toml",
                f'slug = "{self.slug}"\npart = "{part.slug}"\nposition = {position}\n'
                f'deleted = "{datetime.now().isoformat(timespec="seconds")}"\n',
            )
            edit.save(tx)
        trash_name = trash.relative_to(handbook.root).as_posix()
        self._restore = RestoreSection(self.slug, trash_name, part.slug, position, _comment=comment)

    def inverse(self) -> Operation:
        return self._applied(self._restore)


@dataclass
class RestoreSection(Operation):
    """Bring a deleted section back from ``trash`` (relative to the root) into ``part`` at ``position``."""

    slug: str
    trash: str
    part: str
    position: int
    #: The ``# comment`` the section's name had in handbook.toml (a tomlkit item; kept in memory only).
    _comment: Any = field(default=None, repr=False)

    def _apply(self, handbook: Handbook) -> None:
        folder = handbook.root / self.trash
        if not folder.is_dir():
            raise StructureError(f"the deleted files are no longer in '{self.trash}': they cannot be restored")
        _check_new_section_slug(handbook, self.slug, restoring=True)
        part = _part(handbook, self.part)
        position = min(self.position, len(part.sections))
        moves = [
            (path, handbook.root / path.relative_to(folder))
            for path in sorted(folder.rglob("*"))
            if path.is_file() and path.name != "section.toml"
        ]
        for _source, target in moves:
            if target.exists():
                raise StructureError(
                    f"'{handbook.relative(target)}' exists again: move it away, then undo again", self.trash
                )
        edit = HandbookTomlEdit(handbook)
        sections = edit.sections(self.part)
        sections.insert(position, self.slug)
        set_item_comment(sections, position, self._comment)
        with FileTransaction() as tx:
            for source, target in moves:
                tx.move(source, target)
            edit.save(tx)
        shutil.rmtree(folder, ignore_errors=True)

    def inverse(self) -> Operation:
        return DeleteSection(self.slug)


@dataclass
class MoveSection(Operation):
    """Move a section to part ``part`` at ``position`` (its index in that part after the move). A ``# comment``
    after the section's name in a multi-line list moves with it; a one-line list has no room for it, so there
    it is dropped."""

    slug: str
    part: str
    position: int
    _old: MoveSection | None = field(default=None, repr=False)

    def _apply(self, handbook: Handbook) -> None:
        old_part = _section_part(handbook, self.slug)
        old_position = old_part.sections.index(self.slug)
        new_part = _part(handbook, self.part)
        room = len(new_part.sections) - (1 if new_part.slug == old_part.slug else 0)
        position = _check_position(self.position, room, "section")
        self._old = MoveSection(self.slug, old_part.slug, old_position)
        if (old_part.slug, old_position) == (self.part, position):
            return
        edit = HandbookTomlEdit(handbook)
        source = edit.sections(old_part.slug)
        comment = item_comment(source, old_position)
        source.remove(self.slug)
        target = edit.sections(self.part)
        target.insert(position, self.slug)
        set_item_comment(target, position, comment)
        edit.save()

    def inverse(self) -> Operation:
        return self._applied(self._old)


@dataclass
class RenameSection(Operation):
    """Give a section a new slug (file name): its files in every language and its ``.handbook/`` state are
    renamed, handbook.toml lists the new name, and every link to it in every language is rewritten."""

    old: str
    new: str

    def _apply(self, handbook: Handbook) -> None:
        part = _section_part(handbook, self.old)
        _check_new_section_slug(handbook, self.new)
        moves = [
            (path, path.with_name(self.new + path.name[len(self.old) :])) for path in _section_files(handbook, self.old)
        ]
        for _source, target in moves:
            if target.exists() or target.is_symlink():
                rel = handbook.relative(target)
                raise StructureError(f"{rel} already exists: move it away, then rename again", rel)
        rewrites: list[tuple[Path, str, str, bool]] = []
        for lang in handbook.config.languages:
            for name in handbook.files_of(lang):
                section = handbook.read(lang, name)
                if section.text is None:
                    continue  # an unreadable file is reported by 'handbook check'; it is not ours to change
                changed = rewrite_links(section.text, self.old, self.new)
                if changed != section.text:
                    target = section.path if name != self.old else section.path.with_name(f"{self.new}.md")
                    rewrites.append((target, changed, section.newline, section.had_bom))
        edit = HandbookTomlEdit(handbook)
        sections = edit.sections(part.slug)
        sections[part.sections.index(self.old)] = self.new
        with FileTransaction() as tx:
            for source, target in moves:
                tx.move(source, target)
            for path, text, newline, bom in rewrites:
                tx.write(path, text, newline=newline, bom=bom)
            edit.save(tx)

    def inverse(self) -> Operation:
        return RenameSection(self.new, self.old)


@dataclass
class SetSectionTitle(Operation):
    """A section's title in one language: the ``title:`` of its front matter (``None`` removes it)."""

    slug: str
    lang: str
    title: str | None
    _old: SetSectionTitle | None = field(default=None, repr=False)

    def _apply(self, handbook: Handbook) -> None:
        _section_part(handbook, self.slug)
        rel = f"{self.lang}/{self.slug}.md"
        _check_language(handbook, self.lang)
        if not handbook.has_section(self.lang, self.slug):
            raise StructureError(f"{rel} does not exist: write or translate the section first", rel)
        if self.title is not None:
            _check_title(self.title, f"the title of {rel}")
        section = handbook.read(self.lang, self.slug)
        if section.text is None:
            raise StructureError(section.problem.message if section.problem else f"cannot read {rel}", rel)
        front, _body = parse_front_matter(section.text)
        if front.issues:
            line, message = front.issues[0]
            raise StructureError(f"{rel}, line {line}: {message}: correct it first", rel)
        old = front.data.get("title") if isinstance(front.data.get("title"), str) else None
        text = _replace_title(section.text, self.title)
        with FileTransaction() as tx:
            tx.write(section.path, text, newline=section.newline, bom=section.had_bom)
        self._old = SetSectionTitle(self.slug, self.lang, old)

    def inverse(self) -> Operation:
        return self._applied(self._old)


# ----------------------------------------------------------------------------------------------- helpers ---


def _load(root: Path | str) -> Handbook:
    try:
        return Handbook.load(root)
    except HandbookLoadError as exc:
        raise StructureError(f"{exc.problem.format()}: correct handbook.toml first", CONFIG_NAME) from exc


def _check_slug(slug: str, what: str) -> None:
    if not SLUG_RE.match(slug):
        raise StructureError(
            f"'{slug}' cannot be a {what} name: use lower-case Latin letters, digits and '-' "
            "(e.g. 10-peer-review), starting with a letter or digit, at most 100 characters",
            CONFIG_NAME,
        )


def _check_new_section_slug(handbook: Handbook, slug: str, restoring: bool = False) -> None:
    _check_slug(slug, "section")
    if slug in RESERVED_SECTION_NAMES or slug == GLOSSARY:
        raise StructureError(f"'{slug}' is reserved for the handbook's own pages: choose another name", CONFIG_NAME)
    part = handbook.config.part_of(slug)
    if part is not None:
        raise StructureError(f"part '{part.slug}' already has a section '{slug}': choose another name", CONFIG_NAME)
    if restoring:
        return
    for lang in handbook.config.languages:
        path = handbook.section_path(lang, slug)
        if path.exists() or path.is_symlink():
            raise StructureError(
                f"the file {lang}/{slug}.md already exists (not listed in any part): "
                "choose another name, or move that file away first",
                f"{lang}/{slug}.md",
            )


def _check_language(handbook: Handbook, lang: str) -> None:
    if lang not in handbook.config.languages:
        raise StructureError(f"'{lang}' is not one of the handbook's languages", CONFIG_NAME)


def _check_title(title: str, what: str) -> None:
    if not title or not title.strip():
        raise StructureError(f"{what} is empty: give it a title")
    if "\n" in title or "\r" in title:
        raise StructureError(f"{what} must be one line")


def _check_position(position: int | None, size: int, what: str) -> int:
    if position is None:
        return size
    if not 0 <= position <= size:
        raise StructureError(f"position {position} is outside the list of {what}s (0–{size})", CONFIG_NAME)
    return position


def _part(handbook: Handbook, slug: str) -> Part:
    part = next((p for p in handbook.config.parts if p.slug == slug), None)
    if part is None:
        raise StructureError(
            f"there is no part '{slug}' in handbook.toml (was it changed outside the app?)", CONFIG_NAME
        )
    return part


def _section_part(handbook: Handbook, slug: str) -> Part:
    part = handbook.config.part_of(slug)
    if part is None:
        raise StructureError(
            f"no part in handbook.toml lists the section '{slug}' (was it changed outside the app?)", CONFIG_NAME
        )
    return part


def _section_files(handbook: Handbook, slug: str) -> list[Path]:
    """A section's files: ``<lang>/<slug>.md`` in every language and ``.handbook/<lang>/<slug>.*``."""
    files = [handbook.section_path(lang, slug) for lang in handbook.config.languages]
    files = [path for path in files if path.exists() or path.is_symlink()]
    state = handbook.root / STATE_DIR
    if state.is_dir():
        for folder in sorted(p for p in state.iterdir() if p.is_dir()):
            files += sorted(p for p in folder.glob(f"{glob_escape(slug)}.*") if p.is_file())
    return files


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _new_trash_folder(root: Path, slug: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = root / TRASH_DIR / f"{stamp}-{slug}"
    number = 2
    while folder.exists():
        folder = root / TRASH_DIR / f"{stamp}-{slug}-{number}"
        number += 1
    return folder


def _ignore_in_git(trash: Path) -> None:
    ignore = trash / ".gitignore"
    if not ignore.exists():
        atomic_write_text(ignore, "# Sections deleted in Handbook Studio, kept so they can be restored.\n*\n")


def _yaml_line(key: str, value: str) -> str:
    plain = f"{key}: {value}"
    try:
        if yaml.safe_load(plain) == {key: value}:
            return plain
    except yaml.YAMLError:
        pass
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{key}: "{escaped}"'


def _replace_title(text: str, title: str | None) -> str:
    """``text`` with its front-matter ``title:`` set to ``title`` (or removed); every other line stays as it was."""
    header, _body, body_line = split_front_matter(text)
    lines = text.split("\n")
    if header is None:
        return text if title is None else f"---\n{_yaml_line('title', title)}\n---\n\n{text}"
    end = body_line - 2  # index of the closing '---'
    start = next((i for i in range(1, end) if lines[i].startswith("title:")), None)
    new = [] if title is None else [_yaml_line("title", title)]
    if start is None:
        return "\n".join([lines[0], *new, *lines[1:]])
    stop = start + 1
    while stop < end and lines[stop][:1] in (" ", "\t"):  # a folded or multi-line title
        stop += 1
    return "\n".join([*lines[:start], *new, *lines[stop:]])
