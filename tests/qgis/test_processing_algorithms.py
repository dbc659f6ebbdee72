"""The Processing algorithms through ``processing.run``, in a real QGIS, against the emulator over HTTPS.

The plugin is loaded the way qgis_process loads it (``classFactory(None)``,
``initProcessing()``), so nothing here can prompt: every failure must come
back at once as a ``QgsProcessingException`` whose message says what to do.
"""

from __future__ import annotations

import socket
import time
from datetime import date, datetime, timedelta, timezone

import keyring
import pytest
from arcgis_token_auth import api
from arcgis_token_auth.plugin.core.transport import DECOY_TOKEN
from arcgis_token_auth.plugin.processing.parameters import HIDDEN
from arcgis_token_auth.plugin.processing.provider import PROVIDER_ID
from keyring.backends.fail import Keyring as FailKeyring
from qgis.core import (
    QgsApplication,
    QgsDataSourceUri,
    QgsMapRendererSequentialJob,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)

from tests.emulator import PARAM, PORTAL, STANDALONE, EmulatorCA, Service
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.processing import MODEL
from tests.qgis.conftest import MASTER_PASSWORD
from tests.qgis.integration import POINTS, connect, load_plugin, unload_plugin
from tests.qgis.rendering import painted_pixels, render

GET_TOKEN = f"{PROVIDER_ID}:gettoken"
LOAD = f"{PROVIDER_ID}:loadlayer"
DOWNLOAD = f"{PROVIDER_ID}:downloadfeatures"
TEST = f"{PROVIDER_ID}:testconnection"
LOAD_WEB_MAP = f"{PROVIDER_ID}:loadwebmap"


@pytest.fixture
def plugin(trusted_ca, qgis_processing):
    loaded = load_plugin()
    yield loaded
    unload_plugin(loaded)


@pytest.fixture
def message_log():
    """Every line QGIS's message log receives during the test (the Log Messages panel)."""
    received: list[str] = []

    def record(message: str, tag: str, _level) -> None:
        received.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(record)
    yield received
    QgsApplication.processEvents()  # messages from worker threads arrive queued
    QgsApplication.messageLog().messageReceived.disconnect(record)


def run(algorithm: str, parameters: dict, feedback: QgsProcessingFeedback | None = None) -> dict:
    import processing

    return processing.run(algorithm, parameters, feedback=feedback or QgsProcessingFeedback(False))


def failure(algorithm: str, parameters: dict) -> str:
    """The message of the algorithm's failure, which must come at once."""
    started = time.monotonic()
    with pytest.raises(QgsProcessingException) as raised:
        run(algorithm, parameters)
    assert time.monotonic() - started < 15, "a failure must not wait for anything"
    return str(raised.value)


def tokens_seen(*servers) -> set[str]:
    return {token for server in servers for record in server.requests for token in record.tokens.values()} - {
        DECOY_TOKEN
    }


def layer_url(server, service: str = POINTS) -> str:
    return server.service_url(service, "FeatureServer", 0)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# -- the provider -----------------------------------------------------------------


def test_provider_offers_the_five_algorithms_with_help(plugin):
    provider = QgsApplication.processingRegistry().providerById(PROVIDER_ID)
    algorithms = {algorithm.id(): algorithm for algorithm in provider.algorithms()}
    assert set(algorithms) == {GET_TOKEN, LOAD, LOAD_WEB_MAP, DOWNLOAD, TEST}
    for algorithm in algorithms.values():
        assert len(algorithm.shortHelpString()) > 200, algorithm.id()
        assert all(parameter.description() for parameter in algorithm.parameterDefinitions())
    flags = QgsProcessingAlgorithm.Flag
    for algorithm in algorithms.values():
        # Hidden from the toolbox or the modeler, qgis_process would call it deprecated.
        assert not algorithm.flags() & (flags.FlagHideFromToolbox | flags.FlagHideFromModeler), algorithm.id()
    # Its result is a secret: models do not log it.
    assert algorithms[GET_TOKEN].flags() & flags.FlagSkipGenericModelLogging
    assert algorithms[DOWNLOAD].flags() & flags.FlagCanCancel


