"""Writes what the export dialog asked for: PDF, PNG, SVG (the whole map or the selected notes)
or CSV, each atomically. Errors are the fileio layer's (OSError, InputError) for the caller to
report."""

from __future__ import annotations

from canvas_app.model.journey_map import JourneyMap
from canvas_app.ui.export_dialog import ExportRequest


def write_export(journey: JourneyMap, request: ExportRequest) -> None:
    """Write `journey` as `request` says."""
    if request.format == "csv":
        from canvas_app.fileio.csv_io import export_csv_path

        export_csv_path(journey, request.path)
    elif request.format == "png":
        from canvas_app.ui.image_export import PngOptions, export_png

        export_png(journey, request.path, request.png_options or PngOptions())
    elif request.format == "svg":
        from canvas_app.fileio.svg_export import export_svg
        from canvas_app.model.excerpt import excerpt

        export_svg(excerpt(journey, request.note_ids) if request.note_ids else journey,
                   request.path)
    else:
        from canvas_app.fileio.pdf_export import PdfOptions, export_pdf

        export_pdf(journey, request.path, request.pdf_options or PdfOptions())
