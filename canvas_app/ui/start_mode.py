"""Switching a main window between its board and the start screen.

On the start screen the window is a launcher: the toolbar, dock panels and status bar are hidden
and only the actions that start work (New, Open, Import CSV, the start screen itself), Close, Quit
and Help stay available; the board's layout is put back exactly when the board returns.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QByteArray, QElapsedTimer, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QWidget

from canvas_app.ui.actions import Actions
from canvas_app.ui.start_screen import StartScreen


def launcher_actions(actions: Actions) -> list[QAction]:
    """The actions that stay available on the start screen."""
    a = actions
    return [a.new, a.open, a.import_csv, a.start_screen, a.close, a.quit, a.shortcuts, a.about]


class _SwallowDoubleClick(QObject):
    """Eats mouse presses on the board for a double-click interval after it replaces the start
    screen: a double-click on a card opens the map with its first click, and its second half must
    not add a note on the board that appeared under the pointer."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self._clock = QElapsedTimer()
        self._clock.start()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._clock.elapsed() > QApplication.doubleClickInterval():
            watched.removeEventFilter(self)
            self.deleteLater()
            return False
        return event.type() in (QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonPress,
                                QEvent.Type.MouseButtonRelease)


class StartMode(QObject):
    """Shows the start screen or `board` in `stack` (the window's central widget). The screen is
    made by `make_screen` the first time it is needed (most windows open a file and never show
    it)."""

    def __init__(self, window: QMainWindow, stack: QStackedWidget, board: QWidget,
                 board_input: QWidget, make_screen: Callable[[], StartScreen], actions: Actions,
                 board_menus: list[QMenu], state_version: int) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        self._board = board
        self._board_input = board_input
        self._make_screen = make_screen
        self._screen: Optional[StartScreen] = None
        self._actions = actions
        self._board_menus = board_menus
        self._state_version = state_version
        self._board_state: Optional[QByteArray] = None
        self._status_bar_was_visible = True

    def screen(self) -> StartScreen:
        """The start screen (made now if it was not yet)."""
        if self._screen is None:
            self._screen = self._make_screen()
            self._screen.back_requested.connect(self.show_board)
            self._stack.addWidget(self._screen)
        return self._screen

    def is_start_visible(self) -> bool:
        return self._screen is not None and self._stack.currentWidget() is self._screen

    def board_state(self) -> QByteArray:
        """The toolbar and dock layout of the board (to save on close, even from the screen)."""
        if self.is_start_visible() and self._board_state is not None:
            return self._board_state
        return self._window.saveState(self._state_version)

    def show_start(self, over_map: bool) -> None:
        """Show the start screen; `over_map` offers the way back to the current map."""
        screen = self.screen()
        screen.refresh()
        screen.set_back_visible(over_map)
        if self.is_start_visible():
            return
        self._board_state = self._window.saveState(self._state_version)
        self._status_bar_was_visible = self._window.statusBar().isVisible()
        self._set_board_chrome(False)
        self._stack.setCurrentWidget(screen)
        screen.setFocus()

    def show_board(self) -> None:
        """Return to the board (after a choice was opened, or Back)."""
        if not self.is_start_visible():
            return
        self._stack.setCurrentWidget(self._board)
        self._set_board_chrome(True)
        if self._board_state is not None:
            self._window.restoreState(self._board_state, self._state_version)
        self._window.statusBar().setVisible(self._status_bar_was_visible)
        _SwallowDoubleClick(self._board_input)
        self._board.setFocus()

    def _set_board_chrome(self, visible: bool) -> None:
        kept = launcher_actions(self._actions)
        for action in self._actions.all():
            if action not in kept:
                action.setVisible(visible)
        for menu in self._board_menus:
            menu.menuAction().setVisible(visible)
        if not visible:
            for widget in self._window.findChildren(QWidget):
                if widget.parent() is self._window and widget.objectName().startswith(
                        ("toolbar_", "dock_")):
                    widget.hide()
            self._window.statusBar().hide()
