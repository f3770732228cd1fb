"""What every map offers besides its fields, without pydantic: the lookups (`note_by_id`,
`cells`, `notes_in`, …) and the integrity rules. JourneyMap has them; so has the start-up draft
(model/draft_map.py), which the board draws before pydantic is even imported.

Integrity rules (checked whenever a map is validated, i.e. on load and when an edit builds a new
map): unique ids across all records, every reference resolves, a phase's stages are consecutive,
and connectors join two different notes.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import TYPE_CHECKING, Optional, Protocol, Sequence

from canvas_app.model.kinds import LaneKind
from canvas_app.model.messages import ExplainedValueError, msg

if TYPE_CHECKING:
    from canvas_app.model.records import (
        BlueprintLine,
        Connector,
        Lane,
        Note,
        Persona,
        Phase,
        Stage,
    )


class IntegrityError(ExplainedValueError):
    """A map whose records do not fit together (duplicate ids, dangling references, …)."""


class MapRecords(Protocol):
    """The collections the lookups and the integrity rules read."""

    @property
    def personas(self) -> Sequence[Persona]: ...
    @property
    def phases(self) -> Sequence[Phase]: ...
    @property
    def stages(self) -> Sequence[Stage]: ...
    @property
    def lanes(self) -> Sequence[Lane]: ...
    @property
    def lines(self) -> Sequence[BlueprintLine]: ...
    @property
    def notes(self) -> Sequence[Note]: ...
    @property
    def connectors(self) -> Sequence[Connector]: ...


class MapLookups:
    """Lookups of an immutable map, each computed once (a mixin: the class provides the record
    collections as tuples)."""

    if TYPE_CHECKING:  # (declared for type checkers only: pydantic must not see fields here)
        personas: tuple[Persona, ...]
        phases: tuple[Phase, ...]
        stages: tuple[Stage, ...]
        lanes: tuple[Lane, ...]
        lines: tuple[BlueprintLine, ...]
        notes: tuple[Note, ...]
        connectors: tuple[Connector, ...]

    @cached_property
    def stage_index(self) -> dict[str, int]:
        return {stage.id: i for i, stage in enumerate(self.stages)}

    @cached_property
    def lane_index(self) -> dict[str, int]:
        return {lane.id: i for i, lane in enumerate(self.lanes)}

    @cached_property
    def note_by_id(self) -> dict[str, Note]:
        return {note.id: note for note in self.notes}

    @cached_property
    def cells(self) -> dict[tuple[str, str], tuple[Note, ...]]:
        """Notes per (stage id, lane id), in display order (by `order`, then file order)."""
        grouped: dict[tuple[str, str], list[Note]] = defaultdict(list)
        for note in self.notes:
            grouped[(note.stage, note.lane)].append(note)
        return {
            cell: tuple(sorted(notes, key=lambda n: n.order)) for cell, notes in grouped.items()
        }

    def notes_in(self, stage_id: str, lane_id: str) -> tuple[Note, ...]:
        return self.cells.get((stage_id, lane_id), ())

    def stage(self, stage_id: str) -> Stage:
        return self.stages[self.stage_index[stage_id]]

    def lane(self, lane_id: str) -> Lane:
        return self.lanes[self.lane_index[lane_id]]

    def persona(self, persona_id: str) -> Persona:
        for persona in self.personas:
            if persona.id == persona_id:
                return persona
        raise KeyError(persona_id)

    def phase_spans(self) -> list[tuple[Phase, int, int]]:
        """Each phase with the index of its first and last stage (phases without stages omitted)."""
        spans: dict[str, list[int]] = {}
        for i, stage in enumerate(self.stages):
            if stage.phase is not None:
                spans.setdefault(stage.phase, []).append(i)
        result = []
        for phase in self.phases:
            if phase.id in spans:
                indices = spans[phase.id]
                result.append((phase, indices[0], indices[-1]))
        result.sort(key=lambda item: item[1])
        return result

    def emotion_lanes(self) -> list[Lane]:
        return [lane for lane in self.lanes if lane.kind is LaneKind.EMOTIONS]


def hidden_note_ids(journey: MapRecords) -> set[str]:
    """Every note the audience does not see: hidden itself or in a hidden lane."""
    hidden_lanes = {lane.id for lane in journey.lanes if lane.hidden}
    return {note.id for note in journey.notes if note.hidden or note.lane in hidden_lanes}


def check_integrity(journey: MapRecords) -> None:
    """Raise IntegrityError naming the first broken invariant of `journey`."""
    seen: set[str] = set()

    def claim(kind: str, index: int, record_id: str) -> None:
        if record_id in seen:
            raise IntegrityError(msg("{place}: id '{id}' is used more than once",
                                     place=f"{kind}[{index}]", id=record_id))
        seen.add(record_id)

    for i, persona in enumerate(journey.personas):
        claim("personas", i, persona.id)
    phase_ids = set()
    for i, phase in enumerate(journey.phases):
        claim("phases", i, phase.id)
        phase_ids.add(phase.id)
    stage_ids = set()
    for i, stage in enumerate(journey.stages):
        claim("stages", i, stage.id)
        stage_ids.add(stage.id)
        if stage.phase is not None and stage.phase not in phase_ids:
            raise IntegrityError(msg("{place}: phase '{id}' does not exist",
                                     place=f"stages[{i}]", id=stage.phase))
    lane_ids = set()
    for i, lane in enumerate(journey.lanes):
        claim("lanes", i, lane.id)
        lane_ids.add(lane.id)
    for i, line in enumerate(journey.lines):
        claim("lines", i, line.id)
        if line.after_lane not in lane_ids:
            raise IntegrityError(msg("{place}: lane '{id}' does not exist",
                                     place=f"lines[{i}]", id=line.after_lane))
    persona_ids = {persona.id for persona in journey.personas}
    note_ids = set()
    for i, note in enumerate(journey.notes):
        note_id = note.id
        if note_id in seen:
            raise IntegrityError(msg("{place}: id '{id}' is used more than once",
                                     place=f"notes[{i}]", id=note_id))
        seen.add(note_id)
        note_ids.add(note_id)
        if note.stage not in stage_ids:
            raise IntegrityError(msg("{place}: stage '{id}' does not exist",
                                     place=f"notes[{i}]", id=note.stage))
        if note.lane not in lane_ids:
            raise IntegrityError(msg("{place}: lane '{id}' does not exist",
                                     place=f"notes[{i}]", id=note.lane))
        if note.persona is not None and note.persona not in persona_ids:
            raise IntegrityError(msg("{place}: persona '{id}' does not exist",
                                     place=f"notes[{i}]", id=note.persona))
    for i, connector in enumerate(journey.connectors):
        claim("connectors", i, connector.id)
        for end in (connector.source, connector.target):
            if end not in note_ids:
                raise IntegrityError(msg("{place}: note '{id}' does not exist",
                                         place=f"connectors[{i}]", id=end))
        if connector.source == connector.target:
            raise IntegrityError(msg("{place}: a connector must join two different notes",
                                     place=f"connectors[{i}]"))
    _check_phases_consecutive(journey)


def _check_phases_consecutive(journey: MapRecords) -> None:
    finished: set[str] = set()
    current: Optional[str] = None
    for i, stage in enumerate(journey.stages):
        if stage.phase != current:
            if current is not None:
                finished.add(current)
            if stage.phase is not None and stage.phase in finished:
                raise IntegrityError(msg(
                    "{place}: the stages of phase '{id}' must be consecutive",
                    place=f"stages[{i}]", id=stage.phase))
            current = stage.phase
