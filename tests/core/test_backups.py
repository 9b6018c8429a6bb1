"""Backups: what goes into a snapshot, how many are kept, restoring byte for byte, and zips that are not trusted."""

from __future__ import annotations

import hashlib
import json
import os
import threading
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from authoring_app.core import backups
from authoring_app.core.backups import (
    BEFORE_RESTORE,
    CHANGED,
    CLOSE,
    NOT_ON_DISK,
    SAME,
    BackupError,
    BackupProblem,
    BackupStore,
    compare_with_disk,
    handbook_text_files,
    safe_name,
)
from authoring_app.core.project_lock import ProjectLock

SECTION = "bg/02-flipped-classroom.md"


@pytest.fixture
def store(tmp_path: Path) -> BackupStore:
    return BackupStore(tmp_path / "backups")


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def zip_files(snapshot) -> dict[str, bytes]:
    with zipfile.ZipFile(snapshot.path) as archive:
        return {
            name.removeprefix("files/"): archive.read(name) for name in archive.namelist() if name.startswith("files/")
        }


def test_the_first_backup_holds_every_text_file_and_nothing_else(sample_copy: Path, store: BackupStore) -> None:
    (sample_copy / ".trash" / "x").mkdir(parents=True)
    (sample_copy / ".trash" / "x" / "old.md").write_text("deleted section\n", encoding="utf-8")
    (sample_copy / ".git").mkdir()
    (sample_copy / ".git" / "HEAD.txt").write_text("ref\n", encoding="utf-8")
    (sample_copy / "bg" / ".02-flipped-classroom.md.x1y2.tmp").write_text("half a save", encoding="utf-8")
    (sample_copy / ".handbook" / "ru").mkdir(parents=True)
    (sample_copy / ".handbook" / "ru" / "02-flipped-classroom.provenance").write_text("# records\n", encoding="utf-8")
    ProjectLock(sample_copy).acquire()
    site = sample_copy / "site"
    site.mkdir()
    (site / ".handbook-export").write_text("", encoding="utf-8")
    (site / "notes.md").write_text("exported\n", encoding="utf-8")

    result = store.back_up(sample_copy, reason=CLOSE)
    snapshot = result.snapshot
    assert snapshot is not None and snapshot.reason == CLOSE and not result.skipped
    names = set(snapshot.files)
    assert {"handbook.toml", SECTION, "media/flipped-intro.ru.vtt", "media/interview.bg.md"} <= names
    assert ".handbook/ru/02-flipped-classroom.provenance" in names
    assert not any(name.endswith((".png", ".webm", ".ogg")) for name in names)  # media files are not text
    assert not any(part.startswith((".trash", ".git", "site")) for part in names)
    assert ".handbook/lock" not in names and not any(name.endswith(".tmp") for name in names)
    files = zip_files(snapshot)
    assert set(files) == names
    assert all(sha(files[name]) == snapshot.files[name].sha256 for name in names)
    assert files[SECTION] == (sample_copy / SECTION).read_bytes()
    assert snapshot.path.parent == store.folder(sample_copy)
    assert (snapshot.path.parent / "handbook.txt").read_text(encoding="utf-8") == str(sample_copy.resolve())


def test_the_next_backups_hold_only_what_changed(sample_copy: Path, store: BackupStore) -> None:
    store.back_up(sample_copy)
    assert store.back_up(sample_copy).snapshot is None  # nothing changed: no new backup
    path = sample_copy / SECTION
    path.write_text(path.read_text(encoding="utf-8") + "\nНов абзац.\n", encoding="utf-8")
    (sample_copy / "ru" / "99-new.md").write_text("# Новый\n", encoding="utf-8")
    snapshot = store.back_up(sample_copy).snapshot
    assert snapshot is not None and set(snapshot.files) == {SECTION, "ru/99-new.md"}
    assert store.snapshots(sample_copy)[0].name == snapshot.name  # newest first


def test_only_the_last_n_are_kept_and_every_file_stays_in_one_of_them(sample_copy: Path, store: BackupStore) -> None:
    path = sample_copy / SECTION
    store.back_up(sample_copy, keep=3)
    for number in range(5):
        path.write_text(f"# Version {number}\n", encoding="utf-8")
        store.back_up(sample_copy, keep=3)
    snapshots = store.snapshots(sample_copy)
    assert len(snapshots) == 3
    assert zip_files(snapshots[0])[SECTION] == b"# Version 4\n"
    # The first, complete backup is gone, so the backups since hold again the files only it had.
    held = set().union(*(s.files for s in snapshots))
    assert held == set(handbook_text_files(sample_copy)[0])
    with pytest.raises(BackupError, match="keep must be 1 or more"):
        store.back_up(sample_copy, keep=0)


