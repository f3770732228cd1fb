"""Frozen headers: scrolled with the real scroll bars past the header rows and the lane column,
the board pins the stage titles at the viewport's top and the lane titles at its left (aligned
with their columns and rows, the corner covered); clicks there act on the real headers and never
on the notes beneath; View ▸ Freeze Headers turns them off and is remembered; the pinned copies
look like the real headers, in high contrast too; scrolling repaints them correctly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSlider, QApplication, QMenu
from pytestqt.qtbot import QtBot

from canvas_app.model import JourneyMap, Lane, LaneKind, Note, Phase, Stage
from canvas_app.model.layout import compute_layout
from canvas_app.model.layout_geometry import Rect
from canvas_app.scene.board_index import BoardIndex
from canvas_app.scene import stage_mark
from canvas_app.scene.board_view import BoardView
from canvas_app.scene.frozen_bands import NO_PINS, header_rows, lane_column, pins
from canvas_app.ui import theme
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.view_options import FREEZE_HEADERS_KEY
from scene_helpers import drop_mime, make_view
from test_ui_window import action, make_window, quiet_prompts  # noqa: F401  (fixture)

PAGE_DOWN = QAbstractSlider.SliderAction.SliderPageStepAdd
SAMPLES = Path(__file__).resolve().parent.parent / "sample_canvases"
KINDS = (LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS)


def big_map(stage_count: int = 20, lane_count: int = 10) -> JourneyMap:
    """A 20-stage × 10-lane map with two notes in every cell and a phase over three stages."""
    stages = tuple(Stage(id=f"s{i}", title=f"Stage {i}", phase="p1" if i < 3 else None)
                   for i in range(stage_count))
    lanes = tuple(Lane(id=f"l{j}", title=f"Lane {j}", kind=KINDS[j % len(KINDS)])
                  for j in range(lane_count))
    notes = tuple(Note(id=f"n{i}-{j}-{k}", stage=f"s{i}", lane=f"l{j}",
                       text=f"Note {k} of stage {i}, lane {j}")
                  for i in range(stage_count) for j in range(lane_count) for k in range(2))
    return JourneyMap(title="Big", phases=(Phase(id="p1", title="Before"),), stages=stages,
                      lanes=lanes, notes=notes)


@pytest.fixture
def view(qtbot: QtBot) -> BoardView:
    board = make_view(qtbot, big_map(), 900, 600)
    board.set_zoom(1.0)
    return board


def scroll_to(view: BoardView, x: float, y: float) -> None:
    """Move the real scroll bars so the scene point (x, y) is at the viewport's top-left."""
    visible = view.frozen.visible_rect()
    zoom = view.zoom()
    for bar, delta in ((view.horizontalScrollBar(), x - visible.x),
                       (view.verticalScrollBar(), y - visible.y)):
        bar.setValue(bar.value() + round(delta * zoom))
    QApplication.processEvents()


def picture(view: BoardView) -> QImage:
    return view.viewport().grab().toImage()


def same_color(image: QImage, x: int, y: int, color: str, tolerance: int = 6) -> bool:
    found = image.pixelColor(x, y)
    wanted = QColor(color)
    return max(abs(found.red() - wanted.red()), abs(found.green() - wanted.green()),
               abs(found.blue() - wanted.blue())) <= tolerance


def stage_header(view: BoardView, stage_id: str):  # type: ignore[no-untyped-def]
    return next(h for h in view.board_scene.layout.stages if h.stage_id == stage_id)


def lane_row(view: BoardView, lane_id: str):  # type: ignore[no-untyped-def]
    return next(r for r in view.board_scene.layout.lanes if r.lane_id == lane_id)


# -- geometry ------------------------------------------------------------------------------------


