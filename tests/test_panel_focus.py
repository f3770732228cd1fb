"""F6 and Shift+F6 move the keyboard between the board and the panels shown around it (View ▸
Next Panel / Previous Panel), never into a panel hidden behind another's tab; pressed on the real
window with synthesized keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from canvas_app.ui.main_window import MainWindow
from test_edits import small_map
from test_ui_window import make_window, quiet_prompts  # noqa: F401 (autouse: no modal box)


def _area(window: MainWindow) -> str:
    """The name of the dock (or "board") holding the keyboard focus."""
    focused = QApplication.focusWidget()
    assert focused is not None
    if focused is window.view or window.view.isAncestorOf(focused):
        return "board"
    for name, dock in window.docks.items():
        if dock.isAncestorOf(focused):
            return name
    return type(focused).__name__


def _press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
           ) -> None:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    qtbot.keyClick(focused, key, modifiers)


def test_f6_visits_the_board_and_every_shown_panel_and_comes_back(qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, small_map())
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    assert len(window.panel_focus.stops()) == 3  # the board, the palette, the search field
    # With a note selected the inspector has fields to edit: a stop too.
    window.view.select_notes([window.document.journey.notes[0].id])
    stops = window.panel_focus.stops()
    assert len(stops) == 4
    visited = []
    for _ in range(len(stops)):
        _press(qtbot, Qt.Key.Key_F6)
        visited.append(_area(window))
    assert visited[-1] == "board"
    shown = visited[:-1]
    assert len(set(shown)) == len(shown) == len(stops) - 1
    assert {"palette", "inspector", "search"} <= set(shown)
    for name in shown:
        dock = window.docks[name]
        assert dock.isVisible() and not dock.widget().visibleRegion().isEmpty(), name
    # Panels behind another's tab are not stops: only the tab in front of each group is.
    hidden = [name for name, dock in window.docks.items()
              if dock.isVisible() and dock.widget().visibleRegion().isEmpty()]
    assert hidden and not set(hidden) & set(shown)
    # Shift+F6 goes back the same way.
    back = []
    for _ in range(len(stops)):
        _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
        back.append(_area(window))
    assert back == list(reversed(shown)) + ["board"]


def test_the_raised_tab_becomes_the_stop(qtbot: QtBot, tmp_path: Path) -> None:
    """Raising another tab of a group (History behind Find and Filter) makes it the stop."""
    window = make_window(qtbot, tmp_path, small_map())
    window.docks["history"].raise_()
    qtbot.waitUntil(lambda: not window.docks["history"].widget().visibleRegion().isEmpty())
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    seen = set()
    for _ in range(len(window.panel_focus.stops())):
        _press(qtbot, Qt.Key.Key_F6)
        seen.add(_area(window))
    assert "history" in seen and "search" not in seen
