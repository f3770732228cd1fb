"""Pointer and keyboard input on the board: what a press, double-click or key means.

Hit-testing uses the layout (BoardIndex), not the items, so it works the same on the overview
picture. A press starts one gesture (see gestures.py); the keyboard moves the selection, opens
the editor and deletes; editing itself is in board_editing.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from canvas_app.model.edit_checks import EditError
from canvas_app.model.kinds import NoteKind
from canvas_app.scene import gestures
from canvas_app.scene.layout_painter import qrect
from canvas_app.scene.navigation import Step, step

if TYPE_CHECKING:
    from canvas_app.scene.board_scene import BoardScene
    from canvas_app.scene.board_view import BoardView

_EDGE_TOLERANCE_PX = 5.0
_ARROWS = {
    Qt.Key.Key_Up: Step.UP,
    Qt.Key.Key_Down: Step.DOWN,
    Qt.Key.Key_Left: Step.LEFT,
    Qt.Key.Key_Right: Step.RIGHT,
}
_TOGGLE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


class BoardInput:
    """Turns the view's input events into gestures and Editor calls."""

    def __init__(self, view: "BoardView") -> None:
        self.view = view
        self.gesture: Optional[gestures.Gesture] = None
        self._space_down = False
        self._pending_click: Optional[str] = None  # a selected note pressed: select it alone
        # A gesture started on a pinned header (scene/frozen_headers.py) follows the pointer on
        # the real header the copy shows: its points are shifted by this much.
        self._shift = QPointF()

    @property
    def scene(self) -> "BoardScene":
        return self.view.board_scene

    # -- mouse -------------------------------------------------------------------------------

    def _editor_hit(self, event: QMouseEvent) -> bool:
        proxy = self.view.inline_editor.proxy
        if proxy is None:
            return False
        position = event.position().toPoint()
        if self.view.frozen.covers(position):
            return False  # a pinned header lies over the editor there
        return proxy.sceneBoundingRect().contains(self.view.mapToScene(position))

    def _gesture_point(self, position: QPointF) -> QPointF:
        """A pointer position during a gesture, on the board (shifted as at the press)."""
        return self.view.mapToScene(position.toPoint()) - self._shift

    def mouse_press(self, event: QMouseEvent) -> bool:
        view = self.view
        if self._editor_hit(event):
            return False  # the in-place editor handles its own clicks
        view.inline_editor.commit()  # clicking away commits
        view.setFocus(Qt.FocusReason.MouseFocusReason)
        if self.gesture is not None:
            return True
        button = event.button()
        position = event.position()
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self._space_down):
            self.gesture = gestures.Pan(view, position)
            view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return True
        if button != Qt.MouseButton.LeftButton:
            return True
        point, pinned = view.frozen.board_point(position.toPoint())
        self._shift = view.mapToScene(position.toPoint()) - point
        self.gesture = self._press_gesture(point, event.modifiers(), pinned)
        return True

    def _press_gesture(self, point: QPointF, modifiers: Qt.KeyboardModifier,
                       pinned: bool = False) -> Optional[gestures.Gesture]:
        """The gesture a press at `point` starts; `pinned`: the press was on a pinned header
        (only header gestures start there, never a note drag or a rubber band)."""
        view, scene = self.view, self.scene
        index = scene.index
        x, y = point.x(), point.y()
        note = index.note_at(x, y)
        if view.connector_mode:
            return gestures.ConnectorDraw(view, point, note.note_id) if note else None
        tolerance = _EDGE_TOLERANCE_PX / view.zoom()
        stage_edge = index.stage_edge_at(x, y, tolerance)
        if stage_edge is not None:
            return gestures.HeaderResize(view, point, stage_edge, True)
        lane_edge = index.lane_edge_at(x, y, tolerance)
        if lane_edge is not None:
            return gestures.HeaderResize(view, point, lane_edge, False)
        stage = index.stage_header_at(x, y)
        if stage is not None:
            self._mark_stage(stage.stage_id, modifiers)
            return gestures.HeaderMove(view, point, stage.stage_id, True)
        lane_id = index.lane_header_at(x, y)
        if lane_id is not None:
            return gestures.HeaderMove(view, point, lane_id, False)
        row_stage = index.stage_row_at(x, y)
        if row_stage is not None:
            # A stage's funnel figure or campaign card picks the stage, as its header does.
            self._mark_stage(row_stage, modifiers)
            return None
        scene.set_marked_stages([])
        if pinned:
            return None
        if note is not None:
            return self._press_note(point, note.note_id, modifiers)
        cell = index.cell_at(x, y)
        if cell is not None:
            scene.set_current_cell(*cell)
        keep = scene.selected_ids() if modifiers & _TOGGLE else []
        if not keep:
            scene.set_selection([])
        return gestures.RubberBand(view, point, keep)

    def _press_note(self, point: QPointF, note_id: str,
                    modifiers: Qt.KeyboardModifier) -> Optional[gestures.Gesture]:
        scene = self.scene
        selected = scene.selected_ids()
        if modifiers & _TOGGLE:
            if note_id in selected:
                selected.remove(note_id)
                scene.set_selection(selected, selected[-1] if selected else None)
            else:
                scene.set_selection(selected + [note_id], note_id)
            return None
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            scene.set_selection(selected + [note_id], note_id)
        elif note_id in selected:
            self._pending_click = note_id  # maybe a multi-note drag; a plain click selects it
            scene.set_selection(selected, note_id)
        else:
            scene.set_selection([note_id], note_id)
        return gestures.NoteDrag(self.view, point, scene.selected_ids())

    def _mark_stage(self, stage_id: str, modifiers: Qt.KeyboardModifier) -> None:
        marked = self.scene.marked_stages
        if modifiers & (_TOGGLE | Qt.KeyboardModifier.ShiftModifier):
            marked = [s for s in marked if s != stage_id] if stage_id in marked \
                else marked + [stage_id]
        else:
            marked = [stage_id]
        self.scene.set_marked_stages(marked)

    def mouse_move(self, event: QMouseEvent) -> bool:
        gesture = self.gesture
        if gesture is None:
            if self.view.inline_editor.active:
                return False
            self._update_cursor(event.position())
            return True
        if isinstance(gesture, gestures.Pan):
            gesture.move(event.position())
        else:
            gesture.move(self._gesture_point(event.position()))
        return True

    def mouse_release(self, event: QMouseEvent) -> bool:
        gesture, self.gesture = self.gesture, None
        if gesture is None:
            return self.view.inline_editor.active is False
        if isinstance(gesture, gestures.Pan):
            gesture.finish(event.position())
            self._update_cursor(event.position())
            return True
        point = self._gesture_point(event.position())
        pending, self._pending_click = self._pending_click, None
        if isinstance(gesture, gestures.NoteDrag) and not gesture.active and pending:
            self.scene.set_selection([pending], pending)
        self._run(lambda: gesture.finish(point))
        return True

    def mouse_double_click(self, event: QMouseEvent) -> bool:
        if self._editor_hit(event):
            return False
        if event.button() != Qt.MouseButton.LeftButton or self.view.connector_mode:
            return True
        if self.gesture is not None:
            self.gesture.cancel()
            self.gesture = None
        point, pinned = self.view.frozen.board_point(event.position().toPoint())
        index = self.scene.index
        x, y = point.x(), point.y()
        note = index.note_at(x, y)
        if note is not None:
            self.view.editing.edit_note(note.note_id)
            return True
        phase = index.phase_header_at(x, y)
        if phase is not None:
            self.view.editing.rename("phase", phase.phase_id)
            return True
        stage = index.stage_header_at(x, y)
        if stage is not None:
            self.view.editing.rename("stage", stage.stage_id)
            return True
        lane_id = index.lane_header_at(x, y)
        if lane_id is not None:
            self.view.editing.rename("lane", lane_id)
            return True
        if pinned:
            return True  # (no new note in a cell hidden under the pinned headers)
        cell = index.cell_at(x, y)
        if cell is not None:
            self.view.editing.create_note(cell[0], cell[1], None, None)
        return True

    def _update_cursor(self, position: QPointF) -> None:
        view = self.view
        if self._space_down:
            shape = Qt.CursorShape.OpenHandCursor
        elif view.connector_mode:
            shape = Qt.CursorShape.CrossCursor
        else:
            point = view.board_point(position.toPoint())
            tolerance = _EDGE_TOLERANCE_PX / view.zoom()
            index = self.scene.index
            if index.stage_edge_at(point.x(), point.y(), tolerance) is not None:
                shape = Qt.CursorShape.SplitHCursor
            elif index.lane_edge_at(point.x(), point.y(), tolerance) is not None:
                shape = Qt.CursorShape.SplitVCursor
            else:
                shape = Qt.CursorShape.ArrowCursor
        if view.viewport().cursor().shape() != shape:
            view.viewport().setCursor(shape)

    # -- keyboard ------------------------------------------------------------------------------

    def key_press(self, event: QKeyEvent) -> bool:
        if self.view.inline_editor.active:
            return False  # keys go to the editor (input methods included), via the scene
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Escape:
            self.escape()
            return True
        if key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space_down = True
                self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return True
        if self.gesture is not None:
            return True
        direction = _ARROWS.get(Qt.Key(key))
        if direction is not None and modifiers == Qt.KeyboardModifier.NoModifier:
            self.navigate(direction)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                modifiers == Qt.KeyboardModifier.NoModifier:
            self._enter()
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                modifiers == Qt.KeyboardModifier.NoModifier:
            selected = self.scene.selected_ids()
            if selected:
                self.view.editor.delete_notes(selected)
            return True
        return False

    def key_release(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.view.viewport().setCursor(Qt.CursorShape.CrossCursor if self.view.connector_mode
                                           else Qt.CursorShape.ArrowCursor)
            return True
        return False

    def escape(self) -> None:
        """Escape: cancel a gesture, else leave connector mode, else clear the selection."""
        if self.gesture is not None:
            self.gesture.cancel()
            self.gesture = None
        elif self.view.connector_mode:
            self.view.set_connector_mode(False)
        else:
            self.scene.set_marked_stages([])
            self.scene.set_selection([])

    def navigate(self, direction: Step) -> None:
        scene = self.scene
        found = step(scene.index, scene.current_cell(), scene.current_note, direction)
        if found is None:
            return
        cell, note_id = found
        scene.set_current_cell(*cell)
        scene.set_selection([note_id] if note_id else [], note_id)
        rect = scene.index.note_boxes[note_id].rect if note_id else scene.index.cell_rects[cell]
        self.view.ensureVisible(qrect(rect), 40, 40)

    def _enter(self) -> None:
        scene = self.scene
        note_id = scene.current_note or next(iter(scene.selected_ids()), None)
        if note_id is not None:
            self.view.editing.edit_note(note_id)
            return
        cell = scene.current_cell()
        if cell is not None:
            self.view.editing.create_note(cell[0], cell[1], None, None)

    def focus_lost(self) -> None:
        self._space_down = False

    # The editing flows, also reachable here for callers outside the scene (the window's Insert
    # and Rename actions use view.input.create_note / view.input.rename).

    def create_note(self, stage_id: str, lane_id: str, index: Optional[int] = None,
                    kind: Optional[NoteKind] = None) -> Optional[str]:
        """Add a note to a cell and edit it in place (adding and typing: one undo step)."""
        return self.view.editing.create_note(stage_id, lane_id, index, kind)

    def rename(self, kind: str, record_id: str) -> None:
        """Rename a "stage", "lane" or "phase" in place."""
        self.view.editing.rename(kind, record_id)

    def cancel_all(self) -> None:
        """A new map: drop any gesture (the editing flows close their editor themselves)."""
        if self.gesture is not None:
            self.gesture.cancel()
            self.gesture = None

    def _run(self, action: Callable[[], object]) -> None:
        """Run an editor call; a refused edit (EditError) beeps instead of raising."""
        try:
            action()
        except EditError:
            QApplication.beep()
