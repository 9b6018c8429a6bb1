"""A save that fails or is cut off half-way leaves the old file or the new one, whole: never a torn or empty file.

Faults are injected where a save can break: while the bytes go to the temporary file (disk full), at the fsync,
at the rename; and a real crash (``os._exit``, which runs no clean-up) in a child process before and after the
rename and in the middle of writing. A crash leaves its hidden temporary file (``.NAME.md.XXXX.tmp``) beside the
section: it is never read as a section, ``handbook check`` does not mention it, and the next save works.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from authoring_app.core import atomic
from authoring_app.core.editing import EditingError, RecoveryStore, open_for_editing, save_section
from authoring_app.core.handbook import Handbook

REPO_ROOT = Path(__file__).resolve().parents[2]
LANG, SLUG = "bg", "03-video-lectures"
NEW_TEXT = "---\ntitle: Нов\n---\n\n# Нов текст\n\n" + "Изречение с кирилица и Latin. " * 400 + "\n"


def _open(handbook_dir: Path):
    return open_for_editing(Handbook.load(handbook_dir), LANG, SLUG)


def _section_folder(handbook_dir: Path) -> list[str]:
    return sorted(p.name for p in (handbook_dir / LANG).iterdir())


def _disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("where", ["replace", "fsync"])
def test_a_save_that_fails_leaves_the_old_file_and_no_temporary_file(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    path = sample_copy / LANG / f"{SLUG}.md"
    before, files = path.read_bytes(), _section_folder(sample_copy)
    section = _open(sample_copy)
    monkeypatch.setattr(atomic.os, where, _disk_full)

    with pytest.raises(EditingError, match="could not be saved: No space left on device"):
        save_section(section, NEW_TEXT)

    assert path.read_bytes() == before
    assert _section_folder(sample_copy) == files
    monkeypatch.undo()
    save_section(section, NEW_TEXT)  # no false conflict: the section still knows the file as it is on disk
    assert path.read_text(encoding="utf-8") == NEW_TEXT
    assert _section_folder(sample_copy) == files


def test_a_disk_that_fills_up_half_way_through_the_write_leaves_the_old_file(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sample_copy / LANG / f"{SLUG}.md"
    before, files = path.read_bytes(), _section_folder(sample_copy)
    real_fdopen = os.fdopen

    class HalfWritten:
        """A file that takes half of what is written, then reports a full disk."""

        def __init__(self, handle) -> None:
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            self.handle.flush()
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: HalfWritten(real_fdopen(fd, mode)))
    with pytest.raises(EditingError):
        save_section(_open(sample_copy), NEW_TEXT)
    assert path.read_bytes() == before
    assert _section_folder(sample_copy) == files


def test_a_failed_save_leaves_the_recovery_copy(sample_copy: Path, tmp_path: Path, monkeypatch) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    store.write(sample_copy, LANG, SLUG, NEW_TEXT)  # what the editor keeps while the author types
    monkeypatch.setattr(atomic.os, "replace", _disk_full)
    with pytest.raises(EditingError, match="still in the editor"):
        save_section(_open(sample_copy), NEW_TEXT)
    assert store.read(sample_copy, LANG, SLUG).text == NEW_TEXT


# ---- a real crash in the middle of a save ---------------------------------------------------------------

#: Run in a child process: save NEW_TEXT, and end the process with os._exit(137) (no clean-up, like a kill)
#: at the given point of the save.
CRASHING_SAVE = """
import os, sys
from pathlib import Path
from authoring_app.core.editing import open_for_editing, save_section
from authoring_app.core.handbook import Handbook

handbook_dir, lang, slug, point, text_file = sys.argv[1:]
real_replace, real_fdopen = os.replace, os.fdopen

def replace(src, dst):
    if point == "before-rename":
        os._exit(137)
    real_replace(src, dst)
    if point == "after-rename":
        os._exit(137)

class Torn:
    def __init__(self, handle):
        self.handle = handle
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.handle.close()
    def write(self, data):
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        os._exit(137)

os.replace = replace
if point == "mid-write":
    os.fdopen = lambda fd, mode: Torn(real_fdopen(fd, mode))
section = open_for_editing(Handbook.load(Path(handbook_dir)), lang, slug)
save_section(section, Path(text_file).read_text(encoding="utf-8"))
"""


def _crash_while_saving(handbook_dir: Path, point: str, tmp_path: Path) -> None:
    text_file = tmp_path / "new.txt"
    text_file.write_text(NEW_TEXT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_SAVE, str(handbook_dir), LANG, SLUG, point, str(text_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 137, result.stderr


def _check(handbook_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "authoring_app.cli", "check", str(handbook_dir)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("point", "survivor"), [("mid-write", "old"), ("before-rename", "old"), ("after-rename", "new")]
)
def test_a_crash_during_a_save_leaves_one_whole_file(
    sample_copy: Path, tmp_path: Path, point: str, survivor: str
) -> None:
    path = sample_copy / LANG / f"{SLUG}.md"
    before = path.read_bytes()
    clean_check = _check(sample_copy)

    _crash_while_saving(sample_copy, point, tmp_path)

    expected = before if survivor == "old" else NEW_TEXT.encode("utf-8")
    assert path.read_bytes() == expected
    leftovers = [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    if survivor == "old":
        assert [p.name.startswith(f".{path.name}.") for p in leftovers] == [True]  # hidden, named after the file
    else:
        assert leftovers == []
    assert Handbook.load(sample_copy).read(LANG, SLUG).text == expected.decode("utf-8")

    after_crash = _check(sample_copy)
    assert ".tmp" not in after_crash.stdout + after_crash.stderr
    if survivor == "old":  # the same handbook as before, plus a hidden temporary file: the same report
        assert (after_crash.returncode, after_crash.stdout) == (clean_check.returncode, clean_check.stdout)

    section = _open(sample_copy)
    save_section(section, NEW_TEXT + "Още.\n")  # the next save works, whatever the crash left
    assert path.read_text(encoding="utf-8") == NEW_TEXT + "Още.\n"
