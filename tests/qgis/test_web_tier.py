"""Layers behind a web tier, in real QGIS: the web server in front of ArcGIS asks for a client certificate
(mutual TLS), for Basic credentials or for Windows sign-in (NTLM) before ArcGIS sees a request, ArcGIS
issues the token to the user the web tier let through, and every request QGIS makes carries both — the web
tier's sign-in and the token in X-Esri-Authorization — across token renewals. Refusals say which layer
refused; nothing secret is kept."""

from __future__ import annotations

import base64
import json
import logging
import time

import pytest
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsBlockingNetworkRequest,
    QgsCredentials,
    QgsMapRendererParallelJob,
    QgsNetworkAccessManager,
    QgsNetworkRequestParameters,
    QgsProject,
    QgsRectangle,
    QgsSettings,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkAccessManager, QNetworkRequest

from tests.emulator import PORTAL, STANDALONE
from tests.qgis.integration import feature_layer, map_layer, wait_for
from tests.qgis.rendering import painted_pixels, render
from tests.qgis.test_credentials import ScriptedUser

WEB_PASSWORD = "alice-web-tier-secret"
FEATURES = 1000  # the emulator's default points per service
WORLD = QgsRectangle(-180, -90, 180, 90)


@pytest.fixture
def plugin_log(caplog):
    """Everything the plugin logs, down to DEBUG (the level where requests are logged)."""
    caplog.set_level(logging.DEBUG, logger="arcgis_token_auth")
    return caplog


PIN = "smart-card-pin"  # the passphrase of alice's key


@pytest.fixture
def pki_configs(trusted_ca, tmp_path):
    """Makes PKI-Paths configs of QGIS's auth DB with a client certificate of alice's, its key encrypted with
    PIN: ``make(keeps_pin=True, revoked=False)`` → the config's id. Removed after the test."""
    made = []

    def make(*, keeps_pin: bool = True, revoked: bool = False) -> str:
        issued = trusted_ca.issue_client_certificate("alice", folder=tmp_path, passphrase=PIN, revoked=revoked)
        config = QgsAuthMethodConfig("PKI-Paths")
        config.setName(f"Alice's smart card {len(made)}")
        config.setConfig("certpath", str(issued.cert_file))
        config.setConfig("keypath", str(issued.key_file))
        if keeps_pin:
            config.setConfig("keypass", PIN)
        stored = QgsApplication.authManager().storeAuthenticationConfig(config)
        assert stored[0] if isinstance(stored, tuple) else stored
        made.append(config.id())
        return config.id()

    yield make
    for config_id in made:
        QgsApplication.authManager().removeAuthenticationConfig(config_id)


def draws_and_reads(server, keep: bool = False) -> tuple[int, int]:
    """(features read from the server, pixels drawn by its map service) through a fresh layer each;
    ``keep``: the layers stay in the project. Drawn with QGIS's events flowing, as on the desktop (a Windows
    web tier's challenges are answered on the main thread: see ``render``)."""
    QgsNetworkAccessManager.instance().cache().clear()
    layer = feature_layer(server)
    assert layer.isValid(), layer.dataProvider().error().message() if layer.dataProvider() else "no provider"
    count = sum(1 for _ in layer.getFeatures())
    drawing = map_layer(server)
    if keep:
        QgsProject.instance().addMapLayers([layer, drawing])
    return count, painted_pixels(render(drawing, QgsMapRendererParallelJob, WORLD, 64, with_events=True))


def qgis_requests(server) -> list:
    """What QGIS itself asked (not the plugin's own sign-in and probes, sent with its user agent)."""
    return [record for record in server.requests if "ArcGIS-Token-Auth" not in (record.header("User-Agent") or "")]


def assert_nothing_secret_kept(folder, plugin_log, *secrets: str) -> None:
    """Neither the plugin's log, QGIS's settings nor a project holding the layers contain any of ``secrets``."""
    settings = QgsSettings()
    stored = json.dumps({key: str(settings.value(key)) for key in settings.allKeys()})
    project = folder / "project.qgs"
    assert QgsProject.instance().write(str(project))
    written = stored + project.read_text(encoding="utf-8") + plugin_log.text
    assert [secret for secret in secrets if secret and secret in written] == []


