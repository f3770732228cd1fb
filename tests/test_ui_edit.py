"""Edit and Insert commands of the window: clipboard through shortcuts, adding and removing
stages, lanes and phases on the current cell, each one undo step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from canvas_app.document.clipboard import NOTES_MIME
from canvas_app.model.kinds import LaneKind, NoteKind
from canvas_app.model.templates import build_map
from canvas_app.ui import prompts
from canvas_app.ui.main_window import MainWindow
from scene_helpers import type_text
from test_edits import small_map
from test_ui_window import quiet_prompts  # noqa: F401 (autouse)
from test_ui_window import action, make_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    QGuiApplication.clipboard().clear()
    window = make_window(qtbot, tmp_path)
    window.view.setFocus()
    return window


def test_copy_shortcut_puts_notes_and_text_on_the_clipboard(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    """Ctrl+C with two notes selected offers our MIME type and the texts as plain text."""
    window.view.select_notes(["n1", "n4"])
    qtbot.keyClick(window.view, Qt.Key.Key_C, CTRL)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "Search\nCompare prices"
    records = json.loads(bytes(mime.data(NOTES_MIME).data()).decode("utf-8"))["notes"]
    assert [record["id"] for record in records] == ["n1", "n4"]
    assert action(window, "action_paste").isEnabled()


def test_paste_text_lines_into_the_current_cell(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+V with lines of text makes one note per line in the current cell, selected."""
    QGuiApplication.clipboard().setText("Gọi tổng đài\nChờ lâu\n")
    window.view.set_current_cell("s3", "l-act")
    qtbot.keyClick(window.view, Qt.Key.Key_V, CTRL)
    cell = window.document.journey.notes_in("s3", "l-act")
    assert [note.text for note in cell] == ["Gọi tổng đài", "Chờ lâu"]
    assert {note.kind for note in cell} == {NoteKind.ACTION}
    assert sorted(window.view.selected_note_ids()) == sorted(note.id for note in cell)


def test_paste_on_a_fresh_map_goes_to_the_first_cell(qtbot: QtBot, tmp_path: Path) -> None:
    """On a map just opened (no cell clicked yet) pasted text lands in the first cell."""
    journey = build_map("current-state", None, "en")
    window = make_window(qtbot, tmp_path, journey)
    QGuiApplication.clipboard().setText("first idea")
    action(window, "action_paste").trigger()
    first = window.document.journey.notes_in(journey.stages[0].id, journey.lanes[0].id)
    assert [note.text for note in first] == ["first idea"]
    window.document.undo_stack.setClean()


