"""The frozen records a journey map is made of: personas, phases, stages, lanes, notes, lines.

Records are immutable pydantic models; an edit builds a new record with the same id. Every text
field is cleaned (NFC, no lone surrogates, no control characters) as it is validated.
"""

from __future__ import annotations

from typing import Annotated, Callable, Optional

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from canvas_app.model import limits
from canvas_app.model.ids import ID_PATTERN
from canvas_app.model.kinds import Evidence, LaneKind, LineKind, NoteKind
from canvas_app.model.messages import ExplainedValueError, msg
from canvas_app.model.text import clean_line, clean_text


def _cleaned_first(clean: Callable[[str], str]) -> BeforeValidator:
    """Clean a string before pydantic checks it: the length bounds then apply to the stored text
    (NFC can lengthen it, cleaning can empty it, and a saved map must always load back), and a
    lone surrogate, which pydantic refuses outright, is dropped instead."""

    def validate(value: object) -> object:
        return clean(value) if isinstance(value, str) else value

    return BeforeValidator(validate)


RecordId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Title = Annotated[str, Field(max_length=limits.MAX_TITLE), _cleaned_first(clean_line)]
Label = Annotated[str, Field(max_length=limits.MAX_LABEL), _cleaned_first(clean_line)]
Text = Annotated[str, Field(max_length=limits.MAX_TEXT), _cleaned_first(clean_text)]
Tag = Annotated[str, Field(min_length=1, max_length=limits.MAX_TAG), _cleaned_first(clean_line)]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
TimeOfDay = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
Emotion = Annotated[int, Field(ge=limits.EMOTION_MIN, le=limits.EMOTION_MAX)]


class Record(BaseModel):
    """Base of every record: immutable, unknown fields refused, assignment impossible."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class Photo(Record):
    """A persona photo embedded in the file (never a path: a shared file must not read local files)."""

    media_type: Annotated[str, StringConstraints(pattern=r"^image/(png|jpeg)$")]
    data: Annotated[
        str,
        StringConstraints(max_length=limits.MAX_PHOTO_BASE64, pattern=r"^[A-Za-z0-9+/=\s]*$"),
    ]


class Persona(Record):
    """Someone the map is about: a name, an optional photo and the sections of a persona card."""

    id: RecordId
    name: Title
    photo: Optional[Photo] = None
    quote: Text = ""
    demographics: Text = ""
    bio: Text = ""
    lifestyle: Text = ""
    personality: Text = ""
    shopping_preferences: Text = ""
    information_sources: Text = ""
    goals_motivations: Text = ""
    pain_points: Text = ""


class Phase(Record):
    """A named group of consecutive stages (e.g. Attract / Sell / Wow)."""

    id: RecordId
    title: Title


class CampaignCard(Record):
    """The value-journey campaign card of one stage."""

    goal: Text = ""
    audience: Text = ""
    content: Text = ""
    channel: Text = ""
    call_to_action: Text = ""


class Kpi(Record):
    """A key figure a stage is measured by: its name, the target and the actual value as the
    team writes them ("3 %", "1 200 / month"), so free text rather than numbers. (Version 2.)"""

    name: Label
    target: Label = ""
    actual: Label = ""


class FunnelFigure(Record):
    """How many people reached a stage, and what they are called there ("visitors", "leads",
    "buyers"); conversion and drop-off between stages are computed, never stored. (Version 2.)"""

    count: Annotated[int, Field(ge=0, le=limits.MAX_FUNNEL_COUNT)]
    unit: Label = ""


class Stage(Record):
    """A column of the board. Day-in-the-life stages carry a time of day ("07:30")."""

    id: RecordId
    title: Title
    phase: Optional[RecordId] = None
    time_of_day: Optional[TimeOfDay] = None
    description: Text = ""
    campaign: Optional[CampaignCard] = None
    kpis: Annotated[tuple[Kpi, ...], Field(max_length=limits.MAX_KPIS)] = ()
    funnel: Optional[FunnelFigure] = None
    width: Optional[Annotated[float, Field(ge=80, le=2000)]] = None


class Lane(Record):
    """A row of the board (a swimlane) of one kind."""

    id: RecordId
    title: Title
    kind: LaneKind = LaneKind.NOTES
    height: Optional[Annotated[float, Field(ge=40, le=4000)]] = None
    # Hidden from the audience (silent brainstorming): every note of the lane, present and
    # future, stays off the audience view until the lane is revealed. (Version 2.)
    hidden: bool = False


class BlueprintLine(Record):
    """A service-blueprint line drawn across the board just below lane `after_lane`."""

    id: RecordId
    kind: LineKind
    after_lane: RecordId
    label: Label = ""


class Note(Record):
    """A sticky note in the cell (stage, lane), at position `order` within that cell."""

    id: RecordId
    stage: RecordId
    lane: RecordId
    order: Annotated[int, Field(ge=0, le=limits.MAX_NOTES)] = 0
    kind: NoteKind = NoteKind.NOTE
    text: Text = ""
    color: Optional[Color] = None
    emotion: Optional[Emotion] = None
    votes: Annotated[int, Field(ge=0, le=limits.MAX_VOTES)] = 0
    tags: Annotated[tuple[Tag, ...], Field(max_length=limits.MAX_TAGS)] = ()
    persona: Optional[RecordId] = None
    evidence: Optional[Evidence] = None
    # Hidden from the audience view until revealed (presentation mode). (Version 2.)
    hidden: bool = False


class Connector(Record):
    """An arrow from one note to another."""

    id: RecordId
    source: RecordId
    target: RecordId
    label: Label = ""


class Voter(Record):
    """A participant of a dot-voting session and how many of their dots they have placed."""

    name: Label
    dots_used: Annotated[int, Field(ge=0, le=limits.MAX_DOTS)] = 0


class VotingSession(Record):
    """A dot-voting session: dots per participant and who has voted how much. The votes
    themselves are the notes' `votes` tallies. (Version 2.)"""

    dots_per_participant: Annotated[int, Field(ge=1, le=limits.MAX_DOTS)] = 3
    voters: Annotated[tuple[Voter, ...], Field(max_length=limits.MAX_VOTERS)] = ()

    @model_validator(mode="after")
    def _check_budget(self) -> "VotingSession":
        for i, voter in enumerate(self.voters):
            if voter.dots_used > self.dots_per_participant:
                raise ExplainedValueError(msg(
                    "{place}: {used} dots used, more than the {dots} each participant has",
                    place=f"voters[{i}]", used=voter.dots_used, dots=self.dots_per_participant))
        return self


CheckId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,40}$")]


class Dismissal(Record):
    """A completeness check the team chose to ignore for one record (a note or a stage). A
    dismissal naming a record that no longer exists is kept and simply matches nothing.
    (Version 2.)"""

    check: CheckId
    target: RecordId
