"""Secured QGIS layers of ArcGIS services: the one place where they are made.

:func:`make_layer` builds every such layer — for the Python API, the Add
Layers dialog and the *Load secured layer* algorithm alike — with one image
format and one sublayer rule. The layers carry the connection's ``authcfg``
(:func:`layer_uri`): the project saves only that id.

Creating an ArcGIS layer reads its JSON from the server (QGIS's providers do
it with blocking requests), so :func:`build_layers` runs inside a QgsTask;
each finished layer is handed over to the main thread, where the caller adds
it to the project.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional, Union

from qgis.core import QgsDataSourceUri, QgsFeedback, QgsMapLayer, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import set_uri_referer
from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.urls import redact
from .catalog import CatalogLayer, layer_title

log = logging.getLogger(LOGGER_NAME).getChild("layers")

FEATURE_PROVIDER = "arcgisfeatureserver"
MAP_PROVIDER = "arcgismapserver"
MAP_IMAGE_FORMAT = "png32"  # transparent where the server draws nothing
FIRST_SUBLAYER = 0  # without a `layer` key QGIS asks the server for no sublayer and draws nothing


def layer_uri(url: str, connection: Connection, *, crs: str = "") -> str:
    """The data source URI of an ArcGIS REST layer that signs in through ``connection``: its ``authcfg``
    and, for a referer-bound token, its Referer (on every QGIS release)."""
    uri = QgsDataSourceUri()
    uri.setParam("url", url)
    if crs:
        uri.setParam("crs", crs)
    uri.setAuthConfigId(connection.id)
    if connection.bound_referer:
        set_uri_referer(uri, connection.bound_referer)
    return uri.uri(False)


def make_layer(
    url: str, connection: Connection, *, as_map: bool, name: str = "", crs: str = "", sublayer: Optional[int] = None
) -> Union[QgsVectorLayer, QgsRasterLayer]:
    """The QGIS layer of a service or layer URL (blocking: it reads the layer from the server).

    A feature layer (``…/FeatureServer/<id>``, or a map service's ``…/MapServer/<id>``), or with
    ``as_map`` the image a map service draws of sublayer ``<id>`` of ``…/MapServer[/<id>]``, else
    ``sublayer``, else the first. ``name`` defaults to "Service — layer".
    """
    if not as_map:
        title = name or layer_title(url, url.rstrip("/").rsplit("/", 1)[-1])
        return QgsVectorLayer(layer_uri(url, connection, crs=crs), title, FEATURE_PROVIDER)
    service_url, marker, tail = redact(url).rstrip("/").rpartition("/MapServer")
    if not marker:
        raise ValueError(f"{redact(url)} is not a map service: only …/MapServer draws an image")
    service_url += marker
    drawn = int(tail.strip("/")) if tail.strip("/").isdigit() else FIRST_SUBLAYER if sublayer is None else sublayer
    uri = QgsDataSourceUri(layer_uri(service_url, connection, crs=crs))
    uri.setParam("layer", str(drawn))
    uri.setParam("format", MAP_IMAGE_FORMAT)
    return QgsRasterLayer(uri.uri(False), name or layer_title(service_url, str(drawn)), MAP_PROVIDER)


@dataclass(frozen=True)
class LayerSource:
    """One layer to add: a catalog layer, as a feature layer or drawn by its map service."""

    layer: CatalogLayer
    as_map: bool

    def make(self, connection: Connection) -> QgsMapLayer:
        layer = self.layer
        if self.as_map:
            return make_layer(layer.service_url, connection, as_map=True, name=layer.title, crs=layer.crs,
                              sublayer=layer.layer_id)  # fmt: skip
        return make_layer(layer.url, connection, as_map=False, name=layer.title, crs=layer.crs)


@dataclass
class BuiltLayers:
    layers: list[QgsMapLayer]
    failed: list[LayerSource]


def build_layers(sources: list[LayerSource], connection: Connection, feedback: QgsFeedback) -> BuiltLayers:
    """Create the layers (blocking: run it in a QgsTask). Invalid ones are reported in ``failed``."""
    main_thread = QCoreApplication.instance().thread()
    built = BuiltLayers([], [])
    for index, source in enumerate(sources):
        if feedback.isCanceled():
            break
        layer = source.make(connection)
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