def test_a_pki_federated_layer_loads_and_draws_with_certificate_and_token_across_renewals(
    plugin, arcgis_emulator, pki_configs, tmp_path, plugin_log
):
    from arcgis_token_auth import api

    portal = arcgis_emulator(PORTAL, web_tier="client-certificate")
    portal.add_web_tier_user("alice")
    server = arcgis_emulator(STANDALONE, owning_portal=portal, web_tier="client-certificate")
    portal.settings.token_lifetime_seconds = server.settings.token_lifetime_seconds = 4.0
    pki_config = pki_configs()
    connection = api.add_connection(portal.portal_url, name="PKI portal", web_tier="client-certificate",
                                    client_certificate=pki_config)  # fmt: skip
    assert connection.credential.value == "web_tier" and connection.certificate_config == pki_config
    plugin.service.engine.sign_in(portal.portal_url)
    first = draws_and_reads(server, keep=True)
    tokens_before = {record.token for record in qgis_requests(server) if record.token}
    time.sleep(4.5)  # the first tokens expired: only renewed ones work now
    second = draws_and_reads(server)
    assert first[0] == second[0] == FEATURES and first[1] > 0 and second[1] > 0
    seen = qgis_requests(server)
    assert {record.web_tier_user for record in seen} == {"alice"}  # every request passed the web tier as alice
    assert [r.path for r in seen if r.token is None or r.error_code is not None] == []
    assert {record.token for record in seen} - tokens_before, "a renewed token was used"
    assert all(record.transport == "x-esri" for record in seen if record.token)
    assert not server.handshake_failures and not portal.handshake_failures
    assert_nothing_secret_kept(tmp_path, plugin_log, PIN, *tokens_before)


def test_a_basic_web_tier_layer_loads_and_draws_across_renewals(plugin, arcgis_emulator, tmp_path, plugin_log):
    from arcgis_token_auth import api

    server = arcgis_emulator(STANDALONE, web_tier="basic")
    server.add_web_tier_user("alice", WEB_PASSWORD)
    server.settings.token_lifetime_seconds = 4.0
    api.add_connection(server.root_url, name="Basic web tier", web_tier="basic", username="alice",
                       password=WEB_PASSWORD)  # fmt: skip
    first = draws_and_reads(server, keep=True)
    time.sleep(4.5)
    second = draws_and_reads(server)
    assert first[0] == second[0] == FEATURES and first[1] > 0 and second[1] > 0
    seen = qgis_requests(server)
    assert seen and {record.web_tier_user for record in seen} == {"alice"}
    assert [r.path for r in server.requests if r.web_tier_refused] == []
    assert all(record.transport == "x-esri" for record in seen if record.token)
    assert len({record.token for record in seen if record.token}) >= 2  # renewed
    assert_nothing_secret_kept(tmp_path, plugin_log, WEB_PASSWORD, *(record.token for record in seen))


def test_a_windows_web_tier_federated_layer_loads_and_draws_across_renewals(
    plugin, arcgis_emulator, tmp_path, plugin_log
):
    from arcgis_token_auth import api

    portal = arcgis_emulator(PORTAL, web_tier="ntlm")
    portal.add_web_tier_user("alice", WEB_PASSWORD)
    server = arcgis_emulator(STANDALONE, owning_portal=portal, web_tier="ntlm")
    portal.settings.token_lifetime_seconds = server.settings.token_lifetime_seconds = 4.0
    user = ScriptedUser([])  # QGIS's credentials prompt: each question is recorded and cancelled
    try:
        api.add_connection(portal.portal_url, name="Windows portal", web_tier="windows", username="alice",
                           password=WEB_PASSWORD)  # fmt: skip
        plugin.service.engine.sign_in(portal.portal_url)
        first = draws_and_reads(server, keep=True)
        time.sleep(4.5)  # the first tokens expired: only renewed ones work now
        second = draws_and_reads(server)
        assert user.prompts == []
        # The answer QgsCredentials held for QGIS desktop's handler was taken back: asking for it prompts.
        assert QgsCredentials.instance().get(f" at {server.host}", "", "")[0] is False and len(user.prompts) == 1
    finally:
        user.restore()
    assert first[0] == second[0] == FEATURES and first[1] > 0 and second[1] > 0
    seen = qgis_requests(server)
    challenged = [record for record in seen if record.web_tier_refused]  # a new TCP connection's first request
    signed_in = [record for record in seen if not record.web_tier_refused]
    assert challenged and {record.web_tier_user for record in signed_in} == {"alice"}
    handshakes = [record for record in seen if (record.header("Authorization") or "").startswith("NTLM ")]
    assert handshakes and not [r for r in seen if (r.header("Authorization") or "").lower().startswith("basic")]
    assert [r.path for r in signed_in if r.token is None or r.error_code is not None] == []
    assert all(record.transport == "x-esri" for record in signed_in)
    assert len({record.token for record in signed_in}) >= 2  # renewed
    assert_nothing_secret_kept(tmp_path, plugin_log, WEB_PASSWORD, *(record.token for record in signed_in))


