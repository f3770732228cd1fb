"""Notices when the open map's file changes on disk behind the document's back (a colleague saved
it, a sync client replaced it): QFileSystemWatcher events plus a slow poll, confirmed by size,
modification time and content hash, so the document's own saves and mere touches stay silent.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from canvas_app.document.document import Document
from canvas_app.model import limits

DEFAULT_DEBOUNCE_MS = 250
# Network drives often send no change events at all; a stat every few seconds catches those.
DEFAULT_POLL_MS = 5_000
# A file missing once may be mid-replacement (delete, then create): confirm after this long.
DEFAULT_MISSING_CONFIRM_MS = 1_000


class FileWatcher(QObject):
    """Watches the file of `document` (following Save As and Open).

    Signals: `changed_on_disk(Path)` once per new content that differs from what the document
    last loaded or saved; `removed_from_disk(Path)` when the file is gone (deleted or moved) for
    `missing_confirm_ms`. `events=False` relies on the poll alone.
    """

    changed_on_disk = Signal(object)
    removed_from_disk = Signal(object)

    def __init__(
        self,
        document: Document,
        *,
        debounce_ms: int = DEFAULT_DEBOUNCE_MS,
        poll_ms: int = DEFAULT_POLL_MS,
        missing_confirm_ms: int = DEFAULT_MISSING_CONFIRM_MS,
        events: bool = True,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._events = events
        self._missing_confirm_ms = missing_confirm_ms
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._schedule_check)
        self._watcher.directoryChanged.connect(self._schedule_check)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.check_now)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.check_now)
        self._path: Optional[Path] = None
        self._baseline: Optional[str] = None  # digest to compare with when the document has none
        self._seen: Optional[tuple[int, int]] = None  # (size, mtime_ns) of the content last hashed
        self._seen_digest: Optional[str] = None
        self._reported: Optional[str] = None  # the changed content already announced
        self._missing_since: Optional[float] = None
        self._reported_missing = False
        document.path_changed.connect(self._retarget)
        document.saved.connect(self._on_saved)
        self._retarget(document.path)

    @property
    def path(self) -> Optional[Path]:
        """The file being watched (None for a map that has no file)."""
        return self._path

    def watched_paths(self) -> list[str]:
        """The files and folders the system watcher currently follows."""
        return [*self._watcher.files(), *self._watcher.directories()]

    def stop(self) -> None:
        """Stop watching (the document is being closed)."""
        self._poll.stop()
        self._debounce.stop()
        self._unwatch()
        self._path = None

    def check_now(self) -> bool:
        """Compare the file with the document now; True if `changed_on_disk` was emitted."""
        path = self._path
        if path is None:
            return False
        try:
            status = os.stat(path)
        except OSError:
            status = None
        if status is None or not stat.S_ISREG(status.st_mode):
            # Gone, or replaced by something that is not a file (never read a pipe: it blocks).
            self._on_missing(path)
            return False
        self._missing_since, self._reported_missing = None, False
        self._ensure_watched(path)
        signature = (status.st_size, status.st_mtime_ns)
        if signature != self._seen:
            digest = _digest(path)
            if digest is None:
                return False
            self._seen, self._seen_digest = signature, digest
        expected = self._document.disk_digest or self._baseline
        current = self._seen_digest
        if current is None or current == expected or current == self._reported:
            return False
        self._reported = current
        self.changed_on_disk.emit(path)
        return True

    # -- internals ------------------------------------------------------------------------------

    def _schedule_check(self, *_: object) -> None:
        self._debounce.start()

    def _retarget(self, path: Optional[Path]) -> None:
        self._unwatch()
        self._path = Path(path) if path is not None else None
        self._seen = self._seen_digest = self._reported = None
        self._missing_since, self._reported_missing = None, False
        if self._path is None:
            self._poll.stop()
            self._baseline = None
            return
        # What is on disk now is what the document shows unless it says otherwise.
        self._baseline = self._document.disk_digest or _digest(self._path)
        self._ensure_watched(self._path)
        self._poll.start()

    def _on_saved(self, *_: object) -> None:
        # Our own write: the document's digest now describes the file; forget older reports.
        self._reported = None
        self._debounce.stop()

    def _ensure_watched(self, path: Path) -> None:
        # An atomic replace (ours or a colleague's) makes the watcher drop the path: add it back.
        if not self._events:
            return
        if str(path) not in self._watcher.files() and path.exists():
            self._watcher.addPath(str(path))
        folder = str(path.parent)
        if os.name == "posix" and folder not in self._watcher.directories():
            # Folder events catch a file created anew; on Windows a watched folder could not be
            # renamed or deleted by the user, so there the poll does this job.
            self._watcher.addPath(folder)

    def _unwatch(self) -> None:
        for paths in (self._watcher.files(), self._watcher.directories()):
            if paths:
                self._watcher.removePaths(paths)

    def _on_missing(self, path: Path) -> None:
        now = time.monotonic()
        if self._missing_since is None:
            self._missing_since = now
            QTimer.singleShot(self._missing_confirm_ms, self, self.check_now)
            return
        # Qt's coarse timers may fire up to 5 % early.
        confirmed = now - self._missing_since >= 0.9 * self._missing_confirm_ms / 1000
        if confirmed and not self._reported_missing:
            self._reported_missing = True
            self._seen = self._seen_digest = None
            self.removed_from_disk.emit(path)


def _digest(path: Path) -> Optional[str]:
    """SHA-256 of the file (None if it cannot be read or is larger than any map may be)."""
    sha = hashlib.sha256()
    remaining = limits.MAX_FILE_BYTES + 1
    try:
        with open(path, "rb") as handle:
            while remaining > 0:
                chunk = handle.read(min(1 << 20, remaining))
                if not chunk:
                    break
                sha.update(chunk)
                remaining -= len(chunk)
    except OSError:
        return None
    return sha.hexdigest()
