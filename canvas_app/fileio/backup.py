"""Backups of the version a save replaces, kept in the local state folder (never beside the map):
one backup per map file, named after the map and a hash of its full path.

A save keeps the file's previous content only when this program did not write that content
itself (see docs/robustness.md): the version as opened, or as a colleague last saved it.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from canvas_app.fileio.atomic import write_atomic
from canvas_app.fileio.state_dir import private_folder, state_dir
from canvas_app.model import limits

BACKUP_FOLDER = "backups"
# Backups of maps not saved for this long are removed (checked at most once per store per day).
DEFAULT_MAX_AGE_DAYS = 90
_UNSAFE_NAME = re.compile(r"[^\w\- .]+")


@dataclass(frozen=True)
class BackupResult:
    """What `keep_previous` did: the backup written, or why none was needed or possible."""

    backup: Path | None = None
    skipped: str | None = None  # "no previous file", "unchanged since our save"
    error: str | None = None  # the backup could not be written (the save still goes ahead)


class BackupStore:
    """The folder of backups (`<state dir>/backups` unless given)."""

    def __init__(self, directory: Path | None = None, max_age_days: int = DEFAULT_MAX_AGE_DAYS):
        self._directory = directory
        self._max_age_days = max_age_days
        self._pruned_at = 0.0

    @classmethod
    def default(cls) -> "BackupStore":
        return cls(state_dir() / BACKUP_FOLDER)

    @property
    def directory(self) -> Path:
        return self._directory if self._directory is not None else state_dir() / BACKUP_FOLDER

    def backup_path(self, target: str | os.PathLike[str]) -> Path:
        """Where the backup of the map at `target` lives (a `.journey` file that opens as is)."""
        full = os.path.normcase(os.path.abspath(os.fspath(target)))
        digest = hashlib.sha256(full.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        stem = _UNSAFE_NAME.sub("_", Path(target).stem)[:60] or "map"
        return self.directory / f"{stem}.{digest}.journey"

    def latest(self, target: str | os.PathLike[str]) -> Path | None:
        """The backup of `target`, if there is one."""
        path = self.backup_path(target)
        return path if path.is_file() else None

    def keep_previous(
        self, target: str | os.PathLike[str], unless_digest: str | None = None
    ) -> BackupResult:
        """Copy the current content of `target` to its backup, before a save replaces it.

        Skipped when there is no regular file there, or when its SHA-256 equals `unless_digest`
        (content this program saved itself). Never raises: a failure is reported in the result.
        """
        source = Path(target)
        try:
            status = source.stat()
        except OSError:
            return BackupResult(skipped="no previous file")
        if not stat.S_ISREG(status.st_mode):
            return BackupResult(skipped="no previous file")
        if status.st_size > limits.MAX_FILE_BYTES:
            return BackupResult(error="the previous file is too large to back up")
        try:
            with source.open("rb") as handle:
                data = handle.read(limits.MAX_FILE_BYTES + 1)
        except OSError as error:
            return BackupResult(error=f"the previous file cannot be read ({error.strerror})")
        if unless_digest is not None and hashlib.sha256(data).hexdigest() == unless_digest:
            return BackupResult(skipped="unchanged since our save")
        backup = self.backup_path(source)
        try:
            private_folder(backup.parent)
            write_atomic(backup, data)
        except OSError as error:
            return BackupResult(error=f"the backup could not be written ({error.strerror})")
        self._prune_now_and_then()
        return BackupResult(backup=backup)

    def prune(self, now: float | None = None) -> int:
        """Remove backups older than the maximum age; returns how many were removed."""
        limit = (time.time() if now is None else now) - self._max_age_days * 86_400
        removed = 0
        try:
            entries = list(os.scandir(self.directory))
        except OSError:
            return 0
        for entry in entries:
            try:
                if entry.name.endswith(".journey") and entry.stat().st_mtime < limit:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
        return removed

    def _prune_now_and_then(self) -> None:
        now = time.time()
        if now - self._pruned_at > 86_400:
            self._pruned_at = now
            self.prune(now)
