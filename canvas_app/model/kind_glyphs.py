"""The glyph of each note kind as Qt-free vector shapes, and where it goes on a note.

Colour is never the only signal of a note's kind: a note carries its kind's glyph in its
top-right corner, inside the note's top padding and right of its text column (so it never covers
text). A plain note (the "Note" kind) has none: the absence of a mark is its mark. The board
(scene/kind_marks.py), the PDF (fileio/pdf_glyphs.py) and the SVG (fileio/svg_draw.py) all draw
these shapes in the box `glyph_box` gives, so they agree by construction.

Shapes are given in a unit square (x to the right, y down, like the layout): polygons, ellipses,
rectangles and cubic curves. A glyph is either filled (non-zero winding: overlapping parts stay
solid) or stroked with round caps and bevel joins (Qt's default join, which the board has always
used), its line width a part of its size. `outline` turns a glyph placed in a box into plain path
operations (move, line, cubic, close) for renderers without ellipses of their own.

Records are NamedTuples, not dataclasses: the board's first picture draws glyphs, and a
dataclass costs start-up time (see layout_geometry).
"""

from __future__ import annotations

from math import cos, pi, sin
from typing import NamedTuple, Optional, Union

from canvas_app.model.kinds import NoteKind
from canvas_app.model.layout_geometry import Point, Rect

# The glyph's box on a note (points): in the top padding band, right of the text column.
GLYPH_SIZE = 7.0
GLYPH_INSET = 1.6
_RIGHT_GAP = 1.0  # a little more room on the right than at the top, off the rounded corner
# A stroked glyph's line width as a part of its box's width, never thinner than MIN_STROKE.
STROKE = 0.16
MIN_STROKE = 0.8
# A quarter ellipse as a cubic Bézier: control points at this part of the radius (Qt's too).
KAPPA = 0.5522847498


class Polygon(NamedTuple):
    """Straight segments through `points`; `closed` joins the last point back to the first."""

    points: tuple[Point, ...]
    closed: bool = True


class Ellipse(NamedTuple):
    center: Point
    rx: float
    ry: float


class Curve(NamedTuple):
    """Cubic Bézier pieces from `start`: each piece is (control 1, control 2, end)."""

    start: Point
    pieces: tuple[tuple[Point, Point, Point], ...]
    closed: bool = False


# A rectangle shape is a layout Rect (x, y, width, height).
Shape = Union[Polygon, Ellipse, Rect, Curve]


class Glyph(NamedTuple):
    shapes: tuple[Shape, ...]
    filled: bool  # False: stroked (`stroke_width`), not filled


class PathOp(NamedTuple):
    """One path operation: "M" (x, y), "L" (x, y), "C" (x1, y1, x2, y2, x, y) or "Z" ()."""

    op: str
    coords: tuple[float, ...]


def _polygon(*points: tuple[float, float], closed: bool = True) -> Polygon:
    return Polygon(tuple(Point(x, y) for x, y in points), closed)


def _star(spikes: int, inner: float) -> Polygon:
    points = []
    for i in range(spikes * 2):
        radius = 0.5 if i % 2 == 0 else 0.5 * inner
        angle = -pi / 2 + i * pi / spikes
        points.append((0.5 + radius * cos(angle), 0.5 + radius * sin(angle)))
    return _polygon(*points)


def _circle(radius: float, cx: float = 0.5, cy: float = 0.5) -> Ellipse:
    return Ellipse(Point(cx, cy), radius, radius)


def _curve(start: tuple[float, float], *pieces: tuple[float, float, float, float, float, float],
           closed: bool = False) -> Curve:
    return Curve(Point(*start), tuple((Point(a, b), Point(c, d), Point(e, f))
                                      for a, b, c, d, e, f in pieces), closed)


# The board drew these shapes on a 7-point box before they moved here; the radii and insets
# keep those figures (an inset of 0.8 points is 0.8 / 7 of the box), so the board looks the same.
_S = GLYPH_SIZE
_DIAMOND = ((0.5, 0.0), (1.0, 0.5), (0.5, 1.0), (0.0, 0.5))
_BAR = 0.3  # the width of the support cross's bars

