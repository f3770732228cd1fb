"""Persona photos: an image file read safely, scaled down and embedded as base64 PNG or JPEG, and
an embedded photo decoded safely for display.

Safety first, since images come from anywhere (and embedded ones from shared maps): only a few
raster formats recognised by their content, the declared size checked against the limits before
a pixel is decoded, a decoder allocation limit, and large images decoded straight at the reduced
size where the format allows it.
"""

from __future__ import annotations

import base64
import binascii
import os
from functools import lru_cache
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from canvas_app.fileio.errors import read_failure
from canvas_app.model import limits
from canvas_app.model.records import Photo
from canvas_app.ui.core_messages import translated

# The longest side a photo is stored with: plenty for a persona card on screen and on paper.
MAX_STORED_SIDE = 512
# A source file larger than this is refused before it is read (camera photos are far smaller).
MAX_SOURCE_BYTES = 64 * 1024 * 1024
# Megabytes the decoder may allocate for one image (Qt's default is 256).
DECODER_LIMIT_MB = 128
ACCEPTED_FORMATS = frozenset({"png", "jpeg", "jpg", "bmp", "gif", "webp"})
_JPEG_QUALITIES = (88, 80, 70, 60, 50)


class PhotoError(Exception):
    """A photo that cannot be used, with a plain message for the user."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonaPhoto", text)


def image_file_filter() -> str:
    return _tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)")


def photo_from_file(path: str | os.PathLike[str]) -> Photo:
    """The image at `path` as an embeddable photo (at most MAX_STORED_SIDE pixels a side).

    Raises PhotoError when the file cannot be read, is not a supported image, declares too large
    an image, or does not decode.
    """
    try:
        size = Path(path).stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise PhotoError(_tr("The file is %1 MB; a photo may be at most %2 MB.")
                             .replace("%1", QLocale().toString(round(size / 1_048_576)))
                             .replace("%2", QLocale().toString(MAX_SOURCE_BYTES // 1_048_576)))
        with open(path, "rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as error:
        raise PhotoError(translated(read_failure(error))) from error
    image = decode_image(data, MAX_STORED_SIDE)
    return encode_photo(image)


def decode_image(data: bytes, max_side: int) -> QImage:
    """`data` decoded (scaled to at most `max_side` pixels a side); PhotoError when refused."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)  # no format given: recognised by its content
    reader.setDecideFormatFromContent(True)
    reader.setAllocationLimit(DECODER_LIMIT_MB)
    reader.setAutoTransform(True)  # camera photos carry their orientation in EXIF
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if kind not in ACCEPTED_FORMATS:
        raise PhotoError(_tr("This is not a PNG, JPEG, BMP, GIF or WebP image."))
    declared = reader.size()  # read from the header: nothing is decoded yet
    if not declared.isValid() or declared.isEmpty():
        raise PhotoError(_tr("The image does not say how large it is."))
    width, height = declared.width(), declared.height()
    if (width > limits.MAX_PHOTO_SIDE or height > limits.MAX_PHOTO_SIDE
            or width * height > limits.MAX_PHOTO_PIXELS):
        raise PhotoError(_tr("The image is %1 × %2 pixels; a photo may have at most %3 "
                             "megapixels and %4 pixels a side.")
                         .replace("%1", str(width)).replace("%2", str(height))
                         .replace("%3", f"{limits.MAX_PHOTO_PIXELS / 1_000_000:g}")
                         .replace("%4", str(limits.MAX_PHOTO_SIDE)))
    scaled = _fitted(QSize(width, height), max_side)
    if scaled != declared:
        reader.setScaledSize(scaled)  # JPEG decodes straight at the smaller size
    image = reader.read()
    if image.isNull():
        raise PhotoError(_tr("The image cannot be read: %1").replace("%1", reader.errorString()))
    if max(image.width(), image.height()) > max_side:  # EXIF rotation or a format without scaling
        image = image.scaled(_fitted(image.size(), max_side),
                             Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def encode_photo(image: QImage) -> Photo:
    """`image` as a photo record: PNG when it has transparency, else JPEG, within the limits."""
    if image.hasAlphaChannel():
        data = _encode(image, "PNG", -1)
        if len(data) <= limits.MAX_PHOTO_BYTES:
            return _photo("image/png", data)
        image = _flatten(image)
    for quality in _JPEG_QUALITIES:
        data = _encode(image, "JPEG", quality)
        if len(data) <= limits.MAX_PHOTO_BYTES:
            return _photo("image/jpeg", data)
    raise PhotoError(_tr("The photo is too large to embed, even compressed."))


def photo_image(photo: Optional[Photo], max_side: int = MAX_STORED_SIDE) -> Optional[QImage]:
    """An embedded photo decoded for display (checked like a file); None if it cannot be."""
    if photo is None:
        return None
    return _cached_image(photo.data, max_side)


@lru_cache(maxsize=32)
def _cached_image(encoded: str, max_side: int) -> Optional[QImage]:
    try:
        data = base64.b64decode(encoded)
    except (binascii.Error, ValueError):
        return None
    if len(data) > limits.MAX_PHOTO_BYTES:
        return None
    try:
        return decode_image(data, max_side)
    except PhotoError:
        return None


def _fitted(size: QSize, max_side: int) -> QSize:
    longest = max(size.width(), size.height())
    if longest <= max_side:
        return QSize(size)
    factor = max_side / longest
    return QSize(max(1, round(size.width() * factor)), max(1, round(size.height() * factor)))


def _flatten(image: QImage) -> QImage:
    """`image` over white, without transparency (for JPEG)."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    from PySide6.QtGui import QPainter

    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _encode(image: QImage, kind: str, quality: int) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time although its stubs say bytes.
    if not image.save(buffer, kind, quality):  # type: ignore[call-overload]
        raise PhotoError(_tr("The photo cannot be encoded."))
    buffer.close()
    return bytes(array.data())


def _photo(media_type: str, data: bytes) -> Photo:
    return Photo(media_type=media_type, data=base64.b64encode(data).decode("ascii"))
