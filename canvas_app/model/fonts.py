"""Where the canvas font lives. One family (Be Vietnam Pro, OFL) draws the screen and the PDF.

Be Vietnam Pro was designed for Vietnamese (every precomposed letter and tone mark, with proper
stacking), ships static TTFs on PyPI as `fontpkg-be-vietnam-pro`, and reads well at projector
sizes. It is a dependency, not a system font, so layout is identical on every machine.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

FAMILY = "Be Vietnam Pro"


class FontWeight(str, Enum):
    REGULAR = "Regular"
    MEDIUM = "Medium"
    SEMIBOLD = "SemiBold"
    BOLD = "Bold"


def font_path(weight: FontWeight = FontWeight.REGULAR) -> Path:
    """Path of the static TTF file of `weight`."""
    # Imported lazily: only layout and export need the files. The package ships no type hints.
    import fontpkg_be_vietnam_pro  # type: ignore[import-untyped]

    path = Path(fontpkg_be_vietnam_pro.ROOT) / "files" / f"BeVietnamPro-{weight.value}.ttf"
    if not path.is_file():
        raise FileNotFoundError(f"the canvas font is missing: {path}")
    return path
