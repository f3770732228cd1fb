"""Draws BoardLayout records with a QPainter, in board points (1 scene unit = 1 point).

The screen's counterpart of fileio/pdf_draw: every size, colour, dash and wrapped line comes from
the layout engine; this module only turns records into QPainter calls. Items paint one record
each with the per-record functions; `paint_board` draws a whole board (previews, the overview at
low zoom, image export). Text too small to read is drawn as faint bars (level of detail).
"""

from __future__ import annotations

from functools import lru_cache
from math import sqrt

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from canvas_app.model.emotion_curve import curve_series
from canvas_app.model.kinds import NoteKind
from canvas_app.model.layout_geometry import (
    BlueprintLineLayout,
    BoardLayout,
    ConnectorLayout,
    CubicSegment,
    EmotionCurve,
    LaneRow,
    NoteBox,
    PhaseHeader,
    Rect,
    StageHeader,
    TextBlock,
)
from canvas_app.scene import screen_style
from canvas_app.scene.canvas_font import (
    REFERENCE_PIXEL_SIZE,
    line_origin,
    reference_font,
    static_text,
)

# Text set smaller than this many device pixels is unreadable: drawn as bars, or not at all.
GREEK_BELOW_PX = 4.0
HIDE_TEXT_BELOW_PX = 1.0
# A kind glyph smaller than this many device pixels is a speck that tells no kind from another:
# left out. That is below 50 % zoom on a standard screen, where the overview picture takes over
# from the note items: drawing 5 000 specks made its every redraw a quarter slower.
HIDE_GLYPH_BELOW_PX = 3.5
# model/kind_glyphs.GLYPH_SIZE (tests/test_startup.py holds them equal): the glyph descriptions
# and their Qt paths are imported only when a glyph is big enough to draw, so the start-up
# window's first picture (a fitted large map: glyphs far below 3.5 px) does without them.
_GLYPH_SIZE = 7.0
GRID_WIDTH = 0.6
NOTE_BORDER_WIDTH = 0.6
# Thin strokes keep at least this device width, so the grid still reads when zoomed out.
_MIN_STROKE_PX = 0.7
_SHADOW = QColor(20, 30, 45, 34)
_SHADOW_OFFSET = 1.4
_AVERAGE_ADVANCE_EM = 0.52  # a line's width for greeking, without measuring it


@lru_cache(maxsize=1024)
def qcolor(color: str) -> QColor:
    """The QColor of a "#RRGGBB" string (shared: never modify it)."""
    return QColor(color)


@lru_cache(maxsize=512)
def _brush(color: str) -> QBrush:
    return QBrush(qcolor(color))


@lru_cache(maxsize=512)
def _pen(color: str, width: float, dash: tuple[float, ...] = (), round_caps: bool = False) -> QPen:
    pen = QPen(qcolor(color), width)
    if dash:
        # Qt counts dash lengths in pen widths; the layout gives them in points.
        pen.setDashPattern([d / width for d in dash])
    if round_caps:
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    else:
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def device_scale(painter: QPainter) -> float:
    """Device pixels per scene unit under the painter's current transform."""
    transform = painter.worldTransform()
    scale = sqrt(abs(transform.determinant()))
    return scale if scale > 0 else 1.0


def _thin(width: float, scale: float) -> float:
    return max(width, _MIN_STROKE_PX / scale)


# -- text -------------------------------------------------------------------------------------


def draw_block(painter: QPainter, block: TextBlock, scale: float) -> None:
    """Draw a laid-out text block at its baselines (bars when it would be too small to read)."""
    if not block.lines:
        return
    pixels = block.size * scale
    if pixels < HIDE_TEXT_BELOW_PX:
        return
    if pixels < GREEK_BELOW_PX:
        _draw_bars(painter, block)
        return
    ratio = block.size / REFERENCE_PIXEL_SIZE
    weight = block.weight
    painter.save()
    painter.setFont(reference_font(weight))
    painter.setPen(qcolor(screen_style.text_color(block.color)))
    painter.translate(block.x, 0.0)
    painter.scale(ratio, ratio)
    for line, baseline in zip(block.lines, block.baselines):
        if line:
            painter.drawStaticText(line_origin(baseline, block.size, weight),
                                   static_text(line, weight))
    painter.restore()


def _draw_bars(painter: QPainter, block: TextBlock) -> None:
    """Greeked text: one faint bar per line, about as long as the line."""
    color = QColor(qcolor(block.color))
    color.setAlphaF(0.38)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    size = block.size
    height = size * 0.5
    for line, baseline in zip(block.lines, block.baselines):
        if line:
            width = min(block.width, len(line) * size * _AVERAGE_ADVANCE_EM)
            painter.drawRect(QRectF(block.x, baseline - size * 0.6, width, height))


