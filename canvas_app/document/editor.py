"""The editor facade: the intent-level API the board and panels call to change the map.

Each method builds one command and pushes it on the document's undo stack. Invalid input raises
`EditError` (a ValueError with a human message) and pushes nothing; an edit that would change
nothing pushes nothing either. Methods that create records return the new ids.

The commands are imported by the methods, on the first edit: they need the records (pydantic),
which start-up keeps off the path to the first paint (an Editor exists from the first paint on).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence

from canvas_app.document.document import Document
from canvas_app.model.ids import new_id
from canvas_app.model.kinds import DEFAULT_NOTE_KIND, LaneKind, NoteKind

if TYPE_CHECKING:
    from canvas_app.document.commands import MapEditCommand
    from canvas_app.model.records import CampaignCard, Note


class Editor:
    """Changes a Document, one undoable command per call."""

    def __init__(self, document: Document) -> None:
        self._document = document

    @property
    def document(self) -> Document:
        return self._document

    def _push(self, command: MapEditCommand) -> bool:
        if command.is_noop:
            return False
        self._document.undo_stack.push(command)
        return True

    # -- notes ------------------------------------------------------------------------------

    def add_note(
        self,
        stage_id: str,
        lane_id: str,
        index: Optional[int] = None,
        kind: Optional[NoteKind | str] = None,
        text: str = "",
        **fields: Any,
    ) -> str:
        """Create a note in a cell (kind defaults to the lane's); returns its id."""
        from canvas_app.document import commands_notes as notes_cmd
        from canvas_app.model.edits import get_lane

        if kind is None:
            kind = DEFAULT_NOTE_KIND[get_lane(self._document.journey, lane_id)[1].kind]
        note_id = new_id()
        data = {**fields, "id": note_id, "kind": kind, "text": text}
        self._push(notes_cmd.AddNotesCommand(self._document, [data], stage_id, lane_id, index))
        return note_id

    def paste_notes(
        self, records: Sequence[Note], stage_id: str, lane_id: str, index: Optional[int] = None
    ) -> list[str]:
        """Insert copies of `records` (from any map) into a cell with fresh ids; returns them.

        A persona this map does not have is dropped from the copy.
        """
        from canvas_app.document import commands_notes as notes_cmd

        personas = {persona.id for persona in self._document.journey.personas}
        copies = []
        for record in records:
            persona = record.persona if record.persona in personas else None
            copies.append(record.model_copy(update={"id": new_id(), "persona": persona}))
        command = notes_cmd.AddNotesCommand(
            self._document, copies, stage_id, lane_id, index, pasted=True
        )
        self._push(command)
        return [copy.id for copy in copies]

    def duplicate_notes(self, note_ids: Sequence[str]) -> list[str]:
        """Copy notes next to their originals; returns the copies' ids in the order given."""
        from canvas_app.document import commands_notes as notes_cmd

        unique_ids = list(dict.fromkeys(note_ids))
        new_ids = [new_id() for _ in unique_ids]
        self._push(notes_cmd.DuplicateNotesCommand(self._document, unique_ids, new_ids))
        return new_ids

    def delete_notes(self, note_ids: Sequence[str]) -> None:
        """Delete notes with their connectors."""
        from canvas_app.document import commands_notes as notes_cmd

        if note_ids:
            self._push(notes_cmd.DeleteNotesCommand(self._document, note_ids))

    def move_notes(
        self, note_ids: Sequence[str], stage_id: str, lane_id: str, index: Optional[int] = None
    ) -> None:
        """Move notes into a cell before the note now at `index` (None: at the end)."""
        from canvas_app.document import commands_notes as notes_cmd

        if note_ids:
            command = notes_cmd.MoveNotesCommand(self._document, note_ids, stage_id, lane_id, index)
            self._push(command)

    def edit_note_text(self, note_id: str, text: str) -> None:
        """Set a note's text; successive calls for one note merge into one undo step."""
        from canvas_app.document import commands_notes as notes_cmd

        self._push(notes_cmd.EditNoteTextCommand(self._document, note_id, text))

    def set_note_fields(self, note_ids: Sequence[str], **fields: Any) -> None:
        """Set text, kind, color, emotion, votes, tags, persona or evidence of notes."""
        from canvas_app.document import commands_notes as notes_cmd

        if note_ids:
            self._push(notes_cmd.SetNoteFieldsCommand(self._document, note_ids, **fields))

    def add_connector(self, source_id: str, target_id: str, label: str = "") -> str:
        """Connect two notes with an arrow; returns the connector's id."""
        from canvas_app.document import commands_notes as notes_cmd

        connector_id = new_id()
        command = notes_cmd.AddConnectorCommand(
            self._document, source_id, target_id, label, connector_id
        )
        self._push(command)
        return connector_id

    def set_connector_label(self, connector_id: str, label: str) -> None:
        from canvas_app.document import commands_notes as notes_cmd

        self._push(notes_cmd.LabelConnectorCommand(self._document, connector_id, label))

    def delete_connectors(self, connector_ids: Sequence[str]) -> None:
        from canvas_app.document import commands_notes as notes_cmd

        if connector_ids:
            self._push(notes_cmd.DeleteConnectorsCommand(self._document, connector_ids))

    # -- stages -----------------------------------------------------------------------------

    def add_stage(self, index: Optional[int], title: str, **fields: Any) -> str:
        """Insert a stage (fields: phase, time_of_day, description, width, campaign)."""
        from canvas_app.document import commands_structure as grid_cmd

        stage_id = new_id()
        self._push(grid_cmd.AddStageCommand(self._document, index, title, stage_id, **fields))
        return stage_id

    def rename_stage(self, stage_id: str, title: str) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.EditStageCommand(self._document, stage_id, title=title))

    def set_stage_fields(self, stage_id: str, **fields: Any) -> None:
        """Set title, time_of_day, description, width or campaign of a stage."""
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.EditStageCommand(self._document, stage_id, **fields))

    def set_stage_width(self, stage_id: str, width: Optional[float]) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.EditStageCommand(self._document, stage_id, width=width))

    def set_campaign_card(
        self, stage_id: str, card: CampaignCard | Mapping[str, Any] | None
    ) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.SetCampaignCardCommand(self._document, stage_id, card))

    def set_stage_details(self, stage_id: str, session: object = None, **fields: Any) -> None:
        """Set the campaign card, KPIs and/or funnel figure of a stage; calls with the same
        `session` (typing in one field) merge into one undo step."""
        from canvas_app.document import commands_stage_details as details_cmd

        self._push(details_cmd.EditStageDetailsCommand(self._document, stage_id, session,
                                                       **fields))

    def delete_stage(self, stage_id: str) -> None:
        """Delete a stage with its notes and their connectors (one undo step)."""
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.DeleteStageCommand(self._document, stage_id))

    def move_stage(self, stage_id: str, index: int) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.MoveStageCommand(self._document, stage_id, index))

    # -- lanes ------------------------------------------------------------------------------

    def add_lane(
        self,
        index: Optional[int],
        title: str,
        kind: LaneKind | str = LaneKind.NOTES,
        height: Optional[float] = None,
    ) -> str:
        from canvas_app.document import commands_structure as grid_cmd

        lane_id = new_id()
        self._push(grid_cmd.AddLaneCommand(self._document, index, title, kind, lane_id, height))
        return lane_id

    def rename_lane(self, lane_id: str, title: str) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.EditLaneCommand(self._document, lane_id, title=title))

    def set_lane_height(self, lane_id: str, height: Optional[float]) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.EditLaneCommand(self._document, lane_id, height=height))

    def set_lane_kind(self, lane_id: str, kind: LaneKind | str) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.EditLaneCommand(self._document, lane_id, kind=kind))

    def delete_lane(self, lane_id: str) -> None:
        """Delete a lane with its notes and connectors; its lines move up (one undo step)."""
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.DeleteLaneCommand(self._document, lane_id))

    def move_lane(self, lane_id: str, index: int) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.MoveLaneCommand(self._document, lane_id, index))

    # -- hide and reveal (the audience view) ------------------------------------------------

    def set_notes_hidden(self, note_ids: Sequence[str], hidden: bool) -> None:
        """Hide notes from the audience view (or reveal them)."""
        from canvas_app.document import commands_hiding as hiding_cmd  # only when used

        self._push(hiding_cmd.SetNotesHiddenCommand(self._document, note_ids, hidden))

    def set_lane_hidden(self, lane_id: str, hidden: bool) -> None:
        """Hide a lane's notes, present and future, from the audience (or reveal them)."""
        from canvas_app.document import commands_hiding as hiding_cmd  # only when used

        self._push(hiding_cmd.SetLaneHiddenCommand(self._document, lane_id, hidden))

    def set_all_hidden(self, hidden: bool) -> None:
        """Hide every note, or reveal every note and lane."""
        from canvas_app.document import commands_hiding as hiding_cmd  # only when used

        self._push(hiding_cmd.SetAllHiddenCommand(self._document, hidden))

    # -- phases -----------------------------------------------------------------------------

    def add_phase(self, stage_ids: Sequence[str], title: str) -> str:
        """Group side-by-side stages into a new phase; returns its id."""
        from canvas_app.document import commands_structure as grid_cmd

        phase_id = new_id()
        self._push(grid_cmd.AddPhaseCommand(self._document, stage_ids, title, phase_id))
        return phase_id

    def rename_phase(self, phase_id: str, title: str) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.RenamePhaseCommand(self._document, phase_id, title))

    def delete_phase(self, phase_id: str) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.DeletePhaseCommand(self._document, phase_id))

    # -- the map and its personas -----------------------------------------------------------

    def set_map_title(self, title: str) -> None:
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.SetMapPropertiesCommand(self._document, title=title))

    def set_map_properties(self, **fields: Any) -> None:
        """Set title, description, map_type, framework or language of the map."""
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.SetMapPropertiesCommand(self._document, **fields))

    def add_persona(self, name: str, **fields: Any) -> str:
        from canvas_app.document import commands_structure as grid_cmd

        persona_id = new_id()
        self._push(grid_cmd.AddPersonaCommand(self._document, name, persona_id, **fields))
        return persona_id

    def set_persona_fields(self, persona_id: str, session: object = None, **fields: Any) -> None:
        """Change fields of a persona; consecutive edits with the same `session` (not None)
        merge into one undo step."""
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.EditPersonaCommand(self._document, persona_id, session, **fields))

    def delete_persona(self, persona_id: str) -> None:
        """Delete a persona; notes that named it lose the reference."""
        from canvas_app.document import commands_structure as grid_cmd

        self._push(grid_cmd.DeletePersonaCommand(self._document, persona_id))

    # -- completeness checks ----------------------------------------------------------------

    def dismiss_check(self, check: str, target: str) -> None:
        """Dismiss the completeness check `check` for the note or stage `target`."""
        from canvas_app.document import commands_checks as check_cmd

        self._push(check_cmd.DismissCheckCommand(self._document, check, target))

    def restore_check(self, check: str, target: str) -> None:
        """Show a dismissed completeness check for `target` again."""
        from canvas_app.document import commands_checks as check_cmd

        self._push(check_cmd.RestoreCheckCommand(self._document, check, target))

    # -- dot voting -------------------------------------------------------------------------

    def start_voting(self, dots_per_participant: int, names: Sequence[str],
                     clear_votes: bool = True) -> None:
        """Start a dot-voting session (with `clear_votes`, earlier tallies go back to zero)."""
        from canvas_app.document import commands_votes as vote_cmd

        self._push(vote_cmd.StartVotingCommand(self._document, dots_per_participant, names,
                                               clear_votes))

    def end_voting(self) -> None:
        from canvas_app.document import commands_votes as vote_cmd

        self._push(vote_cmd.EndVotingCommand(self._document))

    def place_dot(self, note_id: str, voter_index: int) -> None:
        """One of the voter's dots on a note (EditError when they have none left)."""
        from canvas_app.document import commands_votes as vote_cmd

        self._push(vote_cmd.PlaceDotCommand(self._document, note_id, voter_index))

    def remove_dot(self, note_id: str, voter_index: int) -> None:
        from canvas_app.document import commands_votes as vote_cmd

        self._push(vote_cmd.RemoveDotCommand(self._document, note_id, voter_index))

    def reset_votes(self) -> None:
        """Every note's votes and every voter's dots back to zero (one undo step)."""
        from canvas_app.document import commands_votes as vote_cmd

        self._push(vote_cmd.ResetVotesCommand(self._document))
