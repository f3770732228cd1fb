"""Crash-recovery snapshots in the local state folder: each unsaved map's full canonical bytes
plus a small JSON sidecar (what, where from, when, which process). After a crash, the snapshots of
processes that are no longer running are offered back; declining keeps them until discarded.
"""

from __future__ import annotations

import builtins
import json
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from canvas_app import __version__
from canvas_app.fileio.atomic import write_atomic
from canvas_app.fileio.codec import dump_bytes, load_bytes, read_map_file
from canvas_app.fileio.process_owner import (
    ProcessIdentity,
    ProcessState,
    current_process,
    process_state,
)
from canvas_app.fileio.side_files import SNAPSHOT_SUFFIX, recovery_folder
from canvas_app.fileio.state_dir import private_folder
from canvas_app.model.messages import Message, msg

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap

SIDECAR_FORMAT = "journey-canvas-recovery"
_KEY = re.compile(r"^[0-9a-f]{16}$")
_DIGEST = re.compile(r"^[0-9a-f]{64}$")
_SIDECAR_LIMIT = 64 * 1024  # a sidecar is a few hundred bytes; never read a planted huge one


@dataclass(frozen=True)
class RecoveryEntry:
    """One recoverable snapshot: what it is, where it came from and when it was written."""

    key: str
    snapshot: Path
    original_path: Path | None  # None: a new map that was never saved
    title: str
    saved_at: datetime  # timezone-aware (UTC)
    note_count: int
    owner: ProcessIdentity | None  # None when the sidecar was missing or unreadable
    live: bool  # written by a process that still runs (not offered by `list`)
    # SHA-256 of the original file as the crashed session last read or wrote it: a save of the
    # restored map compares the disk with it, so a colleague's save made since is not replaced
    # unasked. None when unknown (a new map, or a sidecar from before this was recorded).
    disk_digest: str | None = None


class RecoveryStore:
    """The folder of snapshots (`<state dir>/recovery` unless given)."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory

    @classmethod
    def default(cls) -> "RecoveryStore":
        return cls(recovery_folder())

    @property
    def directory(self) -> Path:
        return self._directory if self._directory is not None else recovery_folder()

    @staticmethod
    def new_key() -> str:
        """A fresh snapshot name for one open document."""
        return secrets.token_hex(8)

    def snapshot_path(self, key: str) -> Path:
        return self.directory / f"{_checked(key)}{SNAPSHOT_SUFFIX}"

    def sidecar_path(self, key: str) -> Path:
        return self.directory / f"{_checked(key)}.json"

    # -- writing (the autosaver of a running document) ----------------------------------------

    def write(
        self, key: str, journey: JourneyMap, original_path: str | os.PathLike[str] | None,
        disk_digest: str | None = None,
    ) -> Path:
        """Write (or replace) snapshot `key` atomically; OSError if the state folder fails.
        `disk_digest`: the SHA-256 of the original file's content the map was based on."""
        private_folder(self.directory)
        snapshot = self.snapshot_path(key)
        write_atomic(snapshot, dump_bytes(journey))
        # The sidecar goes second: a crash between the two leaves the new map with the previous
        # sidecar (same key), or a snapshot without one, which `list` still offers.
        write_atomic(self.sidecar_path(key), _sidecar_bytes(journey, original_path, disk_digest))
        return snapshot

    def remove(self, key: str) -> None:
        """Delete snapshot `key` (its map was saved, or closed on purpose); missing is fine."""
        for path in (self.snapshot_path(key), self.sidecar_path(key)):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
        # A snapshot write torn by a crash (kill -9 mid-write) leaves its temporary file
        # (`.<key>.journey.<random>.tmp`, see atomic.write_atomic): it goes with the snapshot.
        for leftover in self.directory.glob(f".{_checked(key)}.*.tmp"):
            try:
                leftover.unlink()
            except OSError:
                pass

    def adopt(self, entry: RecoveryEntry) -> str:
        """Make this process the owner of `entry` (it restores it), so another instance stops
        offering it; returns the key to keep autosaving under. Raises FileFormatError if the
        snapshot cannot be read."""
        journey = self.load(entry)
        self.write(entry.key, journey, entry.original_path)
        return entry.key

    # -- reading (at start-up) ---------------------------------------------------------------

    def entries(self) -> list[RecoveryEntry]:
        """Every snapshot in the folder, live or not, newest first."""
        try:
            names = os.listdir(self.directory)
        except OSError:
            return []
        found = []
        for name in names:
            stem, _, suffix = name.partition(".")
            if f".{suffix}" == SNAPSHOT_SUFFIX and _KEY.match(stem):
                entry = self._entry(stem)
                if entry is not None:
                    found.append(entry)
        found.sort(key=lambda entry: entry.saved_at, reverse=True)
        return found

    def list(self) -> builtins.list[RecoveryEntry]:
        """The snapshots to offer after a crash: those of processes no longer running (or of
        another host sharing this folder), newest first."""
        return [entry for entry in self.entries() if not entry.live]

    def load(self, entry: RecoveryEntry) -> JourneyMap:
        """The recovered map; FileFormatError if the snapshot is damaged."""
        return load_bytes(read_map_file(entry.snapshot), source=_describe(entry))

    def discard(self, entry: RecoveryEntry) -> None:
        """Delete a snapshot the user does not want back."""
        self.remove(entry.key)

    def entry(self, key: str) -> RecoveryEntry | None:
        """Snapshot `key`'s entry, or None when there is no such snapshot."""
        return self._entry(_checked(key))

    def _entry(self, key: str) -> RecoveryEntry | None:
        snapshot = self.snapshot_path(key)
        try:
            modified = snapshot.stat().st_mtime
        except OSError:
            return None
        sidecar = _read_sidecar(self.sidecar_path(key))
        fallback_time = datetime.fromtimestamp(modified, timezone.utc)
        if sidecar is None:
            return RecoveryEntry(key, snapshot, None, "", fallback_time, 0, None, live=False)
        owner = _owner(sidecar)
        original = sidecar.get("original_path")
        return RecoveryEntry(
            key=key,
            snapshot=snapshot,
            original_path=Path(original) if isinstance(original, str) and original else None,
            title=_string(sidecar.get("title")),
            saved_at=_time(sidecar.get("saved_at")) or fallback_time,
            note_count=_count(sidecar.get("note_count")),
            owner=owner,
            live=owner is not None and process_state(owner) is ProcessState.ALIVE,
            disk_digest=_digest(sidecar.get("disk_digest")),
        )


