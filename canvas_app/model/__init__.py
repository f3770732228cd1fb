"""The Qt-free journey model: records, the map container, templates, layout and graph analysis."""

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