def test_cut_then_undo_restores_the_notes(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+X removes the selected notes in one step; Ctrl+Z puts them back in place."""
    window.view.select_notes(["n2", "n3"])
    qtbot.keyClick(window.view, Qt.Key.Key_X, CTRL)
    assert "n2" not in window.document.journey.note_by_id
    assert QGuiApplication.clipboard().mimeData().text() == "Ask a friend\nRead reviews"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert window.document.journey == small_map()


def test_duplicate_shortcut_selects_the_copies(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+D copies the selection next to the originals and selects the copies."""
    window.view.select_notes(["n4"])
    qtbot.keyClick(window.view, Qt.Key.Key_D, CTRL)
    cell = window.document.journey.notes_in("s2", "l-act")
    assert len(cell) == 2 and cell[1].text == "Compare prices"
    assert window.view.selected_note_ids() == [cell[1].id]


def test_actions_needing_a_selection_follow_it(window: MainWindow) -> None:
    """Copy, Cut, Delete and Duplicate are enabled only while notes are selected."""
    window.view.clear_selection()
    assert not action(window, "action_copy").isEnabled()
    window.view.select_notes(["n1"])
    assert action(window, "action_copy").isEnabled()
    assert action(window, "action_delete").isEnabled()


def type_in_place(window: MainWindow, text: str) -> None:
    """Type `text` over the title open in the board's in-place editor, then press Enter."""
    editor = window.view.inline_editor
    assert editor.active and isinstance(editor.widget, QLineEdit)
    editor.widget.selectAll()
    type_text(window.view, text)  # through the view, as a keyboard would
    QTest.keyClick(editor.widget, Qt.Key.Key_Return)


def test_add_stage_after_the_current_one(qtbot: QtBot, window: MainWindow) -> None:
    """Insert ▸ Stage adds a stage after the current one and opens its title in place."""
    window.view.set_current_cell("s2", "l-act")
    action(window, "action_add_stage").trigger()
    type_in_place(window, "Chờ giao hàng")
    titles = [stage.title for stage in window.document.journey.stages]
    assert titles == ["Discover", "Compare", "Chờ giao hàng", "Order", "Use"]
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.journey == small_map()


def test_add_lane_with_a_kind(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Insert ▸ Lane adds a lane of the chosen kind below the current lane."""
    monkeypatch.setattr(prompts, "ask_new_lane", lambda *args: ("Ideas", "opportunities"))
    window.view.set_current_cell("s1", "l-act")
    action(window, "action_add_lane").trigger()
    lanes = window.document.journey.lanes
    assert [lane.title for lane in lanes] == ["Actions", "Ideas", "Emotions", "Pain points"]
    assert lanes[1].kind is LaneKind.OPPORTUNITIES


def test_add_phase_groups_the_current_stage(qtbot: QtBot, window: MainWindow) -> None:
    """Insert ▸ Phase with nothing selected puts the current stage in a new phase, named in
    place."""
    window.view.set_current_cell("s4", "l-act")
    window.view.clear_selection()
    action(window, "action_add_phase").trigger()
    type_in_place(window, "Dùng")
    journey = window.document.journey
    assert journey.phases[-1].title == "Dùng"
    assert journey.stage("s4").phase == journey.phases[-1].id


def test_a_refused_edit_is_explained(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """A phase over stages that are not side by side is refused with the model's message."""
    errors: list[tuple[Any, ...]] = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: errors.append(args))
    window.view.select_notes(["n1", "n6"])  # stages s1 and s3
    action(window, "action_add_phase").trigger()
    assert len(errors) == 1 and "side by side" in errors[0][2]
    assert window.document.undo_stack.count() == 0


def test_delete_and_rename_the_current_stage_and_lane(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    """Rename opens the current stage's title in place; Delete Lane removes the current lane
    with its notes; each is one undo step."""
    window.view.set_current_cell("s1", "l-emo")
    action(window, "action_rename_stage").trigger()
    type_in_place(window, "Tìm hiểu")
    assert window.document.journey.stage("s1").title == "Tìm hiểu"
    action(window, "action_delete_lane").trigger()
    assert "l-emo" not in window.document.journey.lane_index
    assert "n5" not in window.document.journey.note_by_id
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.journey == small_map()


def test_editing_keys_stay_in_the_in_place_editor(qtbot: QtBot, window: MainWindow) -> None:
    """While a note's text is being edited, Delete, Ctrl+A and Ctrl+Z act on the text, not on
    the notes or the map's history (the window's shortcuts give way to the editor)."""
    window.editor.rename_stage("s4", "Dùng thử")  # something the window's Undo would revert
    window.view.edit_note("n1")
    editor = window.view.inline_editor
    assert editor.active
    editor.widget.moveCursor(editor.widget.textCursor().MoveOperation.Start)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert editor.text() == "earch"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert editor.text() == "Search"
    qtbot.keyClick(window.view, Qt.Key.Key_A, CTRL)
    assert editor.widget.textCursor().selectedText() == "Search"
    assert window.view.selected_note_ids() == ["n1"]
    assert window.document.journey.stage("s4").title == "Dùng thử"
    assert "n1" in window.document.journey.note_by_id
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not editor.active
