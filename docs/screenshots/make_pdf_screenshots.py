"""Pictures of the PDF deliverables for docs/pdf.md, made from the sample canvases with the real
exporter and poppler's pdftoppm (as a client would see the pages):

    .venv/bin/python docs/screenshots/make_pdf_screenshots.py docs/screenshots

Each picture is one page of one export at 60 dpi (A4 landscape: 702 × 497 pixels).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_canvases"
DPI = 60


class Shot(NamedTuple):
    name: str
    sample: str
    layout: str
    page: int


SHOTS = (
    Shot("pdf-report-persona", "value-journey-coffee-chain-vi", "report", 2),
    Shot("pdf-report-overview", "value-journey-coffee-chain-vi", "report", 3),
    Shot("pdf-report-board", "value-journey-coffee-chain-vi", "report", 4),
    Shot("pdf-tiled-guide", "service-blueprint-bank-account-vi", "tiled", 1),
    Shot("pdf-tiled-sheet", "service-blueprint-bank-account-vi", "tiled", 2),
)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from canvas_app.fileio.codec import load_path
    from canvas_app.fileio.pdf_export import PdfOptions, export_pdf

    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        exported: dict[tuple[str, str], Path] = {}
        for shot in SHOTS:
            key = (shot.sample, shot.layout)
            if key not in exported:
                pdf = Path(scratch) / f"{shot.sample}-{shot.layout}.pdf"
                journey = load_path(SAMPLES / f"{shot.sample}.journey")
                export_pdf(journey, pdf, PdfOptions(layout=shot.layout))  # type: ignore[arg-type]
                exported[key] = pdf
            stem = Path(scratch) / shot.name
            subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(shot.page), "-l",
                            str(shot.page), "-singlefile", str(exported[key]), str(stem)],
                           check=True)
            target = out / f"{shot.name}.png"
            shutil.copyfile(stem.with_suffix(".png"), target)
            print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
