"""The built wheel carries every module and all package data (schema, templates) it needs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_code_and_package_data(tmp_path: Path) -> None:
    """Every module under canvas_app/, the runtime data under resources/ and the samples are in the wheel."""
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("journey_canvas-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {str(p.relative_to(ROOT)) for p in (ROOT / "canvas_app").rglob("*.py")}
    # Runtime data only: translation sources (.ts) and the script that compiles them stay out.
    runtime_data = {".json", ".qm", ".svg", ".png", ".ico", ".icns"}
    expected |= {
        "canvas_app/resources/" + str(p.relative_to(ROOT / "resources"))
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and (p.suffix in runtime_data or p.name == "__init__.py")
    }
    expected |= {"canvas_app/samples/" + p.name for p in (ROOT / "sample_canvases").glob("*.journey")}
    assert expected - names == set()
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "PySide6-Essentials<6.12,>=6.7; python_version < \"3.12\"" in text
    assert "fontpkg-be-vietnam-pro" in text
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "journey-canvas = canvas_app.cli:main" in entry_points
