"""Note kinds without colour: a translated name and a small glyph per kind.

Colour is never the only signal of a note's kind: every note on the board carries its kind's
glyph in its top-right corner (inside the note's padding, so it never covers text), and the
palette, legend and filters show the same glyph beside the kind's name. A plain note (the "Note"
kind) has none: the absence of a mark is its mark.
"""

from __future__ import annotations

from math import cos, pi, sin

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from canvas_app.model.kinds import NoteKind

# The glyph's box on a note: in the top padding band, right of the text column.
GLYPH_SIZE = 7.0
GLYPH_INSET = 1.6


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteKind", text)


def kind_label(kind: NoteKind) -> str:
    """The kind's name in the interface language."""
    labels = {
        NoteKind.NOTE: _tr("Note"),
        NoteKind.ACTION: _tr("Action"),
        NoteKind.THOUGHT: _tr("Thought"),
        NoteKind.EMOTION: _tr("Emotion"),
        NoteKind.TOUCHPOINT: _tr("Touchpoint"),
        NoteKind.CHANNEL: _tr("Channel"),
        NoteKind.PAIN_POINT: _tr("Pain point"),
        NoteKind.OPPORTUNITY: _tr("Opportunity"),
        NoteKind.IDEA: _tr("Idea"),
        NoteKind.GOAL: _tr("Goal"),
        NoteKind.KPI: _tr("KPI"),
        NoteKind.EVIDENCE: _tr("Evidence"),
        NoteKind.FRONTSTAGE: _tr("Frontstage"),
        NoteKind.BACKSTAGE: _tr("Backstage"),
        NoteKind.SUPPORT: _tr("Support"),
        NoteKind.QUESTION: _tr("Question"),
    }
    return labels[kind]


def glyph_rect(note_rect: QRectF) -> QRectF:
    """Where a note's glyph goes: its top-right corner, inside the padding."""
    return QRectF(note_rect.right() - GLYPH_INSET - GLYPH_SIZE - 1.0,
                  note_rect.top() + GLYPH_INSET, GLYPH_SIZE, GLYPH_SIZE)


def _polygon(points: list[tuple[float, float]], rect: QRectF) -> QPolygonF:
    """Points given in a unit square, placed in `rect`."""
    return QPolygonF([QPointF(rect.x() + x * rect.width(), rect.y() + y * rect.height())
                      for x, y in points])


def _star(rect: QRectF, spikes: int, inner: float) -> QPolygonF:
    points = []
    for i in range(spikes * 2):
        radius = 0.5 if i % 2 == 0 else 0.5 * inner
        angle = -pi / 2 + i * pi / spikes
        points.append((0.5 + radius * cos(angle), 0.5 + radius * sin(angle)))
    return _polygon(points, rect)


def glyph_path(kind: NoteKind, rect: QRectF) -> tuple[QPainterPath, bool]:
    """The glyph of `kind` inside `rect` and whether it is filled (else stroked)."""
    path = QPainterPath()
    filled = True
    r = rect
    if kind is NoteKind.ACTION:  # ▶ doing something
        path.addPolygon(_polygon([(0.15, 0.05), (0.95, 0.5), (0.15, 0.95)], r))
    elif kind is NoteKind.THOUGHT:  # ○ a thought bubble
        path.addEllipse(r.adjusted(0.8, 0.8, -0.8, -0.8))
        filled = False
    elif kind is NoteKind.EMOTION:  # ♥
        w, h, x, y = r.width(), r.height(), r.x(), r.y()
        path.moveTo(x + 0.5 * w, y + 0.95 * h)
        path.cubicTo(x - 0.1 * w, y + 0.5 * h, x + 0.1 * w, y - 0.05 * h, x + 0.5 * w, y + 0.3 * h)
        path.cubicTo(x + 0.9 * w, y - 0.05 * h, x + 1.1 * w, y + 0.5 * h, x + 0.5 * w, y + 0.95 * h)
    elif kind is NoteKind.TOUCHPOINT:  # ● a point of contact
        path.addEllipse(r.adjusted(0.6, 0.6, -0.6, -0.6))
    elif kind is NoteKind.CHANNEL:  # two rails
        path.addRect(QRectF(r.x(), r.y() + 0.15 * r.height(), r.width(), 0.25 * r.height()))
        path.addRect(QRectF(r.x(), r.y() + 0.6 * r.height(), r.width(), 0.25 * r.height()))
    elif kind is NoteKind.PAIN_POINT:  # ▲ a warning
        path.addPolygon(_polygon([(0.5, 0.0), (1.0, 0.95), (0.0, 0.95)], r))
    elif kind is NoteKind.OPPORTUNITY:  # ★
        path.addPolygon(_star(r, 5, 0.45))
    elif kind is NoteKind.IDEA:  # ✳ a spark
        path.addPolygon(_star(r, 8, 0.35))
    elif kind is NoteKind.GOAL:  # ◎ a target
        path.addEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5))
        path.addEllipse(r.adjusted(0.3 * r.width(), 0.3 * r.height(),
                                   -0.3 * r.width(), -0.3 * r.height()))
        filled = False
    elif kind is NoteKind.KPI:  # three rising bars
        for i, height in enumerate((0.45, 0.7, 1.0)):
            path.addRect(QRectF(r.x() + i * 0.36 * r.width(), r.bottom() - height * r.height(),
                                0.28 * r.width(), height * r.height()))
    elif kind is NoteKind.EVIDENCE:  # ■ a document
        path.addRect(r.adjusted(0.6, 0.3, -0.6, -0.3))
    elif kind is NoteKind.FRONTSTAGE:  # ◇ seen by the customer
        path.addPolygon(_polygon([(0.5, 0.0), (1.0, 0.5), (0.5, 1.0), (0.0, 0.5), (0.5, 0.0)], r))
        filled = False
    elif kind is NoteKind.BACKSTAGE:  # ◆ hidden from the customer
        path.addPolygon(_polygon([(0.5, 0.0), (1.0, 0.5), (0.5, 1.0), (0.0, 0.5)], r))
    elif kind is NoteKind.SUPPORT:  # ✚
        t = 0.3
        path.addRect(QRectF(r.x() + (0.5 - t / 2) * r.width(), r.y(), t * r.width(), r.height()))
        path.addRect(QRectF(r.x(), r.y() + (0.5 - t / 2) * r.height(), r.width(), t * r.height()))
        path.setFillRule(Qt.FillRule.WindingFill)
    elif kind is NoteKind.QUESTION:  # ? drawn as a hook and a dot
        w, h, x, y = r.width(), r.height(), r.x(), r.y()
        path.moveTo(x + 0.2 * w, y + 0.3 * h)
        path.cubicTo(x + 0.2 * w, y - 0.05 * h, x + 0.85 * w, y - 0.05 * h,
                     x + 0.8 * w, y + 0.3 * h)
        path.cubicTo(x + 0.75 * w, y + 0.5 * h, x + 0.5 * w, y + 0.45 * h, x + 0.5 * w, y + 0.7 * h)
        path.addEllipse(QPointF(x + 0.5 * w, y + 0.92 * h), 0.09 * w, 0.09 * h)
        filled = False
    return path, filled


def paint_glyph(painter: QPainter, kind: NoteKind, rect: QRectF, color: QColor) -> None:
    """Draw `kind`'s glyph in `rect` in `color` (nothing for a plain note)."""
    path, filled = glyph_path(kind, rect)
    if path.isEmpty():
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if filled:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
    else:
        pen = QPen(color, max(rect.width() * 0.16, 0.8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()
