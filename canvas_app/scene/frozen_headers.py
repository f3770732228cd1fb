"""Frozen headers on a BoardView: the stage header rows pinned at the viewport's top and the lane
titles pinned at its left while they are scrolled out of view (View ▸ Freeze Headers).

Drawn in the view's foreground pass (no items: nothing to reposition on every scroll step, and
the copies cost nothing while the real headers are in view). Geometry: scene/frozen_bands.py;
painting: scene/frozen_painter.py. Input: `board_point` gives the real board point a viewport
position stands for — a click on a pinned stage header is a click on that stage's real header
(select, context menu, rename, resize its edge, drag to reorder), and a click on a pinned band
never reaches a note hidden beneath it.

Off in the overview (below OVERVIEW_BELOW_ZOOM, where the whole board or most of it shows and
titles are too small to read) and on audience scenes: presenting has its own lane rail
(scene/lane_rail.py) and the audience window shows the room a clean board.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QPainter

from canvas_app.model.layout_geometry import Rect
from canvas_app.scene import frozen_painter
from canvas_app.scene.frozen_bands import NO_PINS, Pins, header_rows, lane_column, pins

if TYPE_CHECKING:
    from canvas_app.scene.board_view import BoardView

_SHADOW_MARGIN = int(frozen_painter.SHADOW_PX) + 2


class FrozenHeaders:
    """The pinned headers of one board view (on by default)."""

    def __init__(self, view: "BoardView") -> None:
        self._view = view
        self._enabled = True
        # The pinned bands in viewport pixels at the last look: what a scroll must repaint.
        self._last_top = QRect()
        self._last_left = QRect()

    # -- state -----------------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        if on != self._enabled:
            self._enabled = on
            self._view.viewport().update()

    def active(self) -> bool:
        """Whether headers may be pinned now (enabled, not the overview, not an audience)."""
        scene = getattr(self._view, "board_scene", None)  # (None while the view is being made)
        return (self._enabled and scene is not None and not scene.overview_mode
                and not scene.audience)

    def visible_rect(self) -> Rect:
        """The part of the scene the viewport shows."""
        view = self._view
        viewport = view.viewport()
        origin = view.mapToScene(QPoint(0, 0))
        transform = view.transform()
        sx = transform.m11() or 1.0
        sy = transform.m22() or 1.0
        return Rect(origin.x(), origin.y(), viewport.width() / sx, viewport.height() / sy)

    def pins(self) -> Pins:
        """What is pinned at the current scroll position and zoom."""
        if not self.active():
            return NO_PINS
        return pins(self._view.board_scene.layout, self.visible_rect())

    # -- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, exposed: QRectF) -> None:
        """The foreground pass: paint the pinned bands meeting `exposed` (scene coordinates)."""
        current = self.pins()
        self._remember(current)
        if not current.any():
            return
        shadow = _SHADOW_MARGIN / max(self._view.transform().m11(), 1e-6)
        reach = exposed.adjusted(-shadow, -shadow, 0.0, 0.0)
        if not any(frozen_painter.band_rect(b).intersects(reach) for b in current.bands()):
            return
        scene = self._view.board_scene
        hidden = {lane_id for lane_id, item in scene.lanes.items() if item.hidden_mark}
        frozen_painter.paint_pins(painter, scene.layout, current, exposed, scene.marked_stages,
                                  hidden)
        painter.save()
        painter.resetTransform()  # shadows in viewport pixels, whatever the zoom
        top = self._viewport_rect(current.top.area) if current.top else None
        left = self._viewport_rect(current.left.area) if current.left else None
        frozen_painter.paint_shadows(painter, top, left)
        painter.restore()

    def _viewport_rect(self, area: Rect) -> QRectF:
        view = self._view
        top_left = view.mapFromScene(QPointF(area.x, area.y))
        transform = view.transform()
        # mapFromScene rounds to whole pixels: keep the exact size for the shadow's edge.
        return QRectF(QPointF(top_left), QPointF(top_left)
                      + QPointF(area.width * transform.m11(), area.height * transform.m22()))

    def _remember(self, current: Pins) -> None:
        self._last_top = (self._viewport_rect(current.top.area).toAlignedRect()
                          if current.top else QRect())
        self._last_left = (self._viewport_rect(current.left.area).toAlignedRect()
                           if current.left else QRect())

    def scrolled(self, dx: int, dy: int) -> None:
        """The view scrolled its pixels by (dx, dy). The header rows scroll sideways with the
        board and the lane titles up and down with it, so only what must not move is painted
        again: after a vertical scroll the pinned rows, after a sideways one the pinned column
        (and the corner in it), with the pixels the scroll dragged out of them."""
        before_top, before_left = self._last_top, self._last_left
        self._remember(self.pins())
        top_changed = before_top.isEmpty() != self._last_top.isEmpty()
        left_changed = before_left.isEmpty() != self._last_left.isEmpty()
        # Pixels moved towards the board (down, right) drag the old copy beyond its band.
        self._repaint(before_top, before_left, max(dx, 0), max(dy, 0),
                      rows=bool(dy) or top_changed, column=bool(dx) or left_changed)
        self._repaint_sliding_titles(dx, dy)

    def _repaint_sliding_titles(self, dx: int, dy: int) -> None:
        """Titles partly scrolled under a pinned band slide into view (frozen_painter): they
        do not move with the pixels, so the strip beside the band they slide along is painted
        again — right of the column for stage titles, below the rows for lane titles (pinned
        or at their real place)."""
        top, left = self._last_top, self._last_left
        if not dx and not dy or (top.isEmpty() and left.isEmpty()):
            return
        view = self._view
        layout = view.board_scene.layout
        viewport = view.viewport()
        zoom = view.transform().m11()
        across, down = frozen_painter.slide_reach(layout)
        rows, column = header_rows(layout), lane_column(layout)
        if dx and rows is not None:
            start = left.right() + 1 if not left.isEmpty() else 0
            bottom = (top.bottom() + 1 if not top.isEmpty()
                      else view.mapFromScene(QPointF(0.0, rows[1])).y() + 1)
            viewport.update(QRect(start - 2, 0, round(across * zoom) + abs(dx) + 4, bottom))
        if dy and column is not None:
            start = top.bottom() + 1 if not top.isEmpty() else 0
            right = (left.right() + 1 if not left.isEmpty()
                     else view.mapFromScene(QPointF(column[1], 0.0)).x() + 1)
            viewport.update(QRect(0, start - 2, right, round(down * zoom) + abs(dy) + 4))

    def refresh(self) -> None:
        """The headers changed (a layout update, marked stages): repaint the pinned copies."""
        before_top, before_left = self._last_top, self._last_left
        self._remember(self.pins())
        self._repaint(before_top, before_left, 0, 0, rows=True, column=True)

    def _repaint(self, before_top: QRect, before_left: QRect, dx: int, dy: int, rows: bool,
                 column: bool) -> None:
        viewport = self._view.viewport()
        width, height = viewport.width(), viewport.height()
        margin = _SHADOW_MARGIN
        if rows and not (before_top.isEmpty() and self._last_top.isEmpty()):
            bottom = max(before_top.bottom(), self._last_top.bottom())
            viewport.update(QRect(0, 0, width, bottom + 1 + margin + dy))
        if column and not (before_left.isEmpty() and self._last_left.isEmpty()):
            right = max(before_left.right(), self._last_left.right())
            viewport.update(QRect(0, 0, right + 1 + margin + dx, height))

    # -- input -----------------------------------------------------------------------------

    def board_point(self, position: QPoint) -> tuple[QPointF, bool]:
        """The board point a viewport position stands for, and whether it lies on a pinned
        header (then the point is on the real header the copy shows)."""
        point = self._view.mapToScene(position)
        source = self.pins().source_point(point.x(), point.y()) if self.active() else None
        if source is None:
            return point, False
        return QPointF(*source), True

    def covers(self, position: QPoint) -> bool:
        """Whether a pinned header is drawn at this viewport position."""
        return self.board_point(position)[1]

    def reveal(self, rect: QRectF, xmargin: int, ymargin: int) -> None:
        """After ensureVisible: scroll further if `rect` (scene coordinates) lies under a pinned
        band, so what the keyboard moved to is never hidden behind the headers."""
        current = self.pins()
        view = self._view
        transform = view.transform()
        if current.top is not None:
            below = current.top.area.bottom + ymargin / transform.m22()
            if rect.top() < below and rect.bottom() > current.top.area.y:
                bar = view.verticalScrollBar()
                bar.setValue(bar.value() - round((below - rect.top()) * transform.m22()))
        current = self.pins()
        if current.left is not None:
            beside = current.left.area.right + xmargin / transform.m11()
            if rect.left() < beside and rect.right() > current.left.area.x:
                bar = view.horizontalScrollBar()
                bar.setValue(bar.value() - round((beside - rect.left()) * transform.m11()))

