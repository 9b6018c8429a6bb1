"""Files changed by another program while the app has them open: what to watch, how they differ, how to merge.

The GUI watches a handbook's files (:func:`watch_targets`) and, when one that is open changed, either reloads it
(the author had changed nothing; :func:`changed_span` lets the editor replace only what changed, so the cursor and
the scroll position stay) or shows the author the other version beside theirs (:func:`compare_rows`) and offers a
three-way merge with the text as it was opened as the common base (:func:`merge_texts`, by ``merge3``, the merge
of Breezy, which writes conflicts with the markers git uses). When the author keeps their text over the other
version, :func:`keep_replaced_version` copies that version to the user's data folder first, so nothing is lost.
"""

from __future__ import annotations

import difflib
import time
from dataclasses import dataclass
from pathlib import Path

import merge3

from .atomic import atomic_write_text
from .config import CONFIG_NAME
from .handbook import MEDIA_DIR, Handbook

#: How many media files are watched one by one at most (folders are always watched: adding, removing, renaming).
MAX_WATCHED_MEDIA_FILES = 2000


@dataclass(frozen=True)
class WatchTargets:
    """Files to watch, and folders whose entries matching a pattern are watched too (also ones added later)."""

    files: tuple[Path, ...]
    #: folder → the name pattern (``fnmatch``) of the files in it that matter.
    folders: dict[Path, str]


