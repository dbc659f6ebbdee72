"""Secured QGIS layers of ArcGIS services: the one place where they are made.

:func:`make_layer` builds every feature and map layer — for the Python API,
the Add Layers dialog and the *Load secured layer* algorithm alike — with one
image format and one sublayer rule, a map service drawn by its ``export`` or, as
:class:`Drawing` says, by its WMS, WMTS or tiles (QGIS's ``wms`` provider), and
an image service; :func:`make_vector_tile_layer` a vector tile service's layer,
in the service's own style. The layers carry the connection's ``authcfg``
(:func:`layer_uri`, :func:`drawn_layer_uri`, :func:`vector_tile_uri`): the
project saves only that id.

Creating an ArcGIS layer reads its JSON from the server (QGIS's providers do
it with blocking requests), so :func:`build_layers` runs inside a QgsTask;
each finished layer is handed over to the main thread, where the caller adds
it to the project.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import Optional, Union

from qgis.core import QgsDataSourceUri, QgsFeedback, QgsMapLayer, QgsRasterLayer, QgsVectorLayer, QgsVectorTileLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import set_uri_referer
from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.urls import redact
from .catalog import CatalogLayer, layer_title, vector_tile_title

log = logging.getLogger(LOGGER_NAME).getChild("layers")

FEATURE_PROVIDER = "arcgisfeatureserver"
MAP_PROVIDER = "arcgismapserver"
MAP_IMAGE_FORMAT = "png32"  # transparent where the server draws nothing
# QGIS's ArcGIS vector tile source (3.22: the vector tile layer's own; 3.32 on: the `arcgisvectortileservice`
# provider, chosen from this key): the URI keys QGIS's own vector tile connections write.
VECTOR_TILE_SOURCE = {"type": "xyz", "serviceType": "arcgis"}
FIRST_SUBLAYER = 0  # without a `layer` key QGIS asks the server for no sublayer and draws nothing
RASTER_PROVIDER = "wms"  # QGIS's provider of WMS, WMTS and XYZ tile layers
DRAWN_IMAGE_FORMAT = "image/png"
DRAWN_CRS = "EPSG:3857"  # a WMS draws in any CRS, and most caches are Web Mercator
# The tile matrix set ArcGIS's WMTS offers for every cache: its own levels, scales counted with OGC's 0.28 mm pixel.
WMTS_TILE_MATRIX_SET = "default028mm"
WMTS_STYLE = "default"


class Drawing(str, Enum):
    """What draws a map service's image: its ``export`` (QGIS's ArcGIS map provider), its WMS, the tiles
    of its cache as WMTS, or those tiles as an XYZ layer (``…/MapServer/tile/{z}/{y}/{x}``)."""

    EXPORT = "export"
    WMS = "wms"
    WMTS = "wmts"
    TILES = "tiles"


def layer_uri(url: str, connection: Optional[Connection], *, crs: str = "") -> str:
    """The data source URI of an ArcGIS REST layer that signs in through ``connection``: its ``authcfg``
    and, for a referer-bound token, its Referer (on every QGIS release)."""
    uri = QgsDataSourceUri()
    uri.setParam("url", url)
    if crs:
        uri.setParam("crs", crs)
    _sign_through(uri, connection)
    return uri.uri(False)


def _sign_through(uri: QgsDataSourceUri, connection: Optional[Connection]) -> None:
    """The connection's authcfg (all a project keeps) and, for a referer-bound token, its Referer; None
    for a layer that signs in through no connection (a public service a portal item points at)."""
    if connection is None:
        return
    uri.setAuthConfigId(connection.id)
    if connection.bound_referer:
        set_uri_referer(uri, connection.bound_referer)


def vector_tile_uri(url: str, connection: Optional[Connection]) -> str:
    """The data source URI of an ArcGIS vector tile service (``…/VectorTileServer``) that signs in
    through ``connection``, as QGIS's own ArcGIS vector tile connections encode it."""
    uri = QgsDataSourceUri()
    for key, value in VECTOR_TILE_SOURCE.items():
        uri.setParam(key, value)
    uri.setParam("url", url.rstrip("/"))
    _sign_through(uri, connection)
    return bytes(uri.encodedUri()).decode("utf-8")


def make_vector_tile_layer(url: str, connection: Optional[Connection], *, name: str = "") -> QgsVectorTileLayer:
    """The QGIS layer of a vector tile service, drawn with the service's own style, as QGIS adds one
    (blocking: it reads the service, its style and sprites from the server)."""
    layer = QgsVectorTileLayer(vector_tile_uri(url, connection), name or vector_tile_title(url))
    if layer.isValid():
        # Not QGIS's message: it can quote a URL, and with it a token some servers read only from the query.
        _message, styled = layer.loadDefaultStyle()
        if not styled:
            log.warning("QGIS could not use the style of %s; it draws the layer in its default style", redact(url))
    return layer


