"""Renders the application icon's PNG sizes, the Windows .ico and the macOS .icns from the
hand-written SVG in resources/icons/, with Qt's own SVG renderer (QtSvg ships in
PySide6-Essentials), so the result depends only on the SVG and the pinned Qt.

    .venv/bin/python packaging/make_icons.py           # (re)write the files
    .venv/bin/python packaging/make_icons.py --check   # exit 1 if a committed file is stale
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "journey-canvas"
SVG = ICON_DIR / f"{NAME}.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types holding PNG data, by pixel size (the @2x variants reuse the larger sizes).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))
# Channels may differ by this much between Qt builds (anti-aliasing rounding) in --check.
TOLERANCE = 8


def png_path(size: int) -> Path:
    return ICON_DIR / f"{NAME}-{size}.png"


def render(size: int) -> QImage:
    """The SVG drawn into a transparent square of `size` pixels."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Compression 9 and no text chunks: the same pixels always give the same bytes.
    if not image.save(buffer, "PNG", 0):
        raise SystemExit("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = [], []
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose entries are PNG data (the format since OS X 10.7)."""
    body = b"".join(struct.pack(">4sI", kind, 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    """Every generated file with its content."""
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES))
    pngs = {size: png_bytes(render(size)) for size in sizes}
    files = {png_path(size): pngs[size] for size in PNG_SIZES}
    files[ICON_DIR / f"{NAME}.ico"] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files[ICON_DIR / f"{NAME}.icns"] = icns_bytes(pngs)
    return files


def differs(committed: Path, size: int) -> bool:
    """True when the committed PNG's pixels are not what the SVG renders (within TOLERANCE)."""
    old = QImage(str(committed)).convertToFormat(QImage.Format.Format_ARGB32)
    new = render(size)
    if old.size() != new.size():
        return True
    if old == new:
        return False
    for y in range(size):
        for x in range(size):
            a, b = old.pixel(x, y), new.pixel(x, y)
            if any(abs(((a >> s) & 255) - ((b >> s) & 255)) > TOLERANCE for s in (0, 8, 16, 24)):
                return True
    return False


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare the committed PNGs with a fresh rendering; write nothing")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (fonts, images)
    if args.check:
        stale = [png_path(size).name for size in PNG_SIZES
                 if not png_path(size).is_file() or differs(png_path(size), size)]
        if stale:
            print("stale icons (run packaging/make_icons.py):", " ".join(stale))
            return 1
        print("icons up to date")
        return 0
    for path, data in outputs().items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ICON_DIR.parent.parent)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
