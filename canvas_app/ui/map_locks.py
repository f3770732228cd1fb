"""The lock files this program holds, shared by its windows: one `MapLock` per map file, kept
fresh by a `LockKeeper` and released when the last window using it lets go (or at exit).

Two windows of one program on the same file share its lock (each window's disk watcher still
catches the other's saves); other instances, here or on another machine, see it as held.
"""

from __future__ import annotations

import atexit
import os
import weakref
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from canvas_app.document.lock_keeper import LockKeeper
from canvas_app.fileio import lockfile
from canvas_app.fileio.lockfile import LockOwner, LockState, MapLock
from canvas_app.ui.labels import fill


class ClaimState(Enum):
    OURS = "ours"  # this program holds the lock (a share of it is now the caller's)
    HELD = "held"  # another instance holds it: `holder` says who
    NOT_LOCKABLE = "not lockable"  # nothing can be written beside the map: `reason` says why


@dataclass(frozen=True)
class Claim:
    """The outcome of claiming a map file's lock for one window."""

    state: ClaimState
    path: Path
    holder: str = ""
    reason: str = ""
    replaced: str = ""  # a stale lock taken over: whose it was
    share: Optional["_Shared"] = field(default=None, compare=False, repr=False)


class _Shared:
    """One lock file of this program and how many windows use it."""

    def __init__(self, key: str, lock: MapLock) -> None:
        self.key = key
        self.lock = lock
        # Refreshes the heartbeat; a child of the application, so Qt never outlives it.
        self.keeper = LockKeeper(lock, parent=QCoreApplication.instance())
        self.users = 1
        self.lost = False


LostListener = Callable[[Path], None]


class MapLocks:
    """The registry. Listeners hear of a lock that stopped being ours (taken over or deleted)."""

    def __init__(self) -> None:
        self._shared: dict[str, _Shared] = {}
        # Weak: a window that went away without closing is not kept alive by its listener.
        self._listeners: list[weakref.WeakMethod[LostListener]] = []

    def add_listener(self, listener: LostListener) -> None:
        """Call `listener(path)` (a bound method) when a lock stops being ours."""
        self._listeners.append(weakref.WeakMethod(listener))

    def remove_listener(self, listener: LostListener) -> None:
        self._listeners = [ref for ref in self._listeners if ref() not in (None, listener)]

    def claim(self, path: str | os.PathLike[str]) -> Claim:
        """Take a share of the lock on `path` (creating the lock file if this program has none)."""
        target = Path(path)
        key = _key(target)
        shared = self._shared.get(key)
        if shared is not None and not shared.lost:
            shared.users += 1
            return Claim(ClaimState.OURS, target, share=shared)
        result = lockfile.acquire(target)
        if result.state is LockState.ACQUIRED and result.lock is not None:
            shared = _Shared(key, result.lock)
            shared.keeper.lost.connect(lambda s=shared, t=target: self._on_lost(s, t))
            self._shared[key] = shared
            replaced = describe_owner(result.replaced) if result.replaced is not None else ""
            return Claim(ClaimState.OURS, target, replaced=replaced, share=shared)
        if result.state is LockState.HELD:
            return Claim(ClaimState.HELD, target, holder=describe_owner(result.owner))
        return Claim(ClaimState.NOT_LOCKABLE, target, reason=result.reason)

    def release(self, claim: Claim) -> None:
        """Give back the share `claim` took; the last one removes the lock file (if it is still
        ours: a lock another instance took over is left alone)."""
        shared = claim.share
        if shared is None or shared.users <= 0:
            return
        shared.users -= 1
        if shared.users == 0:
            if self._shared.get(shared.key) is shared:
                del self._shared[shared.key]
            try:
                shared.keeper.release()  # stops refreshing and removes the lock file
                shared.keeper.deleteLater()
            except RuntimeError:  # the application (the keeper's parent) is gone already
                shared.lock.release()

    def holds(self, path: str | os.PathLike[str]) -> bool:
        """Whether this program holds a live lock on `path`."""
        shared = self._shared.get(_key(Path(path)))
        return shared is not None and not shared.lost

    def _on_lost(self, shared: _Shared, path: Path) -> None:
        # Claims made from now on try to lock the file afresh instead of sharing a dead lock.
        shared.lost = True
        for ref in list(self._listeners):
            listener = ref()
            if listener is not None:
                try:
                    listener(path)
                except RuntimeError:
                    pass  # its window was deleted without closing


    def release_all(self) -> None:
        """Remove every lock file this program holds (at exit: a window never closed)."""
        for shared in self._shared.values():
            shared.lock.release()  # plain file work: safe after Qt has shut down
        self._shared.clear()


_registry: Optional[MapLocks] = None


def map_locks() -> MapLocks:
    """The program's registry (created on first use)."""
    global _registry
    if _registry is None:
        _registry = MapLocks()
        atexit.register(_release_at_exit)
    return _registry


def _release_at_exit() -> None:
    if _registry is not None:
        _registry.release_all()


def describe_owner(owner: Optional[LockOwner]) -> str:
    """"Nguyễn Thị Hương (huong) on LAPTOP-7 since 01/03/2026 09:12" in the interface language."""
    if owner is None:
        return QCoreApplication.translate(
            "map_locks", "another copy of Journey Canvas (its lock file is being written)")
    identity = owner.identity
    person = identity.display_name or identity.user or QCoreApplication.translate(
        "map_locks", "someone")
    if identity.user and identity.user != person:
        person = f"{person} ({identity.user})"
    if owner.is_this_process:
        person = QCoreApplication.translate("map_locks", "you, in another window of this program")
    since = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(owner.since.timestamp())),
                               QLocale.FormatType.ShortFormat)
    return fill(QCoreApplication.translate("map_locks", "%1 on %2 since %3"), person,
                identity.host, since)


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))
