"""The lane rail of presentation mode: the lane titles kept at the left edge of the screen while
a stage far from the board's left edge is shown, so the room always knows which row is which.

One item above the shade (scene/presentation_shade.py), drawing the layout's own lane headers
(fill and title) moved to the visible left edge; the current lane's header stays bright, the
others are dimmed like the rest of the board.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.scene import layout_painter as lp
from canvas_app.scene import screen_style
from canvas_app.scene.presentation_shade import SHADE

_Z = 51.0


class LaneRail(QGraphicsItem):
    """Lane headers drawn at scene x `left` (hidden until `show_at`)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._layout: Optional[BoardLayout] = None
        self._left = 0.0
        self._lit: Optional[int] = None
        self._bounds = QRectF()
        self.setVisible(False)

    def show_at(self, layout: BoardLayout, left: float, lit_lane: Optional[int]) -> None:
        """Draw `layout`'s lane headers with their left edge at `left`; `lit_lane` (an index)
        stays bright, None: all bright (a stage step)."""
        self.prepareGeometryChange()
        self._layout, self._left, self._lit = layout, left, lit_lane
        if layout.lanes:
            top = layout.lanes[0].header.y
            bottom = layout.lanes[-1].header.bottom
            self._bounds = QRectF(left, top, layout.lane_header_width + 2.0, bottom - top)
        else:
            self._bounds = QRectF()
        self.setVisible(bool(layout.lanes))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        layout = self._layout
        if layout is None:
            return
        scale = option.levelOfDetailFromTransform(painter.worldTransform()) or 1.0
        painter.save()
        painter.translate(self._left - layout.lanes[0].header.x if layout.lanes else 0.0, 0.0)
        with screen_style.on_screen():
            for index, lane in enumerate(layout.lanes):
                header = lp.qrect(lane.header)
                painter.fillRect(header, lp.qcolor(layout.background))
                painter.fillRect(header, lp.qcolor(lane.header_fill))
                lp.draw_block(painter, lane.title, scale)
                painter.setPen(QPen(lp.qcolor(screen_style.HC_GRID), 1.0))
                painter.drawLine(header.topRight(), header.bottomRight())
                painter.drawLine(header.bottomLeft(), header.bottomRight())
                if self._lit is not None and index != self._lit:
                    painter.fillRect(header.adjusted(0, 0, 1, 1), SHADE)
        painter.restore()
