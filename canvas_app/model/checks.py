"""Completeness checks: what a journey map still lacks, computed from the map alone (no Qt).

Each finding names a check, the record it is about (a note or a stage), the stage to go to, and a
message as an English template with parameters (the UI translates the template in the "checks"
context and fills in %1, %2…). Dismissals (`JourneyMap.dismissals`) hide a finding for one
record. The rules, precisely (docs/planning.md repeats them for users):

- `stage-without-touchpoint` (stage): no note of the stage is a touchpoint: a note of a
  Touchpoints, Channels or Physical evidence lane, or of kind Touchpoint or Channel (a channel is
  where the customer meets the brand; a service blueprint's physical evidence is what they touch).
- `pain-without-opportunity` (note): a pain point (kind Pain point, or any note of a Pain points
  lane) whose stage holds no opportunity (kind Opportunity, or any note of an Opportunities lane).
- `note-without-persona` (note): on a map with two personas or more, a note with no persona,
  except notes of Backstage and Support processes lanes (the organisation's side, nobody's).
- `emotion-without-score` (note): a note of an Emotions lane with no emotion score.
- `stage-without-emotion` (stage): the map has an Emotions lane and no Emotions lane holds a note
  in this stage (the emotion curve has a gap there).
- `stage-without-goal` (stage): on a value-journey map (a framework whose template gives every
  stage a campaign card: `CAMPAIGN_FRAMEWORKS`), a stage whose campaign card has no goal.
- `assumed-evidence` (note): a note whose evidence is "assumed" (not yet observed).

Findings are computed per stage (`stage_findings`), so a caller that knows which stages an edit
touched can recompute only those (`FindingCache`); `compute_findings` is the full pass.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple, Optional

from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import Evidence, LaneKind, NoteKind
from canvas_app.model.records import Note, Stage


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name marks the text)
    """Marks `text` for translation in `context` (the catalogue script finds it by this name);
    the core stays Qt-free, the UI translates the text when it shows it."""
    return text


STAGE_WITHOUT_TOUCHPOINT = "stage-without-touchpoint"
PAIN_WITHOUT_OPPORTUNITY = "pain-without-opportunity"
NOTE_WITHOUT_PERSONA = "note-without-persona"
EMOTION_WITHOUT_SCORE = "emotion-without-score"
STAGE_WITHOUT_EMOTION = "stage-without-emotion"
STAGE_WITHOUT_GOAL = "stage-without-goal"
ASSUMED_EVIDENCE = "assumed-evidence"

# Every check, in the order findings of one stage are listed.
CHECKS: tuple[str, ...] = (
    STAGE_WITHOUT_TOUCHPOINT,
    STAGE_WITHOUT_GOAL,
    STAGE_WITHOUT_EMOTION,
    EMOTION_WITHOUT_SCORE,
    PAIN_WITHOUT_OPPORTUNITY,
    NOTE_WITHOUT_PERSONA,
    ASSUMED_EVIDENCE,
)
STAGE_CHECKS = frozenset({STAGE_WITHOUT_TOUCHPOINT, STAGE_WITHOUT_GOAL, STAGE_WITHOUT_EMOTION})

# Short names (the dismissed list, undo history) and messages (%1: the stage's title, %2: the
# note's text, shortened), translated by the UI in the "checks" context.
CHECK_NAMES: dict[str, str] = {
    STAGE_WITHOUT_TOUCHPOINT: QT_TRANSLATE_NOOP("checks", "Stage without a touchpoint"),
    PAIN_WITHOUT_OPPORTUNITY: QT_TRANSLATE_NOOP("checks", "Pain point without an opportunity"),
    NOTE_WITHOUT_PERSONA: QT_TRANSLATE_NOOP("checks", "Note without a persona"),
    EMOTION_WITHOUT_SCORE: QT_TRANSLATE_NOOP("checks", "Emotion without a score"),
    STAGE_WITHOUT_EMOTION: QT_TRANSLATE_NOOP("checks", "Stage without an emotion"),
    STAGE_WITHOUT_GOAL: QT_TRANSLATE_NOOP("checks", "Stage without a campaign goal"),
    ASSUMED_EVIDENCE: QT_TRANSLATE_NOOP("checks", "Assumption not yet observed"),
}
MESSAGES: dict[str, str] = {
    STAGE_WITHOUT_TOUCHPOINT: QT_TRANSLATE_NOOP(
        "checks", "Stage “%1” has no touchpoint: where does the customer meet you here?"),
    PAIN_WITHOUT_OPPORTUNITY: QT_TRANSLATE_NOOP(
        "checks", "Pain point “%2” (stage “%1”) has no opportunity in its stage."),
    NOTE_WITHOUT_PERSONA: QT_TRANSLATE_NOOP(
        "checks", "Note “%2” (stage “%1”) belongs to no persona."),
    EMOTION_WITHOUT_SCORE: QT_TRANSLATE_NOOP(
        "checks", "Emotion “%2” (stage “%1”) has no score, so the curve skips it."),
    STAGE_WITHOUT_EMOTION: QT_TRANSLATE_NOOP(
        "checks", "Stage “%1” has no emotion: the emotion curve has a gap here."),
    STAGE_WITHOUT_GOAL: QT_TRANSLATE_NOOP(
        "checks", "Stage “%1” has no campaign goal."),
    ASSUMED_EVIDENCE: QT_TRANSLATE_NOOP(
        "checks", "Note “%2” (stage “%1”) is an assumption: observe it with real customers."),
}

# Frameworks whose template gives each stage a campaign card (tests keep this in step with the
# templates' `campaign_cards` flag; reading the templates here would slow every check).
CAMPAIGN_FRAMEWORKS = frozenset({"value-journey"})
_TOUCHPOINT_LANES = frozenset({LaneKind.TOUCHPOINTS, LaneKind.CHANNELS,
                               LaneKind.PHYSICAL_EVIDENCE})
_TOUCHPOINT_KINDS = frozenset({NoteKind.TOUCHPOINT, NoteKind.CHANNEL})
# Lanes whose notes describe the organisation, not a persona.
_NO_PERSONA_LANES = frozenset({LaneKind.BACKSTAGE, LaneKind.SUPPORT_PROCESSES})
_QUOTED = 40


class Finding(NamedTuple):
    """One open problem: `check` about `target` (a note or stage id) in stage `stage`. The
    message's parameters are made when shown (`params`): a map can have thousands of findings,
    and each edit recomputes some of them."""

    check: str
    target: str
    stage: str
    on_stage: bool  # True: the target is the stage itself (its header); False: a note
    stage_title: str
    note_text: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """What a dismissal matches: (check id, target id)."""
        return (self.check, self.target)

    @property
    def message(self) -> str:
        """The English template of the message (translated by the UI in "checks")."""
        return MESSAGES[self.check]

    @property
    def params(self) -> tuple[str, str]:
        """%1: the stage's title, %2: the note's text, each on one line and shortened."""
        return (quoted(self.stage_title), quoted(self.note_text))


def quoted(text: str) -> str:
    """A title or note text as a message quotes it: one line, shortened if long."""
    line = " ".join(text.split())
    if len(line) > _QUOTED:
        return line[: _QUOTED - 1].rstrip() + "…"
    return line


class _MapFacts:
    """What every stage's checks need to know about the whole map, worked out once per map."""

    __slots__ = ("lanes", "emotion_lanes", "multi_persona", "campaign", "cells")

    def __init__(self, journey: JourneyMap) -> None:
        self.lanes = [(lane.id, lane.kind) for lane in journey.lanes]
        self.emotion_lanes = [lane_id for lane_id, kind in self.lanes
                              if kind is LaneKind.EMOTIONS]
        self.multi_persona = len(journey.personas) >= 2
        self.campaign = journey.framework in CAMPAIGN_FRAMEWORKS
        self.cells = journey.cells


