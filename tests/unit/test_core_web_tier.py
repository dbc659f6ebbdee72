"""The token engine behind a web tier: a client certificate (mutual TLS) or Basic / Windows credentials pass
the web server in front of ArcGIS on every request, ArcGIS issues the token to the web-tier user (no
password in the form), and the token then travels in X-Esri-Authorization. Each refusal says which layer
refused: the TLS handshake, the web tier's 401, or ArcGIS."""

from __future__ import annotations

import base64

import pytest
import requests
from arcgis_token_auth.plugin.core import errors
from arcgis_token_auth.plugin.core.connection import Connection, InvalidFieldError
from arcgis_token_auth.plugin.core.credentials import Secret
from arcgis_token_auth.plugin.core.webtier import ClientCertificate, ntlm_unavailable_reason

from tests.emulator import PORTAL, STANDALONE
from tests.emulator.certs import EmulatorCA

WEB_SECRETS = {"alice": "alice-web-secret", "mallory": "wrong"}


def web_tier_connection(url: str, web_tier: str, **options) -> Connection:
    options.setdefault("username", "alice" if web_tier != "client-certificate" else "")
    options.setdefault("certificate_config", "pki0001" if web_tier == "client-certificate" else "")
    return Connection(options.pop("id", "c1"), "Behind a web tier", url, credential="web_tier", web_tier=web_tier,
                      **options)  # fmt: skip


def certificate_of(issued) -> ClientCertificate:
    return ClientCertificate(issued.cert_file.read_bytes(), Secret(issued.key_file.read_text()))


def points(server) -> str:
    return server.service_url("Demo/Points", layer=0)


@pytest.fixture
def basic_server(arcgis_emulator):
    server = arcgis_emulator(STANDALONE, web_tier="basic")
    server.add_web_tier_user("alice", WEB_SECRETS["alice"])
    return server


def test_a_basic_web_tier_signs_in_and_the_token_goes_in_x_esri(harness, basic_server):
    h = harness(WEB_SECRETS)
    h.engine.add_connection(web_tier_connection(points(basic_server), "basic"))
    auth = h.engine.auth_for_request(points(basic_server), may_block=True)
    assert auth is not None and "X-Esri-Authorization" in auth.headers and "Authorization" not in auth.headers
    issued = [r for r in basic_server.requests if r.endpoint == "generateToken"]
    assert issued and all("password" not in r.form and r.web_tier_user == "alice" for r in issued)
    # Every request the engine sent passed the web tier as alice; none was refused there.
    assert {r.web_tier_user for r in basic_server.requests} == {"alice"}
    assert not any(r.web_tier_refused for r in basic_server.requests)


def test_which_layer_refused_is_said(harness, basic_server):
    h = harness(WEB_SECRETS)
    wrong = h.engine.test_connection(web_tier_connection(points(basic_server), "basic", username="mallory"))
    assert isinstance(wrong.error, errors.WebTierRefusedError) and "Basic" in str(wrong.error)
    none = h.engine.test_connection(Connection("c2", "No web tier", points(basic_server), username="alice"))
    assert isinstance(none.error, errors.WebTierSignInRequiredError), none.error
    good = h.engine.test_connection(web_tier_connection(points(basic_server), "basic"))
    assert good.ok and good.transport.value == "x-esri"


def test_the_web_tier_sign_in_goes_to_the_connections_servers_only(harness, basic_server, arcgis_emulator):
    other = arcgis_emulator(STANDALONE)
    h = harness(WEB_SECRETS)
    h.engine.add_connection(web_tier_connection(points(basic_server), "basic"))
    assert h.engine.auth_for_request(points(basic_server), may_block=True) is not None
    h.engine.http.get(other.server_url + "/rest/info", {"f": "json"})
    assert other.requests and [r for r in other.requests if r.header("Authorization")] == []


@pytest.fixture
def pki_portal(arcgis_emulator, emulator_ca: EmulatorCA):
    portal = arcgis_emulator(PORTAL, web_tier="client-certificate")
    portal.add_web_tier_user("alice")
    federated = arcgis_emulator(STANDALONE, owning_portal=portal, web_tier="client-certificate")
    return portal, federated


def test_a_client_certificate_signs_in_to_a_portal_and_its_federated_server(harness, pki_portal, emulator_ca):
    portal, federated = pki_portal
    certificate = certificate_of(emulator_ca.issue_client_certificate("alice"))
    h = harness({}, certificate_provider=lambda connection: certificate)
    h.engine.add_connection(web_tier_connection(portal.portal_url, "client-certificate"))
    h.engine.sign_in(portal.portal_url)  # the portal lists its servers at sign-in
    auth = h.engine.auth_for_request(points(federated), may_block=True)
    assert auth is not None, h.errors()
    # QGIS would send it with the certificate too: the emulator then answers the layer.
    assert {r.web_tier_user for r in federated.requests} == {"alice"}
    assert [r for r in portal.requests if r.endpoint == "generateToken" and "password" in r.form] == []


