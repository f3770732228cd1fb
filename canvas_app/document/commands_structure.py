"""Undoable commands on the board's grid (stages, lanes, phases) and on the map and its personas.

Each is one undo step, however much it changes: deleting a lane also deletes its notes, their
connectors and re-anchors the lines below it, and one undo brings all of it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence

from PySide6.QtGui import QUndoCommand

from canvas_app.document.commands import MapEditCommand, short, tr
from canvas_app.model import edits
from canvas_app.model.edits import ChangeSummary, MapDelta, RecordDelta
from canvas_app.model.kinds import LaneKind
from canvas_app.model.records import CampaignCard

if TYPE_CHECKING:
    from canvas_app.document.document import Document


# -- stages -----------------------------------------------------------------------------------


class AddStageCommand(MapEditCommand):
    def __init__(
        self, document: "Document", index: Optional[int], title: str, stage_id: str, **fields: Any
    ) -> None:
        result = edits.add_stage(document.journey, index, title, stage_id=stage_id, **fields)
        title = result[0].stage(stage_id).title
        super().__init__(document, result, tr("Add stage “%1”", short(title)))


class EditStageCommand(MapEditCommand):
    """Change fields of a stage; the text names the intent (rename, resize, campaign card)."""

    def __init__(self, document: "Document", stage_id: str, **fields: Any) -> None:
        old_title = edits.get_stage(document.journey, stage_id)[1].title
        result = edits.update_stage(document.journey, stage_id, **fields)
        name = short(old_title)
        # Literal strings in each branch, so translation tools find them.
        if set(fields) == {"title"}:
            text = tr("Rename stage “%1”", name)
        elif set(fields) == {"width"}:
            text = tr("Resize stage “%1”", name)
        elif set(fields) == {"campaign"}:
            text = tr("Edit campaign card of “%1”", name)
        else:
            text = tr("Edit stage “%1”", name)
        super().__init__(document, result, text)


class SetCampaignCardCommand(EditStageCommand):
    def __init__(
        self, document: "Document", stage_id: str, card: CampaignCard | Mapping[str, Any] | None
    ) -> None:
        super().__init__(document, stage_id, campaign=card)


class DeleteStageCommand(MapEditCommand):
    """Delete a stage with its notes and their connectors."""

    def __init__(self, document: "Document", stage_id: str) -> None:
        title = edits.get_stage(document.journey, stage_id)[1].title
        result = edits.remove_stage(document.journey, stage_id)
        super().__init__(document, result, tr("Delete stage “%1”", short(title)))


class MoveStageCommand(MapEditCommand):
    def __init__(self, document: "Document", stage_id: str, index: int) -> None:
        title = edits.get_stage(document.journey, stage_id)[1].title
        result = edits.move_stage(document.journey, stage_id, index)
        super().__init__(document, result, tr("Move stage “%1”", short(title)))


# -- lanes ------------------------------------------------------------------------------------


class AddLaneCommand(MapEditCommand):
    def __init__(
        self,
        document: "Document",
        index: Optional[int],
        title: str,
        kind: LaneKind | str,
        lane_id: str,
        height: Optional[float] = None,
    ) -> None:
        result = edits.add_lane(document.journey, index, title, kind, height, lane_id)
        title = result[0].lane(lane_id).title
        super().__init__(document, result, tr("Add lane “%1”", short(title)))


class EditLaneCommand(MapEditCommand):
    """Change fields of a lane; the text names the intent (rename, resize, change kind)."""

    def __init__(self, document: "Document", lane_id: str, **fields: Any) -> None:
        old_title = edits.get_lane(document.journey, lane_id)[1].title
        result = edits.update_lane(document.journey, lane_id, **fields)
        name = short(old_title)
        if set(fields) == {"title"}:
            text = tr("Rename lane “%1”", name)
        elif set(fields) == {"height"}:
            text = tr("Resize lane “%1”", name)
        elif set(fields) == {"kind"}:
            text = tr("Change the kind of lane “%1”", name)
        else:
            text = tr("Edit lane “%1”", name)
        super().__init__(document, result, text)


class DeleteLaneCommand(MapEditCommand):
    """Delete a lane with its notes and their connectors; lines below it move up."""

    def __init__(self, document: "Document", lane_id: str) -> None:
        title = edits.get_lane(document.journey, lane_id)[1].title
        result = edits.remove_lane(document.journey, lane_id)
        super().__init__(document, result, tr("Delete lane “%1”", short(title)))


class MoveLaneCommand(MapEditCommand):
    def __init__(self, document: "Document", lane_id: str, index: int) -> None:
        title = edits.get_lane(document.journey, lane_id)[1].title
        result = edits.move_lane(document.journey, lane_id, index)
        super().__init__(document, result, tr("Move lane “%1”", short(title)))


# -- phases -----------------------------------------------------------------------------------


class AddPhaseCommand(MapEditCommand):
    def __init__(
        self, document: "Document", stage_ids: Sequence[str], title: str, phase_id: str
    ) -> None:
        result = edits.add_phase(document.journey, stage_ids, title, phase_id)
        title = edits.get_phase(result[0], phase_id)[1].title
        super().__init__(document, result, tr("Add phase “%1”", short(title)))


class RenamePhaseCommand(MapEditCommand):
    def __init__(self, document: "Document", phase_id: str, title: str) -> None:
        old_title = edits.get_phase(document.journey, phase_id)[1].title
        result = edits.rename_phase(document.journey, phase_id, title)
        super().__init__(document, result, tr("Rename phase “%1”", short(old_title)))


class DeletePhaseCommand(MapEditCommand):
    """Delete a phase; its stages stay."""

    def __init__(self, document: "Document", phase_id: str) -> None:
        title = edits.get_phase(document.journey, phase_id)[1].title
        result = edits.remove_phase(document.journey, phase_id)
        super().__init__(document, result, tr("Delete phase “%1”", short(title)))


# -- the map and its personas -----------------------------------------------------------------


class SetMapPropertiesCommand(MapEditCommand):
    def __init__(self, document: "Document", **fields: Any) -> None:
        result = edits.set_map_properties(document.journey, **fields)
        if set(fields) == {"title"}:
            text = tr("Rename map")
        elif set(fields) == {"logo"}:
            text = tr("Set client logo") if fields["logo"] is not None else tr("Remove client logo")
        else:
            text = tr("Edit map properties")
        super().__init__(document, result, text)


class AddPersonaCommand(MapEditCommand):
    def __init__(self, document: "Document", name: str, persona_id: str, **fields: Any) -> None:
        result = edits.add_persona(document.journey, name, persona_id, **fields)
        name = result[0].persona(persona_id).name
        super().__init__(document, result, tr("Add persona “%1”", short(name)))


class EditPersonaCommand(MapEditCommand):
    """Change fields of a persona. Edits carrying the same `session` (a panel's typing in one
    field, committed as it goes) merge into one undo step."""

    MERGE_ID = 1002

    def __init__(self, document: "Document", persona_id: str, session: object = None,
                 **fields: Any) -> None:
        name = edits.get_persona(document.journey, persona_id)[1].name
        result = edits.update_persona(document.journey, persona_id, **fields)
        super().__init__(document, result, tr("Edit persona “%1”", short(name)))
        self.persona_id = persona_id
        self.session = session

    def id(self) -> int:
        return self.MERGE_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, EditPersonaCommand) or other.session is None
                or other.session != self.session or other.persona_id != self.persona_id
                or not self._summary.delta.personas.replaced
                or not other.summary.delta.personas.replaced):
            return False
        index, original, _ = self._summary.delta.personas.replaced[0]
        _, _, latest = other.summary.delta.personas.replaced[0]
        self._summary = ChangeSummary.of(MapDelta(personas=RecordDelta(
            replaced=((index, original, latest),))))
        if latest == original:
            self.setObsolete(True)  # typed back to the original: no step at all
        return True


class DeletePersonaCommand(MapEditCommand):
    """Delete a persona; notes that named it lose the reference."""

    def __init__(self, document: "Document", persona_id: str) -> None:
        name = edits.get_persona(document.journey, persona_id)[1].name
        result = edits.remove_persona(document.journey, persona_id)
        super().__init__(document, result, tr("Delete persona “%1”", short(name)))
