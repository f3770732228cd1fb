"""The layout engine: a JourneyMap in, a BoardLayout out (pure geometry in points, no Qt).

Columns are stages, rows are lanes. Every text is wrapped with the real font metrics and every
box grows to hold its text — notes, headers, lanes — so nothing is ever cut off. The same layout
feeds the PDF export and the screen.

Incremental: a `LayoutMemo` passed to `compute_layout` keeps each cell's note boxes, and the next
layout takes them as they are for every cell whose notes are the very same records (edits share
untouched records) in the same column; when a lane above changed its height, such a cell is only
moved (notes are laid out relative to their cell's top: layout_notes.NotePainter.place). An edit
of a note lays out its cell again and nothing else. The result is exactly the layout computed
from scratch (tests/test_layout_incremental.py), so an edit on a 20 000-note board costs the cells
it touches rather than the whole board.
"""

from __future__ import annotations

import gc
from functools import partial
from operator import is_
from typing import TYPE_CHECKING, NamedTuple, Optional

from canvas_app.model.emotion_curve import build_lane_curve, legend_height
from canvas_app.model.emotion_groups import GroupScores, lane_scores
from canvas_app.model.fonts import FontWeight
from canvas_app.model.kinds import LINE_LABELS, LaneKind, MapType
from canvas_app.model.layout_connectors import ConnectorGrid, build_connector
from canvas_app.model.layout_geometry import (
    BlueprintLineLayout,
    BoardLayout,
    Cell,
    ConnectorLayout,
    EmotionCurve,
    LaneRow,
    NoteBox,
    PhaseHeader,
    Point,
    Rect,
    Segment,
    StageHeader,
)
from canvas_app.model.layout_labels import MAX_LABEL_REACH, ObstacleIndex
from canvas_app.model.layout_notes import NotePainter
from canvas_app.model.layout_stage_details import details_band, funnel_row
from canvas_app.model.layout_style import DEFAULT_STYLE, LayoutStyle
from canvas_app.model.layout_text import block_height, text_block

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap
    from canvas_app.model.records import Note

# Headers are inset from their column so neighbouring dark headers stay visibly separate.
_HEADER_INSET = 1.0

__all__ = ["DEFAULT_STYLE", "BoardLayout", "LayoutMemo", "LayoutStyle", "compute_layout"]


class _CellStack(NamedTuple):
    """One cell's laid-out notes, what they were laid out from, each note's offset from the
    cell's top (`rels`) and the last bottom's (`rel_bottom`)."""

    notes: tuple[Note, ...]
    column_x: float
    column_width: float
    top: float
    boxes: tuple[NoteBox, ...]
    rels: tuple[float, ...]
    rel_bottom: float

    def same_notes(self, notes: tuple[Note, ...], column_x: float, column_width: float) -> bool:
        """The very same records in the same column: the same boxes, wherever the top is."""
        return (column_x == self.column_x and column_width == self.column_width
                and len(notes) == len(self.notes) and all(map(is_, notes, self.notes)))


class LayoutMemo:
    """The cells of the last layout made with this memo, for the next one to reuse (one memo
    per view: the board's scene keeps one)."""

    def __init__(self) -> None:
        self._key: Optional[tuple[LayoutStyle, str]] = None
        self._cells: dict[tuple[str, str], _CellStack] = {}
        self.reused = 0  # cells taken as they were by the last layout (the tests read it)
        self.moved = 0  # cells only moved down or up (a lane above changed its height)

    def _start(self, style: LayoutStyle, language: str) -> dict[tuple[str, str], _CellStack]:
        """The previous cells (none if the style or the language changed) and a fresh start."""
        key = (style, language)
        previous = self._cells if key == self._key else {}
        self._key, self._cells, self.reused, self.moved = key, {}, 0, 0
        return previous


