"""Killed while typing: the real app in a child process, SIGKILL at a random moment, then what is left on disk.

Each trial copies the sample handbook, starts ``tests/tools/typing_driver.py`` (the app as ``handbook-studio``
starts it, with the simple preview), lets it type Latin and Cyrillic text, Return and now and then Ctrl+S into a
section, and kills it 1.5–4 s after the section opened. The driver logs every key before sending it, so the test
knows what the editor held at any moment: the original text plus the first *n* keys. Then:

* no file of the handbook is partial: the section holds the original or one of the texts saved (never older than
  a save logged more than a second before the kill), every other file is the sample's or a whole written file,
  and ``handbook.toml`` parses;
* the recovery copy (in the data folder, never in the handbook) holds every key typed more than a second before
  the kill: the issue's promise is "lose at most the last second of typing".

A last test starts the app again on a killed trial's handbook and restores the recovered text into the editor.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from authoring_app.__main__ import _load_handbook, _open_first_section
from authoring_app.core import atomic
from authoring_app.core.editing import RecoveryStore
from authoring_app.gui import window_dialogs
from authoring_app.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = REPO_ROOT / "resources" / "sample-handbook"
DRIVER = REPO_ROOT / "tests" / "tools" / "typing_driver.py"
#: What the issue allows to be lost: the keys of the last second before the kill.
LOSS_WINDOW = 1.0
#: The kill comes this long after the section opened (seeded, so a failing trial can be run again).
KILL_AFTER = (1.5, 4.0)
#: Sections edited, in the source language and in a translation (whose save also writes its provenance).
TARGETS = [
    ("bg", "02-flipped-classroom"),
    ("ru", "01-blended-learning"),
    ("bg", "05-self-assessment"),
    ("en", "04-gamification"),
]
STARTUP_TIMEOUT = 60.0


@dataclass
class Trial:
    seed: int
    lang: str
    slug: str
    handbook: Path
    data: Path
    original: str
    kill_at: float = 0.0
    #: (time, key) of every key logged.
    keys: list[tuple[float, str]] = field(default_factory=list)
    #: (time, number of keys typed before it) of every Ctrl+S logged.
    saves: list[tuple[float, int]] = field(default_factory=list)

    def __str__(self) -> str:
        return f"trial seed={self.seed} {self.lang}/{self.slug}"

    @property
    def section_file(self) -> Path:
        return self.handbook / self.lang / f"{self.slug}.md"

    def text_after(self, count: int) -> str:
        """What the editor held after the first ``count`` keys."""
        return self.original + "".join(key for _, key in self.keys[:count])

    def keys_in(self, text: str) -> int | None:
        """How many keys ``text`` holds, or None when the editor never held it."""
        count = len(text) - len(self.original)
        if 0 <= count <= len(self.keys) and text == self.text_after(count):
            return count
        return None

    def trusted_keys(self) -> int:
        """Keys typed more than :data:`LOSS_WINDOW` before the kill: none of them may be lost."""
        return sum(1 for t, _ in self.keys if t < self.kill_at - LOSS_WINDOW)


def run_trial(folder: Path, seed: int, *, save_chance: float = 0.03, target: tuple[str, str] | None = None) -> Trial:
    """Copy the sample, start the typing app on one of its sections, kill it at a random moment; the log read."""
    import shutil

    rng = random.Random(seed)
    lang, slug = target or rng.choice(TARGETS)
    folder = folder.resolve()
    handbook = folder / "handbook"
    shutil.copytree(SAMPLE, handbook)
    trial = Trial(seed, lang, slug, handbook, folder / "data", "")
    trial.original = trial.section_file.read_text(encoding="utf-8")
    log = folder / "typing.jsonl"
    env = {
        **os.environ,
        "HANDBOOK_STUDIO_DATA_DIR": str(trial.data),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "HANDBOOK_STUDIO_NO_WEBENGINE": "1",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
    }
    command = [sys.executable, str(DRIVER), str(handbook), lang, slug, str(log)]
    command += ["--seed", str(seed), "--save-chance", str(save_chance)]
    with (folder / "stderr.txt").open("wb") as stderr:
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            ready = _wait_until_ready(child, log)
            time.sleep(max(0.0, ready + rng.uniform(*KILL_AFTER) - time.monotonic()))
            trial.kill_at = time.monotonic()
            child.send_signal(signal.SIGKILL)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, f"{trial}: the app ended by itself: {_stderr(folder)}"
    for record in _read_log(log):
        if record["ev"] == "key":
            trial.keys.append((record["t"], record["ch"]))
        elif record["ev"] == "save":
            trial.saves.append((record["t"], len(trial.keys)))
        elif record["ev"] != "ready":
            pytest.fail(f"{trial}: the driver reported {record}")
    return trial


def _wait_until_ready(child: subprocess.Popen, log: Path) -> float:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        records = _read_log(log) if log.exists() else []
        if records:
            assert records[0]["ev"] == "ready", f"the driver could not start typing: {records[0]}"
            return records[0]["t"]
        if child.poll() is not None:
            pytest.fail(f"the app ended before it opened the section: {_stderr(log.parent)}")
        time.sleep(0.05)
    pytest.fail(f"the app did not open the section within {STARTUP_TIMEOUT} s")


def _read_log(log: Path) -> list[dict]:
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    return [json.loads(line) for line in lines if line.endswith("\n")]  # a line cut by the kill is not trusted


def _stderr(folder: Path) -> str:
    return (folder / "stderr.txt").read_text(encoding="utf-8", errors="replace")[-3000:]


def check_project_files(trial: Trial) -> None:
    """No file of the handbook is partial: the section holds a version the editor saved, the rest are whole."""
    text = trial.section_file.read_bytes().decode("utf-8")  # raises on a torn multi-byte character
    versions = {0: trial.original} | {count: trial.text_after(count) for _, count in trial.saves}
    saved = trial.keys_in(text)
    assert saved in versions, (
        f"{trial}: {trial.section_file.name} is neither the original nor a saved text "
        f"({len(text)} characters; ends {text[-60:]!r})"
    )
    trusted_saves = [count for t, count in trial.saves if t < trial.kill_at - LOSS_WINDOW]
    if trusted_saves:
        assert saved >= trusted_saves[-1], f"{trial}: a save logged over a second before the kill is not on disk"
    tomllib.loads((trial.handbook / "handbook.toml").read_text(encoding="utf-8"))
    for path in sorted(trial.handbook.rglob("*")):
        if not path.is_file() or path == trial.section_file:
            continue
        relative = path.relative_to(trial.handbook)
        if path.name.startswith(".") and path.name.endswith(".tmp"):
            continue  # the temporary file of a save the kill interrupted: hidden, and never read as a section
        if relative.as_posix() == ".handbook/lock":
            json.loads(path.read_text(encoding="utf-8"))  # the lock the killed app left: whole (written atomically)
            continue
        if relative.as_posix() == ".handbook/.gitignore":
            continue  # keeps that lock out of git
        original = SAMPLE / relative
        if original.is_file() and original.read_bytes() == path.read_bytes():
            continue
        # Written by a save: a translation's provenance. It must be a whole file.
        written = path.read_bytes().decode("utf-8")
        assert written.endswith("\n"), f"{trial}: {relative} is cut short"
        for line in written.splitlines():
            assert line.startswith("#") or line.count("\t") == 3, f"{trial}: {relative} has a broken line {line!r}"


def check_recovery(trial: Trial) -> str | None:
    """Every key typed more than a second before the kill survives, in the recovery copy or the saved file."""
    store = RecoveryStore(trial.data / "recovery")
    copy_path = store.path_for(trial.handbook, trial.lang, trial.slug)
    assert trial.handbook not in copy_path.parents, f"{trial}: the recovery copy is inside the handbook"
    copy = store.read(trial.handbook, trial.lang, trial.slug)
    in_copy = None
    if copy is not None:
        in_copy = trial.keys_in(copy.text)
        assert in_copy is not None, f"{trial}: the recovery copy is not a text the editor held: ...{copy.text[-60:]!r}"
    on_disk = trial.keys_in(trial.section_file.read_text(encoding="utf-8"))
    kept = max(in_copy if in_copy is not None else -1, on_disk or 0)
    trusted = trial.trusted_keys()
    assert kept >= trusted, (
        f"{trial}: {trusted - kept} of the {trusted} keys typed more than {LOSS_WINDOW} s before the kill are lost "
        f"(recovery copy: {in_copy} keys, file: {on_disk} keys, {len(trial.keys)} keys logged)"
    )
    return copy.text if copy is not None else None


def _check(trial: Trial) -> None:
    assert trial.trusted_keys() > 0, f"{trial}: nothing was typed a second before the kill (a slow start?)"
    check_project_files(trial)
    check_recovery(trial)


@pytest.mark.parametrize("trial", range(10))
def test_killed_while_typing_loses_at_most_the_last_second(tmp_path: Path, trial: int) -> None:
    _check(run_trial(tmp_path, seed=1000 + trial))


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(40))
def test_killed_while_typing_many_times(tmp_path: Path, trial: int) -> None:
    _check(run_trial(tmp_path, seed=5000 + trial, save_chance=0.08))


# ---- after the crash: the next start ---------------------------------------------------------------------


def _start_window(qtbot, trial: Trial, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The app started again on the trial's handbook and data folder, as handbook-studio starts it."""
    monkeypatch.setenv("HANDBOOK_STUDIO_DATA_DIR", str(trial.data))
    _, handbook, error = _load_handbook(trial.handbook)
    assert error is None
    window = MainWindow(simple_preview=True)
    qtbot.addWidget(window)
    window.set_handbook(handbook)
    window.show()
    return window


