"""Where the board goes on printed pages of any size: fitted to one page, or tiled at 100 % with
the stage and lane headers repeated and crop marks, reusing the PDF export's page records and
tiling arithmetic (pure geometry in points, top-left origin).
"""

from __future__ import annotations

from dataclasses import dataclass

from canvas_app.fileio.pdf_pages import (
    FIT_TITLE_SIZE,
    PagePlan,
    Placement,
    header_placements,
    heading_block,
)
from canvas_app.fileio.pdf_tiles import (
    MARK_ROOM,
    MIN_TILE_BODY,
    TILE_LABEL_SIZE,
    TILE_OVERLAP,
    crop_mark_segments,
    even_span,
    tile_count,
    tile_label,
)
from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import BoardLayout, Point, Rect
from canvas_app.model.layout_style import DEFAULT_STYLE, LayoutStyle
from canvas_app.model.layout_text import text_width

FIT = "fit"
TILED = "tiled"
MODES = (FIT, TILED)


@dataclass(frozen=True, slots=True)
class PrintPage:
    """A page plan and, on tiles, the crop mark segments around the part that is kept."""

    plan: PagePlan
    marks: tuple[tuple[Point, Point], ...] = ()


def print_pages(layout: BoardLayout, title: str, width: float, height: float, mode: str,
                language: str, style: LayoutStyle = DEFAULT_STYLE) -> list[PrintPage]:
    """The pages of `layout` on `width` × `height` point pages (the printable area)."""
    if mode == TILED:
        return tiled_pages(layout, title, width, height, language, style)
    return [fit_page(layout, title, width, height, style)]


def fit_page(layout: BoardLayout, title: str, width: float, height: float,
             style: LayoutStyle = DEFAULT_STYLE) -> PrintPage:
    """The whole board scaled down (never up) to the page under its title, centred together."""
    probe, heading_height = heading_block(title, width, FIT_TITLE_SIZE, 0.0, 0.0, style)
    room_h = max(height - heading_height, 1.0)
    scale = min(1.0, width / max(layout.width, 1.0), room_h / max(layout.height, 1.0))
    x = (width - layout.width * scale) / 2
    top = (room_h - layout.height * scale) / 2
    heading_x = 0.0
    if probe is not None and len(probe.lines) == 1 and text_width(
            probe.lines[0], FIT_TITLE_SIZE, FontWeight.SEMIBOLD) <= width - x:
        heading_x = x  # aligned with the board when the title fits on one line there
    heading, _ = heading_block(title, width, FIT_TITLE_SIZE, heading_x, top, style)
    placement = Placement(layout.rect, Point(x, top + heading_height), scale)
    return PrintPage(PagePlan(width, height, heading, (placement,)))


def tiled_pages(layout: BoardLayout, title: str, width: float, height: float, language: str,
                style: LayoutStyle = DEFAULT_STYLE) -> list[PrintPage]:
    """The board at 100 % over overlapping pages (as the tiled PDF), each repeating the headers,
    labelled "row r, column c of R×C", with crop marks around the part kept."""
    probe, heading_height = heading_block(tile_label(title, 99, 99, 99, 99, language), width,
                                          TILE_LABEL_SIZE, 0.0, 0.0, style, FontWeight.REGULAR)
    top = heading_height + MARK_ROOM
    left = MARK_ROOM
    head_h, head_w = layout.header_height, layout.lane_header_width
    body_w = width - left - MARK_ROOM - head_w
    body_h = height - top - MARK_ROOM - head_h
    repeat = body_w >= MIN_TILE_BODY and body_h >= MIN_TILE_BODY
    if not repeat:
        head_h = head_w = 0.0
        body_w, body_h = width - left - MARK_ROOM, height - top - MARK_ROOM
    body_w, body_h = max(body_w, TILE_OVERLAP * 2), max(body_h, TILE_OVERLAP * 2)
    body = Rect(head_w, head_h, max(layout.width - head_w, 1.0), max(layout.height - head_h, 1.0))
    columns, rows = tile_count(body.width, body_w), tile_count(body.height, body_h)
    span_w, span_h = even_span(body.width, columns), even_span(body.height, rows)
    origin = Point(left + head_w, top + head_h)
    pages = []
    for row in range(rows):
        for column in range(columns):
            x = body.x + column * (span_w - TILE_OVERLAP)
            y = body.y + row * (span_h - TILE_OVERLAP)
            region = Rect(x, y, min(span_w, body.right - x), min(span_h, body.bottom - y))
            if repeat:
                placements = header_placements(region, origin, top, left, head_h, head_w)
            else:
                placements = (Placement(region, origin, 1.0),)
            heading, _ = heading_block(tile_label(title, row + 1, column + 1, rows, columns,
                                                  language), width, TILE_LABEL_SIZE, 0.0, 0.0,
                                       style, FontWeight.REGULAR)
            # The first column keeps the lane column and the first row the headers; elsewhere
            # those repeats lie outside the marks and are cut away (as on the tiled PDF).
            trim_left = left if column == 0 else origin.x
            trim_top = top if row == 0 else origin.y
            trim = Rect(trim_left, trim_top, origin.x + region.width - trim_left,
                        origin.y + region.height - trim_top)
            pages.append(PrintPage(PagePlan(width, height, heading, placements),
                                   tuple(crop_mark_segments(trim))))
    return pages
