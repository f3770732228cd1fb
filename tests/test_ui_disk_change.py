"""A colleague's write to the open map's file: the window asks (reload, keep mine, save mine as a
copy) and never overwrites either side silently; a deleted file leaves the map open and modified."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from canvas_app.fileio.backup import BackupStore
from canvas_app.fileio.codec import load_path, save_path
from canvas_app.model.journey_map import JourneyMap
from canvas_app.ui import session_prompts
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.session_prompts import DiskChoice, OverwriteChoice
from session_helpers import SessionAnswers, add_note, answers, click_in_next_box  # noqa: F401
from session_helpers import real_boxes  # noqa: F401
from session_helpers import state_folder, status_message  # noqa: F401
from test_edits import small_map
from test_ui_window import quiet_prompts  # noqa: F401 (autouse)
from test_ui_window import make_window


def _open(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Path]:
    path = tmp_path / "plan.journey"
    save_path(small_map(), path)
    return make_window(qtbot, tmp_path, load_path(path), path), path


def _colleague_saves(path: Path) -> JourneyMap:
    """Another program writes a different map to the file (atomically, like a sync client)."""
    theirs = small_map().model_copy(update={"title": "Bản của đồng nghiệp"})
    save_path(theirs, path)
    return theirs


def test_a_colleagues_save_is_noticed_and_keep_mine_asks_before_saving(
        qtbot: QtBot, tmp_path: Path, state_folder: Path, answers: SessionAnswers) -> None:
    """The window asks when the file changes; after Keep Mine, Ctrl+S asks before replacing
    their version: Cancel writes nothing, Replace writes ours and keeps theirs as the backup."""
    window, path = _open(qtbot, tmp_path)
    add_note(window, "của tôi")
    theirs = _colleague_saves(path)
    qtbot.waitUntil(lambda: bool(answers.disk_changed), timeout=8000)
    assert answers.disk_changed == [("plan.journey", True)]
    assert "Keeping your version" in status_message(window)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert answers.overwrite == ["plan.journey"]
    assert load_path(path) == theirs and window.document.modified
    answers.overwrite_choice = OverwriteChoice.REPLACE
    assert window.files.save()
    assert load_path(path) == window.document.journey and not window.document.modified
    backup = BackupStore.default().latest(path)
    assert backup is not None and load_path(backup) == theirs
    # Our own save is not someone else's change: no new question.
    qtbot.wait(400)
    assert len(answers.disk_changed) == 1


def test_a_save_right_after_their_write_still_asks(qtbot: QtBot, tmp_path: Path,
                                                  state_folder: Path,
                                                  answers: SessionAnswers) -> None:
    """Saving before the watcher has reported the change compares the disk anyway."""
    window, path = _open(qtbot, tmp_path)
    add_note(window, "nhanh tay")
    theirs = _colleague_saves(path)
    assert not window.files.save()
    assert answers.overwrite == ["plan.journey"] and load_path(path) == theirs


def test_reload_an_unmodified_map_shows_their_version(qtbot: QtBot, tmp_path: Path,
                                                      state_folder: Path,
                                                      answers: SessionAnswers) -> None:
    """Reload on a map without unsaved changes shows the file's new content, unmodified."""
    window, path = _open(qtbot, tmp_path)
    answers.disk_choice = DiskChoice.RELOAD
    theirs = _colleague_saves(path)
    qtbot.waitUntil(lambda: window.document.journey == theirs, timeout=8000)
    assert answers.disk_changed == [("plan.journey", False)] and answers.reload_discard == []
    assert not window.document.modified and window.document.path == path


def test_reload_over_unsaved_changes_asks_first(qtbot: QtBot, tmp_path: Path, state_folder: Path,
                                                answers: SessionAnswers) -> None:
    """Reload with unsaved changes asks; No keeps ours, Yes (next time) shows theirs."""
    window, path = _open(qtbot, tmp_path)
    add_note(window, "đừng mất")
    mine = window.document.journey
    answers.disk_choice = DiskChoice.RELOAD
    _colleague_saves(path)
    qtbot.waitUntil(lambda: bool(answers.reload_discard), timeout=8000)
    assert window.document.journey == mine and window.document.modified
    answers.reload_discard_answer = True
    latest = small_map().model_copy(update={"title": "Lần thứ hai"})
    save_path(latest, path)
    qtbot.waitUntil(lambda: window.document.journey == latest, timeout=8000)
    assert len(answers.reload_discard) == 2 and not window.document.modified


def test_save_mine_as_a_copy_leaves_theirs(qtbot: QtBot, tmp_path: Path, state_folder: Path,
                                           answers: SessionAnswers) -> None:
    """Save Mine as a Copy suggests "plan (my copy)", writes ours there and leaves their file."""
    window, path = _open(qtbot, tmp_path)
    add_note(window, "bản của tôi")
    mine = window.document.journey
    copy = tmp_path / "plan (my copy).journey"
    answers.disk_choice = DiskChoice.SAVE_COPY
    answers.save_path = copy
    theirs = _colleague_saves(path)
    qtbot.waitUntil(lambda: window.document.path == copy, timeout=8000)
    assert answers.save_suggestions[0].endswith("plan (my copy).journey")
    assert load_path(copy) == mine and load_path(path) == theirs
    assert not window.document.modified


def test_a_deleted_file_marks_the_map_modified(qtbot: QtBot, tmp_path: Path, state_folder: Path,
                                               answers: SessionAnswers) -> None:
    """When the file disappears, the bar says so and the map becomes modified; saving writes
    it again."""
    window, path = _open(qtbot, tmp_path)
    assert not window.document.modified
    path.unlink()
    qtbot.waitUntil(lambda: window.document.modified, timeout=8000)
    assert "plan.journey" in status_message(window) and window.isWindowModified()
    assert answers.disk_changed == []
    assert window.files.save()
    assert load_path(path) == window.document.journey and not window.document.modified


def test_the_disk_question_is_plain_text_with_three_answers(qtbot: QtBot,
                                                            real_boxes: None) -> None:
    """The real question shows the file name as plain text; Reload answers RELOAD."""
    seen: list[dict[str, Any]] = []
    click_in_next_box("reload_button", seen)
    answer = session_prompts.ask_disk_changed(None, "<i>plan</i>.journey", True)
    assert answer is DiskChoice.RELOAD
    assert "<i>plan</i>.journey" in seen[0]["text"]
    assert seen[0]["format"] == Qt.TextFormat.PlainText and len(seen[0]["buttons"]) == 3
