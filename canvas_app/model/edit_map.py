"""Edits of the map as a whole: its title and other properties, and its personas."""

from __future__ import annotations

from typing import Any, Optional

from canvas_app.model import limits
from canvas_app.model.edit_caches import (
    note_positions,
)
from canvas_app.model.edit_checks import (
    EditError,
    changed_record,
    check_new_ids,
    check_room,
    validated,
)
from canvas_app.model.edit_delta import (
    EditResult,
    MapDelta,
    RecordDelta,
    finish,
)
from canvas_app.model.ids import new_id
from canvas_app.model.journey_map import FrameworkId, JourneyMap
from canvas_app.model.kinds import LINE_LABELS, Language, MapType
from canvas_app.model.messages import msg
from canvas_app.model.records import Persona, Photo, Record, Text, Title

MAP_FIELDS = ("title", "description", "map_type", "framework", "language", "logo")
PERSONA_FIELDS = tuple(name for name in Persona.model_fields if name != "id")


class _MapProperties(Record):
    """The map-level fields alone, so a change to them is validated without the whole map."""

    title: Title = ""
    description: Text = ""
    map_type: MapType = MapType.CURRENT_STATE
    framework: Optional[FrameworkId] = None
    language: Language = Language.EN
    logo: Optional[Photo] = None


def set_map_properties(journey: JourneyMap, **fields: Any) -> EditResult:
    """Change map-level fields: title, description, map_type, framework, language, logo. A new
    language also renames the blueprint lines that carry the old language's standard names."""
    unknown = sorted(set(fields) - set(MAP_FIELDS))
    if unknown:
        raise EditError(msg("map: '{field}' cannot be changed here", field=unknown[0]))
    current = {name: getattr(journey, name) for name in MAP_FIELDS}
    checked = validated(_MapProperties, {**current, **fields}, "map")
    changes = tuple(
        (name, current[name], getattr(checked, name))
        for name in MAP_FIELDS
        if getattr(checked, name) != current[name]
    )
    lines = _relabelled_lines(journey, current["language"], checked.language)
    return finish(journey, MapDelta(properties=changes, lines=lines))


def _relabelled_lines(journey: JourneyMap, old: Language, new: Language) -> RecordDelta:
    """Blueprint lines still carrying their standard name in the old map language take the
    new language's (templates write the name out); a label the user wrote is theirs and stays."""
    if old == new:
        return RecordDelta()
    replaced = tuple(
        (index, line, line.model_copy(update={"label": LINE_LABELS[line.kind][new.value]}))
        for index, line in enumerate(journey.lines)
        if line.label == LINE_LABELS[line.kind][old.value]
    )
    return RecordDelta(replaced=replaced)


def set_map_title(journey: JourneyMap, title: str) -> EditResult:
    return set_map_properties(journey, title=title)


def get_persona(journey: JourneyMap, persona_id: str) -> tuple[int, Persona]:
    for index, persona in enumerate(journey.personas):
        if persona.id == persona_id:
            return index, persona
    raise EditError(msg("there is no persona with id '{id}'", id=persona_id))


def add_persona(
    journey: JourneyMap, name: str, persona_id: Optional[str] = None, **fields: Any
) -> EditResult:
    """Add a persona at the end of the map's personas."""
    unknown = sorted(set(fields) - set(PERSONA_FIELDS))
    if unknown:
        raise EditError(msg("persona: unknown field '{field}'", field=unknown[0]))
    check_room(len(journey.personas), 1, limits.MAX_PERSONAS, "personas")
    persona = validated(Persona, {**fields, "id": persona_id or new_id(), "name": name}, "persona")
    check_new_ids(journey, [persona.id])
    added = ((len(journey.personas), persona),)
    return finish(journey, MapDelta(personas=RecordDelta(added=added)))


def update_persona(journey: JourneyMap, persona_id: str, **fields: Any) -> EditResult:
    """Change fields of a persona (name, photo, quote, …)."""
    index, persona = get_persona(journey, persona_id)
    updated = changed_record(persona, fields, PERSONA_FIELDS, "persona")
    replaced = ((index, persona, updated),) if updated is not persona else ()
    return finish(journey, MapDelta(personas=RecordDelta(replaced=replaced)))


def remove_persona(journey: JourneyMap, persona_id: str) -> EditResult:
    """Remove a persona; notes that named it keep their text and lose the reference."""
    index, persona = get_persona(journey, persona_id)
    positions = note_positions(journey)
    notes = sorted(
        ((positions[note.id], note) for note in journey.notes if note.persona == persona_id),
        key=lambda entry: entry[0],
    )
    delta = MapDelta(
        personas=RecordDelta(removed=((index, persona),)),
        notes=RecordDelta(
            replaced=tuple((i, note, note.model_copy(update={"persona": None})) for i, note in notes)
        ),
    )
    return finish(journey, delta)
