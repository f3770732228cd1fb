"""WCAG relative luminance and contrast ratio of "#RRGGBB" colours: which ink a note's fill
takes, and the figure the tests hold text, marks and focus highlights to (4.5:1 for text)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def relative_luminance(color: str) -> float:
    """0 (black) to 1 (white), as WCAG 2 defines it, of a "#RRGGBB" colour."""
    channels = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white), whichever of the two is lighter."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
