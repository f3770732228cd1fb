"""The mark of stages picked for a new phase reads at fit zoom (where the overview picture stands
in for the header items), in the normal and the high-contrast look, and at 100 %."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from scene_helpers import make_view

from canvas_app.fileio.codec import load_path
from canvas_app.model.contrast import contrast_ratio
from canvas_app.model.layout_style import DEFAULT_STYLE
from canvas_app.scene import screen_style
from canvas_app.scene.board_view import BoardView
from canvas_app.scene.stage_mark import HC_MARK, MARK

SAMPLE = Path(__file__).resolve().parent.parent / "sample_canvases" / \
    "value-journey-coffee-chain-vi.journey"


def _near(color: QColor, target: QColor) -> bool:
    return (abs(color.red() - target.red()) + abs(color.green() - target.green())
            + abs(color.blue() - target.blue())) < 60


def _mark_pixels(view: BoardView, image: QImage, stage_index: int, target: QColor,
                 grow: int = 1) -> int:
    """Pixels of the mark colour over one stage header's rectangle (grown by `grow` pixels; an
    unmarked one is checked shrunk, clear of its neighbours' outlines), as the viewport shows
    it."""
    header = view.board_scene.layout.stages[stage_index].rect
    rect = view.mapFromScene(QRectF(header.x, header.y, header.width, header.height)) \
        .boundingRect().adjusted(-grow, -grow, grow, grow)
    count = 0
    for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1) + 1):
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1) + 1):
            count += _near(image.pixelColor(QPoint(x, y)), target)
    return count


def test_mark_colours_stand_out_on_the_stage_headers() -> None:
    fill = QColor(DEFAULT_STYLE.stage_fill)
    assert contrast_ratio(MARK.name(), fill.name()) >= 7.0
    assert contrast_ratio(HC_MARK.name(), fill.name()) >= 7.0


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_marked_stages_read_at_fit_zoom(qtbot: QtBot, high_contrast: bool) -> None:
    view = make_view(qtbot, load_path(SAMPLE), 900, 600)
    view.zoom_to_fit()
    scene = view.board_scene
    assert scene.overview_mode  # fit zoom on this map: the overview picture is shown
    target = HC_MARK if high_contrast else MARK
    screen_style.set_high_contrast(high_contrast)
    try:
        ids = [stage.id for stage in view.document.journey.stages]
        scene.set_marked_stages([ids[1], ids[3]])
        qtbot.wait(50)
        image = view.viewport().grab().toImage()
        header = scene.layout.stages[1].rect
        zoom = view.zoom()
        # The bar alone is at least 5 px tall across the header: width x 5 pixels at least,
        # plus the 3-px outline.
        least = int(header.width * zoom) * 5
        marked = [_mark_pixels(view, image, i, target) for i in (1, 3)]
        assert all(count >= least for count in marked), (marked, least)
        assert _mark_pixels(view, image, 0, target, -3) == 0
        assert _mark_pixels(view, image, 2, target, -3) == 0
        # Unmarking takes the marks away.
        scene.set_marked_stages([])
        qtbot.wait(50)
        image = view.viewport().grab().toImage()
        assert _mark_pixels(view, image, 1, target) == 0
    finally:
        screen_style.set_high_contrast(False)


def test_marked_stage_at_full_zoom(qtbot: QtBot) -> None:
    """At 100 % the header item paints the mark itself: the bar is 6 points tall."""
    view = make_view(qtbot, load_path(SAMPLE), 1100, 700)
    view.zoomer.set(1.0)
    scene = view.board_scene
    assert not scene.overview_mode
    stage = scene.layout.stages[1]
    view.centerOn(stage.rect.x + stage.rect.width / 2, stage.rect.y + stage.rect.height)
    scene.set_marked_stages([stage.stage_id])
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    count = _mark_pixels(view, image, 1, MARK)
    assert count >= int(stage.rect.width) * 6
    assert not scene.stage_marks.isVisible()
