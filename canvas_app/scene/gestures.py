"""Mouse gestures on the board: each follows one press → moves → release (or Escape) and makes at
most one Editor call, on release. Feedback is drawn with overlay items; cancelling removes it and
leaves the history untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtWidgets import QApplication

from canvas_app.model.edit_checks import EditError
from canvas_app.model.layout_geometry import Rect
from canvas_app.scene.board_index import DropSpot
from canvas_app.scene.layout_painter import qrect

if TYPE_CHECKING:
    from canvas_app.scene.board_view import BoardView

MIN_STAGE_WIDTH = 80.0
MAX_STAGE_WIDTH = 2000.0
MIN_LANE_HEIGHT = 40.0
MAX_LANE_HEIGHT = 4000.0


class Gesture:
    """Base: `move` while the button is held, then `finish` (commit) or `cancel`."""

    def __init__(self, view: "BoardView", start: QPointF) -> None:
        self.view = view
        self.scene = view.board_scene
        self.start = QPointF(start)
        self.active = False  # past the drag threshold

    def _past_threshold(self, pos: QPointF) -> bool:
        if not self.active:
            distance = QLineF(self.start, pos).length() * self.view.zoom()
            self.active = distance >= QApplication.startDragDistance()
        return self.active

    def move(self, pos: QPointF) -> None:
        pass

    def finish(self, pos: QPointF) -> None:
        self.cancel()

    def cancel(self) -> None:
        pass


class NoteDrag(Gesture):
    """Drag notes to another cell (move) or within their cell (reorder)."""

    def __init__(self, view: "BoardView", start: QPointF, note_ids: list[str]) -> None:
        super().__init__(view, start)
        self.note_ids = note_ids
        self.target: Optional[DropSpot] = None
        boxes = self.scene.index.note_boxes
        self._rects = [qrect(boxes[i].rect) for i in note_ids if i in boxes]

    def move(self, pos: QPointF) -> None:
        if not self._past_threshold(pos):
            return
        scene = self.scene
        delta = pos - self.start
        scene.ghost.set_rects([rect.translated(delta) for rect in self._rects])
        index = scene.index
        cell = index.cell_at(pos.x(), pos.y())
        if cell is None:
            self.target = None
            scene.drop_indicator.hide()
            return
        self.target = index.drop_spot(cell, pos.y(), frozenset(self.note_ids))
        scene.drop_indicator.show_target(qrect(index.cell_rects[cell]), self.target.line_y)
        self.view.ensureVisible(QRectF(pos.x() - 1, pos.y() - 1, 2, 2), 20, 20)

    def finish(self, pos: QPointF) -> None:
        target = self.target if self.active else None
        self.cancel()
        if target is not None:
            self.view.editor.move_notes(self.note_ids, target.stage_id, target.lane_id,
                                        target.index)

    def cancel(self) -> None:
        self.scene.ghost.hide()
        self.scene.drop_indicator.hide()
        self.target = None


class RubberBand(Gesture):
    """Select the notes a dragged rectangle meets (added to `base`, the selection kept by Ctrl)."""

    def __init__(self, view: "BoardView", start: QPointF, base: list[str]) -> None:
        super().__init__(view, start)
        self.base = base
        self._before = self.scene.selected_ids()

    def move(self, pos: QPointF) -> None:
        if not self._past_threshold(pos):
            return
        rect = QRectF(self.start, pos).normalized()
        self.scene.rubber_band.set_rect(rect)
        found = self.scene.index.notes_meeting(Rect(rect.x(), rect.y(), rect.width(),
                                                    rect.height()))
        self.scene.set_selection(self.base + found, found[-1] if found else None)

    def finish(self, pos: QPointF) -> None:
        self.scene.rubber_band.hide()

    def cancel(self) -> None:
        self.scene.rubber_band.hide()
        self.scene.set_selection(self._before)


class ConnectorDraw(Gesture):
    """Press on a note, release on another: an arrow between them."""

    def __init__(self, view: "BoardView", start: QPointF, source_id: str) -> None:
        super().__init__(view, start)
        self.source_id = source_id
        box = self.scene.index.note_boxes[source_id]
        self._origin = QPointF(box.rect.center.x, box.rect.center.y)

    def move(self, pos: QPointF) -> None:
        if self._past_threshold(pos):
            self.scene.connector_preview.set_ends(self._origin, pos)

    def finish(self, pos: QPointF) -> None:
        self.cancel()
        target = self.scene.index.note_at(pos.x(), pos.y())
        if target is None or target.note_id == self.source_id:
            return
        try:
            self.view.editor.add_connector(self.source_id, target.note_id)
        except EditError:
            QApplication.beep()  # e.g. the two notes are already connected

    def cancel(self) -> None:
        self.scene.connector_preview.hide()


class HeaderMove(Gesture):
    """Drag a stage header sideways or a lane header up/down to reorder it."""

    def __init__(self, view: "BoardView", start: QPointF, record_id: str, is_stage: bool) -> None:
        super().__init__(view, start)
        self.record_id = record_id
        self.is_stage = is_stage
        index = self.scene.index
        self._origin = (index.stage_index if is_stage else index.lane_index)[record_id]
        self.slot = self._origin

    def move(self, pos: QPointF) -> None:
        if not self._past_threshold(pos):
            return
        index = self.scene.index
        layout = index.layout
        if self.is_stage:
            self.slot = index.stage_slot(pos.x())
            left, right = index.columns[self.slot]
            x = right if self.slot > self._origin else left
            bottom = index.rows[-1][1] if index.rows else layout.header_height
            self.scene.guide.set_line(QLineF(x, 0.0, x, bottom))
        else:
            self.slot = index.lane_slot(pos.y())
            top, bottom = index.rows[self.slot]
            y = bottom if self.slot > self._origin else top
            self.scene.guide.set_line(QLineF(0.0, y, layout.width, y))
        self.scene.guide.setVisible(self.slot != self._origin)

    def finish(self, pos: QPointF) -> None:
        moved = self.active and self.slot != self._origin
        self.cancel()
        if not moved:
            return
        editor = self.view.editor
        if self.is_stage:
            editor.move_stage(self.record_id, self.slot)
        else:
            editor.move_lane(self.record_id, self.slot)

    def cancel(self) -> None:
        self.scene.guide.hide()


class HeaderResize(Gesture):
    """Drag a stage's right edge (width) or a lane's bottom edge (height)."""

    def __init__(self, view: "BoardView", start: QPointF, record_id: str, is_stage: bool) -> None:
        super().__init__(view, start)
        self.record_id = record_id
        self.is_stage = is_stage
        index = self.scene.index
        if is_stage:
            left, right = index.columns[index.stage_index[record_id]]
            self._base, self._size = left, right - left
        else:
            top, bottom = index.rows[index.lane_index[record_id]]
            self._base, self._size = top, bottom - top
        self.size = self._size

    def move(self, pos: QPointF) -> None:
        if not self._past_threshold(pos):
            return
        layout = self.scene.layout
        if self.is_stage:
            self.size = _clamp(self._size + pos.x() - self.start.x(), MIN_STAGE_WIDTH,
                               MAX_STAGE_WIDTH)
            x = self._base + self.size
            self.scene.guide.set_line(QLineF(x, 0.0, x, layout.height))
        else:
            self.size = _clamp(self._size + pos.y() - self.start.y(), MIN_LANE_HEIGHT,
                               MAX_LANE_HEIGHT)
            y = self._base + self.size
            self.scene.guide.set_line(QLineF(0.0, y, layout.width, y))

    def finish(self, pos: QPointF) -> None:
        resized = self.active and abs(self.size - self._size) >= 0.5
        self.cancel()
        if not resized:
            return
        size = round(self.size, 1)
        if self.is_stage:
            self.view.editor.set_stage_width(self.record_id, size)
        else:
            self.view.editor.set_lane_height(self.record_id, size)

    def cancel(self) -> None:
        self.scene.guide.hide()


class Pan(Gesture):
    """Scroll the board with the pointer (space-drag or middle-drag); positions in the viewport."""

    def __init__(self, view: "BoardView", start: QPointF) -> None:
        super().__init__(view, start)
        self.active = True
        self._last = QPointF(start)

    def move(self, pos: QPointF) -> None:
        delta = pos - self._last
        self._last = QPointF(pos)
        horizontal = self.view.horizontalScrollBar()
        vertical = self.view.verticalScrollBar()
        horizontal.setValue(horizontal.value() - round(delta.x()))
        vertical.setValue(vertical.value() - round(delta.y()))

    def finish(self, pos: QPointF) -> None:
        self.move(pos)


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
