"""Where a connector's label goes: on its curve, but never over a note.

The label used to sit at the curve's midpoint, which often lies on a note (the curve runs across
cells). Here candidate boxes are tried along the curve, middle first (t = 0.5, 0.45, 0.55, …), each
centred on the curve point and then beside it (right, left, below, above); the first box meeting
no obstacle wins. Obstacles are the notes, the header band and the lane headers, and the labels
placed before (connectors are placed in map order, so the result is deterministic and the screen
and the PDF, which both read the layout, agree). When no box on the curve is clear, the label
moves off the curve to the nearest clear spot within a short distance (the gutter between two
lanes, next to the arrow). When there is none either (notes packed all around, as when a short
arrow joins two notes side by side in the first lane), the box on the curve covering the least
note text wins, then the least obstacle area, then the earliest.

A uniform grid of buckets holds the obstacles, so a candidate is tested against the few notes near
it, not against every note of a thousand-note map.
"""

from __future__ import annotations

import math
from typing import Callable, Iterator

from canvas_app.model.connector_routes import curve_point
from canvas_app.model.layout_geometry import CubicSegment, Point, Rect, TextBlock
from canvas_app.model.layout_text import text_width

# Bucket side in points: about one stage column wide, so a label box meets at most a few buckets.
_BUCKET = 240.0
# Curve parameters tried, nearest the middle first; the ends stay clear of the arrowhead and the
# source note's edge.
_STEPS = (0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85)
# Gap between the curve point and a label placed beside it.
_GAP = 2.0
# When no box touching the curve is clear (a short arrow across the narrow gutter between two
# notes side by side), the label moves off the curve by growing steps, to the nearest clear spot:
# usually the gutter between two lanes just above or below the arrow.
_SHIFTS = tuple(4.0 * step for step in range(1, 21))
_SHIFT_STEPS = (0.5, 0.4, 0.6, 0.3, 0.7)
# How far a label's box can lie from its curve (callers size their search areas by it).
MAX_LABEL_REACH = _SHIFTS[-1] + _GAP


class _Obstacle:
    """A rectangle to keep clear of, the text blocks and marks inside it (texts None: all of it
    is ink)."""

    __slots__ = ("rect", "texts", "marks", "_ink")

    def __init__(self, rect: Rect, texts: tuple[TextBlock | None, ...] | None,
                 marks: Callable[[], tuple[Rect, ...]] | None) -> None:
        self.rect = rect
        self.texts = texts
        self.marks = marks  # asked only by the fallback: building the index stays cheap
        self._ink: tuple[Rect, ...] | None = None

    def ink(self) -> tuple[Rect, ...]:
        """The rectangles its text lines and marks cover (the whole rectangle when it has no
        text); measured once, when the fallback first asks."""
        if self._ink is None:
            if self.texts is None:
                self._ink = (self.rect,)
            else:
                rects = list(self.marks()) if self.marks is not None else []
                for block in self.texts:
                    if block is None:
                        continue
                    rects += [Rect(block.x, baseline - block.size,
                                   text_width(line, block.size, block.weight), block.size * 1.3)
                              for line, baseline in zip(block.lines, block.baselines)]
                self._ink = tuple(rects)
        return self._ink


# One bucket entry: the obstacle's edges as plain floats (left, top, right, bottom) for a fast
# test, and the obstacle.
_Entry = tuple[float, float, float, float, _Obstacle]


