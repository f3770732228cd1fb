"""Lock files beside maps open for editing (`.<name>.lock`, e.g. `.plan.journey.lock`), telling
other Journey Canvas instances on this or another machine who is editing a map since when.

The lock is advisory: it informs, the UI decides (open read-only, open a copy). A lock whose
process is gone, or whose heartbeat stopped long ago, is stale and taken over. A folder where no
lock can be written yields NOT_LOCKABLE, never an exception.
"""

from __future__ import annotations

import enum
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from canvas_app import __version__
from canvas_app.fileio.process_owner import (
    ProcessIdentity,
    ProcessState,
    current_process,
    process_state,
)
from canvas_app.fileio.side_files import lock_path_for as lock_path_for  # (re-exported)

LOCK_FORMAT = "journey-canvas-lock"
# The holder refreshes its lock this often; another host's lock is stale after STALE_AFTER
# without a refresh (a crashed machine, or a laptop asleep for hours).
HEARTBEAT_INTERVAL = timedelta(minutes=5)
STALE_AFTER = timedelta(hours=2)
# A lock file still being written (empty or half-written JSON) is respected this long.
_UNREADABLE_GRACE = timedelta(seconds=30)
_LOCK_READ_LIMIT = 64 * 1024
_CREATE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
)


class LockState(enum.Enum):
    ACQUIRED = "acquired"  # the lock is ours (see `LockResult.replaced` for a stale one taken over)
    HELD = "held"  # someone else is editing the map: `LockResult.owner` says who
    NOT_LOCKABLE = "not lockable"  # no lock could be written here (read-only folder...)


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock, as its file says."""

    identity: ProcessIdentity
    since: datetime
    heartbeat: datetime
    app_version: str
    nonce: str

    @property
    def is_this_process(self) -> bool:
        me = current_process()
        return (self.identity.host, self.identity.pid) == (me.host, me.pid) and (
            self.identity.start_token == me.start_token
        )

    def describe(self) -> str:
        """`Nguyễn Thị Hương (huong) on LAPTOP-7 since 2026-03-01 09:12` for a dialog."""
        person = self.identity.display_name or self.identity.user or "someone"
        if self.identity.user and self.identity.user != person:
            person += f" ({self.identity.user})"
        moment = self.since.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{person} on {self.identity.host} since {moment}"


@dataclass(frozen=True)
class LockResult:
    state: LockState
    lock: "MapLock | None" = None  # set when ACQUIRED: keep it, refresh it, release it on close
    owner: LockOwner | None = None  # set when HELD (None if the lock file is being written)
    replaced: LockOwner | None = None  # a stale lock taken over on ACQUIRED
    reason: str = ""  # why NOT_LOCKABLE, in words


def read_lock(path: str | os.PathLike[str]) -> LockOwner | None:
    """The owner recorded in the map's lock file; None if there is none or it is unreadable."""
    data = _read(lock_path_for(path))
    return _parse(data) if data is not None else None


def acquire(
    path: str | os.PathLike[str], *, stale_after: timedelta = STALE_AFTER
) -> LockResult:
    """Try to lock the map at `path` for editing by this process."""
    lock_file = lock_path_for(path)
    replaced: LockOwner | None = None
    for _ in range(3):  # a lost race with another instance is re-evaluated, not looped on
        result = _create(lock_file)
        if result is not None:
            if result.state is LockState.ACQUIRED and replaced is not None:
                return LockResult(LockState.ACQUIRED, lock=result.lock, replaced=replaced)
            return result
        data = _read(lock_file)
        if data is None:
            continue  # vanished between our attempt and the read: try again
        owner = _parse(data)
        if not _is_stale(owner, lock_file, stale_after):
            return LockResult(LockState.HELD, owner=owner)
        try:
            if not _remove_if_unchanged(lock_file, data):
                continue
        except OSError as error:
            # A stale lock in a folder we cannot change (read-only share): nobody can lock it.
            return LockResult(LockState.NOT_LOCKABLE, reason=error.strerror or str(error))
        replaced = owner
    owner = read_lock(path)
    return LockResult(LockState.HELD, owner=owner)


