"""Entry point of the packaged application (PyInstaller runs this file): the same `journey-canvas`
command line as the installed package, so `journey-canvas FILE`, `export`, `--version` and
`install-desktop` all work from the app folder."""

from __future__ import annotations

import sys

from canvas_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
