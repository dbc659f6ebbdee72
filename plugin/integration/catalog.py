"""A connection's catalog: its servers' folders → services → layers, with their geometry.

Read with blocking requests, so only ever inside a QgsTask (see
:mod:`.tasks`), through :func:`.rest.request_json`: with *this* connection's
token only (a connection that failed to sign in never shows the catalog
another connection to the same server may read), on the engine's HTTP client
(QGIS's proxy and trusted CAs). This module never handles a token.

Failures are the core's :class:`~..core.errors.ArcGISAuthError` classes, so
they read (and are translated) like every other sign-in or service error.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Optional

from qgis.core import QgsFeedback

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.errors import (
    ArcGISAuthError,
    NoCatalogError,
    NotAServiceError,
    ResourceNotFoundError,
    UnexpectedResponseError,
)
from ..core.urls import origin_of, redact
from .rest import request_json

log = logging.getLogger(LOGGER_NAME).getChild("catalog")

FEATURE_SERVER = "FeatureServer"
MAP_SERVER = "MapServer"
VECTOR_TILE_SERVER = "VectorTileServer"
IMAGE_SERVER = "ImageServer"
# What QGIS opens: its ArcGIS providers (an image service through the map provider), vector tiles.
SERVICE_TYPES = (FEATURE_SERVER, MAP_SERVER, VECTOR_TILE_SERVER, IMAGE_SERVER)


class Geometry(str, Enum):
    POINT = "point"
    MULTIPOINT = "multipoint"
    LINE = "line"
    POLYGON = "polygon"
    ENVELOPE = "envelope"
    TABLE = "table"  # no geometry: a table, added as a feature layer without shapes
    OTHER = "other"  # raster and other layers a map service draws
    VECTOR_TILES = "vector tiles"  # a vector tile service: one layer, the service itself


_HALF_WORLD = 20037508.342787  # metres: Web Mercator's x and y at the world's top-left corner

_ESRI_GEOMETRIES = {
    "esriGeometryPoint": Geometry.POINT,
    "esriGeometryMultipoint": Geometry.MULTIPOINT,
    "esriGeometryPolyline": Geometry.LINE,
    "esriGeometryPolygon": Geometry.POLYGON,
    "esriGeometryEnvelope": Geometry.ENVELOPE,
}


@dataclass(frozen=True)
class CatalogLayer:
    service_url: str  # …/rest/services/Folder/Name/FeatureServer
    service_type: str  # one of SERVICE_TYPES
    layer_id: int  # 0 for a vector tile service, whose tiles hold all its layers
    name: str
    geometry: Geometry
    crs: str = ""  # "EPSG:4326", when the server says
    editable: bool = False  # the server takes edits to it (its capabilities name Create, Update or Delete)
    wms: bool = False  # its map service publishes a WMS (`supportedExtensions` names WMSServer)
    cached: bool = False  # its map service has a tile cache (`singleFusedMapCache`): WMTS
    xyz: bool = False  # and that cache's tiles follow the XYZ scheme (Web Mercator, 256 pixels)

    @property
    def url(self) -> str:
        return self.service_url if self.vector_tiles or self.image else f"{self.service_url}/{self.layer_id}"

    @property
    def drawn_by_server(self) -> bool:
        """True when it can be added as a map layer (a map or image service renders it)."""
        return self.service_type in (MAP_SERVER, IMAGE_SERVER)

    @property
    def image(self) -> bool:
        """True for an image service: one layer, the service itself, always added as the image it draws."""
        return self.service_type == IMAGE_SERVER

    @property
    def vector_tiles(self) -> bool:
        """True for a vector tile service: added as a vector tile layer, whichever way layers are added."""
        return self.service_type == VECTOR_TILE_SERVER

    @property
    def title(self) -> str:
        """The name a QGIS layer of it gets: "Demo/Points — Points", service and layer as ArcGIS names
        them, so that layers of several services can be told apart in the Layers panel; a vector tile
        service's own name ("Demo/Basemap")."""
        whole = self.vector_tiles or self.image
        return vector_tile_title(self.service_url) if whole else layer_title(self.service_url, self.name)


def layer_title(url: str, layer_name: str) -> str:
    """``Service/Name — layer`` for a service or layer URL (the layer name alone if the URL names no service)."""
    service = _service_named_by(url)
    return f"{service.name} — {layer_name}" if service is not None else layer_name


