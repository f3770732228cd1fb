"""Presentation mode on one screen: F5 and the View menu start it, the chrome hides, arrows step
stage by stage and lane by lane, Home shows the whole map, every step but the whole map keeps
note text at least 2.5 % of the screen height, editing keeps working, Escape leaves and puts the
chrome and the zoom back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QToolBar
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path
from canvas_app.model.layout import compute_layout
from canvas_app.scene import presentation_steps as steps
from canvas_app.scene import screen_style
from canvas_app.scene.presentation_steps import Step
from canvas_app.ui.main_window import MainWindow
from scene_helpers import type_text
from test_ui_window import action, make_window, quiet_prompts  # noqa: F401 (autouse fixture)

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "sample_canvases").glob("*.journey"))


def on_screen_fraction(window: MainWindow) -> float:
    """Note text height on the presenting board as a fraction of its viewport height."""
    view = window.presentation.presenting_view()
    assert view is not None
    size = steps.note_text_size(view.board_scene.layout)
    return size * view.transform().m11() / view.viewport().height()


def presenting(qtbot: QtBot, tmp_path: Path, path: Path | None = None) -> MainWindow:
    journey = load_path(path) if path is not None else None
    window = make_window(qtbot, tmp_path, journey)
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.isFullScreen())
    qtbot.wait(20)
    return window


def test_f5_hides_the_chrome_and_escape_puts_it_and_the_zoom_back(qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.view.set_zoom(0.8)
    zoom_before = window.view.zoom()
    high_contrast_before = screen_style.high_contrast()
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(window.isFullScreen)
    assert window.presentation.active
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert not any(bar.isVisible() for bar in window.findChildren(QToolBar))
    assert not any(dock.isVisible() for dock in window.findChildren(QDockWidget))
    assert screen_style.high_contrast()  # the projector theme
    assert action(window, "action_present").isChecked()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.presentation.active
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert any(bar.isVisible() for bar in window.findChildren(QToolBar))
    assert any(dock.isVisible() for dock in window.findChildren(QDockWidget))
    assert window.view.zoom() == pytest.approx(zoom_before)
    assert screen_style.high_contrast() == high_contrast_before


def test_the_view_menu_starts_the_presentation(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    present = action(window, "action_present")
    assert present.shortcut().toString() == "F5"
    menu = window.menuBar().findChild(QMenu, "menu_presentation")
    assert menu is not None and present in menu.actions()
    assert menu.menuAction() in window.menuBar().findChild(QMenu, "menu_view").actions()
    present.trigger()
    qtbot.waitUntil(window.isFullScreen)
    assert window.presentation.active
    present.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.presentation.active


def test_arrows_step_stages_and_lanes_and_home_shows_the_whole_map(qtbot: QtBot,
                                                                    tmp_path: Path) -> None:
    window = presenting(qtbot, tmp_path, SAMPLES[0])
    view = window.view
    view.clear_selection()
    layout = view.board_scene.layout
    assert window.presentation.step == Step(0)
    seen = []
    for _ in range(len(layout.stages) + 1):  # one more than there are: stays on the last
        qtbot.keyClick(view, Qt.Key.Key_Right)
        seen.append(window.presentation.step)
    assert seen[-1] == seen[-2] == Step(len(layout.stages) - 1)
    assert [s.stage for s in seen[:-1]] == list(range(1, len(layout.stages))) + \
        [len(layout.stages) - 1]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.presentation.step == Step(len(layout.stages) - 2)
    # A screen reader hears where the presentation is: the shown stage is the current cell's.
    shown = layout.stages[len(layout.stages) - 2].stage_id
    assert view.board_scene.current_cell()[0] == shown
    assert f"{len(layout.stages) - 1} of {len(layout.stages)}" in view.accessibleDescription()
    # The current stage is on screen and lit; the others are shaded.
    stage = layout.stages[len(layout.stages) - 2]
    centre = view.mapFromScene(stage.rect.center.x, stage.rect.center.y)
    assert view.viewport().rect().contains(centre)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.presentation.step == Step(len(layout.stages) - 2, 1)
    assert view.board_scene.current_cell() == (shown, layout.lanes[1].lane_id)
    lane = layout.lanes[1].rect
    top_left = view.mapFromScene(stage.rect.x, lane.y)
    assert view.viewport().rect().contains(top_left + QPoint(4, 4))
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.presentation.step == Step(len(layout.stages) - 2)
    caption = view.viewport().findChild(QLabel, "presentation_caption")
    assert caption is not None and caption.isVisible()
    assert caption.text() == f"Stage {len(layout.stages) - 1} of {len(layout.stages)}: " + \
        " ".join(layout.stages[-2].title.lines)
    assert caption.textFormat() == Qt.TextFormat.PlainText
    assert caption.font().pixelSize() >= 0.025 * view.viewport().height() - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert window.presentation.step == steps.WHOLE_MAP
    assert not caption.isVisible()
    board = view.mapFromScene(layout.width / 2, layout.height / 2)
    assert view.viewport().rect().contains(board)
    assert view.viewport().rect().contains(view.mapFromScene(0, 0))
    assert view.viewport().rect().contains(view.mapFromScene(layout.width, layout.height))
    # Page Down / Page Up (a presentation clicker) step stages too.
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert window.presentation.step == Step(0)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert window.presentation.step == Step(1)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert window.presentation.step == Step(0)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_step_of_every_sample_is_legible(qtbot: QtBot, tmp_path: Path, path: Path) -> None:
    """On the real presenting board (this screen), and computed for a 1920×1080 projector."""
    window = presenting(qtbot, tmp_path, path)
    view = window.view
    view.clear_selection()
    layout = view.board_scene.layout
    for stage in range(len(layout.stages)):
        window.presentation.go(Step(stage))
        assert on_screen_fraction(window) >= steps.LEGIBLE_FRACTION - 1e-9
        for lane in range(len(layout.lanes)):
            window.presentation.go(Step(stage, lane))
            assert on_screen_fraction(window) >= steps.LEGIBLE_FRACTION - 1e-9
            frame = steps.frame_for(layout, Step(stage, lane), 1920, 1080)
            assert steps.text_fraction(layout, frame.zoom, 1080) >= steps.LEGIBLE_FRACTION
            # The lane's cell is on the 1080-pixel screen: at least its top.
            visible_top = frame.center_y - 540 / frame.zoom
            visible_bottom = frame.center_y + 540 / frame.zoom
            lane_rect = layout.lanes[lane].rect
            assert visible_top <= lane_rect.y + 1e-6 < visible_bottom


def test_stepping_is_off_while_notes_are_selected_and_editing_still_works(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = presenting(qtbot, tmp_path)
    view = window.view
    view.clear_selection()
    assert window.presentation.step == Step(0)
    view.select_notes(["n1"])
    qtbot.keyClick(view, Qt.Key.Key_Down)  # moves to the next note, not the next lane
    assert view.selected_note_ids() == ["n2"]
    assert window.presentation.step == Step(0)
    # Double-click a note edits it, in place, while presenting.
    box = view.board_scene.index.note_boxes["n2"]
    point = view.mapFromScene(box.rect.center.x, box.rect.center.y)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.inline_editor.active
    view.inline_editor.widget.moveCursor(view.inline_editor.widget.textCursor().MoveOperation.End)
    type_text(view, " (edited live)")
    qtbot.keyClick(view.inline_editor.widget, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert not view.inline_editor.active
    assert window.document.journey.note_by_id["n2"].text.endswith("(edited live)")
    # The window's shortcuts keep working: undo.
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.document.journey.note_by_id["n2"].text.endswith("(edited live)")
    # Escape first clears the selection, then leaves.
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.presentation.active and view.selected_note_ids() == []
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.presentation.active


def test_the_steps_follow_the_rules() -> None:
    """Pure rules: wrap-free stepping, Up from the first lane is the whole stage again."""
    layout = compute_layout(load_path(SAMPLES[0]))
    assert steps.next_stage(layout, steps.WHOLE_MAP, 1) == Step(0)
    assert steps.next_stage(layout, steps.WHOLE_MAP, -1) == Step(len(layout.stages) - 1)
    assert steps.next_stage(layout, Step(0), -1) == Step(0)
    assert steps.next_lane(layout, Step(2), 1) == Step(2, 0)
    assert steps.next_lane(layout, Step(2, 0), -1) == Step(2)
    last = len(layout.lanes) - 1
    assert steps.next_lane(layout, Step(2, last), 1) == Step(2, last)
    assert steps.clamp(layout, Step(99, 99)) == Step(len(layout.stages) - 1, last)
    whole = steps.frame_for(layout, steps.WHOLE_MAP, 1920, 1080)
    assert whole.lit == ()
    assert whole.zoom * layout.width <= 1920 and whole.zoom * layout.height <= 1080


def test_no_key_is_bound_twice_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    """A key bound to two actions of one window triggers neither (Qt reports it ambiguous)."""
    from PySide6.QtGui import QAction

    window = make_window(qtbot, tmp_path)
    seen: dict[str, str] = {}
    for found in window.findChildren(QAction):
        for sequence in found.shortcuts():
            key = sequence.toString()
            assert key not in seen or seen[key] == found.objectName(), (key, seen.get(key),
                                                                         found.objectName())
            seen[key] = found.objectName()
    assert seen["F5"] == "action_present" and seen["PgDown"] == "action_next_stage"
    # … and the shortcuts dialog lists the presentation and hiding commands.
    from canvas_app.ui.shortcuts_dialog import shortcut_rows

    names = {row[0] for row in shortcut_rows(window.window_actions.all())}
    assert {"Present", "Audience Window", "Next Stage", "Whole Map", "Hide Selected Notes",
            "Hide Current Lane", "Hide All Notes", "Reveal Everything"} <= names


def test_the_audience_window_opens_windowed_on_one_screen(qtbot: QtBot, tmp_path: Path) -> None:
    """For rehearsal: a window beside the editor, the map fitted, Page keys step it once
    presenting is on; Escape in it closes it."""
    window = make_window(qtbot, tmp_path)
    created: list[object] = []
    window.presentation.audience_view_created.connect(created.append)
    action(window, "action_audience_window").trigger()
    audience = window.presentation.audience_window()
    assert audience is not None
    qtbot.waitExposed(audience)
    assert not audience.isFullScreen() and audience.screen() is window.screen()
    assert created == [window.presentation.audience_view()]
    assert action(window, "action_audience_window").isChecked()
    view = window.presentation.audience_view()
    assert view is not None and view.accessibleName() == "Audience view"
    layout = view.board_scene.layout
    qtbot.waitUntil(lambda: view.viewport().rect().contains(
        view.mapFromScene(layout.width - 1, layout.height - 1)))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presentation.audience_window() is None)
    assert not action(window, "action_audience_window").isChecked()


def test_closing_while_presenting_saves_the_real_layout(qtbot: QtBot, tmp_path: Path) -> None:
    """The window saves its docks and toolbar as they were before presenting."""
    window = presenting(qtbot, tmp_path)
    assert not any(dock.isVisible() for dock in window.findChildren(QDockWidget))
    window.close()
    assert not window.presentation.active
    again = make_window(qtbot, tmp_path)  # the same settings file
    assert again.menuBar().isVisible()
    assert any(dock.isVisible() for dock in again.findChildren(QDockWidget))
    assert any(bar.isVisible() for bar in again.findChildren(QToolBar))
