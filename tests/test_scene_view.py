"""The board view: zoom around the cursor, fit, pan, selection API, highlight, what it draws, and
the overview picture that replaces the items when zoomed far out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from canvas_app.model.kinds import KIND_COLORS, NoteKind
from canvas_app.scene.board_scene import OVERVIEW_BELOW_ZOOM
from canvas_app.scene.items import PAINTS
from scene_helpers import big_map, make_view, note_center, send_move, wheel
from test_scene_interaction import small_map


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    return make_view(qtbot, small_map(), 1000, 700)


def test_ctrl_wheel_zooms_around_the_cursor(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+wheel zooms in, and the scene point under the cursor stays under it."""
    view = make_view(qtbot, small_map(), 500, 300)
    view.set_zoom(1.5)
    point = note_center(view, "b")
    view.centerOn(point + QPointF(60, 20))
    changes = []
    view.zoom_changed.connect(changes.append)
    before = view.mapFromScene(point)
    wheel(view, point, 240)
    assert view.zoom() == pytest.approx(1.5 * 1.25 ** 2, rel=0.01)
    after = view.mapFromScene(point)
    assert abs(after.x() - before.x()) <= 2 and abs(after.y() - before.y()) <= 2
    assert changes and changes[-1] == pytest.approx(view.zoom())


def test_plain_wheel_scrolls_instead_of_zooming(view) -> None:  # type: ignore[no-untyped-def]
    """Without Ctrl the wheel scrolls (zoom unchanged)."""
    view.set_zoom(2.0)
    wheel(view, note_center(view, "a"), -120, Qt.KeyboardModifier.NoModifier)
    assert view.zoom() == pytest.approx(2.0)


def test_zoom_is_clamped(view) -> None:  # type: ignore[no-untyped-def]
    """Zoom stays within 10 %–400 % (a small board never needs less)."""
    view.set_zoom(50.0)
    assert view.zoom() == pytest.approx(4.0)
    view.set_zoom(0.001)
    assert view.zoom() == pytest.approx(0.1)
    view.zoom_in()
    assert view.zoom() == pytest.approx(0.125)


