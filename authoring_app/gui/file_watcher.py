"""Watching a handbook's files for changes made by other programs, one report per burst of changes.

:class:`FileWatcher` wraps :class:`QFileSystemWatcher` for what editors and ``git`` really do: they write a new file
and rename it over the old one, which ends the watch of the old file, so every reported file is watched again
when it exists, and folders are watched too, so that new files and renames are seen. ``git pull`` may change
hundreds of files in a fraction of a second: changes are collected until things are quiet for
:data:`QUIET_MS` (at most :data:`MAX_WAIT_MS` after the first), then reported together in one :attr:`changed`.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

#: A burst of changes is over when nothing more happened for this long.
QUIET_MS = 300
#: A burst that never ends is still reported this long after its first change.
MAX_WAIT_MS = 2000

Signature = tuple[int, int, int] | None


def _signature(path: Path) -> Signature:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


class FileWatcher(QObject):
    """Watches files and folders; :attr:`changed` carries the set of files that changed, appeared or vanished."""

    #: A burst of changes is over: the ``frozenset`` of files (``Path``) that changed, appeared or vanished.
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        self._folders: dict[Path, str] = {}
        self._signatures: dict[Path, Signature] = {}
        self._touched_files: set[Path] = set()
        self._touched_folders: set[Path] = set()
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)

    # ------------------------------------------------------------------------------------------ public ---

    def watch(self, files: list[Path] | tuple[Path, ...], folders: dict[Path, str]) -> None:
        """Watch exactly ``files`` and ``folders`` (folder → the pattern of its files that matter) from now on."""
        self.clear()
        self._folders = {Path(folder): pattern for folder, pattern in folders.items()}
        self._signatures = {Path(path): _signature(Path(path)) for path in files}
        self._add_paths([str(folder) for folder in self._folders if folder.is_dir()])
        self._add_paths([str(path) for path, signature in self._signatures.items() if signature is not None])

    def clear(self) -> None:
        """Watch nothing; forget what was reported but not yet sent."""
        for paths in (self._watcher.files(), self._watcher.directories()):
            if paths:
                self._watcher.removePaths(paths)
        self._folders, self._signatures = {}, {}
        self._touched_files.clear()
        self._touched_folders.clear()
        self._quiet.stop()
        self._deadline.stop()

    def watched_files(self) -> list[str]:
        return self._watcher.files()

    def watched_folders(self) -> list[str]:
        return self._watcher.directories()

    def is_pending(self) -> bool:
        """True while a burst of changes is being collected."""
        return self._quiet.isActive() or self._deadline.isActive()

    def flush(self) -> None:
        """Report what changed now (the timers call it; tests may too)."""
        self._quiet.stop()
        self._deadline.stop()
        candidates = set(self._touched_files)
        for folder in self._touched_folders:
            pattern = self._folders.get(folder)
            if pattern is None:
                continue
            candidates.update(path for path in self._signatures if path.parent == folder)
            try:
                with os.scandir(folder) as entries:
                    names = [entry.name for entry in entries if entry.is_file()]
            except OSError:
                names = []
            candidates.update(
                folder / name for name in names if not name.startswith(".") and fnmatch.fnmatch(name, pattern)
            )
        reported_directly = set(self._touched_files)
        self._touched_files.clear()
        self._touched_folders.clear()
        changed: set[Path] = set()
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        # A folder removed and made again (a checkout) is no longer watched: watch it again.
        to_watch = [str(folder) for folder in self._folders if str(folder) not in watched and folder.is_dir()]
        for path in candidates:
            before = self._signatures.get(path, None)
            now = _signature(path)
            known = path in self._signatures
            # A file the watcher reported itself counts even when its size and time look the same (coarse clocks).
            if (path in reported_directly or not known or now != before) and (known or now is not None):
                changed.add(path)
            self._signatures[path] = now
            if now is None:
                continue
            if str(path) not in watched:
                to_watch.append(str(path))
            elif before is not None and before[2] != now[2]:
                # Another file now has this name (renamed over it): the old watch follows the old file.
                self._watcher.removePath(str(path))
                to_watch.append(str(path))
        self._add_paths(to_watch)
        if changed:
            self.changed.emit(frozenset(changed))

    # ------------------------------------------------------------------------------------------ internals ---

    def _add_paths(self, paths: list[str]) -> None:
        if paths:
            self._watcher.addPaths(paths)  # paths that cannot be watched (gone again) are skipped by Qt

    def _on_file_changed(self, name: str) -> None:
        path = Path(name)
        self._touched_files.add(path)
        if path.exists() and name not in self._watcher.files():
            self._watcher.addPath(name)  # replaced by a rename: watch the new file
        self._schedule()

    def _on_folder_changed(self, name: str) -> None:
        self._touched_folders.add(Path(name))
        self._schedule()

    def _schedule(self) -> None:
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()
