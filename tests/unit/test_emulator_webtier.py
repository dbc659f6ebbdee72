"""The emulator's web tier (webtier.py): HTTP Basic, NTLM and client certificates in front of ArcGIS,
over real HTTPS with `requests`."""

from __future__ import annotations

import base64
import socket
import ssl
import sys
import time

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from tests.emulator import ArcGISEmulator, EmulatorCA
from tests.emulator.pytest_fixtures import REFERER, add_users

HOST = socket.gethostname().upper()

TOKEN_REQUIRED = {"error": {"code": 499, "message": "Token Required", "details": []}}
INVALID_TOKEN = {"error": {"code": 498, "message": "Invalid token.", "details": []}}
CAROL = ("carol", "carol-web-secret")  # a web-tier user without an ArcGIS password
# A refused TLS handshake: requests reports the server's alert as an SSLError (TLS 1.2), or as a
# connection error when TLS 1.3 delivers the alert after the client's side of the handshake.
HANDSHAKE_REFUSED = (requests.exceptions.SSLError, requests.exceptions.ConnectionError)


def layer_url(server: ArcGISEmulator) -> str:
    return server.service_url("Demo/Points", "FeatureServer", 0)


def esri(token: str) -> dict[str, str]:
    return {"X-Esri-Authorization": f"Bearer {token}", "Referer": REFERER}


def last(server: ArcGISEmulator):
    return server.requests[-1]


def handshake_failures(server: ArcGISEmulator, expected: int = 1) -> list[str]:
    """The server's handshake failures, once it noted them: its thread may note one just after the client
    read the alert."""
    deadline = time.monotonic() + 5
    while len(server.handshake_failures) < expected and time.monotonic() < deadline:
        time.sleep(0.01)
    return server.handshake_failures


# ---------------------------------------------------------------- HTTP Basic


@pytest.fixture
def basic_server(arcgis_emulator) -> ArcGISEmulator:
    server = add_users(arcgis_emulator(web_tier="basic"))
    server.add_web_tier_user("alice", "alice-web-secret")
    server.add_web_tier_user(*CAROL)
    return server


def test_basic_web_tier_answers_401_with_a_challenge_before_arcgis(basic_server, emulator_session):
    reply = emulator_session.get(f"{basic_server.server_url}/rest/info", params={"f": "json"}, timeout=10)
    assert reply.status_code == 401
    assert reply.headers["WWW-Authenticate"] == 'Basic realm="ArcGIS Web Adaptor"'
    assert reply.headers["Content-Type"].startswith("text/html")
    assert "401 - Unauthorized" in reply.text
    record = last(basic_server)
    assert (record.web_tier_refused, record.web_tier_user, record.endpoint) == (True, None, "web-tier")
    assert basic_server.count("rest/info") == 0


@pytest.mark.parametrize(
    ("credentials", "status"),
    [
        (("alice", "alice-web-secret"), 200),
        (("ALICE", "alice-web-secret"), 200),  # names compare case-insensitively, as on Windows
        (("alice", "wrong"), 401),
        (("alice", "alice-secret"), 401),  # the ArcGIS password is not the web tier's
        (("mallory", "alice-web-secret"), 401),
    ],
)
def test_basic_web_tier_checks_the_password(basic_server, emulator_session, credentials, status):
    url = f"{basic_server.server_url}/rest/info"
    reply = emulator_session.get(url, params={"f": "json"}, auth=credentials, timeout=10)
    assert reply.status_code == status
    record = last(basic_server)
    assert record.web_tier_refused is (status == 401)
    assert record.web_tier_user == ("alice" if status == 200 else None)


def test_basic_web_tier_token_without_password_travels_in_x_esri_authorization(basic_server, emulator_session):
    auth = ("alice", "alice-web-secret")
    form = {"f": "json", "referer": REFERER}  # no username, no password: the web tier says who signs in
    body = emulator_session.post(basic_server.token_url, data=form, auth=auth, timeout=10).json()
    assert set(body) == {"token", "expires", "ssl"}
    layer = emulator_session.get(
        layer_url(basic_server), params={"f": "json"}, headers=esri(body["token"]), auth=auth, timeout=10
    ).json()
    assert layer["name"] == "Points"
    record = last(basic_server)
    assert (record.web_tier_user, record.transport, record.token) == ("alice", "x-esri", body["token"])
    # Bound to the referer it was asked for: another referer is refused by ArcGIS.
    other = {**esri(body["token"]), "Referer": "https://elsewhere.test/"}
    assert emulator_session.get(layer_url(basic_server), params={"f": "json"}, headers=other, auth=auth,
                                timeout=10).json() == INVALID_TOKEN  # fmt: skip


