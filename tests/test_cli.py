"""The ``handbook`` command as a user runs it: output lines, exit codes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from authoring_app import __version__


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "authoring_app.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_check_sample_exits_0(sample_copy: Path) -> None:
    result = run("check", str(sample_copy))
    assert result.returncode == 0, result.stdout + result.stderr
    # The one warning is a true translation-QA finding: ru/02 lacks a sentence its Bulgarian source has.
    assert result.stdout.startswith("ru/02-flipped-classroom.md:21: warning: this paragraph has 3 sentences")
    assert len(result.stdout.splitlines()) == 1
    assert "37 files checked: 0 errors, 1 warning." in result.stderr


def test_check_broken_copy_exits_1_with_file_and_line(sample_copy: Path) -> None:
    (sample_copy / "media" / "hall-plan.png").unlink()  # 08-study-hall, bg/ru/en
    result = run("check", str(sample_copy))
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert len(lines) == 3
    assert all(
        line.split(":")[0].endswith("/08-study-hall.md") and ": error: the image file '../media/hall-plan.png'" in line
        for line in lines
    )
    assert "Traceback" not in result.stderr


def test_check_json(sample_copy: Path) -> None:
    (sample_copy / "kk" / "99-extra.md").write_text("# Артық\n", encoding="utf-8")
    result = run("check", str(sample_copy), "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["errors"] == 0 and data["warnings"] == 2 and data["files_checked"] == 37
    [problem] = [p for p in data["problems"] if p["code"] != "qa-sentences"]
    assert problem["file"] == "kk/99-extra.md" and problem["severity"] == "warning" and problem["code"]


def test_check_cannot_load_exits_2(tmp_path: Path) -> None:
    (tmp_path / "handbook.toml").write_text('[handbook]\nsource_language = "bg"\nlanguages = [\n', encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.returncode == 2
    assert result.stdout.startswith("handbook.toml:4")
    assert "not valid TOML" in result.stdout and "Traceback" not in result.stderr
    missing = run("check", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "is not a folder" in missing.stdout


def test_new_creates_a_handbook_that_checks_clean(tmp_path: Path) -> None:
    target = tmp_path / "my handbook"
    result = run("new", str(target), "--languages", "bg,ru,en,kk")
    assert result.returncode == 0, result.stderr
    assert (target / "handbook.toml").is_file() and (target / "bg" / "01-introduction.md").is_file()
    assert all((target / lang).is_dir() for lang in ("bg", "ru", "en", "kk", "media"))
    check = run("check", str(target))
    assert check.returncode == 0, check.stdout
    assert check.stdout == ""


def test_new_with_another_source_and_bad_input(tmp_path: Path) -> None:
    assert run("new", str(tmp_path / "a"), "--languages", "ru,kk", "--source", "kk").returncode == 0
    assert 'source_language = "kk"' in (tmp_path / "a" / "handbook.toml").read_text(encoding="utf-8")
    again = run("new", str(tmp_path / "a"), "--languages", "ru")
    assert again.returncode == 2 and "not empty" in again.stderr
    bad = run("new", str(tmp_path / "b"), "--languages", "bg,Русский")
    assert bad.returncode == 2 and "is not a language code" in bad.stderr
    assert not (tmp_path / "b").exists()


def test_segments_command(sample_copy: Path) -> None:
    result = run("segments", str(sample_copy), "02-flipped-classroom", "--language", "ru", "--json")
    assert result.returncode == 0
    segments = json.loads(result.stdout)
    assert segments[0]["kind"] == "title" and segments[-1]["name"] == "quiz"