def test_zoom_to_fit_shows_the_whole_board(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """After zoom to fit, the whole board lies inside the viewport."""
    view.set_zoom(3.0)
    view.zoom_to_fit()
    qtbot.wait(10)
    layout = view.board_scene.layout
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(QRectF(0, 0, layout.width, layout.height))
    assert view.zoom() < 3.0


def test_zoom_to_selection_and_stage(view) -> None:  # type: ignore[no-untyped-def]
    """Zoom to selection frames the selected note; zoom to stage frames its column."""
    view.select_notes(["e"])
    view.zoom_to_selection()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    box = view.board_scene.index.note_boxes["e"].rect
    assert visible.contains(QRectF(box.x, box.y, box.width, box.height))
    assert view.zoom() == pytest.approx(2.0)
    view.zoom_to_stage("s3")
    column = view.board_scene.index.column_rect("s3")
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(QRectF(column.x, column.y, column.width, column.height))


def test_middle_drag_and_space_drag_pan(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Middle-drag and space+drag scroll the board without selecting or moving notes."""
    view.set_zoom(3.0)
    scroll = view.horizontalScrollBar()
    start = scroll.value()
    viewport = view.viewport()
    origin = QPoint(500, 300)
    middle = Qt.MouseButton.MiddleButton
    QTest.mousePress(viewport, middle, Qt.KeyboardModifier.NoModifier, origin)
    send_move(viewport, origin - QPoint(100, 0), middle)
    QTest.mouseRelease(viewport, middle, Qt.KeyboardModifier.NoModifier, origin - QPoint(100, 0))
    assert scroll.value() == start + 100
    QTest.keyPress(view, Qt.Key.Key_Space)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, origin)
    for step in range(1, 6):
        send_move(viewport, origin + QPoint(10 * step, 0), Qt.MouseButton.LeftButton)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       origin + QPoint(50, 0))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert scroll.value() == start + 50
    assert view.document.undo_stack.count() == 0
    assert view.selected_note_ids() == []


def test_select_all_selects_every_note_and_signals(view) -> None:  # type: ignore[no-untyped-def]
    """select_all selects every note and reports them in board order."""
    seen = []
    view.selection_changed.connect(seen.append)
    view.select_all()
    assert view.selected_note_ids() == ["a", "b", "c", "d", "e"]
    assert seen[-1] == ["a", "b", "c", "d", "e"]
    view.clear_selection()
    assert seen[-1] == []


def test_fresh_map_has_first_cell_current_and_focus(view) -> None:  # type: ignore[no-untyped-def]
    """On a fresh map the first cell is current and the board has keyboard focus."""
    assert view.current_cell() == ("s1", "l1")
    view.document.reset(small_map())
    assert view.current_cell() == ("s1", "l1")
    assert view.hasFocus()


def colour_count(image: QImage, colour: str, step: int = 3) -> int:
    target = QColor(colour)
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - target.red()) + abs(pixel.green() - target.green()) \
                    + abs(pixel.blue() - target.blue()) <= 6:
                count += 1
    return count


def test_grab_shows_the_board_with_note_colours(view) -> None:  # type: ignore[no-untyped-def]
    """A grab of the view is not blank and shows the notes' kind colours."""
    image = view.grab().toImage()
    assert colour_count(image, KIND_COLORS[NoteKind.ACTION]) > 200
    assert colour_count(image, KIND_COLORS[NoteKind.PAIN_POINT]) > 50
    assert colour_count(image, "#2C3A4B") > 100  # stage headers


def test_highlight_dims_the_other_notes(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With a highlight set, matches stay opaque and the other notes are dimmed; None restores."""
    view.set_highlight({"a"})
    notes = view.board_scene.notes
    assert notes["a"].opacity() == 1.0 and notes["a"].matched
    assert notes["b"].opacity() < 0.5
    image = view.grab().toImage()
    box = view.board_scene.index.note_boxes["b"].rect
    centre = view.mapFromScene(QPointF(box.x + 4, box.y + box.height - 4))
    dimmed = image.pixelColor(centre)
    assert dimmed.lightness() > QColor(KIND_COLORS[NoteKind.ACTION]).lightness()
    view.set_highlight(None)
    assert notes["b"].opacity() == 1.0 and not notes["a"].matched


def test_far_zoom_shows_the_overview_instead_of_items(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Below the readable zoom the note items are hidden and one overview picture is painted."""
    scene = view.board_scene
    view.set_zoom(OVERVIEW_BELOW_ZOOM * 0.8)
    assert scene.overview_mode and scene.overview.isVisible()
    assert not scene.notes["a"].isVisible()
    PAINTS.clear()
    view.viewport().repaint()
    assert PAINTS["note"] == 0 and PAINTS["overview"] == 1
    image = view.grab().toImage()
    assert colour_count(image, KIND_COLORS[NoteKind.ACTION], 2) > 20
    view.set_zoom(1.0)
    assert scene.notes["a"].isVisible() and not scene.overview.isVisible()


def test_overview_follows_edits_and_selection(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """In the overview, an edit redraws the picture and the selection is outlined."""
    scene = view.board_scene
    view.set_zoom(0.3)
    picture = scene.overview._pixmap
    view.editor.delete_notes(["e"])
    assert scene.overview._pixmap is not picture
    view.select_notes(["a"])
    assert scene.selection_outline.isVisible()
    view.set_zoom(1.0)
    assert not scene.selection_outline.isVisible()


def test_editing_from_the_overview_zooms_in(view) -> None:  # type: ignore[no-untyped-def]
    """Starting an edit while zoomed far out first zooms to a readable size."""
    view.set_zoom(0.2)
    view.edit_note("c")
    assert view.zoom() >= OVERVIEW_BELOW_ZOOM
    assert view.inline_editor.active


def test_a_large_board_can_be_fitted_below_ten_percent(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A board too large for 10 % still fits: the smallest zoom follows the fit."""
    view = make_view(qtbot, big_map(3000), 600, 400)
    view.zoom_to_fit()
    qtbot.wait(10)
    layout = view.board_scene.layout
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(QRectF(0, 0, layout.width, layout.height))
    assert view.zoom() < 0.1


def test_trackpad_pinch_zooms_around_the_fingers(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A native zoom gesture (trackpad pinch) zooms by its value around where it happens."""
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
    from PySide6.QtWidgets import QApplication

    view = make_view(qtbot, small_map(), 500, 300)
    view.set_zoom(1.5)
    point = note_center(view, "b")
    view.centerOn(point + QPointF(40, 10))
    before = view.mapFromScene(point)
    position = QPointF(before)
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture,
                                QPointingDevice.primaryPointingDevice(), 2, position, position,
                                QPointF(view.viewport().mapToGlobal(before)), 0.5, QPointF())
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(2.25)
    after = view.mapFromScene(point)
    assert abs(after.x() - before.x()) <= 2 and abs(after.y() - before.y()) <= 2


def test_an_empty_map_is_safe_to_click_and_navigate(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A map without stages or lanes shows, fits, and ignores clicks, arrows and Delete."""
    from canvas_app.model import JourneyMap, Stage
    from scene_helpers import click, double_click

    for journey in (JourneyMap(), JourneyMap(stages=(Stage(id="s", title="Only stage"),))):
        view = make_view(qtbot, journey, 600, 400)
        view.zoom_to_fit()
        view.zoom_to_selection()
        click(view, QPointF(30, 30))
        double_click(view, QPointF(200, 20))
        view.inline_editor.cancel()
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Delete, Qt.Key.Key_Return):
            QTest.keyClick(view, key)
        view.select_all()
        assert view.selected_note_ids() == []
        assert view.current_cell() is None
        assert view.document.undo_stack.count() == 0


def _badge_pixels(view, note_id: str) -> int:  # type: ignore[no-untyped-def]
    """Pixels of the vote badge's fill inside one note, as the view shows it now."""
    from canvas_app.scene.vote_badge import BADGE_FILL

    image = view.grab().toImage()
    box = view.board_scene.index.note_boxes[note_id].rect
    corner = view.mapFromScene(QPointF(box.x, box.y))
    far = view.mapFromScene(QPointF(box.x + box.width, box.y + box.height))
    note = image.copy(corner.x(), corner.y(), far.x() - corner.x(), far.y() - corner.y())
    return colour_count(note, BADGE_FILL.name(), 1)


def test_the_overview_shows_vote_badges_and_hidden_marks(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Zoomed far out, a dot-voting tally still reads: the picture carries the badges, and the
    editor's hidden marks, like the items do; they follow edits."""
    scene = view.board_scene
    view.set_zoom(OVERVIEW_BELOW_ZOOM * 0.8)
    assert scene.overview_mode
    assert _badge_pixels(view, "a") == 0
    view.editor.set_note_fields(["a"], votes=4)
    assert scene.overview_mode and _badge_pixels(view, "a") > 10
    assert _badge_pixels(view, "b") == 0
    picture = scene.overview._pixmap
    view.editor.set_notes_hidden(["b"], True)
    assert scene.overview._pixmap is not picture  # redrawn with the mark
    before = view.grab().toImage()
    view.editor.set_notes_hidden(["b"], False)
    after = view.grab().toImage()
    box = scene.index.note_boxes["b"].rect
    corner = view.mapFromScene(QPointF(box.x + box.width * 0.5, box.y))
    far = view.mapFromScene(QPointF(box.x + box.width, box.y + box.height * 0.4))
    changed = sum(before.pixel(x, y) != after.pixel(x, y)
                  for x in range(corner.x(), far.x()) for y in range(corner.y(), far.y()))
    assert changed > 5