GLYPHS: dict[NoteKind, Glyph] = {
    # ▶ doing something
    NoteKind.ACTION: Glyph((_polygon((0.15, 0.05), (0.95, 0.5), (0.15, 0.95)),), True),
    # ○ a thought bubble
    NoteKind.THOUGHT: Glyph((_circle(0.5 - 0.8 / _S),), False),
    # ♥
    NoteKind.EMOTION: Glyph((_curve((0.5, 0.95), (-0.1, 0.5, 0.1, -0.05, 0.5, 0.3),
                                    (0.9, -0.05, 1.1, 0.5, 0.5, 0.95)),), True),
    # ● a point of contact
    NoteKind.TOUCHPOINT: Glyph((_circle(0.5 - 0.6 / _S),), True),
    # two rails
    NoteKind.CHANNEL: Glyph((Rect(0.0, 0.15, 1.0, 0.25), Rect(0.0, 0.6, 1.0, 0.25)), True),
    # ▲ a warning
    NoteKind.PAIN_POINT: Glyph((_polygon((0.5, 0.0), (1.0, 0.95), (0.0, 0.95)),), True),
    # ★
    NoteKind.OPPORTUNITY: Glyph((_star(5, 0.45),), True),
    # ✳ a spark
    NoteKind.IDEA: Glyph((_star(8, 0.35),), True),
    # ◎ a target
    NoteKind.GOAL: Glyph((_circle(0.5 - 0.5 / _S), _circle(0.2)), False),
    # three rising bars
    NoteKind.KPI: Glyph(tuple(Rect(i * 0.36, 1.0 - height, 0.28, height)
                              for i, height in enumerate((0.45, 0.7, 1.0))), True),
    # ■ a document
    NoteKind.EVIDENCE: Glyph((Rect(0.6 / _S, 0.3 / _S, 1.0 - 1.2 / _S, 1.0 - 0.6 / _S),), True),
    # ◇ seen by the customer (drawn back to its first point rather than closed, as it always was)
    NoteKind.FRONTSTAGE: Glyph((_polygon(*_DIAMOND, _DIAMOND[0], closed=False),), False),
    # ◆ hidden from the customer
    NoteKind.BACKSTAGE: Glyph((_polygon(*_DIAMOND),), True),
    # ✚
    NoteKind.SUPPORT: Glyph((Rect(0.5 - _BAR / 2, 0.0, _BAR, 1.0),
                             Rect(0.0, 0.5 - _BAR / 2, 1.0, _BAR)), True),
    # ? a hook and a dot (the dot's centre was 0.92, a hair past the box's bottom)
    NoteKind.QUESTION: Glyph((_curve((0.2, 0.3), (0.2, -0.05, 0.85, -0.05, 0.8, 0.3),
                                     (0.75, 0.5, 0.5, 0.45, 0.5, 0.7)),
                              _circle(0.09, 0.5, 0.91)), False),
}


def glyph(kind: NoteKind) -> Optional[Glyph]:
    """The glyph of `kind` in the unit square; None for a plain note."""
    return GLYPHS.get(kind)


def glyph_box(note: Rect) -> Rect:
    """Where a note's glyph goes: its top-right corner, inside the padding (the legend's note
    samples put it in the same place)."""
    return Rect(note.x + note.width - GLYPH_INSET - GLYPH_SIZE - _RIGHT_GAP, note.y + GLYPH_INSET,
                GLYPH_SIZE, GLYPH_SIZE)


def stroke_width(box: Rect) -> float:
    """The line width of a stroked glyph drawn in `box`."""
    return max(box.width * STROKE, MIN_STROKE)


def place(shape: Shape, box: Rect) -> Shape:
    """`shape` (in the unit square) scaled into `box`."""
    x0, y0, w, h = box

    def at(point: Point) -> Point:
        return Point(x0 + point.x * w, y0 + point.y * h)

    if isinstance(shape, Polygon):
        return Polygon(tuple(at(p) for p in shape.points), shape.closed)
    if isinstance(shape, Ellipse):
        return Ellipse(at(shape.center), shape.rx * w, shape.ry * h)
    if isinstance(shape, Curve):
        return Curve(at(shape.start), tuple((at(a), at(b), at(c)) for a, b, c in shape.pieces),
                     shape.closed)
    return Rect(x0 + shape.x * w, y0 + shape.y * h, shape.width * w, shape.height * h)


def outline(shape: Shape) -> tuple[PathOp, ...]:
    """`shape` as path operations (an ellipse as four quarter Béziers from its rightmost point,
    as Qt and reportlab draw one)."""
    if isinstance(shape, Polygon):
        first, *rest = shape.points
        ops = [PathOp("M", first), *(PathOp("L", p) for p in rest)]
        return tuple(ops + [PathOp("Z", ())] if shape.closed else ops)
    if isinstance(shape, Ellipse):
        (cx, cy), rx, ry = shape
        kx, ky = rx * KAPPA, ry * KAPPA
        return (PathOp("M", (cx + rx, cy)),
                PathOp("C", (cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry)),
                PathOp("C", (cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy)),
                PathOp("C", (cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry)),
                PathOp("C", (cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy)),
                PathOp("Z", ()))
    if isinstance(shape, Curve):
        ops = [PathOp("M", shape.start)]
        ops += [PathOp("C", (*a, *b, *c)) for a, b, c in shape.pieces]
        return tuple(ops + [PathOp("Z", ())] if shape.closed else ops)
    x, y, w, h = shape
    return (PathOp("M", (x, y)), PathOp("L", (x + w, y)), PathOp("L", (x + w, y + h)),
            PathOp("L", (x, y + h)), PathOp("Z", ()))


def glyph_outline(kind: NoteKind, box: Rect) -> tuple[PathOp, ...]:
    """The path of `kind`'s glyph placed in `box` (empty for a plain note)."""
    found = GLYPHS.get(kind)
    if found is None:
        return ()
    return tuple(op for shape in found.shapes for op in outline(place(shape, box)))
