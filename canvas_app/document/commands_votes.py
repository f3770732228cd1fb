"""Undoable commands of dot voting: one per intent, each naming who did what in the history.

`PlaceDotCommand` and `RemoveDotCommand` remember the voter and the note, so the undo history
itself tells which dots of the session are whose (see `dots_by_voter`): the file only stores how
many dots each participant used.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Sequence

from PySide6.QtGui import QUndoStack

from canvas_app.document.commands import MapEditCommand, short, tr
from canvas_app.model import edit_votes

if TYPE_CHECKING:
    from canvas_app.document.document import Document


class StartVotingCommand(MapEditCommand):
    def __init__(self, document: "Document", dots_per_participant: int, names: Sequence[str],
                 clear_votes: bool) -> None:
        result = edit_votes.start_voting(document.journey, dots_per_participant, names,
                                         clear_votes)
        super().__init__(document, result, tr("Start dot voting"))


class EndVotingCommand(MapEditCommand):
    def __init__(self, document: "Document") -> None:
        super().__init__(document, edit_votes.end_voting(document.journey),
                         tr("End dot voting"))


class PlaceDotCommand(MapEditCommand):
    def __init__(self, document: "Document", note_id: str, voter_index: int) -> None:
        journey = document.journey
        result = edit_votes.place_dot(journey, note_id, voter_index)
        voter = journey.voting.voters[voter_index].name if journey.voting else ""
        text = tr("Dot from %1 on “%2”", short(voter), short(journey.note_by_id[note_id].text))
        super().__init__(document, result, text)
        self.note_id = note_id
        self.voter_index = voter_index


class RemoveDotCommand(MapEditCommand):
    def __init__(self, document: "Document", note_id: str, voter_index: int) -> None:
        journey = document.journey
        result = edit_votes.remove_dot(journey, note_id, voter_index)
        voter = journey.voting.voters[voter_index].name if journey.voting else ""
        text = tr("Take back a dot of %1 from “%2”", short(voter),
                  short(journey.note_by_id[note_id].text))
        super().__init__(document, result, text)
        self.note_id = note_id
        self.voter_index = voter_index


class ResetVotesCommand(MapEditCommand):
    def __init__(self, document: "Document") -> None:
        super().__init__(document, edit_votes.reset_votes(document.journey), tr("Reset votes"))


def dots_by_voter(stack: QUndoStack) -> Counter[tuple[int, str]]:
    """(voter index, note id) → dots placed, as the done part of the undo history says, counted
    since the session last started or was reset in this history."""
    placed: Counter[tuple[int, str]] = Counter()
    for index in range(stack.index()):
        command = stack.command(index)
        if isinstance(command, (StartVotingCommand, ResetVotesCommand, EndVotingCommand)):
            placed.clear()
        elif isinstance(command, PlaceDotCommand):
            placed[(command.voter_index, command.note_id)] += 1
        elif isinstance(command, RemoveDotCommand):
            key = (command.voter_index, command.note_id)
            placed[key] -= 1
            if placed[key] <= 0:
                del placed[key]
    return placed
