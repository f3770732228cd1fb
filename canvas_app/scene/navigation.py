"""Arrow-key navigation over the board: from a note or cell to the next note or cell.

Up and Down walk the notes of a cell and continue into the cell above or below; Left and Right
go to the neighbouring stage, to the note at the same height there. An empty cell can be the
destination (the cell becomes current with nothing selected).
"""

from __future__ import annotations

from enum import Enum
from typing import Optional

from canvas_app.scene.board_index import BoardIndex, CellKey


class Step(Enum):
    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"


def step(index: BoardIndex, cell: Optional[CellKey], note_id: Optional[str],
         direction: Step) -> Optional[tuple[CellKey, Optional[str]]]:
    """The cell and note (None: the cell itself) one step from `cell`/`note_id`; None when
    there is nowhere to go (the board edge, or an empty board)."""
    if note_id is not None and note_id in index.note_boxes:
        box = index.note_boxes[note_id]
        cell = (box.stage_id, box.lane_id)
    else:
        note_id = None
    if cell is None or cell not in index.cell_rects:
        if not index.layout.cells:
            return None
        first = index.layout.cells[0]
        first_cell = (first.stage_id, first.lane_id)
        notes = index.notes_in(first_cell)
        return first_cell, (notes[0].note_id if notes else None)
    notes = index.notes_in(cell)
    position = next((i for i, b in enumerate(notes) if b.note_id == note_id), None)
    column = index.stage_index[cell[0]]
    row = index.lane_index[cell[1]]
    if direction is Step.DOWN:
        if position is not None and position + 1 < len(notes):
            return cell, notes[position + 1].note_id
        return _enter(index, column, row + 1, first=True)
    if direction is Step.UP:
        if position is not None and position > 0:
            return cell, notes[position - 1].note_id
        return _enter(index, column, row - 1, first=False)
    offset = -1 if direction is Step.LEFT else 1
    target_column = column + offset
    if not 0 <= target_column < len(index.stage_ids):
        return None
    target = (index.stage_ids[target_column], cell[1])
    target_notes = index.notes_in(target)
    if not target_notes:
        return target, None
    if note_id is None:
        return target, target_notes[0].note_id
    # The note at about the same height, so moving sideways keeps one's place in the lane.
    middle = index.note_boxes[note_id].rect.center.y
    nearest = min(target_notes, key=lambda b: abs(b.rect.center.y - middle))
    return target, nearest.note_id


def _enter(index: BoardIndex, column: int, row: int,
           first: bool) -> Optional[tuple[CellKey, Optional[str]]]:
    if not 0 <= row < len(index.lane_ids):
        return None
    cell = (index.stage_ids[column], index.lane_ids[row])
    notes = index.notes_in(cell)
    if not notes:
        return cell, None
    return cell, (notes[0] if first else notes[-1]).note_id
