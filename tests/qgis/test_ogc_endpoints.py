"""A secured map service drawn by its WMS, its WMTS or its cache's tiles, and an image service, in QGIS.

QGIS's ``wms`` provider reads the WMS (GetCapabilities, then GetMap and GetFeatureInfo at
the URLs the capabilities name), the WMTS (capabilities, then tiles from its ResourceURL)
and XYZ tiles; its ``arcgismapserver`` provider an image service (``exportImage``). Each
test checks in the emulator's request log that every request QGIS made there carried a
valid token, where the server reads it there: ``token=`` on the OGC endpoint (WMS, under
``<root>/services/``, which reads nothing else — tests/emulator/ogc.py), a header on the
REST API (WMTS, tiles, image services), and never a ``token=`` elsewhere.
"""

from __future__ import annotations

import time
from collections import Counter

import pytest
from qgis.core import (
    QgsMapRendererSequentialJob,
    QgsPointXY,
    QgsProject,
    QgsRaster,
    QgsRectangle,
)

from tests.emulator import STANDALONE, Service
from tests.emulator.data import DATA_EXTENT, dataset
from tests.emulator.geometry import WEB_MERCATOR, from_wgs84
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import connect, wait_for
from tests.qgis.rendering import painted_pixels, render

FEATURES = 300
CACHED = "Maps/Cached"  # a cached map service with WMS: WMS, WMTS, tiles
IMAGERY = "Imagery"
DYNAMIC = "Maps/Dynamic"  # a map service without cache or WMS
SERVICES = [
    Service(CACHED, types=("MapServer",), cached=True, wms=True),
    Service(IMAGERY, types=("ImageServer",)),
    Service(DYNAMIC, types=("MapServer",)),
]
PLUGIN_AGENT = "QGIS-ArcGIS-Token-Auth"  # the plugin's own requests (sign-in, the transport checks)
EXTENT = QgsRectangle(DATA_EXTENT.xmin, DATA_EXTENT.ymin, DATA_EXTENT.xmax, DATA_EXTENT.ymax)
OGC = ("wms-capabilities", "wms-map", "wms-featureinfo")
CACHE = ("wmts-capabilities", "wmts-tile", "map-tile")



@pytest.fixture
def server(arcgis_emulator):
    return add_users(arcgis_emulator(STANDALONE, features=FEATURES, services=SERVICES))


def qgis_requests(server, endpoints) -> list:
    """What QGIS asked at those endpoints (not the plugin's own sign-in and transport checks)."""
    return [r for r in server.requests if r.endpoint in endpoints and r.header("user-agent") != PLUGIN_AGENT]


def assert_signed(server, endpoints, transport: str) -> list:
    """Every request QGIS made at ``endpoints`` carried a token the server took, sent ``transport``,
    and nothing else; returns them."""
    made = qgis_requests(server, endpoints)
    assert made, f"QGIS asked nothing of {endpoints}"
    for record in made:
        assert (record.transport, record.error_code) == (transport, None), (record.endpoint, record.error_code)
        assert set(record.tokens) == {transport}, f"{record.endpoint}: the token went elsewhere too"
    print("QGIS asked", dict(Counter(record.endpoint for record in made)), "— every one signed with", transport)
    return made


def assert_no_token_in_rest_urls(server) -> None:
    """``token=`` only on the OGC endpoint: the REST API of the same server reads the header."""
    rest = [r for r in server.requests if r.endpoint not in OGC and r.header("user-agent") != PLUGIN_AGENT]
    assert rest and not [r.endpoint for r in rest if "param" in r.tokens]
    assert {r.transport for r in rest if r.token} == {"x-esri"}


def test_wms_get_map_of_a_secured_service_renders_with_the_token_in_its_query(plugin, server):
    from arcgis_token_auth import api

    connect(server)
    drawn_by_export = api.add_map_layer(server.service_url(CACHED, "MapServer"))  # the REST API, same service
    assert painted_pixels(render(drawn_by_export, QgsMapRendererSequentialJob, EXTENT)) > 200
    layer = api.add_map_layer(server.service_url(CACHED, "MapServer"), drawing="wms")
    assert layer.providerType() == "wms" and layer.isValid()
    drawn = painted_pixels(render(layer, QgsMapRendererSequentialJob, EXTENT))
    print(f"WMS: {drawn} pixels drawn")
    assert drawn > 200
    made = assert_signed(server, OGC, "param")
    assert {r.endpoint for r in made} == {"wms-capabilities", "wms-map"}
    # GetMap went where the capabilities said, spelt as ArcGIS spells it.
    assert any(r.path.endswith("/MapServer/WmsServer") for r in made if r.endpoint == "wms-map")
    assert_no_token_in_rest_urls(server)