def test_basic_web_tier_leaves_no_room_for_a_token_in_authorization(basic_server, emulator_session):
    form = {"f": "json", "referer": REFERER}
    token = emulator_session.post(basic_server.token_url, data=form, auth=("alice", "alice-web-secret"),
                                  timeout=10).json()["token"]  # fmt: skip
    headers = {"Authorization": f"Bearer {token}", "Referer": REFERER}
    reply = emulator_session.get(layer_url(basic_server), params={"f": "json"}, headers=headers, timeout=10)
    assert reply.status_code == 401  # Authorization holds no Basic credentials: the web tier refuses
    assert last(basic_server).web_tier_refused
    assert basic_server.count("layer") == 0


def test_a_web_tier_user_without_arcgis_password_gets_tokens_only_through_the_web_tier(basic_server, emulator_session):
    form = {"username": "carol", "password": "carol-web-secret", "client": "referer", "referer": REFERER, "f": "json"}
    body = emulator_session.post(basic_server.token_url, data=form, auth=CAROL, timeout=10).json()
    assert body["error"]["details"] == ["Invalid username or password."]
    body = emulator_session.post(basic_server.token_url, data={"f": "json", "referer": REFERER}, auth=CAROL,
                                 timeout=10).json()  # fmt: skip
    assert "token" in body
    # An ArcGIS user that is also a web-tier user keeps its ArcGIS password.
    form = {"username": "alice", "password": "alice-secret", "client": "referer", "referer": REFERER, "f": "json"}
    assert "token" in emulator_session.post(basic_server.token_url, data=form, auth=CAROL, timeout=10).json()


def test_web_tier_token_request_without_referer_needs_a_client(basic_server, emulator_session):
    body = emulator_session.post(basic_server.token_url, data={"f": "json"}, auth=CAROL, timeout=10).json()
    assert body["error"]["code"] == 201


def test_web_tier_identity_grants_access_when_the_server_says_so(basic_server, emulator_session):
    auth = ("alice", "alice-web-secret")
    assert emulator_session.get(layer_url(basic_server), params={"f": "json"}, auth=auth,
                                timeout=10).json() == TOKEN_REQUIRED  # fmt: skip
    basic_server.settings.web_tier_grants_access = True
    layer = emulator_session.get(layer_url(basic_server), params={"f": "json"}, auth=auth, timeout=10).json()
    assert layer["name"] == "Points"
    assert last(basic_server).token is None


def test_portal_with_basic_web_tier_issues_portal_and_federated_server_tokens(arcgis_emulator, emulator_session):
    portal = add_users(arcgis_emulator("portal", web_tier="basic"))
    portal.add_web_tier_user(*CAROL, services=["Demo/Points"])
    server = arcgis_emulator("standalone", owning_portal=portal, web_tier="basic")  # its web tier knows the portal's
    portal.settings.token_lifetime_seconds = server.settings.token_lifetime_seconds = 1.5
    body = emulator_session.post(portal.token_url, data={"f": "json", "referer": REFERER}, auth=CAROL,
                                 timeout=10).json()  # fmt: skip
    portal_token = body["token"]
    me = emulator_session.get(f"{portal.portal_url}/sharing/rest/community/self", params={"f": "json"},
                              headers=esri(portal_token), auth=CAROL, timeout=10).json()  # fmt: skip
    assert me["username"] == "carol"
    form = {"request": "getToken", "serverUrl": server.server_url, "referer": REFERER, "f": "json"}
    server_token = emulator_session.post(portal.token_url, data=form, auth=CAROL, timeout=10).json()["token"]
    for token in (portal_token, server_token):
        layer = emulator_session.get(layer_url(server), params={"f": "json"}, headers=esri(token), auth=CAROL,
                                     timeout=10).json()  # fmt: skip
        assert layer["name"] == "Points"
        assert last(server).web_tier_user == "carol"
    time.sleep(1.6)  # tokens issued through the web tier expire like any other
    for token in (portal_token, server_token):
        assert emulator_session.get(layer_url(server), params={"f": "json"}, headers=esri(token), auth=CAROL,
                                    timeout=10).json() == INVALID_TOKEN  # fmt: skip


# ---------------------------------------------------------------- NTLM


