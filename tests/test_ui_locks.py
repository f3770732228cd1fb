"""Lock files in the window: opening a map locks it (released on close or when another map
replaces it); a map another process or machine holds asks read-only / copy / cancel; read-only
blocks saving in place; a stale lock is taken over; an unlockable folder opens normally."""

from __future__ import annotations

import json
import os
import signal
from datetime import datetime, timezone
from pathlib import Path
import subprocess
from typing import Any, Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path, save_path
from canvas_app.fileio.lockfile import lock_path_for, read_lock
from canvas_app.model.templates import build_map
from canvas_app.ui import session_prompts
from canvas_app.ui.map_locks import map_locks
from canvas_app.ui.session_prompts import LockChoice
from fs_helpers import read_only_folder  # noqa: F401 (fixture)
from session_helpers import SessionAnswers, add_note, answers, click_in_next_box  # noqa: F401
from session_helpers import real_boxes  # noqa: F401
from session_helpers import lock_holder, run_child, state_folder, status_message  # noqa: F401
from test_edits import small_map
from test_ui_window import quiet_prompts  # noqa: F401 (autouse)
from test_ui_window import make_window

Holder = Callable[[Path], subprocess.Popen[str]]


def _map(tmp_path: Path, name: str = "plan.journey") -> Path:
    path = tmp_path / name
    save_path(small_map(), path)
    return path


def test_opening_locks_and_closing_unlocks(qtbot: QtBot, tmp_path: Path, state_folder: Path,
                                           answers: SessionAnswers) -> None:
    """An opened map has a lock file naming this process; another map replacing it releases
    it, and closing the window releases the second."""
    first, second = _map(tmp_path, "a.journey"), _map(tmp_path, "b.journey")
    window = make_window(qtbot, tmp_path, build_map())
    assert window.files.open_path(first, confirmed=True)
    owner = read_lock(first)
    assert owner is not None and owner.identity.pid == os.getpid()
    assert window.files.open_path(second, confirmed=True)
    assert not lock_path_for(first).exists() and lock_path_for(second).exists()
    window.close()
    assert not lock_path_for(second).exists()
    assert answers.lock_held == []


def test_two_windows_of_one_program_share_a_lock(qtbot: QtBot, tmp_path: Path,
                                                 state_folder: Path,
                                                 answers: SessionAnswers) -> None:
    """A second window on the same file asks nothing; the lock stays until both are closed."""
    path = _map(tmp_path)
    one = make_window(qtbot, tmp_path, load_path(path), path)
    two = make_window(qtbot, tmp_path, build_map())
    assert two.files.open_path(path, confirmed=True)
    assert answers.lock_held == [] and not two.files.session.read_only
    one.close()
    assert lock_path_for(path).exists() and map_locks().holds(path)
    two.close()
    assert not lock_path_for(path).exists()


def test_a_map_another_process_edits_opens_read_only(qtbot: QtBot, tmp_path: Path,
                                                     state_folder: Path, answers: SessionAnswers,
                                                     lock_holder: Holder) -> None:
    """A real process holding the lock: the question names who; read-only shows in the title
    and status bar, Ctrl+S asks for another file instead of writing theirs."""
    path = _map(tmp_path)
    before = path.read_bytes()
    lock_holder(path)
    their_lock = lock_path_for(path).read_bytes()
    window = make_window(qtbot, tmp_path, build_map())
    answers.lock_choice = LockChoice.READ_ONLY
    assert window.files.open_path(path, confirmed=True)
    name, holder = answers.lock_held[0]
    me = read_lock(path)
    assert me is not None
    assert name == "plan.journey" and me.identity.host in holder and "since" in holder
    assert window.document.journey == load_path(path)
    assert "(read-only)" in window.windowTitle() and "Read-only" in window.files.state_text()
    assert "Read-only" in status_message(window)
    window.editor.rename_stage("s1", "Đổi tên")
    answers.save_path = None  # the Save As dialog is cancelled
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.save_suggestions) == 1
    assert path.read_bytes() == before and window.document.modified
    # Save As elsewhere: the copy is ours, locked by us; their file and lock are untouched.
    mine = tmp_path / "mine.journey"
    answers.save_path = mine
    assert window.files.save()
    assert window.document.path == mine and not window.files.session.read_only
    assert "(read-only)" not in window.windowTitle()
    assert path.read_bytes() == before and lock_path_for(path).read_bytes() == their_lock
    assert read_lock(mine) is not None and read_lock(mine).identity.pid == os.getpid()


