"""Line wrapping with the canvas font's real advance widths, cached, and text blocks built from it.

Greedy on spaces, explicit newlines kept, a word wider than the line broken between characters:
whatever the text, every line fits its width, so nothing is ever cut off when drawn.
"""

from __future__ import annotations

from functools import lru_cache

from canvas_app.model.font_metrics import metrics
from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import TextBlock

# Widths of words in ems, per weight: maps repeat their words, so most lookups hit.
_word_ems: dict[FontWeight, dict[str, float]] = {}
_WORD_CACHE_LIMIT = 200_000


def _word_cache(weight: FontWeight) -> dict[str, float]:
    cache = _word_ems.get(weight)
    if cache is None or len(cache) > _WORD_CACHE_LIMIT:
        cache = _word_ems[weight] = {}
    return cache


def text_width(text: str, size: float, weight: FontWeight = FontWeight.REGULAR) -> float:
    """Width of one line of `text` at `size` points, as the PDF and the screen set it."""
    return metrics(weight).text_width(text, size)


@lru_cache(maxsize=65_536)
def wrap_text(
    text: str, width: float, size: float, weight: FontWeight = FontWeight.REGULAR
) -> tuple[str, ...]:
    """Lines of `text` (trailing whitespace dropped) each at most `width` points wide at `size`."""
    text = text.rstrip()
    if not text:
        return ()
    font = metrics(weight)
    limit = width / size
    words_cache = _word_cache(weight)
    space = font.char_width(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if "\t" in paragraph:
            paragraph = paragraph.replace("\t", " ")
        current: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            if not word:
                continue
            ems = words_cache.get(word)
            if ems is None:
                ems = words_cache[word] = font.text_width(word, 1.0)
            if current and used + space + ems <= limit:
                current.append(word)
                used += space + ems
                continue
            if current:
                lines.append(" ".join(current))
            if ems <= limit:
                current = [word]
                used = ems
            else:
                pieces = _break_word(word, limit, weight)
                lines.extend(pieces[:-1])
                current = [pieces[-1]]
                used = font.text_width(pieces[-1], 1.0)
        lines.append(" ".join(current))
    return tuple(lines)


def _break_word(word: str, limit: float, weight: FontWeight) -> list[str]:
    """Cut a word wider than `limit` ems between characters (at least one character a line)."""
    font = metrics(weight)
    pieces: list[str] = []
    start = 0
    used = 0.0
    for index, char in enumerate(word):
        ems = font.char_width(char)
        if index > start and used + ems > limit:
            pieces.append(word[start:index])
            start = index
            used = 0.0
        used += ems
    pieces.append(word[start:])
    return pieces


def block_height(line_count: int, size: float, leading: float, weight: FontWeight) -> float:
    """Height from the top of the first line's ascent to the bottom of the last line's descent."""
    if line_count == 0:
        return 0.0
    font = metrics(weight)
    return float(font.ascent + font.descent) * size + (line_count - 1) * leading


def first_baseline(top: float, size: float, weight: FontWeight) -> float:
    return top + float(metrics(weight).ascent) * size


def text_block(
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    leading: float,
    weight: FontWeight,
    color: str,
) -> TextBlock:
    """`text` wrapped to `width` and placed with its first line's ascent at `top`."""
    lines = wrap_text(text, width, size, weight)
    baseline = first_baseline(top, size, weight)
    baselines = tuple(baseline + leading * i for i in range(len(lines)))
    return TextBlock(lines, x, baselines, size, weight, color, width)
