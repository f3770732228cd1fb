"""View ▸ Next Panel (F6) and Previous Panel (Shift+F6): the keyboard's way between the board and
the panels around it, as in most desktop programs, instead of up to ~27 presses of Tab.

The stops are the board and each panel that shows on screen and has something to focus (a panel
behind another's tab is not a stop: the keyboard would land in a field nobody sees; the legend,
and the inspector with nothing selected, have nothing to focus); the panel gets the focus on its
first field in Tab order.
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget


def _shows(dock: QDockWidget) -> bool:
    widget = dock.widget()
    return (dock.isVisible() and widget is not None and widget.isVisible()
            and not widget.visibleRegion().isEmpty())


def _takes_tab(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def _first_field(container: QWidget) -> Optional[QWidget]:
    """The first widget of `container` (itself, or inside it) that Tab would stop on."""
    if _takes_tab(container):
        return container
    candidate = container.nextInFocusChain()
    while candidate is not None and candidate is not container:
        if container.isAncestorOf(candidate) and _takes_tab(candidate):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


class PanelFocus:
    """Moves the keyboard focus from stop to stop: the board, then the shown panels in order."""

    def __init__(self, board: QWidget, docks: Sequence[QDockWidget], next_action: QAction,
                 previous_action: QAction) -> None:
        self._board = board
        self._docks = list(docks)
        next_action.triggered.connect(lambda: self.step(1))
        previous_action.triggered.connect(lambda: self.step(-1))

    def stops(self) -> list[tuple[QWidget, QWidget]]:
        """(area, widget to focus) of each stop, the board first."""
        found: list[tuple[QWidget, QWidget]] = [(self._board, self._board)]
        for dock in self._docks:
            widget = dock.widget()
            if widget is None or not _shows(dock):
                continue
            field = _first_field(widget)
            if field is not None:
                found.append((widget, field))
        return found

    def step(self, offset: int) -> None:
        stops = self.stops()
        focused = QApplication.focusWidget()
        here = next((index for index, (area, _field) in enumerate(stops)
                     if focused is not None and (focused is area or area.isAncestorOf(focused))),
                    None)
        target = 0 if here is None else (here + offset) % len(stops)
        stops[target][1].setFocus(Qt.FocusReason.TabFocusReason if offset > 0
                                  else Qt.FocusReason.BacktabFocusReason)