# -- Get ArcGIS token -----------------------------------------------------------------


def test_get_token_from_a_connection_is_the_token_layers_get(plugin, arcgis_emulator, message_log):
    server = add_users(arcgis_emulator(STANDALONE, features=20))
    connection = connect(server)
    feedback = QgsProcessingFeedback(False)
    by_name = run(GET_TOKEN, {"CONNECTION": connection.name}, feedback)
    by_id = run(GET_TOKEN, {"CONNECTION": connection.id})
    assert by_name == by_id  # one sign-in; the cached token
    assert server.count("generateToken") == 1
    token = by_name["TOKEN"]
    assert server.resolve_token(token).principal.username == "alice"
    assert by_name["SERVER"] == server.server_url
    assert by_name["REFERER"] == connection.referer
    expires = datetime.strptime(by_name["EXPIRES"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    assert 3500 < expires.timestamp() - time.time() <= 3600

    layer = QgsVectorLayer(api.layer_uri(layer_url(server), crs="EPSG:4326"), "points", "arcgisfeatureserver")
    assert layer.featureCount() == 20
    assert tokens_seen(server) == {token}, "layers use the very token the algorithm returned"
    # The algorithm's own log names the expiry, never the token; processing.run itself then
    # prints "Results: {...}" (QGIS's doing, for every algorithm): only that line may hold it.
    assert [line for line in feedback.textLog().splitlines() if token in line] == [
        line for line in feedback.textLog().splitlines() if line.startswith("Results:")
    ]
    assert "expires" in feedback.textLog()
    assert not [line for line in message_log if token in line]


def test_get_token_without_a_connection_signs_in_once_and_keeps_nothing(plugin, arcgis_emulator, message_log):
    server = add_users(arcgis_emulator(STANDALONE))
    password = USERS["bob"][0]
    result = run(GET_TOKEN, {"URL": server.root_url, "USERNAME": "bob", "PASSWORD": password, "LIFETIME": 5})
    record = server.resolve_token(result["TOKEN"])
    assert record.principal.username == "bob"
    assert 4 * 60 < record.expires_at - time.time() <= 5 * 60
    assert plugin.service.connections() == []  # nothing stored...
    assert plugin.service.engine.connection_for_url(server.root_url) is None  # ...nor sent by QGIS
    assert not [line for line in message_log if password in line or result["TOKEN"] in line]


def test_get_token_for_a_server_federated_with_the_portal_connection(plugin, arcgis_emulator):
    portal = add_users(arcgis_emulator(PORTAL))
    federated = arcgis_emulator(STANDALONE, owning_portal=portal, features=10)
    connection = connect(portal, portal.portal_url)
    own = run(GET_TOKEN, {"CONNECTION": connection.name})
    assert own["SERVER"] == portal.portal_url
    exchanged = run(GET_TOKEN, {"CONNECTION": connection.name, "URL": layer_url(federated)})
    assert exchanged["SERVER"] == federated.server_url
    assert federated.resolve_token(exchanged["TOKEN"]).principal.username == "alice"


# -- Test ArcGIS connection -------------------------------------------------------------


def test_test_connection_reports_the_server(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE))
    connection = connect(server)
    feedback = QgsProcessingFeedback(False)
    result = run(TEST, {"CONNECTION": connection.id}, feedback)
    assert result["KIND"] == "standalone"
    assert result["SERVER"] == server.server_url
    assert result["VERSION"].startswith("11.3")
    assert result["TOKEN_ENDPOINT"] == server.token_url
    assert result["TRANSPORT"] == "x-esri"
    assert result["PORTAL"] == ""
    assert result["EXPIRES"].endswith("Z")
    assert result["SUMMARY"].startswith(f"Signed in to {server.origin}")
    assert "TOKEN" not in result
    assert "Token endpoint: " + server.token_url in feedback.textLog()


def test_test_connection_finds_a_server_that_reads_only_the_token_parameter(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE))
    server.settings.transports = {PARAM}
    result = run(TEST, {"URL": server.root_url, "USERNAME": "alice", "PASSWORD": USERS["alice"][0]})
    assert result["TRANSPORT"] == "param"


