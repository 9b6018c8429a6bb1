"""The one way the tool writes a file of a project: never half-written, never a torn file after a crash."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from . import own_writes

#: How much of a file :func:`atomic_copy` holds in memory at a time.
_COPY_CHUNK = 1024 * 1024


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the whole new one.

    The bytes go to a temporary file in the same folder (so the final rename never crosses file systems), are
    flushed and fsynced, and replace the target with :func:`os.replace`. The folder is fsynced too where the OS
    allows it, so the rename itself survives a power cut. The file mode of an existing target is kept.
    ``durable=False`` skips the fsyncs (still never a torn file): for caches, which can be rebuilt.
    The write is recorded (:mod:`.own_writes`), so the app's file watcher does not take it for another program's.
    """
    _replace_atomically(path, lambda handle: handle.write(data), durable=durable)
    own_writes.record(path, data)


def atomic_copy(source: Path, target: Path) -> None:
    """Copy the file ``source`` to ``target`` the way :func:`atomic_write_bytes` writes, without reading it whole.

    For video and audio, which can be larger than memory allows: streamed in 1 MiB chunks into a temporary file
    next to ``target``, fsynced, put in place with :func:`os.replace`, and the folder fsynced.
    """
    with Path(source).open("rb") as reader:
        _replace_atomically(target, lambda handle: shutil.copyfileobj(reader, handle, _COPY_CHUNK), durable=True)


def _umask() -> int:
    """The process's umask (read by setting it, so set back at once)."""
    current = os.umask(0o022)
    os.umask(current)
    return current


def _replace_atomically(path: Path, write: Callable[[BinaryIO], object], *, durable: bool) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then swap it in (keeping the target's file mode)."""
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()  # a new file gets what open() would give it, not mkstemp's private 0600
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if durable:
        _fsync_folder(folder)


def atomic_write_text(
    path: Path, text: str, *, newline: str = "\n", encoding: str = "utf-8", durable: bool = True
) -> None:
    """Write text atomically; ``newline`` is the line end the file had (``"\\n"`` or ``"\\r\\n"``)."""
    if newline != "\n":
        text = text.replace("\r\n", "\n").replace("\n", newline)
    atomic_write_bytes(path, text.encode(encoding), durable=durable)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
