"""A Web Map item's data (ArcGIS's Web Map specification) → the layers to make, in order.

Pure: :func:`read_web_map` reads the JSON of ``content/items/<id>/data`` into a
:class:`WebMapPlan`; the integration makes the QGIS layers.

* **Order.** The specification draws ``operationalLayers`` in array order, the
  first at the bottom; ``baseMap.baseMapLayers`` the same, beneath them — but
  a basemap layer with ``isReference: true`` (labels, boundaries) draws above
  the operational layers: it goes to :attr:`WebMapPlan.reference`. A
  ``GroupLayer``'s ``layers`` are read the same way, bottom first; its
  visibility and opacity are its own, applied to the group as a whole.
* **Kinds.** Layers QGIS draws from a URL become a :class:`WebMapLayer` of a
  :class:`LayerKind`: ArcGIS feature, map, tiled map, image and vector tile
  services, web tiled layers (their ``{level}/{col}/{row}`` template as
  ``{z}/{x}/{y}``) and OpenStreetMap. Everything else — features stored in
  the web map, CSV, KML, GeoJSON, WMS, WFS, an unknown ``layerType`` — is
  listed in :attr:`WebMapPlan.unsupported` with a reason, never dropped silently.
* **Properties.** ``visibility`` (default true), ``opacity`` (clamped to 0..1),
  the scale range (``layerDefinition``'s ``minScale``/``maxScale`` override the
  layer's own), ``layerDefinition.definitionExpression`` (or the older
  top-level ``definitionExpression``), ``itemId``; a map service's
  ``visibleLayers``.
* **Hostile data.** A web map comes from a server and may hold anything: only
  http(s) URLs are taken (``javascript:``, ``file:``, ``data:`` → "not a web
  address"); values of the wrong type are ignored or the layer reported; groups
  nested deeper than :data:`MAX_GROUP_DEPTH` are reported, not read, so no
  web map can make the reading recurse without end. An ArcGIS service URL loses
  its query and fragment: a saved ``?token=`` must not reach a QGIS project.
  The one error raised is :class:`~.errors.UnexpectedResponseError`, for data
  that is not a JSON object.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, NamedTuple, Optional, Union

from .errors import UnexpectedResponseError
from .phrases import QT_TRANSLATE_NOOP, Phrase
from .portal import finite_number, is_path_part, is_web_address

MAX_GROUP_DEPTH = 16  # group layers within group layers, deeper ones are reported
OPENSTREETMAP_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
WEB_MERCATOR_IDS = frozenset({102100, 102113, 3857, 900913})
GROUP_LAYER = "GroupLayer"

# Why a layer is not made: shown to the user with its title (see Unsupported).
FEATURES_IN_MAP = QT_TRANSLATE_NOOP("ArcGISWebMap", "features stored in the web map")
NO_URL = QT_TRANSLATE_NOOP("ArcGISWebMap", "no URL")
NOT_A_WEB_ADDRESS = QT_TRANSLATE_NOOP("ArcGISWebMap", "not a web address")
NO_LAYER_TYPE = QT_TRANSLATE_NOOP("ArcGISWebMap", "no layer type")
UNKNOWN_LAYER_TYPE = QT_TRANSLATE_NOOP("ArcGISWebMap", "a layer type the plugin does not open")
NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("ArcGISWebMap", "groups nested too deeply")
STYLE_WITHOUT_SERVICE = QT_TRANSLATE_NOOP("ArcGISWebMap", "a vector tile style without its service's address")
TEMPLATE_WITHOUT_TILES = QT_TRANSLATE_NOOP("ArcGISWebMap", "a tile address without level, column and row")
TEMPLATE_WITHOUT_SUBDOMAINS = QT_TRANSLATE_NOOP("ArcGISWebMap", "a tile address without its sub-domains")
OTHER_TILING = QT_TRANSLATE_NOOP("ArcGISWebMap", "tiles in another tiling scheme than Web Mercator's")
BING_MAPS = QT_TRANSLATE_NOOP("ArcGISWebMap", "a Bing Maps basemap")
UNOPENED_TYPES: dict[str, Phrase] = {
    "CSV": QT_TRANSLATE_NOOP("ArcGISWebMap", "a CSV file"),
    "KML": QT_TRANSLATE_NOOP("ArcGISWebMap", "a KML file"),
    "GeoJSON": QT_TRANSLATE_NOOP("ArcGISWebMap", "a GeoJSON file"),
    "GeoRSS": QT_TRANSLATE_NOOP("ArcGISWebMap", "a GeoRSS feed"),
    "WMS": QT_TRANSLATE_NOOP("ArcGISWebMap", "a WMS service"),
    "WFS": QT_TRANSLATE_NOOP("ArcGISWebMap", "a WFS service"),
    "OGCFeatureLayer": QT_TRANSLATE_NOOP("ArcGISWebMap", "an OGC API - Features collection"),
    "ArcGISStreamLayer": QT_TRANSLATE_NOOP("ArcGISWebMap", "a stream service"),
    "ArcGISImageServiceVectorLayer": QT_TRANSLATE_NOOP("ArcGISWebMap", "an image service drawn as vectors"),
    "SubtypeGroupLayer": QT_TRANSLATE_NOOP("ArcGISWebMap", "a layer drawn by subtype"),
    "BingMapsAerial": BING_MAPS,
    "BingMapsRoad": BING_MAPS,
    "BingMapsHybrid": BING_MAPS,
}

_LAYER_ID = re.compile(r"/([0-9]{1,9})$")
# A service's default style: …/VectorTileServer/resources/styles/root.json → …/VectorTileServer.
_SERVICE_STYLE = re.compile(r"(?P<service>.+/VectorTileServer)/resources/styles(?:/.*)?", re.IGNORECASE)
_SERVICE_SEGMENTS = frozenset({"featureserver", "mapserver", "imageserver", "vectortileserver"})
_SUBDOMAIN = re.compile(r"\{subDomain\}", re.IGNORECASE)
_HOST_LABELS = re.compile(r"[A-Za-z0-9.-]+")
_TILE_PLACEHOLDERS = {
    re.compile(r"\{level\}", re.IGNORECASE): "{z}",
    re.compile(r"\{col\}", re.IGNORECASE): "{x}",
    re.compile(r"\{row\}", re.IGNORECASE): "{y}",
}


class LayerKind(str, Enum):
    FEATURE = "feature"  # a feature layer: …/FeatureServer/<id>, or a map service's …/MapServer/<id>
    MAP = "map"  # a map service drawn by export, optionally only some sublayers
    TILED = "tiled"  # a map service's tile cache
    IMAGE = "image"  # an image service, tiled or not
    VECTOR_TILES = "vector tiles"  # a …/VectorTileServer
    WEB_TILES = "web tiles"  # an XYZ template URL with {z}/{x}/{y}
    GROUP = "group"


@dataclass(frozen=True)
class WebMapLayer:
    title: str
    kind: LayerKind
    url: str = ""  # the service, the layer (FEATURE) or the tile template (WEB_TILES); "" for a group
    visible: bool = True
    opacity: float = 1.0  # 0 (transparent) to 1 (opaque), clamped
    min_scale: float = 0.0  # ArcGIS's: the most zoomed-out scale denominator it shows at; 0: no limit
    max_scale: float = 0.0  # the most zoomed-in; 0: no limit
    definition_expression: str = ""
    sublayers: tuple[int, ...] = ()  # a map service's visibleLayers; (): the service's own choice
    children: tuple[WebMapLayer, ...] = ()  # a group's, bottom first
    item_id: str = ""  # the portal item it was added from
    layer_id: Optional[int] = None  # a feature layer's id in its service; None: the URL names only the service
    style_url: str = ""  # a vector tile layer's style, when the web map names one

    def __post_init__(self) -> None:
        opacity = self.opacity if math.isfinite(self.opacity) else 1.0
        object.__setattr__(self, "opacity", min(max(opacity, 0.0), 1.0))


@dataclass(frozen=True)
class Unsupported:
    """A layer of the web map that is not made (``reason``: a translatable phrase such as "a CSV file")."""

    title: str
    layer_type: str  # its layerType as the web map names it; "" when it names none
    reason: Phrase


@dataclass(frozen=True)
class WebMapPlan:
    title: str
    operational: tuple[WebMapLayer, ...]  # bottom first, as the web map lists them
    basemap: tuple[WebMapLayer, ...]  # bottom first, beneath the operational layers
    basemap_title: str
    unsupported: tuple[Unsupported, ...]
    wkid: Optional[int]  # the map's spatial reference (its latestWkid when given: 3857 rather than 102100)
    reference: tuple[WebMapLayer, ...] = ()  # the basemap's reference layers, bottom first, above the operational


def read_web_map(data: object, *, title: str = "", server: str = "") -> WebMapPlan:
    """The layers of a web map's data (``content/items/<id>/data``); ``title``: the item's.

    ``server``: the portal's origin, for the error: UnexpectedResponseError when ``data`` is not a JSON object.
    """
    if not isinstance(data, dict):
        raise UnexpectedResponseError(server, detail=f"web map data that is a JSON {type(data).__name__}")
    reader = _Reader()
    operational = reader.layers(data.get("operationalLayers"), depth=0)
    base_map = _mapping(data.get("baseMap"))
    basemap: list[WebMapLayer] = []
    reference: list[WebMapLayer] = []
    for entry in _dicts(base_map.get("baseMapLayers")):
        layer = reader.layer(entry, depth=0)
        if layer is not None:
            (reference if entry.get("isReference") is True else basemap).append(layer)
    return WebMapPlan(
        title=title,
        operational=operational,
        basemap=tuple(basemap),
        basemap_title=_text(base_map.get("title")),
        unsupported=tuple(reader.unsupported),
        wkid=_wkid(data.get("spatialReference")),
        reference=tuple(reference),
    )


class _Source(NamedTuple):
    """Where a layer's data comes from: what its layerType decides."""

    kind: LayerKind
    url: str = ""
    sublayers: tuple[int, ...] = ()
    children: tuple[WebMapLayer, ...] = ()
    layer_id: Optional[int] = None
    style_url: str = ""


