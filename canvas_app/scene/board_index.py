"""What lies where on a laid-out board: cells, notes, headers and their edges at a scene point.

Built from a BoardLayout (columns and lanes found by bisection), so hit-testing and drop targets
work the same whether the board is drawn item by item or as an overview picture.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Optional

from canvas_app.model.layout_geometry import (
    BoardLayout,
    NoteBox,
    PhaseHeader,
    Rect,
    StageHeader,
)

CellKey = tuple[str, str]


@dataclass(frozen=True)
class DropSpot:
    """Where a drop lands in a cell: the index (counting every note now in the cell) and the y
    of the insertion line, between the neighbouring notes."""

    stage_id: str
    lane_id: str
    index: int
    line_y: float


class BoardIndex:
    """Lookups over one BoardLayout (rebuilt when the layout changes; O(notes) to build)."""

    def __init__(self, layout: BoardLayout) -> None:
        self.layout = layout
        self.stage_ids = [header.stage_id for header in layout.stages]
        self.lane_ids = [lane.lane_id for lane in layout.lanes]
        # Column edges come from the cells of the first lane (or the headers without lanes).
        columns: list[tuple[float, float]] = []
        if layout.lanes:
            count = len(self.stage_ids)
            columns = [(cell.rect.x, cell.rect.right) for cell in layout.cells[:count]]
        else:
            columns = [(h.rect.x - 1.0, h.rect.right + 1.0) for h in layout.stages]
        self.columns = columns
        self._column_left = [left for left, _ in columns]
        self.rows = [(lane.rect.y, lane.rect.bottom) for lane in layout.lanes]
        self._row_top = [top for top, _ in self.rows]
        self.cell_rects: dict[CellKey, Rect] = {
            (cell.stage_id, cell.lane_id): cell.rect for cell in layout.cells
        }
        self.cell_notes: dict[CellKey, list[NoteBox]] = {}
        self.note_boxes: dict[str, NoteBox] = {}
        self.note_order: dict[str, int] = {}
        for order, box in enumerate(layout.notes):
            self.cell_notes.setdefault((box.stage_id, box.lane_id), []).append(box)
            self.note_boxes[box.note_id] = box
            self.note_order[box.note_id] = order
        self.stage_index = {stage_id: i for i, stage_id in enumerate(self.stage_ids)}
        self.lane_index = {lane_id: i for i, lane_id in enumerate(self.lane_ids)}

    # -- cells and notes -------------------------------------------------------------------

    def column_at(self, x: float) -> Optional[int]:
        i = bisect_right(self._column_left, x) - 1
        if i >= 0 and x < self.columns[i][1]:
            return i
        return None

    def row_at(self, y: float) -> Optional[int]:
        i = bisect_right(self._row_top, y) - 1
        if i >= 0 and y < self.rows[i][1]:
            return i
        return None

    def cell_at(self, x: float, y: float) -> Optional[CellKey]:
        column, row = self.column_at(x), self.row_at(y)
        if column is None or row is None:
            return None
        return self.stage_ids[column], self.lane_ids[row]

    def nearest_cell(self, x: float, y: float) -> Optional[CellKey]:
        """The cell at (x, y), or the closest one when the point is beside the grid."""
        if not self.columns or not self.rows:
            return None
        column = self.column_at(x)
        if column is None:
            column = 0 if x < self.columns[0][0] else len(self.columns) - 1
        row = self.row_at(y)
        if row is None:
            row = _nearest(self.rows, y)
        return self.stage_ids[column], self.lane_ids[row]

    def notes_in(self, cell: CellKey) -> list[NoteBox]:
        return self.cell_notes.get(cell, [])

    def note_at(self, x: float, y: float) -> Optional[NoteBox]:
        cell = self.cell_at(x, y)
        if cell is None:
            return None
        for box in self.cell_notes.get(cell, ()):
            rect = box.rect
            if rect.x <= x <= rect.right and rect.y <= y <= rect.bottom:
                return box
        return None

    def notes_meeting(self, area: Rect) -> list[str]:
        """Ids of notes whose box meets `area`, in board order (only nearby cells are looked at)."""
        found: list[str] = []
        columns = [i for i, (left, right) in enumerate(self.columns)
                   if left < area.right and right > area.x]
        rows = [j for j, (top, bottom) in enumerate(self.rows)
                if top < area.bottom and bottom > area.y]
        for j in rows:
            for i in columns:
                for box in self.cell_notes.get((self.stage_ids[i], self.lane_ids[j]), ()):
                    if box.rect.intersects(area):
                        found.append(box.note_id)
        return self.in_board_order(found)

    def in_board_order(self, note_ids: Iterable[str]) -> list[str]:
        order = self.note_order
        return sorted((i for i in note_ids if i in order), key=order.__getitem__)

    def drop_spot(self, cell: CellKey, y: float, moving: frozenset[str] = frozenset()) -> DropSpot:
        """Where a drop at height `y` in `cell` goes: before the first note whose middle is
        below `y`; the insertion line sits between the notes that stay on either side."""
        notes = self.cell_notes.get(cell, [])
        rect = self.cell_rects[cell]
        index = len(notes)
        for i, box in enumerate(notes):
            if box.rect.y + box.rect.height / 2 > y:
                index = i
                break
        above = next((b for b in reversed(notes[:index]) if b.note_id not in moving), None)
        below = next((b for b in notes[index:] if b.note_id not in moving), None)
        if above is not None and below is not None:
            line_y = (above.rect.bottom + below.rect.y) / 2
        elif above is not None:
            line_y = above.rect.bottom + 5.0
        elif below is not None:
            line_y = below.rect.y - 5.0
        else:
            line_y = rect.y + 8.0
        return DropSpot(cell[0], cell[1], index, line_y)

    # -- headers and their edges -----------------------------------------------------------

    def stage_header_at(self, x: float, y: float) -> Optional[StageHeader]:
        for header in self.layout.stages:
            rect = header.rect
            if rect.x - 1.0 <= x <= rect.right + 1.0 and rect.y <= y <= rect.bottom + 1.0:
                return header
        return None

    def stage_row_at(self, x: float, y: float) -> Optional[str]:
        """The stage whose column `x` is in, when (x, y) lies in the funnel row or the campaign
        band (layout_stage_details); None elsewhere."""
        layout = self.layout
        strips = [layout.funnel.strip if layout.funnel else None, layout.details_band]
        if not any(s is not None and s.rect.y <= y <= s.rect.bottom for s in strips):
            return None
        for stage_id, (left, right) in zip(self.stage_ids, self.columns):
            if left <= x <= right:
                return stage_id
        return None

    def phase_header_at(self, x: float, y: float) -> Optional[PhaseHeader]:
        for header in self.layout.phases:
            rect = header.rect
            if rect.x - 1.0 <= x <= rect.right + 1.0 and rect.y <= y <= rect.bottom + 1.0:
                return header
        return None

    def lane_header_at(self, x: float, y: float) -> Optional[str]:
        if not 0.0 <= x <= self.layout.lane_header_width:
            return None
        row = self.row_at(y)
        return self.lane_ids[row] if row is not None else None

    def stage_edge_at(self, x: float, y: float, tolerance: float) -> Optional[str]:
        """The stage whose right edge is within `tolerance` of x, in the header row."""
        if not self.layout.stages or y > self.layout.header_height or y < self._stage_top():
            return None
        for stage_id, (_, right) in zip(self.stage_ids, self.columns):
            if abs(x - right) <= tolerance:
                return stage_id
        return None

    def lane_edge_at(self, x: float, y: float, tolerance: float) -> Optional[str]:
        """The lane whose bottom edge is within `tolerance` of y, in the lane header column."""
        if not 0.0 <= x <= self.layout.lane_header_width:
            return None
        for lane_id, (_, bottom) in zip(self.lane_ids, self.rows):
            if abs(y - bottom) <= tolerance:
                return lane_id
        return None

    def _stage_top(self) -> float:
        return self.layout.stages[0].rect.y if self.layout.stages else 0.0

    def stage_slot(self, x: float) -> int:
        """The final index a stage dragged to x takes (the column under x, clamped)."""
        column = self.column_at(x)
        if column is None:
            return 0 if not self.columns or x < self.columns[0][0] else len(self.columns) - 1
        return column

    def lane_slot(self, y: float) -> int:
        """The final index a lane dragged to y takes (the row under y, clamped)."""
        row = self.row_at(y)
        if row is None:
            return 0 if not self.rows or y < self.rows[0][0] else len(self.rows) - 1
        return row

    def column_rect(self, stage_id: str) -> Optional[Rect]:
        """The whole column of a stage: its header down to the bottom of the last lane."""
        index = self.stage_index.get(stage_id)
        if index is None:
            return None
        left, right = self.columns[index]
        bottom = self.rows[-1][1] if self.rows else self.layout.header_height
        return Rect(left, 0.0, right - left, bottom)


def _nearest(spans: list[tuple[float, float]], value: float) -> int:
    best, distance = 0, float("inf")
    for i, (low, high) in enumerate(spans):
        gap = 0.0 if low <= value < high else min(abs(value - low), abs(value - high))
        if gap < distance:
            best, distance = i, gap
    return best