def test_bands_follow_the_scroll_position_and_point_back_at_the_real_headers() -> None:
    """Nothing is pinned while the headers show; scrolled, the rows are shifted down to the
    view's top (not sideways), the column right to its left (not up or down), the corner both,
    and a point on a copy leads to the real header it shows."""
    layout = compute_layout(big_map())
    index = BoardIndex(layout)
    assert pins(layout, Rect(-16.0, -16.0, 900.0, 600.0)) == NO_PINS
    top, bottom = header_rows(layout)  # type: ignore[misc]
    assert top == 0.0 and bottom == pytest.approx(layout.lanes[0].rect.y)
    assert bottom > layout.stages[0].rect.bottom  # the phase row is above the stages
    left, right = lane_column(layout)  # type: ignore[misc]
    assert (left, right) == (0.0, layout.stages[0].rect.x)

    found = pins(layout, Rect(1500.0, 400.0, 900.0, 600.0))
    assert found.top is not None and found.left is not None and found.corner is not None
    assert found.top.area == Rect(1500.0, 400.0, 900.0, bottom - top)
    assert (found.top.dx, found.top.dy) == (0.0, 400.0)
    assert found.left.area == Rect(1500.0, 400.0, right - left, 600.0)
    assert (found.left.dx, found.left.dy) == (1500.0, 0.0)
    assert (found.corner.dx, found.corner.dy) == (1500.0, 400.0)

    column = index.stage_ids[index.column_at(2000.0)]  # type: ignore[index]
    real = found.source_point(2000.0, 400.0 + layout.stages[0].rect.y + 10.0)
    assert real is not None and index.stage_header_at(*real).stage_id == column  # type: ignore[union-attr]
    row = index.row_at(700.0)
    real = found.source_point(1520.0, 700.0)
    assert real == (20.0, 700.0) and index.lane_header_at(*real) == index.lane_ids[row]  # type: ignore[index]
    real = found.source_point(1510.0, 405.0)  # the corner: the real corner, no header, no note
    assert real == (10.0, 5.0)
    assert index.note_at(*real) is None and index.stage_header_at(*real) is None
    assert found.source_point(2000.0, 700.0) is None  # the board itself

    only_down = pins(layout, Rect(-16.0, 400.0, 900.0, 600.0))
    assert only_down.top is not None and only_down.left is None and only_down.corner is None
    only_right = pins(layout, Rect(1500.0, -16.0, 900.0, 600.0))
    assert only_right.top is None and only_right.left is not None
    assert only_right.left.area.y == top  # it covers the real header rows' corner too


# -- what the viewport shows ---------------------------------------------------------------------


def test_pinned_stage_titles_show_at_the_top_aligned_with_their_columns(view: BoardView) -> None:
    """Paged down and right with the scroll bars, the stage headers' fill fills the top band of
    the viewport exactly over each column (the gap between two headers stays a gap), their
    titles are drawn, and the pixels there were notes and lanes before."""
    for _ in range(2):
        view.verticalScrollBar().triggerAction(PAGE_DOWN)
        view.horizontalScrollBar().triggerAction(PAGE_DOWN)
    QApplication.processEvents()
    found = view.frozen.pins()
    assert found.top is not None and found.left is not None
    image = picture(view)
    band_left = view.mapFromScene(QPointF(found.left.area.right, 0.0)).x() + 8
    headers = [h for h in view.board_scene.layout.stages
               if view.mapFromScene(QPointF(h.rect.x, 0)).x() > band_left
               and view.mapFromScene(QPointF(h.rect.right, 0)).x() < image.width()]
    assert len(headers) >= 2
    y = stage_top_px(view) + 20  # in the stage row of the pinned band (phases are above it)
    for header in headers:
        left = view.mapFromScene(QPointF(header.rect.x, 0)).x()
        right = view.mapFromScene(QPointF(header.rect.right, 0)).x()
        assert same_color(image, left + 2, y, header.fill)
        assert same_color(image, right - 2, y, header.fill)
        assert not same_color(image, right + 1, y, header.fill)  # the gap to the next header
        ink = sum(1 for x in range(left + 4, right - 4) for row in range(stage_top_px(view) + 4,
                  stage_top_px(view) + 30, 2) if not same_color(image, x, row, header.fill, 40))
        assert ink > 40, header.stage_id  # its title is drawn there

    view.set_frozen_headers(False)
    QApplication.processEvents()
    plain = picture(view)
    header = headers[0]
    x = view.mapFromScene(QPointF(header.rect.x, 0)).x() + 2
    assert not same_color(plain, x, y, header.fill)  # the board shows through again


def stage_top_px(view: BoardView) -> int:
    """The viewport y of the pinned stage row's top (the phase row is above it)."""
    return round(view.board_scene.layout.stages[0].rect.y * view.zoom())