def drawing_url(service_url: str, drawing: Drawing) -> str:
    """Where QGIS reads a map service (``<root>/rest/services/<name>/MapServer``) drawn by ``drawing``.

    ArcGIS publishes a map service's WMS outside its REST API, at
    ``<root>/services/<name>/MapServer/WMSServer``; its WMTS and tiles under the service.
    """
    if drawing is Drawing.WMS:
        root, marker, path = service_url.partition("/rest/services/")
        if not marker:
            raise ValueError(f"{redact(service_url)} is not under …/rest/services: where its WMS is is unknown")
        return f"{root}/services/{path}/WMSServer"
    if drawing is Drawing.WMTS:
        return f"{service_url}/WMTS/1.0.0/WMTSCapabilities.xml"
    if drawing is Drawing.TILES:
        return f"{service_url}/tile/{{z}}/{{y}}/{{x}}"
    return service_url


def first_request_url(url: str, drawing: Drawing) -> str:
    """What QGIS first asks of a map layer or service URL drawn by ``drawing``: where a sign-in before
    opening the layer also checks where that endpoint reads tokens (a WMS: elsewhere than the REST API)."""
    if drawing is not Drawing.WMS:
        return url
    service_url = redact(url).rstrip("/").rpartition("/MapServer")[0] + "/MapServer"
    return drawing_url(service_url, drawing) + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities"


def wmts_layer_id(service_url: str) -> str:
    """The WMTS layer of a map service: ArcGIS names it after the service, its folders joined with ``_``."""
    return service_url.partition("/rest/services/")[2].rpartition("/MapServer")[0].replace("/", "_")


def xyz_uri(template: str, connection: Optional[Connection]) -> str:
    """The ``wms`` provider's URI of the tiles at a ``…{z}/{y}/{x}…`` URL template (XYZ), signing in through
    ``connection`` (None: a public source)."""
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("url", template)
    uri.setParam("zmin", "0")
    _sign_through(uri, connection)
    return bytes(uri.encodedUri()).decode("utf-8")


def make_xyz_layer(template: str, name: str, connection: Optional[Connection] = None) -> QgsRasterLayer:
    """An XYZ tile layer (a web map's web tiled or OpenStreetMap basemap, a cache's tiles)."""
    return QgsRasterLayer(xyz_uri(template, connection), name, RASTER_PROVIDER)


def drawn_layer_uri(service_url: str, connection: Optional[Connection], drawing: Drawing, *,
                    sublayer: int = FIRST_SUBLAYER, crs: str = "") -> str:  # fmt: skip
    """The ``wms`` provider's URI of a map service drawn by its WMS (sublayer ``sublayer``), its WMTS or its
    tiles, signing in through ``connection``."""
    if drawing is Drawing.TILES:
        return xyz_uri(drawing_url(service_url, drawing), connection)
    uri = QgsDataSourceUri()
    uri.setParam("url", drawing_url(service_url, drawing))
    wms = drawing is Drawing.WMS
    uri.setParam("layers", str(sublayer) if wms else wmts_layer_id(service_url))
    uri.setParam("styles", "" if wms else WMTS_STYLE)
    uri.setParam("format", DRAWN_IMAGE_FORMAT)
    uri.setParam("crs", crs or DRAWN_CRS)
    if not wms:
        uri.setParam("tileMatrixSet", WMTS_TILE_MATRIX_SET)
    _sign_through(uri, connection)
    return bytes(uri.encodedUri()).decode("utf-8")


