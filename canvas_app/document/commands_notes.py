"""Undoable commands on notes and connectors, one per user intent.

Typing into a note merges: consecutive `EditNoteTextCommand`s on the same note become one undo
step, and the step disappears when the text is typed back to what it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from canvas_app.document.commands import MapEditCommand, tr, tr_count
from canvas_app.model import edits
from canvas_app.model.edits import ChangeSummary, MapDelta, RecordDelta
from canvas_app.model.records import Note

if TYPE_CHECKING:
    from canvas_app.document.document import Document

# Words for the single field a "Change … of notes" command names (marked for translation tools).
_FIELD_WORDS = {
    "text": QT_TRANSLATE_NOOP("commands", "text"),
    "kind": QT_TRANSLATE_NOOP("commands", "kind"),
    "color": QT_TRANSLATE_NOOP("commands", "colour"),
    "emotion": QT_TRANSLATE_NOOP("commands", "emotion"),
    "votes": QT_TRANSLATE_NOOP("commands", "votes"),
    "tags": QT_TRANSLATE_NOOP("commands", "tags"),
    "persona": QT_TRANSLATE_NOOP("commands", "persona"),
    "evidence": QT_TRANSLATE_NOOP("commands", "evidence"),
}


class AddNotesCommand(MapEditCommand):
    """Add new notes (or pasted ones, already re-identified) into one cell."""

    def __init__(
        self,
        document: "Document",
        notes: Sequence[Note | Mapping[str, Any]],
        stage_id: str,
        lane_id: str,
        index: Optional[int] = None,
        pasted: bool = False,
    ) -> None:
        result = edits.add_notes(document.journey, notes, stage_id, lane_id, index)
        if pasted:
            text = tr_count("Paste note", "Paste %n notes", len(notes))
        else:
            text = tr_count("Add note", "Add %n notes", len(notes))
        super().__init__(document, result, text)


class DeleteNotesCommand(MapEditCommand):
    """Delete notes with their connectors."""

    def __init__(self, document: "Document", note_ids: Sequence[str]) -> None:
        result = edits.remove_notes(document.journey, note_ids)
        count = len(result[1].notes.removed)
        super().__init__(document, result, tr_count("Delete note", "Delete %n notes", count))


class MoveNotesCommand(MapEditCommand):
    """Move notes to a cell: one drag, committed once on release."""

    def __init__(
        self,
        document: "Document",
        note_ids: Sequence[str],
        stage_id: str,
        lane_id: str,
        index: Optional[int] = None,
    ) -> None:
        result = edits.move_notes(document.journey, note_ids, stage_id, lane_id, index)
        count = len(set(note_ids))
        super().__init__(document, result, tr_count("Move note", "Move %n notes", count))


class DuplicateNotesCommand(MapEditCommand):
    """Duplicate notes next to their originals."""

    def __init__(
        self, document: "Document", note_ids: Sequence[str], new_ids: Sequence[str]
    ) -> None:
        result = edits.duplicate_notes(document.journey, note_ids, new_ids)
        count = len(new_ids)
        super().__init__(document, result, tr_count("Duplicate note", "Duplicate %n notes", count))


class SetNoteFieldsCommand(MapEditCommand):
    """Set fields (colour, emotion, tags, …) of one or more notes at once."""

    def __init__(self, document: "Document", note_ids: Sequence[str], **fields: Any) -> None:
        result = edits.update_notes(document.journey, note_ids, **fields)
        count = len(set(note_ids))
        if len(fields) == 1 and next(iter(fields)) in _FIELD_WORDS:
            word = tr(str(_FIELD_WORDS[next(iter(fields))]))
            text = tr_count("Change %1 of note", "Change %1 of %n notes", count, word)
        else:
            text = tr_count("Change note", "Change %n notes", count)
        super().__init__(document, result, text)


class EditNoteTextCommand(MapEditCommand):
    """Set the text of one note; consecutive edits of the same note merge into one step."""

    MERGE_ID = 1001

    def __init__(self, document: "Document", note_id: str, text: str) -> None:
        result = edits.update_notes(document.journey, [note_id], text=text)
        super().__init__(document, result, tr("Edit note text"))
        self.note_id = note_id

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNoteTextCommand) or other.note_id != self.note_id:
            return False
        index, original, _ = self._summary.delta.notes.replaced[0]
        _, _, latest = other.summary.delta.notes.replaced[0]
        delta = MapDelta(notes=RecordDelta(replaced=((index, original, latest),)))
        self._summary = ChangeSummary.of(delta)
        if latest == original:
            # Typed back to the original: the stack drops this step without undoing it.
            self.setObsolete(True)
        return True


class AddConnectorCommand(MapEditCommand):
    """Connect two notes with an arrow."""

    def __init__(
        self,
        document: "Document",
        source_id: str,
        target_id: str,
        label: str = "",
        connector_id: Optional[str] = None,
    ) -> None:
        result = edits.add_connector(document.journey, source_id, target_id, label, connector_id)
        super().__init__(document, result, tr("Connect notes"))


class DeleteConnectorsCommand(MapEditCommand):
    """Delete connectors."""

    def __init__(self, document: "Document", connector_ids: Sequence[str]) -> None:
        result = edits.remove_connectors(document.journey, connector_ids)
        count = len(result[1].connectors.removed)
        text = tr_count("Delete connector", "Delete %n connectors", count)
        super().__init__(document, result, text)


class LabelConnectorCommand(MapEditCommand):
    """Change the label of a connector."""

    def __init__(self, document: "Document", connector_id: str, label: str) -> None:
        result = edits.update_connector(document.journey, connector_id, label)
        super().__init__(document, result, tr("Label connector"))