def compute_layout(journey: JourneyMap, style: LayoutStyle = DEFAULT_STYLE,
                   memo: Optional[LayoutMemo] = None) -> BoardLayout:
    """Lay out `journey`: headers, lanes, cells, notes, blueprint lines, curves, connectors
    (reusing what `memo` kept of the last layout, and keeping this one's cells in it)."""
    # A large board's layout makes hundreds of thousands of small records, none in a cycle: the
    # cyclic collector would walk the whole heap several times meanwhile (tens of ms).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _compute_layout(journey, style, memo)
    finally:
        if enabled:
            gc.enable()


def _compute_layout(journey: JourneyMap, style: LayoutStyle,
                    memo: Optional[LayoutMemo]) -> BoardLayout:
    left = style.lane_header_width
    column_x: list[float] = []
    column_width: list[float] = []
    x = left
    for stage in journey.stages:
        width = stage.width if stage.width is not None else style.stage_width
        column_x.append(x)
        column_width.append(width)
        x += width
    board_width = x

    phases, phase_bottom = _phase_headers(journey, column_x, column_width, style)
    funnel, funnel_bottom = funnel_row(journey, column_x, column_width, phase_bottom, x, style)
    stages, stage_bottom = _stage_headers(journey, column_x, column_width, funnel_bottom, style)
    campaign, details, header_height = details_band(journey, column_x, column_width,
                                                    stage_bottom, x, style)

    painter = NotePainter(style, journey.language.value)
    previous = memo._start(style, journey.language.value) if memo is not None else {}
    kept = memo._cells if memo is not None else None
    lanes: list[LaneRow] = []
    cells: list[Cell] = []
    notes: list[NoteBox] = []
    lines: list[BlueprintLineLayout] = []
    curves: list[EmotionCurve] = []
    lines_after: dict[str, list[int]] = {}
    for index, line in enumerate(journey.lines):
        lines_after.setdefault(line.after_lane, []).append(index)

    y = header_height
    cells_of = journey.cells
    for lane_number, lane in enumerate(journey.lanes):
        pad = style.header_padding_x
        title = text_block(lane.title, pad, y + style.header_padding_y, left - 2 * pad,
                           style.lane_font_size, style.lane_leading, FontWeight.SEMIBOLD,
                           style.ink)
        needed = 2 * style.header_padding_y + block_height(
            len(title.lines), style.lane_font_size, style.lane_leading, FontWeight.SEMIBOLD)
        is_emotions = lane.kind is LaneKind.EMOTIONS
        notes_top = y + style.cell_padding
        band = None
        groups: list[GroupScores] = []
        if is_emotions:
            # One curve per persona or per as-is / to-be when the scores say so; their legend
            # takes a strip at the top of the band.
            groups = lane_scores(journey, lane.id)
            strip = legend_height([g.group.label for g in groups], board_width - left, style)
            band = Rect(left, y + style.cell_padding / 2, board_width - left,
                        style.emotion_band_height + strip)
            notes_top = band.bottom + style.cell_padding
        for column, stage in enumerate(journey.stages):
            key = (stage.id, lane.id)
            cell_notes = cells_of.get(key, ())
            cell_x, cell_width = column_x[column], column_width[column]
            if kept is None:  # no memo: just lay the cell out
                bottom = notes_top + painter.stack(cell_notes, cell_x, cell_width, notes_top,
                                                   notes)
                needed = max(needed, bottom + style.cell_padding - y)
                continue
            stack = previous.get(key)
            first = len(notes)
            if stack is not None and stack.same_notes(cell_notes, cell_x, cell_width):
                assert memo is not None
                if stack.top == notes_top:
                    notes.extend(stack.boxes)
                    memo.reused += 1
                else:
                    painter.place(stack.boxes, stack.rels, notes_top, notes)
                    stack = stack._replace(top=notes_top, boxes=tuple(notes[first:]))
                    memo.moved += 1
            else:
                rels: list[float] = []
                rel_bottom = painter.stack(cell_notes, cell_x, cell_width, notes_top, notes,
                                           rels)
                stack = _CellStack(cell_notes, cell_x, cell_width, notes_top,
                                   tuple(notes[first:]), tuple(rels), rel_bottom)
            kept[key] = stack
            bottom = notes_top + stack.rel_bottom
            needed = max(needed, bottom + style.cell_padding - y)
        if is_emotions:
            needed = max(needed, notes_top - y + style.cell_padding)
        height = max(needed, style.lane_min_height, lane.height or 0.0)
        fill = style.lane_fill_alternate if lane_number % 2 else style.lane_fill
        lanes.append(LaneRow(lane.id, lane.kind, Rect(0.0, y, board_width, height), fill,
                             Rect(0.0, y, left, height), style.lane_header_fill, title))
        cells.extend(
            Cell(stage.id, lane.id, Rect(column_x[c], y, column_width[c], height))
            for c, stage in enumerate(journey.stages)
        )
        if band is not None:
            centres = [x + w / 2 for x, w in zip(column_x, column_width)]
            series = [(g.group, [(stage_id, centre, mean) for (stage_id, mean), centre
                                 in zip(g.means, centres)]) for g in groups]
            curves.append(build_lane_curve(lane.id, band, series, style))
        y += height
        for line_index in lines_after.get(lane.id, ()):
            line_layout = _blueprint_line(journey, line_index, y, board_width, style)
            lines.append(line_layout)
            y = line_layout.y + style.line_band_padding + style.line_width

    connectors = _connectors(journey, notes, lines, style,
                             Rect(left, header_height, board_width - left, y - header_height),
                             cells, lanes)
    # A connector within the last column bows out past the grid, and labels may overhang: the
    # board (and so a poster page) must include them, or they would be cut off.
    width, height = board_width, y
    for connector in connectors:
        for piece in connector.segments:
            width = max(width, piece.start.x, piece.c1.x, piece.c2.x, piece.end.x)
        if connector.label_box is not None:
            width = max(width, connector.label_box.right)
            height = max(height, connector.label_box.bottom)
    if width > board_width:
        width += style.connector_width + 2.0
    return BoardLayout(
        width=width,
        height=height,
        background=style.background,
        header_height=header_height,
        lane_header_width=left,
        phases=tuple(phases),
        stages=tuple(stages),
        lanes=tuple(lanes),
        cells=tuple(cells),
        grid=_grid(column_x, column_width, lanes, header_height, board_width),
        grid_color=style.grid_color,
        notes=tuple(notes),
        lines=tuple(lines),
        curves=tuple(curves),
        connectors=connectors,
        note_radius=style.note_radius,
        funnel=funnel,
        details_band=campaign,
        details=details,
    )


