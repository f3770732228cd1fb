"""Saving a map safely: back up the version being replaced, write atomically with retries, and
turn any failure into a SaveError whose one line says why in plain words (disk full, read-only
folder, file locked...). The caller keeps its document open and modified when this raises.
"""

from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from canvas_app.fileio.atomic import RETRY_DELAYS, ReplaceError, ReplaceFunction, is_transient
from canvas_app.fileio.atomic import write_atomic
from canvas_app.fileio.backup import BackupResult, BackupStore
from canvas_app.fileio.codec import dump_bytes
from canvas_app.fileio.errors import SaveError
from canvas_app.model.messages import Message, literal, msg

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap


@dataclass(frozen=True)
class SaveOutcome:
    """A save that succeeded: where, the SHA-256 of the bytes written, and what became of the
    previous version (`backup.error` is set if it could not be kept; the save went ahead)."""

    path: Path
    digest: str
    size: int
    backup: BackupResult


def save_map(
    journey: JourneyMap,
    path: str | os.PathLike[str],
    *,
    backups: BackupStore | None = None,
    backup_unless: str | None = None,
    replace: ReplaceFunction = os.replace,
    retry_delays: Sequence[float] = RETRY_DELAYS,
) -> SaveOutcome:
    """Write `journey` to `path` (see `save_bytes`)."""
    return save_bytes(
        dump_bytes(journey), path, backups=backups, backup_unless=backup_unless,
        replace=replace, retry_delays=retry_delays,
    )


def save_bytes(
    data: bytes,
    path: str | os.PathLike[str],
    *,
    backups: BackupStore | None = None,
    backup_unless: str | None = None,
    replace: ReplaceFunction = os.replace,
    retry_delays: Sequence[float] = RETRY_DELAYS,
) -> SaveOutcome:
    """Replace the file at `path` with `data`: the old file or the new one, never a torn one.

    With `backups`, the current file is first copied there unless its SHA-256 is `backup_unless`.
    `replace` is the final step (tests pass one that really fails a few times). SaveError if the
    file could not be written; the file on disk is then untouched.
    """
    target = Path(path)
    backup = (
        backups.keep_previous(target, unless_digest=backup_unless)
        if backups is not None
        else BackupResult(skipped="backups off")
    )
    try:
        write_atomic(target, data, replace=replace, retry_delays=retry_delays)
    except OSError as error:
        raise save_error(error, target) from error
    return SaveOutcome(target, hashlib.sha256(data).hexdigest(), len(data), backup)


def save_error(error: OSError, target: Path) -> SaveError:
    """The SaveError saying, in one line, why writing `target` failed with `error`."""
    reason = write_failure(error, target)
    return SaveError(
        msg("{file}: could not save: {reason}. Your changes are still open; save them elsewhere "
            "with Save As.", file=str(target), reason=reason),
        path=str(target),
        errno=error.errno,
    )


def write_failure(error: OSError, target: Path) -> Message:
    """Why `target` could not be written, in plain words (disk full, read-only folder, …)."""
    code = error.errno
    winerror = getattr(error, "winerror", None)
    if isinstance(error, ReplaceError) and is_transient(error):
        if error.attempts > 1:
            return msg("the file is locked by another program (tried {count} times)",
                       count=error.attempts)
        return msg("the file is locked by another program")
    if winerror in (32, 33) or code in (errno.EBUSY, errno.ETXTBSY):
        return msg("the file is locked by another program")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) or winerror in (39, 112):
        return msg("the disk is full")
    if code == errno.EFBIG:
        return msg("the disk is full or does not accept a file this large")
    if code == errno.EROFS:
        return msg("the folder is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return msg("the folder is read-only or you are not allowed to write there")
    if code == errno.EISDIR or target.is_dir():
        return msg("there is a folder with that name")
    if code == errno.ENOTDIR:
        return msg("part of the path is a file, not a folder")
    if code == errno.ENOENT:
        return msg("the folder does not exist (a removed drive or a moved folder?)")
    if code == errno.ENAMETOOLONG:
        return msg("the name is too long")
    if code == errno.EINVAL:
        return msg("the name is not allowed here")
    if code in (errno.EIO, getattr(errno, "ENOTCONN", errno.EIO), errno.ETIMEDOUT):
        return msg("the drive did not respond (a network drive that went away?)")
    return literal(error.strerror or type(error).__name__)
