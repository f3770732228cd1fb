"""The mark of a note hidden from the audience, on the editor's board: the note is drawn fainter
and carries an eye-slash in its top-right corner (beside the kind glyph) (a shape, so colour is never the only sign;
screen readers hear "hidden from the audience" in the board's description)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from canvas_app.scene.kind_marks import GLYPH_SIZE, glyph_rect

HIDDEN_OPACITY = 0.55
MARK_SIZE = 9.0


def hidden_mark_rect(note_rect: QRectF) -> QRectF:
    """Where the eye-slash goes: the top-right corner, just left of the kind glyph (the
    bottom-right corner holds the vote badge)."""
    glyph = glyph_rect(note_rect)
    return QRectF(glyph.left() - 2.0 - MARK_SIZE, glyph.top() + GLYPH_SIZE * 0.2,
                  MARK_SIZE, MARK_SIZE * 0.6)


def lane_mark_rect(header: QRectF) -> QRectF:
    """Where a hidden lane's eye-slash goes: the lane header's bottom-right corner."""
    size = MARK_SIZE * 1.4
    return QRectF(header.right() - 6.0 - size, header.bottom() - 6.0 - size * 0.6,
                  size, size * 0.6)


def paint_hidden_mark(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """An eye outline with a slash through it, in `color`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(color, max(rect.height() * 0.16, 0.7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    left, right = QPointF(rect.left(), rect.center().y()), QPointF(rect.right(),
                                                                    rect.center().y())
    eye = QPainterPath(left)
    eye.quadTo(QPointF(rect.center().x(), rect.top() - rect.height() * 0.45), right)
    eye.quadTo(QPointF(rect.center().x(), rect.bottom() + rect.height() * 0.45), left)
    painter.drawPath(eye)
    radius = rect.height() * 0.22
    painter.drawEllipse(rect.center(), radius, radius)
    painter.drawLine(QPointF(rect.left() + rect.width() * 0.12, rect.bottom() + rect.height() * 0.2),
                     QPointF(rect.right() - rect.width() * 0.12, rect.top() - rect.height() * 0.2))
    painter.restore()
