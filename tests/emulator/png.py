"""Minimal PNG writing (RGBA, 8 bit) for map exports and legend swatches."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from typing import Optional

# One colour per category of the data set (see data.CATEGORIES), RGBA.
CATEGORY_COLOURS: dict[str, tuple[int, int, int, int]] = {
    "A": (228, 26, 28, 255),
    "B": (55, 126, 184, 255),
    "C": (77, 175, 74, 255),
    "D": (152, 78, 163, 255),
}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_MARKER_RADIUS = 2  # pixels; markers are (2r+1)-pixel squares


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(width: int, height: int, rgba: bytes) -> bytes:
    """An RGBA buffer (row-major, 4 bytes per pixel) → PNG file bytes."""
    stride = width * 4
    raw = b"".join(b"\x00" + rgba[y * stride : (y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    return _PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 6)) + _chunk(b"IEND", b"")


def draw_markers(
    width: int,
    height: int,
    markers: Iterable[tuple[int, int, str]],
    radius: int = _MARKER_RADIUS,
    background: Optional[tuple[int, int, int, int]] = None,
) -> bytes:
    """PNG of square markers (pixel x, pixel y, category); the background is transparent unless given."""
    canvas = bytearray(bytes(background) * (width * height)) if background else bytearray(width * height * 4)
    stamps: dict[str, bytes] = {}
    seen: set[int] = set()
    for px, py, category in markers:
        centre = py * width + px
        if centre in seen:  # dense data: many points fall on one pixel
            continue
        seen.add(centre)
        colour = stamps.setdefault(category, bytes(CATEGORY_COLOURS.get(category, (0, 0, 0, 255))))
        x0, x1 = max(0, px - radius), min(width - 1, px + radius)
        span = colour * (x1 - x0 + 1)
        for y in range(max(0, py - radius), min(height - 1, py + radius) + 1):
            start = (y * width + x0) * 4
            canvas[start : start + len(span)] = span
    return encode_png(width, height, bytes(canvas))


def swatch(category: str, size: int = 20) -> bytes:
    """A legend swatch: the category's marker centred on a transparent square."""
    centre = size // 2
    return draw_markers(size, size, [(centre, centre, category)], radius=size // 4)
