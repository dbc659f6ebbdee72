"""The tile scheme of the emulator's cached map services: ArcGIS's Web Mercator scheme, 256-pixel tiles.

A cached map service (``Service(cached=True)``) describes it in its JSON (``tileInfo``),
serves it at ``…/MapServer/tile/<level>/<row>/<column>`` and, as WMTS, as the tile matrix
set ``GoogleMapsCompatible``: the same levels, rows counted down from the top, as
XYZ clients count them. Levels 0 to ``MAX_LEVEL``.
"""

from __future__ import annotations

from typing import Any

from .geometry import WEB_MERCATOR, Envelope, spatial_reference_json

MAX_LEVEL = 10  # tiles are drawn on request: a few levels over a small area are plenty
TILE_PIXELS = 256
DPI = 96
HALF_WORLD = 20037508.342787001  # Web Mercator's half circumference: the tile origin's x and y
_METRES_PER_INCH = 0.0254
# OGC's standardised rendering pixel (0.28 mm): WMTS scale denominators are counted with it.
_OGC_PIXEL_METRES = 0.00028


def resolution(level: int) -> float:
    """Metres per pixel at ``level``."""
    return 2 * HALF_WORLD / TILE_PIXELS / 2**level


def scale(level: int) -> float:
    """The scale ArcGIS reports for ``level`` (at 96 dpi)."""
    return resolution(level) * DPI / _METRES_PER_INCH


def ogc_scale_denominator(level: int) -> float:
    """The WMTS ``ScaleDenominator`` of ``level``."""
    return resolution(level) / _OGC_PIXEL_METRES


def tile_bounds(level: int, row: int, column: int) -> Envelope:
    """A tile's extent in Web Mercator."""
    side = 2 * HALF_WORLD / 2**level
    xmin = -HALF_WORLD + column * side
    ymax = HALF_WORLD - row * side
    return Envelope(xmin, ymax - side, xmin + side, ymax)


def exists(level: int, row: int, column: int) -> bool:
    return 0 <= level <= MAX_LEVEL and 0 <= row < 2**level and 0 <= column < 2**level


def tile_info() -> dict[str, Any]:
    """A cached map service's ``tileInfo``, as ArcGIS writes it."""
    return {
        "rows": TILE_PIXELS,
        "cols": TILE_PIXELS,
        "dpi": DPI,
        "format": "PNG32",
        "compressionQuality": 0,
        "origin": {"x": -HALF_WORLD, "y": HALF_WORLD},
        "spatialReference": spatial_reference_json(WEB_MERCATOR),
        "lods": [{"level": level, "resolution": resolution(level), "scale": scale(level)}
                 for level in range(MAX_LEVEL + 1)],
    }  # fmt: skip
