"""Autosave: snapshots shortly after edits and on a timer, removed when saved or closed, and a
real process killed with SIGKILL mid-edit whose last snapshot is recovered exactly."""

from __future__ import annotations

import hashlib
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from strategies import small_map

from canvas_app.document import Document, Editor
from canvas_app.document.autosave import Autosaver
from canvas_app.fileio.codec import dump_bytes
from canvas_app.fileio.recovery import RecoveryStore

HERE = Path(__file__).resolve().parent
CHILD = HERE / "autosave_child.py"


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "state" / "recovery")


@pytest.fixture
def document(qapp: object, tmp_path: Path) -> Document:
    doc = Document(small_map())
    doc.save_as(tmp_path / "map.journey")
    return doc


def snapshot_files(store: RecoveryStore) -> list[str]:
    return sorted(p.name for p in store.directory.iterdir()) if store.directory.exists() else []


def test_an_edit_is_snapshotted_shortly_after(document: Document, store: RecoveryStore,
                                              qtbot: Any) -> None:
    """One edit writes a snapshot (map + sidecar) after the delay, holding exactly that map."""
    saver = Autosaver(document, store, delay_ms=30)
    with qtbot.waitSignal(saver.snapshot_written, timeout=2000) as written:
        Editor(document).set_map_title("edited")
    assert written.args[0] == store.snapshot_path(saver.key)
    assert snapshot_files(store) == [f"{saver.key}.journey", f"{saver.key}.json"]
    assert store.snapshot_path(saver.key).read_bytes() == dump_bytes(document.journey)
    entry = store.entries()[0]
    assert entry.original_path == document.path and entry.title == "edited"
    saver.close()


def test_a_burst_of_edits_gives_one_snapshot(document: Document, store: RecoveryStore,
                                             qtbot: Any) -> None:
    """Edits closer together than the delay restart it: ten quick edits, one write."""
    saver = Autosaver(document, store, delay_ms=80)
    writes: list[object] = []
    saver.snapshot_written.connect(writes.append)
    editor = Editor(document)
    for index in range(10):
        editor.set_map_title(f"title {index}")
        qtbot.wait(5)
    qtbot.waitUntil(lambda: len(writes) == 1, timeout=2000)
    qtbot.wait(150)
    assert len(writes) == 1 and store.entries()[0].title == "title 9"
    saver.close()


def test_continuous_editing_is_still_snapshotted(document: Document, store: RecoveryStore,
                                                 qtbot: Any) -> None:
    """Edits that never pause longer than the delay still get a snapshot within a few delays."""
    saver = Autosaver(document, store, delay_ms=40, interval_ms=60_000)
    writes: list[object] = []
    saver.snapshot_written.connect(writes.append)
    editor = Editor(document)
    started = time.monotonic()
    while not writes and time.monotonic() - started < 2.0:
        editor.set_map_title(f"t{time.monotonic()}")
        qtbot.wait(10)
    assert writes and time.monotonic() - started < 0.5
    saver.close()


def test_the_periodic_timer_writes_too(document: Document, store: RecoveryStore,
                                       qtbot: Any) -> None:
    """With a long delay, the interval timer writes pending changes."""
    saver = Autosaver(document, store, delay_ms=60_000, interval_ms=40)
    with qtbot.waitSignal(saver.snapshot_written, timeout=2000):
        Editor(document).set_map_title("edited")
    saver.close()


def test_saving_or_undoing_to_the_saved_state_removes_the_snapshot(
        document: Document, store: RecoveryStore, qtbot: Any) -> None:
    """A saved document needs no snapshot; nor does one undone back to its saved state."""
    saver = Autosaver(document, store, delay_ms=10)
    editor = Editor(document)
    with qtbot.waitSignal(saver.snapshot_written, timeout=2000):
        editor.set_map_title("edited")
    document.save()
    assert snapshot_files(store) == []
    with qtbot.waitSignal(saver.snapshot_written, timeout=2000):
        editor.set_map_title("again")
    document.undo_stack.undo()
    assert snapshot_files(store) == [] and not saver.pending
    saver.close()


def test_a_new_unsaved_map_is_protected_too(qapp: object, store: RecoveryStore,
                                            qtbot: Any) -> None:
    """A map that never had a file is snapshotted, with no original path."""
    document = Document(small_map())
    saver = Autosaver(document, store, delay_ms=10)
    with qtbot.waitSignal(saver.snapshot_written, timeout=2000):
        Editor(document).set_map_title("draft")
    assert store.entries()[0].original_path is None
    saver.close()


