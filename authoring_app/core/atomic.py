"""The one way the tool writes a file of a project: never half-written, never a torn file after a crash."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the whole new one.

    The bytes go to a temporary file in the same folder (so the final rename never crosses file systems), are
    flushed and fsynced, and replace the target with :func:`os.replace`. The folder is fsynced too where the OS
    allows it, so the rename itself survives a power cut. The file mode of an existing target is kept.
    ``durable=False`` skips the fsyncs (still never a torn file): for caches, which can be rebuilt.
    """
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if mode is not None:
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
