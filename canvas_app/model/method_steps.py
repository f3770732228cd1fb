"""The eight steps of the journey-mapping method and whether a map has done each (no Qt).

A step's state is computed from the map, never ticked by hand. The rules (docs/planning.md
explains them to users):

1. `goals` — set goals: a Goals lane holds a note, or a note has the kind Goal, or the map has a
   description, or a stage's campaign card has a goal.
2. `personas` — create personas: the map has at least one persona.
3. `motivations` — find motivations: a persona's "goals and motivations" is filled in, or a
   Thoughts lane holds a note.
4. `pain-points` — find pain points: a pain point exists (a note of kind Pain point or in a Pain
   points lane).
5. `stages` — lay out the buyer's stages: at least 3 stages, every one of them titled.
6. `touchpoints` — map the touchpoints: at least one stage, and no stage has an open (not
   dismissed) "stage without a touchpoint" finding.
7. `tools` — equip the tools: the map names a channel (a note of kind Channel or in a Channels
   lane, or a campaign card's channel) and a measure (a note of kind KPI or in a KPIs lane, or a
   stage KPI).
8. `revise` — revise: the map has at least one note and no open finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from canvas_app.model.checks import STAGE_WITHOUT_TOUCHPOINT, Finding
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import LaneKind, NoteKind

GOALS = "goals"
PERSONAS = "personas"
MOTIVATIONS = "motivations"
PAIN_POINTS = "pain-points"
STAGES = "stages"
TOUCHPOINTS = "touchpoints"
TOOLS = "tools"
REVISE = "revise"
STEPS: tuple[str, ...] = (GOALS, PERSONAS, MOTIVATIONS, PAIN_POINTS, STAGES, TOUCHPOINTS,
                          TOOLS, REVISE)
MIN_STAGES = 3


@dataclass(frozen=True)
class StepState:
    step: str
    done: bool


def _kinds_present(journey: JourneyMap) -> tuple[set[LaneKind], set[NoteKind]]:
    """The lane kinds holding at least one note, and the note kinds used."""
    lane_kind = {lane.id: lane.kind for lane in journey.lanes}
    lanes: set[LaneKind] = set()
    kinds: set[NoteKind] = set()
    for (_, lane_id), notes in journey.cells.items():
        lanes.add(lane_kind[lane_id])
        for note in notes:
            kinds.add(note.kind)
    return lanes, kinds


def step_states(journey: JourneyMap, findings: Sequence[Finding]) -> list[StepState]:
    """The state of every step, in method order; `findings` are the map's open findings."""
    lanes, kinds = _kinds_present(journey)
    campaigns = [stage.campaign for stage in journey.stages if stage.campaign is not None]
    done = {
        GOALS: (LaneKind.GOALS in lanes or NoteKind.GOAL in kinds
                or bool(journey.description.strip())
                or any(card.goal.strip() for card in campaigns)),
        PERSONAS: bool(journey.personas),
        MOTIVATIONS: (any(p.goals_motivations.strip() for p in journey.personas)
                      or LaneKind.THOUGHTS in lanes),
        PAIN_POINTS: LaneKind.PAIN_POINTS in lanes or NoteKind.PAIN_POINT in kinds,
        STAGES: (len(journey.stages) >= MIN_STAGES
                 and all(stage.title.strip() for stage in journey.stages)),
        TOUCHPOINTS: (bool(journey.stages)
                      and not any(f.check == STAGE_WITHOUT_TOUCHPOINT for f in findings)),
        TOOLS: ((LaneKind.CHANNELS in lanes or NoteKind.CHANNEL in kinds
                 or any(card.channel.strip() for card in campaigns))
                and (LaneKind.KPIS in lanes or NoteKind.KPI in kinds
                     or any(stage.kpis for stage in journey.stages))),
        REVISE: bool(journey.notes) and not findings,
    }
    return [StepState(step, done[step]) for step in STEPS]
