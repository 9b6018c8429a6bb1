"""Backups of a handbook's text: a zip of the files that changed, made on close, kept in the user's data folder.

Each backup (a *snapshot*) is one zip, ``backups/<handbook key>/YYYYmmdd-HHMMSS.zip`` in the user's data folder
(never inside the handbook, so neither git nor a sync program sees it), holding ``manifest.json`` and the files
under ``files/``, byte for byte as they were on disk (line ends and byte order mark included). A snapshot holds
the text files whose content differs from the newest copy the kept snapshots already have, so after every backup
each text file of the handbook is in at least one kept snapshot; only the last ``keep`` snapshots are kept.
"Text files" are the handbook's own words: ``handbook.toml``, the sections, captions and transcripts, the
translation records under ``.handbook/`` — not images, video or audio, which the author has elsewhere anyway.

:meth:`BackupStore.restore` writes chosen files back atomically, after saving the current version of each in a new
snapshot ("before restore"), so a restore is undone by restoring from that one. Nothing in a zip is trusted: names
that would leave the handbook (``..``, absolute paths, drive letters) are refused, sizes are capped, and every
file must have the SHA-256 its manifest names. Files of the handbook are read only when they are regular files
inside it (no link leaving it, no pipe or device, which could hang or never end) and not larger than
:data:`MAX_FILE_BYTES`.

Problems are :class:`~authoring_app.core.ui_text.CodedText`: English for the CLI, a :class:`BackupProblem` code
and values from which the GUI phrases its own sentences (``BackupError.problem``, ``Snapshot.problem``, the
reasons in ``BackupResult.skipped`` and ``RestoreResult.failed``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import stat
import zipfile
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from .. import __version__
from .atomic import atomic_write_bytes, atomic_write_text
from .config import CONFIG_NAME
from .export.output import MARKER as EXPORT_MARKER
from .handbook import STATE_DIR
from .paths import is_within
from .safety_settings import DEFAULT_KEEP, safety_dir
from .safety_settings import MAX_KEEP as MAX_KEEP  # the backups' limits, where callers look for them
from .ui_text import CodedText

MANIFEST = "manifest.json"
FILES_PREFIX = "files/"
FORMAT = 1
#: Why a snapshot was made (its manifest says so; the lists show it).
CLOSE, MANUAL, BEFORE_RESTORE = "close", "manual", "before-restore"
#: The handbook's own text, by file suffix (``handbook.toml`` has one of them).
TEXT_SUFFIXES = frozenset(
    {".md", ".toml", ".vtt", ".srt", ".txt", ".provenance", ".yml", ".yaml", ".po", ".pot", ".xlf", ".xliff"}
)
#: A file larger than this is not backed up, and not read from a zip (a section is a few hundred KB at most).
MAX_FILE_BYTES = 8 * 1024 * 1024
#: At most this many files in one snapshot, and this many bytes read from one.
MAX_FILES = 20_000
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
_NAME_RE = re.compile(r"^(\d{8}-\d{6})(?:-(\d{1,4}))?$")
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")


class BackupProblem(StrEnum):
    """What went wrong, with the values each problem names."""

    # One file of the handbook (BackupResult.skipped, RestoreResult.failed).
    FILE_TOO_LARGE = "file-too-large"  # megabytes
    FILE_UNREADABLE = "file-unreadable"  # error
    NOT_A_FILE = "not-a-file"  # a pipe, a device or a folder named like a text file
    LEADS_OUTSIDE = "leads-outside"  # file: a link, or a name through a linked folder
    TOO_MUCH_TEXT = "too-much-text"
    TOO_MANY_FILES = "too-many-files"  # limit
    LEFT_AS_IT_IS = "left-as-it-is"  # error: the current file could not be read, so it was not replaced
    NOT_WRITTEN = "not-written"  # error
    # A BackupError.
    KEEP_TOO_SMALL = "keep-too-small"  # keep
    NO_SUCH_BACKUP = "no-such-backup"  # name, known
    UNUSABLE = "unusable"  # backup, problem
    NAME_OUTSIDE = "name-outside"  # file
    NOT_IN_BACKUP = "not-in-backup"  # backup, file
    FILE_DAMAGED = "file-damaged"  # backup, file
    TOO_MUCH_AT_ONCE = "too-much-at-once"  # backup
    BACKUP_UNREADABLE = "backup-unreadable"  # backup, error
    REFUSED_NOW = "refused-now"  # file, problem: the file now cannot be compared (a file-level problem)
    UNREADABLE_NOW = "unreadable-now"  # file, error
    BEFORE_FAILED = "before-failed"  # problems (English), files
    NOT_WRITABLE = "not-writable"  # folder, error
    MEMBER_TOO_LARGE = "member-too-large"  # member, megabytes
    MEMBER_INFLATES = "member-inflates"  # member
    # Snapshot.problem.
    TOO_MANY_MEMBERS = "too-many-members"
    NO_MANIFEST = "no-manifest"
    ZIP_UNREADABLE = "zip-unreadable"  # error
    MANIFEST_DAMAGED = "manifest-damaged"  # detail


_ENGLISH = {
    BackupProblem.FILE_TOO_LARGE: "is {megabytes} MB, too large for a backup",
    BackupProblem.FILE_UNREADABLE: "cannot be read: {error}",
    BackupProblem.NOT_A_FILE: "is not a regular file (a pipe, a device or a folder)",
    BackupProblem.LEADS_OUTSIDE: "leads outside the handbook (a link?)",
    BackupProblem.TOO_MUCH_TEXT: "the handbook's text is too large for one backup",
    BackupProblem.TOO_MANY_FILES: "one backup holds at most {limit:,} files",
    BackupProblem.LEFT_AS_IT_IS: "cannot be read, so it was left as it is: {error}",
    BackupProblem.NOT_WRITTEN: "could not be written: {error}",
    BackupProblem.KEEP_TOO_SMALL: "keep must be 1 or more, not {keep}",
    BackupProblem.NO_SUCH_BACKUP: "there is no backup '{name}' of this handbook (newest: {known})",
    BackupProblem.UNUSABLE: "backup {backup} cannot be used: {problem}",
    BackupProblem.NAME_OUTSIDE: "'{file}' is refused: it names a place outside the handbook",
    BackupProblem.NOT_IN_BACKUP: "backup {backup} has no file '{file}'",
    BackupProblem.FILE_DAMAGED: "backup {backup} is damaged: '{file}' is not what was saved",
    BackupProblem.TOO_MUCH_AT_ONCE: "backup {backup} holds more than can be restored at once",
    BackupProblem.BACKUP_UNREADABLE: "backup {backup} cannot be read: {error}",
    BackupProblem.REFUSED_NOW: "'{file}' {problem}",
    BackupProblem.UNREADABLE_NOW: "'{file}' cannot be read now: {error}",
    BackupProblem.BEFORE_FAILED: "nothing was restored: the current files could not be backed up first ({problems})",
    BackupProblem.NOT_WRITABLE: "the backup could not be written to {folder}: {error}",
    BackupProblem.MEMBER_TOO_LARGE: "'{member}' is {megabytes} MB, more than a backup holds",
    BackupProblem.MEMBER_INFLATES: "'{member}' unpacks to more than its size says",
    BackupProblem.TOO_MANY_MEMBERS: "it holds too many files",
    BackupProblem.NO_MANIFEST: "it has no manifest.json: it is not a Handbook Studio backup",
    BackupProblem.ZIP_UNREADABLE: "it cannot be read ({error})",
    BackupProblem.MANIFEST_DAMAGED: "its manifest is damaged: {detail}",
}


def problem(code: BackupProblem, **values: object) -> CodedText:
    """``code`` with its values, as English text that also carries them."""
    return CodedText(code, _ENGLISH[code], **values)


class BackupError(Exception):
    """A backup cannot be made, read or restored; the message says what, where and what to do (in English: the
    GUI phrases its own from ``problem.code`` and ``problem.values``)."""

    def __init__(self, problem: CodedText) -> None:
        super().__init__(str(problem))
        self.problem = problem


class _Refused(Exception):
    """A file of the handbook that is not read: ``problem`` says why (a file-level :class:`BackupProblem`)."""

    def __init__(self, problem: CodedText) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class BackupFile:
    name: str
    sha256: str
    size: int


@dataclass
class Snapshot:
    """One backup zip, as its manifest describes it (``problem``: why it cannot be used)."""

    name: str
    path: Path
    created: datetime | None = None
    reason: str = ""
    files: dict[str, BackupFile] = field(default_factory=dict)
    #: A :class:`~authoring_app.core.ui_text.CodedText` (a :class:`BackupProblem` code), or None.
    problem: str | None = None

    def label(self) -> str:
        """``2024-05-02 10:15:00`` (local time), or the name when the time is unknown."""
        return self.created.astimezone().strftime("%Y-%m-%d %H:%M:%S") if self.created else self.name


@dataclass
class BackupResult:
    #: The snapshot made; None when nothing had changed since the kept snapshots.
    snapshot: Snapshot | None
    #: ``(file, reason)`` of text files that could not be backed up.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: Names of the old snapshots deleted to keep the last ``keep``.
    pruned: list[str] = field(default_factory=list)


@dataclass
class RestoreResult:
    restored: list[str] = field(default_factory=list)
    #: Files that were already as in the backup (nothing written).
    unchanged: list[str] = field(default_factory=list)
    #: ``(file, reason)`` of files that could not be written (each is as it was).
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: The snapshot holding the files as they were before the restore (None when none was replaced).
    before: Snapshot | None = None


# File states against the disk (compare_with_disk).
SAME, CHANGED, NOT_ON_DISK = "same", "changed", "not-on-disk"


class BackupStore:
    """The snapshots of every handbook, one folder each, under ``base`` (default: the user's data folder)."""

    def __init__(self, base: Path | None = None) -> None:
        self.base = Path(base) if base is not None else safety_dir() / "backups"

    def folder(self, root: Path) -> Path:
        """The folder of one handbook's snapshots (keyed by its path, like recovery copies)."""
        key = hashlib.sha256(str(Path(root).resolve()).encode("utf-8")).hexdigest()[:16]
        return self.base / key

    def snapshots(self, root: Path) -> list[Snapshot]:
        """The handbook's snapshots, newest first (a damaged one too, with its ``problem``)."""
        folder = self.folder(root)
        try:
            paths = [p for p in folder.glob("*.zip") if _NAME_RE.match(p.stem) and p.is_file()]
        except OSError:
            return []
        return [read_snapshot(path) for path in sorted(paths, key=_order, reverse=True)]

    def find(self, root: Path, name: str) -> Snapshot:
        """The snapshot ``name`` (``20240502-101500``, with or without ``.zip``); raises BackupError."""
        name = name.removesuffix(".zip")
        for snapshot in self.snapshots(root):
            if snapshot.name == name:
                return snapshot
        known = ", ".join(s.name for s in self.snapshots(root)[:5]) or "none yet"
        raise BackupError(problem(BackupProblem.NO_SUCH_BACKUP, name=name, known=known))

    def back_up(
        self,
        root: Path,
        *,
        keep: int = DEFAULT_KEEP,
        reason: str = MANUAL,
        only: Collection[str] | None = None,
        protect: Collection[str] = (),
        now: datetime | None = None,
    ) -> BackupResult:
        """Snapshot the text files that changed since the kept snapshots; then keep only the last ``keep``.

        ``only``: snapshot exactly these files (as they are now, changed or not: the versions a restore replaces).
        ``protect``: names of snapshots that pruning must not delete. Raises BackupError (``keep`` below 1, the
        snapshot cannot be written); files that cannot be read are in ``skipped``.
        """
        if keep < 1:
            raise BackupError(problem(BackupProblem.KEEP_TOO_SMALL, keep=keep))
        root = Path(root).resolve()
        if only is None:
            found, skipped = handbook_text_files(root)
        else:
            found, skipped = {name: root / name for name in only if safe_name(name)}, []
        contents: dict[str, bytes] = {}
        total = 0
        for name in found:
            try:
                data = read_handbook_file(root, name)
            except FileNotFoundError:
                continue  # gone since the folder was read
            except _Refused as refused:
                skipped.append((name, refused.problem))
                continue
            except OSError as error:
                skipped.append((name, problem(BackupProblem.FILE_UNREADABLE, error=_reason(error))))
                continue
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                skipped.append((name, problem(BackupProblem.TOO_MUCH_TEXT)))
                continue
            contents[name] = data
        if only is None:
            index: dict[str, str] = {}
            for snapshot in reversed(self.snapshots(root)[: keep - 1]):  # oldest first: the newest copy wins
                index.update({name: entry.sha256 for name, entry in snapshot.files.items()})
            contents = {name: data for name, data in contents.items() if index.get(name) != _sha256(data)}
        if not contents:
            return BackupResult(None, skipped)
        snapshot = self._write(root, contents, reason, now or datetime.now().astimezone())
        return BackupResult(snapshot, skipped, self.prune(root, keep, protect={snapshot.name, *protect}))

    def prune(self, root: Path, keep: int, protect: Collection[str] = ()) -> list[str]:
        """Delete the oldest snapshots beyond the last ``keep`` (never one named in ``protect``)."""
        snapshots = self.snapshots(root)
        pruned = []
        for snapshot in snapshots[keep:]:
            if snapshot.name in protect:
                continue
            with contextlib.suppress(OSError):
                snapshot.path.unlink()
                pruned.append(snapshot.name)
        return pruned

    def read_files(self, snapshot: Snapshot, names: Iterable[str]) -> dict[str, bytes]:
        """The bytes of ``names`` in ``snapshot``, each checked against its manifest; raises BackupError."""
        if snapshot.problem:
            raise BackupError(problem(BackupProblem.UNUSABLE, backup=snapshot.name, problem=snapshot.problem))
        names = list(names)
        for name in names:
            if not safe_name(name):
                raise BackupError(problem(BackupProblem.NAME_OUTSIDE, file=name))
            if name not in snapshot.files:
                raise BackupError(problem(BackupProblem.NOT_IN_BACKUP, backup=snapshot.name, file=name))
        contents: dict[str, bytes] = {}
        total = 0
        try:
            with zipfile.ZipFile(snapshot.path) as archive:
                for name in names:
                    entry = snapshot.files[name]
                    data = _read_member(archive, FILES_PREFIX + name, MAX_FILE_BYTES)
                    if _sha256(data) != entry.sha256:
                        raise BackupError(problem(BackupProblem.FILE_DAMAGED, backup=snapshot.name, file=name))
                    total += len(data)
                    if total > MAX_TOTAL_BYTES:
                        raise BackupError(problem(BackupProblem.TOO_MUCH_AT_ONCE, backup=snapshot.name))
                    contents[name] = data
        except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, NotImplementedError, EOFError) as error:
            why = problem(BackupProblem.BACKUP_UNREADABLE, backup=snapshot.name, error=_reason(error))
            raise BackupError(why) from error
        return contents

    def versions(self, root: Path, snapshot: Snapshot, name: str) -> tuple[bytes | None, bytes]:
        """``(the file as it is now, or None when it is not on disk; the snapshot's version)``, to compare them.
        Raises BackupError (the snapshot cannot be read, or the file now cannot be)."""
        backup = self.read_files(snapshot, [name])[name]
        try:
            return read_handbook_file(Path(root), name), backup
        except FileNotFoundError:
            return None, backup
        except _Refused as refused:
            raise BackupError(problem(BackupProblem.REFUSED_NOW, file=name, problem=refused.problem)) from None
        except OSError as error:
            raise BackupError(problem(BackupProblem.UNREADABLE_NOW, file=name, error=_reason(error))) from error

    def restore(
        self, root: Path, snapshot: Snapshot, names: Iterable[str] | None = None, *, keep: int = DEFAULT_KEEP
    ) -> RestoreResult:
        """Write ``names`` (default: every file of ``snapshot``) back into the handbook as the snapshot has them.

        Everything is read and checked before anything is written (BackupError: nothing written); the current
        versions of the files to be replaced go into a "before restore" snapshot first, and when that cannot be
        written nothing is restored either. Each file is written atomically; one that cannot be is in ``failed``.
        """
        root = Path(root).resolve()
        chosen = list(dict.fromkeys(names)) if names else sorted(snapshot.files)
        contents = self.read_files(snapshot, chosen)
        result = RestoreResult()
        plan: list[tuple[str, Path, bytes, bool]] = []
        for name in chosen:
            target = root / name
            if target.is_symlink() or not is_within(target, root):
                why = problem(BackupProblem.REFUSED_NOW, file=name, problem=problem(BackupProblem.LEADS_OUTSIDE))
                raise BackupError(why)
            try:
                current: bytes | None = read_handbook_file(root, name)
            except FileNotFoundError:
                current = None
            except _Refused as refused:
                result.failed.append((name, refused.problem))
                continue
            except OSError as error:
                result.failed.append((name, problem(BackupProblem.LEFT_AS_IT_IS, error=_reason(error))))
                continue
            if current == contents[name]:
                result.unchanged.append(name)
            else:
                plan.append((name, target, contents[name], current is not None))
        existing = [name for name, _target, _data, exists in plan if exists]
        if existing:
            before = self.back_up(root, keep=keep, reason=BEFORE_RESTORE, only=existing, protect={snapshot.name})
            if before.skipped or before.snapshot is None:
                problems = "; ".join(f"{name} {why}" for name, why in before.skipped)
                files = ", ".join(name for name, _why in before.skipped)
                raise BackupError(problem(BackupProblem.BEFORE_FAILED, problems=problems, files=files))
            result.before = before.snapshot
        for name, target, data, _exists in plan:
            try:
                atomic_write_bytes(target, data)
            except OSError as error:
                result.failed.append((name, problem(BackupProblem.NOT_WRITTEN, error=_reason(error))))
                continue
            result.restored.append(name)
        return result

    def _write(self, root: Path, contents: dict[str, bytes], reason: str, now: datetime) -> Snapshot:
        folder = self.folder(root)
        stamp = now.strftime("%Y%m%d-%H%M%S")
        # After every snapshot of this second: pruning may have deleted the first ones, whose names must not come
        # back (a reused "…-HHMMSS" would sort as the oldest and survive the next prune).
        taken = [_order(p)[1] for p in folder.glob(f"{stamp}*.zip") if _NAME_RE.match(p.stem)]
        name = f"{stamp}-{max(taken) + 1}" if taken else stamp
        files = {n: BackupFile(n, _sha256(data), len(data)) for n, data in sorted(contents.items())}
        manifest = {
            "format": FORMAT,
            "app": "Handbook Studio",
            "app_version": __version__,
            "handbook": str(root),
            "created": now.isoformat(timespec="seconds"),
            "reason": reason,
            "files": {n: {"sha256": f.sha256, "size": f.size} for n, f in files.items()},
        }
        buffer = io.BytesIO()
        date_time = now.timetuple()[:6]
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(
                zipfile.ZipInfo(MANIFEST, date_time),
                json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                zipfile.ZIP_DEFLATED,
            )
            for n, data in sorted(contents.items()):
                archive.writestr(zipfile.ZipInfo(FILES_PREFIX + n, date_time), data, zipfile.ZIP_DEFLATED)
        path = folder / f"{name}.zip"
        try:
            atomic_write_bytes(path, buffer.getvalue())
            note = folder / "handbook.txt"
            if not note.is_file() or note.read_text(encoding="utf-8", errors="replace") != str(root):
                atomic_write_text(note, str(root), durable=False)
        except OSError as error:
            raise BackupError(problem(BackupProblem.NOT_WRITABLE, folder=str(folder), error=_reason(error))) from error
        return Snapshot(name, path, now, reason, files)


