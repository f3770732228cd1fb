"""The command-line interface: argument parsing and one function per sub-command.

Contract (scripts rely on it): exit 0 success, 1 bad input, 2 usage; every error is one line on
stderr, never a traceback. Heavy modules (pydantic models, reportlab) load only in the commands
that need them, and Qt never loads here.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable, NoReturn, Sequence

from canvas_app import APP_NAME, __version__

PROG = "journey-canvas"
EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

MAP_TYPES = ("current-state", "day-in-the-life", "future-state", "service-blueprint")
FRAMEWORKS = (
    "aida",
    "acc",
    "accsr",
    "accra",
    "acpra",
    "value-journey",
    "customer-states",
    "lifecycle-marketing",
    "customer-lifecycle",
    "buyer-persona",
)
LAYOUTS = ("poster", "fit", "tiled", "report")
PAPERS = ("a4", "a3", "letter")
EXPORT_FORMATS = (".pdf", ".png", ".svg", ".csv", ".journey")


class UsageError(Exception):
    """Wrong arguments: reported on one line with exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=f"{APP_NAME}: customer journey maps, offline. Run without a command (or "
        "with a .journey file) to open the editor window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    templates = commands.add_parser("templates", help="list the templates, one per line")
    templates.add_argument("--lang", choices=("en", "vi"), default="en", help="title language")

    new = commands.add_parser("new", help="create a map from a template")
    new.add_argument("--type", dest="map_type", choices=MAP_TYPES, required=True)
    new.add_argument("--framework", choices=FRAMEWORKS)
    new.add_argument("--lang", choices=("en", "vi"), default="en")
    new.add_argument("--title")
    new.add_argument("-o", "--output", required=True, metavar="FILE.journey")

    imp = commands.add_parser("import", help="create a map from a CSV of notes")
    imp.add_argument("csv_file", metavar="FILE.csv")
    imp.add_argument("-o", "--output", required=True, metavar="FILE.journey")
    imp.add_argument("--type", dest="map_type", choices=MAP_TYPES)
    imp.add_argument("--framework", choices=FRAMEWORKS)
    imp.add_argument("--lang", choices=("en", "vi"))
    imp.add_argument("--title")

    export = commands.add_parser(
        "export",
        help="export a map; OUT's extension picks the format (.pdf, .png, .svg, .csv, .journey)"
    )
    export.add_argument("map_file", metavar="FILE.journey")
    export.add_argument("-o", "--output", required=True, metavar="OUT")
    export.add_argument("--layout", choices=LAYOUTS, default="poster", help="PDF page layout")
    export.add_argument("--paper", choices=PAPERS, default="a4",
                        help="PDF paper (fit, tiled, report)")
    export.add_argument("--portrait", action="store_true",
                        help="PDF: portrait sheets (fit, tiled, report; landscape by default)")
    export.add_argument("--cover", action="store_true",
                        help="PDF: add a cover page (a report always has one)")
    resolution = export.add_mutually_exclusive_group()
    resolution.add_argument("--scale", type=float, metavar="N",
                            help="PNG: pixels per point (1 = 72 dpi; default 2, less for "
                                 "very large boards)")
    resolution.add_argument("--dpi", type=float, metavar="N",
                            help="PNG: resolution in dots per inch (72 = --scale 1)")

    validate = commands.add_parser("validate", help="check a map file (exit 0 valid, 1 invalid)")
    validate.add_argument("map_file", metavar="FILE.journey")

    desktop = commands.add_parser(
        "install-desktop",
        help="Linux: add the app to this user's menus, with its icon and .journey file type",
    )
    desktop.add_argument("--uninstall", action="store_true", help="remove them again")
    return parser


def run(argv: Sequence[str]) -> int:
    """Run the command line with `argv` (without the program name); return the exit code."""
    args = list(argv)
    try:
        if not args or _looks_like_map_to_open(args[0]):
            return _open_window(args)
        parsed = _build_parser().parse_args(args)
        if parsed.command is None:
            raise UsageError(f"no command given (see '{PROG} --help')")
        return _COMMANDS[parsed.command](parsed)
    except UsageError as error:
        _print_error(str(error))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the contract is one line, never a traceback
        from canvas_app.fileio.errors import InputError

        if isinstance(error, InputError):
            _print_error(error.message)
            return EXIT_BAD_INPUT
        if type(error).__module__.startswith("canvas_app.model") and isinstance(error, ValueError):
            # The model's own refusals (unknown template, bad value) carry a user message.
            _print_error(str(error))
            return EXIT_BAD_INPUT
        if isinstance(error, OSError):
            _print_error(_describe_os_error(error))
            return EXIT_BAD_INPUT
        if os.environ.get("JOURNEY_CANVAS_DEBUG"):
            raise
        _print_error(f"unexpected error ({type(error).__name__}: {error}); please report it")
        return EXIT_BAD_INPUT


