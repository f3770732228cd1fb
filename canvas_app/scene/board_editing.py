"""Editing flows on the board: in-place editing of a note, new notes (double-click, Enter on a
cell, palette drop) and renaming headers in place.

A new note and the text typed into it are one undo step: adding and typing are grouped in an
undo macro, and cancelling the new note removes the macro from the history altogether.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication

from canvas_app.model.edit_checks import EditError
from canvas_app.model.kinds import NoteKind
from canvas_app.model.layout_style import DEFAULT_STYLE
from canvas_app.scene.layout_painter import qrect

if TYPE_CHECKING:
    from canvas_app.scene.board_scene import BoardScene
    from canvas_app.scene.board_view import BoardView


def tr(text: str) -> str:
    return QCoreApplication.translate("BoardView", text)


class EditingFlows:
    """Opens and closes the view's in-place editor and turns what was typed into Editor calls."""

    def __init__(self, view: "BoardView") -> None:
        self.view = view
        self._macro_open = False

    @property
    def scene(self) -> "BoardScene":
        return self.view.board_scene

    def edit_note(self, note_id: str, fresh: bool = False) -> None:
        """Open the in-place editor on a note; `fresh` closes the undo macro of its creation."""
        view, scene = self.view, self.scene
        box = scene.index.note_boxes.get(note_id)
        note = view.document.journey.note_by_id.get(note_id)
        if box is None or note is None:
            self._end_macro(False, note_id)
            return
        scene.set_selection([note_id], note_id)
        rect = qrect(box.rect)
        view.ensure_readable(rect)
        style = DEFAULT_STYLE
        view.inline_editor.edit_note(
            note_id, note.text, rect, box.fill, box.text.color,
            style.note_font_size, (style.note_padding_x, style.note_padding_y),
            on_commit=lambda text: view.editor.edit_note_text(note_id, text),
            on_close=lambda committed: self._note_editor_closed(note_id, committed, fresh),
        )
        scene.set_covered_note(note_id)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _note_editor_closed(self, note_id: str, committed: bool, fresh: bool) -> None:
        self.scene.set_covered_note(None)
        if fresh:
            self._end_macro(committed, note_id)

    def create_note(self, stage_id: str, lane_id: str, index: Optional[int],
                    kind: Optional[NoteKind]) -> Optional[str]:
        """Add a note and start editing it; adding and typing are one undo step."""
        stack = self.view.document.undo_stack
        stack.beginMacro(tr("Add note"))
        self._macro_open = True
        try:
            note_id = self.view.editor.add_note(stage_id, lane_id, index, kind=kind)
        except EditError:
            self._end_macro(False, None)
            QApplication.beep()
            return None
        self.edit_note(note_id, fresh=True)
        return note_id

    def _end_macro(self, committed: bool, note_id: Optional[str]) -> None:
        """Close the creation macro; a cancelled new note disappears without a trace."""
        if not self._macro_open:
            return
        self._macro_open = False
        stack = self.view.document.undo_stack
        if not committed and note_id is not None and note_id in self.view.document.journey.note_by_id:
            self.view.editor.delete_notes([note_id])
        stack.endMacro()
        if not committed and stack.index() > 0:
            # The macro (add + delete) changes nothing: drop it from the history.
            command = stack.command(stack.index() - 1)
            if command is not None and command.text() == tr("Add note"):
                command.setObsolete(True)
                stack.undo()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def rename(self, kind: str, record_id: str) -> None:
        """Rename a stage, lane or phase in place."""
        view, index = self.view, self.scene.index
        journey = view.document.journey
        style = DEFAULT_STYLE
        commit: Callable[[str, str], None]
        if kind == "stage":
            header = next(h for h in index.layout.stages if h.stage_id == record_id)
            rect, title = qrect(header.rect), journey.stage(record_id).title
            size, commit = style.stage_font_size, view.editor.rename_stage
        elif kind == "phase":
            phase = next(h for h in index.layout.phases if h.phase_id == record_id)
            rect = qrect(phase.rect)
            title = next(p.title for p in journey.phases if p.id == record_id)
            size, commit = style.phase_font_size, view.editor.rename_phase
        else:
            lane = next(r for r in index.layout.lanes if r.lane_id == record_id)
            rect, title = qrect(lane.header), journey.lane(record_id).title
            rect = QRectF(rect.x() + 4, rect.y() + 4, rect.width() - 8, min(rect.height(), 40))
            size, commit = style.lane_font_size, view.editor.rename_lane
        view.ensure_readable(rect)
        view.inline_editor.edit_title(f"{kind}:{record_id}", title, rect, size,
                                      lambda text: self._run(lambda: commit(record_id, text)))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- palette drops ---------------------------------------------------------------------------

    def palette_drag_move(self, point: QPointF) -> bool:
        index = self.scene.index
        cell = index.cell_at(point.x(), point.y())
        if cell is None:
            self.scene.drop_indicator.hide()
            return False
        spot = index.drop_spot(cell, point.y())
        self.scene.drop_indicator.show_target(qrect(index.cell_rects[cell]), spot.line_y)
        return True

    def palette_drop(self, payload: str, point: QPointF) -> bool:
        self.scene.drop_indicator.hide()
        try:
            kind = NoteKind(payload)
        except ValueError:
            return False
        index = self.scene.index
        cell = index.cell_at(point.x(), point.y())
        if cell is None:
            return False
        spot = index.drop_spot(cell, point.y())
        self.view.inline_editor.commit()
        return self.create_note(cell[0], cell[1], spot.index, kind) is not None

    def after_layout(self) -> None:
        """The board changed: keep an open editor on its note, or close it if the note is gone."""
        editor = self.view.inline_editor
        key = editor.key
        if key is None or ":" in key:
            return
        box = self.scene.index.note_boxes.get(key)
        if box is None:
            editor.cancel()
        else:
            editor.move_to(qrect(box.rect))

    def cancel_all(self) -> None:
        """A new map: close the editor without committing (the history went with the old map)."""
        self._macro_open = False
        self.view.inline_editor.cancel()

    def _run(self, action: Callable[[], object]) -> None:
        """Run an editor call; a refused edit (EditError) beeps instead of raising."""
        try:
            action()
        except EditError:
            QApplication.beep()
