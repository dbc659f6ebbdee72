"""The plugin in a real QGIS: secured layers load through a connection, and keep loading.

Every test talks to the emulator over HTTPS with QGIS's real ArcGIS
providers; the plugin is loaded the way qgis_process loads it.
"""

from __future__ import annotations

from arcgis_token_auth.plugin.core.transport import DECOY_TOKEN
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsFeatureRequest,
    QgsMapRendererSequentialJob,
    QgsRectangle,
    QgsVectorLayer,
)

from tests.emulator import PARAM, PORTAL, STANDALONE
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import (
    POINTS,
    connect,
    feature_layer,
    identify_and_legend,
    load_plugin,
    map_layer,
    provider_requests,
    settle,
    unload_plugin,
)
from tests.qgis.rendering import painted_pixels, render


def stored_token(connection_id: str) -> str:
    config = QgsAuthMethodConfig()
    ok, config = QgsApplication.authManager().loadAuthenticationConfig(connection_id, config, True)
    assert ok
    return config.config("token")


def fresh_read(layer) -> list:
    """Every feature, from the server: the provider otherwise answers from its feature cache."""
    layer.dataProvider().reloadData()
    return list(layer.getFeatures())


def test_ten_thousand_features_load_through_a_connection(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=10_000))
    connection = connect(server)
    layer = feature_layer(server)
    assert layer.isValid()
    assert layer.featureCount() == 10_000
    ids = [feature["OBJECTID"] for feature in layer.getFeatures(QgsFeatureRequest().setNoAttributes())]
    assert sorted(ids) == list(range(1, 10_001))
    (feature,) = layer.getFeatures(QgsFeatureRequest().setFilterExpression('"OBJECTID" = 9876'))
    assert (feature["name"], feature["rank"]) == ("Point 9876", 9876 % 100)

    requests = provider_requests(server)
    (token,) = {record.token for record in requests}
    assert token and all(record.transport == "x-esri" and record.error_code is None for record in requests)
    assert all(record.header("Referer") == connection.referer for record in requests)
    assert server.count("generateToken") == 1
    # The live token never goes into the auth DB (no writes while requests run, nothing for
    # QGIS to carry along a redirect): the connection's EsriToken config holds none.
    settle(0.5)  # queued main-thread work, if any, has run
    assert stored_token(connection.id) == ""


def test_map_layer_renders_only_with_the_plugin(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=500))
    connect(server)
    layer = map_layer(server)
    assert layer.isValid()
    extent = QgsRectangle(-180, -90, 180, 90)
    signed_in = render(layer, QgsMapRendererSequentialJob, extent)
    assert painted_pixels(signed_in) > 300
    exports = [record for record in server.requests if record.endpoint == "export"]
    assert exports and all(record.error_code is None and record.token for record in exports)

    unload_plugin_services = plugin.service
    unload_plugin_services.injector.uninstall()  # the same layer, with nothing fresh on its requests
    try:
        server.revoke_all_tokens()
        anonymous = render(layer, QgsMapRendererSequentialJob, extent)
    finally:
        unload_plugin_services.injector.install()
    assert painted_pixels(anonymous) == 0
    assert signed_in != anonymous


def test_two_servers_each_get_only_their_own_token(plugin, arcgis_emulator):
    first = add_users(arcgis_emulator(STANDALONE, features=200))
    second = add_users(arcgis_emulator(STANDALONE, features=300))
    bystander = add_users(arcgis_emulator(STANDALONE, features=100))  # no connection: must never see a token
    connect(first)
    connect(second)
    assert feature_layer(first).featureCount() == 200
    assert feature_layer(second).featureCount() == 300
    url = bystander.service_url(POINTS, "FeatureServer", 0)
    assert not QgsVectorLayer(f"crs='EPSG:4326' url='{url}'", "bystander", "arcgisfeatureserver").isValid()

    first_tokens = {record.token for record in provider_requests(first)}
    second_tokens = {record.token for record in provider_requests(second)}
    assert len(first_tokens) == len(second_tokens) == 1 and first_tokens != second_tokens
    for server, own in ((first, first_tokens), (second, second_tokens)):
        sent = {token for record in server.requests for token in record.tokens.values()} - {DECOY_TOKEN}
        assert sent == own, "a server received a token that is not its own"
    assert all(not record.tokens for record in bystander.requests)