def make_layer(
    url: str,
    connection: Optional[Connection],
    *,
    as_map: bool,
    name: str = "",
    crs: str = "",
    sublayer: Optional[int] = None,
    drawing: Drawing = Drawing.EXPORT,
) -> Union[QgsVectorLayer, QgsRasterLayer]:
    """The QGIS layer of a service or layer URL (blocking: it reads the layer from the server).

    A feature layer (``…/FeatureServer/<id>``, or a map service's ``…/MapServer/<id>``), or with
    ``as_map`` the image a map service draws of sublayer ``<id>`` of ``…/MapServer[/<id>]``, else
    ``sublayer``, else the first — by ``export``, or as ``drawing`` says (WMTS and tiles draw every
    sublayer: a cache holds them all) — or the image of an image service (``…/ImageServer``).
    ``name`` defaults to "Service — layer".
    """
    if not as_map:
        title = name or layer_title(url, url.rstrip("/").rsplit("/", 1)[-1])
        return QgsVectorLayer(layer_uri(url, connection, crs=crs), title, FEATURE_PROVIDER)
    image_service, image_marker, _ = redact(url).rstrip("/").rpartition("/ImageServer")
    if image_marker:
        # Without a `layer` key QGIS's map provider reads the service as an image service (exportImage).
        uri = QgsDataSourceUri(layer_uri(image_service + image_marker, connection, crs=crs))
        uri.setParam("format", MAP_IMAGE_FORMAT)
        return QgsRasterLayer(uri.uri(False), name or _service_name(image_service + image_marker), MAP_PROVIDER)
    service_url, marker, tail = redact(url).rstrip("/").rpartition("/MapServer")
    if not marker:
        raise ValueError(f"{redact(url)} is not a map or image service: only they draw an image")
    service_url += marker
    drawn = int(tail.strip("/")) if tail.strip("/").isdigit() else FIRST_SUBLAYER if sublayer is None else sublayer
    if drawing in (Drawing.WMTS, Drawing.TILES):
        title = name or f"{_service_name(service_url)} ({'WMTS' if drawing is Drawing.WMTS else 'XYZ'})"
        return QgsRasterLayer(drawn_layer_uri(service_url, connection, drawing, crs=crs), title, RASTER_PROVIDER)
    if drawing is Drawing.WMS:
        uri = drawn_layer_uri(service_url, connection, drawing, sublayer=drawn, crs=crs)
        return QgsRasterLayer(uri, name or f"{layer_title(service_url, str(drawn))} (WMS)", RASTER_PROVIDER)
    uri = QgsDataSourceUri(layer_uri(service_url, connection, crs=crs))
    uri.setParam("layer", str(drawn))
    uri.setParam("format", MAP_IMAGE_FORMAT)
    return QgsRasterLayer(uri.uri(False), name or layer_title(service_url, str(drawn)), MAP_PROVIDER)


def _service_name(service_url: str) -> str:
    """``Folder/Name`` of a ``…/rest/services/Folder/Name/<Type>`` URL (else its last segments)."""
    path = service_url.rstrip("/").partition("/rest/services/")[2] or service_url.rstrip("/")
    return path.rpartition("/")[0].rpartition("://")[2]


@dataclass(frozen=True)
class LayerSource:
    """One layer to add: a catalog layer, as a feature layer or drawn by its map service — by ``export``,
    or as ``drawing`` says (a vector tile service is always a vector tile layer, an image service its
    image)."""

    layer: CatalogLayer
    as_map: bool
    drawing: Drawing = Drawing.EXPORT

    def make(self, connection: Optional[Connection]) -> QgsMapLayer:
        layer = self.layer
        if layer.vector_tiles:
            return make_vector_tile_layer(layer.url, connection, name=layer.title)
        if layer.image:
            return make_layer(layer.service_url, connection, as_map=True, name=layer.title)
        if self.drawing is not Drawing.EXPORT:
            # WMTS and tiles draw the whole service: their default name says so; a WMS draws this layer.
            name = f"{layer.title} (WMS)" if self.drawing is Drawing.WMS else ""
            return make_layer(layer.service_url, connection, as_map=True, name=name, crs=layer.crs,
                              sublayer=layer.layer_id, drawing=self.drawing)  # fmt: skip
        if self.as_map:
            return make_layer(layer.service_url, connection, as_map=True, name=layer.title, crs=layer.crs,
                              sublayer=layer.layer_id)  # fmt: skip
        return make_layer(layer.url, connection, as_map=False, name=layer.title, crs=layer.crs)


@dataclass
class BuiltLayers:
    layers: list[QgsMapLayer]
    failed: list[LayerSource]


def build_layers(engine, sources: list[LayerSource], connection: Connection, feedback: QgsFeedback) -> BuiltLayers:
    """Create the layers (blocking: run it in a QgsTask). Invalid ones are reported in ``failed``.

    A layer on a server the connection signs in to carries its authcfg; one elsewhere (a public service a
    portal item points at) none: the token goes to the connection's own servers only."""
    main_thread = QCoreApplication.instance().thread()
    built = BuiltLayers([], [])
    for index, source in enumerate(sources):
        if feedback.isCanceled():
            break
        layer = source.make(connection if engine.owns(connection.id, source.layer.url) else None)
        if layer.isValid():
            # Made on this worker thread; the project lives on the main thread.
            layer.moveToThread(main_thread)
            built.layers.append(layer)
        else:
            # Not layer.error(): it has crashed QGIS 3.22 for invalid arcgisfeatureserver layers.
            log.warning("QGIS could not open %s as a %s layer", redact(source.layer.url), layer.providerType())
            built.failed.append(source)
        feedback.setProgress(100.0 * (index + 1) / len(sources))
    return built
