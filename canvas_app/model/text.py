"""Plain-text hygiene for everything a user writes: NFC, no lone surrogates, no stray controls.

Text pasted from macOS arrives decomposed (NFD) and would print with misplaced accents; a lone
surrogate (from a broken JSON escape or clipboard) would make saving as UTF-8 fail.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls other than tab and newline, DEL, C1 controls, and lone surrogates.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Return `value` NFC-normalised with CRLF/CR as LF and unwanted code points removed."""
    if value.isascii():
        # ASCII is always NFC; only line endings and control characters can need work.
        if value.isprintable():
            return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _UNWANTED.search(value):
        value = _UNWANTED.sub("", value)
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    return value


def clean_line(value: str) -> str:
    """Like `clean_text`, for single-line fields (titles, tags): line breaks become spaces."""
    value = clean_text(value)
    if "\n" in value or "\t" in value:
        value = " ".join(value.split())
    return value.strip()


_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ł": "l", "ø": "o", "ß": "ss"})


def fold(value: str) -> str:
    """Case- and accent-insensitive key for search and matching ("Đánh giá" -> "danh gia").

    Unicode decomposition strips most accents, but Vietnamese đ has no decomposition, so it is
    folded by hand.
    """
    value = unicodedata.normalize("NFD", value.casefold().translate(_FOLD_EXTRA))
    return "".join(ch for ch in value if not unicodedata.combining(ch))
