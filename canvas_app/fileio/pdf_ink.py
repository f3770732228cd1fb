"""Raw PDF content operators for a reportlab canvas: colours, paths and text in the canvas font.

Why not canvas.roundRect/drawString: they format every number through reportlab's pure-Python
fp_str and set up a text object per call, which made a 5 000-note export spend most of its time
formatting. Here operators are built as plain strings and handed to the canvas in one piece.
Text goes through reportlab's documented dynamic-font API (`TTFont.splitString` +
`getSubsetInternalName`): the string is encoded to glyph codes and escaped as a PDF string, so
user text is never interpreted — `<b>` is three glyphs.

Coordinates: every page is set up with y pointing down (see pdf_pages), so text is drawn with a
text matrix that flips it back upright.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from canvas_app.model.fonts import FontWeight
from canvas_app.model.layout_geometry import CubicSegment, Point, Rect, TextBlock

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

# PDF string escapes: backslash and parentheses, and everything outside printable ASCII as octal,
# so the content stream stays 7-bit whatever the glyph codes are.
_ESCAPES = {
    code: ("\\" + chr(code)) if chr(code) in "\\()" else
    (chr(code) if 32 <= code < 127 else f"\\{code:03o}")
    for code in range(256)
}
_KAPPA = 0.5522847498  # Bézier control distance for a quarter circle of radius 1


@lru_cache(maxsize=1024)
def rgb(color: str) -> str:
    """"#RRGGBB" as the three PDF colour components ("0.733 0.871 0.984")."""
    return " ".join(f"{int(color[i:i + 2], 16) / 255:.3f}" for i in (1, 3, 5))


def escape(data: bytes) -> str:
    return data.decode("latin-1").translate(_ESCAPES)


def begin_page(canvas: "Canvas", ink: "Ink", width: float, height: float) -> None:
    """Start drawing a page of `width` × `height` with y pointing down from its top edge."""
    canvas.setPageSize((width, height))
    ink.reset_state()
    ink.ops.append(f"1 0 0 -1 0 {height:.3f} cm")


class Ink:
    """Collects content operators for one canvas and writes them in one go with `flush`."""

    def __init__(self, canvas: "Canvas", fonts: dict[FontWeight, "TTFont"]) -> None:
        self._canvas = canvas
        # The dynamic-font API keys glyph subsets by document; reportlab has no public accessor.
        self._doc = canvas._doc  # type: ignore[attr-defined]
        self._fonts = fonts
        self._encoders: dict[FontWeight, _Encoder] = {}
        self.ops: list[str] = []
        self._fill: str | None = None
        self._stroke: str | None = None
        self._font_key: tuple[FontWeight, int, float] | None = None

    def flush(self) -> None:
        if self.ops:
            self._canvas.addLiteral("\n".join(self.ops))
            self.ops = []

    def reset_state(self) -> None:
        """Forget the current colours (after a graphics-state restore or a new page)."""
        self._fill = None
        self._stroke = None

    # -- graphics state --------------------------------------------------------------------

    def fill_color(self, color: str) -> None:
        if color != self._fill:
            self.ops.append(f"{rgb(color)} rg")
            self._fill = color

    def stroke_color(self, color: str) -> None:
        if color != self._stroke:
            self.ops.append(f"{rgb(color)} RG")
            self._stroke = color

    def line_width(self, width: float, dash: tuple[float, ...] = ()) -> None:
        pattern = " ".join(f"{d:g}" for d in dash)
        self.ops.append(f"{width:.2f} w [{pattern}] 0 d")

    def save(self) -> None:
        self.ops.append("q")

    def restore(self) -> None:
        self.ops.append("Q")
        self.reset_state()

    def clip(self, rect: Rect) -> None:
        self.ops.append(f"{rect.x:.2f} {rect.y:.2f} {rect.width:.2f} {rect.height:.2f} re W n")

    def transform(self, scale: float, dx: float, dy: float) -> None:
        self.ops.append(f"{scale:.6f} 0 0 {scale:.6f} {dx:.3f} {dy:.3f} cm")

    # -- shapes ----------------------------------------------------------------------------

    def rect(self, rect: Rect, operator: str = "f") -> None:
        self.ops.append(
            f"{rect.x:.2f} {rect.y:.2f} {rect.width:.2f} {rect.height:.2f} re {operator}")

    def round_rect(self, rect: Rect, radius: float, operator: str = "B") -> None:
        x, y, r = rect.x, rect.y, min(radius, rect.width / 2, rect.height / 2)
        x2, y2 = x + rect.width, y + rect.height
        k = r * (1 - _KAPPA)
        self.ops.append(
            f"{x + r:.2f} {y:.2f} m {x2 - r:.2f} {y:.2f} l "
            f"{x2 - k:.2f} {y:.2f} {x2:.2f} {y + k:.2f} {x2:.2f} {y + r:.2f} c "
            f"{x2:.2f} {y2 - r:.2f} l "
            f"{x2:.2f} {y2 - k:.2f} {x2 - k:.2f} {y2:.2f} {x2 - r:.2f} {y2:.2f} c "
            f"{x + r:.2f} {y2:.2f} l "
            f"{x + k:.2f} {y2:.2f} {x:.2f} {y2 - k:.2f} {x:.2f} {y2 - r:.2f} c "
            f"{x:.2f} {y + r:.2f} l "
            f"{x:.2f} {y + k:.2f} {x + k:.2f} {y:.2f} {x + r:.2f} {y:.2f} c h {operator}"
        )

    def line(self, start: Point, end: Point) -> None:
        self.ops.append(f"{start.x:.2f} {start.y:.2f} m {end.x:.2f} {end.y:.2f} l S")

    def curve(self, segments: tuple[CubicSegment, ...] | list[CubicSegment]) -> None:
        """Stroke joined Bézier pieces as one path."""
        if not segments:
            return
        first = segments[0].start
        parts = [f"{first.x:.2f} {first.y:.2f} m"]
        for s in segments:
            parts.append(f"{s.c1.x:.2f} {s.c1.y:.2f} {s.c2.x:.2f} {s.c2.y:.2f} "
                         f"{s.end.x:.2f} {s.end.y:.2f} c")
        parts.append("S")
        self.ops.append(" ".join(parts))

    def polygon(self, points: tuple[Point, ...], operator: str = "f") -> None:
        first, *rest = points
        path = " ".join(f"{p.x:.2f} {p.y:.2f} l" for p in rest)
        self.ops.append(f"{first.x:.2f} {first.y:.2f} m {path} h {operator}")

    def circle(self, center: Point, radius: float, operator: str = "B") -> None:
        cx, cy, r = center.x, center.y, radius
        k = r * _KAPPA
        self.ops.append(
            f"{cx + r:.2f} {cy:.2f} m "
            f"{cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
            f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
            f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
            f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c "
            f"h {operator}"
        )

    # -- text ------------------------------------------------------------------------------

    def begin_text(self) -> None:
        self.ops.append("BT")
        self._font_key = None

    def end_text(self) -> None:
        self.ops.append("ET")

    def text_block(self, block: TextBlock) -> None:
        """Draw a laid-out block (inside begin_text/end_text)."""
        self.fill_color(block.color)
        x = block.x
        for line, baseline in zip(block.lines, block.baselines):
            if line:
                self.text_line(line, x, baseline, block.size, block.weight)

    def text_line(self, text: str, x: float, baseline: float, size: float,
                  weight: FontWeight) -> None:
        """One line of text with its baseline starting at (x, baseline) (inside a text object)."""
        ops = self.ops
        ops.append(f"1 0 0 -1 {x:.2f} {baseline:.2f} Tm")
        encoder = self._encoders.get(weight)
        if encoder is None:
            encoder = self._encoders[weight] = _Encoder(self._fonts[weight], self._doc)
        for subset, escaped in encoder.encode(text):
            key = (weight, subset, size)
            if key != self._font_key:
                ops.append(f"{encoder.subset_name(subset)} {size:g} Tf")
                self._font_key = key
            ops.append(f"({escaped}) Tj")


class _Encoder:
    """Text → (glyph subset, escaped PDF string) runs for one font in one document.

    reportlab's `splitString` assigns each character a code in a 256-glyph subset the first time
    it is seen and keeps it for the document. It loops in Python per character; lines whose
    characters are all known and in the first subset (nearly all of them) are encoded here with
    two C-level `str.translate` calls instead, using the codes `splitString` assigned.
    """

    def __init__(self, font: "TTFont", doc: object) -> None:
        self._font = font
        self._doc = doc
        self._first_subset: dict[int, str] = {}  # code point -> escaped code, subset 0 only
        self._known_first: dict[int, None] = {}  # the same code points, mapped to deletion
        self._names: dict[int, str] = {}

    def subset_name(self, subset: int) -> str:
        name = self._names.get(subset)
        if name is None:
            name = self._names[subset] = self._font.getSubsetInternalName(subset, self._doc)
        return name

    def encode(self, text: str) -> list[tuple[int, str]]:
        if not text.translate(self._known_first):
            return [(0, text.translate(self._first_subset))]
        runs = self._font.splitString(text, self._doc)
        if len(runs) == 1 and runs[0][0] == 0 and len(runs[0][1]) == len(text):
            # Learn the codes of this all-first-subset line for next time.
            for char, code in zip(text, runs[0][1]):
                self._first_subset[ord(char)] = _ESCAPES[code]
                self._known_first[ord(char)] = None
        return [(subset, escape(data)) for subset, data in runs]
