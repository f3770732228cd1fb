"""Undoable hide and reveal: notes, a lane, or everything, hidden from the audience view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from canvas_app.document.commands import MapEditCommand, short, tr, tr_count
from canvas_app.model import edit_hiding
from canvas_app.model.edit_structure import get_lane

if TYPE_CHECKING:
    from canvas_app.document.document import Document


class SetNotesHiddenCommand(MapEditCommand):
    """Hide or reveal some notes."""

    def __init__(self, document: "Document", note_ids: Sequence[str], hidden: bool) -> None:
        result = edit_hiding.set_notes_hidden(document.journey, note_ids, hidden)
        count = len(set(note_ids))
        if hidden:
            text = tr_count("Hide note from the audience", "Hide %n notes from the audience",
                            count)
        else:
            text = tr_count("Reveal note", "Reveal %n notes", count)
        super().__init__(document, result, text)


class SetLaneHiddenCommand(MapEditCommand):
    """Hide or reveal a whole lane."""

    def __init__(self, document: "Document", lane_id: str, hidden: bool) -> None:
        title = short(get_lane(document.journey, lane_id)[1].title)
        result = edit_hiding.set_lane_hidden(document.journey, lane_id, hidden)
        text = tr("Hide lane “%1” from the audience", title) if hidden \
            else tr("Reveal lane “%1”", title)
        super().__init__(document, result, text)


class SetAllHiddenCommand(MapEditCommand):
    """Hide every note, or reveal every note and lane."""

    def __init__(self, document: "Document", hidden: bool) -> None:
        result = edit_hiding.set_all_hidden(document.journey, hidden)
        text = tr("Hide all notes from the audience") if hidden else tr("Reveal everything")
        super().__init__(document, result, text)
