"""PDF export of a journey map: vector, fonts embedded and subset, in four page layouts.

`poster` puts the whole board on one page of its own size, `fit` scales it onto one sheet,
`tiled` prints it at 100 % over overlapping sheets with crop marks, `report` makes a paginated
client deliverable (cover, personas, legend, one section per phase). reportlab is imported only
when a PDF is actually made, so importing this module (for PdfOptions) costs nothing.
"""

from __future__ import annotations

import datetime
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from canvas_app import APP_NAME, __version__
from canvas_app.fileio.errors import ExportError
from canvas_app.model.messages import msg

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap

LAYOUTS = ("poster", "fit", "tiled", "report")
PAPERS = ("a4", "a3", "letter")
ORIENTATIONS = ("landscape", "portrait")


@dataclass(frozen=True)
class PdfOptions:
    layout: Literal["poster", "fit", "tiled", "report"] = "poster"
    paper: Literal["a4", "a3", "letter"] = "a4"
    cover: bool = False  # the report always has one
    date: datetime.date | None = None  # shown on the cover; today if None
    # The sheet's orientation for fit, tiled, report and the cover (a poster is its own size).
    orientation: Literal["landscape", "portrait"] = "landscape"

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ExportError(msg("unknown PDF layout '{value}' (use {choices})",
                                  value=self.layout, choices=", ".join(LAYOUTS)))
        if self.paper not in PAPERS:
            raise ExportError(msg("unknown paper size '{value}' (use {choices})",
                                  value=self.paper, choices=", ".join(PAPERS)))
        if self.orientation not in ORIENTATIONS:
            raise ExportError(msg("unknown orientation '{value}' (use {choices})",
                                  value=self.orientation, choices=", ".join(ORIENTATIONS)))


def render_pdf(journey: "JourneyMap", options: PdfOptions = PdfOptions()) -> bytes:
    """The PDF of `journey` laid out as `options` say, as bytes."""
    from canvas_app.fileio.pdf_render import render

    buffer = io.BytesIO()
    render(journey, options, buffer)
    return buffer.getvalue()


def export_pdf(journey: "JourneyMap", path: str | os.PathLike[str],
               options: PdfOptions = PdfOptions()) -> None:
    """Write the PDF of `journey` to `path` atomically: on failure an existing file is kept."""
    data = render_pdf(journey, options)
    from canvas_app.fileio.atomic import write_atomic

    try:
        write_atomic(path, data)
    except OSError as error:
        from canvas_app.fileio.saving import write_failure

        raise ExportError(msg("cannot write the PDF to '{file}': {reason}", file=os.fspath(path),
                              reason=write_failure(error, Path(path)))) from error


def creator() -> str:
    return f"{APP_NAME} {__version__}"
