"""What the previous export of a folder produced, so that the next one redoes only what changed.

For every file it wrote, an export records a key — a hash of everything the file was made from — with the size
and modification time the file had. The next export into the same folder computes each file's key first; when the
key matches and the old file is still as it was left, the file is linked from the old output instead of being made
again. The record lives in the user's cache folder (not in the published site), keyed by the output folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..atomic import atomic_write_text

MANIFEST_VERSION = 1


def digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:32]


@dataclass
class Manifest:
    """``files``: output path → ``[key, size, mtime_ns]``; ``meta``: render key → what :class:`PageMeta` keeps."""

    files: dict[str, list] = field(default_factory=dict)
    meta: dict[str, list] = field(default_factory=dict)
    #: Source file → ``[size, mtime_ns, render key]``, valid while ``context`` (renderer, media, languages) holds:
    #: an unchanged file is not even read again.
    sources: dict[str, list] = field(default_factory=dict)
    context: str = ""

    @staticmethod
    def location(cache_dir: Path, out: Path) -> Path:
        return cache_dir / "exports" / f"{digest(str(out))}.json"

    @classmethod
    def load(cls, cache_dir: Path, out: Path) -> Manifest:
        try:
            data = json.loads(cls.location(cache_dir, out).read_text(encoding="utf-8"))
            if data.get("version") != MANIFEST_VERSION or data.get("out") != str(out):
                return cls()
            return cls(
                files=dict(data["files"]),
                meta=dict(data["meta"]),
                sources=dict(data.get("sources", {})),
                context=str(data.get("context", "")),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return cls()

    def save(self, cache_dir: Path, out: Path) -> None:
        data = {
            "version": MANIFEST_VERSION,
            "out": str(out),
            "files": self.files,
            "meta": self.meta,
            "sources": self.sources,
            "context": self.context,
        }
        # Without a record the next export is a full one, nothing worse.
        with contextlib.suppress(OSError):
            atomic_write_text(
                self.location(cache_dir, out), json.dumps(data, ensure_ascii=False, sort_keys=True), durable=False
            )


class Reuse:
    """Links unchanged files from the previous output into the new one."""

    def __init__(self, previous: Manifest, old_out: Path, new_folder: Path, record: Manifest | None = None) -> None:
        self.previous = previous
        self.old_out = old_out
        self.new_folder = new_folder
        #: What this export makes, to be saved as the next export's ``previous``.
        self.record = record if record is not None else Manifest()
        self.reused = 0
        self._folders: set[str] = set()

    def unchanged(self, rel: str, key: str) -> bool:
        """True when the previous export made ``rel`` from the same inputs and the file is still as it left it."""
        entry = self.previous.files.get(rel)
        if not entry or entry[0] != key:
            return False
        try:
            stat = os.stat(os.path.join(self.old_out, rel))
        except OSError:
            return False
        return stat.st_size == entry[1] and stat.st_mtime_ns == entry[2]

    def link(self, rel: str, key: str) -> bool:
        """Link ``rel`` from the old output when it is unchanged; True when done."""
        if not self.unchanged(rel, key):
            return False
        source = os.path.join(self.old_out, rel)
        target = os.path.join(self.new_folder, rel)
        folder = os.path.dirname(target)
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        try:
            os.link(source, target)
        except OSError:
            try:
                shutil.copy2(source, target)
            except OSError:
                return False
            self.remember(rel, key)
        else:
            self.record.files[rel] = list(self.previous.files[rel])  # a link has the same size and time
        self.reused += 1
        return True

    def remember(self, rel: str, key: str) -> None:
        stat = (self.new_folder / rel).stat()
        self.record.files[rel] = [key, stat.st_size, stat.st_mtime_ns]


class FragmentStore:
    """The search fragments of one language's pages from the last export, by a key of what each was made from,
    so that a re-export joins the index again without reading every page's rendered content."""

    def __init__(self, cache_dir: Path, out: Path, lang: str) -> None:
        self.path = cache_dir / "exports" / f"{digest(str(out))}-search-{lang}.json"
        self.fragments: dict[str, str] = {}

    def load(self) -> FragmentStore:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                self.fragments = {str(k): str(v) for k, v in data.items()}
        except (OSError, ValueError):
            self.fragments = {}
        return self

    def save(self, fragments: dict[str, str]) -> None:
        with contextlib.suppress(OSError):
            atomic_write_text(self.path, json.dumps(fragments, ensure_ascii=False, sort_keys=True), durable=False)
