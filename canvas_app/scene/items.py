"""The board's items: each paints one layout record (or the backdrop) and nothing else.

Items know no document and handle no input: the scene hands them new records, the view turns
input into editor calls. `set_record` repaints only when the record really changed, and a note
whose box only moved is just repositioned. `PAINTS` counts paint calls per item kind, so tests and
the benchmark can check that an edit repaints O(1) items.
"""

from __future__ import annotations

from collections import Counter
from typing import Generic, Optional, TypeVar

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas_app.model.layout_geometry import (
    BlueprintLineLayout,
    BoardLayout,
    ConnectorLayout,
    EmotionCurve,
    LaneRow,
    NoteBox,
    PhaseHeader,
    StageHeader,
)
from canvas_app.model.kinds import NoteKind
from canvas_app.scene import layout_painter as lp
from canvas_app.scene import screen_style
from canvas_app.scene.hidden_mark import (
    HIDDEN_OPACITY,
    hidden_mark_rect,
    lane_mark_rect,
    paint_hidden_mark,
)
from canvas_app.scene.stage_mark import paint_stage_mark
from canvas_app.scene.vote_badge import paint_vote_badge

PAINTS: Counter[str] = Counter()

ACCENT = QColor("#1565C0")
MATCH = QColor("#F9A825")
_SELECTION_WIDTH = 2.4
_OUTLINE_GAP = 2.0
_DIMMED_OPACITY = 0.25


def _scale(option: QStyleOptionGraphicsItem, painter: QPainter) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform()) or 1.0


R = TypeVar("R")


class RecordItem(QGraphicsItem, Generic[R]):
    """An item drawing one record in scene coordinates (its position stays at the origin)."""

    KIND = "record"

    def __init__(self, record: R, parent: Optional[QGraphicsItem] = None) -> None:
        super().__init__(parent)
        self.record = record
        self._bounds = self.bounds_of(record)

    def bounds_of(self, record: R) -> QRectF:
        raise NotImplementedError

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_record(self, record: R) -> bool:
        """Show `record`; repaint (and re-index if it grew or moved) only if it changed."""
        if record == self.record:
            return False
        bounds = self.bounds_of(record)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.record = record
        self.update()
        return True

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        PAINTS[self.KIND] += 1
        with screen_style.on_screen():
            self.paint_record(painter, _scale(option, painter))

    def paint_record(self, painter: QPainter, scale: float) -> None:
        raise NotImplementedError