def test_test_connection_of_a_portal(plugin, arcgis_emulator):
    portal = add_users(arcgis_emulator(PORTAL))
    result = run(TEST, {"CONNECTION": connect(portal, portal.portal_url).name})
    assert result["KIND"] == "portal"
    assert result["SERVER"] == portal.portal_url
    assert result["TOKEN_ENDPOINT"] == portal.token_url


# -- Load secured ArcGIS layer ---------------------------------------------------------


def test_load_makes_a_feature_layer_that_carries_the_connection(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=321))
    connection = connect(server)
    layer = run(LOAD, {"URL": layer_url(server) + "?f=pjson&token=pasted-by-mistake", "NAME": "roads"})["OUTPUT"]
    assert isinstance(layer, QgsVectorLayer) and layer.isValid()
    assert layer.name() == "roads" and layer.featureCount() == 321
    source = QgsDataSourceUri(layer.source())
    assert source.authConfigId() == connection.id
    assert source.param("url") == layer_url(server)  # the pasted query (and its token) left behind
    assert "pasted-by-mistake" not in layer.source()


def test_load_a_feature_service_with_one_layer_and_a_map_service(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=50))
    connect(server)
    layer = run(LOAD, {"URL": server.service_url(POINTS, "FeatureServer")})["OUTPUT"]
    assert QgsDataSourceUri(layer.source()).param("url") == layer_url(server)
    assert layer.name() == "Points" and layer.featureCount() == 50
    image = run(LOAD, {"URL": server.service_url(POINTS, "MapServer")})["OUTPUT"]
    assert isinstance(image, QgsRasterLayer) and image.isValid()
    assert image.providerType() == "arcgismapserver"
    # A map service without a layer id draws its first layer (QGIS draws nothing without one).
    world = QgsRectangle(-180, -90, 180, 90)
    assert painted_pixels(render(image, QgsMapRendererSequentialJob, world, 64)) > 0
    one_layer = run(LOAD, {"URL": server.service_url(POINTS, "MapServer", 0)})["OUTPUT"]
    assert one_layer.isValid() and QgsDataSourceUri(one_layer.source()).param("layer") == "0"


def test_load_refuses_urls_that_are_no_service(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE))
    connect(server)
    assert "is not an ArcGIS service URL" in failure(LOAD, {"URL": server.services_url})
    assert "is not a service or layer URL" in failure(LOAD, {"URL": layer_url(server) + "/query"})


# -- Download secured features ----------------------------------------------------------


def read_layer(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), "downloaded", "ogr")
    assert layer.isValid()
    return layer


def test_download_pages_through_a_layer_larger_than_max_record_count(plugin, arcgis_emulator, tmp_path):
    service = Service(POINTS, max_record_count=700)
    server = add_users(arcgis_emulator(STANDALONE, services=[service], features=5000))
    connect(server)
    feedback = QgsProcessingFeedback(False)
    progress: list[float] = []
    feedback.progressChanged.connect(progress.append)
    result = run(DOWNLOAD, {"URL": layer_url(server), "OUTPUT": str(tmp_path / "all.gpkg")}, feedback)
    assert result["FEATURE_COUNT"] == 5000
    layer = read_layer(result["OUTPUT"])
    assert layer.featureCount() == 5000
    assert layer.crs().authid() == "EPSG:4326"
    assert layer.fields().names() == ["fid", "OBJECTID", "name", "category", "value", "rank", "created"]
    # The emulator's attributes are formulas of the OBJECTID (tests/emulator/data.py).
    (feature,) = layer.getFeatures('"OBJECTID" = 4321')
    assert (feature["name"], feature["category"], feature["value"], feature["rank"]) == ("Point 4321", "A", 32.1, 21)
    assert feature["created"].date().toPyDate() == date(2020, 1, 1) + timedelta(days=4321 % 366)
    assert not feature.geometry().isEmpty()
    batches = [record for record in server.requests if record.endpoint == "query" and "objectIds" in record.params]
    assert len(batches) == 8  # ceil(5000 / 700)
    assert all(len(record.params["objectIds"].split(",")) <= 700 for record in batches)
    assert progress == sorted(progress) and progress[-1] == 100


