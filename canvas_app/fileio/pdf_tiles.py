"""The tiled layout: the board at 100 % over overlapping sheets, with crop marks, tinted glue bands,
a locator map on every sheet and an assembly guide page, so the sheets can be trimmed and put
together on a wall. Geometry here is pure; `draw_tile_marks` and `draw_assembly_guide` draw it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from canvas_app.fileio.pdf_ink import Ink
from canvas_app.fileio.pdf_pages import (
    MM,
    PAPER_MARGIN,
    PagePlan,
    Placement,
    TileInfo,
    header_placements,
    heading_block,
    paper_size,
)
from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import BoardLayout, Point, Rect, TextBlock
from canvas_app.model.layout_style import LayoutStyle
from canvas_app.model.layout_text import block_height, text_block, text_width

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

TILE_OVERLAP = 12 * MM
TILE_LABEL_SIZE = 9.5
# Below this much room for the body, a tile does not repeat the header row and lane column.
MIN_TILE_BODY = 120.0
# Crop marks start this far from the trim corner and are this long; the page keeps room for them.
MARK_OFFSET = 3.0
MARK_LENGTH = 12.0
MARK_ROOM = MARK_OFFSET + MARK_LENGTH + 1.0
LOCATOR_MAX_W = 72.0
LOCATOR_MAX_H = 12.0
GLUE_TINT_ALPHA = 0.14
GLUE_DASH = (4.0, 3.0)

_WORDS = {
    "en": {"label": "row {row}, column {column} of {rows}×{columns}",
           "guide": "Assembly guide: {rows} × {columns} sheets",
           "how": "Cut each sheet along its crop marks (the short lines at its corners). Lay the "
                  "sheets out as below. Glue each sheet over the tinted band of the sheet to its "
                  "left and of the sheet above it, its cut edge on the dashed line: the "
                  "pictures line up."},
    "vi": {"label": "hàng {row}, cột {column} trong {rows}×{columns}",
           "guide": "Hướng dẫn ghép: {rows} × {columns} tờ",
           "how": "Cắt từng tờ theo các dấu cắt (những vạch ngắn ở các góc). Xếp các tờ như hình "
                  "dưới. Dán mỗi tờ chồng lên dải tô màu của tờ bên trái và tờ phía trên, mép "
                  "cắt trùng với đường nét đứt: hình sẽ khớp nhau."},
}


def words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["en"])


@dataclass(frozen=True, slots=True)
class Locator:
    """A small map of the R×C sheets with this sheet filled, at the right of the heading."""

    origin: Point
    cell_w: float
    cell_h: float


def _locator_size(rows: int, columns: int) -> tuple[float, float]:
    cell = min(6.0, LOCATOR_MAX_W / columns, LOCATOR_MAX_H / rows)
    return cell * 1.4, cell  # cells shaped like a landscape sheet


def tile_label(title: str, row: int, column: int, rows: int, columns: int, language: str) -> str:
    label = words(language)["label"].format(row=row, column=column, rows=rows, columns=columns)
    return f"{title} \u2014 {label}" if title else label


def tiled_plan(layout: BoardLayout, title: str, paper: str, language: str,
               style: LayoutStyle, orientation: str = "landscape") -> list[PagePlan]:
    """The board at 100 % over as few sheets as will hold it, neighbours overlapping by 12 mm,
    each sheet showing the same share of the board.

    Each tile repeats the stage header row above and the lane header column at its left, is
    labelled "row r, column c of R×C" and carries the trim and glue geometry of its marks.
    """
    page_w, page_h = paper_size(paper, orientation)
    margin = PAPER_MARGIN
    # The heading of the last tile has the longest numbers: size the heading band for it.
    probe = tile_label(title, 99, 99, 99, 99, language)
    heading_w = page_w - 2 * margin - LOCATOR_MAX_W - 8.0
    probe_block, _ = heading_block(probe, heading_w, TILE_LABEL_SIZE, margin, margin, style,
                                   FontWeight.REGULAR)
    label_h = block_height(len(probe_block.lines) if probe_block else 1, TILE_LABEL_SIZE,
                           TILE_LABEL_SIZE * 1.25, FontWeight.REGULAR)
    top = margin + max(label_h, LOCATOR_MAX_H) + MARK_ROOM
    head_h, head_w = layout.header_height, layout.lane_header_width
    body_w = page_w - 2 * margin - head_w
    body_h = page_h - margin - top - head_h
    repeat = body_w >= MIN_TILE_BODY and body_h >= MIN_TILE_BODY
    if not repeat:
        head_h = head_w = 0.0
        body_w = page_w - 2 * margin
        body_h = page_h - margin - top
    body = Rect(head_w, head_h, max(layout.width - head_w, 1.0), max(layout.height - head_h, 1.0))
    columns = tile_count(body.width, body_w)
    rows = tile_count(body.height, body_h)
    # Every sheet shows the same share of the board (the rest of its paper is cut away), so
    # the last one is not a sliver.
    span_w = even_span(body.width, columns)
    span_h = even_span(body.height, rows)
    pages = []
    for row in range(rows):
        for column in range(columns):
            x = body.x + column * (span_w - TILE_OVERLAP)
            y = body.y + row * (span_h - TILE_OVERLAP)
            region = Rect(x, y, min(span_w, body.right - x), min(span_h, body.bottom - y))
            body_origin = Point(margin + head_w, top + head_h)
            if repeat:
                placements = header_placements(region, body_origin, top, margin, head_h, head_w)
            else:
                placements = (Placement(region, body_origin, 1.0),)
            text = tile_label(title, row + 1, column + 1, rows, columns, language)
            heading, _ = heading_block(text, heading_w, TILE_LABEL_SIZE, margin, margin, style,
                                       FontWeight.REGULAR)
            tile = _tile_info(row, column, rows, columns, region, body_origin, margin, top)
            pages.append(PagePlan(page_w, page_h, heading, placements, tile))
    return pages


def _tile_info(row: int, column: int, rows: int, columns: int, region: Rect,
               body_origin: Point, margin: float, top: float) -> TileInfo:
    """The trim box keeps the lane column on the first column and the headers on the first row
    only: on the other sheets those repeats are cut away, so the sheets butt together."""
    left = margin if column == 0 else body_origin.x
    upper = top if row == 0 else body_origin.y
    right = body_origin.x + region.width
    bottom = body_origin.y + region.height
    trim = Rect(left, upper, right - left, bottom - upper)
    glue_right = glue_bottom = None
    if column < columns - 1:
        glue_right = Rect(right - TILE_OVERLAP, upper, TILE_OVERLAP, trim.height)
    if row < rows - 1:
        glue_bottom = Rect(left, bottom - TILE_OVERLAP, trim.width, TILE_OVERLAP)
    return TileInfo(row + 1, column + 1, rows, columns, trim, glue_right, glue_bottom)


def even_span(length: float, count: int) -> float:
    """The board length each of `count` sheets shows so that, overlapping by TILE_OVERLAP, they
    cover `length` exactly."""
    return (length + (count - 1) * TILE_OVERLAP) / count


def tile_count(length: float, tile: float) -> int:
    """Tiles of `tile` overlapping by TILE_OVERLAP needed to cover `length`."""
    if length <= tile:
        return 1
    return 1 + math.ceil((length - tile) / (tile - TILE_OVERLAP) - 1e-9)


def crop_mark_segments(trim: Rect) -> list[tuple[Point, Point]]:
    """Two short lines per trim corner, pointing away from the sheet along its edges."""
    segments = []
    for x, sx in ((trim.x, -1.0), (trim.right, 1.0)):
        for y, sy in ((trim.y, -1.0), (trim.bottom, 1.0)):
            near, far = MARK_OFFSET, MARK_OFFSET + MARK_LENGTH
            segments.append((Point(x + sx * near, y), Point(x + sx * far, y)))  # horizontal
            segments.append((Point(x, y + sy * near), Point(x, y + sy * far)))  # vertical
    return segments


def locator(tile: TileInfo, page_w: float) -> Locator:
    cell_w, cell_h = _locator_size(tile.rows, tile.columns)
    x = page_w - PAPER_MARGIN - cell_w * tile.columns
    return Locator(Point(x, PAPER_MARGIN), cell_w, cell_h)


def draw_tile_marks(canvas: "Canvas", ink: Ink, plan: PagePlan, style: LayoutStyle) -> None:
    """Glue bands (a faint tint and a dashed line where the next sheet's edge goes), crop marks
    at the trim corners and the locator map."""
    tile = plan.tile
    if tile is None:
        return
    bands = [band for band in (tile.glue_right, tile.glue_bottom) if band is not None]
    if bands:
        # A translucent tint, so the notes under the band stay visible for lining up.
        ink.flush()
        canvas.saveState()
        canvas.setFillAlpha(GLUE_TINT_ALPHA)
        ink.reset_state()
        ink.fill_color(style.phase_fill)
        for band in bands:
            ink.rect(band)
        ink.flush()
        canvas.restoreState()
        ink.reset_state()
        ink.stroke_color(style.phase_fill)
        ink.line_width(0.9, GLUE_DASH)
        if tile.glue_right is not None:
            band = tile.glue_right
            ink.line(Point(band.x, band.y), Point(band.x, band.bottom))
        if tile.glue_bottom is not None:
            band = tile.glue_bottom
            ink.line(Point(band.x, band.y), Point(band.right, band.y))
    # Marks may cross a repeated header that is cut away: a white halo keeps them visible on it.
    segments = crop_mark_segments(tile.trim)
    for color, width in ((style.background, 2.2), ("#000000", 0.5)):
        ink.stroke_color(color)
        ink.line_width(width)
        for start, end in segments:
            ink.line(start, end)
    # The locator: the grid of sheets as lines (not a box per sheet: a poster of 500 sheets
    # would draw 250 000 boxes), this sheet's cell filled.
    where = locator(tile, plan.width)
    cell = Rect(where.origin.x + (tile.column - 1) * where.cell_w,
                where.origin.y + (tile.row - 1) * where.cell_h, where.cell_w, where.cell_h)
    ink.fill_color(style.phase_fill)
    ink.rect(cell)
    ink.line_width(0.4)
    ink.stroke_color(style.muted_ink)
    left, top = where.origin.x, where.origin.y
    right, bottom = left + where.cell_w * tile.columns, top + where.cell_h * tile.rows
    for column in range(tile.columns + 1):
        x = left + column * where.cell_w
        ink.line(Point(x, top), Point(x, bottom))
    for row in range(tile.rows + 1):
        y = top + row * where.cell_h
        ink.line(Point(left, y), Point(right, y))
    ink.flush()


# -- the assembly guide -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AssemblyGuide:
    """The first page of a tiled PDF: how to assemble, and the board with the seams drawn on it."""

    width: float
    height: float
    blocks: tuple[TextBlock, ...]
    board: Placement
    seams_x: tuple[float, ...]  # board x of each seam between columns
    seams_y: tuple[float, ...]
    labels: tuple[TextBlock, ...]  # column and row numbers, cell names where there is room


def assembly_guide(layout: BoardLayout, tiles: list[PagePlan], language: str,
                   style: LayoutStyle) -> AssemblyGuide:
    first = tiles[0]
    tile = first.tile
    assert tile is not None
    page_w, page_h = first.width, first.height
    margin = PAPER_MARGIN
    text = words(language)
    avail_w = page_w - 2 * margin
    title = text_block(text["guide"].format(rows=tile.rows, columns=tile.columns), margin, margin,
                       avail_w, 15.0, 19.0, FontWeight.SEMIBOLD, style.ink)
    y = margin + block_height(len(title.lines), 15.0, 19.0, FontWeight.SEMIBOLD) + 6.0
    how = text_block(text["how"], margin, y, avail_w, 10.0, 13.5, FontWeight.REGULAR,
                     style.muted_ink)
    y += block_height(len(how.lines), 10.0, 13.5, FontWeight.REGULAR) + 14.0
    number_room = 18.0
    box = Rect(margin + number_room, y + number_room, avail_w - number_room,
               page_h - margin - y - number_room)
    scale = min(1.0, box.width / max(layout.width, 1.0), box.height / max(layout.height, 1.0))
    origin = Point(box.x, box.y)
    bodies = [plan.placements[0].region for plan in tiles]
    seams_x = tuple(sorted({r.x for r in bodies})[1:])
    seams_y = tuple(sorted({r.y for r in bodies})[1:])
    xs = (0.0, *seams_x, layout.width)
    ys = (0.0, *seams_y, layout.height)
    labels = []
    size = 8.5
    for column in range(len(xs) - 1):
        middle = origin.x + (xs[column] + xs[column + 1]) / 2 * scale
        labels.append(_centred(str(column + 1), middle, box.y - number_room + 3.0, size, style))
    for row in range(len(ys) - 1):
        middle = origin.y + (ys[row] + ys[row + 1]) / 2 * scale - size / 2
        labels.append(_centred(str(row + 1), box.x - number_room / 2, middle, size, style))
    cell_w = min(xs[i + 1] - xs[i] for i in range(len(xs) - 1)) * scale
    cell_h = min(ys[i + 1] - ys[i] for i in range(len(ys) - 1)) * scale
    if cell_w >= 40.0 and cell_h >= 16.0:
        for row in range(len(ys) - 1):
            for column in range(len(xs) - 1):
                cx = origin.x + (xs[column] + xs[column + 1]) / 2 * scale
                cy = origin.y + (ys[row] + ys[row + 1]) / 2 * scale - size / 2
                labels.append(_centred(f"{row + 1}, {column + 1}", cx, cy, size, style,
                                       FontWeight.SEMIBOLD))
    return AssemblyGuide(page_w, page_h, (title, how), Placement(layout.rect, origin, scale),
                         seams_x, seams_y, tuple(labels))


def _centred(text: str, centre_x: float, top: float, size: float, style: LayoutStyle,
             weight: FontWeight = FontWeight.REGULAR) -> TextBlock:
    width = text_width(text, size, weight)
    return text_block(text, centre_x - width / 2, top, width + 1.0, size, size, weight, style.ink)


def draw_assembly_guide(ink: Ink, guide: AssemblyGuide, layout: BoardLayout,
                        style: LayoutStyle) -> None:
    """The board (scaled), the seams in a strong colour, the numbers and cell names on tags."""
    from canvas_app.fileio.pdf_draw import draw_board

    board = guide.board
    ink.save()
    ink.clip(board.page_rect)
    ink.transform(board.scale, board.origin.x, board.origin.y)
    draw_board(ink, layout)
    ink.restore()
    ink.stroke_color(style.muted_ink)
    ink.line_width(0.6)
    ink.rect(board.page_rect, "S")
    ink.stroke_color(style.emotion_color)
    ink.line_width(1.4, (5.0, 2.5))
    rect = board.page_rect
    for x in guide.seams_x:
        px = board.origin.x + x * board.scale
        ink.line(Point(px, rect.y), Point(px, rect.bottom))
    for y in guide.seams_y:
        py = board.origin.y + y * board.scale
        ink.line(Point(rect.x, py), Point(rect.right, py))
    ink.line_width(0.5)
    ink.fill_color(style.background)
    ink.stroke_color(style.emotion_color)
    for label in guide.labels:
        if label.weight is FontWeight.SEMIBOLD:  # a cell name: on a tag over the board
            width = label.width - 1.0
            ink.round_rect(Rect(label.x - 4.0, label.baselines[0] - label.size - 1.0,
                                width + 8.0, label.size + 5.0), 3.0)
    ink.begin_text()
    for block in guide.blocks:
        ink.text_block(block)
    for label in guide.labels:
        ink.text_block(label)
    ink.end_text()
    ink.flush()
