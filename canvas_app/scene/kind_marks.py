"""Note kinds without colour: a translated name and a small glyph per kind.

Colour is never the only signal of a note's kind: every note on the board carries its kind's
glyph in its top-right corner (inside the note's padding, so it never covers text), and the
palette, legend and filters show the same glyph beside the kind's name. A plain note (the "Note"
kind) has none: the absence of a mark is its mark. The shapes and the glyph's box are the core's
(model/kind_glyphs.py), which the PDF and SVG exports draw too; this module makes Qt paths of
them (one per kind and size, kept).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from canvas_app.model import kind_glyphs
from canvas_app.model.kind_glyphs import GLYPH_SIZE, glyph_box
from canvas_app.model.kinds import NoteKind
from canvas_app.model.layout_geometry import Rect

__all__ = ["GLYPH_SIZE", "glyph_path", "glyph_rect", "kind_label", "paint_glyph"]


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
    """Where a note's glyph goes: its top-right corner, inside the padding (the layout's box,
    model/kind_glyphs.glyph_box, which the PDF and SVG use too)."""
    box = glyph_box(Rect(note_rect.x(), note_rect.y(), note_rect.width(), note_rect.height()))
    return QRectF(box.x, box.y, box.width, box.height)


@lru_cache(maxsize=256)
def _local_path(kind: NoteKind, width: float, height: float) -> QPainterPath:
    """`kind`'s glyph in a box of this size at the origin (shared: never modify it)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    found = kind_glyphs.glyph(kind)
    if found is None:
        return path
    box = Rect(0.0, 0.0, width, height)
    for unit_shape in found.shapes:
        shape = kind_glyphs.place(unit_shape, box)
        if isinstance(shape, kind_glyphs.Polygon):
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in shape.points]))
            if shape.closed:
                path.closeSubpath()
        elif isinstance(shape, kind_glyphs.Ellipse):
            path.addEllipse(QPointF(*shape.center), shape.rx, shape.ry)
        elif isinstance(shape, kind_glyphs.Curve):
            path.moveTo(*shape.start)
            for c1, c2, end in shape.pieces:
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
            if shape.closed:
                path.closeSubpath()
        else:
            path.addRect(QRectF(*shape))
    return path


def glyph_path(kind: NoteKind, rect: QRectF) -> tuple[QPainterPath, bool]:
    """The glyph of `kind` inside `rect` and whether it is filled (else stroked)."""
    found = kind_glyphs.glyph(kind)
    path = _local_path(kind, rect.width(), rect.height()).translated(rect.topLeft())
    return path, found is None or found.filled


def paint_glyph(painter: QPainter, kind: NoteKind, rect: QRectF, color: QColor) -> None:
    """Draw `kind`'s glyph in `rect` in `color` (nothing for a plain note)."""
    found = kind_glyphs.glyph(kind)
    if found is None:
        return
    path = _local_path(kind, rect.width(), rect.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(rect.topLeft())
    if found.filled:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
    else:
        pen = QPen(color, kind_glyphs.stroke_width(Rect(0.0, 0.0, rect.width(), rect.height())))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()
