"""Opening a section for editing and saving it back: never a half-written file, never a silent overwrite.

:func:`open_for_editing` reads a section as :meth:`Handbook.read` does and remembers what was on disk (a hash of
its bytes), so :func:`save_section` can tell when someone else changed the file since (another program, a
``git pull``) and refuse to overwrite it unless told to. A save keeps the file's line ends and byte order mark.
A section that does not exist yet in a language (a translation being started) opens empty and is created on save.

:class:`RecoveryStore` keeps a copy of unsaved text in the user's data folder (never next to the real file), so
that text typed before a crash or power cut can be offered back at the next start; each copy names the app that
wrote it, so that another app that still runs never sees its unsaved text offered as text from a crash.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_write_text
from .handbook import Handbook
from .project_lock import STALE_AFTER_SECONDS, Identity, pid_alive, process_start_time
from .safety_settings import safety_dir


class SaveConflict(Exception):
    """The file changed on disk since it was opened; saving now would overwrite someone else's change."""


class EditingError(Exception):
    """A section cannot be opened or saved; the message says what, where and what to do."""


class EncodingError(EditingError):
    """The section file is not UTF-8 text; ``guess`` names the legacy encoding it likely is in (or is None).

    The GUI offers to convert it (:func:`~authoring_app.core.encoding.convert_to_utf8`) and then opens it.
    """

    def __init__(self, message: str, path: Path, raw: bytes, guess: str | None) -> None:
        super().__init__(message)
        self.path = path
        self.raw = raw
        self.guess = guess


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
        message = f"{lang}/{slug}.md: {problem.message if problem else 'cannot be read'}"
        if problem is not None and problem.code == "encoding":
            from .encoding import guess_encoding

            try:
                raw = path.read_bytes()
            except OSError:
                raw = b""
            raise EncodingError(message, path, raw, guess_encoding(raw))
        raise EditingError(message)
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
        if section.exists and not section.path.exists():
            raise SaveConflict(
                f"{section.lang}/{section.slug}.md was deleted, moved or renamed by another program (or a sync "
                "program) since you opened it: save anyway to write it again where it was, or cancel and look "
                "for it first"
            )
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


#: What a recovery copy's owner is to this app (:meth:`RecoveryStore.owner_state`).
OURS, RUNNING, ENDED = "ours", "running", "ended"
#: The owner of a copy (``<copy>.owner``) and the heartbeats of running apps (``owners/``).
OWNER_SUFFIX = ".owner"
OWNERS_FOLDER = "owners"
#: How often a running app renews its heartbeat in the recovery folder (at most; each write and the window's
#: lock timer renew it).
OWNER_BEAT_SECONDS = 30
_MAX_OWNER_BYTES = 16 * 1024


@dataclass(frozen=True)
class RecoveryCopy:
    path: Path
    text: str
    saved_at: float
    lang: str = ""
    slug: str = ""
    #: The app that wrote it; None for a copy from before owners were recorded (counted as from an app that ended).
    owner: Identity | None = None
    #: :data:`OURS`, :data:`RUNNING` (another app that still runs: its unsaved text, not a crash's) or
    #: :data:`ENDED` (left by an app that crashed or was killed: to be offered).
    state: str = ENDED

    @property
    def offerable(self) -> bool:
        """Whether this app may offer (and discard) it as text from a crash."""
        return self.state in (OURS, ENDED)


