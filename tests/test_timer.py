"""The workshop timer: the countdown model's signals and controls, the overlay over the board
(real clicks on its buttons, real shortcuts), the alarm at zero, and the Start Timer dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.shortcuts_dialog import shortcut_rows
from canvas_app.ui.timer_dialog import TimerDialog
from canvas_app.ui.timer_overlay import TimerOverlay
from canvas_app.ui.workshop_timer import TimerState, WorkshopTimer, format_remaining
from test_ui_window import make_window, quiet_prompts  # noqa: F401 (autouse: no modal box)

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, tmp_path)


def click(widget) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, widget.rect().center())


def press_keys(window: MainWindow, keys: str) -> None:
    """Type a shortcut into the window (with the board focused, as in use)."""
    sequence = QKeySequence(keys)
    combo = sequence[0]  # type: ignore[index]
    QTest.keyClick(window.view, combo.key(), combo.keyboardModifiers())


def test_format_remaining() -> None:
    assert [format_remaining(s) for s in (0, 5, 65, 600, 3725, -3)] == [
        "0:00", "0:05", "1:05", "10:00", "1:02:05", "0:00"]


def test_countdown_reaches_zero_and_finishes_once(qtbot: QtBot) -> None:
    """A 1-second countdown runs, reaches zero, emits `finished` exactly once and stays there."""
    timer = WorkshopTimer()
    finished: list[bool] = []
    timer.finished.connect(lambda: finished.append(True))
    timer.start(1)
    assert timer.state is TimerState.RUNNING and timer.remaining_seconds() == 1
    with qtbot.waitSignal(timer.finished, timeout=3000):
        pass
    assert timer.state is TimerState.FINISHED and timer.remaining_seconds() == 0
    qtbot.wait(400)  # more ticks would have passed: no second signal
    assert finished == [True]


def test_pause_resume_add_and_reset(qtbot: QtBot) -> None:
    timer = WorkshopTimer()
    timer.start(120)
    qtbot.wait(250)
    timer.pause()
    assert timer.state is TimerState.PAUSED
    frozen = timer.remaining()
    assert 119 < frozen < 120
    qtbot.wait(300)
    assert timer.remaining() == frozen  # paused time does not run
    timer.add(60)
    assert timer.remaining() == pytest.approx(frozen + 60)
    timer.resume()
    assert timer.state is TimerState.RUNNING
    timer.add(300)
    assert 478 < timer.remaining() <= 480
    timer.toggle()
    assert timer.state is TimerState.PAUSED
    timer.toggle()
    assert timer.state is TimerState.RUNNING
    timer.reset()
    assert timer.state is TimerState.IDLE and timer.remaining() == 0


def test_more_time_after_zero_runs_again_and_finishes_again(qtbot: QtBot) -> None:
    timer = WorkshopTimer()
    timer.start(1)
    with qtbot.waitSignal(timer.finished, timeout=3000):
        pass
    timer.add(1)  # "one more minute", shortened for the test
    assert timer.state is TimerState.RUNNING
    with qtbot.waitSignal(timer.finished, timeout=3000):
        pass
    assert timer.state is TimerState.FINISHED


def test_changed_announces_each_second(qtbot: QtBot) -> None:
    timer = WorkshopTimer()
    shown: list[int] = []
    timer.changed.connect(lambda: shown.append(timer.remaining_seconds()))
    timer.start(2)
    with qtbot.waitSignal(timer.finished, timeout=4000):
        pass
    assert shown[0] == 2 and 1 in shown and shown[-1] == 0
    assert shown == sorted(shown, reverse=True)


def test_overlay_shows_time_and_buttons_work_with_real_clicks(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    """The overlay is hidden until a countdown starts, then shows big digits in the board's
    top-right corner; its buttons pause, resume, add 1 and 5 minutes and reset."""
    overlay = window.workshop.timer_overlay
    timer = window.workshop.timer
    assert not overlay.isVisible()
    window.findChild(QAction, "action_timer_preset_3").trigger()
    assert overlay.isVisible()
    assert overlay.digits.text() in ("3:00", "2:59")
    assert overlay.state_label.text() == "Time left"
    viewport = window.view.viewport().geometry()
    assert overlay.geometry().right() <= viewport.right()
    assert overlay.geometry().top() >= viewport.top()
    assert overlay.geometry().center().x() > viewport.center().x()  # right half
    assert overlay.digits.font().pixelSize() >= 34
    assert overlay.pause_button is not None and overlay.add1_button is not None
    assert overlay.add5_button is not None and overlay.reset_button is not None
    assert overlay.pause_button.text() == "Pause"
    click(overlay.pause_button)
    assert timer.state is TimerState.PAUSED
    assert overlay.state_label.text() == "Paused" and overlay.look() == "paused"
    assert overlay.pause_button.text() == "Resume"
    before = timer.remaining_seconds()
    click(overlay.add1_button)
    assert timer.remaining_seconds() == before + 60
    assert overlay.digits.text() == format_remaining(before + 60)
    click(overlay.add5_button)
    assert timer.remaining_seconds() == before + 360
    click(overlay.pause_button)
    assert timer.state is TimerState.RUNNING
    # The buttons never take the focus from the board, so its keys keep working.
    assert QApplication.focusWidget() is window.view
    click(overlay.reset_button)
    assert timer.state is TimerState.IDLE and not overlay.isVisible()


def test_shortcuts_drive_the_timer(qtbot: QtBot, window: MainWindow) -> None:
    timer = window.workshop.timer
    press_keys(window, "Ctrl+T")  # idle: starts the default 5 minutes
    assert timer.state is TimerState.RUNNING and 299 <= timer.remaining() <= 300
    press_keys(window, "Ctrl+T")
    assert timer.state is TimerState.PAUSED
    frozen = timer.remaining()
    press_keys(window, "F7")
    assert timer.remaining() == pytest.approx(frozen + 60)
    press_keys(window, "Shift+F7")
    assert timer.remaining() == pytest.approx(frozen + 360)
    press_keys(window, "Ctrl+F7")
    assert timer.state is TimerState.IDLE
    assert not window.workshop.timer_overlay.isVisible()


def test_alarm_at_zero_flashes_with_words_and_beeps(qtbot: QtBot, window: MainWindow) -> None:
    """At zero the overlay says "Time's up!" (words, not colour alone), flashes between two
    strong looks, and the bell rings (QApplication.beep, silent offscreen)."""
    overlay = window.workshop.timer_overlay
    timer = window.workshop.timer
    timer.start(1)
    with qtbot.waitSignal(timer.finished, timeout=3000):
        pass
    assert overlay.isVisible()
    assert overlay.state_label.text() == "Time's up!"
    assert overlay.digits.text() == "0:00"
    looks = set()
    for _ in range(6):
        looks.add(overlay.look())
        qtbot.wait(260)
    assert looks == {"alarm", "alarm-flash"}
    qtbot.waitUntil(lambda: window.workshop.beeps == 3, timeout=3000)
    assert overlay.pause_button is not None and overlay.pause_button.text() == "Restart"
    image = overlay.grab().toImage()
    colours = {image.pixelColor(QPoint(4, image.height() // 2)).name(),
               image.pixelColor(QPoint(image.width() - 5, image.height() // 2)).name()}
    assert colours & {"#c62828", "#ffeb3b"}


def test_overlay_lets_clicks_through_to_the_board(qtbot: QtBot, window: MainWindow) -> None:
    """A click on the overlay's digits (not a button) reaches the board below: here it clears
    the selection, as a click on the empty board would."""
    window.view.select_notes(["n1"])
    timer = window.workshop.timer
    timer.start(60)
    overlay = window.workshop.timer_overlay
    # The overlay sits over the board's empty top-right area (beyond the last stage).
    point = window.view.mapToScene(window.view.viewport().mapFromGlobal(
        overlay.digits.mapToGlobal(overlay.digits.rect().center())))
    assert window.view.board_scene.index.note_at(point.x(), point.y()) is None
    click(overlay.digits)
    assert window.view.selected_note_ids() == []
    assert QApplication.focusWidget() is window.view


def test_audience_window_shows_the_same_countdown(qtbot: QtBot, window: MainWindow) -> None:
    """The audience window (View ▸ Presentation ▸ Audience Window) gets a button-less overlay
    showing the same countdown, its digits scaled to that window's board."""
    QTest.keyClick(window.view, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    audience = window.presentation.audience_view()
    assert audience is not None
    qtbot.waitExposed(audience)
    overlays = audience.findChildren(TimerOverlay)
    assert len(overlays) == 1
    overlay = overlays[0]
    assert overlay.pause_button is None and not overlay.isVisible()
    window.workshop.timer.start(600)
    assert overlay.isVisible() and overlay.digits.text() in ("10:00", "9:59")
    window.workshop.timer.pause()
    assert overlay.state_label.text() == "Paused"
    # Digits scale with the screen: 8 % of the viewport height.
    expected = int(min(180, max(34, audience.viewport().height() * 0.08)))
    assert overlay.digits.font().pixelSize() == expected
    viewport = audience.viewport().geometry()
    assert viewport.contains(overlay.geometry())
    window.workshop.timer.reset()
    assert not overlay.isVisible()
    window.presentation.close_audience_window()
    qtbot.waitUntil(lambda: window.presentation.audience_view() is None)


def test_presenting_on_the_editor_keeps_the_timer(qtbot: QtBot, window: MainWindow) -> None:
    """With one screen, F5 presents on the editor window: the timer stays over the board."""
    window.workshop.timer.start(120)
    QTest.keyClick(window.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.presentation.active)
    overlay = window.workshop.timer_overlay
    assert overlay.isVisible()
    assert window.view.viewport().geometry().contains(overlay.geometry())
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.presentation.active)


