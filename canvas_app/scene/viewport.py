"""What the board views share (BoardView with its BoardScene, and the start-up window's
BoardPreview): their viewport, the canvas around the board, the zoom below which the board is one
overview picture. Light on purpose: the preview imports it before the first paint."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

# Below this zoom note text is too small to read: the overview picture replaces the items.
OVERVIEW_BELOW_ZOOM = 0.5
SCENE_MARGIN = 16.0
CANVAS_COLOR = "#DDE2E7"  # around the board, so the board reads as a sheet

def plain_viewport() -> QWidget:
    """A viewport like the one Qt makes itself. Made here, PySide knows its wrapper: the first
    `viewport()` of Qt's own would make PySide probe every QtWidgets class to type it, creating
    each class and its enums (~10 ms of start-up)."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    return viewport  # QGraphicsView.setupViewport turns on autoFillBackground


def set_up_board_view(view: QGraphicsView) -> None:
    """How a board view draws and moves, the same for the board and its start-up preview (so the
    board that replaces the preview shows the very same pixels): antialiased, repainting only
    what changed, transformed by the view's own code (no anchors), without a frame."""
    view.setRenderHints(QPainter.RenderHint.Antialiasing
                        | QPainter.RenderHint.TextAntialiasing
                        | QPainter.RenderHint.SmoothPixmapTransform)
    view.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
    view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
    view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
    view.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
    view.setFrameShape(QFrame.Shape.NoFrame)
