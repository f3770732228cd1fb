"""Feedback drawn over the board: current-cell focus, drop target, drag ghost, rubber band,
guides, the connector being drawn, and selection outlines while the overview is shown.

None of these is part of the map; they live above the board and come and go with gestures.
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas_app.scene.items import ACCENT
from canvas_app.scene.layout_painter import device_scale
from canvas_app.scene.stage_mark import paint_stage_mark

Z_OVERLAY = 50.0


def _accent(alpha: int) -> QColor:
    color = QColor(ACCENT)
    color.setAlpha(alpha)
    return color


def _cosmetic(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setCosmetic(True)  # the same on-screen width at every zoom
    return pen


class OverlayItem(QGraphicsItem):
    """Base: an item above the board that hit-tests nothing and can be hidden when idle."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_OVERLAY)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._bounds = QRectF()
        self.hide()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def _set_bounds(self, bounds: QRectF) -> None:
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()


class CellFocusItem(OverlayItem):
    """A dashed outline around the current cell (where paste and Enter go)."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        # A cell can be thousands of points tall: only the exposed part of the outline is drawn.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def set_rect(self, rect: Optional[QRectF]) -> None:
        if rect is None:
            self.hide()
            return
        if rect == self._rect and self.isVisible():
            return  # unchanged: no repaint (every layout update passes through here)
        self._rect = QRectF(rect)
        self._set_bounds(rect.adjusted(-4, -4, 4, 4))
        self.show()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        # Axis-aligned: no antialiasing needed, and antialiased dashes cost ~1 ms a repaint.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(_cosmetic(_accent(200), 2.0, Qt.PenStyle.DashLine))
        rect = self._rect.adjusted(1.5, 1.5, -1.5, -1.5)
        area = option.exposedRect.adjusted(-4, -4, 4, 4)
        left, right = max(rect.left(), area.left()), min(rect.right(), area.right())
        top, bottom = max(rect.top(), area.top()), min(rect.bottom(), area.bottom())
        lines = []
        if left <= right:
            lines += [QLineF(left, rect.top(), right, rect.top()),
                      QLineF(left, rect.bottom(), right, rect.bottom())]
        if top <= bottom:
            lines += [QLineF(rect.left(), top, rect.left(), bottom),
                      QLineF(rect.right(), top, rect.right(), bottom)]
        painter.drawLines(lines)


class DropIndicatorItem(OverlayItem):
    """The drop target while dragging: the cell tinted and a bar where the notes will go."""

    def __init__(self) -> None:
        super().__init__()
        self._cell = QRectF()
        self._line = QLineF()

    def show_target(self, cell: QRectF, line_y: float) -> None:
        self._cell = QRectF(cell)
        inset = 10.0
        self._line = QLineF(cell.left() + inset, line_y, cell.right() - inset, line_y)
        self._set_bounds(cell.adjusted(-3, -3, 3, 3))
        self.show()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        painter.setPen(_cosmetic(_accent(230), 2.0))
        painter.setBrush(_accent(28))
        painter.drawRect(self._cell.adjusted(1, 1, -1, -1))
        painter.setPen(QPen(ACCENT, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(self._line)
        painter.setBrush(ACCENT)
        for end in (self._line.p1(), self._line.p2()):
            painter.drawEllipse(end, 3.5, 3.5)


class GhostItem(OverlayItem):
    """Translucent copies of the dragged notes' outlines, following the pointer."""

    def __init__(self) -> None:
        super().__init__()
        self._rects: list[QRectF] = []

    def set_rects(self, rects: Sequence[QRectF]) -> None:
        self._rects = [QRectF(r) for r in rects]
        bounds = QRectF()
        for rect in self._rects:
            bounds = bounds.united(rect)
        self._set_bounds(bounds.adjusted(-3, -3, 3, 3))
        self.setPos(0.0, 0.0)
        self.show()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        painter.setPen(_cosmetic(_accent(220), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(_accent(40))
        for rect in self._rects:
            painter.drawRoundedRect(rect, 5.0, 5.0)


class RubberBandItem(OverlayItem):
    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()

    def set_rect(self, rect: QRectF) -> None:
        self._rect = rect.normalized()
        self._set_bounds(self._rect.adjusted(-2, -2, 2, 2))
        self.show()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        painter.setPen(_cosmetic(_accent(220), 1.0))
        painter.setBrush(_accent(30))
        painter.drawRect(self._rect)


class GuideItem(OverlayItem):
    """A bold line showing where a header drag will put its stage or lane, or a new edge."""

    def __init__(self) -> None:
        super().__init__()
        self._line = QLineF()

    def set_line(self, line: QLineF) -> None:
        self._line = QLineF(line)
        rect = QRectF(line.p1(), line.p2()).normalized()
        self._set_bounds(rect.adjusted(-4, -4, 4, 4))
        self.show()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        painter.setPen(_cosmetic(ACCENT, 3.0))
        painter.drawLine(self._line)


class ConnectorPreviewItem(OverlayItem):
    """The arrow being drawn from a note to the pointer."""

    def __init__(self) -> None:
        super().__init__()
        self._start = QPointF()
        self._end = QPointF()

    def set_ends(self, start: QPointF, end: QPointF) -> None:
        self._start, self._end = QPointF(start), QPointF(end)
        self._set_bounds(QRectF(start, end).normalized().adjusted(-10, -10, 10, 10))
        self.show()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        line = QLineF(self._start, self._end)
        painter.setPen(QPen(ACCENT, 2.0, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(line)
        if line.length() > 1.0:
            unit = line.unitVector()
            dx, dy = unit.dx(), unit.dy()
            tip = self._end
            back = QPointF(tip.x() - dx * 9.0, tip.y() - dy * 9.0)
            normal = QPointF(-dy * 4.5, dx * 4.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ACCENT)
            painter.drawPolygon(QPolygonF([tip, back + normal, back - normal]))


class SelectionOutlineItem(OverlayItem):
    """Outlines of selected notes while the overview picture stands in for the note items."""

    def __init__(self) -> None:
        super().__init__()
        self._path = QPainterPath()

    def set_rects(self, rects: Sequence[QRectF]) -> None:
        path = QPainterPath()
        for rect in rects:
            path.addRect(rect.adjusted(-2, -2, 2, 2))
        self._path = path
        self._set_bounds(path.boundingRect().adjusted(-4, -4, 4, 4))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        painter.setPen(_cosmetic(ACCENT, 2.0))
        painter.setBrush(_accent(60))
        painter.drawPath(self._path)


class StageMarksItem(OverlayItem):
    """The marks of the marked stages while the overview picture stands in for the header items
    (below 50 % zoom: fit zoom on most maps), which would otherwise show no mark at all."""

    def __init__(self) -> None:
        super().__init__()
        self._rects: list[QRectF] = []

    def set_rects(self, rects: Sequence[QRectF]) -> None:
        self._rects = [QRectF(rect) for rect in rects]
        bounds = QRectF()
        for rect in self._rects:
            bounds = bounds.united(rect)
        self._set_bounds(bounds)

    @property
    def rects(self) -> list[QRectF]:
        return list(self._rects)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        scale = device_scale(painter)
        for rect in self._rects:
            paint_stage_mark(painter, rect, scale)
