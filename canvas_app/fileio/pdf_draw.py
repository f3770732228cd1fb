"""Draws a BoardLayout (or the part of it inside a region) onto a PDF page, in board points.

Every drawing decision (sizes, colours, dashes, wrapped lines) was made by the layout engine;
this module only turns the records into operators. Shapes come first (notes with their kind
glyphs, pdf_glyphs), grouped by colour so each colour is set once, then all text in one text
object.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from canvas_app.fileio.pdf_glyphs import draw_note_glyphs
from canvas_app.fileio.pdf_ink import Ink
from canvas_app.fileio.pdf_pages import Placement
from canvas_app.fileio.pdf_stage_details import draw_stage_rows
from canvas_app.model.emotion_curve import curve_series
from canvas_app.model.layout_geometry import (
    BoardLayout,
    EmotionCurve,
    NoteBox,
    PhaseHeader,
    Point,
    Rect,
    StageHeader,
    TextBlock,
)
from canvas_app.model.layout_text import text_width

_GRID_WIDTH = 0.6
_NOTE_BORDER_WIDTH = 0.6
_BUCKET = 480.0  # side of the squares notes are bucketed in for region queries


class NoteIndex:
    """Note boxes bucketed in squares, so a tile finds its notes without scanning them all."""

    def __init__(self, notes: tuple[NoteBox, ...]) -> None:
        self._notes = notes
        self._buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
        for index, box in enumerate(notes):
            for key in self._keys(box.rect):
                self._buckets[key].append(index)

    @staticmethod
    def _keys(rect: Rect) -> Iterable[tuple[int, int]]:
        for i in range(int(rect.x // _BUCKET), int(rect.right // _BUCKET) + 1):
            for j in range(int(rect.y // _BUCKET), int(rect.bottom // _BUCKET) + 1):
                yield i, j

    def within(self, region: Rect) -> list[NoteBox]:
        """The notes meeting `region`, in layout order."""
        found: set[int] = set()
        for key in self._keys(region):
            found.update(self._buckets.get(key, ()))
        notes = self._notes
        return [notes[i] for i in sorted(found) if notes[i].rect.intersects(region)]


def draw_placements(ink: Ink, layout: BoardLayout, placements: tuple[Placement, ...],
                    index: NoteIndex | None, whole_labels: bool = False) -> None:
    """Each board region of a page, clipped to where it goes, at its scale (with
    `whole_labels`, a connector label the region would cut is left out instead)."""
    whole = len(placements) == 1 and placements[0].region == layout.rect
    for placement in placements:
        region = placement.region
        if region.width <= 0 or region.height <= 0:
            continue
        ink.save()
        ink.clip(placement.page_rect)
        scale = placement.scale
        ink.transform(scale, placement.origin.x - region.x * scale,
                      placement.origin.y - region.y * scale)
        draw_board(ink, layout, None if whole else region, index, pin_titles=not whole,
                   whole_labels=whole_labels)
        ink.restore()


def draw_board(ink: Ink, layout: BoardLayout, region: Rect | None = None,
               index: NoteIndex | None = None, pin_titles: bool = False,
               whole_labels: bool = False) -> None:
    """Draw the parts of `layout` meeting `region` (all of it when None) in board coordinates.

    With `pin_titles` (tiles), a header title whose start lies before the region is moved into
    it, as far as its header allows, so a stage or lane cut by the tile edge is still named.
    """
    area = region or layout.rect
    if region is None:
        notes = list(layout.notes)
    else:
        notes = (index or NoteIndex(layout.notes)).within(area)
    ink.fill_color(layout.background)
    ink.rect(area)
    _draw_bands(ink, layout, area)
    _draw_grid(ink, layout, area)
    _draw_header_fills(ink, layout, area)
    whole_labels = whole_labels and region is not None
    draw_stage_rows(ink, layout, area, whole_labels)
    _draw_lines(ink, layout, area)
    _draw_note_boxes(ink, layout, notes)
    draw_note_glyphs(ink, notes)
    _draw_curves(ink, layout, area, pin_titles and region is not None)
    _draw_connectors(ink, layout, area, whole_labels)
    _draw_text(ink, layout, area, notes, pin_titles and region is not None, whole_labels)
    ink.flush()


def _draw_bands(ink: Ink, layout: BoardLayout, area: Rect) -> None:
    for lane in layout.lanes:
        if not lane.rect.intersects(area):
            continue
        if lane.fill != layout.background:
            ink.fill_color(lane.fill)
            ink.rect(lane.rect)
        ink.fill_color(lane.header_fill)
        ink.rect(lane.header)
    for curve in layout.curves:
        band = curve.band
        if not band.intersects(area):
            continue
        ink.fill_color(curve.positive_fill)
        ink.rect(Rect(band.x, band.y, band.width, curve.zero_y - band.y))
        ink.fill_color(curve.negative_fill)
        ink.rect(Rect(band.x, curve.zero_y, band.width, band.bottom - curve.zero_y))


def _draw_grid(ink: Ink, layout: BoardLayout, area: Rect) -> None:
    ink.stroke_color(layout.grid_color)
    ink.line_width(_GRID_WIDTH)
    # Tiles test every segment against their regions: plain arithmetic, no Rect per segment.
    left, top, right, bottom = area.x, area.y, area.right, area.bottom
    for segment in layout.grid:
        a, b = segment.start, segment.end
        low_x, high_x = (a.x, b.x) if a.x <= b.x else (b.x, a.x)
        low_y, high_y = (a.y, b.y) if a.y <= b.y else (b.y, a.y)
        if low_x < right and high_x + 1 > left and low_y < bottom and high_y + 1 > top:
            ink.line(a, b)


def _draw_header_fills(ink: Ink, layout: BoardLayout, area: Rect) -> None:
    headers: list[PhaseHeader | StageHeader] = [*layout.phases, *layout.stages]
    for header in headers:
        if header.rect.intersects(area):
            ink.fill_color(header.fill)
            ink.rect(header.rect)


def _draw_lines(ink: Ink, layout: BoardLayout, area: Rect) -> None:
    for line in layout.lines:
        if not area.y - line.width <= line.y <= area.bottom + line.width:
            continue
        ink.stroke_color(line.color)
        ink.line_width(line.width, line.dash)
        ink.ops.append(f"{max(line.x_start, area.x):.2f} {line.y:.2f} m "
                       f"{min(line.x_end, area.right):.2f} {line.y:.2f} l S")
    ink.line_width(_GRID_WIDTH)


def _draw_note_boxes(ink: Ink, layout: BoardLayout, notes: list[NoteBox]) -> None:
    """Boxes grouped by colour (they never overlap, so order does not matter)."""
    groups: dict[tuple[str, str], list[NoteBox]] = defaultdict(list)
    for box in notes:
        groups[(box.fill, box.border)].append(box)
    ink.line_width(_NOTE_BORDER_WIDTH)
    radius = layout.note_radius
    for (fill, border), boxes in sorted(groups.items()):
        ink.fill_color(fill)
        ink.stroke_color(border)
        for box in boxes:
            ink.round_rect(box.rect, radius)


def _draw_curves(ink: Ink, layout: BoardLayout, area: Rect, pin: bool) -> None:
    for curve in layout.curves:
        if not curve.band.intersects(area):
            continue
        band = curve.band
        shift = _legend_shift(curve, area) if pin else 0.0
        ink.stroke_color(curve.axis_color)
        ink.line_width(0.8, (3.0, 3.0))
        ink.ops.append(f"{band.x:.2f} {curve.zero_y:.2f} m {band.right:.2f} {curve.zero_y:.2f} l S")
        ink.ops.append("1 J 1 j")
        # Every line first, then every marker, so no line runs over another series' marker.
        series = curve_series(curve)
        for line in series:
            ink.stroke_color(line.color)
            ink.line_width(curve.line_width, line.dash)
            ink.curve(line.segments)
        for entry in curve.legend:
            ink.stroke_color(entry.color)
            ink.line_width(curve.line_width, entry.dash)
            ink.line(Point(entry.start.x + shift, entry.start.y),
                     Point(entry.end.x + shift, entry.end.y))
        ink.stroke_color(layout.background)
        ink.line_width(1.2)
        for line in series:
            ink.fill_color(line.color)
            for point in line.points:
                ink.circle(point.point, curve.marker_radius)
        for entry in curve.legend:
            ink.fill_color(entry.color)
            middle = _middle(entry.start, entry.end)
            ink.circle(Point(middle.x + shift, middle.y), curve.marker_radius)
        ink.ops.append("0 J 0 j")


def _middle(start: Point, end: Point) -> Point:
    return Point((start.x + end.x) / 2, (start.y + end.y) / 2)


def _legend_shift(curve: EmotionCurve, area: Rect) -> float:
    """How far right a page or tile that starts inside an emotions band moves the band's legend
    and ± hints, so every page showing the curves also says whose they are."""
    return max(0.0, area.x - curve.band.x)


def _draw_connectors(ink: Ink, layout: BoardLayout, area: Rect, whole_labels: bool) -> None:
    for connector in layout.connectors:
        points = [p for piece in connector.segments for p in piece]
        xs = [p.x for p in points] + [connector.arrow[0].x]
        ys = [p.y for p in points]
        hull = Rect(min(xs), min(ys) - 5, max(xs) - min(xs) + 1, max(ys) - min(ys) + 10)
        if not hull.intersects(area):
            continue
        ink.stroke_color(connector.color)
        ink.line_width(connector.line_width)
        ink.ops.append("1 J 1 j")
        ink.curve(list(connector.segments))
        ink.ops.append("0 J 0 j")
        ink.fill_color(connector.color)
        ink.polygon(connector.arrow)
        if _shows_label(connector.label_box, area, whole_labels):
            assert connector.label_box is not None
            ink.fill_color(layout.background)
            ink.line_width(0.5)
            ink.round_rect(connector.label_box, 3.0)


def _draw_text(ink: Ink, layout: BoardLayout, area: Rect, notes: list[NoteBox],
               pin: bool, whole_labels: bool) -> None:
    ink.begin_text()
    for phase in layout.phases:
        if phase.rect.intersects(area):
            ink.text_block(_pin_right(phase.title, phase.rect, area) if pin else phase.title)
    for stage in layout.stages:
        if stage.rect.intersects(area):
            if stage.time is not None:
                ink.text_block(_pin_right(stage.time, stage.rect, area) if pin else stage.time)
            ink.text_block(_pin_right(stage.title, stage.rect, area) if pin else stage.title)
    for lane in layout.lanes:
        if lane.header.intersects(area):
            ink.text_block(_pin_down(lane.title, lane.header, area) if pin else lane.title)
    for line in layout.lines:
        if _block_rect(line.label).intersects(area):
            ink.text_block(line.label)
    for curve in layout.curves:
        if curve.band.intersects(area):
            shift = _legend_shift(curve, area) if pin else 0.0
            for block in (curve.plus_hint, curve.minus_hint,
                          *(entry.label for entry in curve.legend)):
                ink.text_block(block._replace(x=block.x + shift) if shift else block)
    for connector in layout.connectors:
        if connector.label is not None and _shows_label(connector.label_box, area, whole_labels):
            ink.text_block(connector.label)
    for box in notes:
        ink.text_block(box.text)
        if box.footer is not None:
            ink.text_block(box.footer)
    ink.end_text()


def _shows_label(box: Rect | None, area: Rect, whole_labels: bool) -> bool:
    """Whether a connector label's box is drawn in `area`: when it meets it, or with
    `whole_labels` (report pages) only when it lies wholly inside, never cut by the page edge."""
    if box is None:
        return False
    return area.contains(box) if whole_labels else box.intersects(area)


def _block_rect(block: TextBlock) -> Rect:
    """The area a block's lines may cover (its width, from the first ascent to the last descent)."""
    if not block.lines:
        return Rect(block.x, 0.0, 0.0, 0.0)
    top = block.baselines[0] - block.size
    return Rect(block.x, top, block.width, block.baselines[-1] + 0.3 * block.size - top)


def _pin_right(block: TextBlock, header: Rect, area: Rect) -> TextBlock:
    """`block` moved right into `area` when its header starts left of it (never past the header)."""
    if block.x >= area.x or not block.lines:
        return block
    widest = max(text_width(line, block.size, block.weight) for line in block.lines)
    padding = block.x - header.x
    shift = min(area.x + padding - block.x, header.right - padding - block.x - widest)
    return block._replace(x=block.x + shift) if shift > 0 else block


def _pin_down(block: TextBlock, header: Rect, area: Rect) -> TextBlock:
    """`block` moved down into `area` when its header starts above it (never past the header)."""
    if not block.lines:
        return block
    top = block.baselines[0] - block.size
    if top >= area.y:
        return block
    padding = top - header.y
    bottom = block.baselines[-1] + 0.3 * block.size
    shift = min(area.y + padding - top, header.bottom - padding - bottom)
    if shift <= 0:
        return block
    return block._replace(baselines=tuple(b + shift for b in block.baselines))
