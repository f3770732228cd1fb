"""Whose feelings an emotions lane shows: one score group per persona, per as-is / to-be, or one.

A lane whose scored notes name different personas (a note without a persona counts as one more
"persona") gets a curve per persona; one whose scored notes include both observed evidence (the
as-is journey) and proposed evidence (the to-be journey) gets a curve for each — notes assumed
or unmarked join the as-is curve, or the to-be curve on a future-state map, which describes the
journey to be; when both vary, a curve per persona and horizon. Otherwise the lane has a single
curve, exactly as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Optional

from canvas_app.model.kinds import Evidence, MapType

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap
    from canvas_app.model.records import Note

AS_IS = "as-is"
TO_BE = "to-be"
# Printed on the map, so in the map's language (like the evidence labels).
HORIZON_LABELS: dict[str, dict[str, str]] = {
    AS_IS: {"en": "as-is", "vi": "hiện tại"},
    TO_BE: {"en": "to-be", "vi": "tương lai"},
}
NO_PERSONA_LABELS: dict[str, str] = {"en": "No persona", "vi": "Chưa gán chân dung"}
UNNAMED_PERSONA_LABELS: dict[str, str] = {"en": "Unnamed persona", "vi": "Chân dung chưa đặt tên"}


@dataclass(frozen=True, slots=True)
class ScoreGroup:
    """One curve's notes: those of `persona_id` (None: no persona) and/or of `horizon`.

    `key` is "" for the lane's only group; `persona_index` orders groups (and picks colours).
    """

    key: str
    label: str
    persona_id: Optional[str]
    horizon: Optional[str]
    persona_index: int


@dataclass(frozen=True, slots=True)
class GroupScores:
    """A group and its mean score per stage (None where it scored nothing), in stage order."""

    group: ScoreGroup
    means: tuple[tuple[str, Optional[float]], ...]


def horizon_of(note: Note, future_state: bool = False) -> str:
    """As-is for an observed note, to-be for a proposed one; the others (assumed, unmarked)
    belong to the journey the map is about: to-be on a future-state map, as-is otherwise."""
    if note.evidence is Evidence.OBSERVED:
        return AS_IS
    if note.evidence is Evidence.PROPOSED:
        return TO_BE
    return TO_BE if future_state else AS_IS


def splits_horizons(scored: Iterable[Note]) -> bool:
    """Whether scores tell two journeys: some observed (as-is) and some proposed (to-be)."""
    evidence = {note.evidence for note in scored}
    return Evidence.OBSERVED in evidence and Evidence.PROPOSED in evidence


def lane_scores(journey: JourneyMap, lane_id: str) -> list[GroupScores]:
    """The score groups of emotions lane `lane_id`, each with its per-stage means.

    A lane without scores has one group with no means (the band is still drawn, empty).
    """
    cells = journey.cells
    per_stage = [(stage.id, [note for note in cells.get((stage.id, lane_id), ())
                             if note.emotion is not None]) for stage in journey.stages]
    scored = [note for _, notes in per_stage for note in notes]
    groups = score_groups(scored, journey)
    if len(groups) == 1:
        return [GroupScores(groups[0], tuple((stage_id, _mean(notes))
                                             for stage_id, notes in per_stage))]
    by_persona = len({note.persona for note in scored}) > 1
    by_horizon = splits_horizons(scored)
    future = journey.map_type is MapType.FUTURE_STATE
    result = []
    for group in groups:
        means = tuple(
            (stage_id, _mean(note for note in notes
                             if _key(note, by_persona, by_horizon, future) == group.key))
            for stage_id, notes in per_stage
        )
        result.append(GroupScores(group, means))
    return result


def score_groups(scored: list[Note], journey: JourneyMap) -> list[ScoreGroup]:
    """The groups `scored` notes fall into, personas in the map's order (no persona last),
    as-is before to-be."""
    language = journey.language.value
    by_persona = len({note.persona for note in scored}) > 1
    by_horizon = splits_horizons(scored)
    if not by_persona and not by_horizon:
        return [ScoreGroup("", "", None, None, 0)]
    future = journey.map_type is MapType.FUTURE_STATE
    order = {persona.id: index for index, persona in enumerate(journey.personas)}
    found: dict[str, ScoreGroup] = {}
    for note in scored:
        key = _key(note, by_persona, by_horizon, future)
        if key in found:
            continue
        persona_id = note.persona if by_persona else None
        horizon = horizon_of(note, future) if by_horizon else None
        index = order.get(persona_id, len(order)) if persona_id is not None else len(order)
        found[key] = ScoreGroup(key, _label(journey, persona_id, horizon, by_persona, language),
                                persona_id, horizon, index)
    return sorted(found.values(), key=lambda g: (g.persona_index, g.horizon == TO_BE))


def _key(note: Note, by_persona: bool, by_horizon: bool, future: bool) -> str:
    parts = []
    if by_persona:
        parts.append(f"persona:{note.persona or '-'}")
    if by_horizon:
        parts.append(horizon_of(note, future))
    return "|".join(parts)


def _label(journey: JourneyMap, persona_id: Optional[str], horizon: Optional[str],
           by_persona: bool, language: str) -> str:
    parts = []
    if by_persona:
        if persona_id is None:
            parts.append(NO_PERSONA_LABELS.get(language, NO_PERSONA_LABELS["en"]))
        else:
            name = journey.persona(persona_id).name
            parts.append(name or UNNAMED_PERSONA_LABELS.get(language,
                                                            UNNAMED_PERSONA_LABELS["en"]))
    if horizon is not None:
        labels = HORIZON_LABELS[horizon]
        parts.append(labels.get(language, labels["en"]))
    return " \u00b7 ".join(parts)


def _mean(notes: Iterable[Note]) -> Optional[float]:
    scores = [note.emotion for note in notes if note.emotion is not None]
    return sum(scores) / len(scores) if scores else None