def read_snapshot(path: Path) -> Snapshot:
    """The snapshot in the zip ``path``, as its manifest says; ``problem`` set when it cannot be trusted."""
    snapshot = Snapshot(path.stem, path)
    try:
        with zipfile.ZipFile(path) as archive:
            if len(archive.infolist()) > MAX_FILES + 1:
                snapshot.problem = problem(BackupProblem.TOO_MANY_MEMBERS)
                return snapshot
            manifest = json.loads(_read_member(archive, MANIFEST, MAX_MANIFEST_BYTES).decode("utf-8"))
    except KeyError:
        snapshot.problem = problem(BackupProblem.NO_MANIFEST)
        return snapshot
    except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, BackupError) as error:
        snapshot.problem = problem(BackupProblem.ZIP_UNREADABLE, error=_reason(error))
        return snapshot
    except ValueError as error:  # JSON or UTF-8
        snapshot.problem = problem(BackupProblem.MANIFEST_DAMAGED, detail=str(error))
        return snapshot
    try:
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ValueError("an unknown format")
        snapshot.created = datetime.fromisoformat(str(manifest["created"]))
        snapshot.reason = str(manifest.get("reason", ""))
        files = manifest["files"]
        if not isinstance(files, dict):
            raise ValueError("its list of files is not a list")
        for name, entry in files.items():
            if not safe_name(name):
                raise ValueError(f"the file name '{name}' points outside the handbook, so the backup is refused")
            sha, size = entry.get("sha256"), entry.get("size")
            if not isinstance(sha, str) or not _SHA_RE.match(sha) or not isinstance(size, int) or size < 0:
                raise ValueError(f"the entry of '{name}' is damaged")
            snapshot.files[name] = BackupFile(name, sha, size)
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        snapshot.files = {}
        snapshot.problem = problem(BackupProblem.MANIFEST_DAMAGED, detail=_reason(error))
    return snapshot