class NoteItem(QGraphicsItem):
    """A sticky note, positioned at its box's top-left so a note that only moves is not redrawn
    from scratch. Carries the view state the scene sets: selected, current, dimmed, matched. Its
    kind comes with its box and is drawn as a glyph in the corner (layout_painter.paint_note), so
    colour is not the only sign of it."""

    KIND = "note"

    def __init__(self, box: NoteBox, radius: float, parent: Optional[QGraphicsItem] = None) -> None:
        super().__init__(parent)
        self.box = box
        self._radius = radius
        self.selected = False
        self.current = False
        self.matched = False
        self.votes = 0
        self.hidden_mark = False  # hidden from the audience: dimmed, with an eye-slash mark
        self._dimmed = False
        self._bounds = self._bounds_of(box)
        self.setPos(box.rect.x, box.rect.y)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @staticmethod
    def _bounds_of(box: NoteBox) -> QRectF:
        # Room for the selection outline around the note (the shadow fits inside it), and no
        # more: neighbours are a note gap apart, so their bounds must not overlap, or an update
        # of one note would repaint the next.
        margin = _OUTLINE_GAP + _SELECTION_WIDTH / 2 + 0.4
        bottom = max(margin, lp.note_shadow_margin())
        return QRectF(-margin, -margin, box.rect.width + 2 * margin,
                      box.rect.height + margin + bottom)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def set_box(self, box: NoteBox) -> bool:
        """Show `box`: a note that only moved is repositioned, a changed one repainted."""
        old = self.box
        if box is old:  # a cell the layout reused (model/layout.py, LayoutMemo)
            return False
        # Cheap checks first (this runs for every note on every edit): the same place and the
        # same wrapped lines and colours mean the same drawing.
        if old.rect == box.rect and old.text.lines == box.text.lines and old.fill == box.fill \
                and old.footer == box.footer and old.text.color == box.text.color \
                and old.border == box.border and old.kind is box.kind:
            self.box = box
            return False
        resized = old.rect.width != box.rect.width or old.rect.height != box.rect.height
        if resized:
            self.prepareGeometryChange()
            self._bounds = self._bounds_of(box)
        self.box = box
        if old.rect.x != box.rect.x or old.rect.y != box.rect.y:
            self.setPos(box.rect.x, box.rect.y)
        if resized or _looks_different(old, box):
            self.update()
        return True

    def set_state(self, selected: bool, current: bool) -> None:
        if selected != self.selected or current != self.current:
            self.selected = selected
            self.current = current
            self.update()

    @property
    def kind(self) -> NoteKind:
        """The note's kind, shown by its glyph (a custom colour can hide what the fill says)."""
        return self.box.kind

    def set_votes(self, votes: int) -> None:
        """The note's votes, shown as a badge big enough to read on a projector."""
        if votes != self.votes:
            self.votes = votes
            self.update()

    def set_hidden_mark(self, hidden: bool) -> None:
        """Mark the note as hidden from the audience (the editor's board only)."""
        if hidden != self.hidden_mark:
            self.hidden_mark = hidden
            self._apply_opacity()
            self.update()

    def _apply_opacity(self) -> None:
        opacity = _DIMMED_OPACITY if self._dimmed else 1.0
        self.setOpacity(opacity * (HIDDEN_OPACITY if self.hidden_mark else 1.0))

    def set_highlight(self, dimmed: bool, matched: bool) -> None:
        self._dimmed = dimmed
        self._apply_opacity()
        if matched != self.matched:
            self.matched = matched
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        PAINTS[self.KIND] += 1
        scale = _scale(option, painter)
        rect = self.box.rect
        painter.translate(-rect.x, -rect.y)
        with screen_style.on_screen():
            lp.paint_note(painter, self.box, self._radius, scale)
            paint_vote_badge(painter, lp.qrect(rect), self.votes, scale)
            if self.hidden_mark:
                color = screen_style.text_color(self.box.text.color)
                paint_hidden_mark(painter, hidden_mark_rect(lp.qrect(rect)), lp.qcolor(color))
        if self.selected or self.matched or self.current:
            painter.translate(rect.x, rect.y)
            self._paint_outline(painter, scale)

    def _paint_outline(self, painter: QPainter, scale: float) -> None:
        rect = self.box.rect
        gap = _OUTLINE_GAP
        outline = QRectF(-gap, -gap, rect.width + 2 * gap, rect.height + 2 * gap)
        color = ACCENT if self.selected or self.current else MATCH
        # Thicker when zoomed out, but never past the item's bounds.
        pen = QPen(color, min(max(_SELECTION_WIDTH, 1.5 / scale), 2 * _OUTLINE_GAP))
        if self.current and not self.selected:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = self._radius + gap
        painter.drawRoundedRect(outline, radius, radius)
        if self.matched and (self.selected or self.current):
            # A search match that is also selected keeps a thin amber ring inside the blue one.
            painter.setPen(QPen(MATCH, 1.2))
            inner = outline.adjusted(1.8, 1.8, -1.8, -1.8)
            painter.drawRoundedRect(inner, radius, radius)


def _looks_different(old: NoteBox, new: NoteBox) -> bool:
    """True when the note's drawing changes, not only its place."""
    if old.fill != new.fill or old.border != new.border or old.kind is not new.kind:
        return True
    if old.text.lines != new.text.lines or old.text.color != new.text.color:
        return True
    if (old.footer is None) != (new.footer is None):
        return True
    return old.footer is not None and new.footer is not None and (
        old.footer.lines != new.footer.lines or old.footer.color != new.footer.color)


