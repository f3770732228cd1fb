"""The mark of a stage header picked for a new phase (editor only, never exported).

It used to be a 4-point dark-blue bar, lost on the dark stage headers at fit zoom (about 1.7
device pixels there, blue on navy). Now: a bright bar along the header's bottom that never gets
thinner than a few device pixels, and an outline round the whole header drawn in device pixels,
so the mark reads at any zoom; a dark edge keeps both visible on a light header too. High
contrast uses pure yellow and black. Below 50 % zoom the overview picture replaces the header
items, so `overlays.StageMarksItem` paints the same marks over it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from canvas_app.scene import screen_style

MARK = QColor("#FFC400")  # amber: about 9:1 against the default stage fill #2C3A4B
HC_MARK = QColor("#FFFF00")
EDGE = QColor("#1A1A1A")
BAR_POINTS = 6.0  # the bar's height at 100 % zoom and above
BAR_MIN_PX = 5.0  # and at least this many device pixels when zoomed out
OUTLINE_PX = 3.0


def paint_stage_mark(painter: QPainter, header: QRectF, scale: float) -> None:
    """Mark `header` (board points) painted at `scale` device pixels per point."""
    color = HC_MARK if screen_style.active() else MARK
    px = 1.0 / scale  # one device pixel in board points
    bar = max(BAR_POINTS, BAR_MIN_PX * px)
    # The outline stays inside the header (the item repaints only its own bounds).
    inset = OUTLINE_PX * px / 2
    outline = header.adjusted(inset, inset, -inset, -inset)
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(color, OUTLINE_PX)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.drawRect(outline)
    # A one-pixel dark edge inside the outline and above the bar separates them from a header
    # of any colour.
    edge = QPen(EDGE, 1.0)
    edge.setCosmetic(True)
    painter.setPen(edge)
    inner = OUTLINE_PX * px + px / 2
    painter.drawRect(header.adjusted(inner, inner, -inner, -inner))
    bar_rect = QRectF(header.x(), header.bottom() - bar, header.width(), bar)
    painter.fillRect(bar_rect, color)
    painter.drawLine(bar_rect.topLeft(), bar_rect.topRight())
    painter.restore()