@pytest.fixture
def ntlm_server(arcgis_emulator) -> ArcGISEmulator:
    server = add_users(arcgis_emulator(web_tier="ntlm"))
    server.add_web_tier_user("alice", "alice-windows-secret")
    return server


@pytest.fixture
def ntlm_auth():
    import requests_ntlm  # a test dependency (requirements-dev.txt)
    return requests_ntlm.HttpNtlmAuth


def test_ntlm_web_tier_offers_negotiate_and_ntlm(ntlm_server, emulator_session):
    reply = emulator_session.get(f"{ntlm_server.server_url}/rest/info", params={"f": "json"}, timeout=10)
    assert reply.status_code == 401
    assert reply.headers["WWW-Authenticate"] == "Negotiate, NTLM"  # two headers, as requests joins them
    assert reply.headers["Content-Type"].startswith("text/html")
    assert ntlm_server.count("rest/info") == 0


# The challenge names this host as its target, as a workgroup IIS does: Qt signs in as HOST\alice.
@pytest.mark.parametrize("username", ["alice", "EMULATOR\\alice", "emulator\\Alice", f"{HOST}\\alice"])
def test_ntlm_handshake_signs_the_connection_in(ntlm_server, emulator_session, ntlm_auth, username):
    emulator_session.auth = ntlm_auth(username, "alice-windows-secret")
    url = f"{ntlm_server.server_url}/rest/info"
    reply = emulator_session.get(url, params={"f": "json"}, timeout=10)
    assert reply.status_code == 200
    records = ntlm_server.requests
    assert [r.status for r in records] == [401, 401, 200]  # no credentials, Type 1 → Type 2, Type 3
    assert [r.header("authorization").split()[0] for r in records[1:]] == ["NTLM", "NTLM"]
    assert [r.web_tier_user for r in records] == [None, None, "alice"]
    # The connection is signed in: the next request on it passes without any Authorization header.
    assert emulator_session.get(url, params={"f": "json"}, timeout=10).status_code == 200
    assert (last(ntlm_server).header("authorization"), last(ntlm_server).web_tier_user) == (None, "alice")
    # Another connection is not.
    with requests.Session() as other:
        other.trust_env = False
        assert other.get(url, verify=str(ntlm_server.ca_file), timeout=10).status_code == 401


@pytest.mark.parametrize(
    ("username", "password"),
    [("alice", "wrong"), ("OTHERDOMAIN\\alice", "alice-windows-secret"), ("mallory", "alice-windows-secret")],
)
def test_ntlm_handshake_refuses_wrong_credentials(ntlm_server, emulator_session, ntlm_auth, username, password):
    emulator_session.auth = ntlm_auth(username, password)
    reply = emulator_session.get(f"{ntlm_server.server_url}/rest/info", params={"f": "json"}, timeout=10)
    assert reply.status_code == 401
    assert all(record.web_tier_refused for record in ntlm_server.requests)


def test_ntlm_servers_keep_their_own_users(arcgis_emulator, emulator_session, ntlm_auth, ntlm_server):
    other = arcgis_emulator(web_tier="ntlm")
    other.add_web_tier_user("alice", "another-secret")
    emulator_session.auth = ntlm_auth("alice", "alice-windows-secret")
    assert emulator_session.get(f"{other.server_url}/rest/info", timeout=10).status_code == 401
    assert emulator_session.get(f"{ntlm_server.server_url}/rest/info", timeout=10).status_code == 200


def test_negotiate_with_spnego_tokens(ntlm_server, emulator_session):
    import spnego  # a test dependency (requirements-dev.txt)
    client = spnego.client("alice", "alice-windows-secret", hostname="127.0.0.1", protocol="negotiate")
    url = f"{ntlm_server.server_url}/rest/info"
    token = client.step()
    assert token[0] == 0x60  # an SPNEGO NegTokenInit, not raw NTLM
    reply = emulator_session.get(url, headers={"Authorization": f"Negotiate {base64.b64encode(token).decode()}"},
                                 timeout=10)  # fmt: skip
    assert reply.status_code == 401
    scheme, challenge = reply.headers["WWW-Authenticate"].split()
    assert scheme == "Negotiate"
    token = client.step(base64.b64decode(challenge))
    reply = emulator_session.get(url, headers={"Authorization": f"Negotiate {base64.b64encode(token).decode()}"},
                                 timeout=10)  # fmt: skip
    assert reply.status_code == 200
    assert last(ntlm_server).web_tier_user == "alice"


