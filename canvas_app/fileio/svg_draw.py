"""SVG elements for a BoardLayout, written by hand: rectangles, paths, dashes and text.

Every user string goes through `text()`/`attr()`, which escape it and drop the few code points
XML cannot hold, so nothing typed on a note can become markup. Numbers are written with at most
two decimals. Drawing order follows the PDF (pdf_draw): bands, grid, headers, lines, notes (each
with its kind glyph from model/kind_glyphs.py, as on the board and in the PDF), curves, connectors,
then text on top.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable
from xml.sax.saxutils import escape

from canvas_app.model import kind_glyphs
from canvas_app.model.emotion_curve import curve_series
from canvas_app.model.fonts import FontWeight
from canvas_app.model.kinds import NoteKind
from canvas_app.model.layout_geometry import BoardLayout, CubicSegment, Point, Rect, TextBlock

FONT_FAMILY = "'Be Vietnam Pro', 'Noto Sans', 'Segoe UI', Arial, sans-serif"
# The weights the board draws (layout_style), as CSS numbers; svg_export embeds these faces.
FONT_WEIGHTS = {FontWeight.REGULAR: "400", FontWeight.SEMIBOLD: "600"}
_WEIGHTS = FONT_WEIGHTS
# Code points XML 1.0 forbids (the model already drops C0/C1 controls and lone surrogates).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTRIBUTE_ESCAPES = {'"': "&quot;", "\n": "&#10;", "\t": "&#9;"}


def number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def text(value: str) -> str:
    """`value` as XML character data."""
    return escape(_NOT_XML.sub("", value))


def attr(value: str) -> str:
    """`value` as the inside of a double-quoted XML attribute."""
    return escape(_NOT_XML.sub("", value), _ATTRIBUTE_ESCAPES)


def rect(box: Rect, fill: str, stroke: str | None = None, width: float = 0.0,
         radius: float = 0.0) -> str:
    parts = [f'<rect x="{number(box.x)}" y="{number(box.y)}" width="{number(box.width)}" '
             f'height="{number(box.height)}"']
    if radius:
        parts.append(f' rx="{number(radius)}"')
    parts.append(f' fill="{fill}"')
    if stroke is not None:
        parts.append(f' stroke="{stroke}" stroke-width="{number(width)}"')
    parts.append("/>")
    return "".join(parts)


def _dash(dash: tuple[float, ...]) -> str:
    return f' stroke-dasharray="{" ".join(number(d) for d in dash)}"' if dash else ""


def line(start: Point, end: Point, stroke: str, width: float,
         dash: tuple[float, ...] = ()) -> str:
    return (f'<line x1="{number(start.x)}" y1="{number(start.y)}" x2="{number(end.x)}" '
            f'y2="{number(end.y)}" stroke="{stroke}" stroke-width="{number(width)}"'
            f'{_dash(dash)}/>')


def curve_path(segments: Iterable[CubicSegment], stroke: str, width: float,
               dash: tuple[float, ...] = ()) -> str:
    pieces = list(segments)
    if not pieces:
        return ""
    first = pieces[0].start
    data = [f"M{number(first.x)} {number(first.y)}"]
    data += [f"C{number(s.c1.x)} {number(s.c1.y)} {number(s.c2.x)} {number(s.c2.y)} "
             f"{number(s.end.x)} {number(s.end.y)}" for s in pieces]
    return (f'<path d="{" ".join(data)}" fill="none" stroke="{stroke}" '
            f'stroke-width="{number(width)}" stroke-linecap="round" stroke-linejoin="round"'
            f'{_dash(dash)}/>')


def kind_glyph(kind: NoteKind, box: Rect, color: str) -> str:
    """`kind`'s glyph in `box` as one <path>, filled with the non-zero rule or stroked with the
    board's round caps and bevel joins; "" for a plain note. Its class and data-kind name it for
    whoever edits the file. The path is written once per kind and size, at the origin, and moved
    into place with a translation: formatting every glyph's numbers doubled an export's time."""
    local = _local_glyph(kind, box.width, box.height, color)
    if not local:
        return ""
    return f'<path transform="translate({number(box.x)} {number(box.y)})" {local}/>'


@lru_cache(maxsize=256)
def _local_glyph(kind: NoteKind, width: float, height: float, color: str) -> str:
    """The attributes of `kind`'s glyph in a `width` × `height` box at the origin."""
    found = kind_glyphs.glyph(kind)
    if found is None:
        return ""
    box = Rect(0.0, 0.0, width, height)
    # Ellipses come as Béziers: SVG Tiny has no arcs.
    data = "".join(op + " ".join(number(value) for value in coords)
                   for op, coords in kind_glyphs.glyph_outline(kind, box))
    if found.filled:
        paint = f'fill="{color}" fill-rule="nonzero"'
    else:
        paint = (f'fill="none" stroke="{color}" '
                 f'stroke-width="{number(kind_glyphs.stroke_width(box))}" '
                 'stroke-linecap="round" stroke-linejoin="bevel"')
    return f'class="kind-glyph" data-kind="{kind.value}" d="{data}" {paint}'


