"""Shared pieces of the integration tests: the plugin loaded as qgis_process loads it."""

from __future__ import annotations

import time

from qgis.core import (
    QgsApplication,
    QgsLayerTree,
    QgsLayerTreeModel,
    QgsNetworkAccessManager,
    QgsPointXY,
    QgsRaster,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from tests.emulator import ArcGISEmulator
from tests.emulator.pytest_fixtures import USERS

POINTS = "Demo/Points"


def load_plugin():
    """classFactory(None) + initProcessing(): the plugin as qgis_process (and QGIS desktop) run it."""
    import arcgis_token_auth

    plugin = arcgis_token_auth.classFactory(None)
    plugin.initProcessing()
    return plugin


def unload_plugin(plugin) -> None:
    for connection in plugin.service.connections():
        plugin.service.delete_connection(connection.id)
    plugin.unload()
    # QGIS keys its network cache by URL only: never let one test's answers reach another.
    QgsNetworkAccessManager.instance().cache().clear()


def connect(server: ArcGISEmulator, url: str = "", user: str = "alice", **options):
    """A password connection to ``server`` through the plugin's Python API."""
    from arcgis_token_auth import api

    options.setdefault("name", f"test {server.origin}")
    return api.add_connection(url or server.root_url, username=user, password=USERS[user][0], **options)


def feature_layer(server: ArcGISEmulator, service: str = POINTS, layer: int = 0) -> QgsVectorLayer:
    from arcgis_token_auth import api

    url = server.service_url(service, "FeatureServer", layer)
    return QgsVectorLayer(api.layer_uri(url, crs="EPSG:4326"), service, "arcgisfeatureserver")


def map_layer(server: ArcGISEmulator, service: str = POINTS) -> QgsRasterLayer:
    from arcgis_token_auth import api

    url = server.service_url(service, "MapServer")
    return QgsRasterLayer(api.layer_uri(url, crs="EPSG:4326") + " format='png' layer='0'", service, "arcgismapserver")


PROVIDER_ENDPOINTS = frozenset({"service", "layers", "layer", "query", "export", "identify", "legend"})


def provider_requests(server: ArcGISEmulator) -> list:
    """What QGIS's providers asked; the connections here paste roots, so the plugin's own
    sign-in, discovery and transport check hit other endpoints."""
    return [record for record in server.requests if record.endpoint in PROVIDER_ENDPOINTS]


def wait_for(condition, timeout: float = 10.0) -> None:
    """Let QGIS's event loop run until ``condition()`` holds; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        QgsApplication.processEvents()
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def settle(seconds: float) -> None:
    """Let queued work (sign-ins, prompts) run for a while."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)


def identify_and_legend(layer, server) -> None:
    """What a click with the Identify tool and the Layers panel's legend ask of a map service."""
    provider = layer.dataProvider()
    extent = layer.extent()
    provider.identify(QgsPointXY(extent.center()), QgsRaster.IdentifyFormat.IdentifyFormatFeature, extent, 256, 256)
    tree = QgsLayerTree()
    model = QgsLayerTreeModel(tree)
    (legend_node,) = model.layerLegendNodes(tree.addLayer(layer))
    legend_node.data(Qt.ItemDataRole.DecorationRole)
    wait_for(lambda: server.count("legend") > 0 and not legend_node.data(Qt.ItemDataRole.DecorationRole).isNull())
    assert server.count("identify") > 0
