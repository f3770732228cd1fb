"""A persona's embedded photo, checked before reportlab sees it: decoded from base64 (never read
from a path), a PNG or JPEG by its own signature, within the byte and pixel limits, and drawn
inside a box keeping its proportions. Anything else is refused, and the page shows initials.
"""

from __future__ import annotations

import base64
import binascii
import io
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from canvas_app.model import limits
from canvas_app.model.layout_geometry import Rect
from canvas_app.model.records import Photo

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MAX_PIXELS = 4096 * 4096  # decoded size bounded (~50 MB as RGB) whatever the file claims
MAX_SIDE = 8192
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers carry the image size (not DHT 0xC4, JPG 0xC8, DAC 0xCC).
_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


@dataclass(frozen=True, slots=True)
class CheckedPhoto:
    data: bytes
    width: int  # pixels
    height: int


def check_photo(photo: Photo | None) -> CheckedPhoto | None:
    """The photo's bytes and size when it is a sound PNG or JPEG within limits, else None."""
    if photo is None:
        return None
    try:
        data = base64.b64decode("".join(photo.data.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    if not data or len(data) > limits.MAX_PHOTO_BYTES:
        return None
    size = _png_size(data) if data.startswith(_PNG_SIGNATURE) else _jpeg_size(data)
    if size is None:
        return None
    width, height = size
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE) or width * height > MAX_PIXELS:
        return None
    return CheckedPhoto(data, width, height)


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the JPEG segments to the first start-of-frame (bounded by the data's length)."""
    if not data.startswith(b"\xff\xd8"):
        return None
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        length = struct.unpack(">H", data[index + 2:index + 4])[0]
        if length < 2:
            return None
        if marker in _SOF_MARKERS:
            if index + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[index + 5:index + 9])
            return int(width), int(height)
        index += 2 + length
    return None


def fitted(photo: CheckedPhoto, box: Rect) -> Rect:
    """The largest rectangle of the photo's proportions centred at the top of `box`."""
    scale = min(box.width / photo.width, box.height / photo.height)
    width, height = photo.width * scale, photo.height * scale
    return Rect(box.x + (box.width - width) / 2, box.y, width, height)


def draw_photo(canvas: "Canvas", photo: CheckedPhoto, rect: Rect, page_h: float) -> bool:
    """Draw `photo` in `rect` (y down from the page top); False when reportlab cannot read it.

    Called between content flushes, in its own graphics state: the page's y-down matrix is
    flipped back so reportlab draws in its usual y-up space.
    """
    from reportlab.lib.utils import ImageReader

    canvas.saveState()
    try:
        canvas.transform(1, 0, 0, -1, 0, page_h)
        reader = ImageReader(io.BytesIO(photo.data))
        # mask="auto": a PNG's transparency is kept (a logo on a transparent background would
        # otherwise come out on a black box).
        canvas.drawImage(reader, rect.x, page_h - rect.bottom, rect.width, rect.height,
                         mask="auto")
        return True
    except Exception:  # noqa: BLE001 - a damaged image must not stop the report
        return False
    finally:
        canvas.restoreState()
