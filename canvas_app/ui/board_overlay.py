"""Panels floating over a board view's viewport (the workshop timer, the current voter).

An overlay is a child of the view (not of its viewport: the viewport scrolls its children along
with the board) kept in a corner of the viewport as the view resizes. It never takes the focus,
and clicks on it outside its own buttons go on to the board below, as if it were not there.
"""

from __future__ import annotations

import enum
from typing import Optional

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QWidget

MARGIN = 16


class Corner(enum.Enum):
    TOP_LEFT = "top-left"
    TOP_RIGHT = "top-right"
    BOTTOM_LEFT = "bottom-left"
    BOTTOM_RIGHT = "bottom-right"

    def next(self) -> "Corner":
        """The next corner clockwise (top left, top right, bottom right, bottom left)."""
        order = _CLOCKWISE
        return order[(order.index(self) + 1) % len(order)]


_CLOCKWISE = (Corner.TOP_LEFT, Corner.TOP_RIGHT, Corner.BOTTOM_RIGHT, Corner.BOTTOM_LEFT)


def nearest_corner(area: QRect, point: QPoint) -> Corner:
    """The corner of `area` whose quarter holds `point` (ties go right and down)."""
    centre = area.center()
    right = point.x() >= centre.x()
    bottom = point.y() >= centre.y()
    if bottom:
        return Corner.BOTTOM_RIGHT if right else Corner.BOTTOM_LEFT
    return Corner.TOP_RIGHT if right else Corner.TOP_LEFT


class BoardOverlay(QFrame):
    """A frame that sits in one corner of `view`'s viewport. Subclasses lay out their content;
    `relayout()` moves and sizes the frame (call it after the content changed size)."""

    def __init__(self, view: QAbstractScrollArea, corner: Corner) -> None:
        super().__init__(view)
        self._view = view
        self._corner = corner
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setMouseTracking(False)
        view.viewport().installEventFilter(self)
        self.hide()

    @property
    def view(self) -> QAbstractScrollArea:
        return self._view

    @property
    def corner(self) -> Corner:
        return self._corner

    def set_corner(self, corner: Corner) -> None:
        """Keep the overlay in `corner` from now on."""
        self._corner = corner
        self.relayout()

    def viewport_height(self) -> int:
        return max(1, self._view.viewport().height())

    def relayout(self) -> None:
        self.adjustSize()
        area: QRect = self._view.viewport().geometry()
        size = self.size()
        left = area.left() + MARGIN
        right = area.right() - MARGIN - size.width() + 1
        top = area.top() + MARGIN
        bottom = area.bottom() - MARGIN - size.height() + 1
        x = left if self._corner in (Corner.TOP_LEFT, Corner.BOTTOM_LEFT) else max(left, right)
        y = top if self._corner in (Corner.TOP_LEFT, Corner.TOP_RIGHT) else max(top, bottom)
        self.move(x, y)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.resized()
        return False

    def resized(self) -> None:
        """The viewport changed size: subclasses scale their text, then relayout."""
        self.relayout()

    # -- clicks outside the buttons go to the board -------------------------------------------

    def _forward_mouse(self, event: QMouseEvent) -> None:
        viewport = self._view.viewport()
        local = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        forwarded = QMouseEvent(event.type(), local, event.globalPosition(), event.button(),
                                event.buttons(), event.modifiers())
        QApplication.sendEvent(viewport, forwarded)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._forward_mouse(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._forward_mouse(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._forward_mouse(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._forward_mouse(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        viewport = self._view.viewport()
        local = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
        forwarded = QWheelEvent(local, event.globalPosition(), event.pixelDelta(),
                                event.angleDelta(), event.buttons(), event.modifiers(),
                                event.phase(), event.inverted())
        QApplication.sendEvent(viewport, forwarded)
        event.accept()


def no_focus(*widgets: Optional[QWidget]) -> None:
    """Buttons on an overlay must not take the focus from the board (shortcuts keep working)."""
    for widget in widgets:
        if widget is not None:
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
