"""Completeness findings as small badges on the board: a warning glyph and a count on each note
or stage header with open findings, the findings named in the badge's tooltip.

Badges are editor-only. They are a layer of their own (`BADGE_Z`, above every board item) made by
`CheckBadges` for the editor's view, never by the scene itself, so a view built on its own scene
for the audience has none; a view sharing the editor's scene hides them by setting the dynamic
property `AUDIENCE_PROPERTY` ("audience") to True (badges then paint nothing there). The PDF, SVG
and PNG exports draw the layout, never scene items, so badges never reach them.

The findings of the current note (or of a marked stage, in its cells) are added to the board's
accessible description, so a screen reader hears them. The badge's tooltip (its `description()`, every problem it stands for) is made when the pointer
rests on it. Updates follow the CheckMonitor (only badges whose findings changed are touched) and the scene's
layout (badges move with their notes); at overview zoom the notes' badges hide with the notes.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from canvas_app.document.check_monitor import CheckMonitor
from canvas_app.model.checks import Finding
from canvas_app.model.layout_geometry import Rect
from canvas_app.scene.board_view import BoardView

BADGE_Z = 10.0
AUDIENCE_PROPERTY = "audience"
BADGE_HEIGHT = 16.0
_FILL = QColor("#FFF3E0")
_INK = QColor("#B23C00")  # dark orange: 6:1 on the badge's fill
_TEXT = QColor("#3E2723")
_PLACEHOLDER = re.compile(r"%([1-9])")


def _tr(text: str) -> str:
    return QCoreApplication.translate("checks", text)


def finding_text(finding: Finding) -> str:
    """The finding's message in the interface language, its %1, %2 filled in one pass."""
    stage, note = finding.params
    args = (stage or _tr("untitled"), note or _tr("empty note"))
    template = _tr(finding.message)
    return _PLACEHOLDER.sub(
        lambda m: args[int(m.group(1)) - 1] if int(m.group(1)) <= len(args) else m.group(0),
        template)


def paint_badge_glyph(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """A warning triangle with an exclamation mark, filling `rect` (also the panel's icon)."""
    path = QPainterPath()
    path.moveTo(rect.center().x(), rect.top())
    path.lineTo(rect.right(), rect.bottom())
    path.lineTo(rect.left(), rect.bottom())
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(path)
    mark = QColor("#FFFFFF")
    width = max(1.0, rect.width() * 0.14)
    x = rect.center().x() - width / 2
    painter.fillRect(QRectF(x, rect.top() + rect.height() * 0.34, width, rect.height() * 0.36),
                     mark)
    painter.fillRect(QRectF(x, rect.top() + rect.height() * 0.78, width, width), mark)


class BadgeItem(QGraphicsItem):
    """The badge of one note or stage: glyph and number of open findings."""

    def __init__(self, target: str, on_stage: bool) -> None:
        super().__init__()
        self.target = target
        self.on_stage = on_stage
        self.findings: tuple[Finding, ...] = ()
        self._label = ""
        self._width = BADGE_HEIGHT
        self.setZValue(BADGE_Z)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setData(0, "editor-only")

    def set_findings(self, findings: tuple[Finding, ...], font: QFont) -> None:
        self.findings = findings
        self._label = str(len(findings))
        width = _label_width(self._label, font)
        if width != self._width:
            self.prepareGeometryChange()
            self._width = width
        self.update()

    def description(self) -> str:
        """Every problem the badge stands for, one per line, in the interface language."""
        return "\n".join(finding_text(f) for f in self.findings)

    def place(self, rect: Rect) -> None:
        """Sit on the top-right corner of a note or stage header, straddling its top edge (a
        header's title is centred vertically, so the badge never covers it)."""
        if self.on_stage:
            self.setPos(rect.right - self._width - 4.0, rect.y - BADGE_HEIGHT / 2 - 1.0)
        else:
            self.setPos(rect.right - self._width + 4.0, rect.y - BADGE_HEIGHT + 6.0)

    def boundingRect(self) -> QRectF:
        return QRectF(-1.0, -1.0, self._width + 2.0, BADGE_HEIGHT + 2.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Optional[QWidget] = None) -> None:
        view = widget.parentWidget() if widget is not None else None
        if view is not None and view.property(AUDIENCE_PROPERTY):
            return  # editor-only: nothing on the audience's screen
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(0.0, 0.0, self._width, BADGE_HEIGHT)
        painter.setPen(QPen(_INK, 1.2))
        painter.setBrush(_FILL)
        painter.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), 8.0, 8.0)
        paint_badge_glyph(painter, QRectF(4.0, 3.0, 11.0, 10.0), _INK)
        painter.setPen(_TEXT)
        painter.setFont(_badge_font())
        painter.drawText(QRectF(16.0, 0.0, self._width - 19.0, BADGE_HEIGHT),
                         Qt.AlignmentFlag.AlignCenter, self._label)


