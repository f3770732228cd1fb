"""How many pages a PDF export will have, found by making the PDF (in memory) and counting them;
the PDFs made are kept a while for the page preview.

Counting the real output keeps the export dialog exact whatever the layouts do (covers, tiles,
assembly guides, report sections) at the cost of one render, so results are cached per options
and the dialog only counts automatically for maps small enough to render in a blink.
"""

from __future__ import annotations

import dataclasses
import re
from collections import OrderedDict

from canvas_app.fileio.pdf_export import PdfOptions, render_pdf
from canvas_app.model.journey_map import JourneyMap

# Up to this many notes a PDF renders in well under a quarter of a second: count as options change.
AUTO_COUNT_MAX_NOTES = 1500

# reportlab writes one uncompressed dictionary per page object with "/Type /Page" in it ("/Pages"
# is the page tree, excluded by the word boundary).
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page\b")


def pdf_option_names() -> set[str]:
    """The fields PdfOptions has in this version (orientation, for one, is newer)."""
    return {field.name for field in dataclasses.fields(PdfOptions)}


def count_pages(pdf: bytes) -> int:
    return len(_PAGE_OBJECT.findall(pdf))


# The last few PDFs made are kept for the page preview (a few hundred kB each for small maps).
KEEP_PDFS = 4


class PageCounter:
    """Page counts of one map's PDF under different options, each rendered once; the last few
    PDFs themselves are kept for the page preview."""

    def __init__(self, journey: JourneyMap) -> None:
        self._journey = journey
        self._counts: dict[PdfOptions, int] = {}
        self._pdfs: OrderedDict[PdfOptions, bytes] = OrderedDict()

    @property
    def automatic(self) -> bool:
        """Whether counting is cheap enough to do on every change of options."""
        return len(self._journey.notes) <= AUTO_COUNT_MAX_NOTES

    def known(self, options: PdfOptions) -> int | None:
        """The count for `options` if it was already made."""
        return self._counts.get(_key(options))

    def count(self, options: PdfOptions) -> int:
        """The number of pages the PDF has with `options` (renders it the first time)."""
        key = _key(options)
        if key not in self._counts:
            self.pdf(options)
        return self._counts[key]

    def pdf(self, options: PdfOptions) -> bytes:
        """The PDF with `options` (made once while it stays among the last few asked for)."""
        key = _key(options)
        data = self._pdfs.get(key)
        if data is None:
            data = render_pdf(self._journey, key)
            self._counts[key] = count_pages(data)
            self._pdfs[key] = data
            while len(self._pdfs) > KEEP_PDFS:
                self._pdfs.popitem(last=False)
        else:
            self._pdfs.move_to_end(key)
        return data

    def known_pdf(self, options: PdfOptions) -> bytes | None:
        """The PDF with `options` if it is at hand."""
        return self._pdfs.get(_key(options))


def _key(options: PdfOptions) -> PdfOptions:
    # The date only changes what the cover says, never how many pages there are.
    return dataclasses.replace(options, date=None)
