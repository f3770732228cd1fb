"""The canvas font (Be Vietnam Pro, Regular and SemiBold) registered with reportlab, once.

reportlab embeds TrueType fonts as subsets, so a PDF carries only the glyphs it uses. Its bundled
fonts (Helvetica, Vera) cannot set Vietnamese and are kept out of every file we write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from canvas_app.model.fonts import FontWeight, font_path

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

PDF_WEIGHTS = (FontWeight.REGULAR, FontWeight.SEMIBOLD)
_PREFIX = "JourneyCanvas-BeVietnamPro-"


def font_name(weight: FontWeight) -> str:
    """The reportlab name the font of `weight` is registered under."""
    return _PREFIX + weight.value


def register_fonts() -> dict[FontWeight, "TTFont"]:
    """Register the PDF weights with reportlab (idempotent) and return the font objects."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts: dict[FontWeight, TTFont] = {}
    registered = pdfmetrics.getRegisteredFontNames()
    for weight in PDF_WEIGHTS:
        name = font_name(weight)
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_path(weight))))
        font = pdfmetrics.getFont(name)
        assert isinstance(font, TTFont)
        fonts[weight] = font
    return fonts
