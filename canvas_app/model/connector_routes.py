"""Routes of connectors that would cross notes: through the gutters of the grid instead.

A connector between two columns is first drawn as one S-shaped Bézier from the source's facing
side to the target's. When that curve runs over another note (an arrow from stage 1 to stage 3
across the note between them, or down past the notes of the column it enters), the arrow takes
the grid's gutters instead: out of the source's side to its cell's edge (the column gutter), along
it to a lane boundary (the lane gutter), along that to the target's column gutter, and into the
target's side. Notes sit inside their cells with a padding on every side, so the gutters are
clear of notes by construction; the corners are rounded.

Qt-free: the route is a tuple of cubic pieces, drawn alike by the screen, the PDF and the SVG.
"""

from __future__ import annotations

import math
from typing import Callable, Sequence

from canvas_app.model.layout_geometry import CubicSegment, Point, Rect

# How far a corner is rounded, at most (points); less where a leg is shorter.
CORNER_RADIUS = 8.0
# Bézier handle length for a quarter circle, as a share of the radius.
_KAPPA = 0.5523
# Parameters at which a curve is tested for crossing notes (its ends lie on its own notes).
_PROBES = tuple(step / 40 for step in range(2, 39))


def curve_point(segment: CubicSegment, t: float) -> Point:
    """The Bézier point of one piece at parameter `t`."""
    u = 1.0 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return Point(
        a * segment.start.x + b * segment.c1.x + c * segment.c2.x + d * segment.end.x,
        a * segment.start.y + b * segment.c1.y + c * segment.c2.y + d * segment.end.y,
    )


def crosses(segment: CubicSegment, on_other_note: Callable[[Point], bool]) -> bool:
    """Whether the curve passes over a note other than its own two (tested at close steps)."""
    return any(on_other_note(curve_point(segment, t)) for t in _PROBES)


def gutter_route(start: Point, base: Point, source_cell: Rect, target_cell: Rect,
                 lane_edges: Sequence[float]) -> tuple[CubicSegment, ...]:
    """From `start` (on the source note's side) to `base` (the arrowhead's base, beside the
    target note) through the gutters: the source cell's edge facing the target, the lane
    boundary in `lane_edges` nearest the two ends' mean height (between the two cells' lanes),
    and the target cell's facing edge."""
    rightwards = base.x > start.x
    out_x = source_cell.right if rightwards else source_cell.x
    in_x = target_cell.x if rightwards else target_cell.right
    low = min(source_cell.y, target_cell.y)
    high = max(source_cell.bottom, target_cell.bottom)
    edges = [y for y in lane_edges if low - 0.5 <= y <= high + 0.5] or [low, high]
    middle = (start.y + base.y) / 2
    lane_y = min(edges, key=lambda y: (abs(y - middle), y))
    if abs(out_x - in_x) < 0.5:  # neighbouring columns: one shared gutter, no lane leg
        points = [start, Point(out_x, start.y), Point(out_x, base.y), base]
    else:
        points = [start, Point(out_x, start.y), Point(out_x, lane_y), Point(in_x, lane_y),
                  Point(in_x, base.y), base]
    return rounded_polyline(points, CORNER_RADIUS)


def rounded_polyline(points: Sequence[Point], radius: float) -> tuple[CubicSegment, ...]:
    """The polyline through `points` as cubic pieces: straight legs, corners rounded by up to
    `radius` (less where a leg is short); points repeated or in line are dropped first."""
    kept = _significant(points)
    if len(kept) < 2:
        return (CubicSegment(points[0], points[0], points[-1], points[-1]),)
    pieces: list[CubicSegment] = []
    cursor = kept[0]
    for before, corner, after in zip(kept, kept[1:], kept[2:]):
        room = min(_distance(before, corner), _distance(corner, after)) / 2
        r = min(radius, room)
        enter = _towards(corner, before, r)
        leave = _towards(corner, after, r)
        pieces.append(_line(cursor, enter))
        pieces.append(CubicSegment(enter, _towards(enter, corner, r * _KAPPA),
                                   _towards(leave, corner, r * _KAPPA), leave))
        cursor = leave
    pieces.append(_line(cursor, kept[-1]))
    return tuple(piece for piece in pieces if piece.start != piece.end)


def _significant(points: Sequence[Point]) -> list[Point]:
    kept: list[Point] = []
    for point in points:
        if kept and _distance(kept[-1], point) < 1e-6:
            continue
        if len(kept) >= 2 and _collinear(kept[-2], kept[-1], point):
            kept[-1] = point
            continue
        kept.append(point)
    return kept


def _collinear(a: Point, b: Point, c: Point) -> bool:
    return abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) < 1e-6


def _distance(a: Point, b: Point) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def _towards(origin: Point, target: Point, length: float) -> Point:
    """The point `length` along the way from `origin` to `target`."""
    distance = _distance(origin, target)
    if distance == 0.0:
        return origin
    share = length / distance
    return Point(origin.x + (target.x - origin.x) * share, origin.y + (target.y - origin.y) * share)


def _line(a: Point, b: Point) -> CubicSegment:
    """A straight leg as a cubic piece (handles a third of the way from each end)."""
    return CubicSegment(a, _towards(a, b, _distance(a, b) / 3), _towards(b, a, _distance(a, b) / 3),
                        b)

