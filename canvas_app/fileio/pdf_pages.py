"""Page plans: where a laid-out board goes on paper for the poster, fit and tiled layouts.

Pure geometry (points, top-left origin, y down on every page): a plan lists pages, each with a
heading and the board regions it shows, where, and at what scale. Drawing is pdf_export's job.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import BoardLayout, Point, Rect, TextBlock
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import block_height, text_block, text_width

MM = 72 / 25.4
# Landscape sizes in points.
PAPERS: dict[str, tuple[float, float]] = {
    "a4": (297 * MM, 210 * MM),
    "a3": (420 * MM, 297 * MM),
    "letter": (11 * 72.0, 8.5 * 72.0),
}
MAX_PAGE = 200 * 72.0  # the PDF page size limit (Acrobat's): 200 inches
POSTER_MARGIN = 36.0
PAPER_MARGIN = 10 * MM
TILE_OVERLAP = 12 * MM
POSTER_TITLE_SIZE = 22.0
FIT_TITLE_SIZE = 13.0
TILE_LABEL_SIZE = 9.5
HEADING_GAP = 10.0
# Below this much room for the body, a tile does not repeat the header row and lane column.
MIN_TILE_BODY = 120.0

_TILE_LABELS = {
    "en": "row {row}, column {column} of {rows}×{columns}",
    "vi": "hàng {row}, cột {column} trong {rows}×{columns}",
}


@dataclass(frozen=True, slots=True)
class Placement:
    """The board region `region` drawn at `scale` with its top-left corner at `origin`."""

    region: Rect
    origin: Point
    scale: float

    @property
    def page_rect(self) -> Rect:
        return Rect(self.origin.x, self.origin.y, self.region.width * self.scale,
                    self.region.height * self.scale)


@dataclass(frozen=True, slots=True)
class PagePlan:
    width: float
    height: float
    heading: TextBlock | None
    placements: tuple[Placement, ...]


def _heading(text: str, width: float, size: float, x: float, y: float, style: LayoutStyle,
             weight: FontWeight = FontWeight.SEMIBOLD) -> tuple[TextBlock | None, float]:
    """A heading block with its top-left at (x, y) and the height it takes (gap included)."""
    if not text:
        return None, 0.0
    block = text_block(text, x, y, width, size, size * 1.25, weight, style.ink)
    return block, block_height(len(block.lines), size, size * 1.25, weight) + HEADING_GAP


def poster_plan(layout: BoardLayout, title: str, style: LayoutStyle) -> list[PagePlan]:
    """One page sized to the board plus margins (scaled down only past the 200-inch limit)."""
    margin = POSTER_MARGIN
    heading, heading_height = _heading(title, max(layout.width, 200.0), POSTER_TITLE_SIZE,
                                       margin, margin, style)
    fixed_w = 2 * margin
    fixed_h = 2 * margin + heading_height
    scale = min(1.0, (MAX_PAGE - fixed_w) / max(layout.width, 1.0),
                (MAX_PAGE - fixed_h) / max(layout.height, 1.0))
    if scale < 1.0 and heading is not None:
        heading, heading_height = _heading(title, max(layout.width * scale, 200.0),
                                           POSTER_TITLE_SIZE, margin, margin, style)
        scale = min(scale, (MAX_PAGE - 2 * margin - heading_height) / max(layout.height, 1.0))
    width = max(layout.width * scale, 200.0) + fixed_w
    height = layout.height * scale + 2 * margin + heading_height
    placement = Placement(layout.rect, Point(margin, margin + heading_height), scale)
    return [PagePlan(width, height, heading, (placement,))]


def fit_plan(layout: BoardLayout, title: str, paper: str, style: LayoutStyle) -> list[PagePlan]:
    """The whole board scaled to one landscape sheet (never enlarged), centred with its title."""
    page_w, page_h = PAPERS[paper]
    margin = PAPER_MARGIN
    avail_w = page_w - 2 * margin
    probe, heading_height = _heading(title, avail_w, FIT_TITLE_SIZE, 0.0, 0.0, style)
    avail_h = page_h - 2 * margin - heading_height
    scale = min(1.0, avail_w / max(layout.width, 1.0), avail_h / max(layout.height, 1.0))
    # The title sits right above the board and the two are centred together.
    x = margin + (avail_w - layout.width * scale) / 2
    top = margin + (avail_h - layout.height * scale) / 2
    # Aligned with the board when it fits on one line there, else at the margin.
    heading_x = margin
    if probe is not None and len(probe.lines) == 1 and text_width(
            probe.lines[0], FIT_TITLE_SIZE, FontWeight.SEMIBOLD) <= page_w - margin - x:
        heading_x = x
    heading, _ = _heading(title, avail_w, FIT_TITLE_SIZE, heading_x, top, style)
    origin = Point(x, top + heading_height)
    return [PagePlan(page_w, page_h, heading, (Placement(layout.rect, origin, scale),))]


def tiled_plan(layout: BoardLayout, title: str, paper: str, language: str,
               style: LayoutStyle) -> list[PagePlan]:
    """The board at 100 % over as many landscape sheets as needed, neighbours overlapping.

    Each tile repeats the stage header row above and the lane header column at its left, and
    is labelled "row r, column c of R×C".
    """
    page_w, page_h = PAPERS[paper]
    margin = PAPER_MARGIN
    template = _TILE_LABELS.get(language, _TILE_LABELS["en"])
    # The heading of the last tile has the longest numbers: size the heading band for it.
    probe = f"{title} \u2014 " + template.format(row=99, column=99, rows=99, columns=99)
    _, heading_height = _heading(probe, page_w - 2 * margin, TILE_LABEL_SIZE, margin, margin,
                                 style, FontWeight.REGULAR)
    head_h, head_w = layout.header_height, layout.lane_header_width
    body_w = page_w - 2 * margin - head_w
    body_h = page_h - 2 * margin - heading_height - head_h
    repeat = body_w >= MIN_TILE_BODY and body_h >= MIN_TILE_BODY
    if not repeat:
        head_h = head_w = 0.0
        body_w = page_w - 2 * margin
        body_h = page_h - 2 * margin - heading_height
    body = Rect(head_w, head_h, max(layout.width - head_w, 1.0), max(layout.height - head_h, 1.0))
    columns = _tile_count(body.width, body_w)
    rows = _tile_count(body.height, body_h)
    top = margin + heading_height
    pages = []
    for row in range(rows):
        for column in range(columns):
            x = body.x + column * (body_w - TILE_OVERLAP)
            y = body.y + row * (body_h - TILE_OVERLAP)
            region = Rect(x, y, min(body_w, body.right - x), min(body_h, body.bottom - y))
            body_origin = Point(margin + head_w, top + head_h)
            placements = [Placement(region, body_origin, 1.0)]
            if repeat:
                # The stage header row above, the lane header column at the left, the corner.
                placements += [
                    Placement(Rect(x, 0.0, region.width, head_h), Point(body_origin.x, top), 1.0),
                    Placement(Rect(0.0, y, head_w, region.height), Point(margin, body_origin.y),
                              1.0),
                    Placement(Rect(0.0, 0.0, head_w, head_h), Point(margin, top), 1.0),
                ]
            label = template.format(row=row + 1, column=column + 1, rows=rows, columns=columns)
            text = f"{title} \u2014 {label}" if title else label
            heading, _ = _heading(text, page_w - 2 * margin, TILE_LABEL_SIZE, margin, margin,
                                  style, FontWeight.REGULAR)
            pages.append(PagePlan(page_w, page_h, heading, tuple(placements)))
    return pages


def _tile_count(length: float, tile: float) -> int:
    """Tiles of `tile` overlapping by TILE_OVERLAP needed to cover `length`."""
    if length <= tile:
        return 1
    return 1 + math.ceil((length - tile) / (tile - TILE_OVERLAP) - 1e-9)