class MapLock:
    """A lock this process holds. `refresh()` on a timer (HEARTBEAT_INTERVAL); `release()` on
    close. Both check the file is still ours, so a lock taken over is never removed by mistake."""

    def __init__(self, lock_file: Path, nonce: str, since: datetime) -> None:
        self.lock_file = lock_file
        self._nonce = nonce
        self._since = since
        self.released = False

    def is_ours(self) -> bool:
        data = _read(self.lock_file)
        owner = _parse(data) if data is not None else None
        return owner is not None and owner.nonce == self._nonce

    def refresh(self) -> bool:
        """Renew the heartbeat; False if the lock is no longer ours (taken over as stale while
        this machine slept, or deleted), so the UI can warn. A lock file that cannot be read or
        written right now (a network drive gone for a moment) counts as still ours."""
        if self.released:
            return False
        data = _read(self.lock_file)
        if data is None:
            return False
        if data == b"":
            return True  # unreadable for now: try again at the next heartbeat
        owner = _parse(data)
        if owner is None or owner.nonce != self._nonce:
            return False
        temp = self.lock_file.with_name(f"{self.lock_file.name}.{secrets.token_hex(4)}.tmp")
        try:
            _write_new(temp, _lock_bytes(self._nonce, self._since))
            os.replace(temp, self.lock_file)
        except OSError:
            _unlink_quietly(temp)
        return True

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if self.released:
            return
        self.released = True
        if self.is_ours():
            _unlink_quietly(self.lock_file)


def _create(lock_file: Path) -> LockResult | None:
    """Our new lock, NOT_LOCKABLE, or None when a lock file already exists."""
    nonce = secrets.token_hex(8)
    since = datetime.now(timezone.utc)
    try:
        _write_new(lock_file, _lock_bytes(nonce, since))
    except FileExistsError:
        return None
    except OSError as error:
        return LockResult(LockState.NOT_LOCKABLE, reason=error.strerror or str(error))
    return LockResult(LockState.ACQUIRED, lock=MapLock(lock_file, nonce, since))


def _write_new(path: Path, data: bytes) -> None:
    # O_EXCL: exactly one of two instances racing for the same name creates the file.
    fd = os.open(path, _CREATE_FLAGS, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _unlink_quietly(path)
        raise


def _lock_bytes(nonce: str, since: datetime) -> bytes:
    me = current_process()
    data = {
        "format": LOCK_FORMAT,
        "user": me.user,
        "display_name": me.display_name,
        "host": me.host,
        "pid": me.pid,
        "start_token": me.start_token,
        "since": since.isoformat(),
        "heartbeat": datetime.now(timezone.utc).isoformat(),
        "app_version": __version__,
        "nonce": nonce,
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _read(lock_file: Path) -> bytes | None:
    try:
        with lock_file.open("rb") as handle:
            return handle.read(_LOCK_READ_LIMIT)
    except FileNotFoundError:
        return None
    except OSError:
        return b""  # exists but unreadable: judged by its age like a half-written one


def _parse(data: bytes) -> LockOwner | None:
    try:
        parsed: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(parsed, dict) or parsed.get("format") != LOCK_FORMAT:
        return None
    pid, host = parsed.get("pid"), parsed.get("host")
    since, heartbeat = _time(parsed.get("since")), _time(parsed.get("heartbeat"))
    if not isinstance(pid, int) or isinstance(pid, bool) or not isinstance(host, str):
        return None
    if since is None or heartbeat is None:
        return None
    token = parsed.get("start_token")
    identity = ProcessIdentity(
        user=_text(parsed.get("user")),
        display_name=_text(parsed.get("display_name")),
        host=host[:255],
        pid=pid,
        start_token=token if isinstance(token, str) else None,
    )
    return LockOwner(identity, since, heartbeat, _text(parsed.get("app_version")),
                     _text(parsed.get("nonce")))


def _is_stale(owner: LockOwner | None, lock_file: Path, stale_after: timedelta) -> bool:
    now = datetime.now(timezone.utc)
    if owner is None:
        # Unreadable: another instance may be writing it right now; old junk is stale.
        try:
            age = now - datetime.fromtimestamp(lock_file.stat().st_mtime, timezone.utc)
        except OSError:
            return False
        return age > _UNREADABLE_GRACE
    state = process_state(owner.identity)
    if state is ProcessState.GONE:
        return True
    if state is ProcessState.ALIVE:
        return False  # a live process on this machine: respected even if its heartbeat lags
    # Another machine: trust its heartbeat (a clock running ahead only makes it look fresher).
    return now - owner.heartbeat > stale_after


def _remove_if_unchanged(lock_file: Path, judged: bytes) -> bool:
    """Remove a stale lock only if it is still the file judged stale (not a fresh lock another
    instance wrote meanwhile): move it aside under a unique name, compare, then delete.

    False if it had changed (left in place); OSError if it cannot be moved.
    """
    aside = lock_file.with_name(f"{lock_file.name}.{secrets.token_hex(4)}.stale")
    try:
        os.rename(lock_file, aside)
    except FileNotFoundError:
        return True  # someone removed it already: just try to create ours
    moved = _read(aside)
    if moved != judged:
        # We moved someone's fresh lock: put it back unless a newer one took the name.
        try:
            os.link(aside, lock_file)
        except OSError:
            pass
        _unlink_quietly(aside)
        return False
    _unlink_quietly(aside)
    return True


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _text(value: Any) -> str:
    return value[:300] if isinstance(value, str) else ""


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