def test_layers_on_a_federated_server_load_through_the_portal_connection(plugin, arcgis_emulator):
    portal = add_users(arcgis_emulator(PORTAL))
    server = arcgis_emulator(STANDALONE, owning_portal=portal, features=250)
    connect(portal, portal.portal_url)
    layer = feature_layer(server)
    assert layer.isValid() and layer.featureCount() == 250
    assert all(record.token and record.error_code is None for record in provider_requests(server))


def test_a_server_that_reads_only_the_token_parameter(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=150))
    server.settings.transports = {PARAM}
    connect(server)
    layer = feature_layer(server)
    assert layer.isValid() and layer.featureCount() == 150
    requests = provider_requests(server)
    assert requests and all(record.transport == "param" and record.error_code is None for record in requests)


def test_reads_go_on_after_the_server_revokes_every_token(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=120))
    connect(server)
    layer = feature_layer(server)
    assert len(fresh_read(layer)) == 120
    (revoked,) = {record.token for record in provider_requests(server)}
    server.revoke_all_tokens()
    # QGIS's provider does not retry a refused request: the read that meets the
    # revoked token may come back short; the plugin renews, and reads work again.
    fresh_read(layer)
    assert len(fresh_read(layer)) == 120
    assert server.count("generateToken") == 2
    renewed = {record.token for record in provider_requests(server)} - {revoked, DECOY_TOKEN}
    assert renewed, "reads went on with a new token"
    assert all(record.error_code is None for record in provider_requests(server) if record.token in renewed)


def test_a_failing_plugin_hook_leaves_qgis_running(plugin, arcgis_emulator, monkeypatch):
    server = add_users(arcgis_emulator(STANDALONE, features=50))
    connect(server)

    def broken(*_args, **_kwargs):
        raise RuntimeError("plugin bug")

    monkeypatch.setattr(plugin.service.engine, "auth_for_request", broken)
    layer = feature_layer(server)  # its requests go through the broken hook
    assert not layer.isValid()  # no token was added: the server refused, QGIS lives on
    assert plugin.service.injector.failures > 0


def test_unload_removes_the_hooks_the_timers_and_the_threads(trusted_ca, arcgis_emulator):
    import threading

    server = add_users(arcgis_emulator(STANDALONE, features=40))
    plugin = load_plugin()
    connect(server)
    assert feature_layer(server).isValid()
    service = plugin.service
    assert any(thread.name.startswith("arcgis-token") for thread in threading.enumerate())
    unload_plugin(plugin)

    assert plugin.service is None and not service.injector.installed
    assert not service._config_watch.isActive()
    lingering = [thread.name for thread in threading.enumerate() if thread.name.startswith("arcgis-token")]
    assert lingering == [], "renewal threads outlived the plugin"
    server.clear_log()
    url = server.service_url(POINTS, "FeatureServer", 0)
    assert not QgsVectorLayer(f"crs='EPSG:4326' url='{url}'", "after", "arcgisfeatureserver").isValid()
    assert all(not record.tokens for record in server.requests), "no preprocessor is left to add a token"


def test_identify_and_legend_requests_carry_the_token_and_referer(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=300))
    connection = connect(server)
    layer = map_layer(server)
    assert layer.isValid()
    identify_and_legend(layer, server)  # the Identify tool, and the Layers panel drawing the legend
    endpoints = {record.endpoint for record in provider_requests(server)}
    assert {"identify", "legend"} <= endpoints, endpoints
    for record in provider_requests(server):
        assert record.token and record.error_code is None, (record.endpoint, record.query)
        assert record.header("Referer") == connection.referer, record.endpoint


def test_qgis_network_cache_never_serves_a_secured_answer_to_a_request_without_token(plugin, arcgis_emulator):
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    server = add_users(arcgis_emulator(STANDALONE, features=30))
    connect(server)
    url = QUrl(server.service_url(POINTS, "FeatureServer", 0) + "?f=json")

    def fetch() -> bytes:
        request = QgsBlockingNetworkRequest()
        assert request.get(QNetworkRequest(url), True) == QgsBlockingNetworkRequest.ErrorCode.NoError
        return bytes(request.reply().content())

    signed_in = fetch()
    assert b'"error"' not in signed_in and b"OBJECTID" in signed_in
    plugin.service.injector.uninstall()  # the same URL, now asked without any token
    try:
        anonymous = fetch()
    finally:
        plugin.service.injector.install()
    assert b'"code": 499' in anonymous or b'"code":499' in anonymous, "the cache did not answer for the server"