def text_block(block: TextBlock) -> str:
    """One <text> per line at the layout's own baseline (tspans with their own x and y are not
    honoured by SVG Tiny renderers such as Qt's), the lines of a block sharing a <g> with the
    font size, weight and colour."""
    lines = [(line_text, baseline) for line_text, baseline in zip(block.lines, block.baselines)
             if line_text]
    if not lines:
        return ""
    style = (f'font-size="{number(block.size)}" font-weight="{_WEIGHTS.get(block.weight, "400")}" '
             f'fill="{block.color}"')
    x = number(block.x)
    if len(lines) == 1:
        line_text, baseline = lines[0]
        return f'<text x="{x}" y="{number(baseline)}" {style}>{text(line_text)}</text>'
    texts = "".join(f'<text x="{x}" y="{number(baseline)}">{text(line_text)}</text>'
                    for line_text, baseline in lines)
    return f"<g {style}>{texts}</g>"


def board_elements(layout: BoardLayout) -> list[str]:
    """The board's shapes, then its text, as SVG element strings in drawing order."""
    out: list[str] = [rect(layout.rect, layout.background)]
    for lane in layout.lanes:
        if lane.fill != layout.background:
            out.append(rect(lane.rect, lane.fill))
        out.append(rect(lane.header, lane.header_fill))
    for curve in layout.curves:
        band = curve.band
        out.append(rect(Rect(band.x, band.y, band.width, curve.zero_y - band.y),
                        curve.positive_fill))
        out.append(rect(Rect(band.x, curve.zero_y, band.width, band.bottom - curve.zero_y),
                        curve.negative_fill))
    if layout.grid:
        data = " ".join(f"M{number(s.start.x)} {number(s.start.y)}L{number(s.end.x)} "
                        f"{number(s.end.y)}" for s in layout.grid)
        out.append(f'<path d="{data}" fill="none" stroke="{layout.grid_color}" '
                   f'stroke-width="0.6"/>')
    out += [rect(phase.rect, phase.fill) for phase in layout.phases]
    out += [rect(stage.rect, stage.fill) for stage in layout.stages]
    out += stage_row_elements(layout)
    for blueprint in layout.lines:
        out.append(line(Point(blueprint.x_start, blueprint.y), Point(blueprint.x_end, blueprint.y),
                        blueprint.color, blueprint.width, blueprint.dash))
    out.append('<g class="notes">')
    for box in layout.notes:
        out.append(f'<g class="note" data-note="{attr(box.note_id)}">'
                   + rect(box.rect, box.fill, box.border, 0.6, layout.note_radius)
                   + kind_glyph(box.kind, kind_glyphs.glyph_box(box.rect), box.text.color)
                   + text_block(box.text)
                   + (text_block(box.footer) if box.footer is not None else "") + "</g>")
    out.append("</g>")
    for curve in layout.curves:
        band = curve.band
        out.append(line(Point(band.x, curve.zero_y), Point(band.right, curve.zero_y),
                        curve.axis_color, 0.8, (3.0, 3.0)))
        series = curve_series(curve)
        out += [curve_path(s.segments, s.color, curve.line_width, s.dash) for s in series]
        out += [line(e.start, e.end, e.color, curve.line_width, e.dash) for e in curve.legend]
        markers = [(p.point, s.color) for s in series for p in s.points]
        markers += [(Point((e.start.x + e.end.x) / 2, e.start.y), e.color) for e in curve.legend]
        out += [f'<circle cx="{number(at.x)}" cy="{number(at.y)}" '
                f'r="{number(curve.marker_radius)}" fill="{color}" '
                f'stroke="{layout.background}" stroke-width="1.2"/>' for at, color in markers]
    for connector in layout.connectors:
        out.append(curve_path(connector.segments, connector.color, connector.line_width))
        points = " ".join(f"{number(p.x)},{number(p.y)}" for p in connector.arrow)
        out.append(f'<polygon points="{points}" fill="{connector.color}"/>')
        if connector.label_box is not None:
            out.append(rect(connector.label_box, layout.background, connector.color, 0.5, 3.0))
    for phase in layout.phases:
        out.append(text_block(phase.title))
    for stage in layout.stages:
        if stage.time is not None:
            out.append(text_block(stage.time))
        out.append(text_block(stage.title))
    out += [text_block(lane.title) for lane in layout.lanes]
    out += [text_block(blueprint.label) for blueprint in layout.lines]
    for curve in layout.curves:
        out += [text_block(curve.plus_hint), text_block(curve.minus_hint)]
        out += [text_block(entry.label) for entry in curve.legend]
    out += [text_block(c.label) for c in layout.connectors if c.label is not None]
    return [element for element in out if element]


def stage_row_elements(layout: BoardLayout) -> list[str]:
    """The funnel row and the campaign band (model/layout_stage_details): shapes, then text."""
    shapes: list[str] = []
    texts: list[str] = []
    for strip in (layout.funnel.strip if layout.funnel else None, layout.details_band):
        if strip is not None:
            shapes.append(rect(strip.rect, strip.fill))
            texts.append(text_block(strip.title))
    if layout.funnel is not None:
        for bar in layout.funnel.bars:
            if bar.bar is not None:
                shapes.append(rect(bar.bar, bar.fill))
            texts.append(text_block(bar.label))
        texts += [text_block(drop.label) for drop in layout.funnel.drops]
    for box in layout.details:
        shapes.append(rect(box.rect, box.fill, box.border, 0.6, 4.0))
        texts += [text_block(block) for block in box.blocks]
    return shapes + texts