def test_a_missing_or_refused_certificate_is_said(harness, pki_portal, emulator_ca):
    portal, _federated = pki_portal
    h = harness({})
    without = h.engine.test_connection(Connection("c3", "No certificate", portal.portal_url, username="alice"))
    assert isinstance(without.error, errors.ClientCertificateRequiredError), without.error
    revoked = certificate_of(emulator_ca.issue_client_certificate("alice", revoked=True))
    h2 = harness({}, certificate_provider=lambda connection: revoked)
    refused = h2.engine.test_connection(web_tier_connection(portal.portal_url, "client-certificate"))
    assert isinstance(refused.error, errors.ClientCertificateRefusedError), refused.error
    unknown = harness({}).engine.test_connection(web_tier_connection(portal.portal_url, "client-certificate"))
    assert isinstance(unknown.error, errors.WebTierUnavailableError)  # no certificate provider: no QGIS


def test_the_token_is_usable_through_the_web_tier(harness, basic_server):
    h = harness(WEB_SECRETS)
    h.engine.add_connection(web_tier_connection(points(basic_server), "basic"))
    auth = h.engine.auth_for_request(points(basic_server), may_block=True)
    headers = dict(auth.headers)
    basic = base64.b64encode(f"alice:{WEB_SECRETS['alice']}".encode()).decode()
    answer = requests.get(points(basic_server), params={"f": "json"}, timeout=5, verify=str(basic_server.ca_file),
                          headers={**headers, "Authorization": f"Basic {basic}"}).json()  # fmt: skip
    assert answer.get("type") == "Feature Layer", answer
    # Without the web tier's credentials the same token gets no further than the web tier.
    refused = requests.get(points(basic_server), params={"f": "json"}, headers=headers, timeout=5,
                           verify=str(basic_server.ca_file))  # fmt: skip
    assert refused.status_code == 401 and basic_server.requests[-1].web_tier_refused


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"credential": "web_tier"}, "web_tier"),
        ({"web_tier": "basic", "username": "alice"}, "credential"),
        ({"web_tier": "basic", "credential": "web_tier"}, "username"),
        ({"web_tier": "basic", "credential": "web_tier", "username": "a", "transport": "bearer"}, "transport"),
        ({"web_tier": "client-certificate"}, "certificate_config"),
        ({"web_tier": "client-certificate", "certificate_config": "../x"}, "certificate_config"),
    ],
)
def test_a_web_tier_that_cannot_work_is_refused_naming_the_field(fields, field):
    with pytest.raises(InvalidFieldError) as refused:
        Connection("c", "n", "https://gis.example.com/arcgis", **fields)
    assert refused.value.field == field


def test_the_web_tier_is_stored_and_read_back():
    connection = web_tier_connection("https://gis.example.com/portal", "client-certificate")
    assert Connection.from_dict(connection.to_dict()) == connection
    assert connection.to_dict()["web_tier"] == "client-certificate"
    assert Connection.from_dict({"id": "c", "name": "n", "url": "https://h/arcgis"}).web_tier.value == "none"


def test_a_windows_web_tier_signs_in_with_ntlm(harness, arcgis_emulator):
    assert ntlm_unavailable_reason() is None, "requests-ntlm is a test dependency (requirements-dev.txt)"
    server = arcgis_emulator(STANDALONE, web_tier="ntlm")
    server.add_web_tier_user("alice", WEB_SECRETS["alice"])
    h = harness(WEB_SECRETS)
    h.engine.add_connection(web_tier_connection(points(server), "windows"))
    auth = h.engine.auth_for_request(points(server), may_block=True)
    assert auth is not None and "X-Esri-Authorization" in auth.headers, h.errors()
    issued = [r for r in server.requests if r.endpoint == "generateToken"]
    assert issued and all("password" not in r.form and r.web_tier_user == "alice" for r in issued)
    wrong = h.engine.test_connection(web_tier_connection(points(server), "windows", username="mallory"))
    assert isinstance(wrong.error, errors.WebTierRefusedError) and "NTLM" in str(wrong.error)
    # NTLM signs in the TCP connection: no request of another connection, nor one outside the
    # connection's roots on the same host, ever rides on alice's.
    with pytest.raises(errors.WebTierSignInRequiredError):
        h.engine.http.get(f"{server.origin}/elsewhere/rest/info", {"f": "json"})


def test_many_threads_resolve_a_web_tier_once_and_a_failure_is_asked_again():
    import threading
    import time as clock

    from arcgis_token_auth.plugin.core.credentials import WebTier
    from arcgis_token_auth.plugin.core.webtier import WebTierAuth, WebTierSource

    calls = []

    def resolve() -> WebTierAuth:
        calls.append(threading.get_ident())
        clock.sleep(0.05)  # reading QGIS's auth database takes a while: the others wait for this one
        if len(calls) == 1:
            raise errors.WebTierUnavailableError("https://h", reason="locked", connection_name="c")
        return WebTierAuth(WebTier.BASIC, "alice", Secret("pw"))

    source = WebTierSource(resolve)
    assert source.peek() is None
    with pytest.raises(errors.WebTierUnavailableError):
        source.auth()  # a failure is not kept
    results = []
    threads = [threading.Thread(target=lambda: results.append(source.auth())) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert len(calls) == 2 and len(results) == 16 and len({id(result) for result in results}) == 1
    assert source.peek() is results[0] and "pw" not in repr(results[0])