def test_wms_get_feature_info_returns_the_feature_under_the_point(plugin, server):
    from arcgis_token_auth import api

    connect(server)
    layer = api.add_map_layer(server.service_url(CACHED, "MapServer"), drawing="wms")
    points = dataset(FEATURES)
    x, y = from_wgs84(points.xs[0], points.ys[0], WEB_MERCATOR)  # the layer's CRS: EPSG:3857
    view = QgsRectangle(x - 50_000, y - 50_000, x + 50_000, y + 50_000)
    text_format = QgsRaster.IdentifyFormat.IdentifyFormatText
    result = layer.dataProvider().identify(QgsPointXY(x, y), text_format, view, 101, 101)
    assert result.isValid()
    text = " ".join(str(value) for value in result.results().values())
    print(f"GetFeatureInfo: {text[:120]!r}")
    assert "Point 1 " in text
    made = assert_signed(server, OGC, "param")
    assert [r.params.get("INFO_FORMAT") for r in made if r.endpoint == "wms-featureinfo"] == ["text/plain"]


def test_wmts_tiles_of_a_cached_service_render_with_the_token_in_a_header(plugin, server):
    from arcgis_token_auth import api

    connect(server)
    layer = api.add_map_layer(server.service_url(CACHED, "MapServer"), drawing="wmts")
    assert layer.isValid() and layer.providerType() == "wms"
    drawn = painted_pixels(render(layer, QgsMapRendererSequentialJob, EXTENT))
    print(f"WMTS: {drawn} pixels drawn")
    assert drawn > 200
    made = assert_signed(server, CACHE, "x-esri")
    assert {r.endpoint for r in made} == {"wmts-capabilities", "wmts-tile"}
    assert_no_token_in_rest_urls(server)


def test_cached_tiles_as_an_xyz_layer_render_with_the_token_in_a_header(plugin, server):
    from arcgis_token_auth import api

    connect(server)
    layer = api.add_map_layer(server.service_url(CACHED, "MapServer"), drawing="tiles")
    assert layer.isValid() and layer.providerType() == "wms"
    drawn = painted_pixels(render(layer, QgsMapRendererSequentialJob, EXTENT))
    print(f"XYZ tiles: {drawn} pixels drawn")
    assert drawn > 200
    made = assert_signed(server, CACHE, "x-esri")
    assert {r.endpoint for r in made} == {"map-tile"} and len(made) >= 2


def test_an_image_service_renders_through_the_connection(plugin, server):
    from arcgis_token_auth import api

    connect(server)
    layer = api.add_map_layer(server.service_url(IMAGERY, "ImageServer"))
    assert layer.isValid() and layer.providerType() == "arcgismapserver"
    drawn = painted_pixels(render(layer, QgsMapRendererSequentialJob, EXTENT))
    print(f"ImageServer: {drawn} pixels drawn")
    assert drawn > 200
    assert {r.endpoint for r in assert_signed(server, ("service", "exportImage"), "x-esri")} == {"service",
                                                                                                 "exportImage"}


def test_urls_from_capabilities_that_point_elsewhere_never_carry_the_token_there(plugin, server, arcgis_emulator):
    """A server behind a proxy that advertises another host, and repeats the request's token in the
    URLs of its capabilities: QGIS follows them, the token stays behind."""
    from arcgis_token_auth import api

    elsewhere = add_users(arcgis_emulator(STANDALONE, features=FEATURES, services=SERVICES))
    server.settings.ogc_advertised_origin = elsewhere.origin
    server.settings.ogc_echo_token = True
    connect(server)
    layer = api.add_map_layer(server.service_url(CACHED, "MapServer"), drawing="wms")
    render(layer, QgsMapRendererSequentialJob, EXTENT)
    asked_there = [r for r in elsewhere.requests if r.endpoint == "wms-map"]
    assert asked_there, "QGIS followed the capabilities to the other origin"
    assert not [r for r in elsewhere.requests if r.tokens], "a token reached another origin"
    capabilities = assert_signed(server, ("wms-capabilities",), "param")
    assert capabilities