def vector_tile_title(url: str) -> str:
    """``Folder/Name`` of a vector tile service URL (its last segment if the URL names no service)."""
    service = _service_named_by(url)
    return service.name if service is not None else url.rstrip("/").rpartition("/")[2]


@dataclass(frozen=True)
class CatalogService:
    name: str  # "Folder/Name", as the catalog lists it
    service_type: str
    url: str
    layers: tuple[CatalogLayer, ...] = ()
    error: Optional[ArcGISAuthError] = None  # its layers could not be read

    @property
    def editable(self) -> bool:
        return any(layer.editable for layer in self.layers)

    @property
    def folder(self) -> str:
        return self.name.rpartition("/")[0]

    @property
    def title(self) -> str:
        return self.name.rpartition("/")[2]


@dataclass(frozen=True)
class ServerCatalog:
    root: str  # the server root, …/arcgis
    services: tuple[CatalogService, ...]

    @property
    def services_url(self) -> str:
        return f"{self.root}/rest/services"

    @property
    def folders(self) -> list[str]:
        return sorted({service.folder for service in self.services if service.folder}, key=str.lower)


class CancelledError(ArcGISAuthError):
    """The user cancelled the catalog read."""


GetJson = Callable[[str], dict[str, Any]]


def read_catalog(engine, connection: Connection, feedback: QgsFeedback) -> list[ServerCatalog]:
    """Every server the connection covers, with its services and their layers (blocking).

    ``engine`` is the service's TokenEngine. Signing in first tells which
    servers a portal connection covers; roots that list no services (the
    portal itself) are left out. Raises the ArcGISAuthError that says why, a failed sign-in's included.
    """

    def get_json(url: str) -> dict[str, Any]:
        if feedback.isCanceled():
            raise CancelledError
        return request_json(engine, connection, url)

    engine.auth_for_connection(connection.id, connection.root.url)  # signs in: the real reason if it cannot
    catalogs: list[ServerCatalog] = []
    first_error: Optional[ArcGISAuthError] = None
    roots = engine.server_roots(connection.id)
    for index, root in enumerate(roots):
        if feedback.isCanceled():
            break
        try:
            services = _list_services(root, get_json, feedback)
        except ResourceNotFoundError as error:
            # No services directory here (some servers publish only their services): what the
            # connection's own URL names is still there to list.
            services = [own for own in [_service_named_by(connection.url)] if own and own.url.startswith(root + "/")]
            log.info("%s has no services directory (%s)", redact(root), error.detail)
            if not services:
                first_error = first_error or NoCatalogError(origin_of(root), detail=error.detail)
                continue
        except ArcGISAuthError as error:
            log.debug("No catalog at %s (%s)", redact(root), type(error).__name__)
            first_error = first_error or error
            continue
        catalog = _with_layers(root, services, get_json=get_json, feedback=feedback, part=index, parts=len(roots))
        catalogs.append(catalog)
    if not catalogs and first_error is not None and not feedback.isCanceled():
        raise first_error
    return catalogs


def read_service(engine, connection: Connection, url: str, feedback: QgsFeedback) -> list[ServerCatalog]:
    """The service a pasted service or layer URL names, with its layers, as a catalog of its own — for
    servers without a services directory, or a service the user knows the address of (blocking)."""
    service = _service_named_by(url)
    if service is None:
        raise NotAServiceError(origin_of(url), url=redact(url))
    root = service.url.split("/rest/services/", 1)[0]
    layers = _read_layers(service, lambda target: request_json(engine, connection, target))
    feedback.setProgress(100.0)
    return [ServerCatalog(root, (CatalogService(service.name, service.service_type, service.url, layers),))]


def _service_named_by(url: str) -> Optional[CatalogService]:
    """The service a service or layer URL (``…/rest/services/<name>/FeatureServer[/<id>]``) names."""
    path = redact(url).rstrip("/")
    head, marker, tail = path.partition("/rest/services/")
    if not marker:
        return None
    parts = tail.split("/")
    index = next((i for i, part in enumerate(parts) if part in SERVICE_TYPES), None)
    if index is None or index == 0:
        return None
    name, service_type = "/".join(parts[:index]), parts[index]
    return CatalogService(name, service_type, f"{head}/rest/services/{name}/{service_type}")


