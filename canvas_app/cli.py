"""The `journey-canvas` command line (headless: this module and what it imports never load Qt)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from canvas_app.cli_commands import run

    return run(sys.argv[1:] if argv is None else argv)
