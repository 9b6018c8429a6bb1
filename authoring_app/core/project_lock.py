"""The lock of an open handbook: ``.handbook/lock`` says who has it open for writing, where, and since when.

Two windows writing one handbook, on one computer or on two through a synced folder (OneDrive, Dropbox, a network
share), would overwrite each other's work. So the app that opens a handbook for writing records itself in the
lock file and refreshes the file's heartbeat every :data:`HEARTBEAT_SECONDS`; a second app finds the lock and
opens the handbook read-only, unless the user takes it over.

A lock is *stale*, and is taken over without asking, when its holder can no longer be running:

- on this computer: its process has ended, or the process id now belongs to another program (the process's start
  time, recorded where the system tells it cheaply, differs). Where the system does not tell start times (Windows,
  macOS) a process id can be reused by another program, so there a heartbeat older than
  :data:`STALE_AFTER_SECONDS` also makes the lock stale;
- on another computer, where processes cannot be seen: its heartbeat has not changed for
  :data:`STALE_AFTER_SECONDS`. A :class:`ProjectLock` that looks at the lock again and again (a read-only window,
  every minute) measures that on its own monotonic clock, which no clock difference between the computers can
  fool; at the first look it can only compare the heartbeat's time with this computer's clock, so a computer whose
  clock is wrong by more than ten minutes can make a live lock look stale (or a stale one live for a while);
- the file is damaged (not the JSON this module writes), as after a sync conflict.

Writing the lock is checked by reading it back: a heartbeat that finds another app's token after writing has lost
the lock (:data:`LOST`), and taking over a stale lock waits a moment before reading back, so that of two apps
taking it at once only one goes on.

Why a lock is stale or cannot be used is a :class:`~authoring_app.core.ui_text.CodedText`: English for the CLI, a
:class:`LockReason` code and values from which the GUI phrases its own sentence.

A lock this very process wrote (an earlier window that did not release it) is this process's own. Locking is
advice, not enforcement, and best effort: when the lock cannot be read or written (a read-only folder, a sync
program holding the file), :meth:`ProjectLock.acquire` says so and the caller opens the handbook anyway.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from .. import __version__
from .atomic import atomic_write_text
from .handbook import STATE_DIR
from .ui_text import CodedText

#: The lock file, inside the handbook's state folder.
LOCK_NAME = "lock"
#: How often the holder rewrites its heartbeat.
HEARTBEAT_SECONDS = 60
#: A lock from another computer whose heartbeat is older than this is stale (ten missed heartbeats).
STALE_AFTER_SECONDS = 10 * 60
#: A lock file larger than this is not read (it is damaged, or not ours).
MAX_LOCK_BYTES = 64 * 1024
#: How long taking over a stale lock waits before reading it back (another app taking it at once shows by then).
SETTLE_SECONDS = 0.25
_GITIGNORE = "# Handbook Studio: who has the handbook open (.handbook/lock) is not part of the handbook.\n/lock\n"


class LockReason(StrEnum):
    """Why a lock is stale, was taken over, or cannot be used; the values each reason carries are named."""

    #: ``detail``: the lock file is not what this module writes.
    DAMAGED = "damaged"
    #: ``pid``: the holder's process on this computer has ended.
    PROCESS_ENDED = "process-ended"
    #: ``pid``: the process id now belongs to another program.
    PROCESS_REPLACED = "process-replaced"
    #: ``host``, ``minutes``: the heartbeat is that old by this computer's clock.
    NO_HEARTBEAT = "no-heartbeat"
    #: ``host``, ``minutes``: this app watched the heartbeat stand still for that long.
    HEARTBEAT_STOPPED = "heartbeat-stopped"
    #: The user took the handbook from a running app.
    FORCED = "forced"
    #: ``error``, ``file``: the lock file cannot be read or written.
    CANNOT_USE = "cannot-use"


_ENGLISH = {
    LockReason.DAMAGED: "the lock file was damaged ({detail})",
    LockReason.PROCESS_ENDED: "its process {pid} on this computer has ended",
    LockReason.PROCESS_REPLACED: "its process {pid} has ended (the number is another program's now)",
    LockReason.NO_HEARTBEAT: "{host} has given no sign of life for {minutes} minutes (the app ended there)",
    LockReason.HEARTBEAT_STOPPED: "{host} has given no sign of life for {minutes} minutes (the app ended there)",
    LockReason.FORCED: "taken over on request",
    LockReason.CANNOT_USE: "{error} ({file})",
}


def lock_reason(code: LockReason, **values: object) -> CodedText:
    """``code`` with its values, as English text that also carries them (see :class:`LockReason`)."""
    english = _ENGLISH[code]
    if code is LockReason.CANNOT_USE and not values.get("file"):
        english = "{error}"
    return CodedText(code, english, **values)


#: The reason of a :data:`TAKEN_OVER` from a running app (``acquire(force=True)``).
FORCED = lock_reason(LockReason.FORCED)
# What inspect_lock finds.
FREE, OURS, LIVE, STALE, UNREADABLE = "free", "ours", "live", "stale", "unreadable"
# What acquire and refresh do.
ACQUIRED, TAKEN_OVER, HELD, UNAVAILABLE, REFRESHED, LOST = (
    "acquired",
    "taken-over",
    "held",
    "unavailable",
    "refreshed",
    "lost",
)


def lock_path(root: Path) -> Path:
    return Path(root) / STATE_DIR / LOCK_NAME


@dataclass(frozen=True)
class Identity:
    """A running app as a lock names it: computer, process (and when it started), user."""

    host: str
    pid: int
    user: str
    #: The process's start time as the system counts it (Linux: clock ticks since boot); None where unknown.
    process_start: str | None = None

    @classmethod
    def current(cls) -> Identity:
        pid = os.getpid()
        return cls(_host_name(), pid, _user_name(), process_start_time(pid))


@dataclass(frozen=True)
class LockHolder:
    """What a lock file says about the app that holds it."""

    host: str
    pid: int
    user: str
    app_version: str
    since: datetime
    heartbeat: datetime
    token: str
    process_start: str | None = None

    def describe(self) -> str:
        """``alice on lab-pc-3 (process 4242), since 2024-05-02 10:15`` (the time in this computer's zone)."""
        since = self.since.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{self.user or '?'} on {self.host or '?'} (process {self.pid}), since {since}"

    def to_json(self) -> dict[str, object]:
        return {
            "app": "Handbook Studio",
            "app_version": self.app_version,
            "host": self.host,
            "pid": self.pid,
            "process_start": self.process_start,
            "user": self.user,
            "since": self.since.isoformat(timespec="seconds"),
            "heartbeat": self.heartbeat.isoformat(timespec="seconds"),
            "token": self.token,
        }

    @classmethod
    def from_json(cls, data: object) -> LockHolder:
        """Raises ValueError when ``data`` is not what :meth:`to_json` makes."""
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        try:
            host, user, version, token = (str(data[key]) for key in ("host", "user", "app_version", "token"))
            pid = data["pid"]
            if not isinstance(pid, int) or isinstance(pid, bool):
                raise ValueError("pid is not a number")
            since, heartbeat = (_parse_time(data[key]) for key in ("since", "heartbeat"))
        except (KeyError, TypeError) as error:
            raise ValueError(f"missing or wrong field {error}") from error
        start = data.get("process_start")
        return cls(host, pid, user, version, since, heartbeat, token, None if start is None else str(start))


@dataclass(frozen=True)
class LockState:
    """What the lock file says now: :data:`FREE`, :data:`OURS`, :data:`LIVE`, :data:`STALE` or :data:`UNREADABLE`."""

    kind: str
    holder: LockHolder | None = None
    #: Why a lock is stale, or why the file cannot be read ("" otherwise).
    reason: str = ""


@dataclass(frozen=True)
class LockOutcome:
    """What :meth:`ProjectLock.acquire` or :meth:`~ProjectLock.refresh` did.

    ``kind``: :data:`ACQUIRED` (no one had it), :data:`TAKEN_OVER` (``holder`` had it; ``reason`` says why that was
    allowed), :data:`HELD` (``holder`` has it: open read-only), :data:`UNAVAILABLE` (``reason``: the lock cannot
    be used; locking is off), :data:`REFRESHED` (the heartbeat was written), :data:`LOST` (``holder`` took it over).
    ``reason`` is a :class:`~authoring_app.core.ui_text.CodedText` with a :class:`LockReason` code.
    """

    kind: str
    holder: LockHolder | None = None
    reason: str = ""

    @property
    def writable(self) -> bool:
        """Whether this app may write the handbook (it holds the lock, or locking is off)."""
        return self.kind not in (HELD, LOST)


@dataclass
class ProjectLock:
    """The lock of the handbook in ``root``, as the app in ``identity`` (default: this process) sees it."""

    root: Path
    identity: Identity = field(default_factory=Identity.current)
    stale_after: float = STALE_AFTER_SECONDS
    #: How long taking over a stale lock waits before reading it back.
    settle_seconds: float = SETTLE_SECONDS
    #: The monotonic clock that times how long another computer's heartbeat has stood still.
    clock: Callable[[], float] = time.monotonic
    #: The token of the lock this object wrote (None while it holds none).
    token: str | None = None
    since: datetime | None = None
    #: ``((token, heartbeat), clock reading when first seen)`` of another computer's lock, while watching it.
    _seen: tuple[tuple[str, datetime], float] | None = field(default=None, init=False, repr=False)

    @property
    def path(self) -> Path:
        return lock_path(self.root)

    @property
    def held(self) -> bool:
        return self.token is not None

    def inspect(self, now: datetime | None = None) -> LockState:
        return self._watch(inspect_lock(self.root, self.identity, now=now, stale_after=self.stale_after))

    def acquire(self, *, force: bool = False) -> LockOutcome:
        """Take the lock unless another running app holds it (``force``: take it from that app too)."""
        state = self.inspect()
        if state.kind == UNREADABLE:
            return LockOutcome(UNAVAILABLE, reason=state.reason)
        if state.kind == LIVE and not force:
            return LockOutcome(HELD, state.holder)
        previous = state.holder
        token = uuid.uuid4().hex
        now = _now()
        holder = self._holder(token, now, now)
        try:
            if state.kind == FREE and not self.path.exists():
                if not _create_exclusive(self.path, _lock_text(holder)):
                    return self._lost_race()
            else:
                atomic_write_text(self.path, _lock_text(holder))
                if state.kind in (STALE, LIVE) and self.settle_seconds > 0:
                    # Another app may be taking the same stale lock right now: the one whose token is in the
                    # file a moment later has it.
                    _pause(self.settle_seconds)
            written = read_holder(self.path)
        except (OSError, ValueError) as error:
            return LockOutcome(UNAVAILABLE, reason=_os_reason(error))
        if written.token != token:
            return self._lost_race()
        self.token, self.since = token, now
        ensure_git_ignored(self.root)
        if state.kind == STALE:
            return LockOutcome(TAKEN_OVER, previous, state.reason)
        if state.kind == LIVE:
            return LockOutcome(TAKEN_OVER, previous, FORCED)
        return LockOutcome(ACQUIRED)

    def refresh(self) -> LockOutcome:
        """Write a new heartbeat, unless another app took the lock over meanwhile (:data:`LOST`)."""
        if self.token is None or self.since is None:
            return self.acquire()
        try:
            current = read_holder(self.path)
        except FileNotFoundError:
            current = None  # deleted by someone: simply written again
        except ValueError:
            current = None  # damaged: ours again
        except OSError as error:
            return LockOutcome(UNAVAILABLE, reason=_os_reason(error))
        if current is not None and current.token != self.token:
            self.token = self.since = None
            return LockOutcome(LOST, current)
        try:
            atomic_write_text(self.path, _lock_text(self._holder(self.token, self.since, _now())), durable=False)
            # Another app may have taken the lock over between the read above and this write; whichever token is
            # in the file now holds it.
            written = read_holder(self.path)
        except FileNotFoundError:
            return LockOutcome(REFRESHED)  # deleted at once by someone: the next heartbeat writes it again
        except ValueError:
            written = None
        except OSError as error:
            return LockOutcome(UNAVAILABLE, reason=_os_reason(error))
        if written is not None and written.token != self.token:
            self.token = self.since = None
            return LockOutcome(LOST, written)
        return LockOutcome(REFRESHED)

    def release(self) -> bool:
        """Remove the lock if it is still this object's; True when it was removed (or was not there)."""
        token, self.token, self.since = self.token, None, None
        if token is None:
            return False
        try:
            if read_holder(self.path).token != token:
                return False  # taken over since: that app's lock stays
            self.path.unlink()
        except FileNotFoundError:
            return True
        except (OSError, ValueError):
            return False
        return True

    def _holder(self, token: str, since: datetime, heartbeat: datetime) -> LockHolder:
        me = self.identity
        return LockHolder(me.host, me.pid, me.user, __version__, since, heartbeat, token, me.process_start)

    def _lost_race(self) -> LockOutcome:
        state = self.inspect()
        if state.kind == UNREADABLE:
            return LockOutcome(UNAVAILABLE, reason=state.reason)
        return LockOutcome(HELD, state.holder)

    def _watch(self, state: LockState) -> LockState:
        """Another computer's lock: whether its heartbeat moves, as this object saw it (see the module docstring)."""
        holder = state.holder
        if holder is None or state.kind not in (LIVE, STALE) or _same_host(holder.host, self.identity.host):
            self._seen = None
            return state
        mark, tick = (holder.token, holder.heartbeat), self.clock()
        seen = self._seen
        if seen is None or seen[0][0] != holder.token:
            self._seen = (mark, tick)
            return state  # the first look at this lock: only the clocks can tell
        if seen[0] != mark:
            self._seen = (mark, tick)
            return LockState(LIVE, holder)  # it beat since the last look: running, whatever the clocks say
        still = tick - seen[1]
        if still > self.stale_after:
            why = lock_reason(LockReason.HEARTBEAT_STOPPED, host=holder.host, minutes=int(still // 60))
            return LockState(STALE, holder, why)
        return LockState(LIVE, holder)  # not watched long enough to call it stale


def inspect_lock(
    root: Path,
    identity: Identity | None = None,
    *,
    now: datetime | None = None,
    stale_after: float = STALE_AFTER_SECONDS,
) -> LockState:
    """Who holds the lock of the handbook in ``root``, and whether that app can still be running."""
    me = identity or Identity.current()
    try:
        holder = read_holder(lock_path(root))
    except FileNotFoundError:
        return LockState(FREE)
    except ValueError as error:
        return LockState(STALE, reason=lock_reason(LockReason.DAMAGED, detail=str(error)))
    except OSError as error:
        return LockState(UNREADABLE, reason=_os_reason(error))
    age = ((now or _now()) - holder.heartbeat).total_seconds()
    silent = lock_reason(LockReason.NO_HEARTBEAT, host=holder.host, minutes=int(age // 60))
    if _same_host(holder.host, me.host):
        if holder.pid == me.pid and (holder.process_start is None or holder.process_start == me.process_start):
            return LockState(OURS, holder)
        if not pid_alive(holder.pid):
            return LockState(STALE, holder, lock_reason(LockReason.PROCESS_ENDED, pid=holder.pid))
        start = process_start_time(holder.pid)
        if holder.process_start is not None and start is not None:
            if start != holder.process_start:
                return LockState(STALE, holder, lock_reason(LockReason.PROCESS_REPLACED, pid=holder.pid))
            return LockState(LIVE, holder)
        # No start time to compare (Windows, macOS): the process id may be another program's by now, so a
        # heartbeat that stopped long ago says the app has ended.
        return LockState(STALE, holder, silent) if age > stale_after else LockState(LIVE, holder)
    if age > stale_after:
        return LockState(STALE, holder, silent)
    return LockState(LIVE, holder)


def read_holder(path: Path) -> LockHolder:
    """The lock file's holder. Raises FileNotFoundError, OSError (cannot read), ValueError (damaged)."""
    with open(path, "rb") as handle:
        raw = handle.read(MAX_LOCK_BYTES + 1)
    if len(raw) > MAX_LOCK_BYTES:
        raise ValueError("too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError("not JSON" if raw.strip() else "empty") from error
    return LockHolder.from_json(data)


def ensure_git_ignored(root: Path) -> None:
    """Make git ignore the lock: ``.handbook/.gitignore`` naming it, unless that file exists (it is the user's
    then). Best effort: a folder that cannot be written is no reason to refuse the lock."""
    ignore = Path(root) / STATE_DIR / ".gitignore"
    with contextlib.suppress(OSError):
        if not ignore.exists():
            atomic_write_text(ignore, _GITIGNORE)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (a zombie counts as ended)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except OSError:
        return False
    state = _proc_stat(pid)
    return not (state and state[0] in ("Z", "X"))


def process_start_time(pid: int) -> str | None:
    """When the process started, as Linux's ``/proc`` says it (ticks since boot); None elsewhere or when unknown."""
    fields = _proc_stat(pid)
    return fields[19] if fields and len(fields) > 19 else None


def _proc_stat(pid: int) -> list[str] | None:
    """The fields of ``/proc/<pid>/stat`` after the command name (state first), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    return text.rpartition(")")[2].split()


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    # os.kill(pid, 0) would *terminate* the process on Windows: ask the kernel instead.
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == access_denied  # type: ignore[attr-defined]
    try:
        code = ctypes.c_ulong()
        if kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return code.value == still_active
        return True
    finally:
        kernel32.CloseHandle(handle)


def _pause(seconds: float) -> None:
    """Wait (taking over a stale lock; tests let another app write meanwhile)."""
    time.sleep(seconds)


def _temporary_file(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path``: ``(descriptor, name)``. (Tests refuse it to pose as a folder that
    cannot be written.)"""
    return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)


def _create_exclusive(path: Path, text: str) -> bool:
    """Put a whole file at ``path`` only if there is none (False: another app was first).

    The text goes to a temporary file that is then hard-linked into place, which fails when ``path`` exists; where
    the file system has no hard links (FAT, some synced folders) it is renamed into place instead.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temporary_file(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # readable by the other users of a shared folder, as a file written by save is
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:
            if path.exists():
                return False
            os.replace(tmp, path)
        return True
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _lock_text(holder: LockHolder) -> str:
    return json.dumps(holder.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _parse_time(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError("a time is not text")
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _now() -> datetime:
    return datetime.now(UTC)


def _same_host(a: str, b: str) -> bool:
    return a.strip().lower() == b.strip().lower()


def _host_name() -> str:
    try:
        return socket.gethostname() or "?"
    except OSError:
        return "?"


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return ""


def _os_reason(error: Exception) -> CodedText:
    if isinstance(error, OSError):
        return lock_reason(LockReason.CANNOT_USE, error=str(error.strerror or error), file=str(error.filename or ""))
    return lock_reason(LockReason.CANNOT_USE, error=str(error), file="")
