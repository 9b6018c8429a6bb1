"""``handbook backup``, ``backups`` and ``restore`` as a user runs them, and ``status`` on files it cannot read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from authoring_app.cli import main as handbook
from authoring_app.core import backups
from authoring_app.core.backups import BackupStore
from authoring_app.core.paths import DATA_DIR_ENV

SECTION = "bg/02-flipped-classroom.md"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = handbook(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_backup_list_and_restore_a_file(sample_copy: Path, capsys, data_dir: Path) -> None:
    code, out, _ = run(capsys, "backups", str(sample_copy))
    assert code == 0 and "No backups" in out
    code, out, _ = run(capsys, "backup", str(sample_copy))
    assert code == 0 and out.startswith("Backed up ") and str(data_dir / "backups") in out
    code, out, _ = run(capsys, "backup", str(sample_copy))
    assert code == 0 and out.startswith("Nothing changed since the last backup")

    path = sample_copy / SECTION
    original = path.read_bytes()
    path.write_bytes(b"# Oops\n")
    code, out, _ = run(capsys, "backups", str(sample_copy), "--json")
    [first] = json.loads(out)["backups"]
    assert code == 0 and first["reason"] == "manual" and first["files"] > 40 and first["problem"] is None
    code, out, _ = run(capsys, "backups", str(sample_copy), first["name"])
    states = {line.split()[0]: " ".join(line.split()[1:]) for line in out.splitlines()[1:]}
    assert code == 0 and states[SECTION] == "differs from now" and states["bg/01-blended-learning.md"] == "same as now"

    code, out, _ = run(capsys, "restore", str(sample_copy), first["name"], SECTION)
    assert code == 0 and f"restored {SECTION}" in out and path.read_bytes() == original
    undo = out.split("'handbook restore ")[1].split("'")[0].split()
    code, out, _ = run(capsys, "restore", *undo)  # the command the restore printed undoes it
    assert code == 0 and path.read_bytes() == b"# Oops\n"


def test_restore_refuses_what_it_must_and_writes_nothing(sample_copy: Path, capsys) -> None:
    run(capsys, "backup", str(sample_copy))
    [snapshot] = BackupStore().snapshots(sample_copy)
    before = (sample_copy / SECTION).read_bytes()
    for args, message in (
        (["restore", str(sample_copy), "19990101-000000"], "there is no backup"),
        (["restore", str(sample_copy), snapshot.name, "../../etc/passwd"], "outside the handbook"),
        (["restore", str(sample_copy), snapshot.name, "bg/99-none.md"], "has no file"),
        (["backups", str(sample_copy), "nope"], "there is no backup"),
    ):
        code, _, err = run(capsys, *args)
        assert code == 2 and message in err, err
    assert (sample_copy / SECTION).read_bytes() == before
    assert len(BackupStore().snapshots(sample_copy)) == 1


def test_not_a_handbook_folder_exits_2(tmp_path: Path, capsys) -> None:
    for command in ("backup", "backups"):
        code, _, err = run(capsys, command, str(tmp_path))
        assert code == 2 and "not a handbook folder" in err


def test_a_lost_handbook_toml_can_be_restored(sample_copy: Path, capsys) -> None:
    run(capsys, "backup", str(sample_copy))
    [snapshot] = BackupStore().snapshots(sample_copy)
    config = sample_copy / "handbook.toml"
    text = config.read_bytes()
    config.unlink()
    code, _, _ = run(capsys, "restore", str(sample_copy), snapshot.name, "handbook.toml")
    assert code == 0 and config.read_bytes() == text


def test_problems_exit_1(sample_copy: Path, capsys, monkeypatch) -> None:
    run(capsys, "backup", str(sample_copy))
    folder = BackupStore().folder(sample_copy)
    (folder / "20000101-000000.zip").write_bytes(b"not a zip")
    code, out, err = run(capsys, "backups", str(sample_copy))
    assert code == 1 and "20000101-000000    damaged:" in out and "error:" in err

    real = backups._open_for_reading

    def refuse(path: Path) -> int:
        if path.name == "01-blended-learning.md" and path.parent.name == "ru":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    (sample_copy / "ru" / "01-blended-learning.md").write_text("# Изменено\n", encoding="utf-8")
    monkeypatch.setattr(backups, "_open_for_reading", refuse)
    code, out, err = run(capsys, "backup", str(sample_copy))
    assert code == 1 and "ru/01-blended-learning.md: error: not backed up: cannot be read: Permission denied" in err


def test_the_commands_are_in_the_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "authoring_app.cli", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    for command in ("backup", "backups", "restore"):
        assert f"    {command} " in result.stdout


# -- handbook status on a target file it cannot read ------------------------------------------------------


def test_status_reports_a_target_that_is_not_utf8(sample_copy: Path, capsys) -> None:
    (sample_copy / "ru" / "01-blended-learning.md").write_bytes("Привет, мир".encode("cp1251"))
    code, out, err = run(capsys, "status", str(sample_copy), "--language", "ru")
    assert code == 1
    assert "01-blended-learning" in out and "(cannot be read: see below)" in out and "(no file yet)" not in out
    assert "ru/01-blended-learning.md:1: error:" in err and "Windows-1251" in err
    code, out, _ = run(capsys, "status", str(sample_copy), "--language", "ru", "--json")
    section = json.loads(out)["languages"]["ru"]["sections"]["01-blended-learning"]
    assert code == 1 and section["problems"][0]["code"] == "encoding" and section["file_exists"] is False


def test_status_reports_a_target_it_may_not_read(sample_copy: Path, capsys, monkeypatch) -> None:
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "03-video-lectures.md" and self.parent.name == "en":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, _, err = run(capsys, "status", str(sample_copy), "--language", "en")
    assert code == 1 and "en/03-video-lectures.md: error: cannot read the file: Permission denied" in err
    code, _, _ = run(capsys, "status", str(sample_copy), "--language", "kk")  # missing files are fine
    assert code == 0
