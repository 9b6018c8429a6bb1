"""Several files changed as one: each write or move is atomic, and should one fail, those already done are undone.

A structure change touches many files (a section renamed in five languages, its links rewritten everywhere,
handbook.toml). :class:`FileTransaction` makes them one step, so the handbook is never left half-changed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from .atomic import atomic_write_bytes
from .structure_error import StructureError

__all__ = ["UTF8_BOM", "FileTransaction"]

UTF8_BOM = b"\xef\xbb\xbf"


class FileTransaction:
    """Writes and moves done one by one, each atomic; on an error the ones already done are undone.

    Used as ``with FileTransaction() as tx: …``; an :class:`OSError` inside becomes a :class:`StructureError`
    that names the file, after everything was put back.
    """

    def __init__(self) -> None:
        self._done: list[Callable[[], None]] = []

    def __enter__(self) -> FileTransaction:
        return self

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        if exc is None:
            return
        for undo in reversed(self._done):
            with suppress(OSError):
                undo()
        if isinstance(exc, OSError):
            raise StructureError(
                f"could not write {exc.filename or 'a file'}: {exc.strerror or exc}; nothing was changed"
            ) from exc

    def write(self, path: Path, text: str, newline: str = "\n", bom: bool = False) -> None:
        """Write ``text`` with the file's own line ends (``newline``) and byte-order mark."""
        old = path.read_bytes() if path.exists() else None
        data = text.replace("\n", newline).encode("utf-8") if newline != "\n" else text.encode("utf-8")
        atomic_write_bytes(path, (UTF8_BOM if bom else b"") + data)
        if old is None:
            self._done.append(lambda: path.unlink(missing_ok=True))
        else:
            self._done.append(lambda: atomic_write_bytes(path, old))

    def move(self, source: Path, target: Path) -> None:
        """Rename ``source`` to ``target`` (never over an existing file)."""
        if target.exists() or target.is_symlink():
            raise FileExistsError(0, "the file already exists", str(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        os.rename(source, target)
        self._done.append(lambda: os.rename(target, source))

    def make_folder(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        self._done.append(lambda: shutil.rmtree(folder, ignore_errors=True))
