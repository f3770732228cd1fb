"""Keeps a map's lock file alive while the map is open: refreshes its heartbeat on a timer and
says when the lock was lost (taken over as stale while this machine slept, or deleted)."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, QTimer, Signal

from canvas_app.fileio.lockfile import HEARTBEAT_INTERVAL, MapLock


class LockKeeper(QObject):
    """Refreshes `lock` every `interval_ms`; emits `lost()` once if it stops being ours.
    Call `release()` when the map is closed."""

    lost = Signal()

    def __init__(
        self, lock: MapLock, *, interval_ms: Optional[int] = None, parent: Optional[QObject] = None
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self._timer = QTimer(self)
        default_ms = int(HEARTBEAT_INTERVAL.total_seconds() * 1000)
        self._timer.setInterval(interval_ms if interval_ms is not None else default_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    @property
    def lock(self) -> MapLock:
        return self._lock

    def refresh(self) -> bool:
        """Renew the heartbeat now; False (and `lost` emitted) if the lock is no longer ours."""
        if self._lock.refresh():
            return True
        if not self._lock.released:
            self._timer.stop()
            self.lost.emit()
        return False

    def release(self) -> None:
        """Stop refreshing and remove the lock file (if still ours)."""
        self._timer.stop()
        self._lock.release()