def test_open_a_copy_saves_it_under_another_name(qtbot: QtBot, tmp_path: Path,
                                                 state_folder: Path, answers: SessionAnswers,
                                                 lock_holder: Holder) -> None:
    """"Open a copy" asks where to save the copy (suggesting "plan (copy)") and leaves the
    original and its lock alone."""
    path = _map(tmp_path)
    before = path.read_bytes()
    lock_holder(path)
    answers.lock_choice = LockChoice.COPY
    copy = tmp_path / "plan (copy).journey"
    answers.save_path = copy
    window = make_window(qtbot, tmp_path, build_map())
    assert window.files.open_path(path, confirmed=True)
    assert answers.save_suggestions[0].endswith("plan (copy).journey")
    assert window.document.path == copy and not window.document.modified
    assert load_path(copy) == load_path(path)
    assert path.read_bytes() == before
    assert read_lock(path) is not None and read_lock(path).identity.pid != os.getpid()


def test_a_copy_not_saved_yet_stays_open_unsaved(qtbot: QtBot, tmp_path: Path,
                                                 state_folder: Path, answers: SessionAnswers,
                                                 lock_holder: Holder) -> None:
    """Cancelling the copy's Save As keeps the copy open as an unsaved, modified map."""
    path = _map(tmp_path)
    lock_holder(path)
    answers.lock_choice = LockChoice.COPY
    window = make_window(qtbot, tmp_path, build_map())
    assert window.files.open_path(path, confirmed=True)
    assert window.document.path is None and window.document.modified
    assert window.document.journey == load_path(path)


def test_cancel_keeps_the_current_map(qtbot: QtBot, tmp_path: Path, state_folder: Path,
                                      answers: SessionAnswers, lock_holder: Holder) -> None:
    """Cancel in the lock question leaves the window as it was."""
    path = _map(tmp_path)
    lock_holder(path)
    answers.lock_choice = LockChoice.CANCEL
    journey = build_map()
    window = make_window(qtbot, tmp_path, journey)
    assert not window.files.open_path(path, confirmed=True)
    assert window.document.journey == journey and window.document.path is None


def test_a_lock_from_another_machine_asks_with_a_plain_text_box(qtbot: QtBot, tmp_path: Path,
                                                                state_folder: Path,
                                                                real_boxes: None) -> None:
    """A fresh lock written by another host is respected; the real question shows the name in
    plain text and its Open Read-Only button opens the map read-only."""
    path = _map(tmp_path)
    now = datetime.now(timezone.utc).isoformat()
    lock_path_for(path).write_text(json.dumps({
        "format": "journey-canvas-lock", "user": "huong", "display_name": "<b>Nguyễn Thị Hương</b>",
        "host": "LAPTOP-7", "pid": 4242, "start_token": None, "since": now, "heartbeat": now,
        "app_version": "0.1.0", "nonce": "0123456789abcdef"}), encoding="utf-8")
    window = make_window(qtbot, tmp_path, build_map())
    seen: list[dict[str, Any]] = []
    click_in_next_box("open_read_only_button", seen)
    assert window.files.open_path(path, confirmed=True)
    assert "<b>Nguyễn Thị Hương</b> (huong) on LAPTOP-7" in seen[0]["text"]
    assert seen[0]["format"] == Qt.TextFormat.PlainText
    assert window.files.session.read_only
    window.close()
    assert read_lock(path) is not None and read_lock(path).identity.host == "LAPTOP-7"


