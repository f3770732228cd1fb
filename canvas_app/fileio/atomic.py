"""Atomic file writes: write a temporary file beside the target, flush it to disk, then replace.

A crash or a failed export at any moment leaves either the old file or the new one, never a torn
one, and never a stray temporary file when the write itself fails. A replace refused for a moment
(antivirus or a sync client holding the file, a network drive) is retried a few times.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path
from typing import Callable, Sequence

# The replace step; tests pass a function that really fails the first times (a seam, not a mock).
ReplaceFunction = Callable[[str, Path], None]

# Pauses between attempts of the replace step: five attempts within about 0.75 s.
RETRY_DELAYS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4)

# Errors a rename gets while another program briefly holds the file. On POSIX, EACCES and EPERM
# are also what a network share answers then; a real permission problem just fails 0.75 s later.
_TRANSIENT_ERRNOS = frozenset(
    {errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY, errno.EAGAIN, errno.EINTR}
)
# Windows: access denied, sharing violation, lock violation.
_TRANSIENT_WINERRORS = frozenset({5, 32, 33})

# Binary mode matters on Windows; O_NOFOLLOW refuses a symlink planted at the temporary name.
_TEMP_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
)


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    replace: ReplaceFunction = os.replace,
    retry_delays: Sequence[float] = RETRY_DELAYS,
) -> None:
    """Replace the file at `path` with `data` atomically (same directory, same permissions).

    Raises the OSError of the failing step; a transient refusal of the final replace is retried
    after each of `retry_delays` first.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    mode = None
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        pass
    fd, temp_name = _create_temp(directory, target.name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp_name, mode)
        _replace_with_retries(replace, temp_name, target, retry_delays)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_directory(directory)


def is_transient(error: OSError) -> bool:
    """Whether `error` may go away if the same operation is tried again in a moment."""
    if getattr(error, "winerror", None) in _TRANSIENT_WINERRORS:
        return True
    return error.errno in _TRANSIENT_ERRNOS


class ReplaceError(OSError):
    """The last step failed: the new content was written to a temporary file but could not be put
    in place of the target (after retries, if the refusal looked transient). `attempts` says how
    many times it was tried."""

    attempts: int = 1


def _replace_with_retries(
    replace: ReplaceFunction, temp_name: str, target: Path, retry_delays: Sequence[float]
) -> None:
    attempts = 0
    for delay in (*retry_delays, None):
        attempts += 1
        try:
            replace(temp_name, target)
            return
        except OSError as error:
            if delay is None or not is_transient(error):
                winerror = getattr(error, "winerror", None)
                failure = (
                    ReplaceError(error.errno, error.strerror, str(target), winerror)
                    if winerror is not None
                    else ReplaceError(error.errno, error.strerror, str(target))
                )
                failure.attempts = attempts
                raise failure from error
        time.sleep(delay)


def _create_temp(directory: Path, name: str) -> tuple[int, str]:
    """Create a fresh temporary file beside the target, readable as the umask allows (like any
    new file; `tempfile.mkstemp` would make it owner-only, and a new map would stay so)."""
    for _ in range(100):
        import secrets  # (imported when first writing: it loads hashlib)

        temp_name = str(directory / f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp_name, _TEMP_FLAGS, 0o666), temp_name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary file name beside {directory / name}")


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
