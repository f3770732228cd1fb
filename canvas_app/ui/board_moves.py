"""Moving things on the board from the keyboard: the selected notes one cell or place at a time
(Alt+arrows), the current stage left or right and the current lane up or down (Alt+Shift+arrows);
and the board's context menu from the keyboard (Menu key, Shift+F10), for the current note or cell.

Each move is one Editor call (one undo step). The actions are the board's own (their keys work
while the board has the focus, so Alt+Down still opens a combo box elsewhere); the selection
and the current cell follow what moved, and the board scrolls to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from canvas_app.document.editor import Editor
from canvas_app.scene import board_menus
from canvas_app.scene.layout_painter import qrect
from canvas_app.scene.navigation import Step
from canvas_app.scene.note_moves import note_move_target
from canvas_app.ui.actions import Actions

if TYPE_CHECKING:
    from canvas_app.scene.board_view import BoardView


class BoardMoves(QObject):
    """Connects the move actions of `actions` to `view` and `editor`."""

    def __init__(self, view: "BoardView", editor: Editor, actions: Actions) -> None:
        super().__init__(view)
        self._view = view
        self._editor = editor
        view.addActions(actions.board_actions())
        a = actions
        for action, step in ((a.move_notes_left, Step.LEFT), (a.move_notes_right, Step.RIGHT),
                             (a.move_notes_up, Step.UP), (a.move_notes_down, Step.DOWN)):
            action.triggered.connect(lambda _checked=False, s=step: self.move_notes(s))
        a.move_stage_left.triggered.connect(lambda: self.move_stage(-1))
        a.move_stage_right.triggered.connect(lambda: self.move_stage(1))
        a.move_lane_up.triggered.connect(lambda: self.move_lane(-1))
        a.move_lane_down.triggered.connect(lambda: self.move_lane(1))
        # Qt opens a keyboard context menu at the view's top-left corner, outside the board,
        # where no menu is offered: the only way to some commands (arrows, phases) without a mouse.
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._view and isinstance(event, QContextMenuEvent)
                and event.reason() == QContextMenuEvent.Reason.Keyboard
                and not self._view.inline_editor.active):
            self.open_context_menu()
            return True
        return False

    def open_context_menu(self) -> bool:
        """The context menu of the first selected note, else of the current cell, shown there."""
        view, index = self._view, self._view.board_scene.index
        selected = [n for n in view.selected_note_ids() if n in index.note_boxes]
        cell = view.current_cell()
        point: QPointF | None = None
        if selected:
            point = qrect(index.note_boxes[selected[0]].rect).center()
        elif cell is not None and cell in index.cell_rects:
            point = qrect(index.cell_rects[cell]).center()
        menu = board_menus.build_menu(view, point) if point is not None else None
        if menu is None or point is None:
            return False
        menu.exec(view.viewport().mapToGlobal(view.mapFromScene(point)))
        menu.deleteLater()
        return True

    def move_notes(self, direction: Step) -> bool:
        """Move the selected notes one step; False (and a beep) at the board's edge."""
        view = self._view
        if view.inline_editor.active:
            return False  # typing: the note stays where it is being written
        selected = view.selected_note_ids()
        target = note_move_target(self._editor.document.journey, selected, direction)
        if target is None:
            return self._refuse(bool(selected))
        self._editor.move_notes(selected, target.stage_id, target.lane_id, target.index)
        view.select_notes(selected)
        view.set_current_cell(target.stage_id, target.lane_id)
        self._reveal(selected)
        return True

    def move_stage(self, offset: int) -> bool:
        """Move the current cell's stage `offset` places (one undo step)."""
        return self._move_structure(offset, lambda journey: [s.id for s in journey.stages], 0,
                                    self._editor.move_stage)

    def move_lane(self, offset: int) -> bool:
        """Move the current cell's lane `offset` places (one undo step)."""
        return self._move_structure(offset, lambda journey: [lane.id for lane in journey.lanes],
                                    1, self._editor.move_lane)

    def _move_structure(self, offset: int, order_of: Callable[..., list[str]], part: int,
                        move: Callable[[str, int], None]) -> bool:
        view = self._view
        cell = view.current_cell()
        if view.inline_editor.active or cell is None:
            return False
        order = order_of(self._editor.document.journey)
        record_id = cell[part]
        index = order.index(record_id) + offset if record_id in order else -1
        if not 0 <= index < len(order):
            return self._refuse(True)
        move(record_id, index)
        view.set_current_cell(*cell)
        rects = view.board_scene.index.cell_rects
        if cell in rects:
            view.ensure_readable(qrect(rects[cell]))
        return True

    def _reveal(self, note_ids: list[str]) -> None:
        boxes = self._view.board_scene.index.note_boxes
        if note_ids and note_ids[0] in boxes:
            self._view.ensure_readable(qrect(boxes[note_ids[0]].rect))

    @staticmethod
    def _refuse(beep: bool) -> bool:
        if beep:
            QApplication.beep()  # the edge of the board: nowhere to go
        return False
