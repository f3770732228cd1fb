"""Lock files beside open maps: who holds them, what counts as stale, taking over safely, and
folders where no lock can be written (a NOT_LOCKABLE answer, never a crash)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from fs_helpers import freeze, read_only_folder, thaw  # noqa: F401  (a fixture)

from canvas_app import __version__
from canvas_app.fileio.lockfile import (
    LOCK_FORMAT,
    LockState,
    acquire,
    lock_path_for,
    read_lock,
)
from canvas_app.fileio.process_owner import current_process, host_name

ROOT = Path(__file__).resolve().parent.parent


def plant_lock(path: Path, **changes: Any) -> Path:
    """Write a lock file for `path` as another instance would, with `changes` to its fields."""
    now = datetime.now(timezone.utc).isoformat()
    data = {"format": LOCK_FORMAT, "user": "huong", "display_name": "Nguyễn Thị Hương",
            "host": "LAPTOP-7", "pid": 4242, "start_token": None, "since": now,
            "heartbeat": now, "app_version": "0.1.0", "nonce": "0123456789abcdef"}
    data.update(changes)
    lock = lock_path_for(path)
    lock.write_text(json.dumps(data), encoding="utf-8")
    return lock


def run_child(code: str) -> subprocess.Popen[str]:
    """Start a Python child process running `code` with the project importable."""
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_acquiring_writes_a_hidden_lock_beside_the_map_and_release_removes_it(
        tmp_path: Path) -> None:
    """The lock is `.name.lock` beside the map, holding who, where, since when and the version."""
    path = tmp_path / "plan.journey"
    result = acquire(path)
    assert result.state is LockState.ACQUIRED and result.lock is not None
    lock_file = tmp_path / ".plan.journey.lock"
    assert result.lock.lock_file == lock_file
    data = json.loads(lock_file.read_text(encoding="utf-8"))
    me = current_process()
    assert (data["user"], data["host"], data["pid"]) == (me.user, me.host, me.pid)
    assert data["app_version"] == __version__
    assert datetime.fromisoformat(data["since"]) <= datetime.now(timezone.utc)
    result.lock.release()
    assert not lock_file.exists()


def test_a_second_acquire_in_the_same_process_sees_it_held_by_itself(tmp_path: Path) -> None:
    """Opening a map this process already edits reports a live owner that is this process."""
    path = tmp_path / "plan.journey"
    first = acquire(path)
    second = acquire(path)
    assert second.state is LockState.HELD and second.owner is not None
    assert second.owner.is_this_process
    assert first.lock is not None
    first.lock.release()


def test_a_lock_held_by_another_live_process_is_respected_until_it_dies(tmp_path: Path) -> None:
    """A child process holds the lock: we are told its pid; once it is killed -9, the lock is
    stale and taken over, naming the previous owner."""
    path = tmp_path / "plan.journey"
    child = run_child(
        "import sys, time\n"
        "from canvas_app.fileio.lockfile import acquire\n"
        f"print(acquire({str(path)!r}).state.value, flush=True)\n"
        "time.sleep(60)\n"
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "acquired"
        held = acquire(path)
        assert held.state is LockState.HELD and held.owner is not None
        assert held.owner.identity.pid == child.pid and not held.owner.is_this_process
        assert host_name() in held.owner.describe()
    finally:
        child.kill()
        child.wait()
    taken = acquire(path)
    assert taken.state is LockState.ACQUIRED and taken.lock is not None
    assert taken.replaced is not None and taken.replaced.identity.pid == child.pid
    owner = read_lock(path)
    assert owner is not None and owner.identity.pid == os.getpid()
    taken.lock.release()


def test_a_reused_process_id_does_not_keep_a_lock_alive(tmp_path: Path) -> None:
    """A lock naming this machine and a running pid, but another process lifetime (the pid was
    reused after a crash or reboot), is stale."""
    me = current_process()
    if me.start_token is None:
        pytest.skip("no process start times on this platform")
    path = tmp_path / "plan.journey"
    plant_lock(path, host=me.host, pid=os.getpid(), start_token="an earlier process")
    result = acquire(path)
    assert result.state is LockState.ACQUIRED and result.replaced is not None
    assert result.lock is not None
    result.lock.release()


def test_another_hosts_lock_is_held_while_its_heartbeat_is_fresh(tmp_path: Path) -> None:
    """A colleague's lock on another machine is respected, and described with name and host."""
    path = tmp_path / "plan.journey"
    plant_lock(path)
    result = acquire(path)
    assert result.state is LockState.HELD and result.owner is not None
    assert result.owner.describe().startswith("Nguyễn Thị Hương (huong) on LAPTOP-7 since ")


