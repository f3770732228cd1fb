"""The main window: actions found by objectName and their shortcuts, title and modified marker,
panels wired to the board, and a screenshot that shows a real board."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QUndoView
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import NoteKind
from canvas_app.ui import prompts, session_prompts
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.prompts import SaveChoice
from canvas_app.ui.session_prompts import DiskChoice, LockChoice, OverwriteChoice
from canvas_app.ui.shortcuts_dialog import shortcut_rows
from scene_helpers import type_text
from test_edits import small_map

SAMPLES = Path(__file__).resolve().parent.parent / "sample_canvases"
SAMPLE = SAMPLES / "future-state-online-grocery-en.journey"


def make_window(qtbot: QtBot, tmp_path: Path, journey: Optional[JourneyMap] = None,
                path: Optional[Path] = None,
                size: Optional[tuple[int, int]] = None) -> MainWindow:
    """A shown, active window on `journey` (the small test map by default) with settings in
    tmp_path, at `size` if given (room for every dock's fields)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(journey if journey is not None else small_map(), settings, path=path)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


@pytest.fixture(autouse=True)
def quiet_prompts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No modal box may block a test: closing discards, errors are collected (and returned)."""
    errors: list[str] = []
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: SaveChoice.DISCARD)
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, message, details="":
                        errors.append(message))
    # The robustness questions: a map someone else has open (another run of the suite on the
    # same sample) opens read-only, a change on disk keeps ours, a failed save is not retried.
    answers = {"ask_lock_held": LockChoice.READ_ONLY, "ask_disk_changed": DiskChoice.KEEP_MINE,
               "confirm_overwrite_changed": OverwriteChoice.CANCEL,
               "confirm_reload_discarding": False, "ask_save_failed": False,
               "confirm_discard_recovered": False}
    for name, answer in answers.items():
        monkeypatch.setattr(session_prompts, name, lambda *args, answer=answer: answer)
    return errors


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, tmp_path)


REQUIRED_ACTIONS = (
    "action_new", "action_open", "action_save", "action_save_as", "action_export",
    "action_import_csv", "action_close", "action_quit", "action_undo", "action_redo",
    "action_cut", "action_copy", "action_paste", "action_duplicate", "action_delete",
    "action_select_all", "action_find", "action_zoom_in", "action_zoom_out", "action_zoom_fit",
    "action_zoom_selection", "action_zoom_100", "action_edit_note", "action_add_note",
    "action_add_stage", "action_add_lane", "action_add_phase", "action_connector_mode",
)


def test_every_action_has_a_unique_object_name(window: MainWindow) -> None:
    """All required actions exist, each once, and every action made has a name."""
    names = [a.objectName() for a in window.window_actions.all()]
    assert all(names) and len(names) == len(set(names))
    for name in REQUIRED_ACTIONS:
        assert action(window, name) is not None


def test_required_shortcuts_and_fallbacks(window: MainWindow) -> None:
    """Quit is Ctrl+Q, redo has Ctrl+Y and Ctrl+Shift+Z, undo has Ctrl+Z, duplicate Ctrl+D."""
    def keys(name: str) -> set[str]:
        return {sequence.toString() for sequence in action(window, name).shortcuts()}

    assert "Ctrl+Q" in keys("action_quit")
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys("action_redo")
    assert "Ctrl+Z" in keys("action_undo")
    assert "Ctrl+D" in keys("action_duplicate")
    assert "Ctrl+Shift+S" in keys("action_save_as")
    rows = {name: keys for name, keys, _tip in shortcut_rows(window.window_actions.all())}
    assert rows["Quit"] == "Ctrl+Q"
    assert rows["Undo"].startswith("Ctrl+Z")


def test_undo_and_redo_shortcuts_work_on_the_window(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z undoes the last edit and Ctrl+Shift+Z / Ctrl+Y redo it, with the board focused."""
    window.editor.rename_stage("s1", "Explore")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey.stage("s1").title == "Discover"
    qtbot.keyClick(window.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.journey.stage("s1").title == "Explore"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey.stage("s1").title == "Explore"


def test_title_shows_name_and_modified_marker(window: MainWindow, tmp_path: Path) -> None:
    """The title is "name[*] — Journey Canvas"; an edit sets the marker, saving clears it."""
    assert window.windowTitle() == "Sample[*] — Journey Canvas"
    assert not window.isWindowModified()
    window.editor.add_note("s1", "l-act", text="new")
    assert window.isWindowModified()
    window.document.save_as(tmp_path / "saved.journey")
    assert window.windowTitle() == "saved.journey[*] — Journey Canvas"
    assert not window.isWindowModified()
    assert window.status.file_state.text() == "Saved"


def test_select_all_and_delete_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+A selects every note, Delete removes them in one step, Ctrl+Z brings them back."""
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.view.selected_note_ids()) == ["n1", "n2", "n3", "n4", "n5", "n6"]
    assert window.panels.inspector.describe() == "6 notes selected"
    assert "6 selected" in window.status.note_count.text()
    action(window, "action_delete").trigger()
    assert window.document.journey.notes == ()
    action(window, "action_undo").trigger()
    assert window.document.journey == small_map()


def test_palette_click_adds_a_note_to_the_current_cell(qtbot: QtBot, window: MainWindow) -> None:
    """Clicking a palette kind adds a note of that kind to the current cell, open for typing;
    adding and typing are one undo step."""
    window.view.set_current_cell("s2", "l-pain")
    palette = window.panels.palette
    item = palette.item(palette.row_of(NoteKind.OPPORTUNITY))
    qtbot.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton,
                     pos=palette.visualItemRect(item).center())
    editor = window.view.inline_editor
    assert editor.active
    type_text(window.view, "Giao hàng miễn phí")
    qtbot.keyClick(editor.widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    cell = window.document.journey.notes_in("s2", "l-pain")
    assert [(note.kind, note.text) for note in cell] == [
        (NoteKind.OPPORTUNITY, "Giao hàng miễn phí")]
    assert window.view.selected_note_ids() == [cell[0].id]
    window.document.undo_stack.undo()
    assert window.document.journey == small_map()


def test_connector_action_follows_the_board(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+K turns connector mode on; Escape on the board turns it off and unchecks it."""
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.view.connector_mode and action(window, "action_connector_mode").isChecked()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.view.connector_mode
    assert not action(window, "action_connector_mode").isChecked()


def test_undo_history_view_follows_the_stack(window: MainWindow) -> None:
    """The History panel is a QUndoView on the document's stack, listing each edit."""
    history = window.findChild(QUndoView, "undo_view")
    assert history is not None and history.stack() is window.document.undo_stack
    window.editor.rename_lane("l-act", "Doing")
    assert history.model().rowCount() == 2  # the empty "Map opened" row and the edit


def test_zoom_actions_and_indicator(window: MainWindow) -> None:
    """100 % shows "100 %" in the status bar; zoom in goes higher; the preset menu sets zoom."""
    action(window, "action_zoom_100").trigger()
    assert window.view.zoom() == pytest.approx(1.0)
    assert window.status.zoom.text() == "100 %"
    action(window, "action_zoom_in").trigger()
    assert window.view.zoom() > 1.0
    preset = [a for a in window.status.zoom.menu().actions() if a.text() == "50 %"][0]
    preset.trigger()
    assert window.view.zoom() == pytest.approx(0.5)
    assert window.status.zoom.text() == "50 %"


def test_find_focuses_the_search_field_and_highlights(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+F puts the cursor in the search field; a query reports its matches to the board."""
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.panels.search
    assert search.search_field.hasFocus()
    reported: list[object] = []
    search.highlight_changed.connect(reported.append)
    qtbot.keyClicks(search.search_field, "reviews")
    qtbot.waitUntil(lambda: bool(reported))
    assert reported[-1] == {"n3"}


def test_screenshot_of_a_sample_is_not_blank(qtbot: QtBot, tmp_path: Path) -> None:
    """A window grabbed on a sample canvas shows many different colours (a real board)."""
    window = make_window(qtbot, tmp_path, load_path(SAMPLE), SAMPLE)
    window.view.zoom_to_fit()
    qtbot.wait(50)
    image = window.grab().toImage()
    assert image.width() > 800 and image.height() > 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 50
    board = window.view.viewport().grab().toImage()
    board_colours = {board.pixel(x, y) for x in range(0, board.width(), 5)
                     for y in range(0, board.height(), 5)}
    assert len(board_colours) > 20


def test_a_map_opens_fitted_and_stays_fitted_until_the_user_zooms(qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    """The board is fitted to the window when a map opens and follows window resizes (a window
    manager maximising it) until the user picks a zoom."""
    window = make_window(qtbot, tmp_path, load_path(SAMPLE), SAMPLE)
    window.resize(900, 700)
    qtbot.waitUntil(lambda: window.status.zoom.text() != "100 %")
    small = window.view.zoom()
    window.resize(1500, 1000)
    qtbot.waitUntil(lambda: window.view.zoom() > small)
    action(window, "action_zoom_100").trigger()
    window.resize(1000, 800)
    qtbot.wait(30)
    assert window.view.zoom() == pytest.approx(1.0)


def test_no_key_is_bound_to_two_actions(window: MainWindow) -> None:
    """Every shortcut triggers one action: a key bound twice in a window would trigger none."""
    owners: dict[str, list[str]] = {}
    for each in window.findChildren(QAction):
        for sequence in each.shortcuts():
            owners.setdefault(sequence.toString(), []).append(each.objectName() or each.text())
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
