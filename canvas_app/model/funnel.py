"""Funnel figures: conversion and drop-off between stages, and numbers in the map's language.

A stage may carry a funnel figure (`Stage.funnel`: how many people reached it and what they are
called there). Conversion is computed between **consecutive stages that both have a figure**: a
stage without one is skipped, so "visitors → (no figure) → leads" still gives the visitors → leads
conversion. Conversion is next / this; drop-off is 1 − conversion and the loss is this − next
(negative when more people reach the next stage, e.g. re-entries). From a stage counting 0 no
conversion exists (None). Nothing here is stored: it is derived from the map whenever needed.

Numbers are formatted by the map's language (not the interface's), so the PDF and the screen say
the same: English "12,400" and "62.5%", Vietnamese "12.400" and "62,5%". Qt-free: the PDF uses
these functions directly and the screen draws the layout built with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, Sequence

from canvas_app.model import limits

if TYPE_CHECKING:
    from canvas_app.model.records import Stage

# Thousands separator and decimal mark by map language.
_SEPARATORS: dict[str, tuple[str, str]] = {"en": (",", "."), "vi": (".", ",")}
_MINUS = "\u2212"  # a real minus sign, not a hyphen

# Texts drawn on the board and in the PDF, in the map's language.
_TEXTS: dict[str, dict[str, str]] = {
    "lost": {"en": "{percent} ({count} lost)", "vi": "{percent} (mất {count})"},
    "gained": {"en": "{percent} ({count} more)", "vi": "{percent} (thêm {count})"},
    "kept": {"en": "no drop-off", "vi": "không hao hụt"},
    "from_zero": {"en": "no conversion from 0", "vi": "không tính được từ 0"},
}


@dataclass(frozen=True, slots=True)
class FunnelDrop:
    """What happens between two consecutive counted stages."""

    from_stage: str
    to_stage: str
    from_count: int
    to_count: int

    @property
    def conversion(self) -> Optional[float]:
        """next / this (None from a stage counting 0)."""
        if self.from_count == 0:
            return None
        return self.to_count / self.from_count

    @property
    def drop_off(self) -> Optional[float]:
        """1 − conversion (negative when the next stage counts more)."""
        conversion = self.conversion
        return None if conversion is None else 1.0 - conversion

    @property
    def lost(self) -> int:
        """People lost on the way (negative: gained)."""
        return self.from_count - self.to_count


def counted_stages(stages: Sequence[Stage]) -> list[Stage]:
    """The stages that carry a funnel figure, in board order."""
    return [stage for stage in stages if stage.funnel is not None]


def funnel_drops(stages: Sequence[Stage]) -> list[FunnelDrop]:
    """The drops between consecutive stages that both have a figure (others are skipped)."""
    counted = counted_stages(stages)
    drops = []
    for this, following in zip(counted, counted[1:]):
        assert this.funnel is not None and following.funnel is not None
        drops.append(FunnelDrop(this.id, following.id, this.funnel.count, following.funnel.count))
    return drops


def format_count(count: int, language: str) -> str:
    """An integer with the language's thousands separator: 12,400 (en), 12.400 (vi)."""
    thousands, _ = _SEPARATORS.get(language, _SEPARATORS["en"])
    sign = _MINUS if count < 0 else ""
    return sign + f"{abs(count):,}".replace(",", thousands)


def format_percent(fraction: float, language: str, signed: bool = False) -> str:
    """A fraction as a percentage: whole numbers from 10 % up, one decimal below (4.5%, 4,5%).

    With `signed`, a minus or plus sign in front (drop-offs are shown as −62%)."""
    _, decimal = _SEPARATORS.get(language, _SEPARATORS["en"])
    value = abs(fraction) * 100.0
    digits = 0 if round(value, 1) >= 10.0 or round(value, 1) == int(round(value, 1)) else 1
    text = f"{value:.{digits}f}".replace(".", decimal)
    if signed and text.strip("0,.") != "":
        text = (_MINUS if fraction > 0 else "+") + text
    return text + "%"


def figure_text(count: int, unit: str, language: str) -> str:
    """A stage's figure as drawn: "12,400 visitors"."""
    number = format_count(count, language)
    return f"{number} {unit}" if unit else number


def drop_text(drop: FunnelDrop, language: str) -> str:
    """The label of a drop: "−62% (7,440 lost)", "+25% (300 more)", or why there is none."""
    texts = {key: value.get(language, value["en"]) for key, value in _TEXTS.items()}
    drop_off = drop.drop_off
    if drop_off is None:
        return texts["from_zero"]
    if drop.lost == 0:
        return texts["kept"]
    percent = format_percent(drop_off, language, signed=True)
    key = "lost" if drop.lost > 0 else "gained"
    return texts[key].format(percent=percent, count=format_count(abs(drop.lost), language))


# Thousands separators a typed count may carry (any language's; a decimal part is refused).
_COUNT_SEPARATORS = str.maketrans("", "", " .,'\u00a0\u202f\u2009_")


def parse_count(text: str) -> Optional[int]:
    """A typed funnel count: digits with optional thousands separators ("12.000", "12,000",
    "12 000"); None for an empty text. Raises ValueError for anything else, or past 10^12."""
    stripped = text.strip()
    if not stripped:
        return None
    digits = stripped.translate(_COUNT_SEPARATORS)
    if not digits.isascii() or not digits.isdigit():
        raise ValueError(stripped)
    value = int(digits)
    if value > limits.MAX_FUNNEL_COUNT:
        raise ValueError(stripped)
    return value
