"""Linux desktop integration: the .desktop entry and MIME definition (valid, equal to the packaged
copies), and `journey-canvas install-desktop [--uninstall]` into a temporary XDG_DATA_HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from canvas_app import desktop_integration as di

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging" / "linux"
SAMPLE = ROOT / "sample_canvases" / "future-state-online-grocery-en.journey"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _entry_fields(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def _run_cli(*args: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))
    return subprocess.run([sys.executable, "-m", "canvas_app", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_packaged_copies_match_the_generated_files() -> None:
    """packaging/linux holds exactly what the module generates (rewrite them with
    `python -m canvas_app.desktop_integration packaging/linux`)."""
    assert (PACKAGING / di.DESKTOP_FILE).read_text(encoding="utf-8") == di.desktop_entry()
    assert (PACKAGING / di.PACKAGING_MIME_FILE).read_text(encoding="utf-8") == \
        di.mime_definition()


def test_desktop_entry_fields() -> None:
    """The entry names the app in English and Vietnamese, opens files with %F, and declares the
    .journey MIME type and an Office category."""
    fields = _entry_fields(di.desktop_entry())
    assert fields["Type"] == "Application"
    assert fields["Name"] == "Journey Canvas" and "Name[vi]" in fields
    assert "Comment[vi]" in fields and "hành trình" in fields["Comment[vi]"]
    assert fields["Exec"] == "journey-canvas %F"
    assert fields["MimeType"] == "application/x-journey-canvas;"
    assert fields["Icon"] == "journey-canvas"
    assert "Office" in fields["Categories"].split(";")
    assert "TryExec" not in fields  # a bare command is looked up on PATH


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed (.ci/setup installs it)")
def test_desktop_entries_pass_desktop_file_validate(tmp_path: Path) -> None:
    """desktop-file-validate accepts the packaged entry and one for a path with spaces and %."""
    awkward = tmp_path / "journey-canvas.desktop"
    awkward.write_text(di.desktop_entry(["/opt/My Apps/v%1/journey-canvas"]), encoding="utf-8")
    for path in (PACKAGING / di.DESKTOP_FILE, awkward):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_exec_arguments_are_quoted_and_escaped() -> None:
    """An absolute launcher path with spaces, quotes and % is quoted per the Desktop Entry spec,
    and TryExec names it so a deleted app folder hides the entry."""
    assert di.exec_argument("/usr/bin/journey-canvas") == "/usr/bin/journey-canvas"
    assert di.exec_argument("/opt/My Apps/x") == '"/opt/My Apps/x"'
    assert di.exec_argument("/a/100%") == "/a/100%%"
    assert di.exec_argument('/a "b"') == '"/a \\\\"b\\\\""'
    fields = _entry_fields(di.desktop_entry(["/opt/My Apps/jc"]))
    assert fields["Exec"] == '"/opt/My Apps/jc" %F'
    assert fields["TryExec"] == "/opt/My Apps/jc"


def test_mime_definition_parses_and_names_glob_magic_and_comments() -> None:
    """The MIME XML parses and declares the type, the *.journey glob, the format-tag magic and an
    English and a Vietnamese comment."""
    root = ElementTree.fromstring(di.mime_definition().encode("utf-8"))
    mime_type = root.find(f"{MIME_NS}mime-type")
    assert mime_type is not None and mime_type.get("type") == "application/x-journey-canvas"
    glob = mime_type.find(f"{MIME_NS}glob")
    assert glob is not None and glob.get("pattern") == "*.journey"
    values = [match.get("value") for match in mime_type.iter(f"{MIME_NS}match")]
    assert '"format": "journey-canvas"' in values
    assert SAMPLE.read_text(encoding="utf-8")[:256].count('"format": "journey-canvas"') == 1
    langs = {comment.get("{http://www.w3.org/XML/1998/namespace}lang")
             for comment in mime_type.findall(f"{MIME_NS}comment")}
    assert langs == {None, "vi"}


def test_data_home_follows_xdg_rules(tmp_path: Path) -> None:
    """$XDG_DATA_HOME when absolute; ~/.local/share when unset or relative."""
    assert di.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert di.data_home({"XDG_DATA_HOME": "relative"}) == Path.home() / ".local" / "share"
    assert di.data_home({}) == Path.home() / ".local" / "share"


def test_install_and_uninstall_through_the_command_line(tmp_path: Path) -> None:
    """install-desktop writes the entry (starting this installation), icons of every size and the
    MIME package, and the desktop's caches know the type; --uninstall removes every file."""
    result = _run_cli("install-desktop", data_home=tmp_path)
    assert result.returncode == 0, result.stderr
    for path in di.installed_paths(tmp_path):
        assert path.is_file(), path
    png = tmp_path / "icons/hicolor/256x256/apps/journey-canvas.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    fields = _entry_fields((tmp_path / "applications/journey-canvas.desktop")
                           .read_text(encoding="utf-8"))
    launcher = fields["TryExec"]
    assert Path(launcher).is_absolute() and os.access(launcher, os.X_OK)
    assert fields["Exec"].endswith(" %F")
    if shutil.which("update-mime-database"):
        assert "*.journey" in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-journey-canvas" in (tmp_path / "mime" / "types").read_text()
    if shutil.which("update-desktop-database"):
        cache = (tmp_path / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert "application/x-journey-canvas=journey-canvas.desktop;" in cache

    result = _run_cli("install-desktop", "--uninstall", data_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in di.installed_paths(tmp_path))
    if shutil.which("update-mime-database"):
        assert "journey" not in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")


def test_install_without_desktop_tools_still_succeeds(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With none of the cache tools on PATH the files are still installed and the missing tools
    are reported, not fatal."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    report = di.install(tmp_path / "data", command=["/opt/jc/journey-canvas"])
    assert set(report.tools_missing) == {"update-mime-database", "update-desktop-database",
                                         "gtk-update-icon-cache"}
    assert all(path.is_file() for path in di.installed_paths(tmp_path / "data"))
    assert di.uninstall(tmp_path / "data").removed


def test_launcher_command_points_at_this_installation() -> None:
    """Outside a packaged app the launcher is the journey-canvas script beside this Python (the
    project's virtualenv) or, failing that, this Python running the package."""
    command = di.launcher_command()
    assert Path(command[0]).is_absolute()
    beside = Path(sys.executable).parent / "journey-canvas"
    if beside.is_file():
        assert command == [str(beside.absolute())]


def test_committed_icons_match_the_svg() -> None:
    """The committed PNG sizes are what packaging/make_icons.py renders from the SVG (run it
    after editing the SVG)."""
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--check"],
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stdout + result.stderr
    for size in di.ICON_SIZES:
        assert (ROOT / "resources" / "icons" / f"journey-canvas-{size}.png").is_file()