def test_backups_within_one_second_keep_their_order_after_pruning(sample_copy: Path, store: BackupStore) -> None:
    """Found in CI: pruning deleted the second's first backup, the next one took its name back and sorted oldest."""
    path = sample_copy / SECTION
    second = datetime(2026, 11, 29, 7, 1, 6).astimezone()
    store.back_up(sample_copy, keep=3, now=second)
    for number in range(6):
        path.write_text(f"# Version {number}\n", encoding="utf-8")
        store.back_up(sample_copy, keep=3, now=second)
    snapshots = store.snapshots(sample_copy)
    assert [s.name for s in snapshots] == ["20261129-070106-7", "20261129-070106-6", "20261129-070106-5"]
    assert zip_files(snapshots[0])[SECTION] == b"# Version 5\n"


def test_restore_is_byte_for_byte_with_crlf_and_bom_and_can_be_undone(sample_copy: Path, store: BackupStore) -> None:
    path = sample_copy / SECTION
    original = b"\xef\xbb\xbf---\r\ntitle: \xd0\x9a\xd0\xbb\xd0\xb0\xd1\x81\r\n---\r\n\r\nText.\r\nNo newline at end"
    path.write_bytes(original)
    saved = store.back_up(sample_copy).snapshot
    path.write_bytes(b"# Rewritten\n")
    assert compare_with_disk(sample_copy, saved)[SECTION] == CHANGED

    result = store.restore(sample_copy, saved, [SECTION])
    assert result.restored == [SECTION] and not result.failed
    assert path.read_bytes() == original
    assert result.before is not None and result.before.reason == BEFORE_RESTORE
    assert zip_files(result.before) == {SECTION: b"# Rewritten\n"}
    assert compare_with_disk(sample_copy, saved)[SECTION] == SAME

    undo = store.restore(sample_copy, result.before, [SECTION])
    assert undo.restored == [SECTION] and path.read_bytes() == b"# Rewritten\n"
    again = store.restore(sample_copy, saved, [SECTION])
    assert again.restored == [SECTION] and path.read_bytes() == original
    assert store.restore(sample_copy, saved, [SECTION]).unchanged == [SECTION]


def test_a_deleted_file_is_restored_and_everything_by_default(sample_copy: Path, store: BackupStore) -> None:
    snapshot = store.back_up(sample_copy).snapshot
    gone = sample_copy / "ru" / "03-video-lectures.md"
    before = gone.read_bytes()
    gone.unlink()
    assert compare_with_disk(sample_copy, snapshot)["ru/03-video-lectures.md"] == NOT_ON_DISK
    result = store.restore(sample_copy, snapshot)  # every file of the backup
    assert result.restored == ["ru/03-video-lectures.md"] and gone.read_bytes() == before
    assert result.before is None  # nothing was replaced, so there was nothing to back up first
    assert len(result.unchanged) == len(snapshot.files) - 1


def test_nothing_is_restored_when_the_current_files_cannot_be_backed_up_first(
    sample_copy: Path, store: BackupStore, monkeypatch
) -> None:
    snapshot = store.back_up(sample_copy).snapshot
    path = sample_copy / SECTION
    path.write_bytes(b"mine\n")

    def full_disk(*args, **kwargs):
        raise BackupError("the backup could not be written: No space left on device")

    monkeypatch.setattr(store, "_write", full_disk)
    with pytest.raises(BackupError, match="No space left"):
        store.restore(sample_copy, snapshot, [SECTION])
    assert path.read_bytes() == b"mine\n"


def test_an_unreadable_file_is_skipped_and_named(sample_copy: Path, store: BackupStore, monkeypatch) -> None:
    real = backups._open_for_reading

    def refuse(path: Path) -> int:
        if path.name == "02-flipped-classroom.md" and path.parent.name == "bg":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(backups, "_open_for_reading", refuse)
    result = store.back_up(sample_copy)
    assert result.snapshot is not None and SECTION not in result.snapshot.files
    assert result.skipped == [(SECTION, "cannot be read: Permission denied")]


