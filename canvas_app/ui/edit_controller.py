"""The Edit and Insert commands: clipboard, delete, select all, in-place editing, adding notes,
stages, lanes and phases, renaming and deleting the current stage or lane, connector mode.

It turns actions into Editor calls on the board's selection and current cell; refusals from the
model (EditError) are shown to the user and change nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from canvas_app.document.clipboard import NoteClipboard
from canvas_app.document.editor import Editor
from canvas_app.model.kinds import LaneKind, NoteKind
from canvas_app.ui import prompts
from canvas_app.ui.actions import Actions
from canvas_app.ui.core_messages import error_text
from canvas_app.ui.labels import fill, lane_kind_label

if TYPE_CHECKING:
    from canvas_app.scene.board_view import BoardView

_STATUS_MS = 4000


class EditController(QObject):
    """Connects the edit and insert actions of `actions` to the board `view` and `editor`."""

    def __init__(self, window: QMainWindow, view: "BoardView", editor: Editor,
                 clipboard: NoteClipboard, actions: Actions) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._editor = editor
        self._clipboard = clipboard
        self._actions = actions
        a = actions
        a.cut.triggered.connect(self.cut)
        a.copy.triggered.connect(self.copy)
        a.paste.triggered.connect(self.paste)
        a.duplicate.triggered.connect(self.duplicate)
        a.delete.triggered.connect(self.delete)
        a.select_all.triggered.connect(view.select_all)
        a.edit_note.triggered.connect(self.edit_note)
        a.add_note.triggered.connect(lambda: self.add_note(None))
        a.add_stage.triggered.connect(self.add_stage)
        a.add_lane.triggered.connect(self.add_lane)
        a.add_phase.triggered.connect(self.add_phase)
        a.rename_stage.triggered.connect(self.rename_stage)
        a.rename_lane.triggered.connect(self.rename_lane)
        a.delete_stage.triggered.connect(self.delete_stage)
        a.delete_lane.triggered.connect(self.delete_lane)
        a.connector_mode.toggled.connect(view.set_connector_mode)
        view.connector_mode_changed.connect(a.connector_mode.setChecked)  # Escape leaves it
        view.selection_changed.connect(self._update_enabled)
        clipboard.clipboard.dataChanged.connect(self._update_paste)
        self._update_enabled(view.selected_note_ids())
        self._update_paste()

    # -- where edits go ---------------------------------------------------------------------

    def current_cell(self) -> Optional[tuple[str, str]]:
        """The board's current cell; on a map that has none yet, its first cell."""
        cell = self._view.current_cell()
        journey = self._editor.document.journey
        if cell is not None and cell[0] in journey.stage_index and cell[1] in journey.lane_index:
            return cell
        if journey.stages and journey.lanes:
            return journey.stages[0].id, journey.lanes[0].id
        return None

    # -- clipboard --------------------------------------------------------------------------

    def copy(self) -> None:
        count = self._clipboard.copy(self._view.selected_note_ids())
        if count:
            self._status(self.tr("Copied 1 note") if count == 1
                         else self.tr("Copied %n notes", "", count))

    def cut(self) -> None:
        self._clipboard.cut(self._view.selected_note_ids())

    def paste(self) -> None:
        cell = self._require_cell()
        if cell is None:
            return
        new_ids = self._guarded(lambda: self._clipboard.paste(*cell))
        if isinstance(new_ids, list) and new_ids:
            self._view.select_notes(new_ids)

    def duplicate(self) -> None:
        new_ids = self._guarded(lambda: self._clipboard.duplicate(self._view.selected_note_ids()))
        if isinstance(new_ids, list) and new_ids:
            self._view.select_notes(new_ids)

    def delete(self) -> None:
        self._editor.delete_notes(self._view.selected_note_ids())

    # -- notes ------------------------------------------------------------------------------

    def edit_note(self) -> None:
        selected = self._view.selected_note_ids()
        if selected:
            self._view.edit_note(selected[0])

    def add_note(self, kind: Optional[NoteKind]) -> Optional[str]:
        """A new note of `kind` (None: the lane's default) at the end of the current cell, with
        its text open for typing (adding and typing are one undo step; Escape drops it)."""
        cell = self._require_cell()
        if cell is None:
            return None
        return self._view.input.create_note(cell[0], cell[1], None, kind)

    # -- structure --------------------------------------------------------------------------

    def add_stage(self) -> Optional[str]:
        """A stage after the current one, its title open for typing in place."""
        journey = self._editor.document.journey
        cell = self.current_cell()
        index = journey.stage_index[cell[0]] + 1 if cell else len(journey.stages)
        stage_id = self._guarded(lambda: self._editor.add_stage(index, self.tr("New stage")))
        if not isinstance(stage_id, str):
            return None
        if journey.lanes:
            self._view.set_current_cell(stage_id, cell[1] if cell else journey.lanes[0].id)
        self._view.input.rename("stage", stage_id)
        return stage_id

    def add_lane(self) -> Optional[str]:
        """A lane below the current one, of a kind chosen with its title in a small dialog."""
        journey = self._editor.document.journey
        cell = self.current_cell()
        index = journey.lane_index[cell[1]] + 1 if cell else len(journey.lanes)
        kinds = [(kind.value, lane_kind_label(kind)) for kind in LaneKind]
        kinds.insert(0, kinds.pop([value for value, _ in kinds].index(LaneKind.NOTES.value)))
        answer = prompts.ask_new_lane(self._window, kinds, self.tr("New lane"))
        if answer is None:
            return None
        title, kind = answer
        lane_id = self._guarded(lambda: self._editor.add_lane(index, title, LaneKind(kind)))
        if not isinstance(lane_id, str):
            return None
        if journey.stages:
            self._view.set_current_cell(cell[0] if cell else journey.stages[0].id, lane_id)
        return lane_id

    def add_phase(self) -> Optional[str]:
        """A phase over the stages marked by clicking their headers, else the selected notes'
        stages, else the current stage; its title opens for typing in place."""
        journey = self._editor.document.journey
        by_id = journey.note_by_id
        stage_ids = self._view.board_scene.marked_stages or list(dict.fromkeys(
            by_id[note_id].stage for note_id in self._view.selected_note_ids() if note_id in by_id))
        cell = self.current_cell()
        if not stage_ids and cell is not None:
            stage_ids = [cell[0]]
        if not stage_ids:
            self._status(self.tr("Add a stage first: a phase groups stages"))
            return None
        phase_id = self._guarded(lambda: self._editor.add_phase(stage_ids, self.tr("New phase")))
        if not isinstance(phase_id, str):
            return None
        self._view.board_scene.set_marked_stages([])
        self._view.input.rename("phase", phase_id)
        return phase_id

    def rename_stage(self) -> None:
        cell = self._require_cell()
        if cell is not None:
            self._view.input.rename("stage", cell[0])

    def rename_lane(self) -> None:
        cell = self._require_cell()
        if cell is not None:
            self._view.input.rename("lane", cell[1])

    def delete_stage(self) -> None:
        cell = self._require_cell()
        if cell is not None:
            title = self._editor.document.journey.stage(cell[0]).title
            if self._succeeded(lambda: self._editor.delete_stage(cell[0])):
                self._status(fill(self.tr("Deleted the stage “%1” (Undo brings it back)"), title))

    def delete_lane(self) -> None:
        cell = self._require_cell()
        if cell is not None:
            title = self._editor.document.journey.lane(cell[1]).title
            if self._succeeded(lambda: self._editor.delete_lane(cell[1])):
                self._status(fill(self.tr("Deleted the lane “%1” (Undo brings it back)"), title))

    # -- helpers ----------------------------------------------------------------------------

    def _require_cell(self) -> Optional[tuple[str, str]]:
        cell = self.current_cell()
        if cell is None:
            self._status(self.tr("This map has no cells yet: add a stage and a lane first"))
        return cell

    def _guarded(self, edit: Callable[[], object]) -> object:
        """Run an edit; a refusal of the model is shown (plain text) and gives None."""
        try:
            return edit()
        except ValueError as error:
            prompts.show_error(self._window, self.tr("Cannot do that"), error_text(error))
            return None

    def _succeeded(self, edit: Callable[[], object]) -> bool:
        """Run an edit that returns nothing; False (and the reason shown) when refused."""
        try:
            edit()
        except ValueError as error:
            prompts.show_error(self._window, self.tr("Cannot do that"), error_text(error))
            return False
        return True

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, _STATUS_MS)

    def _update_enabled(self, selected: list[str]) -> None:
        has_selection = bool(selected)
        for action in (self._actions.cut, self._actions.copy, self._actions.delete,
                       self._actions.duplicate, self._actions.edit_note,
                       self._actions.zoom_selection):
            action.setEnabled(has_selection)

    def _update_paste(self) -> None:
        self._actions.paste.setEnabled(self._clipboard.can_paste())
