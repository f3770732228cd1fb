"""The packaged app: packaging/build.sh builds the self-contained folder and archive with PyInstaller
(about 20 s here), and the binary unpacked elsewhere runs: --version, a PDF export with the
Vietnamese text and embedded fonts, a sample canvas painted offscreen (and on a real X server when
xvfb-run is there), the start screen with its samples and templates, and install-desktop.

Select these alone with `pytest -m packaging`; they are part of the full suite.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pytest

from canvas_app import APP_NAME, __version__
from canvas_app.fileio.codec import load_path
from canvas_app.model.templates import list_templates

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_canvases" / "service-blueprint-bank-account-vi.journey"
SMOKE_QUIT_MS = "300"


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app built by packaging/build.sh, unpacked from its archive into another folder (so it
    cannot lean on the build tree or the project's .venv)."""
    build = tmp_path_factory.mktemp("build")
    env = dict(os.environ, JOURNEY_CANVAS_DIST=str(build / "dist"),
               JOURNEY_CANVAS_WORK=str(build / "work"))
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    archives = list((build / "dist").glob(f"journey-canvas-{__version__}-linux-*.tar.gz"))
    assert len(archives) == 1
    unpacked = tmp_path_factory.mktemp("installed")
    with tarfile.open(archives[0]) as archive:
        archive.extractall(unpacked, filter="tar")
    shutil.rmtree(build)
    return unpacked / "journey-canvas"


def _run(app_dir: Path, *args: str, env: dict[str, str] | None = None,
         prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    clean = {key: value for key, value in os.environ.items()
             if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean.update(env or {})
    return subprocess.run([*prefix, str(app_dir / "journey-canvas"), *args], env=clean,
                          cwd=app_dir.parent, capture_output=True, text=True, timeout=120)


def _smoke(app_dir: Path, *args: str, platform: str = "offscreen",
           prefix: tuple[str, ...] = ()) -> dict[str, Any]:
    result = _run(app_dir, *args, prefix=prefix,
                  env={"QT_QPA_PLATFORM": platform, "JOURNEY_CANVAS_SMOKE_QUIT_MS": SMOKE_QUIT_MS})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_bundle_is_lean(app_dir: Path) -> None:
    """Only QtCore/QtGui/QtWidgets, the xcb and offscreen platforms, and the four font weights
    the app draws with are bundled, with the resources and samples."""
    internal = app_dir / "_internal"
    bindings = {path.name.split(".")[0] for path in (internal / "PySide6").glob("Qt*.so")}
    assert bindings == {"QtCore", "QtGui", "QtWidgets"}
    platforms = {path.name for path in (internal / "PySide6/Qt/plugins/platforms").iterdir()}
    assert platforms == {"libqxcb.so", "libqoffscreen.so"}
    qt_libraries = {path.name.split(".")[0] for path in (internal / "PySide6/Qt/lib").iterdir()}
    assert not {"libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6Pdf"} & qt_libraries
    fonts = sorted(path.name for path in (internal / "fontpkg_be_vietnam_pro/files").iterdir())
    assert fonts == ["BeVietnamPro-Bold.ttf", "BeVietnamPro-Medium.ttf",
                     "BeVietnamPro-Regular.ttf", "BeVietnamPro-SemiBold.ttf"]
    assert (internal / "canvas_app/resources/journey.schema.json").is_file()
    assert (internal / "canvas_app/resources/icons/journey-canvas-256.png").is_file()
    assert len(list((internal / "canvas_app/samples").glob("*.journey"))) >= 6


def test_version_and_pdf_export_from_the_packaged_binary(app_dir: Path, tmp_path: Path) -> None:
    """The binary prints its version, and exports a Vietnamese sample to a PDF whose text
    extracts with its diacritics and whose fonts are the embedded Be Vietnam Pro."""
    version = _run(app_dir, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"{APP_NAME} {__version__}"
    pdf = tmp_path / "map.pdf"
    export = _run(app_dir, "export", str(SAMPLE), "-o", str(pdf))
    assert export.returncode == 0, export.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    assert "Mở tài khoản thanh toán cho hộ kinh doanh" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           timeout=60).stdout
    assert "BeVietnamPro-Regular" in fonts and "Helvetica" not in fonts


def test_the_packaged_app_paints_a_sample_canvas(app_dir: Path) -> None:
    """Opened on a sample offscreen, the window paints the board with all its notes, titled with
    the file, with the app icon, and quits cleanly."""
    report = _smoke(app_dir, str(SAMPLE))
    journey = load_path(SAMPLE)
    assert report["page"] == "board"
    assert report["notes"] == len(journey.notes) and report["map_title"] == journey.title
    assert SAMPLE.name in report["title"] and report["icon"] is True


def test_the_packaged_app_starts_on_the_start_screen(app_dir: Path) -> None:
    """Without a file the packaged app shows the start screen with the bundled samples and every
    template."""
    report = _smoke(app_dir)
    assert report["page"] == "start"
    assert report["samples"] >= 6 and report["templates"] == len(list_templates())


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb is not installed")
def test_the_packaged_app_runs_on_a_real_x_server(app_dir: Path) -> None:
    """Under Xvfb the bundled xcb platform plugin and its libraries load and paint the board."""
    report = _smoke(app_dir, str(SAMPLE), platform="xcb", prefix=("xvfb-run", "-a"))
    assert report["page"] == "board" and report["notes"] == len(load_path(SAMPLE).notes)


def test_install_desktop_from_the_packaged_app(app_dir: Path, tmp_path: Path) -> None:
    """`journey-canvas install-desktop` run from the unpacked app registers that binary (absolute
    path) with the icon and MIME type, and --uninstall removes them."""
    env = {"XDG_DATA_HOME": str(tmp_path)}
    result = _run(app_dir, "install-desktop", env=env)
    assert result.returncode == 0, result.stderr
    entry = (tmp_path / "applications/journey-canvas.desktop").read_text(encoding="utf-8")
    assert f"Exec={app_dir / 'journey-canvas'} %F" in entry.splitlines()
    assert (tmp_path / "icons/hicolor/512x512/apps/journey-canvas.png").is_file()
    assert (tmp_path / "mime/packages/journey-canvas.xml").is_file()
    assert _run(app_dir, "install-desktop", "--uninstall", env=env).returncode == 0
    assert not (tmp_path / "applications/journey-canvas.desktop").exists()