def test_download_where_extent_and_fields_are_applied_by_the_server(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=2000))
    connect(server)
    everything = read_layer(run(DOWNLOAD, {"URL": layer_url(server), "OUTPUT": str(tmp_path / "a.gpkg")})["OUTPUT"])
    extent = everything.extent()
    half = f"{extent.xMinimum()},{extent.center().x()},{extent.yMinimum()},{extent.yMaximum()} [EPSG:4326]"
    parameters = {
        "URL": layer_url(server),
        "WHERE": "category = 'B' AND rank < 50",
        "EXTENT": half,
        "FIELDS": ["name", "RANK"],
        "OUTPUT": str(tmp_path / "filtered.gpkg"),
    }
    layer = read_layer(run(DOWNLOAD, parameters)["OUTPUT"])
    expected = {
        feature["OBJECTID"]
        for feature in everything.getFeatures()
        if feature["category"] == "B"
        and feature["rank"] < 50
        and feature.geometry().asPoint().x() <= extent.center().x()
    }
    assert expected and {feature["OBJECTID"] for feature in layer.getFeatures()} == expected
    assert layer.fields().names() == ["fid", "OBJECTID", "name", "rank"]
    ids_query = [record for record in server.requests if record.params.get("returnIdsOnly") == "true"][-1]
    assert ids_query.params["where"] == parameters["WHERE"] and "geometry" in ids_query.params


def test_download_any_ogr_format(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=30))
    connect(server)
    for name in ("points.geojson", "points.shp", "points.csv"):
        result = run(DOWNLOAD, {"URL": layer_url(server), "OUTPUT": str(tmp_path / name)})
        assert read_layer(result["OUTPUT"]).featureCount() == 30, name


def test_download_from_a_loaded_layer_uses_its_connection(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=40))
    connect(server)
    layer = run(LOAD, {"URL": layer_url(server)})["OUTPUT"]
    result = run(DOWNLOAD, {"INPUT": layer, "WHERE": "rank < 10", "OUTPUT": str(tmp_path / "few.gpkg")})
    assert result["FEATURE_COUNT"] == 9  # ranks 1..9 of ids 1..40 (40 % 100 = 40: rank 0 absent)


def test_download_can_be_cancelled_within_a_page(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, services=[Service(POINTS, max_record_count=100)], features=3000))
    connect(server)
    feedback = QgsProcessingFeedback(False)
    feedback.progressChanged.connect(lambda _progress: feedback.cancel())
    parameters = {"URL": layer_url(server), "OUTPUT": str(tmp_path / "part.gpkg"), "PAGES_IN_FLIGHT": 3}
    result = run(DOWNLOAD, parameters, feedback)
    assert result["FEATURE_COUNT"] == 100  # the first page, written before the cancel
    assert read_layer(result["OUTPUT"]).featureCount() == 100
    # Of 30 pages, no more than the 3 in flight when the cancel came were asked for.
    assert len([record for record in server.requests if "objectIds" in record.params]) <= 3
    assert "Cancelled" in feedback.textLog()


def test_download_survives_a_revoked_token(plugin, arcgis_emulator, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, services=[Service(POINTS, max_record_count=400)], features=4000))
    connect(server)
    feedback = QgsProcessingFeedback(False)
    revoked: list[bool] = []

    def revoke_once(_progress: float) -> None:
        if not revoked:
            server.revoke_all_tokens()  # as a server restart does
            revoked.append(True)

    feedback.progressChanged.connect(revoke_once)
    parameters = {"URL": layer_url(server), "OUTPUT": str(tmp_path / "all.gpkg"), "PAGES_IN_FLIGHT": 2}
    result = run(DOWNLOAD, parameters, feedback)
    assert read_layer(result["OUTPUT"]).featureCount() == 4000
    assert any(record.error_code == 498 for record in server.requests), "pages met the revoked token"
    assert server.count("generateToken") == 2  # one renewal, for every page in flight


