"""What protects one window's map while it is open: the autosaver (snapshots in the recovery
folder), the lock file beside the map (shared through `map_locks`), read-only mode when someone
else holds it, and the watcher that notices changes on disk. `close()` ends it all cleanly.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal

from canvas_app.document.autosave import Autosaver
from canvas_app.document.document import Document
from canvas_app.document.file_watch import FileWatcher
from canvas_app.fileio.recovery import RecoveryStore
from canvas_app.model import limits
from canvas_app.ui.labels import fill
from canvas_app.ui.map_locks import Claim, ClaimState, map_locks


class SessionGuard(QObject):
    """Guards `document` for one window. Signals: `notice(str)` a one-line note for the status
    bar; `lock_state_changed()` when read-only or locking changed; `changed_on_disk(Path)` and
    `removed_from_disk(Path)` from the watcher."""

    notice = Signal(str)
    lock_state_changed = Signal()
    changed_on_disk = Signal(object)
    removed_from_disk = Signal(object)

    def __init__(self, document: Document, parent: Optional[QObject] = None,
                 recovery: Optional[RecoveryStore] = None) -> None:
        super().__init__(parent)
        self._document = document
        self._recovery = recovery if recovery is not None else RecoveryStore.default()
        self.autosaver = self._new_autosaver(None)
        self.watcher = FileWatcher(document, parent=self)
        self.watcher.changed_on_disk.connect(self.changed_on_disk)
        self.watcher.removed_from_disk.connect(self.removed_from_disk)
        self._claim: Optional[Claim] = None
        self._read_only = False
        # Digest of the file as this window first saw it, for a map whose document knows none
        # (a map restored after a crash): a later change by someone else is still noticed.
        self._baseline: Optional[str] = None
        self._closed = False
        map_locks().add_listener(self._on_lock_lost)
        if document.path is not None:
            self.use(self.claim(document.path))

    # -- locks ----------------------------------------------------------------------------------

    @staticmethod
    def claim(path: str | os.PathLike[str]) -> Claim:
        """Try to lock `path` for this window (no question asked; see `use` and `drop`)."""
        return map_locks().claim(path)

    @staticmethod
    def drop(claim: Optional[Claim]) -> None:
        """Give back a claim that will not be used (the file could not be opened or saved)."""
        if claim is not None:
            map_locks().release(claim)

    def use(self, claim: Optional[Claim], read_only: bool = False) -> None:
        """The document now shows `claim.path` (None: a map without a file): keep that claim and
        give back the previous one. A lock held by someone else means read-only."""
        previous, self._claim = self._claim, claim
        self.drop(previous)
        self._read_only = claim is not None and (read_only or claim.state is ClaimState.HELD)
        path = self._document.path
        self._baseline = _file_digest(path) if path is not None and (
            self._document.disk_digest is None) else None
        if claim is not None:
            self._announce(claim)
        self.lock_state_changed.emit()

    @property
    def read_only(self) -> bool:
        """Someone else edits this file: saving it in place is blocked (Save becomes Save As)."""
        return self._read_only

    @property
    def holder(self) -> str:
        """Who else edits the file (read-only mode), described for the user."""
        return self._claim.holder if self._claim is not None and self._read_only else ""

    @property
    def not_locked_reason(self) -> str:
        """Why no lock file could be written beside the map ("" when locked or no file)."""
        if self._claim is not None and self._claim.state is ClaimState.NOT_LOCKABLE:
            return self._claim.reason or "?"
        return ""

    def claim_for(self, path: Path) -> Optional[Claim]:
        """The claim this window holds if it is for `path`."""
        if self._claim is not None and _same(self._claim.path, path):
            return self._claim
        return None

    # -- disk -----------------------------------------------------------------------------------

    def disk_differs(self, path: Path) -> bool:
        """Whether the file at `path` holds something other than what this window last read or
        wrote there (someone else saved it): saving would replace their version."""
        expected = self._document.disk_digest or self._baseline
        if expected is None or self._document.path is None or not _same(path, self._document.path):
            return False
        current = _file_digest(path)
        return current is not None and current != expected

    # -- recovery -------------------------------------------------------------------------------

    def snapshot_disk_digest(self, key: str) -> Optional[str]:
        """The digest of the original file recorded with recovery snapshot `key` (None if not
        recorded)."""
        try:
            entry = self._recovery.entry(key)
        except ValueError:
            return None
        return entry.disk_digest if entry is not None else None

    def adopt_snapshot(self, key: str) -> None:
        """Autosave under an adopted recovery snapshot (a map restored after a crash)."""
        self.autosaver.close()
        self.autosaver = self._new_autosaver(key)

    # -- closing --------------------------------------------------------------------------------

    def close(self) -> None:
        """The window closes normally: remove the snapshot, stop watching, release the lock."""
        if self._closed:
            return
        self._closed = True
        self.autosaver.close()
        self.watcher.stop()
        map_locks().remove_listener(self._on_lock_lost)
        claim, self._claim = self._claim, None
        self.drop(claim)

    # -- internals ------------------------------------------------------------------------------

    def _new_autosaver(self, key: Optional[str]) -> Autosaver:
        autosaver = Autosaver(self._document, self._recovery, key=key, parent=self)
        autosaver.snapshot_failed.connect(self.notice)
        return autosaver

    def _announce(self, claim: Claim) -> None:
        name = claim.path.name
        if self._read_only and claim.state is ClaimState.HELD:
            self.notice.emit(fill(self.tr(
                "Read-only: %1 is editing “%2”. Use Save As to keep your changes."),
                claim.holder, name))
        elif claim.state is ClaimState.NOT_LOCKABLE:
            self.notice.emit(fill(self.tr(
                "Not locked: no lock file can be made beside “%1” (%2), so others are not told "
                "you are editing it."), name, claim.reason))
        elif claim.replaced:
            self.notice.emit(fill(self.tr(
                "“%1” was still marked as opened by %2, who is no longer editing it."),
                name, claim.replaced))

    def _on_lock_lost(self, path: Path) -> None:
        claim = self._claim
        if claim is not None and claim.state is ClaimState.OURS and _same(claim.path, path):
            self.notice.emit(fill(self.tr(
                "The lock on “%1” was taken over by another copy of Journey Canvas: save soon, "
                "or save a copy."), path.name))


def _same(first: Path, second: Path) -> bool:
    return os.path.normcase(os.path.abspath(first)) == os.path.normcase(os.path.abspath(second))


def _file_digest(path: Path) -> Optional[str]:
    """SHA-256 of the file (None when it cannot be read; never more than a map may hold)."""
    sha = hashlib.sha256()
    remaining = limits.MAX_FILE_BYTES + 1
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # never read a pipe or a device (it may block)
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
