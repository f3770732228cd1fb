"""The Qt-free journey model: records, the map container, templates, layout and graph analysis."""

from canvas_app.model.journey_map import IntegrityError, JourneyMap, check_integrity
from canvas_app.model.kinds import Evidence, Language, LaneKind, LineKind, MapType, NoteKind
from canvas_app.model.records import (
    BlueprintLine,
    CampaignCard,
    Connector,
    Lane,
    Note,
    Persona,
    Phase,
    Photo,
    Stage,
)

__all__ = [
    "BlueprintLine",
    "CampaignCard",
    "Connector",
    "Evidence",
    "IntegrityError",
    "JourneyMap",
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
    "check_integrity",
]
