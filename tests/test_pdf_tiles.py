"""Tests of the tiled posters: crop marks at every trim corner (in the content stream and on the
rendered page), tinted glue bands where the next sheet goes, trim boxes that make neighbours meet
exactly, the locator, the assembly guide and the outline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_tools import (
    grid_map,
    page_content,
    page_count,
    pdf_outline,
    pdf_text,
    render_gray,
    sample_map,
)

from canvas_app.fileio.pdf_export import PdfOptions, export_pdf
from canvas_app.fileio.pdf_pages import PAPERS, PagePlan
from canvas_app.fileio.pdf_tiles import (
    MARK_LENGTH,
    MARK_OFFSET,
    TILE_OVERLAP,
    assembly_guide,
    crop_mark_segments,
    locator,
    tiled_plan,
)
from canvas_app.model import JourneyMap
from canvas_app.model.layout import DEFAULT_STYLE, compute_layout

TILED = PdfOptions(layout="tiled")


def _plan(journey: JourneyMap, paper: str = "a4", orientation: str = "landscape"
          ) -> list[PagePlan]:
    return tiled_plan(compute_layout(journey), journey.title, paper, journey.language.value,
                      DEFAULT_STYLE, orientation)


def _export(tmp_path: Path, journey: JourneyMap, options: PdfOptions = TILED) -> Path:
    path = tmp_path / "tiles.pdf"
    export_pdf(journey, path, options)
    return path


def test_crop_marks_are_in_every_tile(tmp_path: Path) -> None:
    """Each tile's content stream strokes two short lines at each corner of its trim box."""
    journey = grid_map(8, 5, 2)
    plans = _plan(journey)
    path = _export(tmp_path, journey)
    assert page_count(path) == len(plans) + 1
    for number, plan in enumerate(plans, start=2):
        tile = plan.tile
        assert tile is not None
        content = page_content(path, number)
        segments = crop_mark_segments(tile.trim)
        assert len(segments) == 8
        for start, end in segments:
            operator = f"{start.x:.2f} {start.y:.2f} m {end.x:.2f} {end.y:.2f} l S"
            assert operator in content, (number, operator)
            length = abs(end.x - start.x) + abs(end.y - start.y)
            assert length == pytest.approx(MARK_LENGTH)
            # The marks stay on the sheet, outside the part that is kept.
            assert 0 <= min(start.x, end.x) and max(start.x, end.x) <= plan.width
            assert 0 <= min(start.y, end.y) and max(start.y, end.y) <= plan.height


def test_crop_marks_and_glue_band_are_visible(tmp_path: Path) -> None:
    """Rendered, the first tile shows dark crop marks at its trim corners, and its glue band is
    tinted: the same board point is darker there than on the next sheet, which shows it plain."""
    journey = grid_map(8, 5, 2)
    plans = _plan(journey)
    first, second = plans[0], plans[1]
    tile = first.tile
    assert tile is not None and tile.glue_right is not None
    path = _export(tmp_path, journey)
    image = render_gray(path, 2)
    trim = tile.trim
    middle = MARK_OFFSET + MARK_LENGTH / 2
    for x, y in ((trim.x - middle, trim.y), (trim.x, trim.y - middle),
                 (trim.right + middle, trim.bottom), (trim.right, trim.bottom + middle)):
        assert image.at(x, y) < 140, (x, y)
    # Just outside the marks the paper is blank.
    assert image.at(trim.x - MARK_OFFSET - MARK_LENGTH - 4, trim.y) > 240
    band = tile.glue_right
    body, next_body = first.placements[0], second.placements[0]
    next_image = render_gray(path, 3)
    compared = 0
    for step in range(1, 40):
        page_x, page_y = band.x + band.width * 0.7, band.y + band.height * step / 40
        board_x = body.region.x + page_x - body.origin.x
        board_y = body.region.y + page_y - body.origin.y
        plain = next_image.at(next_body.origin.x + board_x - next_body.region.x,
                              next_body.origin.y + board_y - next_body.region.y)
        if plain >= 200:  # a light part of the board, where a tint shows
            assert image.at(page_x, page_y) < plain - 8, step
            compared += 1
    assert compared >= 10


