"""The window's workshop tools: the countdown timer (and its overlays) and the Workshop menu.

The timer is a session tool: it lives as long as the window and is never saved in the map.
`attach_timer(view)` puts a (button-less) timer overlay over another board view — the audience
window uses it — so every screen shows the same countdown.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMainWindow, QMenu

from canvas_app.ui.timer_dialog import TimerDialog
from canvas_app.ui.timer_overlay import TimerOverlay
from canvas_app.ui.workshop_actions import MENU_NAME, TIMER_MENU_NAME, WorkshopActions, menu_titles
from canvas_app.ui.workshop_timer import WorkshopTimer

BEEPS = 3
BEEP_GAP_MS = 350


class Workshop:
    """Owns the timer, its overlays and the Workshop menu of one main window."""

    def __init__(self, window: QMainWindow, view: QAbstractScrollArea) -> None:
        self._window = window
        self.actions = WorkshopActions(window)
        window.addActions(self.actions.all())
        self.timer = WorkshopTimer(window)
        self.timer_overlay = TimerOverlay(view, self.timer, controls=True)
        self.audience_overlays: list[TimerOverlay] = []
        self.beeps = 0  # how many alarm beeps were sounded (the tests read it)
        self.menu = self._build_menu()
        self._connect()

    def _connect(self) -> None:
        a, timer = self.actions, self.timer
        a.timer_start.triggered.connect(self.ask_timer)
        a.timer_toggle.triggered.connect(timer.toggle)
        a.timer_add1.triggered.connect(lambda: timer.add(60))
        a.timer_add5.triggered.connect(lambda: timer.add(300))
        a.timer_reset.triggered.connect(timer.reset)
        for minutes, action in a.timer_presets.items():
            action.triggered.connect(lambda _=False, m=minutes: timer.start(m * 60))
        timer.finished.connect(self._sound_alarm)

    def _build_menu(self) -> QMenu:
        a = self.actions
        titles = menu_titles()
        bar = self._window.menuBar()
        menu = QMenu(titles[MENU_NAME], bar)
        menu.setObjectName(MENU_NAME)
        help_menu = bar.findChild(QMenu, "menu_help")
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        presets = menu.addMenu(titles[TIMER_MENU_NAME])
        presets.setObjectName(TIMER_MENU_NAME)
        presets.addActions(list(a.timer_presets.values()))
        menu.addActions([a.timer_start, a.timer_toggle, a.timer_add1, a.timer_add5,
                         a.timer_reset])
        return menu

    def ask_timer(self) -> None:
        """Ask for a duration (presets or custom) and start the countdown."""
        dialog = TimerDialog(int(self.timer.duration) or 300, self._window)
        if dialog.exec():
            self.timer.start(dialog.seconds())
        dialog.deleteLater()

    def attach_timer(self, view: QAbstractScrollArea) -> TimerOverlay:
        """Show this window's countdown over another board view too (without buttons)."""
        overlay = TimerOverlay(view, self.timer, controls=False)
        self.audience_overlays.append(overlay)
        overlay.destroyed.connect(lambda: self._forget(overlay))
        return overlay

    def _forget(self, overlay: TimerOverlay) -> None:
        if overlay in self.audience_overlays:
            self.audience_overlays.remove(overlay)

    def _sound_alarm(self, remaining: Optional[int] = None) -> None:
        """A few beeps where the system has a bell (none offscreen; the flashing panel says it
        anyway). PySide6-Essentials ships no QtMultimedia, so the bell is QApplication.beep."""
        left = BEEPS if remaining is None else remaining
        if left <= 0:
            return
        QApplication.beep()
        self.beeps += 1
        if left > 1:
            QTimer.singleShot(BEEP_GAP_MS, lambda: self._sound_alarm(left - 1))
