"""A connection's catalog: its servers' folders → services → layers, with their geometry.

Read with blocking requests, so only ever inside a QgsTask (see
:mod:`.tasks`). The requests go through QGIS's network stack: the plugin's
request preprocessor puts the connection's token on them as on the layers'
own requests, QGIS's proxy and trusted CAs apply, and this module never
handles a token.

Failures are the core's :class:`~..core.errors.ArcGISAuthError` classes, so
they read (and are translated) like every other sign-in or service error.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import Any, Optional

from qgis.core import QgsBlockingNetworkRequest, QgsFeedback
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.errors import (
    ArcGISAuthError,
    CertificateNotTrustedError,
    ConnectionRefusedByServerError,
    ResourceNotFoundError,
    ServerTimeoutError,
    ServerUnreachableError,
    UnexpectedResponseError,
    service_error,
)
from ..core.http import decode_reply
from ..core.urls import origin_of, redact
from .tasks import UserFacingError

log = logging.getLogger(LOGGER_NAME).getChild("catalog")

FEATURE_SERVER = "FeatureServer"
MAP_SERVER = "MapServer"
SERVICE_TYPES = (FEATURE_SERVER, MAP_SERVER)  # what QGIS's ArcGIS providers open


class Geometry(str, Enum):
    POINT = "point"
    MULTIPOINT = "multipoint"
    LINE = "line"
    POLYGON = "polygon"
    ENVELOPE = "envelope"
    TABLE = "table"  # no geometry: a table, added as a feature layer without shapes
    OTHER = "other"  # raster and other layers a map service draws


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
    service_type: str  # FEATURE_SERVER or MAP_SERVER
    layer_id: int
    name: str
    geometry: Geometry
    crs: str = ""  # "EPSG:4326", when the server says

    @property
    def url(self) -> str:
        return f"{self.service_url}/{self.layer_id}"

    @property
    def drawn_by_server(self) -> bool:
        """True when it can be added as a map layer (a map service renders it)."""
        return self.service_type == MAP_SERVER


@dataclass(frozen=True)
class CatalogService:
    name: str  # "Folder/Name", as the catalog lists it
    service_type: str
    url: str
    layers: tuple[CatalogLayer, ...] = ()
    error: Optional[ArcGISAuthError] = None  # its layers could not be read

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


class NotSignedInError(UserFacingError):
    """The connection could not sign in; the token service has reported why (``error_reported``)."""


def read_catalog(engine, connection: Connection, feedback: QgsFeedback) -> list[ServerCatalog]:
    """Every server the connection covers, with its services and their layers (blocking).

    ``engine`` is the service's TokenEngine. Signing in first tells which
    servers a portal connection covers; roots that list no services (the
    portal itself) are left out. Raises NotSignedInError or ArcGISAuthError.
    """
    if engine.auth_for_request(connection.root.url, may_block=True) is None:
        raise NotSignedInError(connection.name)
    catalogs: list[ServerCatalog] = []
    first_error: Optional[ArcGISAuthError] = None
    roots = engine.server_roots(connection.id)
    for index, root in enumerate(roots):
        if feedback.isCanceled():
            break
        try:
            services = _list_services(root, feedback)
        except ResourceNotFoundError as error:
            # No services directory here (some servers publish only their services): what the
            # connection's own URL names is still there to list.
            services = [own for own in [_service_named_by(connection.url)] if own and own.url.startswith(root + "/")]
            log.info("%s has no services directory (%s)", redact(root), error.detail)
            if not services:
                first_error = first_error or error
                continue
        except ArcGISAuthError as error:
            log.debug("No catalog at %s (%s)", redact(root), type(error).__name__)
            first_error = first_error or error
            continue
        catalogs.append(_with_layers(root, services, feedback, index, len(roots)))
    if not catalogs and first_error is not None and not feedback.isCanceled():
        raise first_error
    return catalogs


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


def _list_services(root: str, feedback: QgsFeedback) -> list[CatalogService]:
    top = _get_json(f"{root}/rest/services", feedback)
    if not isinstance(top.get("services"), list):
        raise UnexpectedResponseError(origin_of(root), detail="no service list")
    listings = [top]
    for folder in top.get("folders") or []:
        if feedback.isCanceled():
            break
        listings.append(_get_json(f"{root}/rest/services/{folder}", feedback))
    return [
        CatalogService(entry["name"], entry["type"], f"{root}/rest/services/{entry['name']}/{entry['type']}")
        for listing in listings
        for entry in listing.get("services") or []
        if isinstance(entry, dict) and entry.get("type") in SERVICE_TYPES and isinstance(entry.get("name"), str)
    ]


def _with_layers(
    root: str, services: list[CatalogService], feedback: QgsFeedback, part: int, parts: int
) -> ServerCatalog:
    read = []
    for index, service in enumerate(services):
        if feedback.isCanceled():
            break
        try:
            layers = _read_layers(service, feedback)
            read.append(CatalogService(service.name, service.service_type, service.url, layers))
        except ArcGISAuthError as error:
            # One service the account may not read does not hide the others.
            log.info("The layers of %s could not be read: %s", redact(service.url), error)
            read.append(CatalogService(service.name, service.service_type, service.url, (), error))
        feedback.setProgress(100.0 * (part + (index + 1) / max(len(services), 1)) / parts)
    return ServerCatalog(root, tuple(read))


def _read_layers(service: CatalogService, feedback: QgsFeedback) -> tuple[CatalogLayer, ...]:
    data = _get_json(f"{service.url}/layers", feedback)
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
                _crs(entry),
            )
        )  # fmt: skip
    return tuple(layers)


def _crs(layer: dict[str, Any]) -> str:
    for holder in (layer.get("extent"), layer):
        reference = holder.get("spatialReference") if isinstance(holder, dict) else None
        if isinstance(reference, dict):
            wkid = reference.get("latestWkid") or reference.get("wkid")
            if isinstance(wkid, int):
                return f"EPSG:{3857 if wkid == 102100 else wkid}"
    return ""


# -- one request -------------------------------------------------------------------
_NETWORK_ERRORS = {
    QNetworkReply.NetworkError.ConnectionRefusedError: ConnectionRefusedByServerError,
    QNetworkReply.NetworkError.TimeoutError: ServerTimeoutError,
    QNetworkReply.NetworkError.OperationCanceledError: ServerTimeoutError,  # QGIS's own request timeout
    QNetworkReply.NetworkError.SslHandshakeFailedError: CertificateNotTrustedError,
}


def _get_json(url: str, feedback: QgsFeedback) -> dict[str, Any]:
    """``url?f=json`` as a dict; raises the ArcGISAuthError that says what went wrong."""
    request = QNetworkRequest(QUrl(f"{url}?f=json"))
    blocking = QgsBlockingNetworkRequest()
    # forceRefresh: a catalog from QGIS's 30-second cache could predate a sign-in.
    code = blocking.get(request, True, feedback)
    reply = blocking.reply()
    origin = origin_of(url)
    if code != QgsBlockingNetworkRequest.ErrorCode.NoError and not reply.content():
        # Not blocking.errorMessage(): QGIS puts the whole request URL in it.
        error_class = _NETWORK_ERRORS.get(reply.error(), ServerUnreachableError)
        raise error_class(origin, detail=f"network error {reply.error()}")
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute) or 0
    content_type = bytes(reply.rawHeader(b"Content-Type")).decode("latin-1")
    data = decode_reply(url, int(status), content_type, bytes(reply.content())).json()  # the specific reason, if not
    error = data.get("error")
    if isinstance(error, dict):
        status = error.get("code")
        refused = service_error(origin, status) if isinstance(status, int) else None
        raise refused or UnexpectedResponseError(origin, detail=f"error code {status}")
    return data