class RecoveryStore:
    """Unsaved text of sections, one file per handbook, language and section, in the user's data folder.

    Each copy names the app that wrote it in ``<copy>.owner`` (computer, process id and start time), so that a
    second app never takes another running app's unsaved text for text from a crash: only copies of this app and of
    apps that have ended are offered (:meth:`read`, :meth:`offerable`). Where a running app's copy of a section
    exists, this app keeps its own beside it (``<slug>.<process>-<computer>.md``) instead of overwriting it.
    Whether an app still runs is seen from its process on this computer; where the system does not tell process
    start times (Windows, macOS) or the app ran on another computer, from its heartbeat under ``owners/``, which a
    running app renews at least every minute and which counts as ended after ten minutes.
    """

    def __init__(self, folder: Path | None = None, owner: Identity | None = None) -> None:
        self.folder = folder or safety_dir() / "recovery"
        #: This app, as its copies name it (tests pose as another app with their own).
        self.owner = owner or Identity.current()
        self._last_beat = -math.inf

    def path_for(self, handbook_root: Path, lang: str, slug: str) -> Path:
        """The copy of section ``slug`` in ``lang`` (an app that finds another running app's copy there keeps its
        own beside it, see :meth:`write`)."""
        return self._handbook_folder(handbook_root) / lang / f"{slug}.md"

    def write(self, handbook_root: Path, lang: str, slug: str, text: str) -> Path:
        """Keep ``text`` as this app's recovery copy (atomically; not forced to disk, so typing never waits)."""
        path = self.path_for(handbook_root, lang, slug)
        owner = read_owner(path) if path.exists() else None
        if owner is not None and self.owner_state(owner) == RUNNING:
            path = path.with_name(f"{slug}.{_owner_tag(self.owner)}.md")  # another running app's unsaved text
            owner = read_owner(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        note = path.parent.parent / "handbook.txt"
        if not note.exists():
            note.write_text(str(Path(handbook_root).resolve()), encoding="utf-8")
        atomic_write_text(path, text, durable=False)
        if owner != self.owner:
            self._write_owner(path)
        if time.monotonic() - self._last_beat > OWNER_BEAT_SECONDS:
            self.beat()
        return path

    def read(self, handbook_root: Path, lang: str, slug: str) -> RecoveryCopy | None:
        """The newest copy of the section that this app may offer: its own, or one left by an app that ended."""
        copies = [copy for copy in self.copies(handbook_root, lang, slug) if copy.offerable]
        return copies[0] if copies else None

    def copies(self, handbook_root: Path, lang: str | None = None, slug: str | None = None) -> list[RecoveryCopy]:
        """Every recovery copy of the handbook (of one section, with ``lang`` and ``slug``), newest first."""
        base = self._handbook_folder(handbook_root)
        pattern = f"{lang or '*'}/{slug + '*' if slug else '*'}.md"
        found = []
        for path in base.glob(pattern):
            copy_slug = path.name.removesuffix(".md").split(".", 1)[0]
            if slug is not None and copy_slug != slug:
                continue
            try:
                text, saved_at = path.read_text(encoding="utf-8"), path.stat().st_mtime
            except (OSError, UnicodeDecodeError):
                continue
            owner = read_owner(path)
            found.append(
                RecoveryCopy(path, text, saved_at, path.parent.name, copy_slug, owner, self.owner_state(owner))
            )
        return sorted(found, key=lambda copy: copy.saved_at, reverse=True)

    def offerable(self, handbook_root: Path) -> list[RecoveryCopy]:
        """The copies this app may offer as text from a crash (its own and those of apps that ended), newest
        first."""
        return [copy for copy in self.copies(handbook_root) if copy.offerable]

    def pending(self, handbook_root: Path) -> list[tuple[str, str]]:
        """``(lang, slug)`` of every section of the handbook with a copy this app may offer, newest first."""
        return list(dict.fromkeys((copy.lang, copy.slug) for copy in self.offerable(handbook_root)))

    def originals_folder(self, handbook_root: Path, lang: str) -> Path:
        """Where the original bytes of a file are kept before it is rewritten (e.g. converted to UTF-8)."""
        return self._handbook_folder(handbook_root) / "originals" / lang

    def clear(self, handbook_root: Path, lang: str, slug: str) -> None:
        """This app's copies of the section go (saved, discarded, undone back to the file)."""
        for copy in self.copies(handbook_root, lang, slug):
            if copy.state == OURS:
                self.discard(copy)

    def discard(self, copy: RecoveryCopy) -> None:
        """Delete ``copy`` (the user discarded it)."""
        copy.path.unlink(missing_ok=True)
        _owner_path(copy.path).unlink(missing_ok=True)

    def adopt(self, copy: RecoveryCopy) -> None:
        """``copy``'s text is in this app's editor now (restored): the copy is this app's from now on (and its
        newest of the section), cleared when it saves."""
        if copy.path.exists():
            self._write_owner(copy.path)
            with contextlib.suppress(OSError):
                os.utime(copy.path)

    def owner_state(self, owner: Identity | None) -> str:
        """Whether ``owner`` is this app (:data:`OURS`), still runs (:data:`RUNNING`) or has ended (:data:`ENDED`;
        also a copy without an owner)."""
        if owner is None:
            return ENDED
        me = self.owner
        here = owner.host.strip().lower() == me.host.strip().lower()
        if here and owner.pid == me.pid:
            if None in (owner.process_start, me.process_start) or owner.process_start == me.process_start:
                return OURS
            return ENDED  # an app that had this process id before this one
        if here:
            if not pid_alive(owner.pid):
                return ENDED
            start = process_start_time(owner.pid)
            if owner.process_start is not None and start is not None:
                return RUNNING if start == owner.process_start else ENDED
        return RUNNING if self._beats(owner) else ENDED  # start times unknown, or another computer

    def beat(self) -> None:
        """Renew this app's heartbeat (the window's lock timer calls it every minute; best effort)."""
        self._last_beat = time.monotonic()
        data = {**_owner_json(self.owner), "heartbeat": time.time()}
        with contextlib.suppress(OSError):
            atomic_write_text(self._beat_path(self.owner), json.dumps(data) + "\n", durable=False)

    def _beats(self, owner: Identity) -> bool:
        """Whether ``owner``'s heartbeat is recent (compared with this computer's clock)."""
        try:
            with self._beat_path(owner).open("rb") as handle:
                data = json.loads(handle.read(_MAX_OWNER_BYTES).decode("utf-8"))
            beat = float(data["heartbeat"])
            same = _owner_from_json(data) == owner
        except (OSError, ValueError, KeyError, TypeError):
            return False
        return same and time.time() - beat < STALE_AFTER_SECONDS

    def _beat_path(self, owner: Identity) -> Path:
        return self.folder / OWNERS_FOLDER / f"{_owner_tag(owner)}.json"

    def _write_owner(self, path: Path) -> None:
        atomic_write_text(_owner_path(path), json.dumps(_owner_json(self.owner)) + "\n", durable=False)

    def _handbook_folder(self, handbook_root: Path) -> Path:
        key = hashlib.sha256(str(Path(handbook_root).resolve()).encode("utf-8")).hexdigest()[:16]
        return self.folder / key


def read_owner(copy_path: Path) -> Identity | None:
    """The app that wrote the recovery copy ``copy_path``; None when it does not say (an older copy, damaged)."""
    try:
        with _owner_path(copy_path).open("rb") as handle:
            return _owner_from_json(json.loads(handle.read(_MAX_OWNER_BYTES).decode("utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _owner_path(copy_path: Path) -> Path:
    return copy_path.with_name(copy_path.name + OWNER_SUFFIX)


def _owner_json(owner: Identity) -> dict[str, object]:
    return {"host": owner.host, "pid": owner.pid, "process_start": owner.process_start, "user": owner.user}


def _owner_from_json(data: object) -> Identity:
    if not isinstance(data, dict) or not isinstance(data["pid"], int) or isinstance(data["pid"], bool):
        raise ValueError("not an owner")
    start = data.get("process_start")
    return Identity(str(data["host"]), data["pid"], str(data.get("user", "")), None if start is None else str(start))


def _owner_tag(owner: Identity) -> str:
    """``4242-1a2b3c``: the process and (a short hash of) the computer, for file names."""
    return f"{owner.pid}-{hashlib.sha256(owner.host.strip().lower().encode('utf-8')).hexdigest()[:6]}"
