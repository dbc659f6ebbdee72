"""The Python API adds layers only once signed in, and says the real reason when it cannot, in time."""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsProject

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import POINTS, connect


def test_a_layer_is_added_through_its_connection(plugin, arcgis_emulator):
    from arcgis_token_auth import api

    server = add_users(arcgis_emulator(STANDALONE, features=40))
    connection = connect(server)
    layer = api.add_feature_layer(server.service_url(POINTS, "FeatureServer", 0))
    assert layer.featureCount() == 40 and f"authcfg={connection.id}" in layer.source().replace("'", "")
    drawing = api.add_map_layer(server.service_url(POINTS, "MapServer"))
    assert drawing.isValid() and len(QgsProject.instance().mapLayers()) == 2
    assert (layer.name(), drawing.name()) == ("Demo/Points — 0", "Demo/Points — 0")


def test_a_refused_password_is_the_error_not_could_not_load(plugin, arcgis_emulator):
    from arcgis_token_auth import api
    from arcgis_token_auth.plugin.core.errors import InvalidCredentialsError

    server = add_users(arcgis_emulator(STANDALONE, features=40))
    api.add_connection(server.root_url, name="wrong", username="alice", password="not-her-password")
    with pytest.raises(InvalidCredentialsError, match="refused the user name or password"):
        api.add_feature_layer(server.service_url(POINTS, "FeatureServer", 0))
    assert QgsProject.instance().mapLayers() == {}


def test_a_hung_server_fails_within_the_sign_in_deadline(plugin, arcgis_emulator):
    from arcgis_token_auth import api
    from arcgis_token_auth.plugin.core.errors import ServerTimeoutError

    server = add_users(arcgis_emulator(STANDALONE, features=40))
    connect(server)
    server.add_fault("latency", "generateToken", seconds=10)
    plugin.service.engine.sign_in_seconds = 2.0
    started = time.monotonic()
    with pytest.raises(ServerTimeoutError):
        api.add_feature_layer(server.service_url(POINTS, "FeatureServer", 0))
    elapsed = time.monotonic() - started
    print(f"hung token endpoint: the API gave up after {elapsed:.1f} s (sign-in deadline 2 s)")
    assert elapsed < 4.0 and QgsProject.instance().mapLayers() == {}
