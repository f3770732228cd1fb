"""The Qt-free journey model: records, the map container, templates, layout and graph analysis.

The names below are imported on first use (PEP 562), not with the package: importing any
`canvas_app.model.X` runs this file first, and the records need pydantic, which start-up keeps off
the path to the first paint (see docs/architecture.md, "Start-up").
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from canvas_app.model.journey_map import IntegrityError, JourneyMap, check_integrity
    from canvas_app.model.kinds import Evidence, Language, LaneKind, LineKind, MapType, NoteKind
    from canvas_app.model.records import (
        BlueprintLine,
        CampaignCard,
        Connector,
        Dismissal,
        FunnelFigure,
        Kpi,
        Lane,
        Note,
        Persona,
        Phase,
        Photo,
        Stage,
        Voter,
        VotingSession,
    )

_HOMES = {
    **dict.fromkeys(("IntegrityError", "JourneyMap", "check_integrity"), "journey_map"),
    **dict.fromkeys(("Evidence", "Language", "LaneKind", "LineKind", "MapType", "NoteKind"),
                    "kinds"),
    **dict.fromkeys(("BlueprintLine", "CampaignCard", "Connector", "Dismissal", "FunnelFigure",
                     "Kpi", "Lane", "Note", "Persona", "Phase", "Photo", "Stage", "Voter",
                     "VotingSession"), "records"),
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "BlueprintLine",
    "CampaignCard",
    "Connector",
    "Dismissal",
    "Evidence",
    "FunnelFigure",
    "IntegrityError",
    "JourneyMap",
    "Kpi",
    "Lane",
    "LaneKind",
    "Language",
    "LineKind",
    "MapType",
    "Note",
    "NoteKind",
    "Persona",
    "Phase",
    "Photo",
    "Stage",
    "Voter",
    "VotingSession",
    "check_integrity",
]
