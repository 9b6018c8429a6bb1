from __future__ import annotations

import os
from pathlib import Path

import pytest

from authoring_app.core import atomic
from authoring_app.core.atomic import atomic_write_bytes, atomic_write_text


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a" / "file.md"
    atomic_write_text(target, "first\n")
    atomic_write_text(target, "второ\n")
    assert target.read_text(encoding="utf-8") == "второ\n"
    assert [p.name for p in target.parent.iterdir()] == ["file.md"]


def test_keeps_crlf_and_mode(tmp_path: Path) -> None:
    target = tmp_path / "file.md"
    target.write_text("x")
    os.chmod(target, 0o640)
    atomic_write_text(target, "a\nb\n", newline="\r\n")
    assert target.read_bytes() == b"a\r\nb\r\n"
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file.md"
    target.write_text("precious")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["file.md"]


def test_atomic_copy_copies_the_bytes_and_leaves_no_temporary_file(tmp_path) -> None:
    from authoring_app.core.atomic import atomic_copy

    source = tmp_path / "source.bin"
    source.write_bytes(bytes(range(256)) * 4096)
    target = tmp_path / "media" / "copy.bin"
    target.parent.mkdir()
    target.write_bytes(b"old")
    atomic_copy(source, target)
    assert target.read_bytes() == source.read_bytes()
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.bin"]


def test_a_new_file_gets_the_usual_permissions_not_a_private_temporary_files(tmp_path) -> None:
    import os
    import stat

    from authoring_app.core.atomic import atomic_write_bytes

    old = os.umask(0o022)
    try:
        target = tmp_path / "book.epub"
        atomic_write_bytes(target, b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # readable by others, like any file saved for e-mail
