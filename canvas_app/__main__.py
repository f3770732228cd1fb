"""`python -m canvas_app` runs the same entry point as the `journey-canvas` command."""

from __future__ import annotations

import sys

from canvas_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
