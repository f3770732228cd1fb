"""Autosave to the recovery folder: a snapshot of an open document's unsaved changes shortly after
each edit (debounced) and on a periodic timer, removed once the document is saved or closed.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, QTimer, Signal

from canvas_app.document.document import Document
from canvas_app.fileio.recovery import RecoveryStore

DEFAULT_DELAY_MS = 2_000
DEFAULT_INTERVAL_MS = 30_000
# Edits keep restarting the short timer; after this many delays of continuous editing a
# snapshot is written anyway, so a long typing burst is never unprotected for long.
_MAX_POSTPONES = 4


class Autosaver(QObject):
    """Keeps a recovery snapshot of `document` while it has unsaved changes.

    Signals: `snapshot_written(Path)` after each snapshot, `snapshot_failed(str)` with a one-line
    reason when the state folder cannot be written (tried again at the next edit or interval).
    Call `close()` when the document is closed normally; after a crash the snapshot remains.
    """

    snapshot_written = Signal(object)
    snapshot_failed = Signal(str)

    def __init__(
        self,
        document: Document,
        store: RecoveryStore,
        *,
        delay_ms: int = DEFAULT_DELAY_MS,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        key: Optional[str] = None,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._store = store
        self._key = key if key is not None else store.new_key()
        self._delay_ms = delay_ms
        # Edits since the snapshot on disk was written (or since the last clean state).
        self._generation = 0
        self._written_generation = 0
        self._has_snapshot = key is not None  # an adopted snapshot already exists
        self._pending_since: Optional[float] = None
        self._closed = False

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self.flush)
        self._periodic = QTimer(self)
        self._periodic.setInterval(interval_ms)
        self._periodic.timeout.connect(self.flush)
        self._periodic.start()

        document.changed.connect(self._on_changed)
        document.modified_changed.connect(self._on_modified_changed)
        document.path_changed.connect(self._on_changed)
        if document.modified:  # e.g. a restored map: protect it at once
            self._on_changed()

    @property
    def key(self) -> str:
        """The snapshot's name in the store."""
        return self._key

    @property
    def pending(self) -> bool:
        """Whether there are edits the snapshot on disk does not hold yet."""
        return self._document.modified and self._generation != self._written_generation

    def flush(self) -> bool:
        """Write the snapshot now if it is behind the document; True if one was written."""
        self._debounce.stop()
        self._pending_since = None
        if self._closed or not self.pending:
            return False
        generation = self._generation
        try:
            snapshot = self._store.write(self._key, self._document.journey, self._document.path,
                                         self._document.disk_digest)
        except OSError as error:
            self.snapshot_failed.emit(self.tr(
                "Unsaved changes could not be copied to the recovery folder %1 (%2).").replace(
                "%1", str(self._store.directory)).replace("%2", error.strerror or str(error)))
            return False
        self._written_generation = generation
        self._has_snapshot = True
        self.snapshot_written.emit(Path(snapshot))
        return True

    def close(self) -> None:
        """The document is closed normally (saved or changes deliberately dropped): stop and
        remove the snapshot."""
        self._closed = True
        self._debounce.stop()
        self._periodic.stop()
        for signal, slot in (
            (self._document.changed, self._on_changed),
            (self._document.modified_changed, self._on_modified_changed),
            (self._document.path_changed, self._on_changed),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # already gone with the document
        self._remove_snapshot()

    def _on_changed(self, *_: object) -> None:
        if self._closed:
            return
        self._generation += 1
        if not self._document.modified:
            return
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        # Restart the short timer unless edits have postponed it too long already.
        if now - self._pending_since < _MAX_POSTPONES * self._delay_ms / 1000:
            self._debounce.start(self._delay_ms)
        elif not self._debounce.isActive():
            self._debounce.start(0)

    def _on_modified_changed(self, modified: bool) -> None:
        if self._closed:
            return
        if modified:
            self._on_changed()
        else:
            # Saved (or undone back to the saved state): the file on disk holds this map.
            self._debounce.stop()
            self._pending_since = None
            self._written_generation = self._generation
            self._remove_snapshot()

    def _remove_snapshot(self) -> None:
        if self._has_snapshot:
            try:
                self._store.remove(self._key)
            except OSError:
                return  # stays until discarded; harmless
            self._has_snapshot = False
