"""Board items for the funnel row and the campaign band: the strips behind them, the funnel
bars (one item: every bar's width depends on the largest count) and one card item per stage, so
editing one stage's campaign card repaints that card only."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from canvas_app.model.layout_stage_details import FunnelRow, HeaderStrip, StageDetailsBox
from canvas_app.scene import stage_details_painter as sp
from canvas_app.scene.items import RecordItem
from canvas_app.scene.layout_painter import qrect


class HeaderStripItem(RecordItem[HeaderStrip]):
    KIND = "strip"

    def bounds_of(self, record: HeaderStrip) -> QRectF:
        return qrect(record.rect)

    def paint_record(self, painter: QPainter, scale: float) -> None:
        sp.paint_strip(painter, self.record, scale)


class FunnelItem(RecordItem[FunnelRow]):
    KIND = "funnel"

    def bounds_of(self, record: FunnelRow) -> QRectF:
        return qrect(record.strip.rect)

    def paint_record(self, painter: QPainter, scale: float) -> None:
        sp.paint_funnel(painter, self.record, scale)


class StageDetailsItem(RecordItem[StageDetailsBox]):
    KIND = "stage_details"

    def bounds_of(self, record: StageDetailsBox) -> QRectF:
        return qrect(record.rect).adjusted(-1.0, -1.0, 1.0, 1.0)

    def paint_record(self, painter: QPainter, scale: float) -> None:
        sp.paint_details_box(painter, self.record, scale)
