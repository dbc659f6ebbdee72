"""A VectorTileServer: its service JSON, default style, sprites, glyphs and Mapbox Vector Tiles.

What ArcGIS publishes under ``…/rest/services/<name>/VectorTileServer``, every part of it
secured like the service (499 without a token, 498 with a bad one):

=========================================  ==========  =========================================
path after ``VectorTileServer``            endpoint    answer
=========================================  ==========  =========================================
(none), ``?f=json|pjson``                  service     tileInfo (Web Mercator, 512-pixel tiles,
                                                       levels 0..MAX_ZOOM), ``tiles``, ``defaultStyles``
``resources/styles``, ``…/root.json``      style       a Mapbox GL style (version 8) with ArcGIS's
                                                       relative ``sprite``, ``glyphs`` and source URLs
``resources/sprites/sprite[@2x].json|png`` sprite      one image, ``marker``
``resources/fonts/<stack>/<range>.pbf``    glyphs      a glyph range naming its font stack, no glyphs
``tile/<z>/<y>/<x>.pbf``                   tile        an MVT (``mapbox-vector-tile`` encodes it):
                                                       layers ``Areas`` (polygons) and ``Points``
=========================================  ==========  =========================================

The points are the service's own data set (``Service.features``); the areas are
``AREA_COLUMNS`` by ``AREA_ROWS`` rectangles tiling the data's extent. A tile outside
the levels or the world is a 404; a tile with nothing in it is empty (0 bytes), a
valid MVT.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Callable, Optional

from . import png
from .data import CATEGORIES, DATA_EXTENT, dataset
from .geometry import WEB_MERCATOR, Envelope, from_wgs84, spatial_reference_json, to_wgs84
from .wire import PNG_TYPE, ApiError, Reply, Request, json_reply, respond

if TYPE_CHECKING:
    from .server import ArcGISEmulator
    from .services import Service

MAX_ZOOM = 6  # a few levels over a small area: tiles are made on request, and kept
TILE_PIXELS = 512  # ArcGIS's vector tiles are 512 pixels wide (tileInfo rows/cols)
TILE_EXTENT = 4096  # MVT coordinates per tile side
AREA_COLUMNS, AREA_ROWS = 4, 2
PBF_TYPE = "application/x-protobuf"
SPRITE_NAME = "marker"
SPRITE_PIXELS = 12  # at pixel ratio 1

_HALF_WORLD = 20037508.342787001  # Web Mercator's half circumference (the tile origin's x and y)
_INCHES_PER_METRE = 39.37  # ArcGIS's, in its scales (295828763.7957775 at level 0)
_DPI = 96
_TILE_BUFFER = 1 / 16  # of a tile: shapes reach past the edge so that lines and markers join up

# The default style, as ArcGIS writes it: URLs relative to resources/styles/root.json.
STYLE: dict[str, Any] = {
    "version": 8,
    "sprite": "../sprites/sprite",
    "glyphs": "../fonts/{fontstack}/{range}.pbf",
    "sources": {"esri": {"type": "vector", "url": "../../", "minzoom": 0, "maxzoom": MAX_ZOOM}},
    "layers": [
        {"id": "Areas", "type": "fill", "source": "esri", "source-layer": "Areas",
         "paint": {"fill-color": "#a6cee3", "fill-outline-color": "#1f78b4"}},
        {"id": "Areas/outline", "type": "line", "source": "esri", "source-layer": "Areas",
         "paint": {"line-color": "#1f78b4", "line-width": 2}},
        {"id": "Points", "type": "circle", "source": "esri", "source-layer": "Points",
         "paint": {"circle-color": "#e31a1c", "circle-radius": 3, "circle-stroke-color": "#ffffff",
                   "circle-stroke-width": 1}},
        {"id": "Points/label", "type": "symbol", "source": "esri", "source-layer": "Points", "minzoom": 5,
         "layout": {"icon-image": SPRITE_NAME, "text-field": "{name}", "text-font": ["Arial Regular"],
                    "text-size": 10, "text-offset": [0, 1]}},
    ],
}  # fmt: skip


def operation(emulator: ArcGISEmulator, req: Request, tail: tuple[str, ...]) -> tuple[str, Optional[Callable]]:
    """(endpoint label, the answer for an authorised ``Service``) of a path under ``VectorTileServer``;
    no answer for a path the service does not have."""
    if not tail:
        return "service", lambda service: respond(req, service_json(emulator, service), service.name)
    if tail in (("resources", "styles"), ("resources", "styles", "root.json")):
        return "style", lambda _service: json_reply(STYLE)
    if len(tail) == 3 and tail[:2] == ("resources", "sprites") and tail[2].startswith("sprite"):
        return "sprite", lambda _service: _sprite(tail[2])
    if len(tail) == 4 and tail[:2] == ("resources", "fonts") and tail[3].endswith(".pbf"):
        return "glyphs", lambda _service: Reply(body=_glyphs(tail[2], tail[3][: -len(".pbf")]), content_type=PBF_TYPE)
    if len(tail) == 4 and tail[0] == "tile" and tail[3].endswith(".pbf"):
        return "tile", lambda service: _tile(emulator, service, tail[1], tail[2], tail[3][: -len(".pbf")])
    return "service", None


def _resolution(zoom: int) -> float:
    return 2 * _HALF_WORLD / TILE_PIXELS / 2**zoom


def service_json(emulator: ArcGISEmulator, service: Service) -> dict[str, Any]:
    extent = emulator.dataset_for(service).extent.from_wgs84(WEB_MERCATOR).json(WEB_MERCATOR)
    lods = [
        {"level": zoom, "resolution": _resolution(zoom), "scale": _resolution(zoom) * _DPI * _INCHES_PER_METRE}
        for zoom in range(MAX_ZOOM + 1)
    ]
    return {
        "currentVersion": emulator.version,
        "name": service.name.rpartition("/")[2],
        "copyrightText": "ArcGIS emulator",
        "capabilities": "TilesOnly",
        "type": "indexedVector",
        "defaultStyles": "resources/styles",
        "tiles": ["tile/{z}/{y}/{x}.pbf"],
        "exportTilesAllowed": False,
        "initialExtent": extent,
        "fullExtent": extent,
        "minScale": lods[0]["scale"],
        "maxScale": lods[-1]["scale"],
        "tileInfo": {
            "rows": TILE_PIXELS,
            "cols": TILE_PIXELS,
            "dpi": _DPI,
            "format": "pbf",
            "origin": {"x": -_HALF_WORLD, "y": _HALF_WORLD},
            "spatialReference": spatial_reference_json(WEB_MERCATOR),
            "lods": lods,
        },
        "maxzoom": MAX_ZOOM,
        "resourceInfo": {"styleVersion": 8, "tileCompression": "none"},
    }


def _sprite(file_name: str) -> Reply:
    stem, dot, kind = file_name.partition(".")
    ratio = {"sprite": 1, "sprite@2x": 2}.get(stem)
    if ratio is None or not dot or kind not in ("json", "png"):
        raise ApiError(404, "Resource not found")
    size = SPRITE_PIXELS * ratio
    if kind == "json":
        return json_reply({SPRITE_NAME: {"x": 0, "y": 0, "width": size, "height": size, "pixelRatio": ratio}})
    return Reply(body=png.encode_png(size, size, bytes(png.CATEGORY_COLOURS["A"]) * size * size), content_type=PNG_TYPE)


def _field(number: int, payload: bytes) -> bytes:
    """A length-delimited protobuf field (wire type 2); every length here is below 128 bytes."""
    return bytes([number << 3 | 2, len(payload)]) + payload


def _glyphs(font_stack: str, glyph_range: str) -> bytes:
    """A ``glyphs`` message (Mapbox's glyphs.proto) with one font stack and its range, and no glyph in it."""
    if not glyph_range.replace("-", "").isdigit():
        raise ApiError(404, "Resource not found")
    stack = _field(1, font_stack.encode("utf-8")[:60]) + _field(2, glyph_range.encode("ascii")[:20])
    return _field(1, stack)


def _tile(emulator: ArcGISEmulator, service: Service, z: str, y: str, x: str) -> Reply:
    try:
        zoom, row, column = int(z), int(y), int(x)
    except ValueError as exc:
        raise ApiError(400, "Invalid URL", ["Tile levels, rows and columns are numbers."]) from exc
    if not (0 <= zoom <= MAX_ZOOM and 0 <= row < 2**zoom and 0 <= column < 2**zoom):
        raise ApiError(404, "Tile not found")
    count = emulator.dataset_for(service).count
    return Reply(body=encode_tile(count, zoom, row, column), content_type=PBF_TYPE)


def tile_bounds(zoom: int, row: int, column: int) -> Envelope:
    """A tile's extent in Web Mercator (rows count down from the top, as ArcGIS and XYZ do)."""
    side = 2 * _HALF_WORLD / 2**zoom
    xmin = -_HALF_WORLD + column * side
    ymax = _HALF_WORLD - row * side
    return Envelope(xmin, ymax - side, xmin + side, ymax)


def _areas() -> list[tuple[Any, dict[str, Any]]]:
    """The rectangles tiling DATA_EXTENT, in Web Mercator, with their attributes."""
    from shapely.geometry import box

    width = (DATA_EXTENT.xmax - DATA_EXTENT.xmin) / AREA_COLUMNS
    height = (DATA_EXTENT.ymax - DATA_EXTENT.ymin) / AREA_ROWS
    areas = []
    for index in range(AREA_COLUMNS * AREA_ROWS):
        column, row = index % AREA_COLUMNS, index // AREA_COLUMNS
        west, south = DATA_EXTENT.xmin + column * width, DATA_EXTENT.ymin + row * height
        # Inset by a tenth: the areas are apart, so an outline shows between them.
        xmin, ymin = from_wgs84(west + width / 10, south + height / 10, WEB_MERCATOR)
        xmax, ymax = from_wgs84(west + width * 0.9, south + height * 0.9, WEB_MERCATOR)
        areas.append((box(xmin, ymin, xmax, ymax), {"name": f"Area {index + 1}", "category": CATEGORIES[column]}))
    return areas


@functools.lru_cache(maxsize=512)
def encode_tile(count: int, zoom: int, row: int, column: int) -> bytes:
    """The MVT of one tile over a data set of ``count`` points (data sets are immutable: kept)."""
    # Imported here: the encoder, Shapely and NumPy take a while to load, and most emulators serve no tiles.
    import mapbox_vector_tile
    from shapely.geometry import Point, box

    bounds = tile_bounds(zoom, row, column)
    margin = (bounds.xmax - bounds.xmin) * _TILE_BUFFER
    clip = box(bounds.xmin - margin, bounds.ymin - margin, bounds.xmax + margin, bounds.ymax + margin)
    areas = [
        {"geometry": shape.intersection(clip), "properties": properties}
        for shape, properties in _areas()
        if shape.intersects(clip)
    ]
    points = dataset(count)
    wgs84 = Envelope(*to_wgs84(*clip.bounds[:2], WEB_MERCATOR), *to_wgs84(*clip.bounds[2:], WEB_MERCATOR))
    columns = points.columns
    point_features = [
        {
            "geometry": Point(from_wgs84(points.xs[index], points.ys[index], WEB_MERCATOR)),
            "properties": {"name": columns["name"][index], "category": columns["category"][index]},
            "id": columns["OBJECTID"][index],
        }
        for index in points.rows_in(wgs84)
    ]
    layers = [
        {"name": name, "features": features}
        for name, features in (("Areas", areas), ("Points", point_features))
        if features
    ]
    if not layers:
        return b""
    options = {"quantize_bounds": (bounds.xmin, bounds.ymin, bounds.xmax, bounds.ymax), "extents": TILE_EXTENT}
    return mapbox_vector_tile.encode(layers, default_options=options)