class BackdropItem(RecordItem[BoardLayout]):
    """Lane bands, lane header fills, emotion bands and the grid: one item under everything,
    painting only the exposed part. Its record is the layout; it repaints when those parts change."""

    KIND = "backdrop"

    def __init__(self, layout: BoardLayout, parent: Optional[QGraphicsItem] = None) -> None:
        super().__init__(layout, parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def bounds_of(self, record: BoardLayout) -> QRectF:
        return QRectF(0.0, 0.0, record.width, record.height)

    def set_record(self, record: BoardLayout) -> bool:
        old = self.record
        if (old.lanes == record.lanes and old.grid == record.grid and old.width == record.width
                and [c.band for c in old.curves] == [c.band for c in record.curves]):
            self.record = record  # nothing this item draws has changed
            return False
        return super().set_record(record)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        PAINTS[self.KIND] += 1
        layout = self.record
        area = option.exposedRect if not option.exposedRect.isEmpty() else self._bounds
        scale = _scale(option, painter)
        painter.fillRect(area.intersected(self._bounds), lp.qcolor(layout.background))
        for lane in layout.lanes:
            if lp.qrect(lane.rect).intersects(area):
                _paint_band(painter, lane, layout.background)
        for curve in layout.curves:
            if lp.qrect(curve.band).intersects(area):
                lp.paint_curve_band(painter, curve)
        with screen_style.on_screen():
            lp.paint_grid(painter, layout, area, scale)


def _paint_band(painter: QPainter, lane: LaneRow, background: str) -> None:
    if lane.fill != background:
        painter.fillRect(lp.qrect(lane.rect), lp.qcolor(lane.fill))
    painter.fillRect(lp.qrect(lane.header), lp.qcolor(lane.header_fill))


class LaneTitleItem(RecordItem[LaneRow]):
    """A lane header's title (its fill is part of the backdrop, under the grid)."""

    KIND = "lane"

    def __init__(self, record: LaneRow, parent: Optional[QGraphicsItem] = None) -> None:
        super().__init__(record, parent)
        self.hidden_mark = False  # the lane is hidden from the audience (the editor's board)

    def bounds_of(self, record: LaneRow) -> QRectF:
        return lp.qrect(record.header)

    def set_hidden_mark(self, hidden: bool) -> None:
        if hidden != self.hidden_mark:
            self.hidden_mark = hidden
            self.update()

    def paint_record(self, painter: QPainter, scale: float) -> None:
        lp.draw_block(painter, self.record.title, scale)
        if self.hidden_mark:
            header = lp.qrect(self.record.header)
            color = lp.qcolor(screen_style.text_color(self.record.title.color))
            paint_hidden_mark(painter, lane_mark_rect(header), color)


class StageHeaderItem(RecordItem[StageHeader]):
    KIND = "stage"

    def __init__(self, record: StageHeader, parent: Optional[QGraphicsItem] = None) -> None:
        super().__init__(record, parent)
        self.marked = False

    def bounds_of(self, record: StageHeader) -> QRectF:
        return lp.qrect(record.rect)

    def set_marked(self, marked: bool) -> None:
        """Marked stages (chosen for a new phase) get a bright bar and outline (stage_mark.py)."""
        if marked != self.marked:
            self.marked = marked
            self.update()

    def paint_record(self, painter: QPainter, scale: float) -> None:
        lp.paint_stage_header(painter, self.record, scale)
        if self.marked:
            paint_stage_mark(painter, lp.qrect(self.record.rect), scale)


class PhaseHeaderItem(RecordItem[PhaseHeader]):
    KIND = "phase"

    def bounds_of(self, record: PhaseHeader) -> QRectF:
        return lp.qrect(record.rect)

    def paint_record(self, painter: QPainter, scale: float) -> None:
        lp.paint_phase_header(painter, self.record, scale)


class BlueprintLineItem(RecordItem[BlueprintLineLayout]):
    KIND = "line"

    def bounds_of(self, record: BlueprintLineLayout) -> QRectF:
        label = record.label
        top = (label.baselines[0] - label.size * 1.2) if label.lines else record.y - 2.0
        return QRectF(record.x_start, top, record.x_end - record.x_start,
                      record.y + record.width + 2.0 - top)

    def paint_record(self, painter: QPainter, scale: float) -> None:
        lp.paint_blueprint_line(painter, self.record, scale)


class CurveItem(RecordItem[EmotionCurve]):
    """An emotion lane's curve, markers and hints; its band tint is part of the backdrop."""

    KIND = "curve"

    def __init__(self, record: EmotionCurve, background: str,
                 parent: Optional[QGraphicsItem] = None) -> None:
        super().__init__(record, parent)
        self._background = background

    def bounds_of(self, record: EmotionCurve) -> QRectF:
        margin = record.marker_radius + record.line_width + 2.0
        return lp.qrect(record.band).adjusted(-margin, -margin, margin, margin)

    def paint_record(self, painter: QPainter, scale: float) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        lp.paint_curve(painter, self.record, self._background, scale)


class ConnectorItem(RecordItem[ConnectorLayout]):
    KIND = "connector"

    def __init__(self, record: ConnectorLayout, background: str,
                 parent: Optional[QGraphicsItem] = None) -> None:
        super().__init__(record, parent)
        self._background = background

    def bounds_of(self, record: ConnectorLayout) -> QRectF:
        return lp.connector_bounds(record)

    def paint_record(self, painter: QPainter, scale: float) -> None:
        lp.paint_connector(painter, self.record, self._background, scale)
