"""ArcGIS vector tile services in QGIS: every request QGIS makes for one carries the connection's token.

QGIS opens a ``…/VectorTileServer`` with its vector tile layer (``type=xyz&serviceType=arcgis``):
the service JSON, the default style (``resources/styles``), its sprites, then the tiles. QGIS
attaches a layer's auth config to some of these requests only (and 3.22 asks for the sprites at
``…/resources/styles/../sprites/…``): the plugin's request hook signs every one of them, whatever
the auth config does. Each test checks it in the emulator's request log, and draws the layer.
"""

from __future__ import annotations

import time
from collections import Counter
from urllib.parse import urlsplit

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDataSourceUri,
    QgsMapRendererParallelJob,
    QgsMapRendererSequentialJob,
    QgsNetworkAccessManager,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorTileLayer,
)
from qgis.PyQt.QtGui import QColor

from tests.emulator import DEFAULT_SERVICES, STANDALONE, VECTOR_TILE_SERVER, Service
from tests.emulator.pytest_fixtures import add_users
from tests.emulator.vectortiles import STYLE
from tests.qgis.gui_support import TASK_TIMEOUT_MS
from tests.qgis.integration import connect, wait_for
from tests.qgis.rendering import painted_pixels, render
from tests.qgis.test_gui_layers import tree

BASEMAP = Service("Demo/Basemap", types=(VECTOR_TILE_SERVER,), features=200)
EUROPE = QgsRectangle(-10, 35, 30, 60)  # the emulator's data (WGS 84): tiles of level 2 or 3
ALPS = QgsRectangle(5, 45, 7, 47)  # level 6 tiles, with the labels and sprite icons of the style
AREA_FILL = QColor(STYLE["layers"][0]["paint"]["fill-color"])
# Before 3.32 the vector tile layer read ArcGIS services itself; since, a provider of their own does.
PROVIDER = "arcgisvectortileservice" if Qgis.QGIS_VERSION_INT >= 33200 else "vectortile"



@pytest.fixture
def server(trusted_ca, arcgis_emulator):
    QgsNetworkAccessManager.instance().cache().clear()
    return add_users(arcgis_emulator(STANDALONE, services=[*DEFAULT_SERVICES, BASEMAP]))


def basemap_url(server) -> str:
    return server.service_url(BASEMAP.name, VECTOR_TILE_SERVER)


def vector_tile_requests(server) -> list:
    """What was asked of the vector tile service: the service JSON, style, sprites, glyphs, tiles."""
    prefix = urlsplit(basemap_url(server)).path
    return [record for record in server.requests if record.path.startswith(prefix)]


def unsigned(records) -> list[str]:
    """The requests that went without a token the server accepted."""
    return [f"{r.endpoint} {r.path}" for r in records if r.token is None or r.error_code is not None]


def fill_pixels(image) -> int:
    """Pixels painted in the service style's own area colour (not QGIS's default style)."""
    target = AREA_FILL.rgb()
    return sum(
        1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).rgb() == target
    )


def test_the_layer_source_is_the_one_qgis_writes_for_an_arcgis_vector_tile_service(plugin, server):
    from arcgis_token_auth import api

    connection = connect(server)
    uri = api.vector_tile_uri(basemap_url(server))
    parts = QgsProviderRegistry.instance().providerMetadata(PROVIDER).decodeUri(uri)
    expected = {
        "type": "xyz",
        "serviceType": "arcgis",
        "url": basemap_url(server),
        "authcfg": connection.id,
        "referer": connection.bound_referer,
    }
    if Qgis.QGIS_VERSION_INT >= 32400:  # from 3.24 on QGIS reads the Referer from http-header:referer
        expected["http-header:referer"] = connection.bound_referer
    assert parts == expected
    assert QgsVectorTileLayer(uri, "basemap").providerType() == PROVIDER


