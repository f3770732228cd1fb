"""Page plans: where a laid-out board goes on paper for the poster and fit layouts, and the
paper sizes and plan records the tiled and report layouts share.

Pure geometry (points, top-left origin, y down on every page): a plan lists pages, each with a
heading and the board regions it shows, where, and at what scale. Drawing is pdf_render's job.
"""

from __future__ import annotations

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


def paper_size(paper: str, orientation: str = "landscape") -> tuple[float, float]:
    """Width and height of a sheet in points, turned to `orientation`."""
    long_side, short_side = PAPERS[paper]
    return (short_side, long_side) if orientation == "portrait" else (long_side, short_side)

MAX_PAGE = 200 * 72.0  # the PDF page size limit (Acrobat's): 200 inches
POSTER_MARGIN = 36.0
PAPER_MARGIN = 10 * MM
POSTER_TITLE_SIZE = 22.0
FIT_TITLE_SIZE = 13.0
HEADING_GAP = 10.0


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
class TileInfo:
    """Where a tile sits in the poster and how it is trimmed and glued (page coordinates).

    `trim` is the part of the sheet kept after cutting along the crop marks; `glue_right` and
    `glue_bottom` are the overlap bands the next sheet to the right and below is glued over
    (None on the last column and row).
    """

    row: int
    column: int
    rows: int
    columns: int
    trim: Rect
    glue_right: Rect | None
    glue_bottom: Rect | None


@dataclass(frozen=True, slots=True)
class PagePlan:
    width: float
    height: float
    heading: TextBlock | None
    placements: tuple[Placement, ...]
    tile: TileInfo | None = None


def header_placements(region: Rect, body_origin: Point, top: float, left: float,
                      header_height: float, header_width: float,
                      scale: float = 1.0) -> tuple[Placement, ...]:
    """The board `region` at `body_origin`, with the stage header rows above it (at `top`), the
    lane header column left of it (at `left`) and the corner, so a page of a board cut into
    pieces still names its stages and lanes."""
    return (
        Placement(region, body_origin, scale),
        Placement(Rect(region.x, 0.0, region.width, header_height), Point(body_origin.x, top),
                  scale),
        Placement(Rect(0.0, region.y, header_width, region.height), Point(left, body_origin.y),
                  scale),
        Placement(Rect(0.0, 0.0, header_width, header_height), Point(left, top), scale),
    )


def heading_block(text: str, width: float, size: float, x: float, y: float,
                  style: LayoutStyle, weight: FontWeight = FontWeight.SEMIBOLD
                  ) -> tuple[TextBlock | None, float]:
    """A heading block with its top-left at (x, y) and the height it takes (gap included)."""
    if not text:
        return None, 0.0
    block = text_block(text, x, y, width, size, size * 1.25, weight, style.ink)
    return block, block_height(len(block.lines), size, size * 1.25, weight) + HEADING_GAP


def poster_plan(layout: BoardLayout, title: str, style: LayoutStyle) -> list[PagePlan]:
    """One page sized to the board plus margins (scaled down only past the 200-inch limit)."""
    margin = POSTER_MARGIN
    heading, heading_height = heading_block(title, max(layout.width, 200.0),
                                            POSTER_TITLE_SIZE, margin, margin, style)
    fixed_w = 2 * margin
    fixed_h = 2 * margin + heading_height
    scale = min(1.0, (MAX_PAGE - fixed_w) / max(layout.width, 1.0),
                (MAX_PAGE - fixed_h) / max(layout.height, 1.0))
    if scale < 1.0 and heading is not None:
        heading, heading_height = heading_block(title, max(layout.width * scale, 200.0),
                                                POSTER_TITLE_SIZE, margin, margin, style)
        scale = min(scale, (MAX_PAGE - 2 * margin - heading_height) / max(layout.height, 1.0))
    width = max(layout.width * scale, 200.0) + fixed_w
    height = layout.height * scale + 2 * margin + heading_height
    placement = Placement(layout.rect, Point(margin, margin + heading_height), scale)
    return [PagePlan(width, height, heading, (placement,))]


def fit_plan(layout: BoardLayout, title: str, paper: str, style: LayoutStyle,
             orientation: str = "landscape") -> list[PagePlan]:
    """The whole board scaled to one sheet (never enlarged), centred with its title."""
    page_w, page_h = paper_size(paper, orientation)
    margin = PAPER_MARGIN
    avail_w = page_w - 2 * margin
    probe, heading_height = heading_block(title, avail_w, FIT_TITLE_SIZE, 0.0, 0.0, style)
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
    heading, _ = heading_block(title, avail_w, FIT_TITLE_SIZE, heading_x, top, style)
    origin = Point(x, top + heading_height)
    return [PagePlan(page_w, page_h, heading, (Placement(layout.rect, origin, scale),))]
