"""The workshop timer can be moved off the stage headers: dragged with the mouse to any corner
(it snaps to the nearest), or sent round the corners by Workshop ▸ Move Timer to Next Corner; the
corner is remembered in the settings (a new window starts there)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from canvas_app.ui.board_overlay import Corner
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.timer_overlay import TimerOverlay
from canvas_app.ui.workshop import TIMER_CORNER_KEY
from test_ui_window import make_window, quiet_prompts  # noqa: F401 (autouse: no modal box)

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, tmp_path)


def _send(widget: TimerOverlay, kind: QEvent.Type, at_global: QPoint,
          button: Qt.MouseButton, buttons: Qt.MouseButton) -> None:
    """A real mouse event on the overlay at a global position (QTest cannot hold a button
    during a move offscreen)."""
    local = QPointF(widget.mapFromGlobal(at_global))
    event = QMouseEvent(kind, local, QPointF(at_global), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag_overlay(overlay: TimerOverlay, to_global: QPoint, steps: int = 8) -> None:
    """Press on the digits, move in steps to `to_global` (the grab point follows the mouse; the
    overlay moves under it), release there."""
    start = overlay.digits.mapToGlobal(overlay.digits.rect().center())
    _send(overlay, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, steps + 1):
        point = start + (to_global - start) * (i / steps)
        _send(overlay, QEvent.Type.MouseMove, point, NONE, LEFT)
    _send(overlay, QEvent.Type.MouseButtonRelease, to_global, LEFT, NONE)


def corner_of(overlay: TimerOverlay, window: MainWindow) -> Corner:
    """Which corner of the viewport the overlay's geometry actually sits in."""
    area = window.view.viewport().geometry()
    geometry = overlay.geometry()
    assert area.contains(geometry), (area, geometry)
    right = geometry.center().x() > area.center().x()
    bottom = geometry.center().y() > area.center().y()
    return {(False, False): Corner.TOP_LEFT, (True, False): Corner.TOP_RIGHT,
            (False, True): Corner.BOTTOM_LEFT, (True, True): Corner.BOTTOM_RIGHT}[right, bottom]


def test_drag_snaps_to_the_nearest_corner_and_is_remembered(qtbot: QtBot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    window.workshop.timer.start(300)
    overlay = window.workshop.timer_overlay
    assert overlay.isVisible() and corner_of(overlay, window) is Corner.TOP_RIGHT
    view = window.view
    area = view.viewport().geometry()
    # Drop it a little left of and below the viewport's centre: the bottom-left quarter.
    target = view.mapToGlobal(area.center() + QPoint(-40, 30))
    drag_overlay(overlay, target)
    assert corner_of(overlay, window) is Corner.BOTTOM_LEFT
    assert overlay.corner is Corner.BOTTOM_LEFT
    margin = overlay.geometry().left() - area.left()
    assert 0 < margin <= 20 and area.bottom() - overlay.geometry().bottom() <= 20
    assert window.settings.value(TIMER_CORNER_KEY) == "bottom-left"
    # The clock keeps ticking: the panel stays in its new corner.
    qtbot.wait(1200)
    assert corner_of(overlay, window) is Corner.BOTTOM_LEFT
    # Near the top-left corner of the viewport: top left.
    drag_overlay(overlay, view.mapToGlobal(area.topLeft() + QPoint(30, 30)))
    assert corner_of(overlay, window) is Corner.TOP_LEFT
    window.settings.sync()
    # A new window reads the stored corner.
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value(TIMER_CORNER_KEY) == "top-left"


def test_a_stored_corner_is_where_a_new_window_puts_the_timer(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(TIMER_CORNER_KEY, "bottom-right")
    settings.sync()
    window = make_window(qtbot, tmp_path)
    window.workshop.timer.start(60)
    overlay = window.workshop.timer_overlay
    assert corner_of(overlay, window) is Corner.BOTTOM_RIGHT


def test_garbage_in_the_settings_means_top_right(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(TIMER_CORNER_KEY, "middle")
    settings.sync()
    window = make_window(qtbot, tmp_path)
    window.workshop.timer.start(60)
    assert corner_of(window.workshop.timer_overlay, window) is Corner.TOP_RIGHT


def test_a_click_without_drag_still_reaches_the_board(qtbot: QtBot, window: MainWindow) -> None:
    """A press and release without moving is a click on the board below (the selection
    clears), and the timer stays where it was."""
    window.view.select_notes(["n1"])
    window.workshop.timer.start(60)
    overlay = window.workshop.timer_overlay
    before = overlay.geometry()
    QTest.mouseClick(overlay.digits, LEFT, Qt.KeyboardModifier.NoModifier,
                     overlay.digits.rect().center())
    assert window.view.selected_note_ids() == []
    assert overlay.geometry() == before
    assert window.settings.value(TIMER_CORNER_KEY) is None


def test_menu_action_goes_round_the_corners(qtbot: QtBot, window: MainWindow) -> None:
    """Workshop ▸ Move Timer to Next Corner: clockwise from top right, remembered each time."""
    menu = window.findChild(QMenu, "menu_workshop")
    action = window.findChild(QAction, "action_timer_corner")
    assert action is not None and action in menu.actions()
    assert action.text() == "&Move Timer to Next Corner"
    window.workshop.timer.start(120)
    overlay = window.workshop.timer_overlay
    seen = []
    for _ in range(4):
        action.trigger()
        seen.append(corner_of(overlay, window))
        assert window.settings.value(TIMER_CORNER_KEY) == seen[-1].value
    assert seen == [Corner.BOTTOM_RIGHT, Corner.BOTTOM_LEFT, Corner.TOP_LEFT, Corner.TOP_RIGHT]


def test_audience_timer_follows_the_corner(qtbot: QtBot, window: MainWindow) -> None:
    """The audience window's timer moves with the facilitator's."""
    QTest.keyClick(window.view, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    audience = window.presentation.audience_view()
    assert audience is not None
    qtbot.waitExposed(audience)
    window.workshop.timer.start(60)
    (overlay,) = audience.findChildren(TimerOverlay)
    window.findChild(QAction, "action_timer_corner").trigger()
    assert overlay.corner is Corner.BOTTOM_RIGHT
    area = audience.viewport().geometry()
    assert overlay.geometry().bottom() > area.center().y()
    assert overlay.geometry().right() > area.center().x()
