"""Hide and reveal from the menus and shortcuts: the selected notes, the current lane, or all.

"Hide Selected Notes" and "Hide Current Lane" are toggles whose check mark says whether the
selection (every selected note) or the current lane is hidden; triggering them again reveals.
Each change is one undoable command (document/commands_hiding.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from canvas_app.document import ChangeSet, Document, Editor
from canvas_app.scene.board_view import BoardView
from canvas_app.ui.actions import Actions


class HidingController(QObject):
    """Connects the hide/reveal actions of `actions` to the editor for `view`'s selection."""

    def __init__(self, parent: QObject, view: BoardView, document: Document, editor: Editor,
                 actions: Actions) -> None:
        super().__init__(parent)
        self._view, self._document, self._editor, self._actions = view, document, editor, actions
        actions.hide_notes.triggered.connect(self.toggle_notes)
        actions.hide_lane.triggered.connect(self.toggle_lane)
        actions.hide_all.triggered.connect(lambda: editor.set_all_hidden(True))
        actions.reveal_all.triggered.connect(lambda: editor.set_all_hidden(False))
        view.selection_changed.connect(self.refresh)
        view.current_cell_changed.connect(self.refresh)
        document.changed.connect(self._on_changed)
        self.refresh()

    def _selected_notes_hidden(self) -> bool:
        by_id = self._document.journey.note_by_id
        notes = [by_id[i] for i in self._view.selected_note_ids() if i in by_id]
        return bool(notes) and all(note.hidden for note in notes)

    def _current_lane(self) -> str | None:
        cell = self._view.current_cell()
        return cell[1] if cell is not None else None

    def toggle_notes(self) -> None:
        """Hide the selected notes, or reveal them when all of them are hidden already."""
        selected = self._view.selected_note_ids()
        if selected:
            self._editor.set_notes_hidden(selected, not self._selected_notes_hidden())
        self.refresh()

    def toggle_lane(self) -> None:
        """Hide the current lane, or reveal it when it is hidden."""
        lane_id = self._current_lane()
        journey = self._document.journey
        if lane_id is not None and lane_id in journey.lane_index:
            self._editor.set_lane_hidden(lane_id, not journey.lane(lane_id).hidden)
        self.refresh()

    def _on_changed(self, _change: ChangeSet) -> None:
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Check marks and enabled states follow the selection and the current lane."""
        a = self._actions
        a.hide_notes.setEnabled(bool(self._view.selected_note_ids()))
        a.hide_notes.setChecked(self._selected_notes_hidden())
        lane_id = self._current_lane()
        journey = self._document.journey
        has_lane = lane_id is not None and lane_id in journey.lane_index
        a.hide_lane.setEnabled(has_lane)
        a.hide_lane.setChecked(has_lane and journey.lane(lane_id).hidden)  # type: ignore[arg-type]
