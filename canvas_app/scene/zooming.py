"""Zoom for the board view: a uniform scale kept between limits, applied around an anchor point
that stays under the cursor; wheel, trackpad pinch (native gesture) and touch pinch feed it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QNativeGestureEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QPinchGesture

if TYPE_CHECKING:
    from canvas_app.scene.board_view import BoardView

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
STEP = 1.25
# One wheel notch (120 eighths of a degree) zooms by about STEP.
_WHEEL_BASE = STEP ** (1.0 / 120.0)
_FIT_PADDING = 24.0


def fit_factor(viewport: QRect, rect: QRectF) -> float:
    """The zoom at which `rect` (plus a margin) fills a viewport of rectangle `viewport`."""
    if rect.isEmpty() or viewport.isEmpty():
        return 1.0
    width = rect.width() + 2 * _FIT_PADDING
    height = rect.height() + 2 * _FIT_PADDING
    return min(viewport.width() / width, viewport.height() / height)


class Zoomer(QObject):
    """Owns the view's scale. The smallest zoom also allows fitting a very large board.
    Installed as an event filter on the viewport for pinch gestures."""

    def __init__(self, view: "BoardView") -> None:
        super().__init__(view)
        self._view = view
        self.factor = 1.0

    def minimum(self) -> float:
        return min(MIN_ZOOM, self.fit_factor(self._view.board_scene.overview.boundingRect()))

    def set(self, factor: float, anchor: Optional[QPointF] = None,
            largest: float = MAX_ZOOM) -> None:
        """Zoom to `factor` keeping the scene point `anchor` (default: the centre) in place
        (`largest`: presentation mode may go past the editor's limit on a very tall screen)."""
        view = self._view
        factor = max(self.minimum(), min(largest, factor))
        if anchor is None:
            anchor = view.mapToScene(view.viewport().rect().center())
        before = view.mapFromScene(anchor)
        view.setTransform(QTransform.fromScale(factor, factor))
        # Scroll so the anchor is back where it was in the viewport.
        delta = view.mapFromScene(anchor) - before
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + delta.x())
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + delta.y())
        changed = abs(factor - self.factor) > 1e-9
        self.factor = factor
        view.board_scene.set_view_zoom(factor, view.devicePixelRatioF())
        if changed:
            view.zoom_changed.emit(factor)

    def fit_factor(self, rect: QRectF) -> float:
        """The zoom at which `rect` (plus a margin) fills the viewport."""
        return fit_factor(self._view.viewport().rect(), rect)

    def show(self, rect: QRectF, largest: float) -> None:
        """Zoom so `rect` fits (never beyond `largest`) and centre it."""
        if rect.isEmpty():
            return
        self.set(min(self.fit_factor(rect), largest), rect.center())
        self._view.centerOn(rect.center())

    # -- input -----------------------------------------------------------------------------

    def wheel(self, event: QWheelEvent) -> bool:
        """Ctrl+wheel zooms around the cursor; True when the event was used."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        steps = event.angleDelta().y() or event.angleDelta().x()
        if steps == 0:
            steps = event.pixelDelta().y()
        if steps:
            anchor = self._view.mapToScene(event.position().toPoint())
            self.set(self.factor * _WHEEL_BASE ** steps, anchor)
        event.accept()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pinch on a trackpad (native zoom gesture) or a touch screen; True when used."""
        kind = event.type()
        if kind != QEvent.Type.NativeGesture and kind != QEvent.Type.Gesture:
            return False
        if kind == QEvent.Type.NativeGesture:
            assert isinstance(event, QNativeGestureEvent)
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                anchor = self._view.mapToScene(event.position().toPoint())
                self.set(self.factor * (1.0 + event.value()), anchor)
                event.accept()
                return True
            return False
        if event.type() == QEvent.Type.Gesture:
            assert isinstance(event, QGestureEvent)
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                flags = pinch.changeFlags()
                if flags & QPinchGesture.ChangeFlag.ScaleFactorChanged:
                    centre = self._view.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                    anchor = self._view.mapToScene(centre)
                    self.set(self.factor * pinch.scaleFactor(), anchor)
                event.accept(pinch)
                return True
        return False
