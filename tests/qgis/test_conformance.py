"""Every path that sends a token, against every kind of GeoServices server the emulator can be.

Each combination is a server behaviour seen in the wild (tests/emulator/README.md).
Each path — QGIS's feature provider (load and read), its map provider (export,
identify, legend), the catalog, Test Connection, every Processing algorithm,
the Python API — must succeed, and the
emulator's request log shows where each token travelled. The test prints one
line per combination: path → transport, the table of the issue's closing note.
"""

from __future__ import annotations

import pytest
from arcgis_token_auth.plugin.core.transport import DECOY_TOKEN
from qgis.core import QgsFeedback, QgsMapRendererSequentialJob, QgsRectangle

from tests.emulator import BEARER, BODY, PARAM, RAW_AUTHORIZATION, STANDALONE, X_ESRI
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import POINTS, connect, feature_layer, identify_and_legend, map_layer
from tests.qgis.rendering import painted_pixels, render

FEATURES = 60
COMBINATIONS = {
    # name: emulator settings
    "arcgis defaults": {},
    "query only, body token refused": {"transports": {PARAM}, "rejected_transports": {BODY}},
    "raw Authorization only": {"transports": {RAW_AUTHORIZATION}},
    "headers only, GET token requests refused": {"transports": {X_ESRI, BEARER}, "allow_get_token": False},
    "10.0-era tokens/ endpoint": {"token_services_url_style": "tokens-dir"},
    "no services directory": {"catalog": False},
    "no rest/info": {"rest_info": False},
    "generateToken under rest/": {"token_services_url_style": "rest"},
    "JWT tokens, own lifetime, client ignored": {"token_format": "jwt", "token_lifetime_seconds": 900,
                                                 "ignore_client": True},
    "same token within a second, real HTTP status codes": {"token_format": "per-second", "real_status_codes": True},
}  # fmt: skip


@pytest.fixture
def processing_plugin(qgis_processing, plugin):
    return plugin


def is_transport_check(record, probe_url: str) -> bool:
    """The engine's check of where this server reads tokens: a decoy, then the real token once in each
    place the decoy was read (a server may refuse any token there), to the layer URL of the connection."""
    return record.header("user-agent") == "QGIS-ArcGIS-Token-Auth" and probe_url.endswith(record.path)


def transports_by_endpoint(records) -> dict[str, set[str]]:
    """Where the real token travelled, per endpoint."""
    found: dict[str, set[str]] = {}
    for record in records:
        for transport, value in record.tokens.items():
            if value != DECOY_TOKEN:
                found.setdefault(record.endpoint, set()).add(transport)
    return found


@pytest.mark.parametrize("combination", COMBINATIONS)
def test_every_path_works_and_sends_the_token_a_verified_way(processing_plugin, arcgis_emulator, tmp_path,
                                                            combination):  # fmt: skip
    import processing
    from arcgis_token_auth import api
    from arcgis_token_auth.plugin.integration.catalog import read_catalog

    server = add_users(arcgis_emulator(STANDALONE, features=FEATURES))
    for name, value in COMBINATIONS[combination].items():
        setattr(server.settings, name, value)
    layer_url = server.service_url(POINTS, "FeatureServer", 0)
    connection = connect(server, layer_url)  # what a user with only a layer URL does

    test = processing_plugin.service.test_connection(connection)
    assert test.ok, test.error
    points = feature_layer(server)
    assert points.isValid() and sum(1 for _ in points.getFeatures()) == FEATURES
    drawing = map_layer(server)
    assert painted_pixels(render(drawing, QgsMapRendererSequentialJob, QgsRectangle(-180, -90, 180, 90), 64)) > 0
    identify_and_legend(drawing, server)
    catalog = read_catalog(processing_plugin.service.engine, connection, QgsFeedback())
    listed = {service.name for service in catalog[0].services}
    # Without a services directory, what the connection's URL names is listed.
    assert (POINTS in listed) if server.settings.catalog else listed == {POINTS}
    from arcgis_token_auth.plugin.processing.provider import PROVIDER_ID

    download = processing.run(f"{PROVIDER_ID}:downloadfeatures",
                              {"URL": layer_url, "OUTPUT": str(tmp_path / "out.gpkg")})  # fmt: skip
    assert download["FEATURE_COUNT"] == FEATURES
    tested = processing.run(f"{PROVIDER_ID}:testconnection", {"CONNECTION": connection.name})
    assert tested["TRANSPORT"] == test.transport.value and tested["POST_TRANSPORT"] == test.post_transport.value
    assert processing.run(f"{PROVIDER_ID}:gettoken", {"CONNECTION": connection.name})["TOKEN"]
    loaded = processing.run(f"{PROVIDER_ID}:loadlayer", {"URL": layer_url})["OUTPUT"]
    assert loaded.featureCount() == FEATURES
    assert api.add_feature_layer(layer_url).featureCount() == FEATURES

    traffic = [record for record in server.requests if not is_transport_check(record, layer_url)]
    refused = [(r.endpoint, r.method, sorted(r.tokens)) for r in traffic if r.error_code in (498, 499)]
    used = transports_by_endpoint(traffic)
    print(f"\n{combination}: test={test.transport.value}/{test.post_transport.value} "
          + " ".join(f"{endpoint}={'+'.join(sorted(kinds))}" for endpoint, kinds in sorted(used.items())))  # fmt: skip
    assert refused == [], "no request carried its token a way the server does not read"
    read = server.settings.transports
    assert all(kinds <= read for kinds in used.values()), "every token went where this server reads it"
