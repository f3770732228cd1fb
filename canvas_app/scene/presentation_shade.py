"""The shade of presentation mode: everything but the current stage (or lane) dimmed, so the room
looks where the facilitator talks. One item above the board, hit-testing nothing."""

from __future__ import annotations

from typing import Iterable, Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

SHADE = QColor(0, 0, 0, 150)
_Z = 50.0


class PresentationShade(QGraphicsItem):
    """Dims `area` except the lit rectangles (nothing when none are lit)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._area = QRectF()
        self._path = QPainterPath()

    def set_lit(self, area: QRectF, lit: Iterable[QRectF]) -> None:
        """Shade `area` (the scene) but for `lit`; an empty `lit` hides the shade."""
        rects = list(lit)
        self.prepareGeometryChange()
        self._area = QRectF(area)
        path = QPainterPath()
        if rects:
            path.addRect(area)
            hole = QPainterPath()
            for rect in rects:
                hole.addRect(rect)
            path = path.subtracted(hole)
        self._path = path
        self.setVisible(bool(rects))
        self.update()

    def lit_path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def boundingRect(self) -> QRectF:
        return self._area

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: clicks reach the notes under the shade

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        painter.fillPath(self._path, SHADE)
