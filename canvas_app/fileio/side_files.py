"""Where the program keeps the files that go with maps: the lock file beside a map being edited
(`.<name>.lock`) and the crash-recovery snapshots in the state folder.

Only names and one look in a folder, kept apart from lockfile.py and recovery.py so that start-up
can tell "no lock, nothing to recover" (the usual case) before its first paint without importing
their machinery (hashlib, datetime, the process checks: ~6 ms). When there is something, those
modules decide.
"""

from __future__ import annotations

import os
from pathlib import Path

from canvas_app.fileio.state_dir import state_dir

RECOVERY_FOLDER = "recovery"
SNAPSHOT_SUFFIX = ".journey"


def lock_path_for(path: str | os.PathLike[str]) -> Path:
    """The lock file of the map at `path`: a hidden file beside it."""
    target = Path(path)
    return target.with_name(f".{target.name}.lock")


def recovery_folder() -> Path:
    """The folder of crash-recovery snapshots (recovery.RecoveryStore.default's)."""
    return state_dir() / RECOVERY_FOLDER


def may_hold_snapshots(folder: Path) -> bool:
    """Whether `folder` holds any file named like a recovery snapshot (False for no folder)."""
    try:
        with os.scandir(folder) as entries:
            return any(entry.name.endswith(SNAPSHOT_SUFFIX) for entry in entries)
    except OSError:
        return False
