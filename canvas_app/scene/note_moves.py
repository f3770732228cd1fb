"""Where the keyboard moves notes: one step left, right, up or down from their cell.

Left and Right carry the selected notes into the same lane of the neighbouring stage, at the
same position (so Right then Left puts them back). Up and Down reorder them within their cell
and, past its first or last note, carry them into the lane above (at the end) or below (at the
start), the way arrow-key navigation walks notes and then cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from canvas_app.model.journey_map import JourneyMap
from canvas_app.scene.navigation import Step


@dataclass(frozen=True)
class MoveTarget:
    """A place for `Editor.move_notes`: a cell and an index counted before the move (None:
    the end of the cell)."""

    stage_id: str
    lane_id: str
    index: Optional[int]


def note_move_target(journey: JourneyMap, note_ids: Sequence[str],
                     direction: Step) -> Optional[MoveTarget]:
    """Where one keyboard step in `direction` takes `note_ids`; None at the board's edge (or
    when no given note exists). The first note in board order decides the cell it leaves."""
    by_id = journey.note_by_id
    moving = [by_id[note_id] for note_id in note_ids if note_id in by_id]
    if not moving:
        return None
    stage_order = [stage.id for stage in journey.stages]
    lane_order = [lane.id for lane in journey.lanes]
    moving.sort(key=lambda n: (stage_order.index(n.stage), lane_order.index(n.lane), n.order))
    anchor = moving[0]
    cell = journey.notes_in(anchor.stage, anchor.lane)
    cell_ids = [note.id for note in cell]
    moving_ids = {note.id for note in moving}
    positions = [i for i, note_id in enumerate(cell_ids) if note_id in moving_ids]
    column = stage_order.index(anchor.stage)
    row = lane_order.index(anchor.lane)
    if direction in (Step.LEFT, Step.RIGHT):
        target_column = column + (-1 if direction is Step.LEFT else 1)
        if not 0 <= target_column < len(stage_order):
            return None
        target_stage = stage_order[target_column]
        target = journey.notes_in(target_stage, anchor.lane)
        return MoveTarget(target_stage, anchor.lane, min(positions[0], len(target)))
    all_here = len(positions) == len(moving)
    if direction is Step.UP:
        if all_here and positions[0] > 0:
            return MoveTarget(anchor.stage, anchor.lane, positions[0] - 1)
        if row == 0:
            return None
        return MoveTarget(anchor.stage, lane_order[row - 1], None)
    if all_here and positions[-1] < len(cell_ids) - 1:
        after_next = positions[-1] + 2
        return MoveTarget(anchor.stage, anchor.lane,
                          after_next if after_next < len(cell_ids) else None)
    if row == len(lane_order) - 1:
        return None
    return MoveTarget(anchor.stage, lane_order[row + 1], 0)