def test_pinned_lane_titles_show_at_the_left_aligned_with_their_rows(view: BoardView) -> None:
    """Paged right, every lane whose row shows has its header fill and title at the viewport's
    left edge, at its row's height."""
    for _ in range(3):
        view.horizontalScrollBar().triggerAction(PAGE_DOWN)
    view.verticalScrollBar().triggerAction(PAGE_DOWN)
    QApplication.processEvents()
    found = view.frozen.pins()
    assert found.left is not None and found.top is not None
    image = picture(view)
    band_bottom = view.mapFromScene(QPointF(0.0, found.top.area.bottom)).y() + 8
    shown = 0
    for lane in view.board_scene.layout.lanes:
        top = view.mapFromScene(QPointF(0.0, lane.header.y)).y()
        bottom = view.mapFromScene(QPointF(0.0, lane.header.bottom)).y()
        if top < band_bottom or bottom > image.height():
            continue
        shown += 1
        assert same_color(image, 4, top + 3, lane.header_fill)
        assert same_color(image, 160, bottom - 3, lane.header_fill)
        ink = sum(1 for x in range(8, 150) for y in range(top + 4, top + 30)
                  if not same_color(image, x, y, lane.header_fill, 40))
        assert ink > 40, lane.lane_id
    assert shown >= 2


def test_the_corner_is_covered_where_both_are_pinned(view: BoardView) -> None:
    """Where the pinned rows meet the pinned column nothing of the notes beneath shows: every
    pixel of the corner is the board's background (the real corner has no header)."""
    layout = view.board_scene.layout
    note = next(b for b in layout.notes if b.stage_id == "s6" and b.lane_id == "l4")
    scroll_to(view, note.rect.x + 4.0, note.rect.y + 4.0)
    found = view.frozen.pins()
    assert found.corner is not None
    assert note.note_id in view.board_scene.index.notes_meeting(found.corner.area)
    image = picture(view)
    corner = QRect(view.mapFromScene(QPointF(found.corner.area.x, found.corner.area.y)),
                   view.mapFromScene(QPointF(found.corner.area.right, found.corner.area.bottom)))
    pixels = [(x, y) for x in range(corner.left() + 1, corner.right() - 2)
              for y in range(corner.top() + 1, corner.bottom() - 2)]
    assert len(pixels) > 3000
    assert all(same_color(image, x, y, layout.background, 2) for x, y in pixels)


def test_nothing_is_pinned_in_the_overview_or_on_an_audience_board(view: BoardView) -> None:
    """Below 50 % the overview shows (no copies); an audience scene (presenting, the audience
    window) has its own lane rail or none."""
    for _ in range(2):
        view.verticalScrollBar().triggerAction(PAGE_DOWN)
        view.horizontalScrollBar().triggerAction(PAGE_DOWN)
    QApplication.processEvents()
    assert view.frozen.pins().any()
    view.set_zoom(0.3)
    view.verticalScrollBar().triggerAction(PAGE_DOWN)
    QApplication.processEvents()
    assert view.board_scene.overview_mode and view.frozen.visible_rect().x > 0
    assert not view.frozen.pins().any()
    view.set_zoom(1.0)
    QApplication.processEvents()
    assert view.frozen.pins().any()
    view.board_scene.set_audience(True)
    assert not view.frozen.pins().any()
    view.board_scene.set_audience(False)
    assert view.frozen.pins().any()


# -- the same look -------------------------------------------------------------------------------


def _differing(a: QImage, b: QImage) -> float:
    """The share of pixels differing by more than a little between two equal-sized images."""
    assert a.size() == b.size()
    differ = 0
    for y in range(a.height()):
        for x in range(0, a.width()):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(p.red() - q.red()), abs(p.green() - q.green()),
                   abs(p.blue() - q.blue())) > 24:
                differ += 1
    return differ / (a.width() * a.height())


