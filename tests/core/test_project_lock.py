"""The lock of an open handbook: who holds it, when it is stale, and that trouble with the file is never fatal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from authoring_app.core import project_lock
from authoring_app.core.project_lock import (
    ACQUIRED,
    FORCED,
    FREE,
    HELD,
    LIVE,
    LOST,
    OURS,
    REFRESHED,
    STALE,
    TAKEN_OVER,
    UNAVAILABLE,
    UNREADABLE,
    Identity,
    LockReason,
    ProjectLock,
    inspect_lock,
    lock_path,
    pid_alive,
    process_start_time,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "handbook"
    folder.mkdir()
    (folder / "handbook.toml").write_text("", encoding="utf-8")
    return folder


def this_host() -> str:
    return Identity.current().host


@pytest.fixture
def other_app_here(sleeper: subprocess.Popen) -> Identity:
    """Another app running on this computer (posed by the sleeping child process)."""
    return Identity(this_host(), sleeper.pid, "maria", process_start_time(sleeper.pid))


def other_computer(user: str = "maria") -> Identity:
    return Identity("lab-pc-7", 4242, user, None)


def age_heartbeat(root: Path, minutes: float) -> None:
    data = json.loads(lock_path(root).read_text(encoding="utf-8"))
    data["heartbeat"] = (datetime.now(UTC) - timedelta(minutes=minutes)).isoformat(timespec="seconds")
    lock_path(root).write_text(json.dumps(data), encoding="utf-8")


def ended_pid() -> int:
    """The id of a process that has run and ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_free_handbook_is_locked_with_who_where_and_when_and_unlocked_on_release(root: Path) -> None:
    lock = ProjectLock(root)
    assert inspect_lock(root).kind == FREE
    assert lock.acquire().kind == ACQUIRED and lock.held
    data = json.loads(lock_path(root).read_text(encoding="utf-8"))
    me = Identity.current()
    assert data["host"] == me.host and data["pid"] == os.getpid() and data["user"] == me.user
    assert data["app_version"] and data["since"] and data["heartbeat"] and data["token"] == lock.token
    assert "/lock" in (root / ".handbook" / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert inspect_lock(root).kind == OURS
    assert lock.refresh().kind == REFRESHED
    assert lock.release() and not lock_path(root).exists()
    assert sorted(p.name for p in (root / ".handbook").iterdir()) == [".gitignore"]  # no temporary file left


def test_a_gitignore_of_the_user_is_left_as_it_is(root: Path) -> None:
    (root / ".handbook").mkdir()
    (root / ".handbook" / ".gitignore").write_text("mine\n", encoding="utf-8")
    ProjectLock(root).acquire()
    assert (root / ".handbook" / ".gitignore").read_text(encoding="utf-8") == "mine\n"


def test_a_running_app_on_this_computer_keeps_the_lock(root: Path, other_app_here: Identity) -> None:
    other = ProjectLock(root, identity=other_app_here)
    assert other.acquire().kind == ACQUIRED
    before = lock_path(root).read_bytes()
    state = inspect_lock(root)
    pid = other_app_here.pid
    assert state.kind == LIVE and state.holder.pid == pid and state.holder.user == "maria"
    outcome = ProjectLock(root).acquire()
    assert outcome.kind == HELD and outcome.holder.pid == pid and not outcome.writable
    assert lock_path(root).read_bytes() == before
    assert "maria on " in outcome.holder.describe() and f"(process {pid})" in outcome.holder.describe()


def test_the_lock_of_a_process_that_ended_is_stale_and_taken_over(root: Path) -> None:
    dead = Identity(this_host(), ended_pid(), "maria", None)
    ProjectLock(root, identity=dead).acquire()
    state = inspect_lock(root)
    assert state.kind == STALE and "has ended" in state.reason
    assert state.reason.code == LockReason.PROCESS_ENDED and state.reason.values == {"pid": dead.pid}
    lock = ProjectLock(root)
    outcome = lock.acquire()
    assert outcome.kind == TAKEN_OVER and outcome.holder.pid == dead.pid and outcome.writable
    assert json.loads(lock_path(root).read_text(encoding="utf-8"))["token"] == lock.token


@pytest.mark.skipif(process_start_time(os.getpid()) is None, reason="process start times are read from /proc")
def test_a_process_number_now_used_by_another_program_is_stale(root: Path, sleeper: subprocess.Popen) -> None:
    reused = Identity(this_host(), sleeper.pid, "maria", "1")  # alive, but started at another time
    ProjectLock(root, identity=reused).acquire()
    state = inspect_lock(root)
    assert state.kind == STALE and "another program" in state.reason
    assert state.reason.code == LockReason.PROCESS_REPLACED


def test_where_start_times_are_unknown_an_old_heartbeat_on_this_computer_is_stale(
    root: Path, sleeper: subprocess.Popen, monkeypatch
) -> None:
    """Windows and macOS: a crashed app's process id, reused by another program, must not keep the lock for ever."""
    monkeypatch.setattr(project_lock, "process_start_time", lambda pid: None)
    ProjectLock(root, identity=Identity(this_host(), sleeper.pid, "maria", None)).acquire()
    age_heartbeat(root, minutes=9)
    assert inspect_lock(root).kind == LIVE
    age_heartbeat(root, minutes=11)
    state = inspect_lock(root)
    assert state.kind == STALE and state.reason.code == LockReason.NO_HEARTBEAT and "11 minutes" in state.reason
    assert ProjectLock(root, settle_seconds=0).acquire().kind == TAKEN_OVER


def test_a_lock_from_another_computer_is_live_until_its_heartbeat_is_old(root: Path) -> None:
    other = ProjectLock(root, identity=other_computer())
    other.acquire()
    assert ProjectLock(root).acquire().kind == HELD
    age_heartbeat(root, minutes=9)
    assert inspect_lock(root).kind == LIVE
    age_heartbeat(root, minutes=11)
    state = inspect_lock(root)
    assert state.kind == STALE and "lab-pc-7" in state.reason and "11 minutes" in state.reason
    assert state.reason.values == {"host": "lab-pc-7", "minutes": 11}
    outcome = ProjectLock(root).acquire()
    assert outcome.kind == TAKEN_OVER and outcome.holder.host == "lab-pc-7"


class Clock:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def set_heartbeat(root: Path, when: datetime) -> None:
    data = json.loads(lock_path(root).read_text(encoding="utf-8"))
    data["heartbeat"] = when.isoformat(timespec="seconds")
    lock_path(root).write_text(json.dumps(data), encoding="utf-8")


def test_a_heartbeat_that_stands_still_is_stale_whatever_the_other_computers_clock_says(root: Path) -> None:
    """lab-pc-7's clock is 30 minutes ahead: its heartbeat always looks fresh here. Watching it stand still for
    more than ten minutes on this app's own clock still finds the app ended there."""
    ProjectLock(root, identity=other_computer()).acquire()
    ahead = datetime.now(UTC) + timedelta(minutes=30)
    set_heartbeat(root, ahead)
    clock = Clock()
    watcher = ProjectLock(root, clock=clock)
    assert watcher.inspect().kind == LIVE
    clock.now += 9 * 60
    assert watcher.inspect().kind == LIVE
    clock.now += 2 * 60
    state = watcher.inspect()
    assert state.kind == STALE and state.reason.code == LockReason.HEARTBEAT_STOPPED
    assert state.reason.values == {"host": "lab-pc-7", "minutes": 11}
    set_heartbeat(root, ahead + timedelta(minutes=1))  # it beats again
    assert watcher.inspect().kind == LIVE


def test_a_heartbeat_that_moves_is_live_though_the_other_computers_clock_is_behind(root: Path) -> None:
    ProjectLock(root, identity=other_computer()).acquire()
    behind = datetime.now(UTC) - timedelta(minutes=30)
    set_heartbeat(root, behind)
    clock = Clock()
    watcher = ProjectLock(root, clock=clock)
    assert watcher.inspect().kind == STALE  # the first look: only the clocks can tell (documented)
    clock.now += 60
    set_heartbeat(root, behind + timedelta(minutes=1))
    assert watcher.inspect().kind == LIVE  # it beat since: running
    clock.now += 5 * 60
    assert watcher.inspect().kind == LIVE  # not watched standing still for ten minutes yet


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"\xff\xfe\x00garbage", b'{"pid": "x"}', b"[1, 2]", b"{}" + b" " * (70 * 1024)],
    ids=["empty", "not-json", "binary", "wrong-types", "not-an-object", "too-large"],
)
def test_a_garbled_lock_file_is_stale_and_taken_over(root: Path, content: bytes) -> None:
    lock_path(root).parent.mkdir()
    lock_path(root).write_bytes(content)
    state = inspect_lock(root)
    assert state.kind == STALE and "damaged" in state.reason
    lock = ProjectLock(root)
    outcome = lock.acquire()
    assert outcome.kind == TAKEN_OVER and outcome.holder is None and "damaged" in outcome.reason
    assert outcome.reason.code == LockReason.DAMAGED
    assert json.loads(lock_path(root).read_text(encoding="utf-8"))["token"] == lock.token