def test_start_timer_dialog_presets_and_custom(qtbot: QtBot) -> None:
    dialog = TimerDialog(300)
    qtbot.addWidget(dialog)
    dialog.show()
    assert sorted(dialog.presets) == [1, 3, 5, 10]
    click(dialog.presets[10])
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.seconds() == 600
    custom = TimerDialog(300)
    qtbot.addWidget(custom)
    custom.show()
    assert (custom.minutes.value(), custom.seconds_spin.value()) == (5, 0)
    custom.minutes.setValue(2)
    custom.seconds_spin.setValue(30)
    QTest.keyClick(custom.minutes, Qt.Key.Key_Return)
    assert custom.result() == QDialog.DialogCode.Accepted and custom.seconds() == 150


def test_workshop_menu_and_shortcut_list(window: MainWindow) -> None:
    """The Workshop menu holds the timer commands; Help ▸ Keyboard Shortcuts lists their keys,
    and no key is bound twice in the window."""
    menu = window.menuBar().findChild(QMenu, "menu_workshop")
    assert menu is not None
    names = {action.objectName() for action in menu.actions()}
    assert {"action_timer_start", "action_timer_toggle", "action_timer_add1",
            "action_timer_add5", "action_timer_reset"} <= names
    rows = {name: keys for name, keys, _tip in shortcut_rows(window.all_actions())}
    assert rows["Start Timer"] == "Ctrl+Shift+T"
    assert rows["Pause or Resume Timer"] == "Ctrl+T"
    assert rows["Add 1 Minute"] == "F7"
    seen: dict[str, str] = {}
    for action in window.all_actions():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, (key, seen.get(key), action.objectName())
            seen[key] = action.objectName()
