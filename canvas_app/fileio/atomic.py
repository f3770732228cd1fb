"""Atomic file writes: write a temporary file beside the target, flush it to disk, then replace.

A crash or a failed export at any moment leaves either the old file or the new one, never a torn
one, and never a stray temporary file when the write itself fails.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

# Binary mode matters on Windows; O_NOFOLLOW refuses a symlink planted at the temporary name.
_TEMP_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file at `path` with `data` atomically (same directory, same permissions)."""
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
        os.replace(temp_name, target)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
    _fsync_directory(directory)


def _create_temp(directory: Path, name: str) -> tuple[int, str]:
    """Create a fresh temporary file beside the target, readable as the umask allows (like any
    new file; `tempfile.mkstemp` would make it owner-only, and a new map would stay so)."""
    for _ in range(100):
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