# -- records ----------------------------------------------------------------------------------


def paint_note(painter: QPainter, box: NoteBox, radius: float, scale: float) -> None:
    """A sticky note: soft shadow, rounded sheet in its fill and border, its kind's glyph (colour
    is never the only sign of a kind; the PDF and SVG draw the same), its text and footer."""
    rect = qrect(box.rect)
    if scale * _SHADOW_OFFSET >= 0.5:
        # A strip under the bottom edge reads as the sheet's shadow; a second rounded rectangle
        # would cost as much as the note itself (antialiased fills dominate painting).
        painter.fillRect(QRectF(rect.x() + radius * 0.6, rect.bottom(),
                                rect.width() - radius * 1.2, _SHADOW_OFFSET), _SHADOW)
    if screen_style.active():
        painter.setPen(_pen(screen_style.HC_BORDER, _thin(screen_style.HC_BORDER_WIDTH, scale)))
    else:
        painter.setPen(_pen(box.border, _thin(NOTE_BORDER_WIDTH, scale)))
    painter.setBrush(_brush(box.fill))
    painter.drawRoundedRect(rect, radius, radius)
    if box.kind is not NoteKind.NOTE and _GLYPH_SIZE * scale >= HIDE_GLYPH_BELOW_PX:
        from canvas_app.scene.kind_marks import glyph_rect, paint_glyph

        paint_glyph(painter, box.kind, glyph_rect(rect),
                    qcolor(screen_style.text_color(box.text.color)))
    draw_block(painter, box.text, scale)
    if box.footer is not None:
        draw_block(painter, box.footer, scale)


def note_shadow_margin() -> float:
    """How far below its rectangle a note's painting reaches (its shadow)."""
    return _SHADOW_OFFSET + 0.5


def paint_phase_header(painter: QPainter, header: PhaseHeader, scale: float) -> None:
    painter.fillRect(qrect(header.rect), qcolor(header.fill))
    draw_block(painter, header.title, scale)


def paint_stage_header(painter: QPainter, header: StageHeader, scale: float) -> None:
    painter.fillRect(qrect(header.rect), qcolor(header.fill))
    if header.time is not None:
        draw_block(painter, header.time, scale)
    draw_block(painter, header.title, scale)


def paint_lane(painter: QPainter, lane: LaneRow, background: str, scale: float) -> None:
    """A lane's band across the board, its header cell and title (grid lines are separate)."""
    if lane.fill != background:
        painter.fillRect(qrect(lane.rect), qcolor(lane.fill))
    painter.fillRect(qrect(lane.header), qcolor(lane.header_fill))
    draw_block(painter, lane.title, scale)


def paint_grid(painter: QPainter, layout: BoardLayout, area: QRectF, scale: float) -> None:
    if screen_style.active():
        painter.setPen(_pen(screen_style.HC_GRID, _thin(screen_style.HC_GRID_WIDTH, scale)))
    else:
        painter.setPen(_pen(layout.grid_color, _thin(GRID_WIDTH, scale)))
    lines = []
    for segment in layout.grid:
        a, b = segment.start, segment.end
        if (min(a.x, b.x) <= area.right() and max(a.x, b.x) >= area.left()
                and min(a.y, b.y) <= area.bottom() and max(a.y, b.y) >= area.top()):
            lines.append(QLineF(a.x, a.y, b.x, b.y))
    if lines:
        painter.drawLines(lines)


def paint_blueprint_line(painter: QPainter, line: BlueprintLineLayout, scale: float) -> None:
    """A dashed service-blueprint line across the board, with its label above it."""
    painter.setPen(_pen(line.color, _thin(line.width, scale), line.dash))
    painter.drawLine(QLineF(line.x_start, line.y, line.x_end, line.y))
    draw_block(painter, line.label, scale)


def _cubic_path(segments: tuple[CubicSegment, ...]) -> QPainterPath:
    path = QPainterPath()
    if segments:
        first = segments[0].start
        path.moveTo(first.x, first.y)
        for s in segments:
            path.cubicTo(s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.end.x, s.end.y)
    return path


def paint_curve_band(painter: QPainter, curve: EmotionCurve) -> None:
    """The tinted band behind an emotion curve (above zero: positive, below: negative)."""
    band = curve.band
    painter.fillRect(QRectF(band.x, band.y, band.width, curve.zero_y - band.y),
                     qcolor(curve.positive_fill))
    painter.fillRect(QRectF(band.x, curve.zero_y, band.width, band.bottom - curve.zero_y),
                     qcolor(curve.negative_fill))


