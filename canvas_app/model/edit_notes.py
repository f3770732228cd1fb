"""Edits of notes and connectors: add, remove, move, update and duplicate notes; connect them.

Every edit that changes which notes a cell holds renumbers that cell's orders 0..n-1, so a cell's
display order is always its `order` values. Removing a note removes its connectors.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional, Sequence

from canvas_app.model import limits
from canvas_app.model.edit_caches import (
    Cell,
    note_positions,
)
from canvas_app.model.edit_checks import (
    EditError,
    changed_record,
    check_new_ids,
    check_room,
    fields_of,
    unique,
    validated,
)
from canvas_app.model.edit_delta import (
    EditResult,
    MapDelta,
    RecordDelta,
    finish,
)
from canvas_app.model.ids import new_id
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.messages import msg
from canvas_app.model.records import Connector, Note

NOTE_FIELDS = ("text", "kind", "color", "emotion", "votes", "tags", "persona", "evidence")
NoteData = Note | Mapping[str, Any]


def get_note(journey: JourneyMap, note_id: str) -> Note:
    try:
        return journey.note_by_id[note_id]
    except KeyError:
        raise EditError(msg("there is no note with id '{id}'", id=note_id)) from None


def check_cell(journey: JourneyMap, stage_id: str, lane_id: str) -> None:
    if stage_id not in journey.stage_index:
        raise EditError(msg("there is no stage with id '{id}'", id=stage_id))
    if lane_id not in journey.lane_index:
        raise EditError(msg("there is no lane with id '{id}'", id=lane_id))


def _check_index(index: Optional[int], size: int, what: str) -> int:
    if index is None:
        return size
    if not 0 <= index <= size:
        raise EditError(msg("{what} index {index:d} is outside 0..{size:d}", what=what,
                            index=index, size=size))
    return index


def _check_persona(journey: JourneyMap, persona_id: Optional[str]) -> None:
    if persona_id is not None and all(p.id != persona_id for p in journey.personas):
        raise EditError(msg("there is no persona with id '{id}'", id=persona_id))


def notes_delta(
    journey: JourneyMap,
    layout: Mapping[Cell, Sequence[Note]],
    removed: Iterable[str] = (),
    replaced: Iterable[Note] = (),
) -> RecordDelta:
    """The delta that gives each cell of `layout` exactly its listed notes, in that order.

    Notes already in the map are re-placed (stage, lane, order), new ones are appended to the
    map's note tuple; `removed` ids are taken out; `replaced` notes (same id, same place, and
    not in `layout`) are swapped in as they are.
    """
    notes = journey.notes
    positions = note_positions(journey)
    swaps: dict[int, tuple[int, Note, Note]] = {}
    for note in replaced:
        index = positions[note.id]
        swaps[index] = (index, notes[index], note)
    appended: list[Note] = []
    for (stage_id, lane_id), members in layout.items():
        for order, note in enumerate(members):
            placed = note
            if (note.stage, note.lane, note.order) != (stage_id, lane_id, order):
                placed = note.model_copy(update={"stage": stage_id, "lane": lane_id, "order": order})
            at = positions.get(note.id)
            if at is None:
                appended.append(placed)
            elif placed is not notes[at]:
                swaps[at] = (at, notes[at], placed)
    gone = sorted(positions[note_id] for note_id in removed)
    start = len(notes) - len(gone)
    return RecordDelta(
        replaced=tuple(swaps[index] for index in sorted(swaps)),
        removed=tuple((index, notes[index]) for index in gone),
        added=tuple((start + k, note) for k, note in enumerate(appended)),
    )


def connectors_touching(journey: JourneyMap, note_ids: set[str]) -> RecordDelta:
    """Removal of every connector with an end among `note_ids`."""
    return RecordDelta(
        removed=tuple(
            (index, connector)
            for index, connector in enumerate(journey.connectors)
            if connector.source in note_ids or connector.target in note_ids
        )
    )


def _new_note(journey: JourneyMap, data: NoteData, stage_id: str, lane_id: str) -> Note:
    values = fields_of(data) if isinstance(data, Note) else dict(data)
    values.update(stage=stage_id, lane=lane_id, order=0)
    values.setdefault("id", new_id())
    note = validated(Note, values, "note")
    _check_persona(journey, note.persona)
    return note


def add_notes(
    journey: JourneyMap,
    notes: Sequence[NoteData],
    stage_id: str,
    lane_id: str,
    index: Optional[int] = None,
) -> EditResult:
    """Insert `notes` (records or field dicts; their own placement ignored) into one cell.

    `index` is the position in the cell before which they go (None: at the end).
    """
    check_cell(journey, stage_id, lane_id)
    check_room(len(journey.notes), len(notes), limits.MAX_NOTES, "notes")
    new_notes = [_new_note(journey, data, stage_id, lane_id) for data in notes]
    check_new_ids(journey, [note.id for note in new_notes])
    cell = list(journey.notes_in(stage_id, lane_id))
    at = _check_index(index, len(cell), "cell")
    layout = {(stage_id, lane_id): cell[:at] + new_notes + cell[at:]}
    return finish(journey, MapDelta(notes=notes_delta(journey, layout)))


def remove_notes(journey: JourneyMap, note_ids: Sequence[str]) -> EditResult:
    """Remove notes and every connector attached to them; the rest of their cells close up."""
    doomed = {note_id: get_note(journey, note_id) for note_id in unique(note_ids)}
    cells = {(note.stage, note.lane) for note in doomed.values()}
    layout = {
        cell: [note for note in journey.notes_in(*cell) if note.id not in doomed] for cell in cells
    }
    delta = MapDelta(
        notes=notes_delta(journey, layout, removed=doomed),
        connectors=connectors_touching(journey, set(doomed)),
    )
    return finish(journey, delta)


def board_order(journey: JourneyMap, notes: Iterable[Note]) -> list[Note]:
    """`notes` sorted as they read on the board: stage by stage, lane by lane, then cell order."""
    rank: dict[str, int] = {}
    for note in notes:
        cell = journey.notes_in(note.stage, note.lane)
        rank.update((member.id, i) for i, member in enumerate(cell) if member.id not in rank)
    return sorted(
        notes,
        key=lambda n: (journey.stage_index[n.stage], journey.lane_index[n.lane], rank[n.id]),
    )


def move_notes(
    journey: JourneyMap,
    note_ids: Sequence[str],
    stage_id: str,
    lane_id: str,
    index: Optional[int] = None,
) -> EditResult:
    """Move notes into one cell, in board order, before the note now at `index` of that cell.

    `index` counts the target cell as it is before the move (the moving notes included), which
    is what a drop indicator shows; None means the end of the cell.
    """
    check_cell(journey, stage_id, lane_id)
    moving = board_order(journey, [get_note(journey, note_id) for note_id in unique(note_ids)])
    moving_ids = {note.id for note in moving}
    target_cell = (stage_id, lane_id)
    target = journey.notes_in(stage_id, lane_id)
    at = _check_index(index, len(target), "cell")
    at -= sum(1 for note in target[:at] if note.id in moving_ids)
    staying = [note for note in target if note.id not in moving_ids]
    layout: dict[Cell, list[Note]] = {target_cell: staying[:at] + moving + staying[at:]}
    for cell in {(note.stage, note.lane) for note in moving} - {target_cell}:
        layout[cell] = [note for note in journey.notes_in(*cell) if note.id not in moving_ids]
    return finish(journey, MapDelta(notes=notes_delta(journey, layout)))


def update_notes(journey: JourneyMap, note_ids: Sequence[str], **fields: Any) -> EditResult:
    """Set fields (text, kind, color, emotion, votes, tags, persona, evidence) of some notes."""
    if "persona" in fields:
        _check_persona(journey, fields["persona"])
    changed = []
    for note_id in unique(note_ids):
        note = get_note(journey, note_id)
        updated = changed_record(note, fields, NOTE_FIELDS, "note")
        if updated is not note:
            changed.append(updated)
    return finish(journey, MapDelta(notes=notes_delta(journey, {}, replaced=changed)))


def duplicate_notes(
    journey: JourneyMap, note_ids: Sequence[str], new_ids: Optional[Sequence[str]] = None
) -> EditResult:
    """Copy notes, each copy right after its original; connectors between copied notes are copied.

    `new_ids` (one per unique note id, in order) name the copies; fresh ids are made otherwise.
    """
    originals = [get_note(journey, note_id) for note_id in unique(note_ids)]
    ids = list(new_ids) if new_ids is not None else [new_id() for _ in originals]
    if len(ids) != len(originals):
        raise EditError(msg("give one new id per note to duplicate"))
    check_room(len(journey.notes), len(originals), limits.MAX_NOTES, "notes")
    check_new_ids(journey, ids)
    copy_of = {note.id: copy_id for note, copy_id in zip(originals, ids)}
    layout: dict[Cell, list[Note]] = {}
    for cell in {(note.stage, note.lane) for note in originals}:
        members: list[Note] = []
        for note in journey.notes_in(*cell):
            members.append(note)
            if note.id in copy_of:
                members.append(validated(Note, {**fields_of(note), "id": copy_of[note.id]}, "note"))
        layout[cell] = members
    copied = [
        connector
        for connector in journey.connectors
        if connector.source in copy_of and connector.target in copy_of
    ]
    check_room(len(journey.connectors), len(copied), limits.MAX_CONNECTORS, "connectors")
    start = len(journey.connectors)
    connectors = RecordDelta(
        added=tuple(
            (start + k, connector.model_copy(update={
                "id": new_id(), "source": copy_of[connector.source],
                "target": copy_of[connector.target],
            }))
            for k, connector in enumerate(copied)
        )
    )
    return finish(journey, MapDelta(notes=notes_delta(journey, layout), connectors=connectors))


def add_connector(
    journey: JourneyMap,
    source_id: str,
    target_id: str,
    label: str = "",
    connector_id: Optional[str] = None,
) -> EditResult:
    """Draw an arrow from one note to another (refused if that arrow already exists)."""
    get_note(journey, source_id)
    get_note(journey, target_id)
    if source_id == target_id:
        raise EditError(msg("a connector must join two different notes"))
    if any(c.source == source_id and c.target == target_id for c in journey.connectors):
        raise EditError(msg("these notes are already connected"))
    check_room(len(journey.connectors), 1, limits.MAX_CONNECTORS, "connectors")
    connector = validated(
        Connector,
        {"id": connector_id or new_id(), "source": source_id, "target": target_id, "label": label},
        "connector",
    )
    check_new_ids(journey, [connector.id])
    added = ((len(journey.connectors), connector),)
    return finish(journey, MapDelta(connectors=RecordDelta(added=added)))


def remove_connectors(journey: JourneyMap, connector_ids: Sequence[str]) -> EditResult:
    """Remove connectors by id."""
    wanted = set(connector_ids)
    removed = tuple((i, c) for i, c in enumerate(journey.connectors) if c.id in wanted)
    missing = wanted - {c.id for _, c in removed}
    if missing:
        raise EditError(msg("there is no connector with id '{id}'", id=min(missing)))
    return finish(journey, MapDelta(connectors=RecordDelta(removed=removed)))


def update_connector(journey: JourneyMap, connector_id: str, label: str) -> EditResult:
    """Change the label of a connector."""
    for index, connector in enumerate(journey.connectors):
        if connector.id == connector_id:
            updated = changed_record(connector, {"label": label}, ("label",), "connector")
            replaced = ((index, connector, updated),) if updated is not connector else ()
            return finish(journey, MapDelta(connectors=RecordDelta(replaced=replaced)))
    raise EditError(msg("there is no connector with id '{id}'", id=connector_id))