def _phase_headers(
    journey: JourneyMap, column_x: list[float], column_width: list[float], style: LayoutStyle
) -> tuple[list[PhaseHeader], float]:
    """Phase headers spanning their stages, and the bottom of the phase row (0 without phases)."""
    spans = journey.phase_spans()
    if not spans:
        return [], 0.0
    size, leading, weight = style.phase_font_size, style.phase_leading, FontWeight.SEMIBOLD
    pad_x, pad_y = style.header_padding_x, style.header_padding_y
    wrapped = []
    row_height = 0.0
    for phase, first, last in spans:
        x = column_x[first]
        width = column_x[last] + column_width[last] - x
        block = text_block(phase.title, 0.0, 0.0, width - 2 * pad_x, size, leading, weight,
                           style.ink_on_dark)
        text_height = block_height(len(block.lines), size, leading, weight)
        row_height = max(row_height, text_height + 2 * pad_y)
        wrapped.append((phase, first, last, x, width, text_height))
    headers = []
    for phase, first, last, x, width, text_height in wrapped:
        top = (row_height - text_height) / 2
        title = text_block(phase.title, x + pad_x, top, width - 2 * pad_x, size, leading, weight,
                           style.ink_on_dark)
        rect = Rect(x + _HEADER_INSET, 0.0, width - 2 * _HEADER_INSET, row_height - _HEADER_INSET)
        headers.append(PhaseHeader(phase.id, rect, style.phase_fill, title, first, last))
    return headers, row_height


