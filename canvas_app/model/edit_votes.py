"""Edits of dot voting: start and end a session, place and take back a participant's dot, reset.

The session (`JourneyMap.voting`: dots per participant, voters and how many dots each has used)
travels as a map-level property in the delta ("voting", old, new); the tally is each note's
`votes`. Placing a dot changes one note and the session together, so undo takes both back.
"""

from __future__ import annotations

from typing import Optional, Sequence

from canvas_app.model import limits
from canvas_app.model.edit_caches import note_positions
from canvas_app.model.edit_checks import EditError, validated
from canvas_app.model.edit_delta import EditResult, MapDelta, RecordDelta, finish
from canvas_app.model.edit_notes import get_note
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.messages import msg
from canvas_app.model.records import Note, Voter, VotingSession

FIELD = "voting"


def _session(journey: JourneyMap) -> VotingSession:
    if journey.voting is None:
        raise EditError(msg("no dot-voting session is running"))
    return journey.voting


def _voter(session: VotingSession, index: int) -> Voter:
    if not 0 <= index < len(session.voters):
        raise EditError(msg("there is no voter number {number:d}", number=index + 1))
    return session.voters[index]


def _with_voter(session: VotingSession, index: int, voter: Voter) -> VotingSession:
    voters = session.voters[:index] + (voter,) + session.voters[index + 1:]
    return session.model_copy(update={"voters": voters})


def _cleared_votes(journey: JourneyMap) -> RecordDelta:
    positions = note_positions(journey)
    return RecordDelta(replaced=tuple(
        (positions[note.id], note, note.model_copy(update={"votes": 0}))
        for note in journey.notes if note.votes
    ))


def start_voting(journey: JourneyMap, dots_per_participant: int, names: Sequence[str],
                 clear_votes: bool = True) -> EditResult:
    """Start a session: `names` vote with `dots_per_participant` dots each. With `clear_votes`
    the notes' earlier tallies go back to zero (in the same step, so undo restores them)."""
    if not names:
        raise EditError(msg("a voting session needs at least one participant"))
    session = validated(VotingSession, {
        "dots_per_participant": dots_per_participant,
        "voters": [{"name": name} for name in names],
    }, "voting")
    if any(not voter.name for voter in session.voters):
        raise EditError(msg("voting: every participant needs a name"))
    notes = _cleared_votes(journey) if clear_votes else RecordDelta()
    return finish(journey, MapDelta(notes=notes, properties=((FIELD, journey.voting, session),)))


def end_voting(journey: JourneyMap) -> EditResult:
    """End the session; the notes keep their votes."""
    session = _session(journey)
    return finish(journey, MapDelta(properties=((FIELD, session, None),)))


def _note_change(journey: JourneyMap, note: Note, votes: int) -> RecordDelta:
    index = note_positions(journey)[note.id]
    return RecordDelta(replaced=((index, note, note.model_copy(update={"votes": votes})),))


def place_dot(journey: JourneyMap, note_id: str, voter_index: int) -> EditResult:
    """Voter number `voter_index` puts one of their dots on a note (several on one note are
    allowed); refused when they have none left."""
    session = _session(journey)
    voter = _voter(session, voter_index)
    note = get_note(journey, note_id)
    if voter.dots_used >= session.dots_per_participant:
        raise EditError(msg("{name} has used all {dots} dots", name=voter.name,
                            dots=session.dots_per_participant))
    if note.votes >= limits.MAX_VOTES:
        raise EditError(msg("a note holds at most {limit} votes", limit=limits.MAX_VOTES))
    used = voter.model_copy(update={"dots_used": voter.dots_used + 1})
    delta = MapDelta(notes=_note_change(journey, note, note.votes + 1),
                     properties=((FIELD, session, _with_voter(session, voter_index, used)),))
    return finish(journey, delta)


def remove_dot(journey: JourneyMap, note_id: str, voter_index: int) -> EditResult:
    """Voter number `voter_index` takes one of their dots back from a note (the caller checks
    the dot is theirs: the file records how many dots each voter used, not where)."""
    session = _session(journey)
    voter = _voter(session, voter_index)
    note = get_note(journey, note_id)
    if voter.dots_used <= 0:
        raise EditError(msg("{name} has no dot to take back", name=voter.name))
    if note.votes <= 0:
        raise EditError(msg("this note has no votes"))
    back = voter.model_copy(update={"dots_used": voter.dots_used - 1})
    delta = MapDelta(notes=_note_change(journey, note, note.votes - 1),
                     properties=((FIELD, session, _with_voter(session, voter_index, back)),))
    return finish(journey, delta)


def reset_votes(journey: JourneyMap) -> EditResult:
    """Every note's votes back to zero and, if a session runs, every voter's dots back."""
    properties: tuple[tuple[str, Optional[VotingSession], Optional[VotingSession]], ...] = ()
    session = journey.voting
    if session is not None and any(voter.dots_used for voter in session.voters):
        fresh = session.model_copy(update={
            "voters": tuple(voter.model_copy(update={"dots_used": 0}) for voter in session.voters)})
        properties = ((FIELD, session, fresh),)
    return finish(journey, MapDelta(notes=_cleared_votes(journey), properties=properties))
