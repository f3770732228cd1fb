"""The lookup caches an edit carries from one map to the next, so big maps stay fast to edit.

`JourneyMap` computes `note_by_id` and `cells` lazily (5 ms for 20 000 notes); an edit builds a
new map, and rebuilding them after every keystroke would cost more than the edit. Instead the new
map receives the old caches updated for the few notes that changed. `check_derived_state` is the
debug check (used by the tests) that a carried cache equals a fresh computation.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import Mapping

from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import Note

Cell = tuple[str, str]
# Private cache of note id -> index in `notes`, stored on the map beside its cached properties.
_POSITIONS_KEY = "_edit_note_positions"


def carry_note_caches(
    old_map: JourneyMap,
    new_map: JourneyMap,
    gone: list[Note],
    come: list[Note],
    swapped: list[tuple[Note, Note]],
) -> None:
    """Give `new_map` the lookup caches of `old_map`, updated for the notes that changed.

    `gone` left the map, `come` joined it, `swapped` were replaced (old, new) in place.
    """
    cache = old_map.__dict__
    if "note_by_id" in cache:
        by_id = dict(cache["note_by_id"])
        for note in gone:
            del by_id[note.id]
        for _, note in swapped:
            by_id[note.id] = note
        for note in come:
            by_id[note.id] = note
        new_map.__dict__["note_by_id"] = by_id
    if "cells" in cache:
        cells = _carried_cells(cache["cells"], gone, come, swapped)
        if cells is not None:
            new_map.__dict__["cells"] = cells
    positions = cache.get(_POSITIONS_KEY)
    if positions is not None and positions[0] is old_map.notes:
        # Replacing in place keeps every index; appending and removing are tracked by offsets;
        # an insertion in the middle (an undone removal) makes the index rebuild when next needed.
        appended = all(note is new_map.notes[len(new_map.notes) - len(come) + k]
                       for k, note in enumerate(come))
        if appended:
            carried = positions[1].after([n.id for n in gone], [n.id for n in come])
            if carried is not None:
                new_map.__dict__[_POSITIONS_KEY] = (new_map.notes, carried)


def _carried_cells(
    cells: Mapping[Cell, tuple[Note, ...]],
    gone: list[Note],
    come: list[Note],
    swapped: list[tuple[Note, Note]],
) -> dict[Cell, tuple[Note, ...]] | None:
    """`cells` updated for the change, or None when the cheap update cannot match a rebuild."""
    leaving = {note.id for note in gone}
    in_place: dict[str, Note] = {}
    arriving: dict[Cell, list[Note]] = {}
    for old, new in swapped:
        if (old.stage, old.lane, old.order) == (new.stage, new.lane, new.order):
            in_place[new.id] = new
        else:
            leaving.add(old.id)
            arriving.setdefault((new.stage, new.lane), []).append(new)
    touched = {(n.stage, n.lane) for n in gone}
    touched |= {(old.stage, old.lane) for old, _ in swapped}
    for note in come:
        arriving.setdefault((note.stage, note.lane), []).append(note)
    touched |= set(arriving)
    result = dict(cells)
    for cell in touched:
        kept = [in_place.get(n.id, n) for n in cells.get(cell, ()) if n.id not in leaving]
        new_here = arriving.get(cell)
        if new_here:
            kept.extend(new_here)
            orders = [n.order for n in kept]
            if len(set(orders)) != len(orders):
                # Ties are broken by file position, which this update does not track.
                return None
            kept.sort(key=lambda n: n.order)
        if kept:
            result[cell] = tuple(kept)
        else:
            result.pop(cell, None)
    return result


class NotePositions:
    """Note id -> index in a map's notes tuple, carried across edits without an O(n) rebuild.

    Indices are kept "virtual": those of the tuple the index was built for, with appended notes
    numbered after it. Removals are remembered as sorted virtual indices, so a note's real index
    is its virtual one minus the removals before it (a binary search).
    """

    __slots__ = ("_base", "_extra", "_gone", "_dropped", "_size")
    # Past this many remembered changes a rebuild is cheaper than the bookkeeping.
    MAX_TRACKED = 256

    def __init__(
        self,
        base: dict[str, int],
        extra: dict[str, int] | None = None,
        gone: tuple[int, ...] = (),
        dropped: frozenset[str] = frozenset(),
        size: int | None = None,
    ) -> None:
        self._base = base
        self._extra = extra or {}
        self._gone = gone
        self._dropped = dropped
        self._size = len(base) if size is None else size

    def get(self, note_id: str) -> int | None:
        virtual = self._virtual(note_id)
        return None if virtual is None else virtual - bisect_left(self._gone, virtual)

    def __getitem__(self, note_id: str) -> int:
        index = self.get(note_id)
        if index is None:
            raise KeyError(note_id)
        return index

    def _virtual(self, note_id: str) -> int | None:
        if note_id in self._dropped and note_id not in self._extra:
            return None
        virtual = self._extra.get(note_id)
        return self._base.get(note_id) if virtual is None else virtual

    def after(self, removed: list[str], appended: list[str]) -> "NotePositions | None":
        """The index once `removed` notes are taken out and `appended` ones added at the end."""
        if not removed and not appended:
            return self
        if len(self._gone) + len(removed) + len(self._extra) + len(appended) > self.MAX_TRACKED:
            return None
        gone = list(self._gone)
        for note_id in removed:
            virtual = self._virtual(note_id)
            if virtual is None:
                return None
            insort(gone, virtual)
        leaving = set(removed)
        extra = {key: value for key, value in self._extra.items() if key not in leaving}
        extra.update((note_id, self._size + k) for k, note_id in enumerate(appended))
        dropped = (self._dropped | leaving) - frozenset(appended)
        return NotePositions(self._base, extra, tuple(gone), dropped, self._size + len(appended))

    def as_dict(self) -> dict[str, int]:
        ids = [*self._base, *self._extra]
        found = {note_id: self.get(note_id) for note_id in ids}
        return {note_id: index for note_id, index in found.items() if index is not None}


def note_positions(journey: JourneyMap) -> NotePositions:
    """Note id -> index in `journey.notes`, cached on the map (and carried over by edits)."""
    cached = journey.__dict__.get(_POSITIONS_KEY)
    # The notes tuple is checked by identity, so a map copied with other notes never reuses it.
    if cached is not None and cached[0] is journey.notes:
        return cached[1]  # type: ignore[no-any-return]
    index = NotePositions({note.id: i for i, note in enumerate(journey.notes)})
    journey.__dict__[_POSITIONS_KEY] = (journey.notes, index)
    return index


def check_derived_state(journey: JourneyMap) -> None:
    """Debug check: every lookup cache carried over by edits equals a fresh computation."""
    fresh = JourneyMap.model_construct(
        **{name: getattr(journey, name) for name in JourneyMap.model_fields}
    )
    for name in ("note_by_id", "cells"):
        if name in journey.__dict__ and journey.__dict__[name] != getattr(fresh, name):
            raise AssertionError(f"the carried-over '{name}' cache is stale")
    cached = journey.__dict__.get(_POSITIONS_KEY)
    if cached is not None and cached[0] is journey.notes:
        if cached[1].as_dict() != note_positions(fresh).as_dict():
            raise AssertionError("the carried-over note positions are stale")
