"""Checks shared by the edits: validate a touched record, refuse used ids and full collections."""

from __future__ import annotations

from typing import Any, Mapping, Sequence, TypeVar

from pydantic import BaseModel, ValidationError

from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import Record

R = TypeVar("R", bound=Record)


class EditError(ValueError):
    """An edit refused: unknown id, value out of bounds, or a change that would break the map."""


def validated(model: type[R], data: Mapping[str, Any], what: str) -> R:
    """`model` validated from `data`, with a ValidationError turned into a one-line EditError."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise EditError(f"{what}: {describe(error)}") from None


def describe(error: ValidationError) -> str:
    first = error.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in first["loc"])
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def fields_of(record: BaseModel) -> dict[str, Any]:
    """The field values of `record` (shallow: nested records stay records)."""
    return dict(record)


def changed_record(record: R, updates: Mapping[str, Any], allowed: Sequence[str], what: str) -> R:
    """`record` with `updates` applied and validated; `record` itself when nothing changes."""
    unknown = sorted(set(updates) - set(allowed))
    if unknown:
        raise EditError(f"{what}: '{unknown[0]}' cannot be changed here")
    candidate = validated(type(record), {**fields_of(record), **updates}, what)
    return record if candidate == record else candidate


def check_new_ids(journey: JourneyMap, ids: Sequence[str]) -> None:
    """Refuse ids given twice or already used by any record of `journey` (ids are map-wide)."""
    wanted = set(ids)
    if len(wanted) != len(ids):
        raise EditError("the same new id is given twice")
    taken: list[Any] = [journey.note_by_id, journey.stage_index, journey.lane_index]
    for used in taken:
        clash = sorted(record_id for record_id in wanted if record_id in used)
        if clash:
            raise EditError(f"the id '{clash[0]}' is already used in this map")
    for name in ("personas", "phases", "lines", "connectors"):
        for record in getattr(journey, name):
            if record.id in wanted:
                raise EditError(f"the id '{record.id}' is already used in this map")


def check_room(count: int, adding: int, limit: int, what: str) -> None:
    if count + adding > limit:
        raise EditError(f"a map may hold at most {limit} {what}")


def unique(ids: Sequence[str]) -> list[str]:
    """`ids` without repeats, first occurrence kept."""
    return list(dict.fromkeys(ids))

