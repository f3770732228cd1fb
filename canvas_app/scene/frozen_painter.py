"""Paints the frozen headers (scene/frozen_bands.py) over a board view's items.

Each pinned band shows what the real board shows in the header area it copies — background,
lane bands and header fills, lane titles, grid, phase and stage headers, the funnel row, the
campaign band's title, blueprint lines — drawn from the shared layout records with
layout_painter's functions, so a pinned header looks exactly like the real one (high contrast
included). Notes, curves and connectors never lie in the header areas and are not drawn. Marked
stages keep their accent bar and hidden lanes their eye-slash, as on the real headers.
"""

from __future__ import annotations

from typing import Collection

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter

from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.scene import layout_painter as lp
from canvas_app.scene import screen_style
from canvas_app.scene.frozen_bands import Band, Pins
from canvas_app.scene.hidden_mark import lane_mark_rect, paint_hidden_mark
from canvas_app.scene.items import ACCENT
from canvas_app.scene.stage_details_painter import paint_funnel, paint_strip

# The shadow along a pinned edge, in device-independent pixels: a dark hairline fading out.
SHADOW_PX = 6.0
_SHADOW_START = QColor(20, 30, 45, 70)
_SHADOW_END = QColor(20, 30, 45, 0)
_MARK_BAR = 4.0  # the marked stage's accent bar (as StageHeaderItem draws it)


def band_rect(band: Band) -> QRectF:
    return lp.qrect(band.area)


def paint_pins(painter: QPainter, layout: BoardLayout, pins: Pins, exposed: QRectF,
               marked: Collection[str], hidden_lanes: Collection[str]) -> int:
    """Paint every pinned band meeting `exposed` (scene coordinates, the painter in scene
    coordinates); returns how many bands were painted."""
    painted = 0
    scale = lp.device_scale(painter)
    with screen_style.on_screen():
        for band in pins.bands():
            area = band_rect(band)
            if not area.intersects(exposed):
                continue
            painter.save()
            painter.setClipRect(area.intersected(exposed))
            painter.translate(band.dx, band.dy)
            _paint_source(painter, layout, area.translated(-band.dx, -band.dy), scale, marked,
                          hidden_lanes)
            painter.restore()
            painted += 1
    return painted


def _paint_source(painter: QPainter, layout: BoardLayout, area: QRectF, scale: float,
                  marked: Collection[str], hidden_lanes: Collection[str]) -> None:
    """The header content of the real board inside `area` (board points)."""
    painter.fillRect(area, lp.qcolor(layout.background))
    background = layout.background
    for lane in layout.lanes:
        if lp.qrect(lane.rect).intersects(area):
            lp.paint_lane(painter, lane, background, scale)
            if lane.lane_id in hidden_lanes:
                color = lp.qcolor(screen_style.text_color(lane.title.color))
                paint_hidden_mark(painter, lane_mark_rect(lp.qrect(lane.header)), color)
    lp.paint_grid(painter, layout, area, scale)
    for phase in layout.phases:
        if lp.qrect(phase.rect).intersects(area):
            lp.paint_phase_header(painter, phase, scale)
    for stage in layout.stages:
        rect = lp.qrect(stage.rect)
        if rect.intersects(area):
            lp.paint_stage_header(painter, stage, scale)
            if stage.stage_id in marked:
                painter.fillRect(QRectF(rect.x(), rect.bottom() - _MARK_BAR, rect.width(),
                                        _MARK_BAR), ACCENT)
    if layout.funnel is not None and lp.qrect(layout.funnel.strip.rect).intersects(area):
        paint_funnel(painter, layout.funnel, scale)
    if layout.details_band is not None and lp.qrect(layout.details_band.rect).intersects(area):
        paint_strip(painter, layout.details_band, scale)  # its title, in the lane column
    for line in layout.lines:
        if area.top() - 20.0 <= line.y <= area.bottom() + 20.0:
            lp.paint_blueprint_line(painter, line, scale)


def paint_shadows(painter: QPainter, top: QRectF | None, left: QRectF | None) -> None:
    """Shadows along the pinned edges; `top` and `left` are the pinned bands in the painter's
    (viewport) coordinates: one under the header rows, one right of the lane column."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    if top is not None:
        shadow = QRectF(top.left(), top.bottom(), top.width(), SHADOW_PX)
        gradient = QLinearGradient(QPointF(0.0, shadow.top()), QPointF(0.0, shadow.bottom()))
        gradient.setColorAt(0.0, _SHADOW_START)
        gradient.setColorAt(1.0, _SHADOW_END)
        painter.fillRect(shadow, gradient)
    if left is not None:
        shadow = QRectF(left.right(), left.top(), SHADOW_PX, left.height())
        gradient = QLinearGradient(QPointF(shadow.left(), 0.0), QPointF(shadow.right(), 0.0))
        gradient.setColorAt(0.0, _SHADOW_START)
        gradient.setColorAt(1.0, _SHADOW_END)
        painter.fillRect(shadow, gradient)
    painter.restore()
