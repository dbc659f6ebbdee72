"""Soak: across several token expiries, a secured layer never reads short, a map and a vector tile
service never draw blank, and (where QGIS edits ArcGIS layers) no saved edit is lost or applied twice.

Its length is a parameter: ``--soak-token-lifetime`` (seconds) times ``--soak-expiries``.
CI runs 4 s tokens across 5 expiries; ``--soak-token-lifetime 20`` is the issue's figure.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from arcgis_token_auth.plugin import compat
from arcgis_token_auth.plugin.integration import layers
from qgis.core import QgsMapRendererSequentialJob, QgsNetworkAccessManager, QgsRectangle

from tests.emulator import DEFAULT_SERVICES, STANDALONE, VECTOR_TILE_SERVER, Service
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import connect, feature_layer, load_plugin, map_layer, provider_requests, unload_plugin
from tests.qgis.rendering import painted_pixels, render

FEATURES = 400
EDITABLE = Service("Demo/Editable", types=("FeatureServer",), editable=True)
BASEMAP = Service("Demo/Basemap", types=(VECTOR_TILE_SERVER,), features=200)
EUROPE = QgsRectangle(-10, 35, 30, 60)  # where the emulator's data are: vector tiles of level 2 or 3


def save_one_edit(layer, feature, value: int, server) -> tuple | None:
    """Change one value and save it; None when the server holds it afterwards, else what went wrong."""
    assert layer.startEditing()
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("rank"), value)
    saved = layer.commitChanges()
    on_server = server.dataset_for(server.services[EDITABLE.name]).columns["rank"][feature["OBJECTID"] - 1]
    if saved and on_server == value:
        return None
    errors = layer.commitErrors()
    layer.rollBack()
    return value, saved, on_server, errors


def test_reads_draws_and_edits_never_fail_across_token_expiries(trusted_ca, arcgis_emulator, pytestconfig):
    lifetime = pytestconfig.getoption("soak_token_lifetime")
    expiries = pytestconfig.getoption("soak_expiries")
    editing = compat.can_edit_arcgis_feature_layers()
    QgsNetworkAccessManager.instance().cache().clear()
    server = add_users(arcgis_emulator(STANDALONE, features=FEATURES, services=[*DEFAULT_SERVICES, EDITABLE, BASEMAP]))
    server.settings.token_lifetime_seconds = lifetime
    plugin = load_plugin()
    try:
        connection = connect(server)
        points, drawing, edited = feature_layer(server), map_layer(server), feature_layer(server, EDITABLE.name)
        tiles = layers.make_vector_tile_layer(server.service_url(BASEMAP.name, VECTOR_TILE_SERVER), connection)
        assert points.isValid() and drawing.isValid() and edited.isValid() and tiles.isValid()
        first = next(edited.getFeatures())
        basemap = urlsplit(server.service_url(BASEMAP.name, VECTOR_TILE_SERVER)).path
        reads, short_reads, blank_renders, blank_tiles, saves, lost_edits = 0, [], 0, 0, 0, []
        blank_tile_details = []  # per blank tile render: what QGIS reported, what the server got
        deadline = time.monotonic() + lifetime * (expiries + 0.5)
        while time.monotonic() < deadline:
            points.dataProvider().reloadData()  # from the server, not the provider's cache
            count = sum(1 for _ in points.getFeatures())
            reads += 1
            if count != FEATURES:
                short_reads.append(count)
            if painted_pixels(render(drawing, QgsMapRendererSequentialJob, QgsRectangle(-180, -90, 180, 90), 64)) == 0:
                blank_renders += 1
            logged, job_errors = len(server.requests), []
            if painted_pixels(render(tiles, QgsMapRendererSequentialJob, EUROPE, 64, errors=job_errors)) == 0:
                blank_tiles += 1
                asked = [(r.endpoint, r.path, r.status, r.error_code) for r in server.requests[logged:]
                         if r.path.startswith(basemap)]  # fmt: skip
                blank_tile_details.append((round(time.monotonic() - deadline, 2), job_errors, asked))
            if editing:
                saves += 1
                lost_edits += filter(None, [save_one_edit(edited, first, 1000 + saves, server)])
    finally:
        unload_plugin(plugin)

    refused = [record for record in provider_requests(server) if record.error_code is not None]
    tokens_used = {record.token for record in provider_requests(server)}
    tile_requests = [record for record in server.requests if record.path.startswith(basemap)]
    unsigned_tiles = [record.path for record in tile_requests if record.token is None or record.error_code is not None]
    updates = [edit for record in server.requests if record.endpoint == "updateFeatures" for edit in record.edits]
    print(
        f"soak: {reads} reads, renders and vector tile draws and {saves} saved edits over {expiries} expiries "
        f"of {lifetime:g} s tokens, {len(tokens_used)} tokens used, {len(tile_requests)} vector tile requests"
    )
    assert reads >= expiries * 2
    assert short_reads == [] and blank_renders == 0
    assert blank_tiles == 0, f"{blank_tiles} blank vector tile renders; the first: {blank_tile_details[:3]}"
    assert refused == [], "no request ever carried an expired token"
    assert unsigned_tiles == [], "every vector tile service request carried a valid token"
    assert len(tokens_used) >= expiries, "the tokens really expired and were renewed during the soak"
    assert lost_edits == [], "every save reached the server"
    assert len(updates) == saves, "each save applied once"