_FONT: Optional[QFont] = None
_WIDTHS: dict[str, float] = {}


def _label_width(label: str, font: QFont) -> float:
    width = _WIDTHS.get(label)
    if width is None:
        width = _WIDTHS[label] = (BADGE_HEIGHT + QFontMetricsF(font).horizontalAdvance(label)
                                  + 5.0)
    return width


def _badge_font() -> QFont:
    global _FONT
    if _FONT is None:
        _FONT = QFont()
        _FONT.setPixelSize(10)
        _FONT.setBold(True)
    return _FONT


class CheckBadges(QObject):
    """Keeps one BadgeItem per note or stage with open findings on the editor's board.
    Signal: `badge_clicked(str)` with the badge's target id (the guide selects its finding)."""

    badge_clicked = Signal(str)

    def __init__(self, view: BoardView, monitor: CheckMonitor) -> None:
        super().__init__(view)
        self._view = view
        self._monitor = monitor
        self.items: dict[str, BadgeItem] = {}
        self._groups: dict[str, tuple[Finding, ...]] = {}
        monitor.updated.connect(self._on_updated)
        view.board_scene.layout_changed.connect(self._place_all)
        view.zoom_changed.connect(self._show_for_zoom)
        view.viewport().installEventFilter(self)
        # Screen readers hear the findings of the current note, or of the current cell's stage.
        view.accessibility.annotations.append(self._describe_for_reader)
        self._refresh()

    def _on_updated(self, changed: bool) -> None:
        if changed:
            self._refresh()
            self._view.accessibility.update_description()

    def _describe_for_reader(self, note_id: Optional[str],
                             cell: Optional[tuple[str, str]]) -> str:
        # A note's own findings; a stage's only while its header is marked (gone to from the
        # guide, or clicked), not in every cell the keyboard passes through.
        target = note_id
        if target is None and cell is not None \
                and self._view.board_scene.marked_stages == [cell[0]]:
            target = cell[0]
        item = self.items.get(target) if target is not None else None
        if item is None:
            return ""
        return " ".join(finding_text(f) for f in item.findings)

    def _refresh(self) -> None:
        groups: dict[str, list[Finding]] = {}
        for finding in self._monitor.findings:
            groups.setdefault(finding.target, []).append(finding)
        scene = self._view.board_scene
        for target in [t for t in self.items if t not in groups]:
            scene.removeItem(self.items.pop(target))
            del self._groups[target]
        font = _badge_font()
        overview = scene.overview_mode
        for target, found in groups.items():
            group = tuple(found)
            if self._groups.get(target) == group:
                continue
            item = self.items.get(target)
            if item is None:
                item = self.items[target] = BadgeItem(target, group[0].on_stage)
                item.setVisible(item.on_stage or not overview)
                scene.addItem(item)
            self._groups[target] = group
            item.set_findings(group, font)
            self._place(item)

    def _place(self, item: BadgeItem) -> None:
        scene = self._view.board_scene
        rect: Optional[Rect] = None
        if item.on_stage:
            header = scene.stages.get(item.target)
            rect = header.record.rect if header is not None else None
        else:
            box = scene.index.note_boxes.get(item.target)
            rect = box.rect if box is not None else None
        if rect is not None:
            item.place(rect)

    def _place_all(self) -> None:
        for item in self.items.values():
            self._place(item)

    def _show_for_zoom(self, _zoom: float) -> None:
        overview = self._view.board_scene.overview_mode
        for item in self.items.values():
            if not item.on_stage:
                item.setVisible(not overview)

    def badges(self) -> Sequence[BadgeItem]:
        return list(self.items.values())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            badge = self.badge_at(event.position().toPoint())
            if badge is not None:
                self.badge_clicked.emit(badge.target)
                return True
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # The tooltip is made when asked for, not for each of thousands of badges as the
            # findings change.
            badge = self.badge_at(event.pos())
            if badge is not None:
                QToolTip.showText(event.globalPos(), badge.description(), self._view.viewport())
                return True
        return super().eventFilter(watched, event)

    def badge_at(self, point: QPoint) -> Optional[BadgeItem]:
        """The visible badge under a viewport point, if any (overlays such as the focus outline
        lie above the badges, so this looks under them). None while the view shows the audience
        (presenting): its badges are not drawn, so they do not take clicks either."""
        if self._view.property(AUDIENCE_PROPERTY):
            return None
        if self._view.frozen.covers(point):
            return None  # under a pinned header (scene/frozen_headers.py): not clickable
        for item in self._view.items(point):
            if isinstance(item, BadgeItem) and item.isVisible():
                return item
        return None


def badge_point(item: BadgeItem) -> QPointF:
    """The centre of a badge in scene coordinates (tests click there)."""
    return item.mapToScene(item.boundingRect().center())
