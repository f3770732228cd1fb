"""Where the frozen headers go: pure geometry of the pinned header rows and lane title column.

Like a spreadsheet's frozen panes: once the board's header rows (phases, the funnel row, the
stage headers with their times of day) are scrolled above the viewport's top, a copy of them is
drawn pinned there, still aligned with its columns; once the lane header column is scrolled past
the viewport's left edge, a copy is drawn pinned at the left, aligned with its rows; where both
are pinned, the corner is pinned too. The campaign band (below the stage headers, often 200 pt
tall) is not pinned: it would take a third of a laptop screen, and the stage titles above it are
what tell a column apart. Neither band is pinned when it would cover more than MAX_SHARE of the
viewport (zoomed far in, in a small window).

Everything here is in board points (scene units) and Qt-free, so it is cheap to call on every
paint and easy to test. A `Band` is a visible area showing the real board's content shifted by
(dx, dy): the real point (x, y) is drawn at (x + dx, y + dy).
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from canvas_app.model.layout_geometry import BoardLayout, Rect

# A header moved by less than this (points) is where it belongs: nothing is pinned.
_EPSILON = 0.01
# A band that would cover more of the viewport than this share (the lane column at 400 % in a
# narrow window) is not pinned: it would hide the very notes being worked on.
MAX_SHARE = 0.4


class Band(NamedTuple):
    """A pinned area (scene coordinates) and the shift from the real board to it."""

    area: Rect
    dx: float
    dy: float

    def holds(self, x: float, y: float) -> bool:
        area = self.area
        return area.x <= x < area.right and area.y <= y < area.bottom


class Pins(NamedTuple):
    """What is pinned for one scroll position: the header rows at the top, the lane header
    column at the left and the corner where both meet (each None when not pinned)."""

    top: Optional[Band] = None
    left: Optional[Band] = None
    corner: Optional[Band] = None

    def bands(self) -> tuple[Band, ...]:
        """The pinned bands in painting order (the corner last, over both)."""
        return tuple(b for b in (self.left, self.top, self.corner) if b is not None)

    def any(self) -> bool:
        return self.top is not None or self.left is not None

    def band_at(self, x: float, y: float) -> Optional[Band]:
        """The pinned band drawn at the scene point (x, y), the topmost one first."""
        for band in (self.corner, self.top, self.left):
            if band is not None and band.holds(x, y):
                return band
        return None

    def source_point(self, x: float, y: float) -> Optional[tuple[float, float]]:
        """The real board point whose pinned copy is drawn at (x, y); None outside the bands."""
        band = self.band_at(x, y)
        if band is None:
            return None
        return x - band.dx, y - band.dy


NO_PINS = Pins()


def header_rows(layout: BoardLayout) -> Optional[tuple[float, float]]:
    """The top and bottom (board points) of the rows pinned at the top: from the board's top
    down to the stage headers' bottom and the one-point gap under them (phases and the funnel
    row lie above the stage headers; the campaign band below is left out). None without stages."""
    if not layout.stages:
        return None
    top = min(header.rect.y for header in layout.stages)
    bottom = max(header.rect.bottom for header in layout.stages)
    for phase in layout.phases:
        top = min(top, phase.rect.y)
    if layout.funnel is not None and layout.funnel.strip.rect.bottom <= bottom:
        top = min(top, layout.funnel.strip.rect.y)
    # The row below the stage headers (campaign band or first lane) starts after a gap of
    # background: the copy includes it, so it ends exactly where the real next row begins.
    below = [layout.details_band.rect.y] if layout.details_band is not None else []
    below += [lane.rect.y for lane in layout.lanes[:1]]
    following = min((y for y in below if y >= bottom), default=bottom)
    return top, following


def lane_column(layout: BoardLayout) -> Optional[tuple[float, float]]:
    """The left and right (board points) of the lane header column pinned at the left, up to
    the first stage column (its grid line included). None without lanes."""
    if not layout.lanes:
        return None
    left = min(lane.header.x for lane in layout.lanes)
    right = layout.stages[0].rect.x if layout.stages else layout.lane_header_width + 1.0
    return left, max(right, layout.lane_header_width)


def pins(layout: BoardLayout, visible: Rect) -> Pins:
    """What is pinned when the viewport shows `visible` (scene coordinates) of `layout`."""
    rows = header_rows(layout)
    column = lane_column(layout)
    if rows is None and column is None:
        return NO_PINS
    lanes_bottom = layout.lanes[-1].rect.bottom if layout.lanes else layout.height
    top: Optional[Band] = None
    if rows is not None and layout.lanes:
        row_top, row_bottom = rows
        height = row_bottom - row_top
        # Pinned while its real place is above the view and some of the lanes still show.
        if (visible.y > row_top + _EPSILON and visible.y + height < lanes_bottom
                and height <= visible.height * MAX_SHARE):
            left_edge = max(visible.x, 0.0)
            right_edge = min(visible.right, layout.width)
            if right_edge > left_edge:
                top = Band(Rect(left_edge, visible.y, right_edge - left_edge, height), 0.0,
                           visible.y - row_top)
    left: Optional[Band] = None
    if column is not None:
        column_left, column_right = column
        width = column_right - column_left
        if (visible.x > column_left + _EPSILON and visible.x + width < layout.width
                and width <= visible.width * MAX_SHARE):
            first = rows[0] if rows is not None else layout.lanes[0].rect.y
            top_edge = max(visible.y, first)
            bottom_edge = min(visible.bottom, lanes_bottom)
            if bottom_edge > top_edge:
                left = Band(Rect(visible.x, top_edge, width, bottom_edge - top_edge),
                            visible.x - column_left, 0.0)
    corner: Optional[Band] = None
    if top is not None and left is not None:
        corner = Band(Rect(left.area.x, top.area.y, left.area.width, top.area.height),
                      left.dx, top.dy)
    return Pins(top, left, corner)
