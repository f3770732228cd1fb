"""BoardView: the board widget — zoom and pan, selection, keyboard, gestures and in-place editing.

The view owns a BoardScene (the projection of the document) and turns input into Editor calls,
one per intent. Its public API is the contract the main window and panels use.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmapCache,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from canvas_app.document import ChangeSet, Document, Editor
from canvas_app.scene import board_menus
from canvas_app.scene.board_accessibility import BoardAccessibility
from canvas_app.scene.board_editing import EditingFlows
from canvas_app.scene.board_input import BoardInput
from canvas_app.scene.board_scene import BoardScene
from canvas_app.scene.frozen_headers import FrozenHeaders
from canvas_app.scene.inline_editors import InlineEditor
from canvas_app.scene.layout_painter import qrect
from canvas_app.scene.viewport import OVERVIEW_BELOW_ZOOM, plain_viewport, set_up_board_view
from canvas_app.scene.zooming import Zoomer

NOTE_KIND_MIME = "application/x-journey-canvas-note-kind"
_STAGE_ZOOM_LIMIT = 1.5
_PIXMAP_CACHE_KB = 64 * 1024
_SELECTION_ZOOM_LIMIT = 2.0


class BoardView(QGraphicsView):
    """The journey board. Signals: `selection_changed(list)` (note ids in board order),
    `current_cell_changed(str, str)`, `zoom_changed(float)` (1.0 is 100 %),
    `connector_mode_changed(bool)`."""

    selection_changed = Signal(list)
    current_cell_changed = Signal(str, str)
    zoom_changed = Signal(float)
    connector_mode_changed = Signal(bool)

    def __init__(self, document: Document, editor: Editor,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        # Created first: Qt calls the event overrides below while the view is being set up.
        self.zoomer = Zoomer(self)
        # The header rows and lane titles pinned while scrolled out of view (frozen_headers.py).
        self.frozen = FrozenHeaders(self)
        self.input = BoardInput(self)
        self.editing = EditingFlows(self)
        self.setViewport(plain_viewport())
        self.document = document
        self.editor = editor
        # Before the scene's own connection: a new map first closes any editor and gesture.
        document.changed.connect(self._before_scene_update)
        self.board_scene = BoardScene(document, self)
        self.setScene(self.board_scene)
        # Notes are cached as pixmaps (see items.NoteItem); Qt's 10 MB default would thrash on a
        # high-density screen, where one screenful of notes alone is ~20 MB.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), _PIXMAP_CACHE_KB))
        set_up_board_view(self)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        # Pinch events are caught by a filter rather than a viewportEvent override: an override
        # would be called (and call back into Qt) while the view is being destroyed.
        self.viewport().installEventFilter(self.zoomer)
        self.setObjectName("boardView")
        self.inline_editor = InlineEditor(lambda: self.board_scene, self)
        self._connector_mode = False
        self.board_scene.selection_changed.connect(self.selection_changed)
        self.board_scene.current_cell_changed.connect(self.current_cell_changed)
        self.board_scene.layout_changed.connect(self._after_layout)
        self.board_scene.marked_stages_changed.connect(self._marked_stages_changed)
        document.changed.connect(self._on_document_changed)
        self.zoomer.set(1.0)
        # Screen readers: the view's description names the current note's place, kind, text.
        self.accessibility = BoardAccessibility(self)

    # -- navigation ----------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.zoomer.factor

    def set_zoom(self, factor: float, anchor: Optional[QPointF] = None) -> None:
        self.zoomer.set(factor, anchor)

    def zoom_in(self) -> None:
        self.zoomer.set(self.zoomer.factor * 1.25)

    def zoom_out(self) -> None:
        self.zoomer.set(self.zoomer.factor / 1.25)

    def zoom_to_fit(self) -> None:
        """Show the whole board."""
        rect = self.board_scene.overview.boundingRect()
        self.zoomer.show(rect, self.zoomer.fit_factor(rect))

    def zoom_to_selection(self) -> None:
        """Show the selected notes (or the current cell when nothing is selected)."""
        boxes = self.board_scene.index.note_boxes
        rect = QRectF()
        for note_id in self.selected_note_ids():
            rect = rect.united(qrect(boxes[note_id].rect))
        if rect.isEmpty():
            cell = self.current_cell()
            if cell is None:
                return
            rect = qrect(self.board_scene.index.cell_rects[cell])
        self.zoomer.show(rect, _SELECTION_ZOOM_LIMIT)

    def zoom_to_stage(self, stage_id: str) -> None:
        """Show one stage's whole column."""
        column = self.board_scene.index.column_rect(stage_id)
        if column is not None:
            self.zoomer.show(qrect(column), _STAGE_ZOOM_LIMIT)

    # -- frozen headers ------------------------------------------------------------------------

    def set_frozen_headers(self, on: bool) -> None:
        """Pin the stage header rows and lane titles while they are scrolled out of view."""
        self.frozen.set_enabled(on)

    def frozen_headers(self) -> bool:
        return self.frozen.enabled

    def board_point(self, position: QPoint) -> QPointF:
        """The board (scene) point a viewport position stands for: on a pinned header, the
        point of the real header it shows; elsewhere `mapToScene(position)`."""
        return self.frozen.board_point(position)[0]

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        self.frozen.paint(painter, QRectF(rect))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.frozen.scrolled(dx, dy)

    def ensureVisible(self, *args: Any) -> None:
        """QGraphicsView.ensureVisible, then clear of the pinned headers (rectangles only)."""
        super().ensureVisible(*args)
        if args and isinstance(args[0], QRectF):
            margins = [*args[1:3], 50, 50][:2]
            self.frozen.reveal(args[0], int(margins[0]), int(margins[1]))

    def _marked_stages_changed(self, _stage_ids: list) -> None:  # type: ignore[type-arg]
        self.frozen.refresh()

    # -- selection and cells -------------------------------------------------------------------

    def selected_note_ids(self) -> list[str]:
        return self.board_scene.selected_ids()

    def select_notes(self, ids: Iterable[str]) -> None:
        wanted = self.board_scene.index.in_board_order(ids)
        self.board_scene.set_selection(wanted, wanted[0] if wanted else None)

    def select_all(self) -> None:
        """Select every note of the board."""
        self.select_notes(self.board_scene.notes)

    def clear_selection(self) -> None:
        self.board_scene.set_selection([])

    def current_cell(self) -> Optional[tuple[str, str]]:
        return self.board_scene.current_cell()

    def set_current_cell(self, stage_id: str, lane_id: str) -> None:
        self.board_scene.set_current_cell(stage_id, lane_id)

    # -- editing ---------------------------------------------------------------------------------

    def edit_note(self, note_id: str) -> None:
        """Start in-place editing of a note's text."""
        self.editing.edit_note(note_id)

    def set_highlight(self, note_ids: Optional[set[str]]) -> None:
        """None: every note normal; a set: those notes highlighted and the others dimmed."""
        self.board_scene.set_highlight(note_ids)

    def set_connector_mode(self, on: bool) -> None:
        """While on, a press-drag from a note to another note draws a connector."""
        if on != self._connector_mode:
            self._connector_mode = on
            self.viewport().setCursor(Qt.CursorShape.CrossCursor if on
                                      else Qt.CursorShape.ArrowCursor)
            self.connector_mode_changed.emit(on)

    @property
    def connector_mode(self) -> bool:
        return self._connector_mode

    # -- document updates ----------------------------------------------------------------------

    def _before_scene_update(self, change: ChangeSet) -> None:
        if change.reset:
            self.input.cancel_all()
            self.editing.cancel_all()

    def _on_document_changed(self, change: ChangeSet) -> None:
        if change.reset:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _after_layout(self) -> None:
        self.editing.after_layout()
        self.frozen.refresh()
        # A board that grew or shrank may change the smallest zoom allowed.
        if self.zoomer.factor < self.zoomer.minimum() - 1e-9:
            self.zoomer.set(self.zoomer.minimum())

    def ensure_readable(self, rect: QRectF) -> None:
        """Zoom in (if the overview is showing) and scroll so `rect` can be worked on."""
        if self.zoomer.factor < OVERVIEW_BELOW_ZOOM:
            self.zoomer.set(1.0, rect.center())
            self.centerOn(rect.center())
        self.ensureVisible(rect, 30, 30)

    # -- events ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.input.mouse_press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.input.mouse_move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.input.mouse_release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.input.mouse_double_click(event):
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.input.key_press(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self.input.key_release(event):
            super().keyReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.zoomer.wheel(event):
            super().wheelEvent(event)

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.input.focus_lost()
        super().focusOutEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.inline_editor.active:
            super().contextMenuEvent(event)
            return
        menu = board_menus.build_menu(self, self.board_point(event.pos()))
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(NOTE_KIND_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(NOTE_KIND_MIME):
            event.ignore()
            return
        if self.editing.palette_drag_move(self.board_point(event.position().toPoint())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.board_scene.drop_indicator.hide()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if not mime.hasFormat(NOTE_KIND_MIME):
            event.ignore()
            return
        payload = bytes(mime.data(NOTE_KIND_MIME).data()).decode("utf-8", "replace")
        point = self.board_point(event.position().toPoint())  # (never a cell under a header)
        if self.editing.palette_drop(payload.strip(), point):
            event.acceptProposedAction()
        else:
            event.ignore()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        # The device pixel ratio is known once shown: the overview is drawn for it.
        self.board_scene.set_view_zoom(self.zoomer.factor, self.devicePixelRatioF())
        if self.window().focusWidget() is None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # shortcuts work at once