class ObstacleIndex:
    """Rectangles bucketed on a uniform grid; answers "what does this box overlap?"."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], list[_Entry]] = {}

    def add(self, rect: Rect, texts: tuple[TextBlock | None, ...] | None = None,
            marks: Callable[[], tuple[Rect, ...]] | None = None) -> None:
        """Keep labels off `rect`; `texts` are the text blocks inside it and `marks` gives the
        boxes of its other marks (a note's kind glyph), if it is not all ink: the fallback
        prefers covering a note's margin to covering its words or glyph."""
        x, y = rect.x, rect.y
        right, bottom = x + rect.width, y + rect.height
        entry = (x, y, right, bottom, _Obstacle(rect, texts, marks))
        buckets = self._buckets
        x0, x1 = int(x // _BUCKET), int(right // _BUCKET)
        y0, y1 = int(y // _BUCKET), int(bottom // _BUCKET)
        for ix in range(x0, x1 + 1):
            for iy in range(y0, y1 + 1):
                bucket = buckets.get((ix, iy))
                if bucket is None:
                    buckets[ix, iy] = [entry]
                else:
                    bucket.append(entry)

    def _overlapping(self, box: Rect) -> list[_Obstacle]:
        """The obstacles meeting `box`, each once."""
        left, top, right, bottom = box.x, box.y, box.x + box.width, box.y + box.height
        found: list[_Obstacle] = []
        buckets = self._buckets
        for key in _keys(box):
            for x0, y0, x1, y1, obstacle in buckets.get(key, ()):
                if x0 < right and x1 > left and y0 < bottom and y1 > top \
                        and obstacle not in found:
                    found.append(obstacle)
        return found

    def rects_meeting(self, box: Rect) -> list[Rect]:
        """The rectangles of the obstacles meeting `box`, each once."""
        return [obstacle.rect for obstacle in self._overlapping(box)]

    def is_clear(self, box: Rect) -> bool:
        left, top, right, bottom = box.x, box.y, box.x + box.width, box.y + box.height
        buckets = self._buckets
        for key in _keys(box):
            for x0, y0, x1, y1, _ in buckets.get(key, ()):
                if x0 < right and x1 > left and y0 < bottom and y1 > top:
                    return False
        return True

    def cost(self, box: Rect) -> tuple[float, float]:
        """How badly `box` covers things: the ink area it covers, then the obstacle area."""
        ink = area = 0.0
        for obstacle in self._overlapping(box):
            area += _common_area(obstacle.rect, box)
            ink += sum(_common_area(rect, box) for rect in obstacle.ink())
        return ink, area


def _common_area(a: Rect, b: Rect) -> float:
    width = min(a.x + a.width, b.x + b.width) - max(a.x, b.x)
    height = min(a.y + a.height, b.y + b.height) - max(a.y, b.y)
    return width * height if width > 0 and height > 0 else 0.0


def _keys(rect: Rect) -> list[tuple[int, int]]:
    """The buckets `rect` meets (floor division: boxes left of or above the origin work too)."""
    x0, x1 = int(rect.x // _BUCKET), int((rect.x + rect.width) // _BUCKET)
    y0, y1 = int(rect.y // _BUCKET), int((rect.y + rect.height) // _BUCKET)
    if x0 == x1 and y0 == y1:
        return [(x0, y0)]
    return [(ix, iy) for ix in range(x0, x1 + 1) for iy in range(y0, y1 + 1)]


def point_at(path: tuple[CubicSegment, ...], t: float) -> Point:
    """The point at share `t` of the way along a line of joined pieces (by length, measured on
    their control polygons: exact for straight legs, close for the short rounded corners)."""
    if len(path) == 1:
        return curve_point(path[0], t)
    lengths = [_polygon_length(piece) for piece in path]
    goal = t * sum(lengths)
    for piece, length in zip(path, lengths):
        if goal <= length and length > 0.0:
            return curve_point(piece, goal / length)
        goal -= length
    return path[-1].end


def _polygon_length(piece: CubicSegment) -> float:
    points = (piece.start, piece.c1, piece.c2, piece.end)
    return sum(math.hypot(a.x - b.x, a.y - b.y) for a, b in zip(points, points[1:]))


def _candidates(path: tuple[CubicSegment, ...], width: float, height: float) -> Iterator[Rect]:
    """Label boxes touching the curve, in order of preference."""
    anchors: tuple[Callable[[Point], Rect], ...] = (
        lambda p: Rect(p.x - width / 2, p.y - height / 2, width, height),
        lambda p: Rect(p.x + _GAP, p.y - height / 2, width, height),
        lambda p: Rect(p.x - _GAP - width, p.y - height / 2, width, height),
        lambda p: Rect(p.x - width / 2, p.y + _GAP, width, height),
        lambda p: Rect(p.x - width / 2, p.y - _GAP - height, width, height),
    )
    for t in _STEPS:
        point = point_at(path, t)
        for anchor in anchors:
            yield anchor(point)


def _shifted(path: tuple[CubicSegment, ...], width: float, height: float) -> Iterator[Rect]:
    """Label boxes centred off the curve, nearest first: up, down, right, left."""
    centres = [point_at(path, t) for t in _SHIFT_STEPS]
    for shift in _SHIFTS:
        for p in centres:
            x, y = p.x - width / 2, p.y - height / 2
            yield Rect(x, y - shift, width, height)
            yield Rect(x, y + shift, width, height)
            yield Rect(x + shift, y, width, height)
            yield Rect(x - shift, y, width, height)


def place_label_box(path: tuple[CubicSegment, ...], width: float, height: float,
                    obstacles: ObstacleIndex) -> Rect:
    """The first candidate box on the curve meeting no obstacle, else the nearest clear one off
    the curve, else the candidate on the curve covering the least text, then the least area."""
    on_curve = list(_candidates(path, width, height))
    for box in on_curve:
        if obstacles.is_clear(box):
            return box
    for box in _shifted(path, width, height):
        if obstacles.is_clear(box):
            return box
    # min() keeps the first of equal costs, so the choice stays deterministic.
    return min(on_curve, key=obstacles.cost)