def _stage_headers(
    journey: JourneyMap,
    column_x: list[float],
    column_width: list[float],
    top: float,
    style: LayoutStyle,
) -> tuple[list[StageHeader], float]:
    """Stage headers (time of day above the title on day-in-the-life maps) and their bottom."""
    size, leading, weight = style.stage_font_size, style.stage_leading, FontWeight.SEMIBOLD
    pad_x, pad_y = style.header_padding_x, style.header_padding_y
    show_time = journey.map_type is MapType.DAY_IN_THE_LIFE
    time_height = block_height(1, style.time_font_size, style.time_font_size, FontWeight.REGULAR)
    measured = []
    row_height = 2 * pad_y + block_height(1, size, leading, weight)
    for column, stage in enumerate(journey.stages):
        probe = text_block(stage.title, 0.0, 0.0, column_width[column] - 2 * pad_x, size,
                           leading, weight, style.ink_on_dark)
        content = block_height(len(probe.lines), size, leading, weight)
        has_time = show_time and stage.time_of_day is not None
        if has_time:
            content += time_height + style.time_gap
        row_height = max(row_height, content + 2 * pad_y)
        measured.append((content, has_time))
    headers = []
    for column, stage in enumerate(journey.stages):
        content, has_time = measured[column]
        x, width = column_x[column], column_width[column]
        cursor = top + (row_height - content) / 2
        time = None
        if has_time:
            time = text_block(stage.time_of_day or "", x + pad_x, cursor, width - 2 * pad_x,
                              style.time_font_size, style.time_font_size, FontWeight.REGULAR,
                              style.time_color)
            cursor += time_height + style.time_gap
        title = text_block(stage.title, x + pad_x, cursor, width - 2 * pad_x, size, leading,
                           weight, style.ink_on_dark)
        rect = Rect(x + _HEADER_INSET, top, width - 2 * _HEADER_INSET, row_height - _HEADER_INSET)
        headers.append(StageHeader(stage.id, rect, style.stage_fill, title, time))
    return headers, top + row_height


def _blueprint_line(
    journey: JourneyMap, index: int, top: float, board_width: float, style: LayoutStyle
) -> BlueprintLineLayout:
    """A blueprint line in its own band below the lane: the label above, the dashed line below."""
    line = journey.lines[index]
    label_text = line.label or LINE_LABELS[line.kind][journey.language.value]
    size, leading = style.line_label_size, style.line_label_leading
    pad = style.header_padding_x
    width = max(60.0, min(style.line_label_width, board_width - 2 * pad))
    color = style.line_color(line.kind)
    label = text_block(label_text, pad, top + style.line_band_padding, width, size, leading,
                       FontWeight.SEMIBOLD, color)
    label_height = block_height(len(label.lines), size, leading, FontWeight.SEMIBOLD)
    y = top + style.line_band_padding + label_height + 3.0
    return BlueprintLineLayout(line.id, line.kind, y, 0.0, board_width, color, style.line_width,
                               style.line_dash(line.kind), label)


def _grid(
    column_x: list[float],
    column_width: list[float],
    lanes: list[LaneRow],
    header_height: float,
    board_width: float,
) -> tuple[Segment, ...]:
    """Thin separators: one vertical line per column edge, one horizontal line per lane edge."""
    if not lanes:
        return ()
    segments: list[Segment] = []
    # Adjacent lanes share an edge: draw it once (a blueprint band between them splits it).
    edges_y = dict.fromkeys(y for lane in lanes for y in (lane.rect.y, lane.rect.bottom))
    segments.extend(Segment(Point(0.0, y), Point(board_width, y)) for y in edges_y)
    for lane in lanes:
        edges = [lane.header.right] + [x + w for x, w in zip(column_x, column_width)]
        segments.extend(
            Segment(Point(edge, lane.rect.y), Point(edge, lane.rect.bottom)) for edge in edges
        )
    return tuple(segments)