def stage_findings(journey: JourneyMap, stage: Stage,
                   facts: Optional[_MapFacts] = None) -> list[Finding]:
    """Every finding of one stage (dismissed ones included), in `CHECKS` order, notes in board
    order within a check."""
    facts = facts if facts is not None else _MapFacts(journey)
    cells = facts.cells
    stage_id = stage.id
    title = stage.title
    touchpoint = opportunity = emotion_noted = False
    pains: list[Note] = []
    unscored: list[Note] = []
    no_persona: list[Note] = []
    assumed: list[Note] = []
    multi_persona = facts.multi_persona
    for lane_id, kind in facts.lanes:
        notes = cells.get((stage_id, lane_id))
        if not notes:
            continue
        lane_touch = kind in _TOUCHPOINT_LANES
        lane_pain = kind is LaneKind.PAIN_POINTS
        lane_emotion = kind is LaneKind.EMOTIONS
        if lane_touch:
            touchpoint = True
        if kind is LaneKind.OPPORTUNITIES:
            opportunity = True
        if lane_emotion:
            emotion_noted = True
        persona_lane = multi_persona and kind not in _NO_PERSONA_LANES
        for note in notes:
            note_kind = note.kind
            if note_kind in _TOUCHPOINT_KINDS:
                touchpoint = True
            elif note_kind is NoteKind.OPPORTUNITY:
                opportunity = True
            if lane_pain or note_kind is NoteKind.PAIN_POINT:
                pains.append(note)
            if lane_emotion and note.emotion is None:
                unscored.append(note)
            if persona_lane and note.persona is None:
                no_persona.append(note)
            if note.evidence is Evidence.ASSUMED:
                assumed.append(note)
    found: list[Finding] = []
    if not touchpoint:
        found.append(Finding(STAGE_WITHOUT_TOUCHPOINT, stage_id, stage_id, True, title))
    if facts.campaign and (stage.campaign is None or not stage.campaign.goal.strip()):
        found.append(Finding(STAGE_WITHOUT_GOAL, stage_id, stage_id, True, title))
    if facts.emotion_lanes and not emotion_noted:
        found.append(Finding(STAGE_WITHOUT_EMOTION, stage_id, stage_id, True, title))
    groups: tuple[tuple[str, list[Note]], ...] = (
        (EMOTION_WITHOUT_SCORE, unscored),
        (PAIN_WITHOUT_OPPORTUNITY, pains if not opportunity else []),
        (NOTE_WITHOUT_PERSONA, no_persona),
        (ASSUMED_EVIDENCE, assumed),
    )
    for check, flagged in groups:
        for note in flagged:
            found.append(Finding(check, note.id, stage_id, False, title, note.text))
    return found


