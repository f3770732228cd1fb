"""The workshop timer drawn over a board view: big digits legible from the back of a room.

The digits scale with the viewport (8 % of its height, so about 86 px on a 1080-line projector);
a state line says "Paused" or "Time's up!" in words, so the state never rests on colour alone.
At zero the panel flashes between red and yellow. The editor's overlay has buttons (pause or
resume, +1 min, +5 min, reset); the audience window's has none.

The panel can be dragged (outside its buttons): it follows the mouse and, on release, snaps to
the viewport corner nearest to where it was dropped (`corner_chosen`; the Workshop stores it and
moves every timer overlay there). A press released without moving is a click, and goes on to the
board below, as on any overlay.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from canvas_app.ui.board_overlay import BoardOverlay, Corner, nearest_corner, no_focus
from canvas_app.ui.workshop_timer import TimerState, WorkshopTimer, format_remaining

DIGITS_SHARE = 0.08  # of the viewport height
MIN_DIGITS_PX = 34
MAX_DIGITS_PX = 180
FLASH_MS = 500
_RADIUS = 12.0
# (background, text) per look; the alarm alternates between its two looks.
_LOOKS = {
    "running": (QColor(20, 24, 32, 225), QColor("#FFFFFF")),
    "paused": (QColor(20, 24, 32, 225), QColor("#FFD54F")),
    "alarm": (QColor("#C62828"), QColor("#FFFFFF")),
    "alarm-flash": (QColor("#FFEB3B"), QColor("#000000")),
}


class TimerOverlay(BoardOverlay):
    """Shows `timer` over `view` whenever a countdown is running, paused or finished.

    `corner_chosen(Corner)` is emitted when the user drops the panel after dragging it."""

    corner_chosen = Signal(object)

    def __init__(self, view: QAbstractScrollArea, timer: WorkshopTimer,
                 controls: bool = True, corner: Corner = Corner.TOP_RIGHT) -> None:
        super().__init__(view, corner)
        self.setObjectName("timer_overlay")
        self._timer = timer
        self._flash_on = False
        self._flasher = QTimer(self)
        self._flasher.setInterval(FLASH_MS)
        self._flasher.timeout.connect(self._flash)
        # A left press on the panel: where it was (global) and the panel's place then; the
        # press goes to the board only when released without a drag (then it was a click).
        self._press: Optional[QMouseEvent] = None
        self._press_origin = QPoint()
        self._dragging = False
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("timer_state")
        self.digits = QLabel(self)
        self.digits.setObjectName("timer_digits")
        for label in (self.state_label, self.digits):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 8, 18, 12)
        layout.setSpacing(2)
        layout.addWidget(self.state_label)
        layout.addWidget(self.digits)
        self.pause_button: Optional[QPushButton] = None
        self.add1_button: Optional[QPushButton] = None
        self.add5_button: Optional[QPushButton] = None
        self.reset_button: Optional[QPushButton] = None
        if controls:
            row = QHBoxLayout()
            row.setSpacing(6)
            self.pause_button = self._button("timer_pause", timer.toggle, row)
            self.add1_button = self._button("timer_add1", lambda: timer.add(60), row)
            self.add5_button = self._button("timer_add5", lambda: timer.add(300), row)
            self.reset_button = self._button("timer_reset", timer.reset, row)
            layout.addLayout(row)
        timer.changed.connect(self.refresh)
        self._retranslate()
        self._scale_text()
        self.refresh()

    def _button(self, name: str, slot: object, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        no_focus(button)
        button.clicked.connect(slot)
        button.setCursor(Qt.CursorShape.ArrowCursor)
        row.addWidget(button)
        return button

    # -- texts -------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Workshop timer"))
        self.setToolTip(self.tr("Drag the timer to another corner of the board"))
        if self.add1_button is not None and self.add5_button and self.reset_button:
            self.add1_button.setText(self.tr("+1 min"))
            self.add1_button.setAccessibleName(self.tr("Add one minute"))
            self.add5_button.setText(self.tr("+5 min"))
            self.add5_button.setAccessibleName(self.tr("Add five minutes"))
            self.reset_button.setText(self.tr("Reset"))
            self.reset_button.setAccessibleName(self.tr("Reset the timer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def state_text(self) -> str:
        state = self._timer.state
        if state is TimerState.FINISHED:
            return self.tr("Time's up!")
        if state is TimerState.PAUSED:
            return self.tr("Paused")
        return self.tr("Time left")

    def refresh(self) -> None:
        """Show the timer's state (hidden when idle)."""
        timer = self._timer
        state = timer.state
        if state is TimerState.IDLE:
            self._flasher.stop()
            self.hide()
            return
        text = format_remaining(timer.remaining_seconds())
        self.digits.setText(text)
        self.state_label.setText(self.state_text())
        self.digits.setAccessibleName(text)
        self.setAccessibleDescription(f"{self.state_text()} {text}")
        if self.pause_button is not None:
            running = state is TimerState.RUNNING
            self.pause_button.setText(self.tr("Pause") if running else
                                      self.tr("Restart") if state is TimerState.FINISHED
                                      else self.tr("Resume"))
            self.pause_button.setAccessibleName(self.pause_button.text())
        if state is TimerState.FINISHED:
            if not self._flasher.isActive():
                self._flash_on = False
                self._flasher.start()
        else:
            self._flasher.stop()
            self._flash_on = False
        self._apply_look()
        if not self.isVisible():
            self._scale_text()
            self.show()
        self.relayout()

    def look(self) -> str:
        """The current look: "running", "paused", "alarm" or "alarm-flash"."""
        state = self._timer.state
        if state is TimerState.FINISHED:
            return "alarm-flash" if self._flash_on else "alarm"
        return "paused" if state is TimerState.PAUSED else "running"

    def _flash(self) -> None:
        self._flash_on = not self._flash_on
        self._apply_look()

    def _apply_look(self) -> None:
        _, ink = _LOOKS[self.look()]
        for label in (self.state_label, self.digits):
            label.setStyleSheet(f"color: {ink.name()}; background: transparent;")
        self.update()

    # -- dragging to a corner -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = QMouseEvent(event.type(), event.position(), event.globalPosition(),
                                  event.button(), event.buttons(), event.modifiers())
        self._press_origin = self.pos()
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None:
            super().mouseMoveEvent(event)
            return
        shift = (event.globalPosition() - press.globalPosition()).toPoint()
        if not self._dragging and shift.manhattanLength() < QApplication.startDragDistance():
            event.accept()
            return
        if not self._dragging:
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.move(self._clamped(self._press_origin + shift))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._press = None
        if self._dragging:
            self._dragging = False
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            area: QRect = self.view.viewport().geometry()
            corner = nearest_corner(area, self.geometry().center())
            self.set_corner(corner)
            self.corner_chosen.emit(corner)
            event.accept()
            return
        # No drag: it was a click on the panel, which belongs to the board below.
        self._forward_mouse(press)
        self._forward_mouse(event)

    def relayout(self) -> None:
        if self._dragging:  # the ticking clock must not snap the panel back under the mouse
            self.adjustSize()
            return
        super().relayout()

    def _clamped(self, top_left: QPoint) -> QPoint:
        """`top_left` kept so the whole panel stays over the viewport."""
        area: QRect = self.view.viewport().geometry()
        x = min(max(top_left.x(), area.left()), max(area.left(), area.right() - self.width() + 1))
        y = min(max(top_left.y(), area.top()), max(area.top(), area.bottom() - self.height() + 1))
        return QPoint(x, y)

    # -- size --------------------------------------------------------------------------------

    def digits_pixel_size(self) -> int:
        return int(min(MAX_DIGITS_PX, max(MIN_DIGITS_PX, self.viewport_height() * DIGITS_SHARE)))

    def _scale_text(self) -> None:
        size = self.digits_pixel_size()
        font = QFont(self.font())
        font.setPixelSize(size)
        font.setBold(True)
        font.setFeature(QFont.Tag("tnum"), 1)  # tabular digits: the panel does not jiggle
        self.digits.setFont(font)
        small = QFont(self.font())
        small.setPixelSize(max(14, size * 3 // 10))
        small.setBold(True)
        self.state_label.setFont(small)
        # Wide enough for "00:00" at this size, so the panel keeps its width as time runs.
        self.digits.setMinimumWidth(self.digits.fontMetrics().horizontalAdvance("00:00") + 8)

    def resized(self) -> None:
        self._scale_text()
        self.relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        background, _ = _LOOKS[self.look()]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), _RADIUS, _RADIUS)
        painter.end()
