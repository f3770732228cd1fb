"""Keeps the layer rules of docs/architecture.md true by parsing every module's imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "canvas_app"

# Which third-party roots and project layers each layer may import (stdlib is always allowed).
THIRD_PARTY = {"PySide6", "shiboken6", "pydantic", "pydantic_core", "networkx", "reportlab",
               "fontpkg_be_vietnam_pro"}
ALLOWED: dict[str, set[str]] = {
    "model": {"model", "pydantic", "pydantic_core", "networkx", "fontpkg_be_vietnam_pro"},
    "fileio": {"fileio", "model", "pydantic", "pydantic_core", "reportlab", "resources"},
    "resources": set(),
    "document": {"document", "fileio", "model", "pydantic", "PySide6"},
    "scene": {"scene", "document", "model", "PySide6", "shiboken6"},
    "ui": {"ui", "scene", "document", "fileio", "model", "PySide6", "shiboken6", "resources"},
    "cli": {"fileio", "model", "resources", "launcher", "desktop_integration"},
    # Installs the .desktop entry, icons and MIME type (files and the desktop's tools; no Qt).
    "desktop_integration": set(),
    "launcher": {"fileio", "model", "ui", "cli", "app", "PySide6"},
    # app.py starts the QApplication and the windows.
    "app": {"ui", "scene", "document", "fileio", "model", "PySide6", "shiboken6"},
    "root": set(),
}
# Qt sub-modules the document layer may use (no widgets in the document).
DOCUMENT_QT = {"PySide6.QtCore", "PySide6.QtGui"}


def _layer_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    if len(relative.parts) > 1:
        return relative.parts[0]
    stem = relative.stem
    if stem in {"cli", "cli_commands", "__main__"}:
        return "cli"
    if stem in {"launcher", "app", "desktop_integration"}:
        return stem
    return "root"


def _imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
    return found


def _target(module: str) -> str | None:
    """The layer or third-party root an import refers to; None for the standard library."""
    parts = module.split(".")
    if parts[0] == "canvas_app":
        if len(parts) == 1:
            return "root"
        if parts[1] in {"cli", "cli_commands", "__main__"}:
            return "cli"
        return parts[1] if parts[1] != "__init__" else "root"
    if parts[0] in THIRD_PARTY:
        return parts[0]
    if parts[0] in sys.stdlib_module_names or parts[0] == "__future__":
        return None
    return parts[0]


def _violations() -> list[str]:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        layer = _layer_of(path)
        allowed = ALLOWED.get(layer, set()) | {layer, "root"}
        for module, line in _imports(path):
            target = _target(module)
            if target is None:
                continue
            where = f"{path.relative_to(PACKAGE.parent)}:{line}"
            if target not in allowed:
                problems.append(f"{where}: layer '{layer}' may not import {module}")
            elif layer == "document" and target == "PySide6" and module not in DOCUMENT_QT:
                problems.append(f"{where}: the document layer may not import {module}")
    return problems


def test_layers_import_only_what_they_may() -> None:
    """Every module imports only its own layer, the layers below it, and its allowed libraries."""
    assert _violations() == []


def test_the_rule_checker_catches_a_violation(tmp_path: Path) -> None:
    """The import parser sees a PySide6 import inside a function, so the rule cannot be dodged."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6 import QtCore\n", encoding="utf-8")
    assert ("PySide6", 2) in _imports(sample)
    assert _target("PySide6.QtWidgets") == "PySide6"
    assert _target("json") is None


HEADLESS_SCRIPT = r"""
import sys
sys.modules["PySide6"] = None  # any attempt to import Qt now raises ImportError
import canvas_app.model, canvas_app.cli_commands
from canvas_app.model.templates import build_map, list_templates
from canvas_app.model.layout import compute_layout
from canvas_app.fileio.codec import dump_bytes, load_bytes
from canvas_app.fileio.csv_io import export_csv, import_csv
from canvas_app.fileio.pdf_export import PdfOptions, render_pdf
journey = build_map("service-blueprint", "aida", "vi")
assert load_bytes(dump_bytes(journey)) == journey
assert import_csv(export_csv(journey)) is not None
assert compute_layout(journey).width > 0
assert render_pdf(journey, PdfOptions()).startswith(b"%PDF")
assert len(list_templates()) >= 14
assert not any(name.startswith("PySide6.") for name in sys.modules)
print("headless ok")
"""


def test_core_runs_with_qt_absent() -> None:
    """Model, templates, CSV, layout and PDF import and run with PySide6 blocked."""
    result = subprocess.run(
        [sys.executable, "-c", HEADLESS_SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "headless ok" in result.stdout