def _looks_like_map_to_open(first: str) -> bool:
    """A map path to open in the window, rather than a (possibly misspelt) command."""
    if first.startswith("-") or first in _COMMANDS:
        return False
    return first.lower().endswith(".journey") or os.sep in first or Path(first).exists()


def _print_error(message: str) -> None:
    print(f"{PROG}: error: {' '.join(message.splitlines())}", file=sys.stderr)


def _describe_os_error(error: OSError) -> str:
    where = f"{error.filename}: " if error.filename else ""
    return f"{where}{error.strerror or error}"


def _open_window(args: list[str]) -> int:
    from canvas_app.launcher import launch_editor

    return launch_editor(args)


# -- commands ----------------------------------------------------------------------------------


def _cmd_templates(args: argparse.Namespace) -> int:
    from canvas_app.model.templates import list_templates

    lines = [f"{info.id}\t{info.title(args.lang)}" for info in list_templates()]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _cmd_new(args: argparse.Namespace) -> int:
    from canvas_app.fileio.codec import save_path
    from canvas_app.model.templates import build_map

    output = _require_suffix(args.output, ".journey")
    journey = build_map(args.map_type, args.framework, args.lang, args.title)
    save_path(journey, output)
    print(f"{output}: created a {args.map_type} map with {len(journey.stages)} stages")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from canvas_app.fileio.codec import save_path
    from canvas_app.fileio.csv_io import import_csv_path

    output = _require_suffix(args.output, ".journey")
    base = None
    if args.map_type or args.framework:
        from canvas_app.model.templates import build_map

        base = build_map(args.map_type or "current-state", args.framework, args.lang or "en",
                         args.title)
    journey = import_csv_path(args.csv_file, base=base, title=args.title, language=args.lang)
    save_path(journey, output)
    print(f"{output}: imported {len(journey.notes)} notes")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from canvas_app.fileio.codec import load_path

    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise UsageError(
            f"cannot tell the format of '{output}': use an output ending in "
            + ", ".join(EXPORT_FORMATS)
        )
    if suffix != ".png" and (args.scale is not None or args.dpi is not None):
        raise UsageError("--scale and --dpi apply to a PNG output only")
    journey = load_path(args.map_file)
    if suffix == ".png":
        from canvas_app.launcher import render_png

        render_png(journey, output, scale=args.scale, dpi=args.dpi)
    elif suffix == ".pdf":
        from canvas_app.fileio.pdf_export import PdfOptions, export_pdf

        export_pdf(journey, output, PdfOptions(
            layout=args.layout, paper=args.paper, cover=args.cover,
            orientation="portrait" if args.portrait else "landscape"))
    elif suffix == ".svg":
        from canvas_app.fileio.svg_export import export_svg

        export_svg(journey, output)
    elif suffix == ".csv":
        from canvas_app.fileio.csv_io import export_csv_path

        export_csv_path(journey, output)
    else:
        from canvas_app.fileio.codec import save_path

        save_path(journey, output)
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from canvas_app.fileio.codec import load_path
    from canvas_app.fileio.errors import FileFormatError

    try:
        journey = load_path(args.map_file)
    except FileFormatError as error:
        print(f"{PROG}: invalid: {' '.join(error.message.splitlines())}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(
        f"{args.map_file}: valid ({len(journey.stages)} stages, {len(journey.lanes)} lanes, "
        f"{len(journey.notes)} notes)"
    )
    return EXIT_OK


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from canvas_app import desktop_integration

    if args.uninstall:
        report = desktop_integration.uninstall()
        print(f"removed {len(report.removed)} files from {desktop_integration.data_home()}")
    else:
        report = desktop_integration.install()
        print(f"installed {len(report.written)} files under {desktop_integration.data_home()} "
              f"(starts: {' '.join(desktop_integration.launcher_command())})")
    if report.tools_missing:
        print(f"not found (the desktop picks the changes up later): "
              f"{', '.join(report.tools_missing)}")
    if report.tools_failed:
        print(f"failed (the desktop picks the changes up later): {', '.join(report.tools_failed)}")
    return EXIT_OK


def _require_suffix(output: str, suffix: str) -> Path:
    path = Path(output)
    if path.suffix.lower() != suffix:
        raise UsageError(f"the output '{output}' must end in {suffix}")
    return path


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "templates": _cmd_templates,
    "new": _cmd_new,
    "import": _cmd_import,
    "export": _cmd_export,
    "validate": _cmd_validate,
    "install-desktop": _cmd_install_desktop,
}