def qgis_get(url: str) -> tuple[QgsBlockingNetworkRequest.ErrorCode, int]:
    """(QGIS's error code, the HTTP status) of a GET through QGIS's network manager."""
    request = QgsBlockingNetworkRequest()
    error = request.get(QNetworkRequest(QUrl(url)), True)
    return error, request.reply().attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)


def credentials_sent(records) -> list[str]:
    """The ``Authorization`` headers that carried a credential: Basic's, or NTLM's Type 3 answer (its
    Type 1 message only opens the handshake)."""
    sent = []
    for record in records:
        scheme, _, value = (record.header("Authorization") or "").partition(" ")
        if scheme and not (scheme == "NTLM" and base64.b64decode(value)[8:9] == b"\x01"):
            sent.append(scheme)
    return sent


def test_a_windows_password_never_answers_a_basic_challenge_and_never_goes_to_qt_over_plain_http(
    plugin, arcgis_emulator
):
    from arcgis_token_auth import api

    server = arcgis_emulator(STANDALONE, web_tier="ntlm")
    server.add_web_tier_user("alice", WEB_PASSWORD)
    api.add_connection(server.root_url, name="Windows", web_tier="windows", username="alice", password=WEB_PASSWORD)
    assert draws_and_reads(server)[0] == FEATURES  # signed in: QGIS's requests carry the Windows sign-in
    server.settings.web_tier = "basic"  # the server now asks for Basic, whose answer is the password itself
    since = len(server.requests)
    assert qgis_get(server.service_url("Demo/Points", "MapServer") + "?f=json")[1] == 401
    asked = [record for record in server.requests[since:] if record in qgis_requests(server)]
    assert asked and all(record.web_tier_refused for record in asked) and credentials_sent(asked) == []

    # Over plain HTTP Qt never gets the password: Qt answers a Basic challenge without a realm from the
    # origin's cached sign-in, and anyone on the network could send one. The plugin's own requests work.
    plain = arcgis_emulator(STANDALONE, https=False, web_tier="ntlm")
    plain.settings.allow_http_token = True  # a server whose administrator allows sign-ins over HTTP
    plain.add_web_tier_user("alice", WEB_PASSWORD)
    connection = api.add_connection(plain.root_url, name="Windows over HTTP", web_tier="windows", username="alice",
                                    password=WEB_PASSWORD, allow_plain_http=True)  # fmt: skip
    assert plugin.service.test_connection(connection).ok
    plain.settings.web_tier_realm = ""
    for web_tier in ("ntlm", "basic"):
        plain.settings.web_tier = web_tier
        since = len(plain.requests)
        assert qgis_get(plain.service_url("Demo/Points", "MapServer") + "?f=json")[1] == 401
        asked = [record for record in plain.requests[since:] if record in qgis_requests(plain)]
        assert asked and all(record.web_tier_refused for record in asked) and credentials_sent(asked) == []


def test_a_windows_connections_server_redirecting_elsewhere_gets_its_sign_in_nowhere_else(plugin, arcgis_emulator):
    """A hostile or misconfigured server of the connection redirects QGIS's requests to another NTLM site
    that knows the same user: QGIS follows, the other site challenges, and the Windows sign-in stays home."""
    from arcgis_token_auth import api

    server = arcgis_emulator(STANDALONE, web_tier="ntlm")
    elsewhere = arcgis_emulator(STANDALONE, web_tier="ntlm")
    for site in (server, elsewhere):
        site.add_web_tier_user("alice", WEB_PASSWORD)
    api.add_connection(server.root_url, name="Windows", web_tier="windows", username="alice", password=WEB_PASSWORD)
    assert draws_and_reads(server)[0] == FEATURES  # signed in: QGIS's requests to the server sign in
    server.add_fault("redirect", "/MapServer", location=elsewhere.origin, status=302)
    assert qgis_get(server.service_url("Demo/Points", "MapServer") + "?f=json")[1] == 401
    followed = qgis_requests(elsewhere)
    assert followed, "QGIS followed the redirect (else this test proves nothing)"
    assert all(record.web_tier_refused for record in followed) and credentials_sent(followed) == []