def _forged(store: BackupStore, root: Path, name: str, files: dict[str, bytes], manifest: dict | None = None) -> Path:
    """A zip in the handbook's backup folder, as an attacker (or a damaged disk) could leave it."""
    folder = store.folder(root)
    folder.mkdir(parents=True, exist_ok=True)
    entries = {n: {"sha256": sha(data), "size": len(data)} for n, data in files.items()}
    data = manifest or {"format": 1, "created": "2024-05-02T10:15:00+03:00", "reason": "close", "files": entries}
    path = folder / f"{name}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(data))
        for n, content in files.items():
            archive.writestr("files/" + n, content)
    return path


@pytest.mark.parametrize(
    "evil", ["../evil.md", "bg/../../evil.md", "/tmp/evil.md", "C:/evil.md", "bg\\..\\..\\evil.md"]
)
def test_zip_slip_names_are_refused(sample_copy: Path, store: BackupStore, evil: str) -> None:
    _forged(store, sample_copy, "20240502-101500", {evil: b"pwned\n"})
    [snapshot] = store.snapshots(sample_copy)
    assert snapshot.problem and "outside the handbook" in snapshot.problem and not snapshot.files
    with pytest.raises(BackupError):
        store.restore(sample_copy, snapshot, [evil])
    with pytest.raises(BackupError, match="refused"):
        store.read_files(store.back_up(sample_copy).snapshot, [evil])
    assert not (sample_copy.parent / "evil.md").exists() and not Path("/tmp/evil.md").exists()


def test_a_zip_that_lies_is_refused(sample_copy: Path, store: BackupStore) -> None:
    bomb = b"\0" * (backups.MAX_FILE_BYTES + 1)  # compresses to a few KB
    _forged(store, sample_copy, "20240502-101500", {"bg/bomb.md": bomb})
    path = _forged(store, sample_copy, "20240502-101501", {SECTION: b"good\n"})
    with zipfile.ZipFile(path, "a") as archive, pytest.warns(UserWarning, match="Duplicate name"):
        archive.writestr("files/" + SECTION, b"evil\n")  # a second entry of the same name, with other bytes
    (store.folder(sample_copy) / "20240502-101502.zip").write_bytes(b"PK\x03\x04 not a zip")
    by_name = {s.name: s for s in store.snapshots(sample_copy)}
    with pytest.raises(BackupError, match="more than a backup holds"):
        store.restore(sample_copy, by_name["20240502-101500"])
    with pytest.raises(BackupError, match="damaged"):
        store.restore(sample_copy, by_name["20240502-101501"])
    assert by_name["20240502-101502"].problem and "cannot be read" in by_name["20240502-101502"].problem
    assert not (sample_copy / "bg" / "bomb.md").exists()
    assert (sample_copy / SECTION).read_bytes() != b"evil\n"


def test_a_link_leaving_the_handbook_is_not_written_through(sample_copy: Path, store: BackupStore, tmp_path) -> None:
    snapshot = store.back_up(sample_copy).snapshot
    outside = tmp_path / "outside.md"
    outside.write_text("keep me\n", encoding="utf-8")
    (sample_copy / SECTION).unlink()
    (sample_copy / SECTION).symlink_to(outside)
    with pytest.raises(BackupError, match="outside the handbook"):
        store.restore(sample_copy, snapshot, [SECTION])
    assert outside.read_text(encoding="utf-8") == "keep me\n"


def finishes(call: Callable[[], object], seconds: float = 20) -> object:
    """``call()``'s result; fails (rather than hanging the test run) when it has not returned after ``seconds``."""
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s (it hangs)"
    assert result, "it raised"
    return result[0]


def error_of(call: Callable[[], object]) -> BackupError | None:
    try:
        call()
    except BackupError as error:
        return error
    return None


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")


