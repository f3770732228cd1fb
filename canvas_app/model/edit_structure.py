"""Edits of the board's grid: add, change, remove and move stages and lanes; group stages in phases.

Phases stay consecutive by one rule, used when a stage is added or moved: a stage placed between
two stages of the same phase joins that phase; otherwise it keeps its own phase only if that phase
stays side by side (it is next to the stage's new neighbours of that phase, or has no other
stage), and else it leaves its phase. A phase left without stages is kept (it is simply not drawn).
Removing a lane re-anchors the blueprint lines drawn below it to the lane above (which keeps them
at the same place on the board); lines below the first lane are removed with it.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

from canvas_app.model import limits
from canvas_app.model.edit_caches import (
    note_positions,
)
from canvas_app.model.edit_checks import (
    EditError,
    changed_record,
    check_new_ids,
    check_room,
    unique,
    validated,
)
from canvas_app.model.edit_delta import (
    EditResult,
    MapDelta,
    RecordDelta,
    finish,
)
from canvas_app.model.edit_notes import connectors_touching
from canvas_app.model.ids import new_id
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import LaneKind
from canvas_app.model.messages import msg
from canvas_app.model.records import BlueprintLine, CampaignCard, Lane, Note, Phase, Stage

STAGE_FIELDS = ("title", "time_of_day", "description", "width", "campaign", "kpis", "funnel")
LANE_FIELDS = ("title", "kind", "height")


def get_stage(journey: JourneyMap, stage_id: str) -> tuple[int, Stage]:
    index = journey.stage_index.get(stage_id)
    if index is None:
        raise EditError(msg("there is no stage with id '{id}'", id=stage_id))
    return index, journey.stages[index]


def get_lane(journey: JourneyMap, lane_id: str) -> tuple[int, Lane]:
    index = journey.lane_index.get(lane_id)
    if index is None:
        raise EditError(msg("there is no lane with id '{id}'", id=lane_id))
    return index, journey.lanes[index]


def get_phase(journey: JourneyMap, phase_id: str) -> tuple[int, Phase]:
    for index, phase in enumerate(journey.phases):
        if phase.id == phase_id:
            return index, phase
    raise EditError(msg("there is no phase with id '{id}'", id=phase_id))


def _slot(index: Optional[int], size: int, what: str) -> int:
    if index is None:
        return size
    if not 0 <= index <= size:
        raise EditError(msg("{what} index {index:d} is outside 0..{size:d}", what=what,
                            index=index, size=size))
    return index


def settled_phase(stages: Sequence[Stage], index: int, wanted: Optional[str]) -> Optional[str]:
    """The phase a stage inserted at `index` of `stages` (which lacks it) gets by the module rule."""
    left = stages[index - 1].phase if index > 0 else None
    right = stages[index].phase if index < len(stages) else None
    if left is not None and left == right:
        return left
    if wanted is None:
        return None
    if wanted in (left, right) or all(stage.phase != wanted for stage in stages):
        return wanted
    return None


def _removal_of_notes(journey: JourneyMap, notes: list[Note]) -> MapDelta:
    positions = note_positions(journey)
    indices = sorted(positions[note.id] for note in notes)
    return MapDelta(
        notes=RecordDelta(removed=tuple((i, journey.notes[i]) for i in indices)),
        connectors=connectors_touching(journey, {note.id for note in notes}),
    )


# -- stages ---------------------------------------------------------------------------------


def add_stage(
    journey: JourneyMap,
    index: Optional[int],
    title: str,
    *,
    phase: Optional[str] = None,
    stage_id: Optional[str] = None,
    **fields: Any,
) -> EditResult:
    """Insert a stage at `index` (None: at the end); extra fields as in STAGE_FIELDS.

    Between two stages of one phase it joins that phase; a `phase` asked for elsewhere must keep
    that phase's stages side by side.
    """
    unknown = sorted(set(fields) - set(STAGE_FIELDS))
    if unknown:
        raise EditError(msg("stage: unknown field '{field}'", field=unknown[0]))
    at = _slot(index, len(journey.stages), "stage")
    if phase is not None:
        get_phase(journey, phase)
    joined = settled_phase(journey.stages, at, phase)
    if phase is not None and joined != phase:
        raise EditError(msg(
            "a stage added here cannot join that phase: its stages must stay together"))
    check_room(len(journey.stages), 1, limits.MAX_STAGES, "stages")
    values = {**fields, "id": stage_id or new_id(), "title": title, "phase": joined}
    stage = validated(Stage, values, "stage")
    check_new_ids(journey, [stage.id])
    return finish(journey, MapDelta(stages=RecordDelta(added=((at, stage),))))


def update_stage(journey: JourneyMap, stage_id: str, **fields: Any) -> EditResult:
    """Change fields of a stage: title, time_of_day, description, width, campaign."""
    index, stage = get_stage(journey, stage_id)
    updated = changed_record(stage, fields, STAGE_FIELDS, "stage")
    replaced = ((index, stage, updated),) if updated is not stage else ()
    return finish(journey, MapDelta(stages=RecordDelta(replaced=replaced)))


def rename_stage(journey: JourneyMap, stage_id: str, title: str) -> EditResult:
    return update_stage(journey, stage_id, title=title)


def set_stage_width(journey: JourneyMap, stage_id: str, width: Optional[float]) -> EditResult:
    """Set a stage's column width in points (None: the layout's automatic width)."""
    return update_stage(journey, stage_id, width=width)


def set_campaign_card(
    journey: JourneyMap, stage_id: str, card: CampaignCard | Mapping[str, Any] | None
) -> EditResult:
    """Set (or with None remove) the value-journey campaign card of a stage."""
    return update_stage(journey, stage_id, campaign=card)


def remove_stage(journey: JourneyMap, stage_id: str) -> EditResult:
    """Remove a stage with its notes and their connectors."""
    index, stage = get_stage(journey, stage_id)
    notes = [note for (s, _), cell in journey.cells.items() if s == stage_id for note in cell]
    delta = _removal_of_notes(journey, notes)
    return finish(journey, _with(delta, stages=RecordDelta(removed=((index, stage),))))


def move_stage(journey: JourneyMap, stage_id: str, index: int) -> EditResult:
    """Move a stage to position `index` of the final order (phases follow the module rule)."""
    old_index, stage = get_stage(journey, stage_id)
    if not 0 <= index < len(journey.stages):
        raise EditError(msg("stage index {index:d} is outside 0..{size:d}", index=index,
                            size=len(journey.stages) - 1))
    if index == old_index:
        return finish(journey, MapDelta())
    others = journey.stages[:old_index] + journey.stages[old_index + 1 :]
    phase = settled_phase(others, index, stage.phase)
    moved = stage if phase == stage.phase else stage.model_copy(update={"phase": phase})
    delta = RecordDelta(removed=((old_index, stage),), added=((index, moved),))
    return finish(journey, MapDelta(stages=delta))


# -- lanes ----------------------------------------------------------------------------------


def add_lane(
    journey: JourneyMap,
    index: Optional[int],
    title: str,
    kind: LaneKind | str = LaneKind.NOTES,
    height: Optional[float] = None,
    lane_id: Optional[str] = None,
) -> EditResult:
    """Insert a lane at `index` (None: at the bottom)."""
    at = _slot(index, len(journey.lanes), "lane")
    check_room(len(journey.lanes), 1, limits.MAX_LANES, "lanes")
    values = {"id": lane_id or new_id(), "title": title, "kind": kind, "height": height}
    lane = validated(Lane, values, "lane")
    check_new_ids(journey, [lane.id])
    return finish(journey, MapDelta(lanes=RecordDelta(added=((at, lane),))))


def update_lane(journey: JourneyMap, lane_id: str, **fields: Any) -> EditResult:
    """Change fields of a lane: title, kind, height."""
    index, lane = get_lane(journey, lane_id)
    updated = changed_record(lane, fields, LANE_FIELDS, "lane")
    replaced = ((index, lane, updated),) if updated is not lane else ()
    return finish(journey, MapDelta(lanes=RecordDelta(replaced=replaced)))


def rename_lane(journey: JourneyMap, lane_id: str, title: str) -> EditResult:
    return update_lane(journey, lane_id, title=title)


def set_lane_height(journey: JourneyMap, lane_id: str, height: Optional[float]) -> EditResult:
    """Set a lane's row height in points (None: the layout's automatic height)."""
    return update_lane(journey, lane_id, height=height)


def set_lane_kind(journey: JourneyMap, lane_id: str, kind: LaneKind | str) -> EditResult:
    """Change what a lane holds; its notes keep their own kinds."""
    return update_lane(journey, lane_id, kind=kind)


def remove_lane(journey: JourneyMap, lane_id: str) -> EditResult:
    """Remove a lane with its notes and their connectors; lines below it move to the lane above."""
    index, lane = get_lane(journey, lane_id)
    notes = [note for (_, l), cell in journey.cells.items() if l == lane_id for note in cell]
    above = journey.lanes[index - 1].id if index > 0 else None
    replaced: list[tuple[int, BlueprintLine, BlueprintLine]] = []
    removed: list[tuple[int, BlueprintLine]] = []
    for i, line in enumerate(journey.lines):
        if line.after_lane == lane_id:
            if above is None:
                removed.append((i, line))
            else:
                replaced.append((i, line, line.model_copy(update={"after_lane": above})))
    delta = _with(
        _removal_of_notes(journey, notes),
        lanes=RecordDelta(removed=((index, lane),)),
        lines=RecordDelta(replaced=tuple(replaced), removed=tuple(removed)),
    )
    return finish(journey, delta)


def move_lane(journey: JourneyMap, lane_id: str, index: int) -> EditResult:
    """Move a lane to position `index` of the final order; lines drawn below it move with it."""
    old_index, lane = get_lane(journey, lane_id)
    if not 0 <= index < len(journey.lanes):
        raise EditError(msg("lane index {index:d} is outside 0..{size:d}", index=index,
                            size=len(journey.lanes) - 1))
    if index == old_index:
        return finish(journey, MapDelta())
    delta = RecordDelta(removed=((old_index, lane),), added=((index, lane),))
    return finish(journey, MapDelta(lanes=delta))


# -- phases ---------------------------------------------------------------------------------


def _split_phase(stages: Sequence[Stage]) -> Optional[str]:
    """The first phase whose stages are not side by side, or None."""
    finished: set[str] = set()
    current: Optional[str] = None
    for stage in stages:
        if stage.phase != current:
            if current is not None:
                finished.add(current)
            if stage.phase is not None and stage.phase in finished:
                return stage.phase
            current = stage.phase
    return None


def add_phase(
    journey: JourneyMap, stage_ids: Sequence[str], title: str, phase_id: Optional[str] = None
) -> EditResult:
    """Group consecutive stages into a new phase (they leave their old phases, which must not
    be split by it)."""
    wanted = unique(stage_ids)
    if not wanted:
        raise EditError(msg("a phase needs at least one stage"))
    indices = sorted(get_stage(journey, stage_id)[0] for stage_id in wanted)
    if indices[-1] - indices[0] + 1 != len(indices):
        raise EditError(msg("the stages of a phase must be side by side"))
    check_room(len(journey.phases), 1, limits.MAX_PHASES, "phases")
    phase = validated(Phase, {"id": phase_id or new_id(), "title": title}, "phase")
    check_new_ids(journey, [phase.id])
    replaced = []
    stages = list(journey.stages)
    for index in indices:
        stage = journey.stages[index]
        stages[index] = stage.model_copy(update={"phase": phase.id})
        replaced.append((index, stage, stages[index]))
    split = _split_phase(stages)
    if split is not None:
        title_of = {p.id: p.title for p in journey.phases}
        raise EditError(msg("this would split the phase “{title}” in two",
                            title=title_of.get(split, split)))
    delta = MapDelta(
        phases=RecordDelta(added=((len(journey.phases), phase),)),
        stages=RecordDelta(replaced=tuple(replaced)),
    )
    return finish(journey, delta)


def rename_phase(journey: JourneyMap, phase_id: str, title: str) -> EditResult:
    index, phase = get_phase(journey, phase_id)
    updated = changed_record(phase, {"title": title}, ("title",), "phase")
    replaced = ((index, phase, updated),) if updated is not phase else ()
    return finish(journey, MapDelta(phases=RecordDelta(replaced=replaced)))


def remove_phase(journey: JourneyMap, phase_id: str) -> EditResult:
    """Remove a phase; its stages stay, without a phase."""
    index, phase = get_phase(journey, phase_id)
    replaced = tuple(
        (i, stage, stage.model_copy(update={"phase": None}))
        for i, stage in enumerate(journey.stages)
        if stage.phase == phase_id
    )
    delta = MapDelta(
        phases=RecordDelta(removed=((index, phase),)), stages=RecordDelta(replaced=replaced)
    )
    return finish(journey, delta)


def _with(delta: MapDelta, **parts: RecordDelta) -> MapDelta:
    values = {name: getattr(delta, name) for name in delta.__dataclass_fields__}
    values.update(parts)
    return MapDelta(**values)
