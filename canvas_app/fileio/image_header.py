"""Image dimensions read from PNG and JPEG headers without decoding a pixel, so the loader can
refuse a persona photo that declares a huge image (a decompression bomb) before anything decodes it.
"""

from __future__ import annotations

import base64
import binascii
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from canvas_app.fileio.errors import FileFormatError
from canvas_app.model import limits
from canvas_app.model.messages import Message, msg

if TYPE_CHECKING:
    from canvas_app.model.journey_map import JourneyMap

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers (baseline, progressive, lossless, arithmetic...): they carry the
# frame size. C4 (Huffman tables), C8 (reserved) and CC (arithmetic conditioning) do not.
_JPEG_FRAME_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers that stand alone, without a length: TEM, RST0-7, SOI.
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8), 0xD8})
_JPEG_START_OF_SCAN = 0xDA
_JPEG_END = 0xD9


@dataclass(frozen=True)
class ImageSize:
    """The size an image header declares."""

    kind: str  # "png" or "jpeg"
    width: int
    height: int

    @property
    def pixels(self) -> int:
        return self.width * self.height


def image_size(data: bytes) -> ImageSize | None:
    """The declared size of a PNG or JPEG; None when `data` is neither or its header is broken."""
    if data.startswith(_PNG_SIGNATURE):
        return _png_size(data)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _png_size(data: bytes) -> ImageSize | None:
    # The first chunk must be IHDR: length (13), type, width, height (big-endian).
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return ImageSize("png", width, height)


def _jpeg_size(data: bytes) -> ImageSize | None:
    position = 2
    end = len(data)
    while position < end:
        if data[position] != 0xFF:
            return None  # not at a marker: the segment lengths do not add up
        while position < end and data[position] == 0xFF:
            position += 1  # fill bytes
        if position >= end:
            return None
        marker = data[position]
        position += 1
        if marker in _JPEG_STANDALONE:
            continue
        if marker in (_JPEG_START_OF_SCAN, _JPEG_END) or position + 2 > end:
            return None  # image data (or the end) before any frame header
        (length,) = struct.unpack(">H", data[position : position + 2])
        if length < 2:
            return None
        if marker in _JPEG_FRAME_MARKERS:
            if position + 7 > end:
                return None
            height, width = struct.unpack(">HH", data[position + 3 : position + 7])
            return ImageSize("jpeg", width, height)
        position += length
    return None


def photo_problem(encoded: str) -> Message | None:
    """Why a base64 persona photo must be refused (one phrase), or None if it may be loaded.

    Data that is not a PNG or JPEG this parser can measure is let through: the screen's decoder
    (which has its own allocation limit) shows no photo for it rather than refusing the whole map.
    """
    try:
        data = base64.b64decode(encoded)
    except (binascii.Error, ValueError):
        return None
    if len(data) > limits.MAX_PHOTO_BYTES:
        return msg(
            "the photo is {size:.1f} MB, more than the {limit} MB a persona photo may be",
            size=len(data) / 1_048_576, limit=limits.MAX_PHOTO_BYTES // 1_048_576)
    size = image_size(data)
    if size is None:
        return None
    if size.width > limits.MAX_PHOTO_SIDE or size.height > limits.MAX_PHOTO_SIDE:
        return msg(
            "the photo declares {width} × {height} pixels; a side may be at most {limit} pixels",
            width=size.width, height=size.height, limit=limits.MAX_PHOTO_SIDE)
    if size.pixels > limits.MAX_PHOTO_PIXELS:
        return msg(
            "the photo declares {width} × {height} pixels, more than the {limit:g} megapixels "
            "a persona photo may have", width=size.width, height=size.height,
            limit=limits.MAX_PHOTO_PIXELS / 1_000_000)
    return None


def check_photos(journey: JourneyMap, source: str | Message) -> None:
    """Raise FileFormatError naming the first embedded image (a persona photo or the client's
    logo) that declares too large an image."""
    images = [(f"map.personas[{index}].photo", persona.photo)
              for index, persona in enumerate(journey.personas)]
    images.append(("map.logo", journey.logo))
    for where, photo in images:
        if photo is None:
            continue
        problem = photo_problem(photo.data)
        if problem is not None:
            raise FileFormatError(msg("{file}: {where}: {problem}", file=source,
                                      where=where, problem=problem))