def handbook_text_files(root: Path) -> tuple[dict[str, Path], list[tuple[str, str]]]:
    """The handbook's text files (``{relative name: path}``, sorted) and ``(folder, reason)`` of unreadable folders.

    Hidden files and folders are left out (``.git``, ``.trash``, a save's temporary files) except ``.handbook/``
    (but not its lock, which has no text suffix), as are links, and export output inside the handbook. A pipe, a
    device or a folder named like a text file is in the problems: reading it could hang or never end.
    """
    root = Path(root)
    found: dict[str, Path] = {}
    skipped: list[tuple[str, str]] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename or root)
        name = where.relative_to(root).as_posix() if where.is_relative_to(root) else str(where)
        skipped.append((name + "/", problem(BackupProblem.FILE_UNREADABLE, error=_reason(error))))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        here = Path(folder)
        if here != root and EXPORT_MARKER in files:
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") or (here == root and d == STATE_DIR))
        relative = here.relative_to(root)
        for name in sorted(files):
            if name.startswith(".") or (Path(name).suffix.lower() not in TEXT_SUFFIXES and name != CONFIG_NAME):
                continue
            path = here / name
            try:
                mode = path.lstat().st_mode
            except OSError:
                continue  # gone since the folder was read
            if stat.S_ISLNK(mode):
                continue
            if not stat.S_ISREG(mode):
                skipped.append(((relative / name).as_posix(), problem(BackupProblem.NOT_A_FILE)))
                continue
            if len(found) >= MAX_FILES:
                skipped.append(((relative / name).as_posix(), problem(BackupProblem.TOO_MANY_FILES, limit=MAX_FILES)))
                continue
            found[(relative / name).as_posix()] = path
    return dict(sorted(found.items())), skipped