def test_another_hosts_lock_without_heartbeat_for_hours_is_stale(tmp_path: Path) -> None:
    """A lock from another machine whose heartbeat stopped three hours ago is taken over."""
    path = tmp_path / "plan.journey"
    old = (datetime.now(timezone.utc) - timedelta(hours=3)).isoformat()
    plant_lock(path, since=old, heartbeat=old)
    result = acquire(path)
    assert result.state is LockState.ACQUIRED and result.replaced is not None
    assert result.replaced.identity.host == "LAPTOP-7"
    assert result.lock is not None
    result.lock.release()


def test_a_half_written_lock_is_respected_briefly_then_stale(tmp_path: Path) -> None:
    """An empty lock file (another instance mid-write) holds for a moment; an old one is junk."""
    path = tmp_path / "plan.journey"
    lock = lock_path_for(path)
    lock.write_bytes(b"")
    held = acquire(path)
    assert held.state is LockState.HELD and held.owner is None
    minute_ago = time.time() - 60
    os.utime(lock, (minute_ago, minute_ago))
    taken = acquire(path)
    assert taken.state is LockState.ACQUIRED and taken.lock is not None
    taken.lock.release()


def test_a_read_only_folder_cannot_be_locked_and_says_so(read_only_folder: Path) -> None:
    """Where no lock file can be written, the answer is NOT_LOCKABLE with a reason."""
    result = acquire(read_only_folder / "plan.journey")
    assert result.state is LockState.NOT_LOCKABLE and result.reason
    assert result.lock is None and list(read_only_folder.iterdir()) == []


def test_a_stale_lock_in_a_read_only_folder_is_not_lockable(tmp_path: Path) -> None:
    """A dead owner's lock that cannot be removed gives NOT_LOCKABLE, not an exception."""
    folder = tmp_path / "share"
    folder.mkdir()
    old = (datetime.now(timezone.utc) - timedelta(hours=3)).isoformat()
    lock = plant_lock(folder / "plan.journey", since=old, heartbeat=old)
    freeze(folder)
    try:
        result = acquire(folder / "plan.journey")
    finally:
        thaw(folder)
    assert result.state is LockState.NOT_LOCKABLE
    assert json.loads(lock.read_text(encoding="utf-8"))["host"] == "LAPTOP-7"


def test_a_path_through_a_file_cannot_be_locked(tmp_path: Path) -> None:
    """A map path whose folder is really a file gives NOT_LOCKABLE."""
    (tmp_path / "file").write_text("x")
    assert acquire(tmp_path / "file" / "plan.journey").state is LockState.NOT_LOCKABLE


def test_refresh_renews_the_heartbeat_and_notices_a_takeover(tmp_path: Path) -> None:
    """Refreshing moves the heartbeat forward; once someone else's lock replaced ours, refresh
    says so and release leaves their lock alone."""
    path = tmp_path / "plan.journey"
    result = acquire(path)
    assert result.lock is not None
    lock = result.lock
    before = read_lock(path)
    time.sleep(0.01)
    assert lock.refresh()
    after = read_lock(path)
    assert before is not None and after is not None
    assert after.heartbeat > before.heartbeat and after.since == before.since
    plant_lock(path)  # a colleague took it over while this machine slept
    assert not lock.refresh()
    lock.release()
    owner = read_lock(path)
    assert owner is not None and owner.identity.host == "LAPTOP-7"


def test_only_one_of_several_racing_processes_gets_a_stale_lock(tmp_path: Path) -> None:
    """Six processes taking over the same stale lock at the same instant: exactly one wins."""
    path = tmp_path / "plan.journey"
    old = (datetime.now(timezone.utc) - timedelta(hours=3)).isoformat()
    plant_lock(path, since=old, heartbeat=old)
    start = time.time() + 0.5
    code = (
        "import time\n"
        "from canvas_app.fileio.lockfile import acquire\n"
        f"time.sleep(max(0.0, {start} - time.time()))\n"
        f"print(acquire({str(path)!r}).state.value, flush=True)\n"
        "time.sleep(0.5)\n"  # stay alive so the winner's lock is not stale for the others
    )
    children = [run_child(code) for _ in range(6)]
    states = [child.communicate(timeout=60)[0].strip() for child in children]
    assert sorted(states) == ["acquired"] + ["held"] * 5, states
    assert not list(tmp_path.glob("*.stale"))


def test_the_lock_keeper_reports_a_lost_lock(tmp_path: Path, qtbot: Any) -> None:
    """The keeper refreshes on its timer and emits `lost` once the lock is someone else's."""
    from canvas_app.document.lock_keeper import LockKeeper

    result = acquire(tmp_path / "plan.journey")
    assert result.lock is not None
    keeper = LockKeeper(result.lock, interval_ms=20)
    assert keeper.refresh()
    plant_lock(tmp_path / "plan.journey")
    with qtbot.waitSignal(keeper.lost, timeout=2000):
        pass
    keeper.release()
    assert lock_path_for(tmp_path / "plan.journey").exists()  # theirs, untouched