@needs_fifo
def test_a_pipe_named_like_a_section_neither_hangs_a_backup_nor_a_restore(sample_copy: Path, store) -> None:
    """A FIFO named 99-pipe.md would block a plain read for ever, and closing the window waits for the backup."""
    os.mkfifo(sample_copy / "bg" / "99-pipe.md")
    result = finishes(lambda: store.back_up(sample_copy))
    assert result.snapshot is not None and "bg/99-pipe.md" not in result.snapshot.files
    assert [(name, why.code) for name, why in result.skipped] == [("bg/99-pipe.md", BackupProblem.NOT_A_FILE)]
    assert "not a regular file" in result.skipped[0][1]

    snapshot = result.snapshot
    (sample_copy / SECTION).unlink()
    os.mkfifo(sample_copy / SECTION)  # the file a backup has is now a pipe
    assert finishes(lambda: compare_with_disk(sample_copy, snapshot))[SECTION] == CHANGED
    error = finishes(lambda: error_of(lambda: store.versions(sample_copy, snapshot, SECTION)))
    assert error.problem.code == BackupProblem.REFUSED_NOW
    assert error.problem.values["problem"].code == BackupProblem.NOT_A_FILE
    restored = finishes(lambda: store.restore(sample_copy, snapshot, [SECTION]))
    assert restored.restored == [] and [(n, why.code) for n, why in restored.failed] == [
        (SECTION, BackupProblem.NOT_A_FILE)
    ]


@needs_dev_zero
def test_a_link_to_an_endless_file_is_never_read(sample_copy: Path, store: BackupStore) -> None:
    """bg/99-zero.md -> /dev/zero: reading it whole would never end (or end in MemoryError)."""
    snapshot = store.back_up(sample_copy).snapshot
    (sample_copy / SECTION).unlink()
    (sample_copy / SECTION).symlink_to("/dev/zero")
    (sample_copy / "bg" / "99-zero.md").symlink_to("/dev/zero")
    assert finishes(lambda: compare_with_disk(sample_copy, snapshot))[SECTION] == CHANGED
    with pytest.raises(BackupError) as raised:
        store.versions(sample_copy, snapshot, SECTION)
    assert raised.value.problem.values["problem"].code == BackupProblem.LEADS_OUTSIDE
    result = finishes(lambda: store.back_up(sample_copy))
    assert result.snapshot is None or not {SECTION, "bg/99-zero.md"} & set(result.snapshot.files)


def test_a_linked_folder_leaving_the_handbook_is_not_read(sample_copy: Path, store: BackupStore, tmp_path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.md").write_text("not the handbook's\n", encoding="utf-8")
    snapshot = store.back_up(sample_copy).snapshot
    (sample_copy / "bg").rename(tmp_path / "bg-moved")
    (sample_copy / "bg").symlink_to(outside, target_is_directory=True)
    (outside / "02-flipped-classroom.md").write_text("not the handbook's\n", encoding="utf-8")
    assert compare_with_disk(sample_copy, snapshot)[SECTION] == CHANGED
    with pytest.raises(BackupError, match="outside the handbook"):
        store.versions(sample_copy, snapshot, SECTION)


def test_a_file_too_large_to_compare_is_refused_with_its_size(sample_copy: Path, store, monkeypatch) -> None:
    snapshot = store.back_up(sample_copy).snapshot
    path = sample_copy / SECTION
    monkeypatch.setattr(backups, "MAX_FILE_BYTES", path.stat().st_size)  # the backup's copy still fits
    path.write_bytes(path.read_bytes() * 2)
    assert compare_with_disk(sample_copy, snapshot)[SECTION] == CHANGED
    with pytest.raises(BackupError) as raised:
        store.versions(sample_copy, snapshot, SECTION)
    assert raised.value.problem.values["problem"].code == BackupProblem.FILE_TOO_LARGE


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("bg/01-intro.md", True),
        (".handbook/ru/01.provenance", True),
        ("handbook.toml", True),
        ("", False),
        ("../x.md", False),
        ("a/./b.md", False),
        ("a//b.md", False),
        ("/etc/passwd", False),
        ("C:x.md", False),
        ("a\\b.md", False),
        ("a\x00b.md", False),
    ],
)
def test_safe_name(name: str, safe: bool) -> None:
    assert safe_name(name) is safe


def test_snapshots_made_in_one_second_keep_their_order(sample_copy: Path, store: BackupStore) -> None:
    path = sample_copy / SECTION
    made = []
    for number in range(12):
        path.write_text(f"v{number}\n", encoding="utf-8")
        made.append(store.back_up(sample_copy, keep=20).snapshot.name)
    assert [s.name for s in store.snapshots(sample_copy)] == made[::-1]
    assert store.find(sample_copy, made[3] + ".zip").name == made[3]
    with pytest.raises(BackupError, match="there is no backup"):
        store.find(sample_copy, "19990101-000000")
