"""Recovery copies name the app that wrote them: another running app's unsaved text is never offered as a crash's,
never deleted by this app and never overwritten by it; the folder is the user's choice (Preferences ▸ Safety)."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from authoring_app.core import editing, safety_settings
from authoring_app.core.backups import BackupStore
from authoring_app.core.editing import ENDED, OURS, RUNNING, RecoveryStore, read_owner
from authoring_app.core.paths import DATA_DIR_ENV
from authoring_app.core.project_lock import Identity, process_start_time

SLUG = "02-flipped-classroom"


@pytest.fixture
def other(sleeper: subprocess.Popen) -> Identity:
    """Another app running on this computer."""
    return Identity(Identity.current().host, sleeper.pid, "maria", process_start_time(sleeper.pid))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


def test_a_copy_names_its_app_and_this_apps_copies_are_its_own(tmp_path: Path, folder: Path) -> None:
    store = RecoveryStore(folder)
    path = store.write(tmp_path / "hb", "bg", SLUG, "unsaved\n")
    assert path == store.path_for(tmp_path / "hb", "bg", SLUG) and read_owner(path) == store.owner
    (copy,) = store.copies(tmp_path / "hb")
    assert (copy.lang, copy.slug, copy.text, copy.state) == ("bg", SLUG, "unsaved\n", OURS)
    assert store.read(tmp_path / "hb", "bg", SLUG) == copy and store.pending(tmp_path / "hb") == [("bg", SLUG)]
    store.clear(tmp_path / "hb", "bg", SLUG)
    assert store.copies(tmp_path / "hb") == [] and not path.with_name(path.name + ".owner").exists()


def test_another_running_apps_copy_is_neither_offered_nor_cleared_nor_overwritten(
    tmp_path: Path, folder: Path, other: Identity, sleeper: subprocess.Popen
) -> None:
    root = tmp_path / "hb"
    theirs = RecoveryStore(folder, owner=other)
    their_path = theirs.write(root, "bg", SLUG, "their text\n")
    mine = RecoveryStore(folder)
    assert mine.read(root, "bg", SLUG) is None and mine.pending(root) == [] and mine.offerable(root) == []
    assert [copy.state for copy in mine.copies(root)] == [RUNNING]

    my_path = mine.write(root, "bg", SLUG, "my text\n")  # both edit the section (after a take-over)
    assert my_path != their_path and my_path.parent == their_path.parent
    assert their_path.read_text(encoding="utf-8") == "their text\n"
    assert mine.read(root, "bg", SLUG).text == "my text\n" and mine.pending(root) == [("bg", SLUG)]
    assert theirs.read(root, "bg", SLUG).text == "their text\n"  # each app sees its own
    mine.clear(root, "bg", SLUG)
    assert not my_path.exists() and their_path.read_text(encoding="utf-8") == "their text\n"

    sleeper.kill()  # that app crashes: its text is a crash's now, offered and deletable
    sleeper.wait()
    (copy,) = mine.copies(root)
    assert copy.state == ENDED and mine.read(root, "bg", SLUG) == copy
    mine.adopt(copy)  # restored into this app's editor
    assert mine.read(root, "bg", SLUG).state == OURS
    mine.clear(root, "bg", SLUG)  # saved
    assert mine.copies(root) == []


def test_a_copy_without_an_owner_is_from_an_app_that_ended(tmp_path: Path, folder: Path) -> None:
    """Copies written before owners were recorded are offered, as before."""
    root = tmp_path / "hb"
    path = RecoveryStore(folder).path_for(root, "ru", SLUG)
    path.parent.mkdir(parents=True)
    path.write_text("old copy\n", encoding="utf-8")
    store = RecoveryStore(folder)
    copy = store.read(root, "ru", SLUG)
    assert copy is not None and copy.owner is None and copy.state == ENDED
    store.write(root, "ru", SLUG, "now mine\n")  # an ended app's copy is simply replaced
    assert path.read_text(encoding="utf-8") == "now mine\n" and read_owner(path) == store.owner
    store.discard(store.read(root, "ru", SLUG))
    assert store.copies(root) == []


def test_a_damaged_owner_file_counts_as_ended(tmp_path: Path, folder: Path, other: Identity) -> None:
    root = tmp_path / "hb"
    path = RecoveryStore(folder, owner=other).write(root, "bg", SLUG, "text\n")
    path.with_name(path.name + ".owner").write_text("{not json", encoding="utf-8")
    assert RecoveryStore(folder).read(root, "bg", SLUG).state == ENDED


def test_where_start_times_are_unknown_the_heartbeat_tells_whether_the_app_runs(
    tmp_path: Path, folder: Path, sleeper: subprocess.Popen, monkeypatch
) -> None:
    """Windows and macOS: a crashed app's process id may be another program's now; only its heartbeat in the
    recovery folder, renewed every minute while it runs, shows it is alive."""
    monkeypatch.setattr(editing, "process_start_time", lambda pid: None)
    root = tmp_path / "hb"
    owner = Identity(Identity.current().host, sleeper.pid, "maria", None)
    theirs = RecoveryStore(folder, owner=owner)
    theirs.write(root, "bg", SLUG, "text\n")  # the first write renews the heartbeat
    mine = RecoveryStore(folder)
    assert mine.copies(root)[0].state == RUNNING
    beat = folder / "owners" / f"{editing._owner_tag(owner)}.json"
    data = json.loads(beat.read_text(encoding="utf-8"))
    data["heartbeat"] = time.time() - 11 * 60  # no sign of life for eleven minutes
    beat.write_text(json.dumps(data), encoding="utf-8")
    assert mine.copies(root)[0].state == ENDED
    theirs.beat()
    assert mine.copies(root)[0].state == RUNNING
    beat.unlink()
    assert mine.copies(root)[0].state == ENDED


def test_another_computers_copy_is_judged_by_its_heartbeat(tmp_path: Path, folder: Path) -> None:
    root = tmp_path / "hb"
    theirs = RecoveryStore(folder, owner=Identity("lab-pc-7", 4242, "maria", "123"))
    theirs.write(root, "bg", SLUG, "text\n")
    mine = RecoveryStore(folder)
    assert mine.copies(root)[0].state == RUNNING
    (folder / "owners" / f"{editing._owner_tag(theirs.owner)}.json").unlink()
    assert mine.copies(root)[0].state == ENDED


# ---- the folder and the number of backups: Preferences ▸ Safety -------------------------------------------


def test_the_safety_folder_and_the_number_of_backups_are_the_users_choice(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    assert safety_settings.safety_dir() == tmp_path / "data" and safety_settings.backup_keep() == 10
    assert RecoveryStore().folder == tmp_path / "data" / "recovery"
    assert BackupStore().base == tmp_path / "data" / "backups"

    chosen = tmp_path / "synced" / "safety"
    safety_settings.save_safety_settings(safety_settings.SafetySettings(chosen, 25))
    assert safety_settings.safety_dir() == chosen and safety_settings.backup_keep() == 25
    assert RecoveryStore().folder == chosen / "recovery" and BackupStore().base == chosen / "backups"
    safety_settings.set_backup_keep(500)
    assert safety_settings.backup_keep() == safety_settings.MAX_KEEP
    assert safety_settings.safety_dir() == chosen  # kept


@pytest.mark.parametrize(
    "content", [b"{broken", b"[1]", b'{"folder": 5, "keep": "many"}', b'{"keep": true}', b"\xff\xfe"]
)
def test_a_damaged_safety_file_means_the_defaults(tmp_path: Path, monkeypatch, content: bytes) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / safety_settings.SETTINGS_NAME).write_bytes(content)
    assert safety_settings.load_safety_settings() == safety_settings.SafetySettings()
