"""Text measurement from a TrueType file's own tables (cmap, hmtx, hhea, head), without Qt.

The layout engine measures with these metrics; the PDF (reportlab) and the screen (Qt, with
kerning off) draw the same font, so a line that fits in the layout fits when drawn.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path

from canvas_app.model.fonts import FontWeight, font_path


class FontMetrics:
    """Advance widths and vertical metrics of one TTF, in font units scaled per call."""

    def __init__(self, data: bytes) -> None:
        tables = _table_directory(data)
        units_per_em = struct.unpack_from(">H", data, tables["head"] + 18)[0]
        ascent, descent, line_gap = struct.unpack_from(">hhh", data, tables["hhea"] + 4)
        number_of_h_metrics = struct.unpack_from(">H", data, tables["hhea"] + 34)[0]
        advances = _advance_widths(data, tables["hmtx"], number_of_h_metrics)
        glyph_of = _character_map(data, tables["cmap"])
        self.units_per_em = units_per_em
        self.ascent: float = ascent / units_per_em
        self.descent: float = -descent / units_per_em
        self.line_gap: float = line_gap / units_per_em
        # Advance width per code point as a fraction of the em; unmapped code points use .notdef.
        self._notdef = advances[0] / units_per_em
        last = len(advances) - 1
        self._em_widths: dict[int, float] = {
            code: advances[min(glyph, last)] / units_per_em for code, glyph in glyph_of.items()
        }
        self._char_cache: dict[str, float] = {}

    def has_glyph(self, char: str) -> bool:
        return ord(char) in self._em_widths

    def char_width(self, char: str) -> float:
        """Advance of `char` in ems."""
        width = self._char_cache.get(char)
        if width is None:
            width = self._em_widths.get(ord(char), self._notdef)
            self._char_cache[char] = width
        return width

    def text_width(self, text: str, size: float) -> float:
        """Width of `text` set at `size` points, without kerning."""
        cache = self._char_cache
        total = 0.0
        for char in text:
            width = cache.get(char)
            if width is None:
                width = self.char_width(char)
            total += width
        return total * size

    def line_height(self, size: float) -> float:
        return (self.ascent + self.descent + self.line_gap) * size


def _table_directory(data: bytes) -> dict[str, int]:
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for i in range(count):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag.decode("latin-1")] = offset
    for required in ("head", "hhea", "hmtx", "cmap"):
        if required not in tables:
            raise ValueError(f"font has no '{required}' table")
    return tables


def _advance_widths(data: bytes, offset: int, count: int) -> list[int]:
    return [struct.unpack_from(">H", data, offset + 4 * i)[0] for i in range(count)]


def _character_map(data: bytes, cmap_offset: int) -> dict[int, int]:
    """Code point -> glyph index from the best Unicode subtable (format 12, else format 4)."""
    count = struct.unpack_from(">H", data, cmap_offset + 2)[0]
    subtables: dict[int, int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap_offset + 4 + 8 * i)
        if (platform, encoding) in ((3, 10), (0, 4), (0, 6)):
            subtables.setdefault(12, cmap_offset + offset)
        elif (platform, encoding) in ((3, 1), (0, 3), (0, 1), (0, 0)):
            subtables.setdefault(4, cmap_offset + offset)
    for start in (subtables.get(12), subtables.get(4)):
        if start is None:
            continue
        table_format = struct.unpack_from(">H", data, start)[0]
        if table_format == 12:
            return _cmap_format12(data, start)
        if table_format == 4:
            return _cmap_format4(data, start)
    raise ValueError("font has no Unicode character map")


def _cmap_format4(data: bytes, start: int) -> dict[int, int]:
    seg_count = struct.unpack_from(">H", data, start + 6)[0] // 2
    ends_at = start + 14
    starts_at = ends_at + 2 * seg_count + 2
    deltas_at = starts_at + 2 * seg_count
    ranges_at = deltas_at + 2 * seg_count
    result: dict[int, int] = {}
    for seg in range(seg_count):
        end = struct.unpack_from(">H", data, ends_at + 2 * seg)[0]
        first = struct.unpack_from(">H", data, starts_at + 2 * seg)[0]
        delta = struct.unpack_from(">h", data, deltas_at + 2 * seg)[0]
        range_offset = struct.unpack_from(">H", data, ranges_at + 2 * seg)[0]
        if first == 0xFFFF:
            continue
        for code in range(first, end + 1):
            if range_offset == 0:
                glyph = (code + delta) & 0xFFFF
            else:
                address = ranges_at + 2 * seg + range_offset + 2 * (code - first)
                glyph = struct.unpack_from(">H", data, address)[0]
                if glyph:
                    glyph = (glyph + delta) & 0xFFFF
            if glyph:
                result[code] = glyph
    return result


def _cmap_format12(data: bytes, start: int) -> dict[int, int]:
    groups = struct.unpack_from(">I", data, start + 12)[0]
    result: dict[int, int] = {}
    for i in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * i)
        for code in range(first, last + 1):
            result[code] = glyph + code - first
    return result


@lru_cache(maxsize=None)
def metrics(weight: FontWeight = FontWeight.REGULAR) -> FontMetrics:
    """The (cached) metrics of the canvas font at `weight`."""
    return FontMetrics(Path(font_path(weight)).read_bytes())
