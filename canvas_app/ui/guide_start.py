"""Starts the guide (its panel, the completeness findings and the board's badges) once the window
has painted for the first time, or at once when something needs it (View ▸ Guide, a test).

The guide's modules cost ~12 ms to import, and its findings and badges a few ms more on a large
map: none of it is needed to show the first picture of the board, so the window's start-up does
not pay for it. Until then the Guide dock holds an empty placeholder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from canvas_app.scene.board_view import BoardView

if TYPE_CHECKING:
    from canvas_app.ui.actions import Actions
    from canvas_app.ui.docks import Panels
    from canvas_app.ui.guide_navigation import GuideController


class GuideStarter(QObject):
    """Makes the window's GuideController after its first paint (`controller` makes it now)."""

    def __init__(self, window: QMainWindow, view: BoardView, panels: "Panels",
                 actions: "Actions") -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._panels = panels
        self._actions = actions
        self._controller: Optional["GuideController"] = None
        actions.guide.triggered.connect(lambda: self.controller.show_guide())
        window.installEventFilter(self)

    @property
    def started(self) -> bool:
        return self._controller is not None

    @property
    def controller(self) -> "GuideController":
        if self._controller is None:
            from canvas_app.ui.guide_navigation import GuideController

            self._window.removeEventFilter(self)
            self._controller = GuideController(self._view, self._panels, self._window)
        return self._controller

    def _start(self) -> None:
        if self._controller is None:
            self.controller  # noqa: B018 (the property makes it)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start)  # after the whole first paint
        return False