def _glyph_marks(box: NoteBox) -> tuple[Rect, ...]:
    """The box of the note's kind glyph, if it has one."""
    # Imported here: only a label's fallback asks, and the start-up window's first paint need
    # not build the glyph descriptions (~2.5 ms).
    from canvas_app.model.kind_glyphs import glyph, glyph_box

    return (glyph_box(box.rect),) if glyph(box.kind) is not None else ()


def _connectors(
    journey: JourneyMap, notes: list[NoteBox], lines: list[BlueprintLineLayout],
    style: LayoutStyle, grid: Rect, cells: list[Cell], lanes: list[LaneRow]
) -> tuple[ConnectorLayout, ...]:
    """The connectors in map order, routed around notes in their way; labels keep clear of the
    notes, of the blueprint lines' labels, of the headers around `grid` (the area of the lanes)
    and of each other."""
    if not journey.connectors:
        return ()
    rects = {box.note_id: box.rect for box in notes}
    routing = _routing_grid(journey, notes, cells, lanes)
    obstacles = None
    labelled = [c for c in journey.connectors if c.label]
    if labelled:
        obstacles = ObstacleIndex()
        # Only notes a label could reach go in the index: its curve stays within the bow of
        # the box around its two notes, and the label within its reach of the curve (a few
        # arrows on a big board then cost a few comparisons per note, not an index of it all).
        ends = [rects[end] for c in labelled for end in (c.source, c.target)]
        margin = MAX_LABEL_REACH + style.connector_label_width + 50.0
        left = min(r.x for r in ends) - margin
        top = min(r.y for r in ends) - margin
        right = max(r.x + r.width for r in ends) + margin
        bottom = max(r.y + r.height for r in ends) + margin
        add = obstacles.add
        for box in notes:
            r = box.rect
            if r.x < right and r.x + r.width > left and r.y < bottom and r.y + r.height > top:
                add(r, (box.text, box.footer), partial(_glyph_marks, box))
        # The header band above and the lane headers to the left; a label may overhang the
        # board on the right (a connector in the last column bows out there), so the band
        # reaches one label width further.
        reach = grid.right + style.connector_label_width
        obstacles.add(Rect(0.0, 0.0, reach, grid.y))
        obstacles.add(Rect(0.0, grid.y, grid.x, grid.height))
        # Below the last lane, so a label does not grow the board downwards when it can help it.
        obstacles.add(Rect(0.0, grid.bottom, reach, style.connector_label_width))
        for line in lines:
            text = line.label
            top = text.baselines[0] - text.size
            obstacles.add(Rect(text.x, top, text.width, text.baselines[-1] + text.size / 3 - top))
    return tuple(
        build_connector(connector, rects[connector.source], rects[connector.target], style,
                        obstacles, routing)
        for connector in journey.connectors
    )


def _routing_grid(journey: JourneyMap, notes: list[NoteBox], cells: list[Cell],
                  lanes: list[LaneRow]) -> ConnectorGrid:
    """The notes a connector between columns could run over (those within the rows and columns
    its two ends span), their cells, and the lane boundaries."""
    ends = {end for c in journey.connectors for end in (c.source, c.target)}
    end_boxes = [box for box in notes if box.note_id in ends]
    cell_rects = {(cell.stage_id, cell.lane_id): cell.rect for cell in cells}
    left = min(box.rect.x for box in end_boxes)
    right = max(box.rect.right for box in end_boxes)
    top = min(cell_rects[box.stage_id, box.lane_id].y for box in end_boxes)
    bottom = max(cell_rects[box.stage_id, box.lane_id].bottom for box in end_boxes)
    near = ObstacleIndex()
    for box in notes:
        r = box.rect
        if r.x < right and r.right > left and r.y < bottom and r.bottom > top:
            near.add(r)
    edges = sorted({edge for lane in lanes for edge in (lane.rect.y, lane.rect.bottom)})
    return ConnectorGrid(near,
                         {box.note_id: cell_rects[box.stage_id, box.lane_id]
                          for box in end_boxes},
                         edges)
