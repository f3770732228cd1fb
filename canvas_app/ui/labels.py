"""Translated names of the model's vocabularies (note kinds, lane kinds, evidence) and swatches.

The model keeps English/Vietnamese labels for maps; the interface goes through Qt's translation
so a future .qm file translates it like every other string.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from canvas_app.model.kinds import KIND_COLORS, Evidence, LaneKind, NoteKind

__all__ = ["kind_label", "kind_icon", "lane_kind_label", "evidence_label", "emotion_label",
           "kind_color", "swatch_icon", "fill"]


def _tr(text: str, context: str) -> str:
    return QCoreApplication.translate(context, text)


def kind_label(kind: NoteKind) -> str:
    """The kind's name in the interface language (scene/kind_marks.py, imported on use: the
    main window imports this module before its first paint, which draws no kind glyph)."""
    from canvas_app.scene.kind_marks import kind_label as label

    return label(kind)


def lane_kind_label(kind: LaneKind) -> str:
    labels = {
        LaneKind.ACTIONS: _tr("Actions", "LaneKind"),
        LaneKind.THOUGHTS: _tr("Thoughts", "LaneKind"),
        LaneKind.EMOTIONS: _tr("Emotions", "LaneKind"),
        LaneKind.TOUCHPOINTS: _tr("Touchpoints", "LaneKind"),
        LaneKind.CHANNELS: _tr("Channels", "LaneKind"),
        LaneKind.PAIN_POINTS: _tr("Pain points", "LaneKind"),
        LaneKind.OPPORTUNITIES: _tr("Opportunities", "LaneKind"),
        LaneKind.GOALS: _tr("Goals", "LaneKind"),
        LaneKind.KPIS: _tr("KPIs", "LaneKind"),
        LaneKind.PHYSICAL_EVIDENCE: _tr("Physical evidence", "LaneKind"),
        LaneKind.FRONTSTAGE: _tr("Frontstage", "LaneKind"),
        LaneKind.BACKSTAGE: _tr("Backstage", "LaneKind"),
        LaneKind.SUPPORT_PROCESSES: _tr("Support processes", "LaneKind"),
        LaneKind.NOTES: _tr("Notes", "LaneKind"),
    }
    return labels[kind]


def evidence_label(evidence: Evidence) -> str:
    labels = {
        Evidence.OBSERVED: _tr("Observed", "Evidence"),
        Evidence.ASSUMED: _tr("Assumed", "Evidence"),
        Evidence.PROPOSED: _tr("Proposed", "Evidence"),
    }
    return labels[evidence]


def emotion_label(score: int) -> str:
    """A score with its meaning, so the number is never the only signal."""
    labels = {
        -2: _tr("−2 very negative", "Emotion"),
        -1: _tr("−1 negative", "Emotion"),
        0: _tr("0 neutral", "Emotion"),
        1: _tr("+1 positive", "Emotion"),
        2: _tr("+2 very positive", "Emotion"),
    }
    return labels[score]


def kind_color(kind: NoteKind) -> QColor:
    return QColor(KIND_COLORS[kind])


def swatch_icon(color: QColor, size: int = 16) -> QIcon:
    """A filled square with a dark border, readable on light and dark palettes."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 140), 1))
    painter.setBrush(color)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def kind_icon(kind: NoteKind, size: int = 16) -> QIcon:
    """The kind's colour swatch with its glyph (the mark its notes carry on the board), so the
    kinds differ by shape as well as by colour."""
    pixmap = swatch_icon(kind_color(kind), size).pixmap(size, size)
    painter = QPainter(pixmap)
    inset = size * 0.25
    from canvas_app.scene.kind_marks import paint_glyph

    paint_glyph(painter, kind, QRectF(inset, inset, size - 2 * inset, size - 2 * inset),
                QColor("#1D2530"))
    painter.end()
    return QIcon(pixmap)


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(text: str, *args: object) -> str:
    """`text` (already translated) with %1, %2… replaced by `args`, in one pass, so a file name
    or title that itself contains "%2" is never substituted."""

    def replace(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if number <= len(args) else match.group(0)

    return _PLACEHOLDER.sub(replace, text)