class _Reader:
    """Reads layers, collecting those it cannot make."""

    def __init__(self) -> None:
        self.unsupported: list[Unsupported] = []

    def layers(self, entries: object, *, depth: int) -> tuple[WebMapLayer, ...]:
        read = (self.layer(entry, depth=depth) for entry in _dicts(entries))
        return tuple(layer for layer in read if layer is not None)

    def layer(self, entry: dict[str, Any], *, depth: int) -> Optional[WebMapLayer]:
        # `type` is the specification's deprecated name of `layerType`, still in older web maps.
        layer_type = _text(entry.get("layerType")) or _text(entry.get("type"))
        title = _title(entry, layer_type)
        read = _SOURCES.get(layer_type)
        source: Union[_Source, Phrase]
        if layer_type == GROUP_LAYER:
            source = self.group(entry, depth)
        elif read is not None:
            source = read(entry)
        else:
            source = UNOPENED_TYPES.get(layer_type, UNKNOWN_LAYER_TYPE) if layer_type else NO_LAYER_TYPE
        if isinstance(source, Phrase):
            self.unsupported.append(Unsupported(title, layer_type, source))
            return None
        definition = _mapping(entry.get("layerDefinition"))
        expression = _text(definition.get("definitionExpression")) or _text(entry.get("definitionExpression"))
        item_id = _text(entry.get("itemId"))
        return WebMapLayer(
            title=title,
            kind=source.kind,
            url=source.url,
            visible=entry.get("visibility") is not False,
            opacity=_number(entry.get("opacity"), 1.0),
            min_scale=_scale(definition, entry, "minScale"),
            max_scale=_scale(definition, entry, "maxScale"),
            definition_expression=expression.strip(),
            sublayers=source.sublayers,
            children=source.children,
            item_id=item_id if is_path_part(item_id) else "",
            layer_id=source.layer_id,
            style_url=source.style_url,
        )

    def group(self, entry: dict[str, Any], depth: int) -> Union[_Source, Phrase]:
        if depth >= MAX_GROUP_DEPTH:
            return NESTED_TOO_DEEPLY
        return _Source(LayerKind.GROUP, children=self.layers(entry.get("layers"), depth=depth + 1))