@pytest.mark.parametrize("high_contrast", [False, True])
def test_pinned_headers_look_like_the_real_ones(view: BoardView, high_contrast: bool) -> None:
    """The pinned stage row and lane column, pixel for pixel, as the real headers they copy
    (normal and high contrast: black titles on the light lane headers, still readable)."""
    try:
        if high_contrast:
            theme.apply_theme(True)
        layout = view.board_scene.layout
        rows_height = round(header_rows(layout)[1])  # type: ignore[index]
        # The lane column: at the board's left edge, then pinned after a sideways scroll.
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
        view.verticalScrollBar().setValue(view.verticalScrollBar().minimum() + 300)
        QApplication.processEvents()
        real_x = view.mapFromScene(QPointF(0.0, 0.0)).x()
        assert real_x > 0 and view.frozen.pins().left is None
        real = picture(view).copy(QRect(real_x + 2, rows_height + 20, 150, 400))
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 777)
        QApplication.processEvents()
        assert view.frozen.pins().left is not None
        pinned = picture(view).copy(QRect(2, rows_height + 20, 150, 400))
        assert _differing(real, pinned) < 0.005
        if high_contrast:
            black = sum(1 for x in range(pinned.width()) for y in range(pinned.height())
                        if max(pinned.pixelColor(x, y).getRgb()[:3]) < 40)
            assert black > 60  # the lane titles in black ink
        # The header rows: at the board's top, then pinned after a scroll down.
        view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
        QApplication.processEvents()
        real_y = view.mapFromScene(QPointF(0.0, 0.0)).y()
        assert real_y > 0 and view.frozen.pins().top is None
        real = picture(view).copy(QRect(200, real_y + 1, 650, rows_height - 2))
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 555)
        QApplication.processEvents()
        assert view.frozen.pins().top is not None
        pinned = picture(view).copy(QRect(200, 1, 650, rows_height - 2))
        assert _differing(real, pinned) < 0.005
    finally:
        theme.apply_theme(False)


def test_scrolling_step_by_step_leaves_no_trace(view: BoardView) -> None:
    """The view scrolls by moving pixels; the pinned copies must not move with them: after
    many small scroll steps in every direction, the screen equals a full repaint."""
    view.show()

    def on_screen() -> QImage:
        QApplication.processEvents()
        return view.screen().grabWindow(view.winId()).toImage()

    steps = [(view.verticalScrollBar(), QAbstractSlider.SliderAction.SliderSingleStepAdd, 14),
             (view.horizontalScrollBar(), QAbstractSlider.SliderAction.SliderSingleStepAdd, 14),
             (view.verticalScrollBar(), QAbstractSlider.SliderAction.SliderSingleStepSub, 5),
             (view.horizontalScrollBar(), QAbstractSlider.SliderAction.SliderSingleStepSub, 6)]
    for bar, step, count in steps:
        for _ in range(count):
            bar.triggerAction(step)
            QApplication.processEvents()
        assert view.frozen.pins().any()
        stepped = on_screen()
        view.viewport().repaint()
        # Equal but for rounding where antialiased grid lines meet a patch's edge (±1-2 per
        # channel, depending on which regions a paint covers); a stale copy differs by far more.
        assert _stale_pixels(stepped, on_screen()) == 0, step


def _stale_pixels(a: QImage, b: QImage) -> int:
    """How many pixels of two equal-sized screens differ by more than 8 in a channel."""
    assert a.size() == b.size()
    if a == b:
        return 0
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if p != q and max(abs(((p >> shift) & 255) - ((q >> shift) & 255))
                              for shift in (0, 8, 16)) > 8:
                count += 1
    return count


# -- input ---------------------------------------------------------------------------------------


def _note_under_the_rows(view: BoardView) -> tuple[QPoint, str, str]:
    """Scroll so a note lies under the pinned stage row; the viewport position of a point on
    the pinned header above that note, the note's id and its stage's id."""
    layout = view.board_scene.layout
    note = next(b for b in layout.notes if b.stage_id == "s7" and b.lane_id == "l1")
    stage_row = layout.stages[0].rect
    # The note's top 6 points sit under the pinned stage row's bottom.
    scroll_to(view, note.rect.x - 400.0, note.rect.y + 6.0 - stage_row.bottom)
    position = view.mapFromScene(QPointF(note.rect.x + 40.0, note.rect.y + 2.0))
    assert position.y() < round(stage_row.bottom * view.zoom())  # inside the pinned band
    assert view.board_scene.index.note_at(note.rect.x + 40.0, note.rect.y + 2.0) is not None
    return position, note.note_id, note.stage_id