def test_the_next_start_restores_the_recovered_text(qtbot, tmp_path: Path, monkeypatch) -> None:
    trial = run_trial(tmp_path, seed=77, save_chance=0.0, target=("ru", "02-flipped-classroom"))
    _check(trial)
    recovered = check_recovery(trial)
    assert recovered is not None and recovered != trial.original
    asked: list[str] = []
    monkeypatch.setattr(window_dialogs, "ask_restore", lambda parent, file, **_kw: asked.append(file) or True)

    window = _start_window(qtbot, trial, monkeypatch)
    assert _open_first_section(window, trial.slug, trial.lang) is None

    assert asked == [f"{trial.lang}/{trial.slug}.md"]
    editor = window.section_editor
    assert editor.editor.text() == recovered
    assert editor.is_modified
    assert trial.section_file.read_text(encoding="utf-8") == trial.original  # restoring writes nothing yet
    assert window.save()
    assert trial.section_file.read_text(encoding="utf-8") == recovered
    assert RecoveryStore(trial.data / "recovery").read(trial.handbook, trial.lang, trial.slug) is None


# ---- a save that fails ----------------------------------------------------------------------------------


def _type(widget, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_a_failed_save_keeps_the_text_and_its_recovery_copy(qtbot, sample_copy: Path, monkeypatch) -> None:
    window = MainWindow(simple_preview=True)
    qtbot.addWidget(window)
    assert window.open_handbook(sample_copy)
    window.show()
    assert window.open_section("03-video-lectures", "bg")
    path = sample_copy / "bg" / "03-video-lectures.md"
    before = path.read_bytes()
    editor = window.section_editor
    _type(editor.editor, "Нов текст, new text")
    typed = editor.editor.text()

    real_replace = os.replace

    def disk_full(src, dst) -> None:
        if Path(dst).resolve().is_relative_to(sample_copy.resolve()):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    assert not window.save()  # at once: before the recovery copy was due

    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert any("could not be saved" in box.text() for box in boxes)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(p.name for p in (SAMPLE / "bg").iterdir())
    assert editor.editor.text() == typed and editor.is_modified
    qtbot.waitUntil(lambda: window.recovery.read(sample_copy, "bg", "03-video-lectures") is not None, timeout=2000)
    assert window.recovery.read(sample_copy, "bg", "03-video-lectures").text == typed

    monkeypatch.setattr(atomic.os, "replace", real_replace)
    for box in boxes:
        box.close()
    assert window.save()
    assert path.read_text(encoding="utf-8") == typed
    assert window.recovery.read(sample_copy, "bg", "03-video-lectures") is None