def test_trim_boxes_make_neighbours_meet() -> None:
    """Cut along their marks, neighbouring sheets overlap by exactly the glue band: the next
    sheet's kept part starts where this sheet's band starts, in board coordinates."""
    plans = _plan(grid_map(12, 7, 2))
    tiles = {(p.tile.row, p.tile.column): p for p in plans if p.tile is not None}
    rows = max(r for r, _ in tiles)
    columns = max(c for _, c in tiles)
    assert rows > 1 and columns > 1

    def board_x(plan: PagePlan, page_x: float) -> float:
        body = plan.placements[0]
        return body.region.x + (page_x - body.origin.x)

    def board_y(plan: PagePlan, page_y: float) -> float:
        body = plan.placements[0]
        return body.region.y + (page_y - body.origin.y)

    for (row, column), plan in tiles.items():
        tile = plan.tile
        assert tile is not None
        assert (tile.glue_right is None) == (column == columns)
        assert (tile.glue_bottom is None) == (row == rows)
        if tile.glue_right is not None:
            assert tile.glue_right.width == pytest.approx(TILE_OVERLAP)
            right = tiles[(row, column + 1)]
            assert right.tile is not None
            assert board_x(right, right.tile.trim.x) == pytest.approx(
                board_x(plan, tile.glue_right.x))
        if tile.glue_bottom is not None:
            assert tile.glue_bottom.height == pytest.approx(TILE_OVERLAP)
            below = tiles[(row + 1, column)]
            assert below.tile is not None
            assert board_y(below, below.tile.trim.y) == pytest.approx(
                board_y(plan, tile.glue_bottom.y))
        # The first column keeps its lane titles, the first row its stage headers.
        body = plan.placements[0]
        assert (tile.trim.x < body.origin.x) == (column == 1)
        assert (tile.trim.y < body.origin.y) == (row == 1)


def test_locator_and_labels(tmp_path: Path) -> None:
    """Each tile is labelled "row r, column c of R×C" and fills its own cell in the locator."""
    journey = grid_map(8, 5, 2)
    plans = _plan(journey)
    path = _export(tmp_path, journey)
    last = plans[-1].tile
    assert last is not None
    for number, plan in enumerate(plans, start=2):
        tile = plan.tile
        assert tile is not None
        label = f"row {tile.row}, column {tile.column} of {last.rows}×{last.columns}"
        assert label in pdf_text(path, number, number)
        where = locator(tile, plan.width)
        x = where.origin.x + (tile.column - 1) * where.cell_w
        y = where.origin.y + (tile.row - 1) * where.cell_h
        assert f"{x:.2f} {y:.2f} {where.cell_w:.2f} {where.cell_h:.2f} re f" in page_content(
            path, number)


def test_assembly_guide_and_outline(tmp_path: Path) -> None:
    """The guide page comes first, numbers the rows and columns; the outline lists it, each row,
    and each sheet under its row."""
    journey = sample_map()
    plans = _plan(journey)
    last = plans[-1].tile
    assert last is not None and len(plans) > 1
    path = _export(tmp_path, journey)
    guide_text = pdf_text(path, 1, 1)
    assert f"Hướng dẫn ghép: {last.rows} × {last.columns} tờ" in guide_text
    assert "dấu cắt" in guide_text
    guide = assembly_guide(compute_layout(journey), plans, "vi", DEFAULT_STYLE)
    assert len(guide.seams_x) == last.columns - 1 and len(guide.seams_y) == last.rows - 1
    outline = pdf_outline(path)
    assert outline[0].title.startswith("Hướng dẫn ghép") and outline[0].page == 1
    sheets = [entry for entry in outline if entry.level == 1]
    assert len(sheets) == len(plans)
    assert [entry.page for entry in sheets] == list(range(2, len(plans) + 2))
    assert sum(1 for entry in outline if entry.title.startswith("Hàng ")) == last.rows


def test_single_sheet_has_no_guide(tmp_path: Path) -> None:
    """A board that fits one sheet is that sheet alone, still with crop marks, no glue band."""
    journey = grid_map(2, 2)
    path = _export(tmp_path, journey, PdfOptions(layout="tiled", paper="a3"))
    assert page_count(path) == 1 and pdf_outline(path) == []
    plan = _plan(journey, "a3")[0]
    assert plan.tile is not None and plan.tile.glue_right is None
    start, end = crop_mark_segments(plan.tile.trim)[0]
    assert f"{start.x:.2f} {start.y:.2f} m {end.x:.2f} {end.y:.2f} l S" in page_content(path, 1)


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_orientation(tmp_path: Path, orientation: str) -> None:
    """Portrait tiles are portrait sheets; both orientations cover the board."""
    journey = grid_map(10, 6, 2)
    plans = _plan(journey, "a4", orientation)
    width, height = PAPERS["a4"]
    expected = (height, width) if orientation == "portrait" else (width, height)
    assert all((p.width, p.height) == pytest.approx(expected) for p in plans)
    layout = compute_layout(journey)
    assert max(p.placements[0].region.right for p in plans) == pytest.approx(layout.width)
    assert max(p.placements[0].region.bottom for p in plans) == pytest.approx(layout.height)