def test_closing_normally_removes_the_snapshot_and_stops(document: Document,
                                                         store: RecoveryStore,
                                                         qtbot: Any) -> None:
    """close() deletes the snapshot and nothing is written after it."""
    saver = Autosaver(document, store, delay_ms=10, interval_ms=10)
    editor = Editor(document)
    with qtbot.waitSignal(saver.snapshot_written, timeout=2000):
        editor.set_map_title("edited")
    saver.close()
    editor.set_map_title("after close")
    qtbot.wait(60)
    assert snapshot_files(store) == []


def test_an_unwritable_recovery_folder_is_reported_not_raised(document: Document,
                                                              tmp_path: Path,
                                                              qtbot: Any) -> None:
    """When the state folder cannot be created (a file is in the way), a one-line reason is
    emitted and editing goes on."""
    (tmp_path / "blocker").write_text("x")
    saver = Autosaver(document, RecoveryStore(tmp_path / "blocker" / "recovery"), delay_ms=10)
    with qtbot.waitSignal(saver.snapshot_failed, timeout=2000) as failed:
        Editor(document).set_map_title("edited")
    assert "recovery folder" in failed.args[0] and "\n" not in failed.args[0]
    assert document.modified
    saver.close()


def test_a_restored_map_keeps_its_snapshot_until_saved(qapp: object, store: RecoveryStore,
                                                       tmp_path: Path, qtbot: Any) -> None:
    """Restoring adopts the snapshot: the new autosaver writes under the same key at once, and
    saving the restored map removes it."""
    key = store.new_key()
    store.write(key, small_map(), tmp_path / "map.journey")
    [entry] = store.entries()
    document = Document()
    document.restore_recovered(store.load(entry), entry.original_path)
    saver = Autosaver(document, store, key=store.adopt(entry), delay_ms=10)
    with qtbot.waitSignal(saver.snapshot_written, timeout=2000):
        pass
    assert [e.key for e in store.entries()] == [key]
    document.save()
    assert snapshot_files(store) == []
    saver.close()


def run_child(state: Path, map_path: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(state), str(map_path), mode],
        cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def read_until(child: subprocess.Popen[str], prefix: str, seen: list[str]) -> str:
    """Read the child's lines (keeping them in `seen`) until one starts with `prefix`."""
    assert child.stdout is not None
    while True:
        line = child.stdout.readline()
        assert line, f"child ended: {child.stderr.read() if child.stderr else ''}"
        seen.append(line.strip())
        if line.startswith(prefix):
            return line.split()[1]


def kill_and_recover(child: subprocess.Popen[str], state: Path) -> tuple[str, list[str]]:
    """SIGKILL the child, then find its snapshot as a restarted program would; return the
    recovered map's digest and the child's remaining output."""
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    [entry] = RecoveryStore(state).list()
    assert entry.owner is not None and entry.owner.pid == child.pid
    recovered = RecoveryStore(state).load(entry)
    return hashlib.sha256(dump_bytes(recovered)).hexdigest(), rest.split("\n")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_process_leaves_exactly_its_edited_map(tmp_path: Path) -> None:
    """A real process edits, autosaves and is killed -9: the next start recovers exactly the map
    it had, with its original path."""
    state, map_path = tmp_path / "state", tmp_path / "map.journey"
    child = run_child(state, map_path, "once")
    seen: list[str] = []
    written = read_until(child, "written", seen)
    last_edit = [line.split()[1] for line in seen if line.startswith("edit")][-1]
    assert written == last_edit
    recovered, _ = kill_and_recover(child, state)
    assert recovered == last_edit
    assert RecoveryStore(state).list()[0].original_path == map_path


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_process_killed_mid_editing_leaves_a_state_it_really_had(tmp_path: Path,
                                                                   seed: int) -> None:
    """Killed at a random moment while editing every few milliseconds, the process leaves a
    valid snapshot equal to one of the states it went through, at least as new as the last
    snapshot it reported."""
    state, map_path = tmp_path / "state", tmp_path / "map.journey"
    child = run_child(state, map_path, "continuous")
    seen: list[str] = []
    read_until(child, "written", seen)
    time.sleep(random.Random(seed).uniform(0.0, 0.3))
    recovered, rest = kill_and_recover(child, state)
    lines = seen + [line.strip() for line in rest if line.strip()]
    edits = [line.split()[1] for line in lines if line.startswith("edit")]
    reported = [line.split()[1] for line in lines if line.startswith("written")]
    assert recovered in edits
    assert edits.index(recovered) >= edits.index(reported[-1])