def test_a_click_on_a_pinned_stage_header_selects_the_stage_not_the_note_beneath(
        qtbot: QtBot, tmp_path: Path) -> None:
    """In the main window: a real click on the pinned header picks that stage (marked, and
    the Stage Details panel shows it); the note under the header stays unselected."""
    window = make_window(qtbot, tmp_path, big_map())
    view = window.view
    view.set_zoom(1.0)
    position, note_id, stage_id = _note_under_the_rows(view)
    assert view.frozen.covers(position)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, position)
    assert view.board_scene.marked_stages == [stage_id]
    assert view.selected_note_ids() == []
    assert window.panels.stage_details.stage_id() == stage_id
    # The pinned copy shows the mark of a picked stage, as the real header does.
    QApplication.processEvents()
    image = picture(view)
    header = stage_header(view, stage_id)
    left = view.mapFromScene(QPointF(header.rect.x, 0.0)).x()
    right = view.mapFromScene(QPointF(header.rect.right, 0.0)).x()
    bottom = round(view.frozen.pins().top.area.height * view.zoom())  # type: ignore[union-attr]
    amber = sum(1 for x in range(left, right) for y in range(bottom - 8, bottom)
                if same_color(image, x, y, stage_mark.MARK.name(), 30))
    assert amber > (right - left) * 3
    # A double-click renames that stage in place (the real header scrolls into view for it).
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, position)
    assert view.inline_editor.key == f"stage:{stage_id}"
    assert view.inline_editor.text() == view.document.journey.stage(stage_id).title
    assert view.frozen.pins().top is None
    view.inline_editor.cancel()
    assert note_id not in view.selected_note_ids()


def test_a_right_click_on_a_pinned_stage_header_opens_the_stage_menu(view: BoardView) -> None:
    """The context menu over a pinned stage header is that stage's (rename, add, delete), not
    the note's beneath; its Rename edits that stage."""
    position, note_id, stage_id = _note_under_the_rows(view)
    names: list[str] = []

    def use_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        names.extend(a.objectName() for a in menu.actions())
        rename = next(a for a in menu.actions() if a.objectName() == "renameStage")
        menu.close()
        rename.trigger()

    QTimer.singleShot(0, use_menu)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position,
                              view.viewport().mapToGlobal(position))
    QApplication.sendEvent(view.viewport(), event)
    assert "renameStage" in names and "deleteStage" in names and "editNote" not in names
    assert view.inline_editor.key == f"stage:{stage_id}"
    view.inline_editor.cancel()
    assert view.selected_note_ids() == [] and note_id


def test_pinned_lane_titles_take_clicks_for_their_lanes(view: BoardView) -> None:
    """A click on a pinned lane title selects no note beneath it; a double-click renames that
    lane; a palette drop there adds no note to the cell hidden beneath."""
    layout = view.board_scene.layout
    note = next(b for b in layout.notes if b.stage_id == "s9" and b.lane_id == "l5")
    scroll_to(view, note.rect.x + 10.0, note.rect.y - 150.0)
    found = view.frozen.pins()
    assert found.left is not None and found.left.holds(note.rect.x + 20.0, note.rect.y + 5.0)
    position = view.mapFromScene(QPointF(note.rect.x + 20.0, note.rect.y + 5.0))
    assert view.board_scene.index.note_at(note.rect.x + 20.0, note.rect.y + 5.0) is not None
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, position)
    assert view.selected_note_ids() == []
    count = len(view.document.journey.notes)
    accepted = drop_mime(view, view.mapToScene(position), "application/x-journey-canvas-note-kind",
                         b"pain_point")
    assert not accepted and len(view.document.journey.notes) == count
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, position)
    assert view.inline_editor.key == "lane:l5"
    view.inline_editor.cancel()


def test_keyboard_moves_never_leave_the_current_note_under_the_headers(view: BoardView) -> None:
    """Arrow keys up through a column: each note reached is shown below the pinned rows."""
    layout = view.board_scene.layout
    last = next(b for b in reversed(layout.notes) if b.stage_id == "s8")
    view.select_notes([last.note_id])
    scroll_to(view, last.rect.x - 300.0, last.rect.y - 300.0)
    moved = False
    for _ in range(14):
        QTest.keyClick(view, Qt.Key.Key_Up)
        current = view.board_scene.current_note
        assert current is not None
        box = view.board_scene.index.note_boxes[current]
        found = view.frozen.pins()
        if found.top is not None:
            assert box.rect.y >= found.top.area.bottom - 0.5, current
        moved = moved or found.top is not None and view.frozen.visible_rect().y < 400.0
    assert moved and view.board_scene.current_note != last.note_id


