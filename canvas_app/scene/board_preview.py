"""The start-up window's first picture of a large map: the board as BoardView shows it at fit zoom
(one overview picture and the current cell's frame), without BoardView.

At fit zoom a large board is a single overview picture (board_scene: below OVERVIEW_BELOW_ZOOM),
so the first picture needs neither the board's items (a thousand notes' worth) nor the view's
input, editing and menus, nor their modules. The preview is a QGraphicsView set up and fitted the
way BoardView is (same viewport, frame, scene rectangle, background, fit and centring), so the
real board, made right after the first paint (ui/main_window.py), takes its place without a
pixel moving. It takes no input: the window holds input back until it is complete.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.model.map_shape import hidden_note_ids
from canvas_app.scene.overlays import CellFocusItem
from canvas_app.scene.overview import OverviewItem, render_overview
from canvas_app.scene.viewport import (
    CANVAS_COLOR,
    OVERVIEW_BELOW_ZOOM,
    SCENE_MARGIN,
    set_up_board_view,
    plain_viewport,
)
from canvas_app.scene.zooming import fit_factor

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap


def fits_in_overview(layout: BoardLayout, width: int, height: int) -> bool:
    """Whether `layout`, fitted into a view no larger than `width` × `height`, is certainly shown
    as the overview picture (so the preview shows exactly what the board would)."""
    return (layout.width * OVERVIEW_BELOW_ZOOM > width
            or layout.height * OVERVIEW_BELOW_ZOOM > height)


class BoardPreview(QGraphicsView):
    """The fitted overview of `layout`, the layout of `journey` (the start-up draft, typed as
    the map it stands for), with the first cell's frame."""

    def __init__(self, journey: JourneyMap, layout: BoardLayout,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        # As BoardView sets itself up (its viewport, frame, hints and anchors place the board).
        self.setViewport(plain_viewport())
        self._layout = layout
        self._votes = {note.id: note.votes for note in journey.notes if note.votes}
        self._hidden = hidden_note_ids(journey)
        scene = QGraphicsScene(self)
        scene.setBackgroundBrush(QColor(CANVAS_COLOR))
        board = QRectF(0.0, 0.0, layout.width, layout.height)
        scene.setSceneRect(board.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN,
                                          SCENE_MARGIN))
        self.overview = OverviewItem()
        self.overview.set_board_rect(board)
        self.overview.setZValue(-1.0)
        self.overview.show()
        scene.addItem(self.overview)
        self.focus_outline = CellFocusItem()
        if layout.cells:  # a new map's current cell is its first (BoardScene)
            first = layout.cells[0].rect
            self.focus_outline.set_rect(QRectF(first.x, first.y, first.width, first.height))
        scene.addItem(self.focus_outline)
        self.setScene(scene)
        set_up_board_view(self)
        # Fitted, the board shows no scroll bars; without them from the start, the first fit
        # already sees the final viewport (one overview picture drawn, not two).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setObjectName("boardPreview")

    def zoom_to_fit(self) -> None:
        """Fit the board as BoardView.zoom_to_fit does, drawing the overview at that zoom."""
        rect = self.overview.boundingRect()
        factor = fit_factor(self.viewport().rect(), rect)  # (Zoomer.show's, at fit)
        self.setTransform(QTransform.fromScale(factor, factor))
        self.centerOn(rect.center())
        ratio = self.devicePixelRatioF()
        if self.overview.picture_scale != factor * ratio:
            pixmap, scale = render_overview(self._layout, factor * ratio, None, ratio,
                                            self._votes, self._hidden)
            self.overview.set_picture(pixmap, scale)
