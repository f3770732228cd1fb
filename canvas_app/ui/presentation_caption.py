"""The caption of presentation mode: where the room is — "Stage 2 of 5: Decision — Thoughts" —
in the bottom-right corner of the presenting board (the
current voter takes the bottom-left, the timer the top-right), in type as large as the notes' (the 2.5 %
floor), white on a dark plate. Hidden on the whole-map step, where the headers say it all."""

from __future__ import annotations

import re
from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.scene.presentation_steps import LEGIBLE_FRACTION, Step

_PLACEHOLDER = re.compile(r"%([1-9])")
_MARGIN = 16


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresentationCaption", text)


def _fill(template: str, *args: object) -> str:
    """%1, %2… replaced in one pass (a title containing "%2" is left alone)."""
    return _PLACEHOLDER.sub(lambda m: str(args[int(m.group(1)) - 1])
                            if int(m.group(1)) <= len(args) else m.group(0), template)


def caption_text(layout: BoardLayout, step: Step) -> str:
    """The caption of `step` ("" for the whole map)."""
    if step.stage is None or not layout.stages:
        return ""
    stage = layout.stages[step.stage]
    title = " ".join(stage.title.lines) or _tr("untitled")
    if step.lane is None or not layout.lanes:
        return _fill(_tr("Stage %1 of %2: %3"), step.stage + 1, len(layout.stages), title)
    lane = layout.lanes[step.lane]
    lane_title = " ".join(lane.title.lines) or _tr("untitled")
    return _fill(_tr("Stage %1 of %2: %3 — %4"), step.stage + 1, len(layout.stages), title,
                 lane_title)


class PresentationCaption(QLabel):
    """A plain-text label over the bottom-right corner of `viewport`."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("presentation_caption")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setStyleSheet("QLabel { color: #FFFFFF; background: rgba(16, 18, 20, 215);"
                           " border-radius: 8px; padding: 6px 14px; }")
        self.hide()

    def show_step(self, layout: BoardLayout, step: Step) -> None:
        text = caption_text(layout, step)
        viewport: Optional[QWidget] = self.parentWidget()
        if not text or viewport is None:
            self.hide()
            return
        font = QFont(self.font())
        font.setPixelSize(max(12, round(LEGIBLE_FRACTION * viewport.height())))
        font.setBold(True)
        self.setFont(font)
        self.setText(text)
        self.setAccessibleName(text)
        self.setMaximumWidth(max(100, viewport.width() - 2 * _MARGIN))
        self.adjustSize()
        self.move(max(_MARGIN, viewport.width() - self.width() - _MARGIN),
                  viewport.height() - self.height() - _MARGIN)
        self.show()
        self.raise_()