def paint_curve(painter: QPainter, curve: EmotionCurve, background: str, scale: float) -> None:
    """The zero axis, the smooth curve through the stages' scores (one per persona or as-is /
    to-be, each in its colour and dash, with their legend), the markers and ± hints."""
    band = curve.band
    painter.setPen(_pen(curve.axis_color, 0.8, (3.0, 3.0)))
    painter.drawLine(QLineF(band.x, curve.zero_y, band.right, curve.zero_y))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    series = curve_series(curve)
    for line in series:
        painter.setPen(_pen(line.color, curve.line_width, line.dash, True))
        painter.drawPath(_cubic_path(line.segments))
    for entry in curve.legend:
        painter.setPen(_pen(entry.color, curve.line_width, entry.dash, True))
        painter.drawLine(QLineF(entry.start.x, entry.start.y, entry.end.x, entry.end.y))
    painter.setPen(_pen(background, 1.2))
    radius = curve.marker_radius
    for line in series:
        painter.setBrush(_brush(line.color))
        for point in line.points:
            painter.drawEllipse(QPointF(point.point.x, point.point.y), radius, radius)
    for entry in curve.legend:
        painter.setPen(_pen(background, 1.2))  # (greeked text below leaves no pen)
        painter.setBrush(_brush(entry.color))
        painter.drawEllipse(QPointF((entry.start.x + entry.end.x) / 2, entry.start.y), radius,
                            radius)
        draw_block(painter, entry.label, scale)
    draw_block(painter, curve.plus_hint, scale)
    draw_block(painter, curve.minus_hint, scale)


def paint_connector(painter: QPainter, connector: ConnectorLayout, background: str,
                    scale: float) -> None:
    """The arrow's curve, its head and its label in a small box."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(connector.color, _thin(connector.line_width, scale), (), True))
    painter.drawPath(_cubic_path(connector.segments))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_brush(connector.color))
    painter.drawPolygon(QPolygonF([QPointF(p.x, p.y) for p in connector.arrow]))
    if connector.label is not None and connector.label_box is not None:
        painter.setPen(_pen(connector.color, 0.5))
        painter.setBrush(_brush(background))
        painter.drawRoundedRect(qrect(connector.label_box), 3.0, 3.0)
        draw_block(painter, connector.label, scale)


def connector_bounds(connector: ConnectorLayout) -> QRectF:
    """The area a connector's painting covers (curve hull, arrowhead, label)."""
    points = [*(p for piece in connector.segments for p in piece), *connector.arrow]
    xs = [p.x for p in points]
    ys = [p.y for p in points]
    rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    if connector.label_box is not None:
        rect = rect.united(qrect(connector.label_box))
    margin = connector.line_width + 2.0
    return rect.adjusted(-margin, -margin, margin, margin)


# -- a whole board ----------------------------------------------------------------------------


def paint_board(painter: QPainter, layout: BoardLayout, exposed: QRectF | None = None) -> None:
    """Draw the parts of `layout` meeting `exposed` (all of it when None), in board points."""
    area = exposed if exposed is not None else qrect(layout.rect)
    scale = device_scale(painter)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(area.intersected(qrect(layout.rect)), qcolor(layout.background))
    background = layout.background
    for lane in layout.lanes:
        if qrect(lane.rect).intersects(area):
            paint_lane(painter, lane, background, scale)
    for curve in layout.curves:
        if qrect(curve.band).intersects(area):
            paint_curve_band(painter, curve)
    paint_grid(painter, layout, area, scale)
    for phase in layout.phases:
        if qrect(phase.rect).intersects(area):
            paint_phase_header(painter, phase, scale)
    for stage in layout.stages:
        if qrect(stage.rect).intersects(area):
            paint_stage_header(painter, stage, scale)
    if layout.funnel is not None or layout.details_band is not None:
        from canvas_app.scene.stage_details_painter import paint_stage_rows  # (it imports us)
        paint_stage_rows(painter, layout, area, scale)
    for line in layout.lines:
        if area.top() - 20.0 <= line.y <= area.bottom() + 40.0:
            paint_blueprint_line(painter, line, scale)
    radius = layout.note_radius
    for box in layout.notes:
        if qrect(box.rect).intersects(area):
            paint_note(painter, box, radius, scale)
    for curve in layout.curves:
        if qrect(curve.band).intersects(area):
            paint_curve(painter, curve, background, scale)
    for connector in layout.connectors:
        if connector_bounds(connector).intersects(area):
            paint_connector(painter, connector, background, scale)
    painter.restore()
