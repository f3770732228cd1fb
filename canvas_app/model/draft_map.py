"""The start-up draft: a map read without pydantic, for the first paint only.

Opening a map at start-up, the window draws the board before pydantic is imported (importing it
and building the record classes costs about as much as a whole bare Qt window). The draft reader
(fileio/draft_load.py) reads files of the current version into a `DraftMap`: plain records with
the same fields and the same values the validated records will have, and the same lookups
(map_shape.MapLookups). The layout and the board draw it like a JourneyMap.

A draft is never edited and never saved: right after the first paint the file is read and
validated in full, and the validated JourneyMap replaces the draft (`same_map` tells whether
anything the board drew from the draft must be redrawn). Whatever the draft reader is not sure
about, it leaves to the full loader, before anything is drawn.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, cast

from canvas_app.model.map_shape import MapLookups

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap


class DraftRecord(SimpleNamespace):
    """A record of the draft: its fields as plain attributes (nested records are DraftRecords,
    lists are tuples, closed vocabularies are the model's enums)."""


class DraftMap(MapLookups):
    """A whole map of the draft: every JourneyMap field as a plain attribute, and the lookups."""

    def __init__(self, fields: dict[str, Any]) -> None:
        self.__dict__.update(fields)
        self._field_names = tuple(fields)

    @property
    def field_names(self) -> tuple[str, ...]:
        return self._field_names


def as_journey(draft: DraftMap) -> "JourneyMap":
    """The draft typed as the map it stands for: the layout and the board read the same fields
    and lookups from both (tests/test_draft_load.py checks the draft equals the validated map)."""
    return cast("JourneyMap", draft)


def is_draft(journey: object) -> bool:
    return isinstance(journey, DraftMap)


def same_map(draft: DraftMap, journey: "JourneyMap") -> bool:
    """Whether `journey` (validated) holds exactly what `draft` holds: the same fields with
    values of the same types, recursively."""
    if set(draft.field_names) != set(type(journey).model_fields):
        return False
    return all(_same(getattr(draft, name), getattr(journey, name)) for name in draft.field_names)


def _same(draft: Any, value: Any) -> bool:
    if isinstance(draft, DraftRecord):
        names = vars(draft)
        fields = getattr(type(value), "model_fields", None)
        if fields is None or set(names) != set(fields):
            return False
        return all(_same(item, getattr(value, name)) for name, item in names.items())
    if isinstance(draft, tuple):
        return (type(value) is tuple and len(draft) == len(value)
                and all(_same(a, b) for a, b in zip(draft, value)))
    return type(draft) is type(value) and bool(draft == value)
