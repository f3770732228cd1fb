"""The vote badge on a note: a round dark badge with the vote count in its bottom-right corner,
kept at least ~16 screen pixels across at any zoom, so a tally reads from the back of a room (the
note's footer line, "3 votes", stays the printed form; the badge is the screen's)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from canvas_app.model.fonts import FAMILY

BADGE_FILL = QColor("#1A237E")
BADGE_INK = QColor("#FFFFFF")
MIN_SCENE_SIZE = 15.0  # points on the board at 100 %
MIN_SCREEN_PX = 16.0  # pixels on screen, whatever the zoom
_INSET = 3.0
_MAX_SHOWN = 99


def badge_rect(note: QRectF, scale: float) -> QRectF:
    """Where the badge goes on a note drawn at `scale` (screen pixels per board point)."""
    size = max(MIN_SCENE_SIZE, MIN_SCREEN_PX / max(scale, 1e-6))
    size = min(size, note.height() * 0.6, note.width() * 0.4)
    return QRectF(note.right() - _INSET - size, note.bottom() - _INSET - size, size, size)


def badge_text(votes: int) -> str:
    return str(votes) if votes <= _MAX_SHOWN else f"{_MAX_SHOWN}+"


def paint_vote_badge(painter: QPainter, note: QRectF, votes: int, scale: float) -> None:
    """Draw the badge for `votes` (nothing for none) on the note rectangle `note`."""
    if votes <= 0:
        return
    paint_badge(painter, badge_rect(note, scale), votes, scale)


def _text_size(rect: QRectF, text: str) -> int:
    """The count's pixel size in board points (the painter scales it): three digits still fit
    the circle."""
    share = 0.62 if len(text) == 1 else 0.5 if len(text) == 2 else 0.38
    return max(1, round(rect.height() * share))


def paint_badge(painter: QPainter, rect: QRectF, votes: int, scale: float,
                count: bool = True) -> None:
    """Draw the badge for `votes` filling `rect` (a badge_rect), at `scale` screen pixels per
    board point; without its count when not `count`."""
    painter.save()
    painter.setPen(QPen(BADGE_INK, max(0.8, 1.0 / max(scale, 1e-6))))
    painter.setBrush(BADGE_FILL)
    painter.drawEllipse(rect)
    if count:
        text = badge_text(votes)
        font = QFont(FAMILY)
        font.setBold(True)
        font.setPixelSize(_text_size(rect, text))
        painter.setFont(font)
        painter.setPen(BADGE_INK)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()


class BadgeStamps:
    """Vote badges for a picture drawn at `device_scale` device pixels per board point (the
    overview), each drawn once per count and size into a small image and then copied to every
    note that shows it: a large map at fit zoom has hundreds of badges, and drawing each circle
    and its text anew costs more than drawing the rest of the board (~15 ms for 1 000 notes).
    A copied badge is a whole number of device pixels wide and sits on whole pixels (each at
    most half a pixel from where paint_badge would put it); a count that would be under
    MIN_COUNT_PX tall (a smudge, not a digit) is left out, sparing Qt a font size per badge
    size at the first paint."""

    _PAD = 2  # device pixels around the circle for its antialiased ring
    MIN_COUNT_PX = 4

    def __init__(self, device_scale: float, scale: float) -> None:
        self._device_scale = device_scale
        self._scale = scale  # screen pixels per board point (sizes the badge and its ring)
        self._stamps: dict[tuple[str, int], QImage] = {}

    def paint(self, painter: QPainter, note: QRectF, votes: int) -> None:
        """Copy the badge for `votes` onto `note` (board points); `painter` draws in device
        pixels (an identity transform)."""
        if votes <= 0:
            return
        rect = badge_rect(note, self._scale)
        pixels = max(1, round(rect.width() * self._device_scale))
        key = (badge_text(votes), pixels)
        stamp = self._stamps.get(key)
        if stamp is None:
            stamp = self._stamps[key] = self._draw(votes, pixels)
        painter.drawImage(QPoint(round(rect.x() * self._device_scale) - self._PAD,
                                 round(rect.y() * self._device_scale) - self._PAD), stamp)

    def _draw(self, votes: int, pixels: int) -> QImage:
        side = pixels + 2 * self._PAD
        stamp = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        stamp.fill(Qt.GlobalColor.transparent)
        painter = QPainter(stamp)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(self._PAD, self._PAD)
        painter.scale(self._device_scale, self._device_scale)
        size = pixels / self._device_scale
        rect = QRectF(0.0, 0.0, size, size)
        count = _text_size(rect, badge_text(votes)) * self._device_scale >= self.MIN_COUNT_PX
        paint_badge(painter, rect, votes, self._scale, count)
        painter.end()
        return stamp
