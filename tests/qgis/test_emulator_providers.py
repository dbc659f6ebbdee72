"""QGIS's real ArcGIS providers against the emulator over HTTPS, with a hand-made EsriToken config.

Each test starts its own server (its own port): QGIS's network cache keys on
the URL only, so a shared server would let one test's answers leak into another.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Callable

import pytest
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsFeatureRequest,
    QgsMapRendererParallelJob,
    QgsMapRendererSequentialJob,
    QgsNetworkAccessManager,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)

from tests.emulator import ArcGISEmulator
from tests.emulator.pytest_fixtures import REFERER, add_users, request_token
from tests.qgis.rendering import painted_pixels, render

FEATURES = 300
RENDERERS = {"parallel": QgsMapRendererParallelJob, "sequential": QgsMapRendererSequentialJob}


@pytest.fixture
def server(trusted_ca, arcgis_emulator) -> ArcGISEmulator:
    QgsNetworkAccessManager.instance().cache().clear()
    return add_users(arcgis_emulator(features=FEATURES))


@pytest.fixture
def esri_token_config() -> Iterator[Callable[[str], str]]:
    """Factory: token → id of a stored EsriToken auth config holding it."""
    auth = QgsApplication.authManager()
    made: list[str] = []

    def make(token: str) -> str:
        config = QgsAuthMethodConfig("EsriToken")
        config.setName(f"emulator token {len(made)}")
        config.setConfig("token", token)
        ok, stored = auth.storeAuthenticationConfig(config, True)
        assert ok
        made.append(stored.id())
        return stored.id()

    yield make
    for config_id in made:
        auth.removeAuthenticationConfig(config_id)


def referer_token(server: ArcGISEmulator, emulator_session) -> str:
    return request_token(emulator_session, server.token_url)["token"]


def referer_keys(referer: str) -> str:
    """The Referer for every QGIS release: 3.22 reads ``referer``, 3.24+ ``http-header:referer``."""
    return f"referer='{referer}' http-header:referer='{referer}'"


def feature_layer(server: ArcGISEmulator, authcfg: str = "", referer: str = REFERER) -> QgsVectorLayer:
    url = server.service_url("Demo/Points", "FeatureServer", 0)
    uri = f"crs='EPSG:4326' url='{url}' {referer_keys(referer)}" + (f" authcfg='{authcfg}'" if authcfg else "")
    return QgsVectorLayer(uri, "points", "arcgisfeatureserver")


def map_layer(server: ArcGISEmulator, authcfg: str = "") -> QgsRasterLayer:
    url = server.service_url("Demo/Points", "MapServer")
    uri = f"crs='EPSG:4326' format='png' layer='0' url='{url}' {referer_keys(REFERER)}"
    return QgsRasterLayer(uri + (f" authcfg='{authcfg}'" if authcfg else ""), "points map", "arcgismapserver")


def test_feature_layer_loads_with_an_esri_token(server, emulator_session, esri_token_config):
    token = referer_token(server, emulator_session)
    layer = feature_layer(server, esri_token_config(token))
    assert layer.isValid()
    assert layer.featureCount() == FEATURES
    assert [field.name() for field in layer.fields()] == ["OBJECTID", "name", "category", "value", "rank", "created"]
    (feature,) = layer.getFeatures(QgsFeatureRequest().setFilterExpression('"OBJECTID" = 7'))
    assert (feature["name"], feature["category"], feature["value"], feature["rank"]) == ("Point 7", "C", 0.7, 7)
    assert feature["created"].date().toString("yyyy-MM-dd") == "2020-01-08"
    assert feature.geometry().asPoint().x() == pytest.approx(server.dataset_for(server.services["Demo/Points"]).xs[6])
    ids = sorted(f["OBJECTID"] for f in layer.getFeatures())
    assert ids == list(range(1, FEATURES + 1))
    # Every request QGIS made carried the token in X-Esri-Authorization, with the referer.
    provider_requests = [r for r in server.requests if r.endpoint != "generateToken"]
    assert {r.endpoint for r in provider_requests} == {"layer", "query"}
    assert all((r.transport, r.token, r.header("Referer")) == ("x-esri", token, REFERER) for r in provider_requests)
    assert all(r.error_code is None for r in provider_requests)


def test_feature_layer_filters_by_extent_on_the_server(server, emulator_session, esri_token_config):
    layer = feature_layer(server, esri_token_config(referer_token(server, emulator_session)))
    extent = QgsRectangle(0, 40, 10, 50)
    got = sorted(f["OBJECTID"] for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(extent)))
    dataset = server.dataset_for(server.services["Demo/Points"])
    expected = [row + 1 for row in range(FEATURES) if 0 <= dataset.xs[row] <= 10 and 40 <= dataset.ys[row] <= 50]
    assert got == expected
    assert any("geometry" in r.query for r in server.requests if r.endpoint == "query")


def test_feature_layer_is_invalid_without_a_token(server):
    layer = feature_layer(server)
    assert not layer.isValid()  # never layer.error() here: it crashes QGIS 3.22
    assert server.requests[-1].error_code == 499


def test_feature_layer_is_invalid_with_the_wrong_referer(server, emulator_session, esri_token_config):
    layer = feature_layer(server, esri_token_config(referer_token(server, emulator_session)), referer="other-app")
    assert not layer.isValid()
    assert server.requests[-1].error_code == 498


@pytest.mark.parametrize("renderer", sorted(RENDERERS))
def test_map_layer_renders_with_an_esri_token(server, emulator_session, esri_token_config, renderer):
    token = referer_token(server, emulator_session)
    layer = map_layer(server, esri_token_config(token))
    assert layer.isValid()
    image = render(layer, RENDERERS[renderer], layer.extent())
    assert painted_pixels(image) > 500
    exports = [r for r in server.requests if r.endpoint == "export"]
    assert exports
    assert all((r.transport, r.token, r.error_code) == ("x-esri", token, None) for r in exports)


def test_map_layer_draws_nothing_without_a_token(server):
    layer = map_layer(server)
    image = render(layer, QgsMapRendererSequentialJob, QgsRectangle(-10, 35, 30, 60))
    assert painted_pixels(image) == 0
    assert server.requests
    assert all(r.error_code == 499 for r in server.requests)