def test_take_over_on_request_and_the_first_app_learns_it_lost_the_lock(root: Path) -> None:
    first = ProjectLock(root, identity=other_computer())
    first.acquire()
    second = ProjectLock(root)
    outcome = second.acquire(force=True)
    assert outcome.kind == TAKEN_OVER and outcome.reason == FORCED and outcome.holder.host == "lab-pc-7"
    assert outcome.reason.code == LockReason.FORCED
    lost = first.refresh()
    assert lost.kind == LOST and lost.holder.token == second.token and not lost.writable
    assert not first.release()  # the lock is the second app's now: it stays
    assert json.loads(lock_path(root).read_text(encoding="utf-8"))["token"] == second.token


def test_a_take_over_landing_while_the_heartbeat_writes_is_noticed(root: Path, monkeypatch) -> None:
    """The heartbeat writes, another app takes the lock over at that moment: reading it back tells."""
    lock = ProjectLock(root)
    lock.acquire()
    other = ProjectLock(root, identity=other_computer(), settle_seconds=0)
    real_write = project_lock.atomic_write_text

    def write_then_taken_over(path, text, **kwargs):
        real_write(path, text, **kwargs)
        monkeypatch.setattr(project_lock, "atomic_write_text", real_write)
        assert other.acquire(force=True).kind == TAKEN_OVER

    monkeypatch.setattr(project_lock, "atomic_write_text", write_then_taken_over)
    outcome = lock.refresh()
    assert outcome.kind == LOST and outcome.holder.token == other.token and not lock.held


