"""The token engine against the ArcGIS emulator, over HTTPS.

Every test captures the engine's log at DEBUG; afterwards no password, client
secret, API key or token that crossed the wire may appear in it.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Optional

import pytest
from arcgis_token_auth.plugin.core import errors
from arcgis_token_auth.plugin.core.cache import RenewalPolicy
from arcgis_token_auth.plugin.core.connection import Connection
from arcgis_token_auth.plugin.core.credentials import Secret
from arcgis_token_auth.plugin.core.discovery import ServerKind
from arcgis_token_auth.plugin.core.http import HttpClient, refuse_plain_http
from arcgis_token_auth.plugin.core.tokens import TokenSource
from arcgis_token_auth.plugin.core.transport import RequestAuth, Transport

from tests.emulator import PARAM, ArcGISEmulator, Settings
from tests.emulator.pytest_fixtures import USERS, Enterprise, add_users
from tests.unit.engine_harness import SECRETS, FakeClock, Harness, call, password_connection

# --- Standalone servers -------------------------------------------------------------------------------------


def test_standalone_server_token_works_on_its_services(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    layer = arcgis_server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(layer))
    assert h.engine.connection_for_url(layer + "/query?where=1%3D1").id == "c1"
    auth = h.engine.auth_for_request(layer + "?f=json", may_block=True)
    assert set(auth.headers) == {"X-Esri-Authorization", "Referer"}
    assert "error" not in call(layer + "?f=json", auth, arcgis_server.ca_file)
    generate = [r for r in arcgis_server.requests if r.endpoint == "generateToken"]
    assert len(generate) == 1
    assert generate[0].method == "POST" and generate[0].secure
    assert generate[0].form["password"] == "alice-secret" and "password" not in generate[0].query
    assert generate[0].form["client"] == "referer" and generate[0].form["expiration"] == "60"
    # The same prebuilt answer for every request of the server, no I/O.
    assert h.engine.auth_for_request(arcgis_server.services_url + "?f=json", may_block=False) is auth
    [(kind, connection_id, root, info)] = h.events
    assert (kind, connection_id, root) == ("token", "c1", arcgis_server.server_url)
    assert info.source is TokenSource.SERVER and info.ssl and info.expires > time.time() + 3000


def test_urls_of_no_connection_get_nothing(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    h.engine.add_connection(password_connection(arcgis_server.services_url))
    assert h.engine.auth_for_request("https://elsewhere.example.com/arcgis/rest", may_block=True) is None
    assert h.engine.connection_for_url(arcgis_server.origin + "/arcgisevil/rest") is None
    assert arcgis_server.requests == []


def test_64_threads_at_expiry_make_one_token_request(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    url = arcgis_server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url))
    first = h.engine.auth_for_request(url, may_block=True)
    before = arcgis_server.count("generateToken")
    h.clock.advance(3600)  # expired by the engine's clock
    barrier = threading.Barrier(64)
    results: list[Optional[RequestAuth]] = []

    def ask() -> None:
        barrier.wait()
        results.append(h.engine.auth_for_request(url, may_block=True))

    threads = [threading.Thread(target=ask) for _ in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert arcgis_server.count("generateToken") - before == 1
    assert len(results) == 64 and len({id(result) for result in results}) == 1
    assert results[0] is not first and results[0] is not None


def test_main_thread_never_blocks_and_renewal_follows(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    url = arcgis_server.service_url("Demo/Points")
    h.engine.add_connection(password_connection(url))
    arcgis_server.add_fault("latency", "generateToken", seconds=0.5)
    started = time.monotonic()
    assert h.engine.auth_for_request(url, may_block=False) is None  # nothing yet: scheduled
    assert time.monotonic() - started < 0.1  # it did not wait for the slow sign-in
    h.wait_for(lambda: h.engine.auth_for_request(url, may_block=False) is not None)
    fresh = h.engine.auth_for_request(url, may_block=False)
    h.clock.advance(3600 - 300)  # inside the renewal margin: the background renewal runs
    h.wait_for(lambda: len(h.tokens()) == 2)
    renewed = h.engine.auth_for_request(url, may_block=False)
    assert renewed is not fresh and "error" not in call(url + "?f=json", renewed, arcgis_server.ca_file)


def test_background_renewal_keeps_short_tokens_fresh(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator(settings=Settings(token_lifetime_seconds=2.0)))
    h = harness(renewal=RenewalPolicy(min_margin=1.0, min_interval=0.1))
    url = server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url))
    h.engine.auth_for_request(url, may_block=True)
    deadline = time.monotonic() + 4.5  # more than two lifetimes
    while time.monotonic() < deadline:
        auth = h.engine.auth_for_request(url, may_block=False)
        assert auth is not None and "error" not in call(url + "?f=json", auth, server.ca_file)
        time.sleep(0.2)
    assert len(h.tokens()) >= 3


def test_without_background_renewal_only_a_request_renews_and_nothing_runs_between_requests(
    harness, arcgis_emulator
) -> None:
    # QGIS Server's FastCGI processes: a thread running between requests can crash them (see OnRequestOnly).
    server = add_users(arcgis_emulator(settings=Settings(token_lifetime_seconds=2.0)))
    threads_before = {thread.name for thread in threading.enumerate()}
    h = harness(renewal=RenewalPolicy(min_margin=1.0, min_interval=0.1), background_renewal=False)
    assert not {t.name for t in threading.enumerate()} - threads_before, "no renewal thread"
    url = server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url))
    assert h.engine.auth_for_request(url, may_block=True) is not None
    time.sleep(2.5)  # past the token's renewal time and its expiry: nobody asked, nothing was sent
    assert server.count("generateToken") == 1
    auth = h.engine.auth_for_request(url, may_block=True)  # the request that finds it stale renews it
    assert auth is not None and "error" not in call(url + "?f=json", auth, server.ca_file)
    assert server.count("generateToken") == 2
    old = h.engine.token_info(url).token.reveal()
    assert h.engine.invalidate(url, token=old)  # a 498: dropped, and renewed by the next request only
    time.sleep(0.3)
    assert server.count("generateToken") == 2
    assert h.engine.auth_for_request(url, may_block=True) is not None
    assert server.count("generateToken") == 3


def test_invalidate_renews_at_once_and_only_once(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    url = arcgis_server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url, transport="x-esri"))
    auth = h.engine.auth_for_request(url, may_block=True)
    old = h.engine.token_info(url).token.reveal()
    arcgis_server.revoke_all_tokens()  # the server restarted: a 498 comes back
    assert call(url + "?f=json", auth, arcgis_server.ca_file)["error"]["code"] == 498
    assert h.engine.invalidate(url + "?f=json", token=old)
    assert not h.engine.invalidate(url, token=old)  # the rest of the burst
    auth = h.engine.auth_for_request(url, may_block=True)
    assert "error" not in call(url + "?f=json", auth, arcgis_server.ca_file)
    assert arcgis_server.count("generateToken") == 2
    assert not h.engine.invalidate("https://elsewhere.example.com/arcgis")


def test_renew_now_forces_a_new_token(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    url = arcgis_server.services_url
    h.engine.add_connection(password_connection(url))
    h.engine.auth_for_request(url, may_block=True)
    h.engine.renew_now("c1")
    h.wait_for(lambda: arcgis_server.count("generateToken") == 2 and len(h.tokens()) == 2)


# --- Federation, portals, ArcGIS Online ---------------------------------------------------------------------


def test_federated_server_by_exchange(harness, arcgis_enterprise: Enterprise) -> None:
    portal, server = arcgis_enterprise
    h = harness()
    url = server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url))
    auth = h.engine.auth_for_request(url, may_block=True)
    assert "error" not in call(url + "?f=json", auth, server.ca_file)
    exchange = [r for r in portal.requests if r.endpoint == "generateToken" and "serverUrl" in r.form]
    assert len(exchange) == 1 and exchange[0].form["serverUrl"] == server.server_url
    assert "password" not in exchange[0].form and exchange[0].headers["referer"] == "qgis-arcgis-token-auth"
    assert h.engine.token_info(url).source is TokenSource.EXCHANGE
    # The portal is covered too, with its own token.
    portal_self = portal.portal_url + "/sharing/rest/portals/self?f=json"
    assert h.engine.connection_for_url(portal_self).id == "c1"
    assert call(portal_self, h.engine.auth_for_request(portal_self, may_block=True), portal.ca_file)["user"]
    assert h.engine.server_roots("c1") == [server.server_url, portal.portal_url]


def test_federated_exchange_failure_falls_back_to_the_portal_token(harness, arcgis_enterprise: Enterprise) -> None:
    portal, server = arcgis_enterprise
    server.settings.token_exchange_fails = True
    h = harness()
    url = server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url))
    auth = h.engine.auth_for_request(url, may_block=True)
    assert "error" not in call(url + "?f=json", auth, server.ca_file)
    assert h.engine.token_info(url).source is TokenSource.PORTAL
    assert h.engine.token_info(url) == h.engine.token_info(portal.portal_url)
    assert h.errors() == []


def test_portal_connection_covers_its_federated_servers(harness, arcgis_enterprise: Enterprise) -> None:
    portal, server = arcgis_enterprise
    h = harness()
    h.engine.add_connection(password_connection(portal.portal_url + "/home/"))
    assert h.engine.connection_for_url(server.services_url) is None  # not discovered yet
    h.engine.auth_for_request(portal.portal_url + "/sharing/rest/portals/self", may_block=True)
    url = server.service_url("Demo/Restricted", layer=0)
    auth = h.engine.auth_for_request(url, may_block=True)
    assert "error" not in call(url + "?f=json", auth, server.ca_file)


def test_arcgis_online_password_and_hosted_services(harness, arcgis_online: ArcGISEmulator) -> None:
    h = harness()
    h.engine.add_connection(password_connection(arcgis_online.portal_url))
    info = h.engine.discover(arcgis_online.portal_url)
    assert info.kind is ServerKind.ONLINE
    url = arcgis_online.service_url("Demo/Points", layer=0)
    auth = h.engine.auth_for_request(url, may_block=True)
    assert "error" not in call(url + "?f=json", auth, arcgis_online.ca_file)
    assert arcgis_online.count("generateToken") == 1  # hosted services take the org's token as it is


def test_app_credentials_client_credentials(harness, arcgis_online: ArcGISEmulator) -> None:
    arcgis_online.add_app("my-app", SECRETS["app"])
    h = harness()
    h.engine.add_connection(Connection("app", "App", arcgis_online.portal_url, credential="app", username="my-app"))
    h.secrets["my-app"] = SECRETS["app"]
    url = arcgis_online.service_url("Demo/Points", layer=0)
    auth = h.engine.auth_for_request(url, may_block=True)
    assert "error" not in call(url + "?f=json", auth, arcgis_online.ca_file)
    [oauth] = [r for r in arcgis_online.requests if r.endpoint == "oauth2/token"]
    assert oauth.method == "POST" and oauth.form["grant_type"] == "client_credentials"
    assert "Referer" not in auth.headers  # app tokens are not referer-bound
    assert h.engine.token_info(arcgis_online.portal_url).source is TokenSource.APP


def test_api_key_is_used_as_it_is_and_warned_about(harness, arcgis_online: ArcGISEmulator) -> None:
    key = arcgis_online.add_api_key(expires_in=3 * 86400)
    h = harness(secrets={"key": key})
    expires = time.time() + 3 * 86400
    h.engine.add_connection(Connection("key", "Key", arcgis_online.portal_url, credential="api_key",
                                       api_key_expires=expires))  # fmt: skip
    url = arcgis_online.service_url("Demo/Points", layer=0)
    auth = h.engine.auth_for_request(url, may_block=True)
    assert "error" not in call(url + "?f=json", auth, arcgis_online.ca_file)
    assert arcgis_online.count("generateToken") == 0
    [warning] = h.errors()
    assert isinstance(warning, errors.ApiKeyExpiringError) and "expires on" in str(warning)


def test_an_expired_api_key_is_reported(harness, arcgis_online: ArcGISEmulator) -> None:
    h = harness(secrets={"key": "AAPK-old"})
    h.engine.add_connection(Connection("key", "Key", arcgis_online.portal_url, credential="api_key",
                                       api_key_expires=time.time() - 60))  # fmt: skip
    assert h.engine.auth_for_request(arcgis_online.portal_url + "/sharing/rest", may_block=True) is None
    assert [type(error) for error in h.errors()] == [errors.ApiKeyExpiredError]


def test_a_standalone_server_refuses_api_keys_clearly(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness(secrets={"key": "AAPK"})
    h.engine.add_connection(Connection("key", "Key", arcgis_server.services_url, credential="api_key"))
    assert h.engine.auth_for_request(arcgis_server.services_url, may_block=True) is None
    assert [type(error) for error in h.errors()] == [errors.UnsupportedCredentialError]


# --- Binding ------------------------------------------------------------------------------------------------


def test_referer_binding_sends_the_referer(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    url = arcgis_server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url, referer="my-qgis"))
    auth = h.engine.auth_for_request(url, may_block=True)
    assert auth.headers["Referer"] == "my-qgis"
    [generate] = [r for r in arcgis_server.requests if r.endpoint == "generateToken"]
    assert (generate.form["client"], generate.form["referer"]) == ("referer", "my-qgis")
    without_referer = RequestAuth({k: v for k, v in auth.headers.items() if k != "Referer"})
    assert call(url + "?f=json", without_referer, arcgis_server.ca_file)["error"]["code"] == 498
    assert "error" not in call(url + "?f=json", auth, arcgis_server.ca_file)


def test_request_ip_binding_sends_no_referer(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    url = arcgis_server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url, binding="requestip"))
    auth = h.engine.auth_for_request(url, may_block=True)
    assert set(auth.headers) == {"X-Esri-Authorization"}
    [generate] = [r for r in arcgis_server.requests if r.endpoint == "generateToken"]
    assert generate.form["client"] == "requestip" and "referer" not in generate.form
    assert "error" not in call(url + "?f=json", auth, arcgis_server.ca_file)


# --- Transport ----------------------------------------------------------------------------------------------


def test_auto_transport_detects_a_token_parameter_only_server(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator(settings=Settings(transports={PARAM})))
    h = harness()
    layer = server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(layer))
    query = layer + "/query?where=1%3D1&f=json"
    auth = h.engine.auth_for_request(query, may_block=True)
    assert auth.url is not None and "token=" in auth.url and set(auth.headers) == {"Referer"}
    assert "error" not in call(query, auth, server.ca_file)
    assert h.engine.discover(layer).transport is Transport.PARAM
    probes = len(server.requests)
    h.clock.advance(3600)
    h.engine.auth_for_request(query, may_block=True)  # renewed: the transport is remembered
    assert [r.endpoint for r in server.requests[probes:]] == ["generateToken"]


def test_auto_transport_sees_a_parameter_only_server_even_from_its_public_catalog(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator(settings=Settings(transports={PARAM})))
    h = harness()
    # The catalog answers anonymous requests: a valid token in an ignored header looks just like
    # one that was read. The decoy token tells them apart.
    h.engine.add_connection(password_connection(server.server_url))
    layer = server.service_url("Demo/Points", layer=0) + "?f=json"
    auth = h.engine.auth_for_request(layer, may_block=True)
    assert auth.url is not None and "error" not in call(layer, auth, server.ca_file)
    probes = [r for r in server.requests if r.endpoint == "catalog"]
    assert {r.error_code for r in probes} == {None, 498}, "one probe ignored, one read"


@pytest.mark.parametrize(("transport", "header"), [("x-esri", "x-esri-authorization"), ("bearer", "authorization")])
def test_explicit_header_transports(harness, arcgis_server: ArcGISEmulator, transport: str, header: str) -> None:
    h = harness()
    url = arcgis_server.service_url("Demo/Points", layer=0) + "?f=json"
    h.engine.add_connection(password_connection(url, transport=transport))
    assert "error" not in call(url, h.engine.auth_for_request(url, may_block=True), arcgis_server.ca_file)
    assert arcgis_server.requests[-1].transport == transport
    assert header in arcgis_server.requests[-1].headers


def test_explicit_param_transport(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    url = arcgis_server.service_url("Demo/Points", layer=0) + "?f=json&token=stale"
    h.engine.add_connection(password_connection(url, transport="param"))
    auth = h.engine.auth_for_request(url, may_block=True)
    assert auth.url.count("token=") == 1 and "token=stale" not in auth.url
    assert "error" not in call(url, auth, arcgis_server.ca_file)
    assert arcgis_server.requests[-1].transport == "param"


# --- Discovery ----------------------------------------------------------------------------------------------


def test_discovery_of_every_kind(harness, arcgis_server, arcgis_enterprise: Enterprise, arcgis_online) -> None:
    engine = harness().engine
    standalone = engine.discover(arcgis_server.service_url("Demo/Points", layer=0))
    assert (standalone.kind, standalone.version) == (ServerKind.STANDALONE, "11.3.0")
    assert standalone.token_endpoint == arcgis_server.token_url and standalone.portal is None
    portal, server = arcgis_enterprise
    federated = engine.discover(server.server_url)  # a bare root: tried as a server first
    assert federated.kind is ServerKind.FEDERATED and federated.portal.url == portal.portal_url
    assert federated.token_endpoint == portal.token_url
    assert engine.discover(portal.portal_url).kind is ServerKind.PORTAL  # then as a portal
    assert engine.discover(arcgis_online.origin + "/home/index.html").kind is ServerKind.ONLINE
    hosted = engine.discover(arcgis_online.service_url("Demo/Points"))
    assert (hosted.kind, hosted.portal.url) == (ServerKind.ONLINE, arcgis_online.portal_url)


@pytest.mark.parametrize("style", ["tokens-dir", "internal-host"])
def test_token_services_url_pitfalls(harness, arcgis_emulator, style: str) -> None:
    server = add_users(arcgis_emulator(settings=Settings(token_services_url_style=style)))
    h = harness()
    url = server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url))
    assert "error" not in call(url + "?f=json", h.engine.auth_for_request(url, may_block=True), server.ca_file)
    assert h.errors() == []


def test_admin_endpoint_answers_expires_as_a_string(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator())
    server.settings.token_services_url = server.server_url + "/admin/generateToken"
    h = harness()
    url = server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url))
    assert "error" not in call(url + "?f=json", h.engine.auth_for_request(url, may_block=True), server.ca_file)
    assert h.engine.token_info(url).expires > time.time()


def test_test_connection_reports_without_touching_the_engine(harness, arcgis_enterprise: Enterprise) -> None:
    portal, server = arcgis_enterprise
    h = harness()
    result = h.engine.test_connection(password_connection(server.service_url("Demo/Points")))
    assert result.ok and result.error is None
    assert result.server.kind is ServerKind.FEDERATED and result.transport is Transport.X_ESRI
    assert result.token.expires > time.time() and result.token.source is TokenSource.EXCHANGE
    assert h.engine.connections() == [] and h.events == []
    unknown = h.engine.test_connection(password_connection(server.services_url, username="nobody"))
    assert not unknown.ok and isinstance(unknown.error, errors.MissingSecretError)
    assert portal.count("generateToken") == 2  # the portal token and its exchange, for the first test only


def test_test_connection_uses_the_typed_secret_instead_of_the_stored_one(harness, arcgis_server) -> None:
    h = harness(secrets={"alice": "stored-but-outdated"})
    connection = password_connection(arcgis_server.services_url)
    typed = h.engine.test_connection(connection, Secret(USERS["alice"][0]))
    assert typed.ok, typed.error
    assert h.provided == [], "the secret provider was not asked"
    assert isinstance(h.engine.test_connection(connection).error, errors.InvalidCredentialsError)
    assert isinstance(h.engine.test_connection(connection, Secret("typo")).error, errors.InvalidCredentialsError)


# --- Errors -------------------------------------------------------------------------------------------------


def failure_of(h: Harness, connection: Connection) -> errors.ArcGISAuthError:
    result = h.engine.test_connection(connection)
    assert not result.ok
    return result.error


def test_wrong_password_is_reported_once_and_not_retried(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness(secrets={"alice": "wrong"})
    url = arcgis_server.services_url
    h.engine.add_connection(password_connection(url))
    for _ in range(10):  # a layer's many requests must not lock the account
        assert h.engine.auth_for_request(url, may_block=True) is None
    assert arcgis_server.count("generateToken") == 1
    [error] = h.errors()
    assert isinstance(error, errors.InvalidCredentialsError) and "case-sensitive" in str(error)
    h.secrets["alice"] = "alice-secret"
    h.engine.renew_now("c1")  # the user typed the password again
    h.wait_for(lambda: h.engine.token_info(url) is not None)


def test_real_http_status_codes_are_read_too(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator(settings=Settings(real_status_codes=True)))
    error = failure_of(harness(secrets={"alice": "wrong"}), password_connection(server.services_url))
    assert isinstance(error, errors.InvalidCredentialsError)


def test_locked_account(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator(settings=Settings(lockout_attempts=1)))
    error = failure_of(harness(secrets={"alice": "wrong"}), password_connection(server.services_url))
    assert isinstance(error, errors.AccountLockedError)


@pytest.mark.parametrize("option", ["saml_only", "mfa"])
def test_saml_and_mfa_accounts_need_the_browser(harness, arcgis_online, option: str) -> None:
    arcgis_online.add_user("carol", "carol-secret", **{option: True})
    h = harness(secrets={"carol": "carol-secret"})
    error = failure_of(h, Connection("c", "C", arcgis_online.portal_url, username="carol"))
    assert isinstance(error, errors.BrowserSignInRequiredError) and "OAuth2" in str(error)


def test_organisation_without_password_sign_in_gets_no_password(harness, arcgis_online) -> None:
    arcgis_online.settings.can_sign_in_arcgis = False
    error = failure_of(harness(), password_connection(arcgis_online.portal_url))
    assert isinstance(error, errors.BrowserSignInRequiredError)
    assert arcgis_online.count("generateToken") == 0


def test_ssl_required(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator(also_http=True))
    server.settings.token_services_url = server.http_origin + "/arcgis/tokens/generateToken"
    error = failure_of(harness(), password_connection(server.services_url))
    assert isinstance(error, errors.SSLRequiredError) and "https://" in str(error)


def test_token_endpoint_not_found(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator())
    server.settings.token_services_url = server.server_url + "/no/generateToken"
    error = failure_of(harness(), password_connection(server.services_url))
    assert isinstance(error, errors.TokenEndpointNotFoundError)


def test_unexpected_answer_shape(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator())
    # A public service's JSON: an answer, but no token in it.
    server.settings.token_services_url = server.service_url("Public/Landmarks") + "?next=/generateToken"
    error = failure_of(harness(), password_connection(server.services_url))
    assert isinstance(error, errors.UnexpectedResponseError)


@pytest.mark.parametrize(
    ("fault", "expected"),
    [("login-page", errors.NonJSONResponseError), ("non-json", errors.InvalidJSONResponseError)],
)
def test_html_or_non_json_answers(harness, arcgis_server: ArcGISEmulator, fault: str, expected: type) -> None:
    arcgis_server.add_fault(fault, "generateToken")
    error = failure_of(harness(), password_connection(arcgis_server.services_url))
    assert type(error) is expected  # more cases: tests/unit/test_core_diagnoses.py


def test_server_errors_behind_a_proxy(harness, arcgis_server: ArcGISEmulator) -> None:
    arcgis_server.add_fault("server-error", "rest/info")
    error = failure_of(harness(), password_connection(arcgis_server.services_url))
    assert isinstance(error, errors.ServerFailedError) and "502" in error.detail and "(HTTP 502)" in str(error)


def test_timeout(harness, arcgis_server: ArcGISEmulator) -> None:
    arcgis_server.add_fault("latency", "generateToken", seconds=1.0)
    h = harness(http=HttpClient(proxies={}, ca_bundle=str(arcgis_server.ca_file), timeout=(2.0, 0.3)))
    assert isinstance(failure_of(h, password_connection(arcgis_server.services_url)), errors.ServerTimeoutError)


def test_dropped_connection(harness, arcgis_server: ArcGISEmulator) -> None:
    arcgis_server.add_fault("drop", "generateToken")
    error = failure_of(harness(), password_connection(arcgis_server.services_url))
    assert isinstance(error, errors.ServerUnreachableError)


def test_connection_refused(harness, arcgis_emulator) -> None:
    server = arcgis_emulator()
    url = server.services_url
    server.stop()
    assert isinstance(failure_of(harness(), password_connection(url)), errors.ConnectionRefusedByServerError)


def test_unknown_host(harness) -> None:
    error = failure_of(harness(), password_connection("https://no-such-host.invalid/arcgis/rest/services"))
    assert isinstance(error, errors.ServerUnreachableError) and "resolve" in str(error)


def test_untrusted_certificate(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness(http=HttpClient(proxies={}))  # the system's CAs only
    error = failure_of(h, password_connection(arcgis_server.services_url))
    assert isinstance(error, errors.CertificateNotTrustedError) and "Certificate Manager" in str(error)
    h.engine.http.configure(proxies={}, ca_bundle=arcgis_server.ca_file.read_bytes())  # PEM data, as QGIS passes it
    assert h.engine.test_connection(password_connection(arcgis_server.services_url)).ok


def test_requests_go_through_the_given_proxy(harness, arcgis_server: ArcGISEmulator) -> None:
    dead_proxy = HttpClient(proxies={"https": "http://127.0.0.1:9"}, ca_bundle=str(arcgis_server.ca_file))
    error = failure_of(harness(http=dead_proxy), password_connection(arcgis_server.services_url))
    assert isinstance(error, errors.ServerUnreachableError) and "proxy" in str(error)
    assert arcgis_server.requests == []


def test_missing_secret(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness(secrets={})
    h.engine.add_connection(password_connection(arcgis_server.services_url, name="Work"))
    assert h.engine.auth_for_request(arcgis_server.services_url, may_block=True) is None
    [error] = h.errors()
    assert isinstance(error, errors.MissingSecretError) and "“Work”" in str(error) and "password" in str(error)
    assert arcgis_server.count("generateToken") == 0


def test_a_failing_secret_provider_means_a_missing_secret(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    h.engine._secret_provider = lambda connection: 1 / 0  # the integration's bug
    error = failure_of(h, password_connection(arcgis_server.services_url))
    assert isinstance(error, errors.MissingSecretError)


@pytest.mark.parametrize(
    ("code", "expected"),
    [(498, errors.InvalidTokenError), (499, errors.TokenRequiredError), (403, errors.PermissionDeniedError)],
)
def test_service_refusals(harness, arcgis_server: ArcGISEmulator, code: int, expected: type) -> None:
    h = harness(secrets={"bob": "bob-secret"})
    url = arcgis_server.service_url("Demo/Points", layer=0) + "?f=json"
    h.engine.add_connection(Connection("c1", "Bob", url, username="bob", transport="x-esri"))
    auth = h.engine.auth_for_request(url, may_block=True)
    if code == 498:
        auth = RequestAuth({**auth.headers, "X-Esri-Authorization": "Bearer forged"})
    elif code == 499:
        auth = RequestAuth({})
    answer = call(url, auth, arcgis_server.ca_file)  # bob may not use Demo/Points: 403
    error = errors.service_error(arcgis_server.origin, answer["error"]["code"])
    assert type(error) is expected and arcgis_server.origin in str(error)


# --- Security -----------------------------------------------------------------------------------------------


def test_token_requests_never_follow_a_redirect_elsewhere(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator())
    elsewhere = arcgis_emulator()
    server.add_fault("redirect", "generateToken", location=elsewhere.origin, status=307)
    error = failure_of(harness(), password_connection(server.services_url))
    assert isinstance(error, errors.RedirectRefusedError) and elsewhere.origin in str(error)
    assert elsewhere.requests == []


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_same_origin_redirects_keep_the_post(harness, arcgis_server: ArcGISEmulator, status: int) -> None:
    arcgis_server.add_fault("redirect", "generateToken", location=arcgis_server.origin, status=status, times=1)
    assert harness().engine.test_connection(password_connection(arcgis_server.services_url)).ok
    generate = [r for r in arcgis_server.requests if r.endpoint == "generateToken"]
    assert [r.method for r in generate] == ["POST", "POST"]
    assert generate[1].form["username"] == "alice"


def test_plain_http_is_refused_off_loopback(harness) -> None:
    h = harness()
    for url in ("http://gis.example.com/arcgis/tokens/generateToken", "http://10.1.2.3:6080/arcgis/x"):
        with pytest.raises(errors.PlainHTTPRefusedError):
            h.engine.http.post(url, {"password": "alice-secret"})  # refused before any connection
        with pytest.raises(errors.PlainHTTPRefusedError):
            h.engine.http.get(url, headers={"X-Esri-Authorization": "Bearer x"}, carries_secret=True)


def test_plain_http_off_loopback_needs_the_opt_in() -> None:
    # The rule itself: this workplace's tests talk to loopback only, so no server
    # listens on another address here; the refusal path is covered just above.
    for url in ("http://gis.example.com/arcgis/tokens/generateToken", "http://10.1.2.3:6080/arcgis/x"):
        with pytest.raises(errors.PlainHTTPRefusedError):
            refuse_plain_http(url, allow_plain_http=False)
        refuse_plain_http(url, allow_plain_http=True)  # the connection's explicit opt-in
    refuse_plain_http("http://127.0.0.1:8080/arcgis/x", allow_plain_http=False)  # loopback: allowed


def test_an_https_only_token_never_goes_over_plain_http(harness, arcgis_emulator) -> None:
    server = add_users(arcgis_emulator(also_http=True))
    server.settings.token_services_url = server.token_url  # signs in over HTTPS: "ssl": true
    h = harness()
    url = server.http_origin + "/arcgis/rest/services/Demo/Points/FeatureServer/0"
    h.engine.add_connection(password_connection(url))
    assert h.engine.auth_for_request(url, may_block=True) is None
    assert all(not record.tokens for record in server.requests if not record.secure)
    # Said as it is: no "signed in" for a token that layers could never use.
    assert [type(error) for error in h.errors()] == [errors.HttpsOnlyTokenError]
    result = h.engine.test_connection(password_connection(url))
    assert isinstance(result.error, errors.HttpsOnlyTokenError) and "https://" in str(result.error)


def test_connections_can_change_and_go(harness, arcgis_server: ArcGISEmulator) -> None:
    h = harness()
    url = arcgis_server.services_url
    connection = password_connection(url)
    h.engine.add_connection(connection)
    with pytest.raises(ValueError, match="exists"):
        h.engine.add_connection(connection)
    first = h.engine.auth_for_request(url, may_block=True)
    h.engine.update_connection(password_connection(url, referer="other"))
    second = h.engine.auth_for_request(url, may_block=True)
    assert second.headers["Referer"] == "other" and second is not first
    h.engine.remove_connection("c1")
    assert h.engine.auth_for_request(url, may_block=True) is None and h.engine.connections() == []


def test_shutdown_is_quick(harness) -> None:
    engine = harness().engine
    started = time.monotonic()
    engine.shutdown()
    assert time.monotonic() - started < 1.0


def test_fake_clock_sanity() -> None:
    clock = FakeClock()
    before = clock()
    clock.advance(100)
    assert clock() - before >= 100 and not math.isnan(clock())
