"""Hide and reveal: which notes the audience does not see yet (silent brainstorming).

A note is hidden from the audience when its own `hidden` flag is set or its lane's is (a hidden
lane hides every note in it, present and future). The editor's board still shows hidden notes,
marked; the audience view and presentation mode draw `audience_map`, the map without them.
Edits here are pure and reversible like every other edit (see edits.py).
"""

from __future__ import annotations

from typing import Sequence

from canvas_app.model.edit_checks import changed_record, unique
from canvas_app.model.edit_delta import EditResult, MapDelta, RecordDelta, finish
from canvas_app.model.edit_notes import get_note, notes_delta, remove_notes
from canvas_app.model.edit_structure import get_lane
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.map_shape import hidden_note_ids as hidden_note_ids  # (re-exported)
from canvas_app.model.records import Lane

_HIDDEN = ("hidden",)


def is_hidden(journey: JourneyMap, note_id: str) -> bool:
    """True when the audience does not see note `note_id` (unknown ids: False)."""
    note = journey.note_by_id.get(note_id)
    if note is None:
        return False
    return note.hidden or journey.lane(note.lane).hidden


def audience_map(journey: JourneyMap) -> JourneyMap:
    """The map as the audience sees it: without hidden notes (and their connectors), so their
    cells close up and the emotion curve leaves their scores out. The map itself if none."""
    hidden = hidden_note_ids(journey)
    if not hidden:
        return journey
    return remove_notes(journey, [note.id for note in journey.notes if note.id in hidden])[0]


def set_notes_hidden(journey: JourneyMap, note_ids: Sequence[str], hidden: bool) -> EditResult:
    """Hide (or reveal) some notes from the audience."""
    changed = []
    for note_id in unique(note_ids):
        note = get_note(journey, note_id)
        updated = changed_record(note, {"hidden": hidden}, _HIDDEN, "note")
        if updated is not note:
            changed.append(updated)
    return finish(journey, MapDelta(notes=notes_delta(journey, {}, replaced=changed)))


def set_lane_hidden(journey: JourneyMap, lane_id: str, hidden: bool) -> EditResult:
    """Hide (or reveal) a whole lane: every note in it, including notes added later."""
    index, lane = get_lane(journey, lane_id)
    updated = changed_record(lane, {"hidden": hidden}, _HIDDEN, "lane")
    replaced = ((index, lane, updated),) if updated is not lane else ()
    return finish(journey, MapDelta(lanes=RecordDelta(replaced=replaced)))


def set_all_hidden(journey: JourneyMap, hidden: bool) -> EditResult:
    """Hide every note, or reveal everything (every note and every lane) in one edit."""
    notes = [changed_record(note, {"hidden": hidden}, _HIDDEN, "note")
             for note in journey.notes if note.hidden != hidden]
    lanes: tuple[tuple[int, Lane, Lane], ...] = ()
    if not hidden:
        lanes = tuple((i, lane, changed_record(lane, {"hidden": False}, _HIDDEN, "lane"))
                      for i, lane in enumerate(journey.lanes) if lane.hidden)
    return finish(journey, MapDelta(notes=notes_delta(journey, {}, replaced=notes),
                                    lanes=RecordDelta(replaced=lanes)))