def _feature_layer(entry: dict[str, Any]) -> Union[_Source, Phrase]:
    """A layer of a feature or map service: the URL of the layer, or — as some clients save it — of the
    service with a separate ``layerId``."""
    if not _text(entry.get("url")) and entry.get("featureCollection") is not None:
        return FEATURES_IN_MAP
    url = _service_url(entry)
    if isinstance(url, Phrase):
        return url
    in_url = _LAYER_ID.search(url)
    if in_url:
        return _Source(LayerKind.FEATURE, url, layer_id=int(in_url.group(1)))
    layer_id = _whole(entry.get("layerId"))
    if layer_id is None:  # the service only: its first layer, as ArcGIS's clients read it
        return _Source(LayerKind.FEATURE, url)
    return _Source(LayerKind.FEATURE, f"{url}/{layer_id}", layer_id=layer_id)


def _map_service(entry: dict[str, Any]) -> Union[_Source, Phrase]:
    url = _service_url(entry)
    if isinstance(url, Phrase):
        return url
    visible = entry.get("visibleLayers")
    sublayers = [_whole(value) for value in visible] if isinstance(visible, list) else []
    return _Source(LayerKind.MAP, url, sublayers=tuple(dict.fromkeys(i for i in sublayers if i is not None)))


def _service_of(kind: LayerKind) -> Callable[[dict[str, Any]], Union[_Source, Phrase]]:
    def read(entry: dict[str, Any]) -> Union[_Source, Phrase]:
        url = _service_url(entry)
        return url if isinstance(url, Phrase) else _Source(kind, url)

    return read


