"""The headless core (model and fileio) type-checks under mypy --strict (settings in pyproject)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_is_strictly_typed() -> None:
    """mypy --strict finds no error in canvas_app/model and canvas_app/fileio."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "canvas_app/model", "canvas_app/fileio"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:]
