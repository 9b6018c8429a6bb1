"""Opening a section for editing and saving it back: never a half-written file, never a silent overwrite.

:func:`open_for_editing` reads a section as :meth:`Handbook.read` does and remembers what was on disk (a hash of
its bytes), so :func:`save_section` can tell when someone else changed the file since (another program, a
``git pull``) and refuse to overwrite it unless told to. A save keeps the file's line ends and byte order mark.
A section that does not exist yet in a language (a translation being started) opens empty and is created on save.

:class:`RecoveryStore` keeps a copy of unsaved text in the user's data folder (never next to the real file), so
that text typed before a crash or power cut can be offered back at the next start.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_write_text
from .handbook import Handbook
from .paths import user_data_dir


class SaveConflict(Exception):
    """The file changed on disk since it was opened; saving now would overwrite someone else's change."""


class EditingError(Exception):
    """A section cannot be opened or saved; the message says what, where and what to do."""


@dataclass
class EditedSection:
    """A section file open for editing."""

    lang: str
    slug: str
    path: Path
    text: str
    #: The hash of the bytes on disk when opened or last saved ("" when the file did not exist).
    disk_hash: str
    newline: str = "\n"
    had_bom: bool = False

    @property
    def exists(self) -> bool:
        return bool(self.disk_hash)


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _disk_hash(path: Path) -> str:
    try:
        return _hash(path.read_bytes())
    except FileNotFoundError:
        return ""


def open_for_editing(handbook: Handbook, lang: str, slug: str) -> EditedSection:
    """Read section ``slug`` in ``lang``; raises :class:`EditingError` when it cannot be edited safely."""
    if lang not in handbook.config.languages:
        raise EditingError(f"'{lang}' is not a language of this handbook (see handbook.toml)")
    path = handbook.section_path(lang, slug)
    if not path.exists() and handbook.is_inside(path):
        return EditedSection(lang, slug, path, "", "")
    section = handbook.read(lang, slug)
    if section.text is None:
        problem = section.problem
        raise EditingError(f"{lang}/{slug}.md: {problem.message if problem else 'cannot be read'}")
    return EditedSection(lang, slug, path, section.text, _disk_hash(path), section.newline, section.had_bom)


def changed_on_disk(section: EditedSection) -> bool:
    """True when the file is no longer what was opened or last saved."""
    return _disk_hash(section.path) != section.disk_hash


def save_section(section: EditedSection, text: str, *, overwrite: bool = False) -> None:
    """Write ``text`` to the section's file atomically; updates ``section`` to the saved state.

    Raises :class:`SaveConflict` when the file changed on disk since it was opened (unless ``overwrite``), and
    :class:`EditingError` when it cannot be written (the file on disk is then as it was).
    """
    if not overwrite and changed_on_disk(section):
        raise SaveConflict(
            f"{section.lang}/{section.slug}.md was changed by another program since you opened it: "
            "save anyway to replace that change, or reload the file"
        )
    encoding = "utf-8-sig" if section.had_bom else "utf-8"
    try:
        section.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(section.path, text, newline=section.newline, encoding=encoding)
    except OSError as error:
        raise EditingError(
            f"{section.lang}/{section.slug}.md could not be saved: {error.strerror or error}. "
            "Your text is still in the editor (and in the recovery copy); free some space or check the "
            "folder's permissions, then save again."
        ) from error
    section.text = text
    section.disk_hash = _disk_hash(section.path)


@dataclass(frozen=True)
class RecoveryCopy:
    path: Path
    text: str
    saved_at: float


class RecoveryStore:
    """Unsaved text of sections, one file per handbook, language and section, in the user's data folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or user_data_dir() / "recovery"

    def path_for(self, handbook_root: Path, lang: str, slug: str) -> Path:
        key = hashlib.sha256(str(Path(handbook_root).resolve()).encode("utf-8")).hexdigest()[:16]
        return self.folder / key / lang / f"{slug}.md"

    def write(self, handbook_root: Path, lang: str, slug: str, text: str) -> Path:
        """Keep ``text`` as the recovery copy (atomically; not forced to disk, so typing never waits)."""
        path = self.path_for(handbook_root, lang, slug)
        path.parent.mkdir(parents=True, exist_ok=True)
        (path.parent.parent / "handbook.txt").write_text(str(Path(handbook_root).resolve()), encoding="utf-8")
        atomic_write_text(path, text, durable=False)
        return path

    def read(self, handbook_root: Path, lang: str, slug: str) -> RecoveryCopy | None:
        path = self.path_for(handbook_root, lang, slug)
        try:
            return RecoveryCopy(path, path.read_text(encoding="utf-8"), path.stat().st_mtime)
        except (OSError, UnicodeDecodeError):
            return None

    def clear(self, handbook_root: Path, lang: str, slug: str) -> None:
        self.path_for(handbook_root, lang, slug).unlink(missing_ok=True)

    def pending(self, handbook_root: Path) -> list[tuple[str, str]]:
        """``(lang, slug)`` of every section of the handbook with a recovery copy, newest first."""
        base = self.path_for(handbook_root, "x", "x").parent.parent
        found = [(p.stat().st_mtime, p.parent.name, p.stem) for p in base.glob("*/*.md") if p.is_file()]
        return [(lang, slug) for _, lang, slug in sorted(found, reverse=True)]
