"""A preview of a board: a BoardLayout painted by the scene's `paint_board`, scaled to fit.

The picture is rendered once per layout and size into a QPixmap (at the screen's pixel ratio)
and then only copied, so resizing the dialog or hovering never lays out the board again.

An empty template is laid out in `TEMPLATE_PREVIEW_STYLE`: narrow columns and short rows, since
there are no notes to make room for, so an eight-stage board shrinks less and its stage and lane
titles stay readable instead of turning into grey bars.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


from canvas_app.model.layout import compute_layout
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.model.layout_style import DEFAULT_STYLE
from canvas_app.scene.layout_painter import paint_board

MARGIN = 12.0
TEMPLATE_PREVIEW_STYLE = DEFAULT_STYLE._replace(
    stage_width=112.0, lane_header_width=112.0, lane_min_height=40.0, emotion_band_height=56.0,
    stage_font_size=15.0, stage_leading=18.5, lane_font_size=14.0, lane_leading=17.0,
    phase_font_size=15.0, time_font_size=12.0)


# Boards with many stages get narrower columns (down to the minimum) so they stay this wide.
PREVIEW_BOARD_WIDTH = 1000.0
PREVIEW_MIN_STAGE_WIDTH = 96.0


def template_layout(journey: JourneyMap) -> BoardLayout:
    """The layout of an empty template for previews (compact; see the module docstring)."""
    style = TEMPLATE_PREVIEW_STYLE
    if journey.stages:
        room = (PREVIEW_BOARD_WIDTH - style.lane_header_width) / len(journey.stages)
        width = max(PREVIEW_MIN_STAGE_WIDTH, min(style.stage_width, room))
        style = style._replace(stage_width=width)
    return compute_layout(journey, style)


def render_board_pixmap(layout: BoardLayout, size: QSize, ratio: float = 1.0,
                        background: QColor | None = None) -> QPixmap:
    """`layout` scaled to fit `size` (logical pixels), centred, on `background`."""
    pixmap = QPixmap(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(background if background is not None else QColor("#F3F4F6"))
    avail_w = size.width() - 2 * MARGIN
    avail_h = size.height() - 2 * MARGIN
    if avail_w <= 0 or avail_h <= 0 or layout.width <= 0 or layout.height <= 0:
        return pixmap
    scale = min(avail_w / layout.width, avail_h / layout.height)
    board = QRectF(0, 0, layout.width * scale, layout.height * scale)
    board.moveCenter(QRectF(0, 0, size.width(), size.height()).center())
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    # A soft edge lifts the board off the background like a sheet of paper.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 28))
    painter.drawRoundedRect(board.translated(0, 2).adjusted(-1, -1, 1, 1), 3, 3)
    painter.save()
    painter.translate(board.topLeft())
    painter.scale(scale, scale)
    painter.setClipRect(QRectF(0, 0, layout.width, layout.height))
    paint_board(painter, layout)
    painter.restore()
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(board)
    painter.end()
    return pixmap


class BoardPreview(QWidget):
    """Shows one BoardLayout as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPreview")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(480, 300))
        self._layout: BoardLayout | None = None
        self._pixmap: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 400)

    def set_board(self, layout: BoardLayout | None) -> None:
        self._layout = layout
        self._pixmap = None
        self.update()

    def board(self) -> BoardLayout | None:
        return self._layout

    def pixmap(self) -> QPixmap:
        """The current picture at the widget's size (rendered now if it is not cached)."""
        if self._pixmap is None or self._pixmap.deviceIndependentSize().toSize() != self.size():
            background = self.palette().color(QPalette.ColorRole.Window).darker(104)
            if self._layout is None:
                self._pixmap = QPixmap(self.size())
                self._pixmap.fill(background)
            else:
                self._pixmap = render_board_pixmap(self._layout, self.size(),
                                                   self.devicePixelRatioF(), background)
        return self._pixmap

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._pixmap = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.pixmap())
        painter.end()
