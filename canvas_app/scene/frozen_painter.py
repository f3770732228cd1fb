"""Paints the frozen headers (scene/frozen_bands.py) over a board view's items.

Each pinned band shows what the real board shows in the header area it copies — background,
lane bands and header fills, lane titles, grid, phase and stage headers, the funnel row, the
campaign band's title, blueprint lines — drawn from the shared layout records with
layout_painter's functions, so a pinned header looks exactly like the real one (high contrast
included). Notes, curves and connectors never lie in the header areas and are not drawn. Marked
stages keep their mark (stage_mark.py) and hidden lanes their eye-slash, as on the real headers.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Collection, NamedTuple, Sequence

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from canvas_app.model.layout_geometry import BoardLayout, LaneRow, Segment, StageHeader, TextBlock
from canvas_app.model.layout_text import text_width
from canvas_app.scene import layout_painter as lp
from canvas_app.scene import screen_style
from canvas_app.scene.frozen_bands import Band, Pins, header_rows, lane_column
from canvas_app.scene.hidden_mark import lane_mark_rect, paint_hidden_mark
from canvas_app.scene.stage_details_painter import paint_funnel, paint_strip
from canvas_app.scene.stage_mark import paint_stage_mark

# The shadow along a pinned edge, in device-independent pixels: a dark hairline fading out. It
# is a 5-pixel strip stretched along the edge (drawn pixmaps cost a tenth of gradient or
# antialiased fills, and a scroll step repaints the shadows each time).
SHADOW_PX = 5.0
_SHADOW_ALPHAS = (72, 40, 20, 9, 3)
_SHADOW_INK = (20, 30, 45)
_SHADOW_STRIPS: dict[str, QPixmap] = {}


def band_rect(band: Band) -> QRectF:
    return lp.qrect(band.area)


def paint_pins(painter: QPainter, layout: BoardLayout, pins: Pins, exposed: QRectF,
               marked: Collection[str], hidden_lanes: Collection[str]) -> int:
    """Paint every pinned band meeting `exposed` (scene coordinates, the painter in scene
    coordinates); returns how many bands were painted."""
    painted = 0
    scale = lp.device_scale(painter)
    rows_grid, column_grid = _grid_parts(layout)
    with screen_style.on_screen():
        for band in pins.bands():
            area = band_rect(band)
            if not area.intersects(exposed):
                continue
            source = area.translated(-band.dx, -band.dy)
            # Only the header rows hold stage headers, only the lane column holds lane rows:
            # each band looks at its own records (this runs on every scroll step).
            if band is pins.top:
                # Stage titles slide right out from under the pinned lane column.
                clear = pins.left.area.right if pins.left is not None else source.left()
                parts = _Parts(_stages_across(layout, source), (), rows_grid, clear_left=clear)
            elif band is pins.left:
                lanes = tuple(lane for lane in layout.lanes
                              if lane.rect.y < source.bottom() and lane.rect.bottom > source.top())
                # Lane titles slide down out from under the pinned header rows.
                clear = pins.top.area.bottom if pins.top is not None else source.top()
                parts = _Parts((), lanes, column_grid, clear_top=clear)
            else:
                parts = _Parts((), (), rows_grid)
            painter.save()
            painter.setClipRect(area.intersected(exposed))
            painter.translate(band.dx, band.dy)
            _paint_source(painter, layout, source, scale, parts, marked, hidden_lanes)
            painter.restore()
            painted += 1
        # One band pinned, the other header at its real place: its title half under the band
        # slides along too, painted over the real header where it shows.
        if pins.top is not None and pins.left is None:
            painted += _paint_lane_patch(painter, layout, pins.top.area.bottom, exposed, scale,
                                         column_grid, hidden_lanes)
        if pins.left is not None and pins.top is None:
            painted += _paint_stage_patch(painter, layout, pins.left.area.right, exposed, scale,
                                          rows_grid, marked)
    return painted


def _paint_lane_patch(painter: QPainter, layout: BoardLayout, clear_top: float,
                      exposed: QRectF, scale: float, grid: tuple[Segment, ...],
                      hidden_lanes: Collection[str]) -> int:
    """The real lane header crossing `clear_top` (the pinned rows' bottom), below it, with its
    title slid into view; 1 if painted."""
    column = lane_column(layout)
    lane = next((r for r in layout.lanes if r.header.y < clear_top < r.header.bottom), None)
    if lane is None or column is None or _slide_down(lane, clear_top) <= 0.0:
        return 0
    patch = QRectF(column[0], clear_top, column[1] - column[0], lane.header.bottom - clear_top)
    return _paint_patch(painter, layout, patch, exposed, scale,
                        _Parts((), (lane,), grid, clear_top=clear_top), (), hidden_lanes)


def _paint_stage_patch(painter: QPainter, layout: BoardLayout, clear_left: float,
                       exposed: QRectF, scale: float, grid: tuple[Segment, ...],
                       marked: Collection[str]) -> int:
    """The real stage header crossing `clear_left` (the pinned column's right edge), right of
    it, with its title slid into view; 1 if painted."""
    stage = next((h for h in layout.stages if h.rect.x < clear_left < h.rect.right), None)
    if stage is None or _slide_right(stage, clear_left) <= 0.0:
        return 0
    rect = stage.rect
    patch = QRectF(clear_left, rect.y, rect.right - clear_left, rect.height)
    return _paint_patch(painter, layout, patch, exposed, scale,
                        _Parts((stage,), (), grid, clear_left=clear_left), marked, ())


def _paint_patch(painter: QPainter, layout: BoardLayout, patch: QRectF, exposed: QRectF,
                 scale: float, parts: "_Parts", marked: Collection[str],
                 hidden_lanes: Collection[str]) -> int:
    area = patch.intersected(exposed)
    if area.isEmpty():
        return 0
    painter.save()
    painter.setClipRect(area)
    _paint_source(painter, layout, patch, scale, parts, marked, hidden_lanes)
    painter.restore()
    return 1


class _Parts(NamedTuple):
    """The records a band can show, and where its view is clear (board points): a title whose
    header is partly hidden there slides into the part that shows, as far as its header goes."""

    stages: Sequence[StageHeader]
    lanes: Sequence[LaneRow]
    grid: tuple[Segment, ...]
    clear_left: float = float("-inf")
    clear_top: float = float("-inf")


def _stages_across(layout: BoardLayout, area: QRectF) -> Sequence[StageHeader]:
    """The stage headers meeting `area` sideways (stages are in board order, left to right)."""
    stages = layout.stages
    lefts = [header.rect.x for header in stages]
    first = max(bisect_right(lefts, area.left()) - 1, 0)
    last = bisect_right(lefts, area.right())
    return stages[first:last]


# The grid lines a band can meet, by layout (a board has thousands of segments; a band meets a
# few): keyed by the grid tuple's identity, which a layout update keeps when the grid is the same.
_GRID_PARTS: dict[int, tuple[tuple[Segment, ...], tuple[Segment, ...], tuple[Segment, ...]]] = {}
_GRID_PARTS_KEPT = 4


def _grid_parts(layout: BoardLayout) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """The grid segments meeting the pinned header rows and those meeting the lane column."""
    grid = layout.grid
    kept = _GRID_PARTS.get(id(grid))
    if kept is not None and kept[0] is grid:
        return kept[1], kept[2]
    rows = header_rows(layout)
    column = lane_column(layout)
    rows_part = tuple(s for s in grid if rows is not None and min(s.start.y, s.end.y) < rows[1])
    column_part = tuple(s for s in grid
                        if column is not None and min(s.start.x, s.end.x) <= column[1])
    if len(_GRID_PARTS) >= _GRID_PARTS_KEPT:
        _GRID_PARTS.clear()
    _GRID_PARTS[id(grid)] = (grid, rows_part, column_part)
    return rows_part, column_part


def _paint_source(painter: QPainter, layout: BoardLayout, area: QRectF, scale: float,
                  parts: _Parts, marked: Collection[str], hidden_lanes: Collection[str]) -> None:
    """The header content of the real board inside `area` (board points)."""
    background = layout.background
    painter.fillRect(area, lp.qcolor(background))
    for lane in parts.lanes:
        if lane.fill != background:
            painter.fillRect(lp.qrect(lane.rect), lp.qcolor(lane.fill))
        painter.fillRect(lp.qrect(lane.header), lp.qcolor(lane.header_fill))
        _draw_shifted(painter, lane.title, 0.0, _slide_down(lane, parts.clear_top), scale)
        if lane.lane_id in hidden_lanes:
            color = lp.qcolor(screen_style.text_color(lane.title.color))
            paint_hidden_mark(painter, lane_mark_rect(lp.qrect(lane.header)), color)
    if parts.grid:
        lp.paint_grid(painter, layout._replace(grid=parts.grid), area, scale)
    for phase in layout.phases:
        if lp.qrect(phase.rect).intersects(area):
            lp.paint_phase_header(painter, phase, scale)
    for stage in parts.stages:
        painter.fillRect(lp.qrect(stage.rect), lp.qcolor(stage.fill))
        shift = _slide_right(stage, parts.clear_left)
        if stage.time is not None:
            _draw_shifted(painter, stage.time, shift, 0.0, scale)
        _draw_shifted(painter, stage.title, shift, 0.0, scale)
        if stage.stage_id in marked:
            paint_stage_mark(painter, lp.qrect(stage.rect), scale)
    if layout.funnel is not None and lp.qrect(layout.funnel.strip.rect).intersects(area):
        paint_funnel(painter, layout.funnel, scale)
    if layout.details_band is not None and lp.qrect(layout.details_band.rect).intersects(area):
        paint_strip(painter, layout.details_band, scale)  # its title, in the lane column
    for line in layout.lines:
        if area.top() - 20.0 <= line.y <= area.bottom() + 20.0:
            lp.paint_blueprint_line(painter, line, scale)


def _draw_shifted(painter: QPainter, block: TextBlock, dx: float, dy: float,
                  scale: float) -> None:
    if dx or dy:
        painter.save()
        painter.translate(dx, dy)
        lp.draw_block(painter, block, scale)
        painter.restore()
    else:
        lp.draw_block(painter, block, scale)


@lru_cache(maxsize=1024)
def _text_extent(block: TextBlock) -> tuple[float, float]:
    """The width of a title's longest line and the height from its first line's top to its
    last line's descent (board points)."""
    if not block.lines:
        return 0.0, 0.0
    width = max(text_width(line, block.size, block.weight) for line in block.lines)
    height = block.baselines[-1] - block.baselines[0] + block.size * 1.25
    return width, height


def _slide_right(stage: StageHeader, clear_left: float) -> float:
    """How far a stage's title moves right so it starts where the view is clear (never past
    its header's right padding)."""
    rect, title = stage.rect, stage.title
    if clear_left <= rect.x or not title.lines:
        return 0.0
    padding = title.x - rect.x
    width = _text_extent(title)[0]
    if stage.time is not None:
        width = max(width, _text_extent(stage.time)[0])
    room = rect.right - padding - (title.x + width)
    return max(0.0, min(clear_left - rect.x, room))


def _slide_down(lane: LaneRow, clear_top: float) -> float:
    """How far a lane's title moves down so it starts where the view is clear (never past
    its header's bottom padding)."""
    header, title = lane.header, lane.title
    if clear_top <= header.y or not title.lines:
        return 0.0
    top = title.baselines[0] - title.size
    padding = top - header.y
    room = header.bottom - padding - (top + _text_extent(title)[1])
    return max(0.0, min(clear_top - header.y, room))


def slide_reach(layout: BoardLayout) -> tuple[float, float]:
    """How far (board points) from the clear edge a sliding title can reach: the widest stage
    title with its padding (right of the pinned column), the tallest lane title with its
    padding (below the pinned rows). A scroll repaints that much beside the pinned bands."""
    across = max((stage.title.x - stage.rect.x + _text_extent(stage.title)[0]
                  for stage in layout.stages), default=0.0)
    down = max((lane.title.baselines[0] - lane.title.size - lane.header.y
                + _text_extent(lane.title)[1] for lane in layout.lanes if lane.title.lines),
               default=0.0)
    return across, down


def _shadow_strip(vertical: bool) -> QPixmap:
    """The shadow's fade as a 1 × 5 (under a row) or 5 × 1 (beside a column) pixmap."""
    key = "vertical" if vertical else "horizontal"
    strip = _SHADOW_STRIPS.get(key)
    if strip is None:
        size = len(_SHADOW_ALPHAS)
        image = QImage(size if vertical else 1, 1 if vertical else size,
                       QImage.Format.Format_ARGB32)
        for step, alpha in enumerate(_SHADOW_ALPHAS):
            color = QColor(*_SHADOW_INK, alpha)
            image.setPixelColor(step if vertical else 0, 0 if vertical else step, color)
        strip = _SHADOW_STRIPS[key] = QPixmap.fromImage(image)
    return strip


def paint_shadows(painter: QPainter, top: QRectF | None, left: QRectF | None) -> None:
    """Shadows along the pinned edges; `top` and `left` are the pinned bands in the painter's
    (viewport) coordinates: one under the header rows, one right of the lane column."""
    # Stretched along the edge only: plain scaling does (smooth scaling costs 20 times more).
    smooth = painter.testRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    # On whole pixels: a scaled pixmap at a fractional place is sampled relative to the clip,
    # so a partial repaint (a scroll step) would draw it a pixel off from a full one.
    if top is not None:
        strip = _shadow_strip(vertical=False)
        edge = QRect(round(top.left()), round(top.bottom()), round(top.width()), int(SHADOW_PX))
        painter.drawPixmap(edge, strip, strip.rect())
    if left is not None:
        strip = _shadow_strip(vertical=True)
        edge = QRect(round(left.right()), round(left.top()), int(SHADOW_PX), round(left.height()))
        painter.drawPixmap(edge, strip, strip.rect())
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
