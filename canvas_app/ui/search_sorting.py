"""Locale-aware ordering of map text (tags, persona names) with QCollator, never code points.

Python's `sorted` puts "Ánh" after "Dũng" and "Đức" after "Yến"; Vietnamese puts Ánh beside Anh
and đ right after d. The map's own language decides, since the names are written in it.
"""

from __future__ import annotations

from typing import Callable, Iterable, TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

from canvas_app.model.kinds import Language

T = TypeVar("T")


def map_collator(language: Language | str) -> QCollator:
    """A case-insensitive, numeric-aware collator for text written in `language`."""
    if Language(language) is Language.VI:
        locale = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    else:
        locale = QLocale()
        # The "C" locale (no LANG set) collates by code point, exactly what we want to avoid.
        if locale.language() == QLocale.Language.C:
            locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    collator = QCollator(locale)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)  # "Stage 2" before "Stage 10"
    return collator


def collated(items: Iterable[T], key: Callable[[T], str], collator: QCollator) -> list[T]:
    """`items` ordered by `key` as `collator` compares them."""
    return sorted(items, key=lambda item: collator.sortKey(key(item)))