def dismissed_keys(journey: JourneyMap) -> frozenset[tuple[str, str]]:
    return frozenset((d.check, d.target) for d in journey.dismissals)


def compute_findings(journey: JourneyMap, include_dismissed: bool = False) -> list[Finding]:
    """Every open finding of `journey` (with `include_dismissed`, the dismissed ones too), stage
    by stage in board order."""
    facts = _MapFacts(journey)
    found: list[Finding] = []
    for stage in journey.stages:
        found.extend(stage_findings(journey, stage, facts))
    if include_dismissed or not journey.dismissals:
        return found
    hidden = dismissed_keys(journey)
    return [finding for finding in found if finding.key not in hidden]


class FindingCache:
    """The findings of the latest map, recomputed only for the stages an edit touched.

    `update(journey, stages)` with the ids of the stages whose notes or fields changed (None:
    everything may have changed — lanes, personas, framework, a new map) recomputes those stages
    and reuses the others' findings; dismissals are applied afresh each time (cheap)."""

    def __init__(self) -> None:
        self._by_stage: dict[str, list[Finding]] = {}
        self._journey: Optional[JourneyMap] = None
        self.findings: list[Finding] = []
        self.dismissed: list[Finding] = []

    def update(self, journey: JourneyMap, stages: Optional[Iterable[str]] = None) -> None:
        facts = _MapFacts(journey)
        if stages is None or self._journey is None:
            by_stage = {stage.id: stage_findings(journey, stage, facts)
                        for stage in journey.stages}
        else:
            old = self._by_stage
            touched = set(stages)
            by_stage = {}
            for stage in journey.stages:
                sid = stage.id
                cached = old.get(sid)
                if cached is None or sid in touched:
                    cached = stage_findings(journey, stage, facts)
                by_stage[sid] = cached
        self._by_stage = by_stage
        self._journey = journey
        self.refilter(journey)

    def refilter(self, journey: JourneyMap) -> None:
        """Apply the dismissals of `journey` again (after a dismissal changed)."""
        hidden = dismissed_keys(journey)
        open_: list[Finding] = []
        dismissed: list[Finding] = []
        for stage in journey.stages:
            for finding in self._by_stage.get(stage.id, ()):
                (dismissed if finding.key in hidden else open_).append(finding)
        self.findings = open_
        self.dismissed = dismissed