def _checked(key: str) -> str:
    # Keys become file names: never let one climb out of the folder.
    if not _KEY.match(key):
        raise ValueError(f"not a recovery key: {key!r}")
    return key


def _sidecar_bytes(journey: JourneyMap, original_path: str | os.PathLike[str] | None,
                   disk_digest: str | None = None) -> bytes:
    me = current_process()
    data = {
        "format": SIDECAR_FORMAT,
        "version": 1,
        "original_path": os.fspath(original_path) if original_path is not None else None,
        "title": journey.title,
        "saved_at": datetime.now(timezone.utc).isoformat(),
        "note_count": len(journey.notes),
        "disk_digest": disk_digest,
        "user": me.user,
        "display_name": me.display_name,
        "host": me.host,
        "pid": me.pid,
        "start_token": me.start_token,
        "app_version": __version__,
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _read_sidecar(path: Path) -> dict[str, Any] | None:
    try:
        with path.open("rb") as handle:
            parsed = json.loads(handle.read(_SIDECAR_LIMIT).decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(parsed, dict) or parsed.get("format") != SIDECAR_FORMAT:
        return None
    return parsed


def _owner(sidecar: dict[str, Any]) -> ProcessIdentity | None:
    pid, host = sidecar.get("pid"), sidecar.get("host")
    if not isinstance(pid, int) or isinstance(pid, bool) or not isinstance(host, str):
        return None
    token = sidecar.get("start_token")
    return ProcessIdentity(
        user=_string(sidecar.get("user")),
        display_name=_string(sidecar.get("display_name")),
        host=host,
        pid=pid,
        start_token=token if isinstance(token, str) else None,
    )


def _digest(value: Any) -> str | None:
    return value if isinstance(value, str) and _DIGEST.match(value) else None


def _string(value: Any) -> str:
    return value[:300] if isinstance(value, str) else ""


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def _describe(entry: RecoveryEntry) -> Message:
    what: str | Message = entry.original_path.name if entry.original_path else (
        entry.title or msg("untitled map"))
    return msg("the recovered copy of {name}", name=what)

