"""A map cut down to some notes: only the stages and lanes that hold them, so an export of the
selection is a small board that still reads on its own (headers, phases, lines, arrows between
the chosen notes)."""

from __future__ import annotations

from typing import Iterable

from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.messages import ExplainedValueError, msg


def excerpt(journey: JourneyMap, note_ids: Iterable[str]) -> JourneyMap:
    """`journey` with only the notes `note_ids` (unknown ids ignored), the stages and lanes they
    sit in, those stages' phases, the lines below kept lanes and the connectors between kept
    notes. Raises ValueError when none of the notes is in the map."""
    wanted = set(note_ids)
    notes = tuple(note for note in journey.notes if note.id in wanted)
    if not notes:
        raise ExplainedValueError(msg("none of the selected notes is in the map"))
    stage_ids = {note.stage for note in notes}
    lane_ids = {note.lane for note in notes}
    kept = {note.id for note in notes}
    stages = tuple(stage for stage in journey.stages if stage.id in stage_ids)
    phase_ids = {stage.phase for stage in stages if stage.phase is not None}
    # Built anew (never model_copy): a copy would carry the original's cached lookups.
    return JourneyMap(
        title=journey.title,
        description=journey.description,
        map_type=journey.map_type,
        framework=journey.framework,
        language=journey.language,
        personas=journey.personas,
        phases=tuple(phase for phase in journey.phases if phase.id in phase_ids),
        stages=stages,
        lanes=tuple(lane for lane in journey.lanes if lane.id in lane_ids),
        lines=tuple(line for line in journey.lines if line.after_lane in lane_ids),
        notes=notes,
        connectors=tuple(c for c in journey.connectors if c.source in kept and c.target in kept),
    )
