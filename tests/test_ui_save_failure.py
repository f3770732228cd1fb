"""A save that fails in the window (a read-only folder, a path through a file): the message names
the problem and offers Save As; the map stays open and dirty, and Save As elsewhere works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path, save_path
from canvas_app.model.templates import build_map
from canvas_app.ui import session_prompts
from fs_helpers import freeze, read_only_folder, thaw  # noqa: F401 (fixture)
from session_helpers import SessionAnswers, answers, click_in_next_box  # noqa: F401
from session_helpers import add_note, real_boxes, state_folder, status_message  # noqa: F401
from test_edits import small_map
from test_ui_window import quiet_prompts  # noqa: F401 (autouse)
from test_ui_window import make_window


def test_save_into_a_read_only_folder_offers_save_as(qtbot: QtBot, tmp_path: Path,
                                                     state_folder: Path,
                                                     answers: SessionAnswers) -> None:
    """Ctrl+S into an immutable folder says why and offers Save As; declining keeps the map open,
    modified and on its file; the file on disk is untouched."""
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "plan.journey"
    save_path(small_map(), path)
    before = path.read_bytes()
    freeze(folder)
    try:
        window = make_window(qtbot, tmp_path, build_map())
        assert window.files.open_path(path, confirmed=True)
        # No lock file can be written there: the map opens anyway, and the bar says so.
        assert "Not locked" in window.files.state_text()
        assert "plan.journey" in status_message(window)
        window.editor.rename_stage("s1", "Khám phá")
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert len(answers.save_failed) == 1
        assert "plan.journey" in answers.save_failed[0]
        assert "read-only" in answers.save_failed[0]
        assert window.document.modified and window.isWindowModified()
        assert window.document.path == path
        assert path.read_bytes() == before
    finally:
        thaw(folder)


def test_save_as_after_a_failure_saves_elsewhere(qtbot: QtBot, tmp_path: Path,
                                                  state_folder: Path,
                                                  answers: SessionAnswers) -> None:
    """Choosing Save As in the failure message writes the map to the new file, which becomes
    the map's file; nothing is lost."""
    window = make_window(qtbot, tmp_path, build_map())
    add_note(window, text="giữ lại")
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere.journey"
    # The first dialog picks a path through a file (ENOTDIR), the retry a good one.
    answers.save_paths = [blocker / "plan.journey", elsewhere]
    answers.save_failed_answer = True
    assert window.files.save_as()
    assert "part of the path is a file" in answers.save_failed[0]
    assert window.document.path == elsewhere and not window.document.modified
    assert load_path(elsewhere) == window.document.journey
    assert not (blocker / "plan.journey").exists()


def test_a_failed_save_as_keeps_the_map_unsaved(qtbot: QtBot, tmp_path: Path, state_folder: Path,
                                                answers: SessionAnswers,
                                                read_only_folder: Path) -> None:
    """A Save As refused by the folder leaves a new map without a file, still modified."""
    window = make_window(qtbot, tmp_path, build_map())
    add_note(window, text="chưa lưu")
    answers.save_path = read_only_folder / "plan.journey"
    assert not window.files.save_as()
    assert len(answers.save_failed) == 1 and "plan.journey" in answers.save_failed[0]
    assert window.document.path is None and window.document.modified
    assert list(read_only_folder.iterdir()) == []


def test_the_failure_message_is_plain_text_with_a_save_as_button(qtbot: QtBot,
                                                                 real_boxes: None) -> None:
    """The real box shows the reason as plain text (a file name is never read as markup) and
    its Save As button answers True."""
    seen: list[dict[str, Any]] = []
    click_in_next_box("save_as_button", seen)
    message = "/tmp/<b>x</b>.journey: could not save: the disk is full."
    assert session_prompts.ask_save_failed(None, message) is True
    assert seen[0]["text"] == message
    assert seen[0]["format"] == Qt.TextFormat.PlainText
    assert any("Save" in text for text in seen[0]["buttons"])
