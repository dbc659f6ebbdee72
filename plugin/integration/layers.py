"""Secured layers built off the main thread, ready to add to the project.

Creating an ArcGIS layer reads its JSON from the server (QGIS's providers do
it with blocking requests), so :func:`build_layers` runs inside a QgsTask;
each finished layer is handed over to the main thread, where the caller adds
it to the project. The layers carry the connection's ``authcfg`` (through
:func:`.api.layer_uri`): the project saves only that id.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from qgis.core import QgsDataSourceUri, QgsFeedback, QgsMapLayer, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.urls import redact
from .api import FEATURE_PROVIDER, MAP_PROVIDER, layer_uri
from .catalog import CatalogLayer

log = logging.getLogger(LOGGER_NAME).getChild("layers")

MAP_IMAGE_FORMAT = "png"


@dataclass(frozen=True)
class LayerSource:
    """One layer to add: a catalog layer, as a feature layer or drawn by its map service."""

    layer: CatalogLayer
    as_map: bool

    @property
    def provider(self) -> str:
        return MAP_PROVIDER if self.as_map else FEATURE_PROVIDER

    def uri(self, connection: Connection) -> str:
        if not self.as_map:
            return layer_uri(self.layer.url, connection, crs=self.layer.crs)
        uri = QgsDataSourceUri(layer_uri(self.layer.service_url, connection, crs=self.layer.crs))
        uri.setParam("layer", str(self.layer.layer_id))
        uri.setParam("format", MAP_IMAGE_FORMAT)
        return uri.uri(False)


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
        layer_class = QgsRasterLayer if source.as_map else QgsVectorLayer
        layer = layer_class(source.uri(connection), source.layer.title, source.provider)
        if layer.isValid():
            # Made on this worker thread; the project lives on the main thread.
            layer.moveToThread(main_thread)
            built.layers.append(layer)
        else:
            # Not layer.error(): it has crashed QGIS 3.22 for invalid arcgisfeatureserver layers.
            log.warning("QGIS could not open %s as a %s layer", redact(source.layer.url), source.provider)
            built.failed.append(source)
        feedback.setProgress(100.0 * (index + 1) / len(sources))
    return built