def test_a_stale_lock_of_a_killed_process_is_taken_over(qtbot: QtBot, tmp_path: Path,
                                                        state_folder: Path,
                                                        answers: SessionAnswers) -> None:
    """The lock of a process killed with SIGKILL is recognised as stale: the map opens for
    editing without a question, and the status bar mentions the old owner."""
    path = _map(tmp_path)
    child = run_child("""
        import sys, time
        from canvas_app.fileio import lockfile
        print(lockfile.acquire(sys.argv[1]).state.value, flush=True)
        time.sleep(60)
    """, str(path))
    assert child.stdout is not None and child.stdout.readline().strip() == "acquired"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    window = make_window(qtbot, tmp_path, build_map())
    assert window.files.open_path(path, confirmed=True)
    assert answers.lock_held == [] and not window.files.session.read_only
    owner = read_lock(path)
    assert owner is not None and owner.identity.pid == os.getpid()
    assert "no longer editing" in status_message(window)


def test_an_unlockable_folder_opens_normally(qtbot: QtBot, tmp_path: Path, state_folder: Path,
                                             answers: SessionAnswers,
                                             read_only_folder: Path) -> None:
    """A map in a folder where no lock can be written opens for editing, noted in the bar."""
    from fs_helpers import freeze, thaw

    thaw(read_only_folder)
    path = _map(read_only_folder)
    freeze(read_only_folder)
    window = make_window(qtbot, tmp_path, build_map())
    assert window.files.open_path(path, confirmed=True)
    assert not window.files.session.read_only
    assert window.files.session.not_locked_reason
    assert "Not locked" in status_message(window) and "Not locked" in window.files.state_text()
    assert not lock_path_for(path).exists()


def test_save_as_onto_a_map_someone_edits_is_refused(qtbot: QtBot, tmp_path: Path,
                                                     state_folder: Path, answers: SessionAnswers,
                                                     lock_holder: Holder) -> None:
    """Save As cannot replace a file another process has locked: it says who, writes nothing."""
    theirs = _map(tmp_path, "theirs.journey")
    before = theirs.read_bytes()
    lock_holder(theirs)
    window = make_window(qtbot, tmp_path, build_map())
    add_note(window, "của tôi")
    answers.save_path = theirs
    assert not window.files.save_as()
    assert "theirs.journey" in answers.errors[0] and "being edited" in answers.errors[0]
    assert theirs.read_bytes() == before and window.document.modified


def test_the_lock_question_offers_three_answers(qtbot: QtBot, real_boxes: None) -> None:
    """The real lock question has Read-Only, Copy and Cancel; the Copy button answers COPY."""
    seen: list[dict[str, Any]] = []
    click_in_next_box("open_copy_button", seen)
    answer = session_prompts.ask_lock_held(None, "plan.journey", "Hương on LAPTOP-7")
    assert answer is LockChoice.COPY
    assert len(seen[0]["buttons"]) == 3
    assert "plan.journey" in seen[0]["text"] and "Hương on LAPTOP-7" in seen[0]["text"]


def test_a_lock_taken_over_is_reported_and_left_alone(qtbot: QtBot, tmp_path: Path,
                                                      state_folder: Path,
                                                      answers: SessionAnswers) -> None:
    """When another instance takes the lock over (this machine slept past the stale limit), the
    next heartbeat says so in the status bar, and closing does not delete their lock."""
    path = _map(tmp_path)
    window = make_window(qtbot, tmp_path, load_path(path), path)
    claim = window.files.session.claim_for(path)
    assert claim is not None and claim.share is not None
    now = datetime.now(timezone.utc).isoformat()
    theirs = json.dumps({
        "format": "journey-canvas-lock", "user": "minh", "display_name": "Minh", "host": "PC-2",
        "pid": 77, "start_token": None, "since": now, "heartbeat": now, "app_version": "0.1.0",
        "nonce": "fedcba9876543210"})
    lock_path_for(path).write_text(theirs, encoding="utf-8")
    assert not claim.share.keeper.refresh()
    assert "taken over" in status_message(window)
    window.close()
    assert lock_path_for(path).read_text(encoding="utf-8") == theirs
