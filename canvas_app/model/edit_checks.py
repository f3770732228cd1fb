"""Checks shared by the edits: validate a touched record, refuse used ids and full collections."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Sequence, TypeVar

from canvas_app.model.messages import N_, ExplainedValueError, Message, msg
from canvas_app.model.validation_messages import describe_validation_error

if TYPE_CHECKING:  # (pydantic is imported when an edit first runs, not with EditError)
    from pydantic import BaseModel, ValidationError

    from canvas_app.model.journey_map import JourneyMap
    from canvas_app.model.records import Record

R = TypeVar("R", bound="Record")


class EditError(ExplainedValueError):
    """An edit refused: unknown id, value out of bounds, or a change that would break the map."""


def validated(model: type[R], data: Mapping[str, Any], what: str) -> R:
    """`model` validated from `data`, with a ValidationError turned into a one-line EditError."""
    from pydantic import ValidationError

    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise EditError(msg("{what}: {problem}", what=what,
                            problem=describe(error))) from None


def describe(error: ValidationError) -> Message:
    """The first problem of `error`, placed by its field path (`tags.0: …`)."""
    return describe_validation_error(error, dotted=True)


def fields_of(record: BaseModel) -> dict[str, Any]:
    """The field values of `record` (shallow: nested records stay records)."""
    return dict(record)


def changed_record(record: R, updates: Mapping[str, Any], allowed: Sequence[str], what: str) -> R:
    """`record` with `updates` applied and validated; `record` itself when nothing changes."""
    unknown = sorted(set(updates) - set(allowed))
    if unknown:
        raise EditError(msg("{what}: '{field}' cannot be changed here", what=what,
                            field=unknown[0]))
    candidate = validated(type(record), {**fields_of(record), **updates}, what)
    return record if candidate == record else candidate


def check_new_ids(journey: JourneyMap, ids: Sequence[str]) -> None:
    """Refuse ids given twice or already used by any record of `journey` (ids are map-wide)."""
    wanted = set(ids)
    if len(wanted) != len(ids):
        raise EditError(msg("the same new id is given twice"))
    taken: list[Any] = [journey.note_by_id, journey.stage_index, journey.lane_index]
    for used in taken:
        clash = sorted(record_id for record_id in wanted if record_id in used)
        if clash:
            raise EditError(msg("the id '{id}' is already used in this map", id=clash[0]))
    for name in ("personas", "phases", "lines", "connectors"):
        for record in getattr(journey, name):
            if record.id in wanted:
                raise EditError(msg("the id '{id}' is already used in this map",
                                    id=record.id))


# What a full collection says, by the collection's name (whole sentences, for translation).
_FULL = {
    "notes": N_("a map may hold at most {limit} notes"),
    "stages": N_("a map may hold at most {limit} stages"),
    "lanes": N_("a map may hold at most {limit} lanes"),
    "phases": N_("a map may hold at most {limit} phases"),
    "personas": N_("a map may hold at most {limit} personas"),
    "connectors": N_("a map may hold at most {limit} connectors"),
    "dismissals": N_("a map may hold at most {limit} dismissals"),
}


def check_room(count: int, adding: int, limit: int, what: str) -> None:
    if count + adding > limit:
        template = _FULL.get(what)
        raise EditError(msg(template, limit=limit) if template is not None else msg(
            "a map may hold at most {limit} {what}", limit=limit, what=what))


def unique(ids: Sequence[str]) -> list[str]:
    """`ids` without repeats, first occurrence kept."""
    return list(dict.fromkeys(ids))

