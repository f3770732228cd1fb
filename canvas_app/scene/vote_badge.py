"""The vote badge on a note: a round dark badge with the vote count in its bottom-right corner,
kept at least ~16 screen pixels across at any zoom, so a tally reads from the back of a room (the
note's footer line, "3 votes", stays the printed form; the badge is the screen's)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

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
    rect = badge_rect(note, scale)
    painter.save()
    painter.setPen(QPen(BADGE_INK, max(0.8, 1.0 / max(scale, 1e-6))))
    painter.setBrush(BADGE_FILL)
    painter.drawEllipse(rect)
    text = badge_text(votes)
    font = QFont(FAMILY)
    font.setBold(True)
    # Sized in board points (the painter scales it); three digits still fit the circle.
    share = 0.62 if len(text) == 1 else 0.5 if len(text) == 2 else 0.38
    font.setPixelSize(max(1, round(rect.height() * share)))
    painter.setFont(font)
    painter.setPen(BADGE_INK)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