def _vector_tiles(entry: dict[str, Any]) -> Union[_Source, Phrase]:
    """The service of the layer's ``styleUrl`` when that is a service's own style, else its ``url``."""
    style = _text(entry.get("styleUrl")).strip()
    style_url = _without_query(style) if is_web_address(style) else ""
    own_style = _SERVICE_STYLE.fullmatch(style_url)
    if own_style:
        return _Source(LayerKind.VECTOR_TILES, own_style.group("service"), style_url=style_url)
    url = _service_url(entry)
    if not isinstance(url, Phrase):
        return _Source(LayerKind.VECTOR_TILES, url, style_url=style_url)
    if style_url:
        # A style elsewhere (an item's resources, as Esri's basemaps are saved) names its tiles only inside it.
        return STYLE_WITHOUT_SERVICE
    return NOT_A_WEB_ADDRESS if style else url


def _web_tiles(entry: dict[str, Any]) -> Union[_Source, Phrase]:
    """``templateUrl``'s ``{level}/{col}/{row}`` as ``{z}/{x}/{y}``, ``{subDomain}`` its first sub-domain."""
    template = _text(entry.get("templateUrl")).strip()
    if not template:
        return NO_URL
    if _SUBDOMAIN.search(template):
        names = entry.get("subDomains")
        first = names[0] if isinstance(names, list) and names else None
        if not (isinstance(first, str) and _HOST_LABELS.fullmatch(first)):
            return TEMPLATE_WITHOUT_SUBDOMAINS
        template = _SUBDOMAIN.sub(first, template)
    if not is_web_address(template):
        return NOT_A_WEB_ADDRESS
    for placeholder, xyz in _TILE_PLACEHOLDERS.items():
        template = placeholder.sub(xyz, template)
    if not all(xyz in template for xyz in _TILE_PLACEHOLDERS.values()):
        return TEMPLATE_WITHOUT_TILES
    wkid = _wkid(_mapping(entry.get("tileInfo")).get("spatialReference"))
    if wkid is not None and wkid not in WEB_MERCATOR_IDS:  # without a tileInfo: Web Mercator, says the spec
        return OTHER_TILING
    return _Source(LayerKind.WEB_TILES, template)


# How each layerType the plugin opens is read (GROUP_LAYER: by the reader, which keeps the depth).
_SOURCES: dict[str, Callable[[dict[str, Any]], Union[_Source, Phrase]]] = {
    "ArcGISFeatureLayer": _feature_layer,
    "ArcGISMapServiceLayer": _map_service,
    "ArcGISTiledMapServiceLayer": _service_of(LayerKind.TILED),
    "ArcGISImageServiceLayer": _service_of(LayerKind.IMAGE),
    "ArcGISTiledImageServiceLayer": _service_of(LayerKind.IMAGE),
    "VectorTileLayer": _vector_tiles,
    "WebTiledLayer": _web_tiles,
    "OpenStreetMap": lambda _entry: _Source(LayerKind.WEB_TILES, OPENSTREETMAP_TILES),
}


def _service_url(entry: dict[str, Any]) -> Union[str, Phrase]:
    """The entry's ``url`` as an ArcGIS service's: http(s), no query, fragment or trailing slash."""
    url = _text(entry.get("url")).strip()
    if not url:
        return NO_URL
    if url.startswith("//"):  # protocol-relative, as older web maps saved Esri's services
        url = "https:" + url
    if not is_web_address(url):
        return NOT_A_WEB_ADDRESS
    return _without_query(url).rstrip("/")


def _without_query(url: str) -> str:
    return re.split(r"[?#]", url, maxsplit=1)[0]


def _title(entry: dict[str, Any], layer_type: str) -> str:
    """The layer's title; else its service's name; else its type."""
    title = _text(entry.get("title")).strip()
    if title:
        return title
    segments = _without_query(_text(entry.get("url"))).split("/")
    for before, segment in zip(segments, segments[1:]):
        if segment.lower() in _SERVICE_SEGMENTS and before:
            return before
    return layer_type


def _scale(definition: dict[str, Any], entry: dict[str, Any], key: str) -> float:
    """``layerDefinition``'s scale if it has one, else the layer's own; 0 (no limit) for neither."""
    for source in (definition, entry):
        scale = _number(source.get(key), -1.0)
        if scale >= 0:
            return scale
    return 0.0


def _wkid(spatial_reference: object) -> Optional[int]:
    reference = _mapping(spatial_reference)
    for key in ("latestWkid", "wkid"):
        wkid = _whole(reference.get(key))
        if wkid:
            return wkid
    return None


def _number(value: object, default: float) -> float:
    """A finite JSON number, else ``default``."""
    number = finite_number(value)
    return default if number is None else number


def _whole(value: object) -> Optional[int]:
    """A whole JSON number ≥ 0 (a layer id, a WKID), else None."""
    number = _number(value, -1.0)
    return int(number) if number >= 0 and number.is_integer() else None


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _dicts(value: object) -> list[dict[str, Any]]:
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
