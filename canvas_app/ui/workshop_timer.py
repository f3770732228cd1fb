"""The workshop countdown: a session tool owned by the main window, never saved in the map.

The remaining time is measured against a monotonic deadline (`time.monotonic`), not by counting
ticks, so a busy event loop delays the display but never the end. A QTimer ticks a few times a
second to refresh the overlays; `finished` is emitted exactly once per countdown that reaches zero.
"""

from __future__ import annotations

import enum
import math
import time
from typing import Optional

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 100
MAX_SECONDS = 10 * 60 * 60  # ten hours: far beyond any workshop exercise
PRESET_MINUTES = (1, 3, 5, 10)


class TimerState(enum.Enum):
    IDLE = "idle"  # never started, or reset: the overlays are hidden
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached zero: the alarm shows until reset or more time is added


class WorkshopTimer(QObject):
    """A countdown. Signals: `changed()` whenever the state or the whole seconds shown change,
    `finished()` once when a countdown reaches zero."""

    changed = Signal()
    finished = Signal()

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._state = TimerState.IDLE
        self._duration = 0.0  # seconds of the countdown as last started (for a restart)
        self._remaining = 0.0  # seconds left while paused / idle / finished
        self._deadline = 0.0  # monotonic time of zero while running
        self._shown = -1  # whole seconds last announced by `changed`
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)

    # -- reading -----------------------------------------------------------------------------

    @property
    def state(self) -> TimerState:
        return self._state

    @property
    def duration(self) -> float:
        """Seconds of the countdown as last started (0 before any start)."""
        return self._duration

    def remaining(self) -> float:
        """Seconds left (0 when finished or idle)."""
        if self._state is TimerState.RUNNING:
            return max(0.0, self._deadline - time.monotonic())
        return self._remaining

    def remaining_seconds(self) -> int:
        """Whole seconds left, rounded up: a countdown shows 0:01 until it truly ends."""
        return int(math.ceil(self.remaining() - 1e-6))

    # -- controls ----------------------------------------------------------------------------

    def start(self, seconds: float) -> None:
        """Start a new countdown of `seconds` (clamped to 1 s … 10 h), whatever was running."""
        seconds = min(max(1.0, float(seconds)), MAX_SECONDS)
        self._duration = seconds
        self._run(seconds)

    def pause(self) -> None:
        if self._state is TimerState.RUNNING:
            self._remaining = self.remaining()
            self._ticker.stop()
            self._set(TimerState.PAUSED)

    def resume(self) -> None:
        if self._state is TimerState.PAUSED:
            self._run(self._remaining)

    def toggle(self) -> None:
        """Pause a running countdown, resume a paused one, restart the last duration otherwise
        (or start a 5-minute one if none was ever started)."""
        if self._state is TimerState.RUNNING:
            self.pause()
        elif self._state is TimerState.PAUSED:
            self.resume()
        else:
            self.start(self._duration or 5 * 60)

    def add(self, seconds: float) -> None:
        """Give more time. A finished countdown runs again with the time added; an idle timer
        starts with it."""
        if self._state is TimerState.RUNNING:
            self._deadline = min(self._deadline + seconds, time.monotonic() + MAX_SECONDS)
            self._duration += seconds
            self._announce(force=True)
        elif self._state is TimerState.PAUSED:
            self._remaining = min(self._remaining + seconds, MAX_SECONDS)
            self._duration += seconds
            self._announce(force=True)
        elif self._state is TimerState.FINISHED:
            self._duration = seconds
            self._run(seconds)
        else:
            self.start(seconds)

    def reset(self) -> None:
        """Stop and clear the countdown: the overlays hide."""
        self._ticker.stop()
        self._remaining = 0.0
        self._set(TimerState.IDLE)

    # -- internals ---------------------------------------------------------------------------

    def _run(self, seconds: float) -> None:
        self._deadline = time.monotonic() + seconds
        self._ticker.start()
        self._set(TimerState.RUNNING)

    def _set(self, state: TimerState) -> None:
        self._state = state
        self._announce(force=True)

    def _announce(self, force: bool = False) -> None:
        shown = self.remaining_seconds()
        if force or shown != self._shown:
            self._shown = shown
            self.changed.emit()

    def _tick(self) -> None:
        if self._state is not TimerState.RUNNING:
            return
        if self.remaining() <= 0.0:
            self._ticker.stop()
            self._remaining = 0.0
            self._set(TimerState.FINISHED)
            self.finished.emit()
        else:
            self._announce()


def format_remaining(seconds: int) -> str:
    """"4:05", "12:00", "1:02:03": minutes and seconds, hours only when needed (digits and
    colons read the same in every language)."""
    seconds = max(0, seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