def _list_services(root: str, get_json: GetJson, feedback: QgsFeedback) -> list[CatalogService]:
    top = get_json(f"{root}/rest/services")
    if not isinstance(top.get("services"), list):
        raise UnexpectedResponseError(origin_of(root), detail="no service list")
    listings = [top]
    for folder in top.get("folders") or []:
        if feedback.isCanceled():
            break
        listings.append(get_json(f"{root}/rest/services/{folder}"))
    return [
        CatalogService(entry["name"], entry["type"], f"{root}/rest/services/{entry['name']}/{entry['type']}")
        for listing in listings
        for entry in listing.get("services") or []
        if isinstance(entry, dict) and entry.get("type") in SERVICE_TYPES and isinstance(entry.get("name"), str)
    ]


def _with_layers(
    root: str, services: list[CatalogService], *, get_json: GetJson, feedback: QgsFeedback, part: int, parts: int
) -> ServerCatalog:
    read = []
    for index, service in enumerate(services):
        if feedback.isCanceled():
            break
        try:
            layers = _read_layers(service, get_json)
            read.append(CatalogService(service.name, service.service_type, service.url, layers))
        except ArcGISAuthError as error:
            # One service the account may not read does not hide the others.
            log.info("The layers of %s could not be read: %s", redact(service.url), error)
            read.append(CatalogService(service.name, service.service_type, service.url, (), error))
        feedback.setProgress(100.0 * (part + (index + 1) / max(len(services), 1)) / parts)
    return ServerCatalog(root, tuple(read))


def _read_layers(service: CatalogService, get_json: GetJson) -> tuple[CatalogLayer, ...]:
    if service.service_type == VECTOR_TILE_SERVER:
        data = get_json(service.url)  # read, as for the others: a service the account may not use says so
        name = str(data.get("name") or service.title)
        return (CatalogLayer(service.url, VECTOR_TILE_SERVER, 0, name, Geometry.VECTOR_TILES),)
    if service.service_type == IMAGE_SERVER:
        data = get_json(service.url)
        name = str(data.get("name") or service.title)
        return (CatalogLayer(service.url, IMAGE_SERVER, 0, name, Geometry.OTHER, _crs(data)),)
    # A map service's own description says what else draws it: its WMS, its tile cache.
    description = get_json(service.url) if service.service_type == MAP_SERVER else {}
    wms = "wmsserver" in str(description.get("supportedExtensions") or "").lower().replace(" ", "").split(",")
    cached = description.get("singleFusedMapCache") is True
    xyz = cached and _xyz_scheme(description.get("tileInfo"))
    data = get_json(f"{service.url}/layers")
    layers = []
    for entry in [*(data.get("layers") or []), *(data.get("tables") or [])]:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), int):
            continue
        if entry.get("type") == "Group Layer" or entry.get("subLayers"):
            continue  # its sublayers are listed on their own
        geometry = _ESRI_GEOMETRIES.get(entry.get("geometryType") or "")
        if geometry is None:
            geometry = Geometry.TABLE if entry.get("type") == "Table" else Geometry.OTHER
        layers.append(
            CatalogLayer(
                service.url, service.service_type, entry["id"], str(entry.get("name") or entry["id"]), geometry,
                _crs(entry), _takes_edits(entry), wms, cached, xyz,
            )
        )  # fmt: skip
    return tuple(layers)


def _xyz_scheme(tile_info: Any) -> bool:
    """Whether a cache's ``tileInfo`` is the scheme XYZ clients assume: Web Mercator, 256-pixel tiles
    from the world's top-left corner."""
    if not isinstance(tile_info, dict):
        return False
    reference, origin = tile_info.get("spatialReference"), tile_info.get("origin")
    if not isinstance(reference, dict) or not isinstance(origin, dict):
        return False
    wkid = reference.get("latestWkid") or reference.get("wkid")
    corner = (origin.get("x"), origin.get("y"))
    at_corner = all(isinstance(value, (int, float)) for value in corner) and (
        abs(corner[0] + _HALF_WORLD) < 1 and abs(corner[1] - _HALF_WORLD) < 1
    )
    return wkid in (3857, 102100) and tile_info.get("rows") == tile_info.get("cols") == 256 and at_corner


def _takes_edits(layer: dict[str, Any]) -> bool:
    capabilities = str(layer.get("capabilities") or "").lower().split(",")
    return any(name.strip() in ("create", "update", "delete") for name in capabilities)


def _crs(layer: dict[str, Any]) -> str:
    for holder in (layer.get("extent"), layer):
        reference = holder.get("spatialReference") if isinstance(holder, dict) else None
        if isinstance(reference, dict):
            wkid = reference.get("latestWkid") or reference.get("wkid")
            if isinstance(wkid, int):
                return f"EPSG:{3857 if wkid == 102100 else wkid}"
    return ""
