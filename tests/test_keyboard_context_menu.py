"""The board's context menu from the keyboard: Qt sends a keyboard context-menu event (Menu key,
Shift+F10) positioned at the view's top-left corner, outside the board; the menu opens for the
selected note, else for the current cell, so its commands (drawing or deleting arrows, renaming
or removing a phase) are reachable without a mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from canvas_app.ui import prompts
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.prompts import SaveChoice
from test_edits import small_map
from test_ui_window import make_window


@pytest.fixture(autouse=True)
def quiet_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: SaveChoice.DISCARD)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = make_window(qtbot, tmp_path, small_map(), size=(1400, 900))
    window.view.setFocus()
    return window


def keyboard_menu(window: MainWindow) -> tuple[list[str], QPoint]:
    """Send what Qt sends for the Menu key; the shown menu's entries and where it opened."""
    seen: list[str] = []
    where: list[QPoint] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.extend(action.objectName() for action in menu.actions() if action.objectName())
            where.append(menu.pos())
            menu.close()

    QTimer.singleShot(200, read_and_close)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0),
                              window.view.mapToGlobal(QPoint(0, 0)),
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.view, event)
    return seen, where[0] if where else QPoint()


def test_the_menu_key_opens_the_selected_notes_menu_at_the_note(window: MainWindow) -> None:
    window.view.select_notes(["n1", "n2"])
    entries, where = keyboard_menu(window)
    assert {"editNote", "deleteNotes", "connectNotes"} <= set(entries)
    box = window.view.board_scene.index.note_boxes["n1"].rect
    centre = window.view.viewport().mapToGlobal(window.view.mapFromScene(
        QPointF(box.x + box.width / 2, box.y + box.height / 2)))
    assert (where - centre).manhattanLength() <= 2


def test_with_nothing_selected_it_opens_the_current_cells_menu(window: MainWindow) -> None:
    journey = window.document.journey
    empty = next((stage.id, lane.id) for stage in journey.stages for lane in journey.lanes
                 if not journey.notes_in(stage.id, lane.id))
    window.view.select_notes([])
    window.view.set_current_cell(*empty)
    entries, _where = keyboard_menu(window)
    assert "addNoteHere" in entries