def read_handbook_file(root: Path, name: str, limit: int | None = None) -> bytes:
    """The bytes of the handbook's file ``name`` (relative to ``root``), when it is a regular file inside the
    handbook and at most ``limit`` bytes (default :data:`MAX_FILE_BYTES`).

    Raises FileNotFoundError, OSError, and ``_Refused`` for a link or a name through a linked folder that leaves
    the handbook (:data:`BackupProblem.LEADS_OUTSIDE`), a pipe, device or folder (``NOT_A_FILE``; opened without
    waiting, so a pipe never hangs the caller) and a file too large (``FILE_TOO_LARGE``).
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    root = Path(root)
    path = root / name
    if path.is_symlink() or not is_within(path, root):
        raise _Refused(problem(BackupProblem.LEADS_OUTSIDE, file=name))
    with os.fdopen(_open_for_reading(path), "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _Refused(problem(BackupProblem.NOT_A_FILE))
        if info.st_size > limit:
            raise _Refused(problem(BackupProblem.FILE_TOO_LARGE, megabytes=info.st_size // 1048576))
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _Refused(problem(BackupProblem.FILE_TOO_LARGE, megabytes=len(data) // 1048576))
    return data


def _open_for_reading(path: Path) -> int:
    """A descriptor of ``path`` opened for reading without following a link and without waiting (a pipe)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags)