def test_ntlm_token_travels_in_x_esri_authorization_never_in_authorization(ntlm_server, emulator_session, ntlm_auth):
    emulator_session.auth = ntlm_auth("alice", "alice-windows-secret")
    body = emulator_session.post(ntlm_server.token_url, data={"f": "json", "referer": REFERER}, timeout=10).json()
    token = body["token"]
    assert emulator_session.get(layer_url(ntlm_server), params={"f": "json"}, headers=esri(token),
                                timeout=10).json()["name"] == "Points"  # fmt: skip
    assert last(ntlm_server).transport == "x-esri"
    # On the signed-in connection, a token in Authorization reaches ArcGIS but is not read as one.
    emulator_session.auth = None
    headers = {"Authorization": f"Bearer {token}", "Referer": REFERER}
    reply = emulator_session.get(layer_url(ntlm_server), params={"f": "json"}, headers=headers, timeout=10)
    assert reply.json() == TOKEN_REQUIRED
    record = last(ntlm_server)
    assert (record.web_tier_user, record.tokens, record.transport) == ("alice", {"bearer": token}, None)


def test_ntlm_web_tier_without_pyspnego_fails_at_start(monkeypatch, emulator_ca):
    monkeypatch.setitem(sys.modules, "spnego", None)  # what `import spnego` does when it is not installed
    with pytest.raises(RuntimeError, match="pyspnego"):
        ArcGISEmulator("standalone", web_tier="ntlm", ca=emulator_ca)


# ---------------------------------------------------------------- client certificates (PKI)


@pytest.fixture(scope="module")
def certificates(emulator_ca: EmulatorCA, tmp_path_factory):
    """Client certificates of the session CA (and one of another CA), issued once for the module."""
    folder = tmp_path_factory.mktemp("client-certificates")
    return {
        "alice": emulator_ca.issue_client_certificate("alice", folder=folder),
        "alice-passphrase": emulator_ca.issue_client_certificate("alice", folder=folder, passphrase="key pass"),
        "expired": emulator_ca.issue_client_certificate("alice", folder=folder, expired=True),
        "revoked": emulator_ca.issue_client_certificate("alice", folder=folder, revoked=True),
        "other-ca": EmulatorCA(folder / "other-ca.pem").issue_client_certificate("alice", folder=folder),
        "dave": emulator_ca.issue_client_certificate("dave", folder=folder),
        "alice.smith": emulator_ca.issue_client_certificate("alice.smith", folder=folder),
    }


@pytest.fixture
def pki_server(arcgis_emulator) -> ArcGISEmulator:
    server = add_users(arcgis_emulator(web_tier="client-certificate"))
    server.add_web_tier_user("alice")
    server.add_web_tier_user("bob", "bob-web-secret", certificate=False)
    return server


def cert_pair(certificate) -> tuple[str, str]:
    return str(certificate.cert_file), str(certificate.key_file)


def test_pki_web_tier_lets_a_good_certificate_through(pki_server, emulator_session, certificates):
    reply = emulator_session.get(f"{pki_server.server_url}/rest/info", params={"f": "json"},
                                 cert=cert_pair(certificates["alice"]), timeout=10)  # fmt: skip
    assert reply.status_code == 200
    assert last(pki_server).web_tier_user == "alice"
    assert pki_server.handshake_failures == []


def test_pki_web_tier_refuses_a_handshake_without_certificate(pki_server, emulator_session):
    with pytest.raises(HANDSHAKE_REFUSED):
        emulator_session.get(f"{pki_server.server_url}/rest/info", timeout=10)
    assert pki_server.requests == []
    assert handshake_failures(pki_server) == ["PEER_DID_NOT_RETURN_A_CERTIFICATE"]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("expired", "certificate has expired"),
        ("revoked", "certificate revoked"),
        ("other-ca", "unable to get local issuer certificate"),
    ],
)
def test_pki_web_tier_refuses_bad_certificates(pki_server, emulator_session, certificates, name, reason):
    with pytest.raises(HANDSHAKE_REFUSED):
        emulator_session.get(f"{pki_server.server_url}/rest/info", cert=cert_pair(certificates[name]), timeout=10)
    assert pki_server.requests == []
    assert handshake_failures(pki_server) == [reason]


