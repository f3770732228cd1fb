"""Connector geometry: a cubic Bézier from an edge of the source note to an edge of the target.

Between columns the arrow leaves the facing side and enters the facing side; when that S-curve
would run over another note it takes the grid's gutters instead (`connector_routes`). Within one
column it bows out to the right through the gutter, so it never crosses the notes stacked in
between. The label goes on the line where it covers no note (`layout_labels.place_label_box`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Sequence

from canvas_app.model.connector_routes import crosses, gutter_route
from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import (
    ConnectorLayout,
    CubicSegment,
    Point,
    Rect,
    TextBlock,
)
from canvas_app.model.layout_labels import ObstacleIndex, place_label_box
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import block_height, text_block, text_width

if TYPE_CHECKING:
    from canvas_app.model.records import Connector

_LABEL_PADDING = 3.0


class ConnectorGrid(NamedTuple):
    """What routing needs of the board: where the notes are, their cells, the lane boundaries."""

    notes: ObstacleIndex  # the note boxes an arrow between columns could run over
    cells: dict[str, Rect]  # note id -> the rectangle of its cell
    lane_edges: Sequence[float]  # the y of every lane boundary, top to bottom


def build_connector(
    connector: Connector, source: Rect, target: Rect, style: LayoutStyle,
    obstacles: ObstacleIndex | None = None, grid: ConnectorGrid | None = None,
) -> ConnectorLayout:
    """The connector's line and arrowhead (routed through the gutters when `grid` shows the
    direct curve crossing a note); its label, if any, placed clear of `obstacles` (the notes,
    headers and labels placed before), and then added to them."""
    source_mid = source.y + source.height / 2
    target_mid = target.y + target.height / 2
    length = style.arrow_length
    if target.x >= source.right:
        start = Point(source.right, source_mid)
        tip = Point(target.x, target_mid)
        direction = 1.0
        reach = (tip.x - start.x) / 2
        c1 = Point(start.x + reach, start.y)
        base = Point(tip.x - length, tip.y)
        c2 = Point(base.x - reach, base.y)
    elif target.right <= source.x:
        start = Point(source.x, source_mid)
        tip = Point(target.right, target_mid)
        direction = -1.0
        reach = (start.x - tip.x) / 2
        c1 = Point(start.x - reach, start.y)
        base = Point(tip.x + length, tip.y)
        c2 = Point(base.x + reach, base.y)
    else:
        # Same column: out of the source's right side, round through the gutter, back in.
        bow = 26.0
        start = Point(source.right, source_mid)
        tip = Point(target.right, target_mid)
        direction = -1.0
        base = Point(tip.x + length, tip.y)
        c1 = Point(start.x + bow, start.y)
        c2 = Point(base.x + bow, base.y)
    half = style.arrow_half_width
    back = tip.x - direction * length
    arrow = (tip, Point(back, tip.y - half), Point(back, tip.y + half))
    segments: tuple[CubicSegment, ...] = (CubicSegment(start, c1, c2, base),)
    if grid is not None and connector.source in grid.cells and connector.target in grid.cells \
            and (target.x >= source.right or target.right <= source.x):
        own = (source, target)
        if crosses(segments[0], lambda p: any(
                rect not in own for rect in grid.notes.rects_meeting(Rect(p.x, p.y, 0.0, 0.0)))):
            segments = gutter_route(start, base, grid.cells[connector.source],
                                    grid.cells[connector.target], grid.lane_edges)
    label, label_box = _label(connector.label, segments, style,
                              obstacles if obstacles is not None else ObstacleIndex())
    return ConnectorLayout(
        connector_id=connector.id,
        source_id=connector.source,
        target_id=connector.target,
        segments=segments,
        arrow=arrow,
        color=style.connector_color,
        line_width=style.connector_width,
        label=label,
        label_box=label_box,
    )


def _label(
    text: str, path: tuple[CubicSegment, ...], style: LayoutStyle, obstacles: ObstacleIndex
) -> tuple[TextBlock | None, Rect | None]:
    """The label on the curve clear of the obstacles, with the box drawn behind it."""
    if not text:
        return None, None
    size = style.connector_label_size
    weight = FontWeight.REGULAR
    block = text_block(text, 0.0, 0.0, style.connector_label_width, size,
                       style.connector_label_leading, weight, style.muted_ink)
    widest = max(text_width(line, size, weight) for line in block.lines)
    height = block_height(len(block.lines), size, style.connector_label_leading, weight)
    box = place_label_box(path, widest + 2 * _LABEL_PADDING, height + 2 * _LABEL_PADDING,
                          obstacles)
    obstacles.add(box)  # the next connector's label keeps clear of this one
    placed = text_block(text, box.x + _LABEL_PADDING, box.y + _LABEL_PADDING,
                        style.connector_label_width, size, style.connector_label_leading, weight,
                        style.muted_ink)
    return placed, box
