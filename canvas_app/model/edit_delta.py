"""Reversible map changes: which records an edit replaced, removed and added (with their places).

A `MapDelta` holds only the touched records, so it costs O(change) to keep (the undo stack holds
deltas, never whole maps) and O(n) C-level copying plus O(change) Python work to apply either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from canvas_app.model.edit_caches import carry_note_caches
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import Record

R = TypeVar("R", bound=Record)

COLLECTIONS = ("personas", "phases", "stages", "lanes", "lines", "notes", "connectors")
# Fields whose change moves cells on the board (a view must lay the whole board out again).
_STAGE_GRID_FIELDS = ("width", "phase")
_LANE_GRID_FIELDS = ("height", "kind")


class DeltaMismatchError(RuntimeError):
    """A delta applied to a map it was not computed for (a bug, never a user error)."""


@dataclass(frozen=True)
class RecordDelta:
    """Changes to one tuple of records.

    Forward: `replaced` entries are swapped in place (indices in the old tuple), then `removed`
    entries are taken out (indices in the old tuple), then `added` entries are inserted (indices
    in the new tuple). A record that moves is removed at its old index and added at its new one.
    Backward runs the same steps in reverse, so undo restores the exact original order.
    """

    replaced: tuple[tuple[int, Any, Any], ...] = ()
    removed: tuple[tuple[int, Any], ...] = ()
    added: tuple[tuple[int, Any], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.replaced or self.removed or self.added)

    def apply(self, records: tuple[R, ...], backward: bool = False) -> tuple[R, ...]:
        if not self:
            return records
        items = list(records)
        if not backward:
            _replace(items, ((i, old, new) for i, old, new in self.replaced))
            items = _take_out(items, self.removed)
            items = _put_in(items, self.added)
        else:
            items = _take_out(items, self.added)
            items = _put_in(items, self.removed)
            _replace(items, ((i, new, old) for i, old, new in self.replaced))
        return tuple(items)


def _replace(items: list[Any], swaps: Any) -> None:
    for index, expected, replacement in swaps:
        current = items[index]
        if current is not expected and current != expected:
            raise DeltaMismatchError(f"record {index} is not the one the change was made for")
        items[index] = replacement


def _take_out(items: list[Any], entries: tuple[tuple[int, Any], ...]) -> list[Any]:
    if not entries:
        return items
    kept: list[Any] = []
    start = 0
    for index, expected in entries:
        current = items[index]
        if current is not expected and current != expected:
            raise DeltaMismatchError(f"record {index} is not the one the change was made for")
        kept.extend(items[start:index])
        start = index + 1
    kept.extend(items[start:])
    return kept


def _put_in(items: list[Any], entries: tuple[tuple[int, Any], ...]) -> list[Any]:
    if not entries:
        return items
    merged: list[Any] = []
    start = 0
    for index, record in entries:
        take = index - len(merged)
        if take < 0 or start + take > len(items):
            raise DeltaMismatchError(f"cannot insert a record at index {index}")
        merged.extend(items[start : start + take])
        start += take
        merged.append(record)
    merged.extend(items[start:])
    return merged


@dataclass(frozen=True)
class MapDelta:
    """Record deltas per collection, and the map-level properties changed as (name, old, new)."""

    personas: RecordDelta = RecordDelta()
    phases: RecordDelta = RecordDelta()
    stages: RecordDelta = RecordDelta()
    lanes: RecordDelta = RecordDelta()
    lines: RecordDelta = RecordDelta()
    notes: RecordDelta = RecordDelta()
    connectors: RecordDelta = RecordDelta()
    properties: tuple[tuple[str, Any, Any], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.properties) or any(getattr(self, name) for name in COLLECTIONS)


@dataclass(frozen=True)
class IdChanges:
    """Ids of the records of one type an edit added, removed, or changed (moved counts as changed)."""

    added: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    updated: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.updated)

    @property
    def all(self) -> frozenset[str]:
        return self.added | self.removed | self.updated

    def inverted(self) -> "IdChanges":
        return IdChanges(added=self.removed, removed=self.added, updated=self.updated)

    @staticmethod
    def of(delta: RecordDelta) -> "IdChanges":
        removed = {record.id for _, record in delta.removed}
        added = {record.id for _, record in delta.added}
        updated = {old.id for _, old, _ in delta.replaced} | (added & removed)
        return IdChanges(frozenset(added - removed), frozenset(removed - added), frozenset(updated))


@dataclass(frozen=True)
class ChangeSummary:
    """What an edit changed, by record type; `delta` is what undo and redo replay."""

    personas: IdChanges
    phases: IdChanges
    stages: IdChanges
    lanes: IdChanges
    lines: IdChanges
    notes: IdChanges
    connectors: IdChanges
    # The grid changed: stages or lanes added, removed, reordered, resized, re-kinded or regrouped.
    structure: bool
    properties: frozenset[str]
    delta: MapDelta = field(repr=False, compare=False)

    @property
    def is_empty(self) -> bool:
        return not self.delta

    def inverted(self) -> "ChangeSummary":
        """The summary of undoing this change (added and removed swap)."""
        return ChangeSummary(
            **{name: getattr(self, name).inverted() for name in COLLECTIONS},
            structure=self.structure,
            properties=self.properties,
            delta=self.delta,
        )

    @staticmethod
    def of(delta: MapDelta) -> "ChangeSummary":
        changes = {name: IdChanges.of(getattr(delta, name)) for name in COLLECTIONS}
        return ChangeSummary(
            **changes,
            structure=_changes_grid(delta),
            properties=frozenset(name for name, _, _ in delta.properties),
            delta=delta,
        )


def _changes_grid(delta: MapDelta) -> bool:
    if delta.stages.added or delta.stages.removed or delta.lanes.added or delta.lanes.removed:
        return True
    if delta.phases.added or delta.phases.removed:
        return True
    for _, old, new in delta.stages.replaced:
        if any(getattr(old, name) != getattr(new, name) for name in _STAGE_GRID_FIELDS):
            return True
    for _, old, new in delta.lanes.replaced:
        if any(getattr(old, name) != getattr(new, name) for name in _LANE_GRID_FIELDS):
            return True
    return False


EditResult = tuple[JourneyMap, ChangeSummary]


def apply_delta(journey: JourneyMap, delta: MapDelta, backward: bool = False) -> JourneyMap:
    """The map `delta` turns `journey` into (or, backward, the map it was computed from).

    The new map is built without re-validating it (edits validate the records they touch); the
    lookup caches of `journey` that stay cheap to update are carried over, so a large map does not
    pay to rebuild them after every keystroke.
    """
    if not delta:
        return journey
    values = {name: getattr(journey, name) for name in JourneyMap.model_fields}
    for name in COLLECTIONS:
        change: RecordDelta = getattr(delta, name)
        if change:
            values[name] = change.apply(values[name], backward)
    for name, old, new in delta.properties:
        expected, value = (new, old) if backward else (old, new)
        if values[name] != expected:
            raise DeltaMismatchError(f"map {name} is not the one the change was made for")
        values[name] = value
    result = JourneyMap.model_construct(**values)
    if delta.notes:
        notes = delta.notes
        if backward:
            gone = [record for _, record in notes.added]
            come = [record for _, record in notes.removed]
            swapped = [(new, old) for _, old, new in notes.replaced]
        else:
            gone = [record for _, record in notes.removed]
            come = [record for _, record in notes.added]
            swapped = [(old, new) for _, old, new in notes.replaced]
        carry_note_caches(journey, result, gone, come, swapped)
    return result


def finish(journey: JourneyMap, delta: MapDelta) -> EditResult:
    """The edited map and its summary (the input map itself when nothing changed)."""
    return apply_delta(journey, delta), ChangeSummary.of(delta)

