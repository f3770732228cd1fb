"""Opening the editor window from the command line (`journey-canvas [FILE.journey…]`); the only
place the headless CLI reaches Qt, and only when a window is wanted."""

from __future__ import annotations


def launch_editor(paths: list[str]) -> int:
    """Open a window on each map in `paths` (a new current-state map when none); returns the
    exit code when the last window closes."""
    from canvas_app.app import run

    return run(paths)
