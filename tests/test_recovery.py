"""The recovery store: snapshots in the local state folder (never beside a map), offered back only
when the process that wrote them is gone, loaded exactly, kept until discarded."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from strategies import small_map

from canvas_app.fileio.codec import dump_bytes
from canvas_app.fileio.errors import FileFormatError
from canvas_app.fileio.process_owner import ProcessState, current_process, pid_alive
from canvas_app.fileio.process_owner import process_state
from canvas_app.fileio.recovery import RecoveryStore
from canvas_app.fileio.state_dir import STATE_DIR_ENV, state_dir
from canvas_app.model.journey_map import JourneyMap


def dead_pid() -> int:
    """The id of a process that has exited (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def orphan(store: RecoveryStore, key: str, **changes: object) -> None:
    """Rewrite snapshot `key`'s sidecar as if a crashed process (or another host) wrote it."""
    sidecar = store.sidecar_path(key)
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    data.update({"pid": dead_pid(), **changes})
    sidecar.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "state" / "recovery")


def test_a_live_processes_snapshots_are_not_offered(store: RecoveryStore, tmp_path: Path) -> None:
    """This process's own snapshot is listed as live by `entries` and not offered by `list`."""
    key = store.new_key()
    store.write(key, small_map(), tmp_path / "plan.journey")
    [entry] = store.entries()
    assert entry.live and entry.owner is not None and entry.owner.pid == os.getpid()
    assert store.list() == []


def test_a_dead_processes_snapshot_is_offered_and_restored_exactly(store: RecoveryStore,
                                                                  tmp_path: Path) -> None:
    """After its process died, the snapshot is offered with what and when, and loads equal."""
    original = tmp_path / "share" / "plan.journey"
    key = store.new_key()
    before = time.time()
    store.write(key, small_map(), original)
    orphan(store, key)
    [entry] = store.list()
    assert (entry.key, entry.original_path, entry.title) == (key, original, small_map().title)
    assert entry.note_count == len(small_map().notes)
    assert before - 1 <= entry.saved_at.timestamp() <= time.time() + 1
    assert store.load(entry) == small_map()


def test_declining_keeps_the_files_and_discarding_removes_them(store: RecoveryStore) -> None:
    """Listing twice offers the same entry (declining deletes nothing); discard removes both."""
    key = store.new_key()
    store.write(key, small_map(), None)
    orphan(store, key)
    assert store.list() == store.list()
    store.discard(store.list()[0])
    assert store.list() == [] and list(store.directory.iterdir()) == []


def test_another_hosts_snapshot_is_offered(store: RecoveryStore) -> None:
    """A snapshot from another machine (a shared home folder) cannot be checked: it is offered."""
    key = store.new_key()
    store.write(key, small_map(), None)
    orphan(store, key, pid=os.getpid(), host="another-machine")
    assert [entry.key for entry in store.list()] == [key]


def test_a_snapshot_without_sidecar_is_still_offered(store: RecoveryStore) -> None:
    """A crash between writing the map and its sidecar leaves a snapshot that is still offered."""
    key = store.new_key()
    store.write(key, small_map(), None)
    store.sidecar_path(key).unlink()
    [entry] = store.list()
    assert entry.owner is None and entry.original_path is None
    assert store.load(entry) == small_map()


def test_entries_are_newest_first(store: RecoveryStore) -> None:
    """Several snapshots are listed newest first."""
    keys = []
    for title in ("first", "second", "third"):
        key = store.new_key()
        store.write(key, JourneyMap(title=title), None)
        orphan(store, key)
        keys.append(key)
        time.sleep(0.002)
    assert [entry.title for entry in store.list()] == ["third", "second", "first"]


def test_a_damaged_snapshot_is_refused_clearly(store: RecoveryStore) -> None:
    """A truncated snapshot raises a one-line FileFormatError naming the recovered copy."""
    key = store.new_key()
    store.write(key, small_map(), Path("/maps/plan.journey"))
    orphan(store, key)
    snapshot = store.snapshot_path(key)
    snapshot.write_bytes(snapshot.read_bytes()[:100])
    with pytest.raises(FileFormatError, match="recovered copy of plan.journey"):
        store.load(store.list()[0])


def test_adopting_an_entry_makes_it_ours(store: RecoveryStore) -> None:
    """The process that restores a snapshot adopts it: other instances stop offering it."""
    key = store.new_key()
    store.write(key, small_map(), None)
    orphan(store, key)
    [entry] = store.list()
    assert store.adopt(entry) == key
    assert store.list() == [] and store.entries()[0].live


def test_keys_cannot_leave_the_folder(store: RecoveryStore) -> None:
    """A key that is not a plain hex name is refused before touching any file."""
    with pytest.raises(ValueError):
        store.remove("../../etc/passwd")


def test_snapshots_never_go_beside_the_map(store: RecoveryStore, tmp_path: Path) -> None:
    """Writing a snapshot of a shared map adds nothing beside the map; the folder is private."""
    share = tmp_path / "share"
    share.mkdir()
    (share / "plan.journey").write_bytes(dump_bytes(small_map()))
    store.write(store.new_key(), small_map(), share / "plan.journey")
    assert [p.name for p in share.iterdir()] == ["plan.journey"]
    if os.name == "posix":
        assert stat.S_IMODE(store.directory.stat().st_mode) == 0o700


def test_the_state_folder_follows_the_platform_and_the_override(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """JOURNEY_CANVAS_STATE_DIR wins; otherwise XDG_STATE_HOME (if absolute) or ~/.local/state."""
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "override"))
    assert state_dir() == tmp_path / "override"
    assert RecoveryStore.default().directory == tmp_path / "override" / "recovery"
    monkeypatch.delenv(STATE_DIR_ENV)
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
        assert state_dir() == tmp_path / "xdg" / "journey-canvas"
        monkeypatch.setenv("XDG_STATE_HOME", "relative/ignored")
        assert state_dir() == Path.home() / ".local" / "state" / "journey-canvas"


def test_process_liveness_tells_running_dead_and_reused_ids_apart() -> None:
    """Our own identity is alive; an exited child is gone; our pid with another start token is a
    reused id, hence gone."""
    me = current_process()
    assert process_state(me) is ProcessState.ALIVE
    assert not pid_alive(dead_pid())
    if me.start_token is not None:
        reused = type(me)(me.user, me.display_name, me.host, me.pid, "another lifetime")
        assert process_state(reused) is ProcessState.GONE
