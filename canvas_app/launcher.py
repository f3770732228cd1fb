"""Opening the editor window from the command line, loading Qt only here.

Until the board editor lands, opening a map checks it and explains how to use the commands.
"""

from __future__ import annotations

import sys


def launch_editor(paths: list[str]) -> int:
    """Open the editor on `paths` (maps to open); returns the process exit code."""
    from canvas_app.fileio.codec import load_path
    from canvas_app.fileio.errors import FileFormatError

    for path in paths:
        try:
            journey = load_path(path)
        except FileFormatError as error:
            print(f"journey-canvas: error: {error.message}", file=sys.stderr)
            return 1
        print(f"{path}: {journey.title or '(untitled)'} — {len(journey.stages)} stages, "
              f"{len(journey.lanes)} lanes, {len(journey.notes)} notes")
    print(
        "The board editor window is not part of this build yet; meanwhile every map can be "
        "created, imported, validated and exported from the command line:\n"
    )
    from canvas_app.cli_commands import _build_parser

    _build_parser().print_help()
    return 0
