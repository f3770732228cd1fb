"""Linux desktop integration for the current user, without Qt: the `.desktop` entry, the application
icon in the hicolor theme and the shared-mime-info type of `.journey` files, installed under
$XDG_DATA_HOME (`journey-canvas install-desktop`) and removed again (`--uninstall`).

The entry and MIME definition are written here, once; `packaging/linux/` holds copies for distro
packagers (`python -m canvas_app.desktop_integration packaging/linux` rewrites them, and a test
keeps them equal).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Mapping, Sequence
from xml.sax.saxutils import escape as xml_escape

APP_ID = "journey-canvas"
MIME_TYPE = "application/x-journey-canvas"
FILE_GLOB = "*.journey"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_FILE = f"{APP_ID}.xml"
PACKAGING_MIME_FILE = f"{APP_ID}-mime.xml"
# Characters the Desktop Entry spec reserves in Exec arguments: such an argument is quoted.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_TOOL_TIMEOUT_S = 60


def desktop_entry(command: Sequence[str] = (APP_ID,)) -> str:
    """The `.desktop` entry starting `command` with the files to open (`%F`)."""
    exec_line = " ".join(exec_argument(argument) for argument in command)
    try_exec = [f"TryExec={_string_value(command[0])}"] if os.path.isabs(command[0]) else []
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=Journey Canvas",
        "Name[vi]=Journey Canvas",
        "GenericName=Customer Journey Map Editor",
        "GenericName[vi]=Trình soạn bản đồ hành trình khách hàng",
        "Comment=Draw customer journey maps and service blueprints, offline",
        "Comment[vi]=Vẽ bản đồ hành trình khách hàng và bản thiết kế dịch vụ, không cần mạng",
        "Keywords=journey;customer;map;blueprint;persona;workshop;sticky notes;marketing;",
        "Keywords[vi]=hành trình;khách hàng;bản đồ;thiết kế dịch vụ;chân dung;ghi chú;tiếp thị;",
        *try_exec,
        f"Exec={exec_line} %F",
        f"Icon={APP_ID}",
        "Terminal=false",
        "StartupNotify=true",
        "Categories=Office;Chart;",
        f"MimeType={MIME_TYPE};",
    ]
    return "\n".join(lines) + "\n"


def mime_definition() -> str:
    """The shared-mime-info definition of `.journey` files: by name, and by content (the format
    tag a saved map starts with) for files that lost their extension."""
    tag = '"format": "journey-canvas"'
    compact_tag = '"format":"journey-canvas"'
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>Journey Canvas map</comment>
    <comment xml:lang="vi">Bản đồ hành trình Journey Canvas</comment>
    <sub-class-of type="application/json"/>
    <icon name="{APP_ID}"/>
    <generic-icon name="x-office-document"/>
    <glob pattern="{FILE_GLOB}"/>
    <magic priority="60">
      <match type="string" value="{xml_escape(tag, {'"': '&quot;'})}" offset="0:256"/>
      <match type="string" value="{xml_escape(compact_tag, {'"': '&quot;'})}" offset="0:256"/>
    </magic>
  </mime-type>
</mime-info>
"""


def exec_argument(argument: str) -> str:
    """One Exec argument as the Desktop Entry spec wants it: `%` doubled, quoted when it holds a
    reserved character, then escaped as a string value."""
    argument = argument.replace("%", "%%")
    if any(character in _EXEC_RESERVED for character in argument):
        argument = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
    return _string_value(argument)


def _string_value(text: str) -> str:
    return text.replace("\\", "\\\\")


def launcher_command() -> list[str]:
    """How to start this installation of the app: the packaged binary, the `journey-canvas`
    script beside this Python (a virtualenv), one on PATH, or `python -m canvas_app`."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    beside = Path(sys.executable).parent / APP_ID
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside.absolute())]
    on_path = shutil.which(APP_ID)
    if on_path:
        return [str(Path(on_path).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "canvas_app"]


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def installed_paths(data_dir: Path) -> list[Path]:
    """Every file `install` writes under `data_dir`."""
    icons = data_dir / "icons" / "hicolor"
    return [
        data_dir / "applications" / DESKTOP_FILE,
        data_dir / "mime" / "packages" / MIME_FILE,
        *(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES),
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
    ]


@dataclass
class Report:
    """What an install or uninstall did."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    tools_run: list[str] = field(default_factory=list)
    tools_missing: list[str] = field(default_factory=list)
    tools_failed: list[str] = field(default_factory=list)


def install(data_dir: Path | None = None, command: Sequence[str] | None = None,
            run_tools: bool = True) -> Report:
    """Install the entry, icons and MIME type for the current user under `data_dir`
    ($XDG_DATA_HOME by default), starting `command` (this installation by default)."""
    target = data_dir if data_dir is not None else data_home()
    report = Report()
    icon_folder = resources.files("canvas_app.resources") / "icons"
    contents: dict[Path, bytes] = {
        target / "applications" / DESKTOP_FILE:
            desktop_entry(command or launcher_command()).encode("utf-8"),
        target / "mime" / "packages" / MIME_FILE: mime_definition().encode("utf-8"),
    }
    icons = target / "icons" / "hicolor"
    for size in ICON_SIZES:
        contents[icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = (
            icon_folder / f"{APP_ID}-{size}.png").read_bytes()
    contents[icons / "scalable" / "apps" / f"{APP_ID}.svg"] = (
        icon_folder / f"{APP_ID}.svg").read_bytes()
    for path, data in contents.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        report.written.append(path)
    if run_tools:
        _refresh_caches(target, report)
    return report


def uninstall(data_dir: Path | None = None, run_tools: bool = True) -> Report:
    """Remove what `install` wrote (folders stay; other apps share them)."""
    target = data_dir if data_dir is not None else data_home()
    report = Report()
    for path in installed_paths(target):
        if path.is_file() or path.is_symlink():
            path.unlink()
            report.removed.append(path)
    if run_tools:
        _refresh_caches(target, report)
    return report


def _refresh_caches(data_dir: Path, report: Report) -> None:
    """Rebuild the MIME, desktop and icon caches with the desktop's own tools, where installed;
    a missing or failing tool is reported, never fatal (desktops also rescan on their own)."""
    jobs = [
        ("update-mime-database", [str(data_dir / "mime")], data_dir / "mime"),
        ("update-desktop-database", ["-q", str(data_dir / "applications")],
         data_dir / "applications"),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(data_dir / "icons" / "hicolor")],
         data_dir / "icons" / "hicolor"),
    ]
    for tool, arguments, folder in jobs:
        executable = shutil.which(tool)
        if executable is None:
            report.tools_missing.append(tool)
            continue
        if not folder.is_dir():
            continue
        try:
            result = subprocess.run([executable, *arguments], capture_output=True,
                                    timeout=_TOOL_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired):
            report.tools_failed.append(tool)
            continue
        (report.tools_run if result.returncode == 0 else report.tools_failed).append(tool)


def write_packaging_files(folder: Path) -> list[Path]:
    """Write the distro packagers' copies (`journey-canvas.desktop`, `journey-canvas-mime.xml`)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / DESKTOP_FILE, folder / PACKAGING_MIME_FILE]
    written[0].write_text(desktop_entry(), encoding="utf-8")
    written[1].write_text(mime_definition(), encoding="utf-8")
    return written


if __name__ == "__main__":
    for written_path in write_packaging_files(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(f"wrote {written_path}")