# -- the model: load → download -----------------------------------------------------------


def test_model_loads_and_downloads_in_batch_mode(plugin, arcgis_emulator, tmp_path):
    import processing

    server = add_users(arcgis_emulator(STANDALONE, features=600))
    connection = connect(server)
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    assert sorted(child.algorithmId() for child in model.childAlgorithms().values()) == [DOWNLOAD, LOAD]
    url = layer_url(server)
    # As a script runs it, by the connection's name, filtered...
    filtered = tmp_path / "filtered.gpkg"
    parameters = {"URL": url, "CONNECTION": connection.name, "WHERE": "rank < 10", "download:OUTPUT": str(filtered)}
    processing.run(model, parameters, feedback=QgsProcessingFeedback(False))
    assert read_layer(filtered).featureCount() == 60  # ranks 0..9 in each hundred
    # ...and as the batch dialog does, one QgsProcessingAlgorithm.run per row, the connection found by URL.
    everything = tmp_path / "all.gpkg"
    row = {"URL": url, "download:OUTPUT": str(everything)}
    results, ok = model.run(row, QgsProcessingContext(), QgsProcessingFeedback(False))
    assert ok, results
    assert read_layer(everything).featureCount() == 600


# -- what fails, and how -------------------------------------------------------------------


def each_algorithm(root_url: str) -> list[tuple[str, dict]]:
    """Each algorithm, as run for the server at ``root_url`` (its points layer, for layers)."""
    points = f"{root_url}/rest/services/{POINTS}/FeatureServer/0"
    return [
        (GET_TOKEN, {"URL": root_url}),
        (TEST, {"URL": root_url}),
        (LOAD, {"URL": points}),
        (DOWNLOAD, {"URL": points, "OUTPUT": "TEMPORARY_OUTPUT"}),
    ]


def test_wrong_password(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE))
    api.add_connection(server.root_url, name="wrong", username="alice", password="not-her-password")
    for algorithm, parameters in each_algorithm(server.root_url):
        message = failure(algorithm, parameters)
        assert "refused the user name or password" in message, algorithm
    # A refused password is not tried again (accounts lock): the first run's refusal is reported
    # to the later ones; only testing signs in once more, since that is what a test is.
    assert server.count("generateToken") == 2
    ad_hoc = {"URL": server.root_url, "USERNAME": "alice", "PASSWORD": "also-wrong"}
    assert "refused the user name or password" in failure(GET_TOKEN, ad_hoc)
    assert "refused the user name or password" in failure(TEST, ad_hoc)


def test_unreachable_server(plugin):
    url = f"https://127.0.0.1:{closed_port()}/arcgis"
    api.add_connection(url, name="gone", username="alice", password=USERS["alice"][0])
    for algorithm, parameters in each_algorithm(url):
        assert "refused the connection: nothing answers" in failure(algorithm, parameters), algorithm


def test_untrusted_certificate(plugin, arcgis_emulator, tmp_path):
    stranger = add_users(arcgis_emulator(STANDALONE, ca=EmulatorCA(tmp_path / "other-ca.pem")))
    connect(stranger)
    for algorithm, parameters in each_algorithm(stranger.root_url):
        message = failure(algorithm, parameters)
        assert "The HTTPS certificate of" in message and "is not trusted" in message, algorithm
    assert not tokens_seen(stranger)