def test_challenges_met_together_all_find_the_answer_until_the_last_is_answered(plugin, arcgis_emulator):
    """QGIS's signals in an order two render threads' challenges can reach the main thread in: both asked
    before either is answered. QGIS desktop's handler reads the answer from QgsCredentials for each (played
    here by reading it and putting it back, as that handler does): it is there for both, and gone after."""
    from arcgis_token_auth import api

    server = arcgis_emulator(STANDALONE, web_tier="ntlm")
    server.add_web_tier_user("alice", WEB_PASSWORD)
    api.add_connection(server.root_url, name="Windows", web_tier="windows", username="alice", password=WEB_PASSWORD)
    assert draws_and_reads(server)[0] == FEATURES  # signed in, and the desktop path is listening
    manager, key = QgsNetworkAccessManager.instance(), f" at {server.host}"
    request = QNetworkRequest(QUrl(server.service_url("Demo/Points", "MapServer") + "?f=json"))

    def desktop_handler_reads() -> tuple:
        read = QgsCredentials.instance().get(key, "", "")
        if read[0]:
            QgsCredentials.instance().put(key, read[1], read[2])
        return tuple(read)

    user = ScriptedUser([])
    try:
        for request_id in (900001, 900002):
            parameters = QgsNetworkRequestParameters(QNetworkAccessManager.Operation.GetOperation, request, request_id)
            manager.requestAboutToBeCreated[QgsNetworkRequestParameters].emit(parameters)
        manager.requestRequiresAuth.emit(900001, "")
        manager.requestRequiresAuth.emit(900002, "")
        assert desktop_handler_reads() == (True, "alice", WEB_PASSWORD)
        manager.requestAuthDetailsAdded.emit(900001, "", "alice", WEB_PASSWORD)
        assert desktop_handler_reads() == (True, "alice", WEB_PASSWORD) and user.prompts == []
        manager.requestAuthDetailsAdded.emit(900002, "", "alice", WEB_PASSWORD)
        assert QgsCredentials.instance().get(key, "", "")[0] is False and len(user.prompts) == 1
    finally:
        user.restore()


def test_wrong_missing_and_refused_sign_ins_say_which_layer_refused(plugin, arcgis_emulator, pki_configs):
    from arcgis_token_auth import api
    from arcgis_token_auth.plugin.core import errors

    basic = arcgis_emulator(STANDALONE, web_tier="basic")
    basic.add_web_tier_user("alice", WEB_PASSWORD)
    wrong = api.add_connection(basic.root_url, name="Wrong", web_tier="basic", username="alice", password="nope")
    assert isinstance(plugin.service.test_connection(wrong).error, errors.WebTierRefusedError)

    pki = arcgis_emulator(STANDALONE, web_tier="client-certificate")
    pki.add_web_tier_user("alice")
    plain = api.add_connection(pki.root_url, name="No certificate", username="alice", password="alice-secret")
    assert isinstance(plugin.service.test_connection(plain).error, errors.ClientCertificateRequiredError)

    refused = api.add_connection(pki.root_url, name="Revoked", web_tier="client-certificate",
                                 client_certificate=pki_configs(revoked=True))  # fmt: skip
    error = plugin.service.test_connection(refused).error
    assert isinstance(error, errors.ClientCertificateRefusedError), error


def test_a_key_passphrase_the_config_does_not_keep_is_asked_once_on_the_desktop(
    plugin, arcgis_emulator, pki_configs, plugin_log, tmp_path
):
    from arcgis_token_auth import api
    from arcgis_token_auth.plugin.core import errors

    server = arcgis_emulator(STANDALONE, web_tier="client-certificate")
    server.add_web_tier_user("alice")
    server.settings.token_lifetime_seconds = 3.0
    headless = api.add_connection(server.root_url, name="PIN not stored", web_tier="client-certificate",
                                  client_certificate=pki_configs(keeps_pin=False))  # fmt: skip
    error = plugin.service.test_connection(headless).error
    assert isinstance(error, errors.WebTierUnavailableError) and "passphrase" in str(error), error

    user = ScriptedUser(["not-the-pin", PIN])
    try:
        plugin.service.prompt.interactive = True  # as in QGIS desktop
        plugin.service.renew_now(headless.id)
        wait_for(lambda: plugin.service.token_info(headless.id) is not None, 20)
        assert len(user.prompts) == 2 and all("passphrase" in prompt for prompt in user.prompts)  # wrong, then right
        assert draws_and_reads(server)[0] == FEATURES
        time.sleep(3.5)  # renewed: the typed passphrase serves, no prompt again
        assert draws_and_reads(server)[0] == FEATURES and len(user.prompts) == 2
    finally:
        user.restore()
        plugin.service.prompt.interactive = False
    assert_nothing_secret_kept(tmp_path, plugin_log, PIN, "not-the-pin")