def test_a_certificate_revoked_later_is_refused_on_new_connections(pki_server, emulator_ca, emulator_session):
    certificate = emulator_ca.issue_client_certificate("alice")
    url = f"{pki_server.server_url}/rest/info"
    with requests.Session() as first:
        first.trust_env = False
        assert first.get(url, verify=str(pki_server.ca_file), cert=cert_pair(certificate), timeout=10).ok
        emulator_ca.revoke(certificate)
        with pytest.raises(HANDSHAKE_REFUSED):
            emulator_session.get(url, cert=cert_pair(certificate), timeout=10)
    assert handshake_failures(pki_server) == ["certificate revoked"]


def test_pki_certificate_of_no_web_tier_user_is_forbidden(pki_server, emulator_session, certificates):
    pki_server.add_web_tier_user("dave", certificate=False)
    reply = emulator_session.get(f"{pki_server.server_url}/rest/info", cert=cert_pair(certificates["dave"]),
                                 timeout=10)  # fmt: skip
    assert reply.status_code == 403
    assert reply.headers["Content-Type"].startswith("text/html")
    assert last(pki_server).web_tier_refused


def test_pki_certificate_subject_can_map_to_another_user(pki_server, emulator_session, certificates):
    pki_server.settings.certificate_users = {"alice.smith": "alice"}
    reply = emulator_session.get(f"{pki_server.server_url}/rest/info", cert=cert_pair(certificates["alice.smith"]),
                                 timeout=10)  # fmt: skip
    assert reply.status_code == 200
    assert last(pki_server).web_tier_user == "alice"


class _ClientContextAdapter(requests.adapters.HTTPAdapter):
    """Sends a client certificate from an SSLContext: requests cannot pass a key's passphrase itself."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self._context = context
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["ssl_context"] = self._context
        return super().init_poolmanager(*args, **kwargs)


def test_client_certificate_files_for_qgis_pki_configs(pki_server, emulator_ca, emulator_session, certificates):
    certificate = certificates["alice-passphrase"]
    assert b"ENCRYPTED PRIVATE KEY" in certificate.key_file.read_bytes()
    context = ssl.create_default_context(cafile=str(emulator_ca.ca_file))
    context.check_hostname = False  # urllib3 1.26 checks the host name itself (and sends no SNI for an IP address)
    context.load_cert_chain(certificate.cert_file, certificate.key_file, password=certificate.passphrase)
    emulator_session.mount("https://", _ClientContextAdapter(context))
    assert emulator_session.get(f"{pki_server.server_url}/rest/info", timeout=10).status_code == 200
    key, cert, chain = pkcs12.load_key_and_certificates(certificate.pkcs12_file.read_bytes(), b"key pass")
    assert key is not None
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "alice"
    assert cert.serial_number == certificate.serial_number
    assert [c.subject for c in chain] == [x509.load_pem_x509_certificate(emulator_ca.ca_file.read_bytes()).subject]
    clear = certificates["alice"]
    assert pkcs12.load_key_and_certificates(clear.pkcs12_file.read_bytes(), None)[0] is not None


def test_pki_portal_issues_tokens_to_the_certificate_user(arcgis_emulator, emulator_session, certificates):
    portal = add_users(arcgis_emulator("portal", web_tier="client-certificate"))
    portal.add_web_tier_user("alice")
    server = arcgis_emulator("standalone", owning_portal=portal, web_tier="client-certificate")
    emulator_session.cert = cert_pair(certificates["alice"])
    portal_token = emulator_session.post(portal.token_url, data={"f": "json", "referer": REFERER},
                                         timeout=10).json()["token"]  # fmt: skip
    form = {"request": "getToken", "serverUrl": server.server_url, "referer": REFERER, "f": "json"}
    server_token = emulator_session.post(portal.token_url, data=form, timeout=10).json()["token"]
    for token in (portal_token, server_token):
        layer = emulator_session.get(layer_url(server), params={"f": "json"}, headers=esri(token), timeout=10).json()
        assert layer["name"] == "Points"
        assert (last(server).web_tier_user, last(server).transport) == ("alice", "x-esri")
    # A client-certificate web tier leaves Authorization to ArcGIS.
    headers = {"Authorization": f"Bearer {server_token}", "Referer": REFERER}
    assert emulator_session.get(layer_url(server), params={"f": "json"}, headers=headers,
                                timeout=10).json()["name"] == "Points"  # fmt: skip
    assert last(server).transport == "bearer"


def test_client_certificate_web_tier_needs_https(emulator_ca):
    with pytest.raises(ValueError, match="HTTPS"):
        ArcGISEmulator("standalone", https=False, web_tier="client-certificate")
