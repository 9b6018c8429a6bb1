"""What the app itself last wrote to each file, so that its own writes are not taken for another program's.

Every write of a project file goes through :mod:`.atomic`, which records here the hash of the bytes it put in
place. The GUI's file watcher sees those writes like any other change; :func:`is_own` tells it that a file holds
exactly what the app wrote there last — a save from Side by Side of a file the hidden editor has open too, a
segment written from the grid, a restore from a backup — so it reloads such a file without a notice and asks
nothing. A file someone else wrote afterwards has another hash and is reported as before.

The record is per process, bounded (the oldest entries go first) and safe to use from worker threads.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from pathlib import Path

#: How many files are remembered at most (an export writes thousands; a save is checked within seconds).
MAX_RECORDED = 4096

_lock = threading.Lock()
_written: OrderedDict[str, str] = OrderedDict()


def digest(data: bytes) -> str:
    """The hash the record keeps (the same as :mod:`.editing` keeps of a file it opened)."""
    return hashlib.sha256(data).hexdigest()


def record(path: Path | str, data: bytes) -> None:
    """The app has just written ``data`` to ``path``."""
    record_digest(path, digest(data))


def record_digest(path: Path | str, hexdigest: str) -> None:
    key = _key(path)
    with _lock:
        _written[key] = hexdigest
        _written.move_to_end(key)
        while len(_written) > MAX_RECORDED:
            _written.popitem(last=False)


def is_own(path: Path | str, hexdigest: str) -> bool:
    """True when the bytes hashed as ``hexdigest`` are what the app itself last wrote to ``path``."""
    with _lock:
        return bool(hexdigest) and _written.get(_key(path)) == hexdigest


def is_own_file(path: Path | str) -> bool:
    """True when ``path`` holds now what the app itself last wrote there (read only when something was recorded)."""
    with _lock:
        recorded = _written.get(_key(path))
    if recorded is None:
        return False
    try:
        return digest(Path(path).read_bytes()) == recorded
    except OSError:
        return False


def forget_all() -> None:
    """Forget every write (for tests)."""
    with _lock:
        _written.clear()


def _key(path: Path | str) -> str:
    return os.path.normcase(os.path.realpath(path))