def test_no_connection(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE))
    other = add_users(arcgis_emulator(STANDALONE))
    connect(other)
    for algorithm, parameters in each_algorithm(server.root_url):
        message = failure(algorithm, parameters)
        assert "No ArcGIS Token Auth connection covers" in message, algorithm
        assert f"test {other.origin}" in message  # the connections there are, by name and id
        unknown = failure(algorithm, {**parameters, "CONNECTION": "Nonesuch"})
        assert "There is no ArcGIS Token Auth connection “Nonesuch”" in unknown
    assert "does not cover" in failure(LOAD, {"URL": layer_url(server), "CONNECTION": f"test {other.origin}"})
    assert not server.requests, "no connection: nothing was sent to that server"


def test_locked_auth_db_fails_at_once_saying_what_to_set(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE))
    connect(server)
    server.clear_log()
    auth = QgsApplication.authManager()
    auth.clearMasterPassword()
    try:
        for algorithm, parameters in each_algorithm(server.root_url):
            message = failure(algorithm, parameters)
            assert "authentication database is locked" in message, algorithm
            assert "QGIS_AUTH_PASSWORD_FILE" in message
    finally:
        assert auth.setMasterPassword(MASTER_PASSWORD, True)
    assert not [record for record in server.requests if record.endpoint == "generateToken"]


def test_a_secret_in_the_working_keyring_needs_no_master_password(plugin, arcgis_emulator, working_keyring, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=80))
    connection = connect(server, keep_secret_in="keyring")
    auth = QgsApplication.authManager()
    auth.clearMasterPassword()
    try:
        assert run(GET_TOKEN, {"CONNECTION": connection.name})["TOKEN"]
        assert run(TEST, {"CONNECTION": connection.name})["KIND"] == "standalone"
        result = run(DOWNLOAD, {"URL": layer_url(server), "OUTPUT": str(tmp_path / "k.gpkg")})
        assert result["FEATURE_COUNT"] == 80
        # A layer is another matter: QGIS opens its authcfg with the master password on every request.
        message = failure(LOAD, {"URL": layer_url(server)})
        assert "Layers that sign in through the connection" in message and "QGIS_AUTH_PASSWORD_FILE" in message
    finally:
        assert auth.setMasterPassword(MASTER_PASSWORD, True)


def test_a_keyring_that_cannot_be_used(plugin, arcgis_emulator, working_keyring):
    server = add_users(arcgis_emulator(STANDALONE))
    connection = connect(server, keep_secret_in="keyring")
    keyring.set_keyring(FailKeyring())  # as on a server without a keyring service
    message = failure(GET_TOKEN, {"CONNECTION": connection.id})
    assert "kept in the OS keyring, which cannot be used here" in message


def test_a_service_the_user_may_not_use(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE))
    connect(server, user="bob")  # bob may use Demo/Restricted only
    message = failure(DOWNLOAD, {"URL": layer_url(server), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "refused access (403)" in message


def test_bad_parameters_say_what_is_wrong(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE))
    connection = connect(server)
    url = layer_url(server)
    assert "Unable to complete operation" in failure(
        DOWNLOAD, {"URL": url, "WHERE": "nonsense ===", "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    assert "has no field nosuch" in failure(DOWNLOAD, {"URL": url, "FIELDS": ["nosuch"], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "either a connection, or a user name" in failure(
        GET_TOKEN, {"CONNECTION": connection.id, "USERNAME": "alice", "PASSWORD": "x"}
    )
    assert "enter it again" in failure(TEST, {"URL": server.root_url, "USERNAME": "alice", "PASSWORD": HIDDEN})
    assert "Choose a connection, or give a URL" in failure(GET_TOKEN, {})


def test_download_says_what_was_tried_when_renewing_did_not_help(plugin, arcgis_emulator, tmp_path):
    """The 498 advice only after a renewal did not help, and then with what was tried."""
    server = add_users(arcgis_emulator(STANDALONE, features=30))
    connect(server)
    server.settings.token_lifetime_seconds = 0.001  # every token this server issues from now on is dead at once
    message = failure(DOWNLOAD, {"URL": layer_url(server), "OUTPUT": str(tmp_path / "none.gpkg")})
    assert "even after the plugin signed in again and retried" in message
    assert "X-Esri-Authorization header" in message
    assert server.count("generateToken") >= 2, "it did sign in again"