def compare_with_disk(root: Path, snapshot: Snapshot) -> dict[str, str]:
    """For each file of the snapshot: :data:`SAME`, :data:`CHANGED` (the file differs now) or :data:`NOT_ON_DISK`."""
    states = {}
    for name, entry in snapshot.files.items():
        try:
            states[name] = SAME if _sha256(read_handbook_file(Path(root), name)) == entry.sha256 else CHANGED
        except FileNotFoundError:
            states[name] = NOT_ON_DISK
        except (OSError, _Refused):
            states[name] = CHANGED  # a link, a pipe, too large or unreadable: not what the backup has
    return states


def safe_name(name: str) -> bool:
    """Whether a name from a zip stays inside the handbook wherever it is unpacked: relative, ``/`` separated,
    no ``..``, no drive letter, no Windows alternate data stream (``:``)."""
    if not name or len(name) > 1024 or name.startswith("/") or any(c in name for c in "\\:\x00"):
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def _read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A member's bytes, refusing one larger than ``limit`` (whatever its header claims)."""
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise BackupError(problem(BackupProblem.MEMBER_TOO_LARGE, member=name, megabytes=info.file_size // 1048576))
    with archive.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise BackupError(problem(BackupProblem.MEMBER_INFLATES, member=name))
    return data


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _order(path: Path) -> tuple[str, int]:
    match = _NAME_RE.match(path.stem)
    assert match is not None
    return match.group(1), int(match.group(2) or 1)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