def test_of_two_apps_taking_a_stale_lock_at_once_only_one_goes_on(root: Path, monkeypatch) -> None:
    ProjectLock(root, identity=Identity(this_host(), ended_pid(), "maria", None)).acquire()
    first = ProjectLock(root)
    second = ProjectLock(root, identity=other_computer("ivan"), settle_seconds=0)
    waited: list[float] = []

    def meanwhile(seconds: float) -> None:  # the second app, which found it stale too, writes while the first waits
        waited.append(seconds)
        assert second.acquire(force=True).kind == TAKEN_OVER

    monkeypatch.setattr(project_lock, "_pause", meanwhile)
    outcome = first.acquire()
    assert waited == [project_lock.SETTLE_SECONDS]
    assert outcome.kind == HELD and outcome.holder.user == "ivan" and not first.held
    assert json.loads(lock_path(root).read_text(encoding="utf-8"))["token"] == second.token


def test_a_deleted_lock_is_written_again_by_the_next_heartbeat(root: Path) -> None:
    lock = ProjectLock(root)
    lock.acquire()
    lock_path(root).unlink()
    assert lock.refresh().kind == REFRESHED
    assert json.loads(lock_path(root).read_text(encoding="utf-8"))["token"] == lock.token


def test_an_unreadable_lock_file_is_reported_and_locking_is_off(root: Path, monkeypatch) -> None:
    lock_path(root).parent.mkdir()
    lock_path(root).write_text("{}", encoding="utf-8")

    def refuse(path: Path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(project_lock, "read_holder", refuse)
    assert inspect_lock(root).kind == UNREADABLE
    outcome = ProjectLock(root).acquire()
    assert outcome.kind == UNAVAILABLE and "Permission denied" in outcome.reason and outcome.writable
    assert outcome.reason.code == LockReason.CANNOT_USE and outcome.reason.values["error"] == "Permission denied"


def test_a_folder_that_refuses_the_lock_is_reported_not_fatal(root: Path, monkeypatch) -> None:
    """OneDrive or a read-only share: the lock cannot be written, the handbook still opens (locking off)."""

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(root / ".handbook"))

    monkeypatch.setattr(project_lock, "_temporary_file", refuse)
    lock = ProjectLock(root)
    outcome = lock.acquire()
    assert outcome.kind == UNAVAILABLE and "Permission denied" in outcome.reason and outcome.writable
    assert not lock.held and not lock_path(root).exists()
    assert not lock.release()


def test_a_heartbeat_that_cannot_be_written_is_reported(root: Path, monkeypatch) -> None:
    lock = ProjectLock(root)
    lock.acquire()

    def refuse(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(project_lock, "atomic_write_text", refuse)
    outcome = lock.refresh()
    assert outcome.kind == UNAVAILABLE and "Input/output error" in outcome.reason and lock.held


def test_only_one_of_two_apps_creating_the_lock_at_once_wins(root: Path) -> None:
    path = lock_path(root)
    assert project_lock._create_exclusive(path, "first\n")
    assert not project_lock._create_exclusive(path, "second\n")
    assert path.read_text(encoding="utf-8") == "first\n"


def test_pid_alive(sleeper: subprocess.Popen) -> None:
    assert pid_alive(os.getpid()) and pid_alive(sleeper.pid)
    assert not pid_alive(ended_pid()) and not pid_alive(0) and not pid_alive(-5)


def test_a_lock_held_by_a_real_second_process(root: Path) -> None:
    """Another process takes the lock and sleeps: this one is kept out; once it is killed, the lock is stale."""
    script = (
        "import sys, time\n"
        "from authoring_app.core.project_lock import ProjectLock\n"
        f"print(ProjectLock({str(root)!r}).acquire().kind, flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT)
    try:
        assert child.stdout.readline().strip() == ACQUIRED
        outcome = ProjectLock(root).acquire()
        assert outcome.kind == HELD and outcome.holder.pid == child.pid
    finally:
        child.kill()
        child.wait()
    deadline = time.monotonic() + 5
    while pid_alive(child.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    outcome = ProjectLock(root).acquire()
    assert outcome.kind == TAKEN_OVER and outcome.holder.pid == child.pid and "has ended" in outcome.reason


def test_a_new_handbook_keeps_the_lock_out_of_git_from_the_start(tmp_path: Path) -> None:
    from authoring_app.core.scaffold import create_handbook

    create_handbook(tmp_path / "new", ["bg", "ru"])
    assert (tmp_path / "new" / ".handbook" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "/lock"
