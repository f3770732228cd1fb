"""The map container: one frozen JourneyMap holding every record, and its invariants.

Invariants (checked whenever a map is validated, i.e. on load and when an edit builds a new map):
the integrity rules of model/map_shape.py (unique ids, references that resolve, consecutive
phases, connectors between two notes), and collection sizes within `limits`. The lookups
(`note_by_id`, `cells`, …) come from map_shape.MapLookups too.
"""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import Field, model_validator

from canvas_app.model import limits
from canvas_app.model.kinds import Language, MapType
from canvas_app.model.map_shape import IntegrityError, MapLookups, check_integrity
from canvas_app.model.records import (
    BlueprintLine,
    Connector,
    Dismissal,
    Lane,
    Note,
    Persona,
    Phase,
    Photo,
    Record,
    Stage,
    Text,
    Title,
    VotingSession,
)

__all__ = ["FrameworkId", "IntegrityError", "JourneyMap", "check_integrity"]

FrameworkId = Annotated[str, Field(pattern=r"^[a-z0-9-]{1,40}$")]


class JourneyMap(MapLookups, Record):
    """A whole journey map: its settings and every record, in display order."""

    title: Title = ""
    description: Text = ""
    map_type: MapType = MapType.CURRENT_STATE
    framework: Optional[FrameworkId] = None
    language: Language = Language.EN
    personas: Annotated[tuple[Persona, ...], Field(max_length=limits.MAX_PERSONAS)] = ()
    phases: Annotated[tuple[Phase, ...], Field(max_length=limits.MAX_PHASES)] = ()
    stages: Annotated[tuple[Stage, ...], Field(max_length=limits.MAX_STAGES)] = ()
    lanes: Annotated[tuple[Lane, ...], Field(max_length=limits.MAX_LANES)] = ()
    lines: Annotated[tuple[BlueprintLine, ...], Field(max_length=limits.MAX_LINES)] = ()
    notes: Annotated[tuple[Note, ...], Field(max_length=limits.MAX_NOTES)] = ()
    connectors: Annotated[tuple[Connector, ...], Field(max_length=limits.MAX_CONNECTORS)] = ()
    # Version 2: the client's logo for report covers, the dot-voting session, and the
    # completeness checks dismissed for particular notes or stages.
    logo: Optional[Photo] = None
    voting: Optional[VotingSession] = None
    dismissals: Annotated[tuple[Dismissal, ...], Field(max_length=limits.MAX_DISMISSALS)] = ()

    @model_validator(mode="after")
    def _check_integrity(self) -> "JourneyMap":
        check_integrity(self)
        return self
