"""An output folder that is replaced in one step: build beside it, then swap, so a failed export changes nothing."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType

#: Written into every export, so that a later export knows the folder is its own to replace.
MARKER = ".handbook-export"


class OutputFolder:
    """``with OutputFolder(out) as output: output.write(...); output.commit()``.

    Files go into a hidden temporary folder beside ``out``. :meth:`commit` moves the old ``out`` aside, moves the
    new folder in and deletes the old one; leaving the block without commit (an error) deletes the temporary folder
    and keeps ``out`` as it was.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        self.folder: Path = out  # set in __enter__
        self._committed = False

    @staticmethod
    def check_replaceable(out: Path) -> None:
        from .site import ExportError

        if out.exists() and not out.is_dir():
            raise ExportError(f"{out} is a file, not a folder: choose a folder for the export")
        if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
            raise ExportError(
                f"{out} is not empty and was not made by an export: choose an empty or new folder, "
                "so that nothing of yours is replaced"
            )

    def __enter__(self) -> OutputFolder:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.new-", dir=self.out.parent))
        os.chmod(self.folder, 0o755)
        return self

    def path(self, rel: str) -> Path:
        target = (self.folder / rel).resolve()
        if not target.is_relative_to(self.folder.resolve()):
            raise ValueError(f"refusing to write outside the output folder: {rel}")
        return target

    def write(self, rel: str, data: bytes) -> None:
        target = self.path(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    def commit(self) -> None:
        (self.folder / MARKER).write_text(
            "Made by Handbook Studio; the next export replaces this folder.\n", encoding="utf-8"
        )
        old: Path | None = None
        if self.out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.old-", dir=self.out.parent))
            old.rmdir()
            self.out.rename(old)
        try:
            self.folder.rename(self.out)
        except OSError:
            if old is not None:
                old.rename(self.out)
            raise
        self._committed = True
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if not self._committed:
            shutil.rmtree(self.folder, ignore_errors=True)