# -- the preference ------------------------------------------------------------------------------


def test_freeze_headers_action_turns_them_off_and_is_remembered(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    """View ▸ Freeze Headers is on by default; unchecking it removes the pinned copies and is
    stored, so the next window starts without them."""
    window = make_window(qtbot, tmp_path, big_map())
    freeze = action(window, "action_freeze_headers")
    view = window.view
    assert freeze.isCheckable() and freeze.isChecked() and view.frozen_headers()
    view.set_zoom(1.0)
    for _ in range(2):
        view.verticalScrollBar().triggerAction(PAGE_DOWN)
    QApplication.processEvents()
    assert view.frozen.pins().top is not None
    freeze.trigger()
    assert not view.frozen_headers() and not view.frozen.pins().any()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value(FREEZE_HEADERS_KEY) in (False, "false")
    again = MainWindow(big_map(), settings)
    qtbot.addWidget(again)
    assert not again.window_actions.freeze_headers.isChecked()
    assert not again.view.frozen_headers()
    again.window_actions.freeze_headers.trigger()
    assert again.view.frozen_headers()
    assert settings.value(FREEZE_HEADERS_KEY) in (True, "true")


# -- the samples ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["current-state-action-camera-vi",
                                  "service-blueprint-bank-account-vi"])
def test_samples_scrolled_to_the_middle_pin_their_headers(qtbot: QtBot, name: str,
                                                           tmp_path: Path) -> None:
    """The sample maps at 100 %, scrolled to the middle: both bands pinned, the stage fill in
    the top band, a lane header fill in the left band (screenshots kept for looking at)."""
    from canvas_app.fileio.codec import load_path

    view = make_view(qtbot, load_path(SAMPLES / f"{name}.journey"), 1100, 700)
    view.set_zoom(1.0)
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        bar.setValue((bar.minimum() + bar.maximum()) // 2)
    QApplication.processEvents()
    found = view.frozen.pins()
    assert found.top is not None and found.left is not None
    image = picture(view)
    image.save(str(tmp_path / f"{name}-frozen.png"))
    layout = view.board_scene.layout
    header = next(h for h in layout.stages
                  if view.mapFromScene(QPointF(h.rect.x, 0)).x() > 200)
    x = view.mapFromScene(QPointF(header.rect.x + 10.0, 0)).x()
    assert same_color(image, x, 5, header.fill)
    row = view.board_scene.index.row_at(found.left.area.y + 200.0)
    assert row is not None
    lane = layout.lanes[row]
    assert same_color(image, 4, view.mapFromScene(QPointF(0, found.left.area.y + 200.0)).y(),
                      lane.header_fill)


def test_dragging_a_pinned_stage_header_sideways_reorders_the_stages(view: BoardView) -> None:
    """A pinned stage header drags like the real one: dropped over the next column, the stage
    moves there (one undo step); the drag follows the pointer along the real header."""
    from scene_helpers import send_move

    position, _note_id, stage_id = _note_under_the_rows(view)
    order = [s.id for s in view.document.journey.stages]
    index = order.index(stage_id)
    next_header = stage_header(view, order[index + 1])
    target = QPoint(view.mapFromScene(QPointF(next_header.rect.center.x, 0.0)).x(),
                    position.y())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, position)
    for step in range(1, 7):
        x = position.x() + (target.x() - position.x()) * step // 6
        send_move(view.viewport(), QPoint(x, position.y()))
    assert view.board_scene.guide.isVisible()
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, target)
    moved = [s.id for s in view.document.journey.stages]
    assert moved.index(stage_id) == index + 1
    assert view.document.undo_stack.count() == 1
    assert view.selected_note_ids() == []