def watch_targets(handbook: Handbook) -> WatchTargets:
    """What of ``handbook`` to watch: ``handbook.toml``, every language's section files, the media.

    Folders are watched as well as files: an editor or ``git`` replaces a file by renaming another over it, which
    ends the watch of the old file, and a new section file appears only as a change of its folder.
    """
    root = handbook.root
    folders: dict[Path, str] = {root: CONFIG_NAME}
    files: list[Path] = [root / CONFIG_NAME]
    for lang in handbook.config.languages:
        folder = handbook.language_dir(lang)
        if folder.is_dir() and handbook.is_inside(folder):
            folders[folder] = "*.md"
            files.extend(sorted(p for p in folder.glob("*.md") if p.is_file() and not p.name.startswith(".")))
    media = root / MEDIA_DIR
    if media.is_dir() and handbook.is_inside(media):
        media_files: list[Path] = []
        for folder in [media, *sorted(p for p in media.rglob("*") if p.is_dir() and not p.is_symlink())]:
            if any(part.startswith(".") for part in folder.relative_to(root).parts):
                continue
            folders[folder] = "*"
            media_files.extend(sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")))
        files.extend(media_files[:MAX_WATCHED_MEDIA_FILES])
    return WatchTargets(tuple(files), folders)


def is_media(handbook: Handbook, path: Path) -> bool:
    return (handbook.root / MEDIA_DIR) in Path(path).parents


# ------------------------------------------------------------------------------------------- comparing ---


@dataclass(frozen=True)
class CompareRow:
    """One row of two texts compared side by side.

    ``kind`` is ``"same"``, ``"changed"`` (the line differs), ``"removed"`` (only on the left), ``"added"`` (only on
    the right) or ``"skip"`` (``count`` unchanged lines not shown). Line numbers count from 1; None where a side
    has no line.
    """

    kind: str
    left: str | None = None
    right: str | None = None
    left_line: int | None = None
    right_line: int | None = None
    count: int = 0


def compare_rows(left: str, right: str, *, context: int = 3) -> list[CompareRow]:
    """``left`` and ``right`` line by line, unchanged stretches cut down to ``context`` lines around each change
    (empty when the texts are the same)."""
    a, b = left.split("\n"), right.split("\n")
    rows: list[CompareRow] = []
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    if all(tag == "equal" for tag, *_ in opcodes):
        return []
    for number, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            keep_before = context if number > 0 else 0
            keep_after = context if number < len(opcodes) - 1 else 0
            length = i2 - i1
            if length > keep_before + keep_after + 1:
                shown = [*range(keep_before), *range(length - keep_after, length)]
                skipped_at = keep_before
            else:
                shown, skipped_at = list(range(length)), -1
            for offset in range(length):
                if offset == skipped_at:
                    rows.append(CompareRow("skip", count=length - keep_before - keep_after))
                if offset in shown:
                    rows.append(CompareRow("same", a[i1 + offset], b[j1 + offset], i1 + offset + 1, j1 + offset + 1))
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            i, j = i1 + k, j1 + k
            in_left, in_right = i < i2, j < j2
            kind = "changed" if in_left and in_right else ("removed" if in_left else "added")
            rows.append(
                CompareRow(
                    kind,
                    a[i] if in_left else None,
                    b[j] if in_right else None,
                    i + 1 if in_left else None,
                    j + 1 if in_right else None,
                )
            )
    return rows


def changed_span(old: str, new: str) -> tuple[int, int, int]:
    """``(start, old_end, new_end)``: ``old[start:old_end]`` replaced by ``new[start:new_end]`` turns ``old`` into
    ``new`` (the common beginning and end are kept, so an editor can replace only the middle)."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    return start, len(old) - end, len(new) - end


# --------------------------------------------------------------------------------------------- merging ---

CONFLICT_START = "<<<<<<<"
CONFLICT_MIDDLE = "======="
CONFLICT_END = ">>>>>>>"


@dataclass(frozen=True)
class MergeResult:
    """The merged text, and how many places both sides changed differently (marked with conflict markers)."""

    text: str
    conflicts: int


def merge_texts(
    base: str, mine: str, theirs: str, *, mine_label: str = "your text", theirs_label: str = "on disk"
) -> MergeResult:
    """Merge the author's ``mine`` and the other program's ``theirs``, both changed from ``base`` (the text as it
    was opened). Changes to different lines are both kept; where both changed the same lines, the text holds both
    versions between ``<<<<<<< your text`` / ``=======`` / ``>>>>>>> on disk`` lines (the labels given) for the
    author to settle."""
    ends_open = not mine.endswith("\n") and not theirs.endswith("\n")
    pieces = [_lines(text) for text in (base, mine, theirs)]
    merger = merge3.Merge3(*pieces)
    conflicts = sum(1 for region in merger.merge_regions() if region[0] == "conflict")
    merged = "".join(
        merger.merge_lines(
            name_a=mine_label,
            name_b=theirs_label,
            start_marker=CONFLICT_START,
            mid_marker=CONFLICT_MIDDLE,
            end_marker=CONFLICT_END,
        )
    )
    if ends_open and merged.endswith("\n"):
        merged = merged[:-1]
    return MergeResult(merged, conflicts)


def conflict_markers_left(text: str) -> int:
    """How many conflict blocks ``text`` still holds (lines starting with ``<<<<<<<``)."""
    return sum(1 for line in text.split("\n") if line.startswith(CONFLICT_START + " ") or line == CONFLICT_START)


def _lines(text: str) -> list[str]:
    """The text's lines with their ends, the last one ended too (so a marker never joins a line)."""
    if text and not text.endswith("\n"):
        text += "\n"
    return text.splitlines(keepends=True)


# ------------------------------------------------------------------------------- the version replaced ---


def keep_replaced_version(
    folder: Path, file_name: str, text: str, *, newline: str = "\n", had_bom: bool = False, now: float | None = None
) -> Path:
    """Copy ``text``, the version of ``file_name`` on disk that the author chose to replace with theirs, into
    ``folder`` (in the user's data folder) as ``<file_name>.on-disk-<date>-<time>.md``; returns the copy's path.

    Written like the file was (line ends, byte order mark) and atomically; raises OSError when it cannot be.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    folder = Path(folder)
    target = folder / f"{file_name}.on-disk-{stamp}.md"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{file_name}.on-disk-{stamp}-{number}.md"
    atomic_write_text(target, text, newline=newline, encoding="utf-8-sig" if had_bom else "utf-8")
    return target
