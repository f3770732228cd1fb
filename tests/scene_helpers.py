"""Helpers for board tests: a view on a map, and real mouse, wheel, key and drop events sent to
the view's viewport at scene points (QTest cannot hold a button during a move offscreen)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QWheelEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from canvas_app.document import Document, Editor
from canvas_app.model import JourneyMap, Lane, Note, Stage
from canvas_app.scene.board_view import BoardView

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def make_view(qtbot, journey: JourneyMap, width: int = 1400, height: int = 900) -> BoardView:  # type: ignore[no-untyped-def]
    """A shown BoardView on a new Document of `journey`, owned by qtbot (closed after the test)."""
    document = Document(journey)
    editor = Editor(document)
    view = BoardView(document, editor)  # the view keeps the document and editor referenced
    view.resize(width, height)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    return view


def at(view: BoardView, point: QPointF) -> QPoint:
    """The viewport position of a scene point."""
    return view.mapFromScene(point)


def press(view: BoardView, point: QPointF, modifiers: Qt.KeyboardModifier = NO_MODIFIER,
          button: Qt.MouseButton = LEFT) -> None:
    QTest.mousePress(view.viewport(), button, modifiers, at(view, point))


def release(view: BoardView, point: QPointF, modifiers: Qt.KeyboardModifier = NO_MODIFIER,
            button: Qt.MouseButton = LEFT) -> None:
    QTest.mouseRelease(view.viewport(), button, modifiers, at(view, point))


def move(view: BoardView, point: QPointF, buttons: Qt.MouseButton = LEFT,
         modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A mouse move to a scene point with `buttons` held."""
    send_move(view.viewport(), at(view, point), buttons, modifiers)


def send_move(viewport: QWidget, position: QPoint, buttons: Qt.MouseButton = LEFT,
              modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A mouse move to a viewport position with `buttons` held, as a real QMouseEvent."""
    local = QPointF(position)
    global_position = QPointF(viewport.mapToGlobal(position))
    event = QMouseEvent(QEvent.Type.MouseMove, local, global_position,
                        Qt.MouseButton.NoButton, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(view: BoardView, start: QPointF, end: QPointF, steps: int = 6,
         modifiers: Qt.KeyboardModifier = NO_MODIFIER, finish: bool = True) -> None:
    """Press at `start`, move in steps to `end`, and release there (unless not `finish`)."""
    press(view, start, modifiers)
    for i in range(1, steps + 1):
        t = i / steps
        move(view, QPointF(start.x() + (end.x() - start.x()) * t,
                           start.y() + (end.y() - start.y()) * t), modifiers=modifiers)
    if finish:
        release(view, end, modifiers)


def click(view: BoardView, point: QPointF, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    press(view, point, modifiers)
    release(view, point, modifiers)


def double_click(view: BoardView, point: QPointF) -> None:
    QTest.mouseDClick(view.viewport(), LEFT, NO_MODIFIER, at(view, point))


def wheel(view: BoardView, point: QPointF, delta: int,
          modifiers: Qt.KeyboardModifier = CTRL) -> None:
    """A wheel turn of `delta` eighths of a degree (120 = one notch) with the cursor at `point`."""
    position = QPointF(at(view, point))
    global_position = QPointF(view.viewport().mapToGlobal(position.toPoint()))
    event = QWheelEvent(position, global_position, QPoint(0, 0), QPoint(0, delta),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def drop_mime(view: BoardView, point: QPointF, mime_type: str, payload: bytes,
              leave_before_drop: bool = False) -> Optional[bool]:
    """Drag data of `mime_type` over the viewport to `point` and drop it; returns whether the
    drop was accepted."""
    mime = QMimeData()
    mime.setData(mime_type, QByteArray(payload))
    position = QPointF(at(view, point))
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(position.toPoint(), actions, mime, LEFT, NO_MODIFIER)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    over = QDragMoveEvent(position.toPoint(), actions, mime, LEFT, NO_MODIFIER)
    QApplication.sendEvent(view.viewport(), over)
    if not over.isAccepted():
        return False
    drop = QDropEvent(position, actions, mime, LEFT, NO_MODIFIER)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def note_center(view: BoardView, note_id: str) -> QPointF:
    rect = view.board_scene.index.note_boxes[note_id].rect
    return QPointF(rect.x + rect.width / 2, rect.y + rect.height / 2)


def cell_point(view: BoardView, stage_id: str, lane_id: str, where: str = "bottom") -> QPointF:
    """A point inside a cell: near its bottom (below its notes) or its top."""
    rect = view.board_scene.index.cell_rects[(stage_id, lane_id)]
    y = rect.y + rect.height - 6 if where == "bottom" else rect.y + 4
    return QPointF(rect.x + rect.width / 2, y)


def type_text(target: QWidget, text: str) -> None:
    """Type `text` as key events carrying each character (QTest.keyClicks only handles
    Latin-1, so it cannot type "ư" or "Đ"); sent to `target`, e.g. the view, as a keyboard would."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
            QApplication.sendEvent(target, QKeyEvent(kind, key, NO_MODIFIER, char))


def compose(target: QWidget, preedits: list[str], commit: str) -> None:
    """What a Vietnamese input method (Telex, VNI) sends: preedit strings, then the commit."""
    for preedit in preedits:
        QApplication.sendEvent(target, QInputMethodEvent(preedit, []))
    event = QInputMethodEvent("", [])
    event.setCommitString(commit)
    QApplication.sendEvent(target, event)


def big_map(note_count: int, stage_count: int = 30) -> JourneyMap:
    """A plain map of `note_count` short notes over `stage_count` stages and four lanes."""
    stages = tuple(Stage(id=f"s{i}", title=f"Stage {i}") for i in range(stage_count))
    lanes = tuple(Lane(id=f"l{j}", title=f"Lane {j}") for j in range(4))
    notes = tuple(
        Note(id=f"n{i}", stage=f"s{i % stage_count}", lane=f"l{(i // stage_count) % 4}",
             order=i, text=f"Note {i} with a few words")
        for i in range(note_count)
    )
    return JourneyMap(title="Big", stages=stages, lanes=lanes, notes=notes)
