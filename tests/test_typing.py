"""The whole package type-checks under mypy --strict (settings in pyproject): the headless core
(model and fileio) and the Qt layers alike (PySide6 ships its stubs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_is_strictly_typed() -> None:
    """mypy --strict finds no error anywhere in canvas_app (about 10 s without a cache)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "canvas_app"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:]