def test_a_band_taking_too_much_of_the_viewport_is_not_pinned(view: BoardView) -> None:
    """Zoomed far in, the lane column would cover most of a narrow viewport: it stays unpinned
    (the notes being worked on stay visible), while the shorter header rows still pin."""
    layout = compute_layout(big_map())
    left, right = lane_column(layout)  # type: ignore[misc]
    wide = pins(layout, Rect(500.0, 400.0, 900.0, 600.0))
    narrow = pins(layout, Rect(500.0, 400.0, (right - left) * 2.0, 600.0))
    assert wide.left is not None and narrow.left is None and narrow.top is not None
    view.set_zoom(3.0)  # rows 226 px of 600, the column 507 px of 900
    view.centerOn(QPointF(1500.0, 500.0))
    QApplication.processEvents()
    found = view.frozen.pins()
    assert found.left is None and found.top is not None


def test_titles_partly_under_a_pinned_band_slide_into_view(view: BoardView) -> None:
    """A lane whose header is half under the pinned rows shows its title just below them (not
    hidden under the corner), and a stage half under the pinned column shows its title just
    right of it — each within its own header."""
    layout = view.board_scene.layout
    rows = header_rows(layout)[1]  # type: ignore[index]
    column = lane_column(layout)[1]  # type: ignore[index]
    lane = lane_row(view, "l3")
    stage = stage_header(view, "s5")
    # The lane's top 40 points and the stage's left 60 points lie under the pinned bands.
    scroll_to(view, stage.rect.x + 60.0 - column, lane.header.y + 40.0 - rows)
    found = view.frozen.pins()
    assert found.top is not None and found.left is not None
    image = picture(view)
    below = round(rows * view.zoom()) + 6  # (below the shadow)
    ink = sum(1 for x in range(8, 150) for y in range(below, below + 14)
              if not same_color(image, x, y, lane.header_fill, 40))
    assert ink > 40  # the title's first line, just below the pinned rows
    beside = round(column * view.zoom()) + 6
    stage_row = stage_top_px(view)
    ink = sum(1 for x in range(beside, beside + 40) for y in range(stage_row + 8, stage_row + 28)
              if not same_color(image, x, y, stage.fill, 40))
    assert ink > 30  # the title's start, just right of the pinned column


def test_dot_voting_clicks_on_a_pinned_header_place_no_dot_beneath(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While dot voting, a click on the pinned stage header over a note gives that note no dot
    (the click is the header's); a click on the note's visible part does."""
    from test_voting import start_named

    window = make_window(qtbot, tmp_path, big_map())
    start_named(window, monkeypatch, "Lan\n", dots=3)
    view = window.view
    view.set_zoom(1.0)
    position, note_id, stage_id = _note_under_the_rows(view)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, position)
    assert view.document.journey.note_by_id[note_id].votes == 0
    assert view.board_scene.marked_stages == [stage_id]
    box = view.board_scene.index.note_boxes[note_id]
    visible = view.mapFromScene(QPointF(box.rect.x + 40.0, box.rect.bottom - 4.0))
    assert not view.frozen.covers(visible)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, visible)
    assert view.document.journey.note_by_id[note_id].votes == 1


def test_titles_slide_beside_one_pinned_band_too(view: BoardView) -> None:
    """Scrolled only down, the real lane header half under the pinned rows shows its title
    below them; scrolled only right, the real stage header half under the pinned column shows
    its title right of it."""
    layout = view.board_scene.layout
    rows = header_rows(layout)[1]  # type: ignore[index]
    column = lane_column(layout)[1]  # type: ignore[index]
    lane = lane_row(view, "l2")
    scroll_to(view, -16.0, lane.header.y + 40.0 - rows)
    found = view.frozen.pins()
    assert found.top is not None and found.left is None
    image = picture(view)
    left = view.mapFromScene(QPointF(0.0, 0.0)).x()
    below = round(rows * view.zoom()) + 6
    ink = sum(1 for x in range(left + 8, left + 150) for y in range(below, below + 14)
              if not same_color(image, x, y, lane.header_fill, 40))
    assert ink > 40
    stage = stage_header(view, "s4")
    scroll_to(view, stage.rect.x + 60.0 - column, -16.0)
    found = view.frozen.pins()
    assert found.left is not None and found.top is None
    image = picture(view)
    beside = round(column * view.zoom()) + 6
    stage_row = view.mapFromScene(QPointF(0.0, stage.rect.y)).y()
    ink = sum(1 for x in range(beside, beside + 40) for y in range(stage_row + 8, stage_row + 28)
              if not same_color(image, x, y, stage.fill, 40))
    assert ink > 30