def test_every_request_of_a_vector_tile_layer_carries_the_token(plugin, server):
    from arcgis_token_auth import api

    connect(server)
    started = time.monotonic()
    layer = api.add_vector_tile_layer(basemap_url(server))
    assert layer.isValid() and layer.name() == "Demo/Basemap" and layer.providerType() == PROVIDER
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    job_errors, messages = [], []

    def heard(message, tag, _level):
        messages.append(f"{tag}: {message[:200]}")

    QgsApplication.messageLog().messageReceived.connect(heard)
    try:
        image = render(layer, QgsMapRendererParallelJob, EUROPE, errors=job_errors)
        logged = len(server.requests)
        close_up = render(layer, QgsMapRendererParallelJob, ALPS, errors=job_errors)
        QgsApplication.processEvents()  # messages logged on other threads arrive through the event loop
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(heard)
    elapsed = time.monotonic() - started
    # A blank drawing says what QGIS reported and what the server was asked for the close-up.
    asked = [(r.endpoint, r.path, r.status, r.error_code) for r in server.requests[logged:]]
    assert painted_pixels(image) > 5000 and painted_pixels(close_up) > 5000, (job_errors, asked, messages)
    assert fill_pixels(image) > 1000  # drawn in the service's own style: its style and sprites were read

    records = vector_tile_requests(server)
    asked = Counter(record.endpoint for record in records)
    print(f"QGIS {Qgis.QGIS_VERSION}: {dict(sorted(asked.items()))} in {elapsed:.2f} s")
    assert {"service", "style", "sprite", "tile"} <= set(asked)
    assert unsigned(records) == []
    assert len({record.token for record in records}) == 1


def test_without_the_plugin_the_secured_service_draws_nothing(trusted_ca, server):
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("serviceType", "arcgis")
    uri.setParam("url", basemap_url(server))
    layer = QgsVectorTileLayer(bytes(uri.encodedUri()).decode("utf-8"), "basemap")
    assert not layer.isValid()
    assert painted_pixels(render(layer, QgsMapRendererSequentialJob, EUROPE)) == 0
    records = vector_tile_requests(server)
    assert records and all(record.error_code == 499 for record in records)


def test_the_layer_draws_on_across_token_renewals(plugin, server):
    from arcgis_token_auth import api

    server.settings.token_lifetime_seconds = 4  # renewed about half-way, every 2 s
    connection = connect(server)
    layer = api.add_vector_tile_layer(basemap_url(server))
    assert painted_pixels(render(layer, QgsMapRendererParallelJob, EUROPE)) > 5000
    first = {record.token for record in vector_tile_requests(server)}
    engine = plugin.service.engine

    def current_token():
        info = engine.status(connection.id).token
        return None if info is None else info.token.reveal()

    wait_for(lambda: current_token() not in (None, *first), timeout=10)
    time.sleep(2.5)  # renewed half-way: the token the first drawing used has expired by now
    assert all(server.resolve_token(token).expired() for token in first)
    server.clear_log()
    assert painted_pixels(render(layer, QgsMapRendererParallelJob, ALPS)) > 5000
    records = vector_tile_requests(server)
    assert records and unsigned(records) == []
    assert not {record.token for record in records} & first


def test_the_dialog_lists_and_adds_a_vector_tile_service(plugin, server, qtbot):
    from arcgis_token_auth.plugin.gui.add_layers_dialog import AddLayersDialog
    from arcgis_token_auth.plugin.gui.status import TokenStatus

    connection = connect(server)
    dialog = AddLayersDialog(plugin.service, TokenStatus(plugin.service))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_connection(connection.id)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    (tiles,) = [layer for catalog in dialog.catalogs for service in catalog.services
                if service.service_type == VECTOR_TILE_SERVER for layer in service.layers]  # fmt: skip
    assert (tiles.url, tiles.name, tiles.title) == (basemap_url(server), "Basemap", "Demo/Basemap")
    shown = tree(dialog)
    service_row = shown.index("  Basemap | Vector tile service")
    assert shown[service_row + 1] == "    Basemap | Vector tile service | Vector tiles"

    dialog.mapRadio.click()  # vector tiles are added as such, whichever way the others are
    dialog.select_layers([tiles])
    assert dialog.selected_layers() == [tiles] and dialog.addButton.isEnabled()
    dialog.addButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    (layer,) = QgsProject.instance().mapLayers().values()
    assert isinstance(layer, QgsVectorTileLayer) and layer.isValid() and layer.name() == "Demo/Basemap"
    source = QgsDataSourceUri()
    source.setEncodedUri(layer.source())
    assert source.authConfigId() == connection.id
    assert fill_pixels(render(layer, QgsMapRendererParallelJob, EUROPE)) > 1000
    assert unsigned(vector_tile_requests(server)) == []


def test_the_api_lists_the_vector_tile_services_of_a_connection(plugin, server):
    from arcgis_token_auth import api

    connection = connect(server)
    assert api.vector_tile_services(connection) == [basemap_url(server)]
    assert api.vector_tile_services(connection.id) == [basemap_url(server)]
