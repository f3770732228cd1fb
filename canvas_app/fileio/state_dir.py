"""The per-user local state folder (recovery snapshots, backups): the platform's usual place,
never beside a map, overridable with JOURNEY_CANVAS_STATE_DIR (tests, portable installs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

STATE_DIR_ENV = "JOURNEY_CANVAS_STATE_DIR"
_APP_FOLDER = "journey-canvas"
_APP_FOLDER_TITLE = "Journey Canvas"


def state_dir() -> Path:
    """The folder for this user's local state, not created here.

    Linux and other Unix: `$XDG_STATE_HOME/journey-canvas` (default `~/.local/state/...`);
    macOS: `~/Library/Application Support/Journey Canvas`; Windows: `%LOCALAPPDATA%\\Journey
    Canvas` (the local, non-roaming profile, like Qt's AppLocalDataLocation).
    """
    override = os.environ.get(STATE_DIR_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / _APP_FOLDER_TITLE
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / _APP_FOLDER_TITLE
    xdg = os.environ.get("XDG_STATE_HOME")
    # The XDG spec says a relative value is invalid and must be ignored.
    base_dir = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "state"
    return base_dir / _APP_FOLDER


def private_folder(path: Path) -> Path:
    """Create `path` (and parents) if needed, readable by this user only where that applies."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