def test_wms_renders_across_token_renewals(plugin, server):
    from arcgis_token_auth import api

    server.settings.token_lifetime_seconds = 3  # renewed every 1.5 s: at half its life
    connect(server)
    layer = api.add_map_layer(server.service_url(CACHED, "MapServer"), drawing="wms")
    started, drawn = time.monotonic(), []
    while time.monotonic() - started < 6:
        shift = len(drawn) % 2 * 0.5  # another view each time: QGIS keeps the last image of a view
        view = QgsRectangle(EXTENT.xMinimum() + shift, EXTENT.yMinimum(), EXTENT.xMaximum() + shift, EXTENT.yMaximum())
        drawn.append(painted_pixels(render(layer, QgsMapRendererSequentialJob, view, size=128)))
        time.sleep(0.5)
    made = assert_signed(server, OGC, "param")
    tokens = {r.token for r in made}
    print(f"WMS over {time.monotonic() - started:.0f} s of 3 s tokens: {len(drawn)} renders, {len(tokens)} tokens")
    assert min(drawn) > 50 and len(tokens) >= 3


def test_the_add_layers_dialog_adds_a_map_service_as_wms_wmts_and_tiles(plugin, server, qtbot):
    from arcgis_token_auth.plugin.gui.add_layers_dialog import AddLayersDialog
    from arcgis_token_auth.plugin.gui.status import TokenStatus

    from tests.qgis.gui_support import TASK_TIMEOUT_MS

    connect(server)
    dialog = AddLayersDialog(plugin.service, TokenStatus(plugin.service))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_connection(plugin.service.connections()[0].id)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    layers = {service.name: layer for catalog in dialog.catalogs for service in catalog.services
              for layer in service.layers}  # fmt: skip
    assert layers[CACHED].wms and layers[CACHED].xyz and layers[IMAGERY].image
    for other in (IMAGERY, DYNAMIC):
        dialog.select_layers([layers[other]])
        assert [action.isEnabled() for action in dialog.drawing_actions()] == [False, False, False], other
        dialog.catalogView.clearSelection()
    dialog.select_layers([layers[IMAGERY]])
    dialog.add_selected()  # with "Feature layers" chosen: an image service is still its image
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    dialog.catalogView.clearSelection()
    dialog.select_layers([layers[CACHED]])
    for action in dialog.drawing_actions():
        assert action.isEnabled()
        action.trigger()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    added = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    assert sorted(added) == ["Imagery", "Maps/Cached (WMTS)", "Maps/Cached (XYZ)", "Maps/Cached — Points (WMS)"]
    for layer in added.values():
        assert layer.isValid() and painted_pixels(render(layer, QgsMapRendererSequentialJob, EXTENT, size=128)) > 50
    assert_signed(server, OGC, "param")
    assert_signed(server, (*CACHE, "exportImage"), "x-esri")


def test_a_wms_layer_opened_on_the_main_thread_before_any_sign_in_opens_once_the_plugin_has_checked(plugin, server):
    """QGIS asks a WMS's capabilities on the thread that opens the layer: a project read at start, or
    QGIS's own WMS dialog, opens it on the main thread, where the plugin never waits for the network.
    Before the connection has signed in that request goes without a token; the plugin signs in and
    checks the WMS meanwhile, and the layer opens when asked again (Reload, or reopening the project)."""
    from arcgis_token_auth.plugin.integration.layers import Drawing, drawn_layer_uri
    from qgis.core import QgsRasterLayer

    connection = connect(server)
    uri = drawn_layer_uri(server.service_url(CACHED, "MapServer"), connection, Drawing.WMS)
    first = QgsRasterLayer(uri, "first", "wms")
    engine = plugin.service.engine
    wms = f"{server.server_url}/services/{CACHED}/MapServer/WMSServer?SERVICE=WMS&REQUEST=GetCapabilities"
    wait_for(lambda: (auth := engine.auth_for_request(wms, may_block=False)) is not None and auth.url is not None)
    again = QgsRasterLayer(uri, "again", "wms")
    print(f"opened on the main thread before sign-in: {first.isValid()}; once checked: {again.isValid()}")
    assert again.isValid() and painted_pixels(render(again, QgsMapRendererSequentialJob, EXTENT)) > 200
    assert_signed(server, ("wms-map",), "param")
