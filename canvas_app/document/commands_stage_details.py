"""Undoable edits of a stage's details: its campaign card, its KPIs and its funnel figure.

One command per intent, named after it in the history. A panel commits typing as it goes; the
commits of one visit to one field carry the same `session` and merge into one undo step (typing
back to the original value leaves no step at all).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from canvas_app.document.commands import MapEditCommand, short, tr
from canvas_app.model import edits
from canvas_app.model.edits import ChangeSummary, MapDelta, RecordDelta

if TYPE_CHECKING:
    from canvas_app.document.document import Document

DETAIL_FIELDS = ("campaign", "kpis", "funnel")


class EditStageDetailsCommand(MapEditCommand):
    """Set the campaign card, KPIs and/or funnel figure of one stage."""

    MERGE_ID = 1009

    def __init__(self, document: "Document", stage_id: str, session: object = None,
                 **fields: Any) -> None:
        unknown = sorted(set(fields) - set(DETAIL_FIELDS))
        if unknown:
            raise edits.EditError(f"stage details: unknown field '{unknown[0]}'")
        title = edits.get_stage(document.journey, stage_id)[1].title
        result = edits.update_stage(document.journey, stage_id, **fields)
        name = short(title)
        # Literal strings in each branch, so translation tools find them.
        if set(fields) == {"campaign"}:
            text = tr("Edit campaign card of “%1”", name)
        elif set(fields) == {"kpis"}:
            text = tr("Edit KPIs of “%1”", name)
        elif set(fields) == {"funnel"}:
            text = tr("Edit funnel figure of “%1”", name)
        else:
            text = tr("Edit details of stage “%1”", name)
        super().__init__(document, result, text)
        self.stage_id = stage_id
        self.session = session

    def id(self) -> int:
        return self.MERGE_ID if self.session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, EditStageDetailsCommand) or other.session is None
                or other.session != self.session or other.stage_id != self.stage_id
                or not self._summary.delta.stages.replaced
                or not other.summary.delta.stages.replaced):
            return False
        index, original, _ = self._summary.delta.stages.replaced[0]
        _, _, latest = other.summary.delta.stages.replaced[0]
        self._summary = ChangeSummary.of(MapDelta(stages=RecordDelta(
            replaced=((index, original, latest),))))
        if latest == original:
            self.setObsolete(True)  # typed back to the original: no step at all
        return True
