"""Paints the funnel row and the campaign band (model/layout_stage_details) with a QPainter.

The screen's counterpart of fileio/pdf_stage_details: sizes, colours and wrapped lines all come
from the layout; the items (scene/stage_details_items) and `layout_painter.paint_board` (overview,
previews, PNG) call these functions.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.model.layout_stage_details import FunnelRow, HeaderStrip, StageDetailsBox
from canvas_app.scene.layout_painter import draw_block, qcolor, qrect

CARD_RADIUS = 4.0
CARD_BORDER_WIDTH = 0.6


def paint_strip(painter: QPainter, strip: HeaderStrip, scale: float) -> None:
    """A header row's pale band across the board and its title in the lane header column."""
    painter.fillRect(qrect(strip.rect), qcolor(strip.fill))
    draw_block(painter, strip.title, scale)


def paint_funnel(painter: QPainter, row: FunnelRow, scale: float) -> None:
    """The funnel row: band, bars, figures and drop-offs."""
    paint_strip(painter, row.strip, scale)
    for bar in row.bars:
        if bar.bar is not None:
            painter.fillRect(qrect(bar.bar), qcolor(bar.fill))
        draw_block(painter, bar.label, scale)
    for drop in row.drops:
        draw_block(painter, drop.label, scale)


def paint_details_box(painter: QPainter, box: StageDetailsBox, scale: float) -> None:
    """One stage's compact campaign card."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(qcolor(box.border), max(CARD_BORDER_WIDTH, 0.7 / scale))
    painter.setPen(pen)
    painter.setBrush(qcolor(box.fill))
    painter.drawRoundedRect(qrect(box.rect), CARD_RADIUS, CARD_RADIUS)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.restore()
    for block in box.blocks:
        draw_block(painter, block, scale)


def paint_stage_rows(painter: QPainter, layout: BoardLayout, area: QRectF, scale: float) -> None:
    """Both rows of a whole board (previews, overview, image export), where they meet `area`."""
    if layout.funnel is not None and qrect(layout.funnel.strip.rect).intersects(area):
        paint_funnel(painter, layout.funnel, scale)
    if layout.details_band is not None and qrect(layout.details_band.rect).intersects(area):
        paint_strip(painter, layout.details_band, scale)
        for box in layout.details:
            if qrect(box.rect).intersects(area):
                paint_details_box(painter, box, scale)
