"""Edits of the map's dismissed completeness checks (`JourneyMap.dismissals`).

The dismissals travel as a map-level property in the delta ("dismissals", old tuple, new tuple):
undo puts the old tuple back, and a view sees `"dismissals" in change.properties`.
"""

from __future__ import annotations

from canvas_app.model import limits
from canvas_app.model.edit_checks import EditError, check_room, validated
from canvas_app.model.edit_delta import EditResult, MapDelta, finish
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.messages import msg
from canvas_app.model.records import Dismissal

FIELD = "dismissals"


def dismiss(journey: JourneyMap, check: str, target: str) -> EditResult:
    """Dismiss `check` for the record `target`; dismissing it again changes nothing."""
    dismissal = validated(Dismissal, {"check": check, "target": target}, "dismissal")
    old = journey.dismissals
    if dismissal in old:
        return finish(journey, MapDelta())
    check_room(len(old), 1, limits.MAX_DISMISSALS, "dismissals")
    return finish(journey, MapDelta(properties=((FIELD, old, old + (dismissal,)),)))


def restore(journey: JourneyMap, check: str, target: str) -> EditResult:
    """Show `check` for `target` again (undo a dismissal)."""
    old = journey.dismissals
    new = tuple(d for d in old if not (d.check == check and d.target == target))
    if len(new) == len(old):
        raise EditError(msg("the check '{check}' is not dismissed for '{target}'", check=check,
                            target=target))
    return finish(journey, MapDelta(properties=((FIELD, old, new),)))
