"""Kind glyphs on PDF pages: the core's shapes (model/kind_glyphs.py) as vector path operators, so a
printed note carries the same mark as on screen (colour is never the only sign of its kind).

Pages are set up with y pointing down (pdf_ink), like the layout, so the shapes' coordinates are
written as they are. Each kind's path is formatted once per glyph size, at the origin, and placed
with a translation (`q 1 0 0 1 x y cm … Q`): formatting a glyph's twenty-odd numbers for each of
thousands of notes cost a third of a poster's export. Round caps and bevel joins are the board's
pen.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Iterable

from canvas_app.fileio.pdf_ink import Ink
from canvas_app.model import kind_glyphs
from canvas_app.model.kinds import NoteKind
from canvas_app.model.layout_geometry import NoteBox, Rect

_OPERATORS = {"M": "m", "L": "l", "C": "c", "Z": "h"}
_CAPS_AND_JOINS = "1 J 2 j"  # round caps, bevel joins


def glyph_path(kind: NoteKind, box: Rect) -> str:
    """The path of `kind`'s glyph in `box` and its painting operator: "f" (filled, non-zero
    winding) or "S" (stroked); "" for a plain note."""
    found = kind_glyphs.glyph(kind)
    if found is None:
        return ""
    parts = []
    for op, coords in kind_glyphs.glyph_outline(kind, box):
        parts.append(" ".join([*(f"{value:.2f}" for value in coords), _OPERATORS[op]]))
    parts.append("f" if found.filled else "S")
    return " ".join(parts)


@lru_cache(maxsize=256)
def _local_path(kind: NoteKind, width: float, height: float) -> str:
    return glyph_path(kind, Rect(0.0, 0.0, width, height))


def placed_glyph(kind: NoteKind, box: Rect) -> str:
    """`kind`'s glyph path (with its painting operator) moved to `box`, in its own graphics
    state ("" for a plain note)."""
    local = _local_path(kind, box.width, box.height)
    return f"q 1 0 0 1 {box.x:.2f} {box.y:.2f} cm {local} Q" if local else ""


def draw_glyph(ink: Ink, kind: NoteKind, box: Rect, color: str) -> None:
    """`kind`'s glyph in `box`, in `color` (nothing for a plain note). A stroked glyph sets its
    line width: call between `begin_glyphs` and `end_glyphs`."""
    found = kind_glyphs.glyph(kind)
    if found is None:
        return
    if found.filled:
        ink.fill_color(color)
    else:
        ink.stroke_color(color)
        ink.line_width(kind_glyphs.stroke_width(box))
    # (The colour and line width are set outside the q … Q, so Ink's record of them holds.)
    ink.ops.append(placed_glyph(kind, box))


def begin_glyphs(ink: Ink) -> None:
    """Save the graphics state and set the glyphs' caps and joins."""
    ink.save()
    ink.ops.append(_CAPS_AND_JOINS)


def end_glyphs(ink: Ink) -> None:
    ink.restore()


def draw_note_glyphs(ink: Ink, notes: Iterable[NoteBox]) -> None:
    """Each note's kind glyph in its top-right corner (kind_glyphs.glyph_box), in the colour of
    the note's text, as the board draws it; grouped by colour so each colour is set once."""
    groups: dict[str, list[NoteBox]] = defaultdict(list)
    for box in notes:
        if box.kind is not NoteKind.NOTE:
            groups[box.text.color].append(box)
    if not groups:
        return
    begin_glyphs(ink)
    for color, boxes in sorted(groups.items()):
        for box in boxes:
            draw_glyph(ink, box.kind, kind_glyphs.glyph_box(box.rect), color)
    end_glyphs(ink)
