"""The emulator's ArcGIS Server token behaviour, over real HTTP(S) with `requests`."""

from __future__ import annotations

import time

import pytest
import requests

from tests.emulator import ArcGISEmulator
from tests.emulator.pytest_fixtures import REFERER, USERS, add_users, request_token

INVALID_TOKEN = {"error": {"code": 498, "message": "Invalid token.", "details": []}}
TOKEN_REQUIRED = {"error": {"code": 499, "message": "Token Required", "details": []}}
SSL_REQUIRED = {"error": {"code": 403, "message": "SSL Required", "details": []}}
NO_PERMISSION = {
    "error": {
        "code": 403,
        "message": "You do not have permissions to access this resource or perform this operation.",
        "details": [],
    }
}
BAD_CREDENTIALS = {
    "error": {"code": 400, "message": "Unable to generate token.", "details": ["Invalid username or password."]}
}


@pytest.fixture(params=["https", "http"])
def server(request, arcgis_emulator) -> ArcGISEmulator:
    """A standalone server with USERS, over HTTPS, or over plain HTTP allowing tokens there."""
    emulator = add_users(arcgis_emulator(https=request.param == "https"))
    emulator.settings.allow_http_token = request.param == "http"
    return emulator


def layer_url(server: ArcGISEmulator, name: str = "Demo/Points") -> str:
    return server.service_url(name, "FeatureServer", 0)


def get_layer(session, server, headers=None, params=None, name="Demo/Points") -> dict:
    return session.get(
        layer_url(server, name), params={"f": "json", **(params or {})}, headers=headers, timeout=10
    ).json()


def esri_headers(token: str, referer: str = REFERER) -> dict[str, str]:
    return {"X-Esri-Authorization": f"Bearer {token} ", "Referer": referer}


# ---------------------------------------------------------------- discovery


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_rest_info_describes_token_security(server, emulator_session, method):
    reply = emulator_session.request(method, f"{server.server_url}/rest/info", params={"f": "json"}, timeout=10)
    body = reply.json()
    assert body["currentVersion"] == 11.3
    assert body["authInfo"] == {
        "isTokenBasedSecurity": True,
        "tokenServicesUrl": f"{server.server_url}/tokens/generateToken",
        "shortLivedTokenValidity": 60,
    }
    assert "owningSystemUrl" not in body


def test_rest_info_without_f_is_the_html_directory(arcgis_server, emulator_session):
    reply = emulator_session.get(f"{arcgis_server.server_url}/rest/info", timeout=10)
    assert reply.headers["Content-Type"].startswith("text/html")
    assert "tokenServicesUrl" in reply.text


def test_token_services_url_can_end_in_tokens_directory_that_answers_html(arcgis_server, emulator_session):
    arcgis_server.settings.token_services_url_style = "tokens-dir"
    info = emulator_session.get(f"{arcgis_server.server_url}/rest/info", params={"f": "json"}, timeout=10).json()
    url = info["authInfo"]["tokenServicesUrl"]
    assert url == f"{arcgis_server.server_url}/tokens/"
    reply = emulator_session.post(url, data={"username": "alice", "password": "alice-secret", "f": "json"}, timeout=10)
    assert reply.headers["Content-Type"].startswith("text/html")
    assert arcgis_server.count("tokens") == 1


def test_token_services_url_can_name_an_unreachable_internal_host(arcgis_server, emulator_session):
    arcgis_server.settings.token_services_url_style = "internal-host"
    info = emulator_session.get(f"{arcgis_server.server_url}/rest/info", params={"f": "json"}, timeout=10).json()
    assert info["authInfo"]["tokenServicesUrl"] == "https://internal-gis.invalid/arcgis/tokens/generateToken"
    arcgis_server.settings.token_services_url = "https://elsewhere.invalid/tokens"
    info = emulator_session.get(f"{arcgis_server.server_url}/rest/info", params={"f": "json"}, timeout=10).json()
    assert info["authInfo"]["tokenServicesUrl"] == "https://elsewhere.invalid/tokens"


# ---------------------------------------------------------------- generateToken


def test_generate_token_answers_token_expiry_in_ms_and_ssl_flag(server, emulator_session):
    before = time.time()
    body = request_token(emulator_session, server.token_url)
    assert set(body) == {"token", "expires", "ssl"}
    assert body["ssl"] is server.https
    assert before + 3600 - 5 <= body["expires"] / 1000 <= time.time() + 3600 + 5


def test_generate_token_refuses_get(arcgis_server, emulator_session):
    params = {"username": "alice", "password": "alice-secret", "client": "referer", "referer": REFERER, "f": "json"}
    body = emulator_session.get(arcgis_server.token_url, params=params, timeout=10).json()
    assert body["error"]["code"] == 405
    assert "token" not in body
    arcgis_server.settings.allow_get_token = True
    assert "token" in emulator_session.get(arcgis_server.token_url, params=params, timeout=10).json()


def test_generate_token_over_plain_http_requires_ssl(arcgis_emulator, emulator_session):
    server = add_users(arcgis_emulator(https=False))
    assert request_token(emulator_session, server.token_url) == SSL_REQUIRED
    server.settings.allow_http_token = True
    assert request_token(emulator_session, server.token_url)["ssl"] is False


def test_https_server_with_http_listener_refuses_tokens_over_http(arcgis_emulator, emulator_session):
    server = add_users(arcgis_emulator(also_http=True))
    http_root = server.http_origin + server.site_path
    assert request_token(emulator_session, f"{http_root}/tokens/generateToken") == SSL_REQUIRED
    token = request_token(emulator_session, server.token_url)["token"]
    http_layer = f"{http_root}/rest/services/Demo/Points/FeatureServer/0"
    assert emulator_session.get(http_layer, params={"f": "json"}, headers=esri_headers(token), timeout=10).json() == (
        SSL_REQUIRED
    )
    assert get_layer(emulator_session, server, esri_headers(token))["name"] == "Points"


def test_missing_client_is_refused_with_code_201(server, emulator_session):
    body = request_token(emulator_session, server.token_url, client="", referer="")
    assert body == {
        "error": {"code": 201, "message": "Client ID is required for long expiration tokens", "details": []}
    }
    server.settings.require_client = False
    token = request_token(emulator_session, server.token_url, client="", referer="")["token"]
    assert get_layer(emulator_session, server, {"X-Esri-Authorization": f"Bearer {token}"})["name"] == "Points"


def test_client_referer_needs_a_referer(server, emulator_session):
    body = request_token(emulator_session, server.token_url, referer="")
    assert body["error"]["code"] == 400
    assert body["error"]["message"] == "Unable to generate token."


@pytest.mark.parametrize(("username", "password"), [("alice", "wrong"), ("Alice", "alice-secret"), ("nobody", "x")])
def test_bad_credentials_are_refused_and_usernames_are_case_sensitive(server, emulator_session, username, password):
    form = {"username": username, "password": password, "client": "referer", "referer": REFERER, "f": "json"}
    assert emulator_session.post(server.token_url, data=form, timeout=10).json() == BAD_CREDENTIALS


def test_expiration_is_capped_silently_at_the_maximum(server, emulator_session):
    now = time.time()
    short = request_token(emulator_session, server.token_url, expiration="5")
    assert abs(short["expires"] / 1000 - (now + 300)) < 5
    capped = request_token(emulator_session, server.token_url, expiration="100000")
    assert abs(capped["expires"] / 1000 - (now + 1440 * 60)) < 5


def test_tokens_expire_after_the_configured_seconds(server, emulator_session):
    server.settings.token_lifetime_seconds = 0.5
    body = request_token(emulator_session, server.token_url, expiration="60")
    assert body["expires"] / 1000 - time.time() < 0.6
    assert get_layer(emulator_session, server, esri_headers(body["token"]))["name"] == "Points"
    time.sleep(max(0.0, body["expires"] / 1000 - time.time()) + 0.05)
    assert get_layer(emulator_session, server, esri_headers(body["token"])) == INVALID_TOKEN


def test_repeated_failures_lock_the_user_out_even_with_the_right_password(server, emulator_session):
    server.settings.lockout_attempts = 3
    server.settings.lockout_seconds = 0.3
    form = {"username": "alice", "password": "wrong", "client": "referer", "referer": REFERER, "f": "json"}
    for _ in range(2):
        assert emulator_session.post(server.token_url, data=form, timeout=10).json() == BAD_CREDENTIALS
    locked = emulator_session.post(server.token_url, data=form, timeout=10).json()
    assert locked["error"]["details"] == ["Too many invalid logon attempts. Please try again later."]
    assert "Too many invalid logon attempts" in request_token(emulator_session, server.token_url)["error"]["details"][0]
    time.sleep(0.35)
    assert "token" in request_token(emulator_session, server.token_url)


def test_saml_only_and_mfa_users_are_refused_with_recognisable_messages(server, emulator_session):
    server.add_user("sam", "pw", saml_only=True)
    server.add_user("mia", "pw", mfa=True)
    form = {"password": "pw", "client": "referer", "referer": REFERER, "f": "json"}
    saml = emulator_session.post(server.token_url, data={**form, "username": "sam"}, timeout=10).json()
    mfa = emulator_session.post(server.token_url, data={**form, "username": "mia"}, timeout=10).json()
    assert saml["error"]["code"] == 400
    assert "SAML" in saml["error"]["details"][0]
    assert mfa["error"]["code"] == 400
    assert "Multifactor" in mfa["error"]["details"][0]
    wrong = emulator_session.post(server.token_url, data={**form, "username": "mia", "password": "x"}, timeout=10)
    assert wrong.json() == BAD_CREDENTIALS


def test_admin_generate_token_answers_in_admin_shapes(arcgis_server, emulator_session):
    admin_url = f"{arcgis_server.server_url}/admin/generateToken"
    body = request_token(emulator_session, admin_url)
    assert isinstance(body["expires"], str)
    assert int(body["expires"]) > time.time() * 1000
    refused = request_token(emulator_session, admin_url, password="wrong")
    assert refused == {
        "status": "error",
        "messages": ["Unable to generate token.", "Invalid username or password."],
        "code": 400,
    }


# ---------------------------------------------------------------- sending tokens


@pytest.mark.parametrize(
    ("transport", "how"),
    [
        ("x-esri", lambda t: {"headers": {"X-Esri-Authorization": f"Bearer   {t}  "}}),
        ("bearer", lambda t: {"headers": {"Authorization": f"Bearer {t}"}}),
        ("param", lambda t: {"params": {"token": t}}),
        ("body", lambda t: {"data": {"token": t}}),
        ("raw-authorization", lambda t: {"headers": {"Authorization": t}}),
    ],
    ids=["x-esri-with-spaces", "authorization-bearer", "token-query", "token-form", "raw-authorization"],
)
def test_each_token_transport_is_accepted(server, emulator_session, transport, how):
    server.settings.transports = {transport}
    token = request_token(emulator_session, server.token_url)["token"]
    options = how(token)
    method = "POST" if "data" in options else "GET"
    options.setdefault("params", {})["f"] = "json"
    options.setdefault("headers", {})["Referer"] = REFERER
    reply = emulator_session.request(method, layer_url(server), timeout=10, **options).json()
    assert reply["name"] == "Points"
    record = server.requests[-1]
    assert (record.transport, record.token) == (transport, token)


def test_a_legacy_server_reads_only_the_token_parameter(server, emulator_session):
    server.settings.transports = {"param"}
    token = request_token(emulator_session, server.token_url)["token"]
    assert get_layer(emulator_session, server, esri_headers(token)) == TOKEN_REQUIRED
    assert server.requests[-1].tokens == {"x-esri": token}
    assert server.requests[-1].transport is None
    assert get_layer(emulator_session, server, {"Referer": REFERER}, {"token": token})["name"] == "Points"


def test_a_server_can_refuse_a_token_where_it_does_not_read_one(server, emulator_session):
    """The behaviour met on a GeoServices server in the wild: token= in the query string and a raw
    Authorization header are read, X-Esri-Authorization is ignored, a token in a POST body gets 498."""
    server.settings.transports = {"param", "raw-authorization"}
    server.settings.rejected_transports = {"body"}
    token = request_token(emulator_session, server.token_url)["token"]
    assert get_layer(emulator_session, server, esri_headers(token)) == TOKEN_REQUIRED  # ignored
    assert get_layer(emulator_session, server, {"Referer": REFERER, "Authorization": token})["name"] == "Points"
    body = emulator_session.post(layer_url(server), data={"token": token, "f": "json"}, headers={"Referer": REFERER},
                                 timeout=10).json()  # fmt: skip
    assert body == INVALID_TOKEN


def test_a_server_without_a_services_directory(server, emulator_session):
    server.settings.catalog = False
    token = request_token(emulator_session, server.token_url)["token"]
    catalog = emulator_session.get(server.services_url, params={"f": "json"}, headers=esri_headers(token), timeout=10)
    assert catalog.status_code == 404 and catalog.headers["Content-Type"].startswith("text/html")
    assert get_layer(emulator_session, server, esri_headers(token))["name"] == "Points"


def test_referer_bound_tokens_need_the_exact_referer(server, emulator_session):
    token = request_token(emulator_session, server.token_url)["token"]
    assert get_layer(emulator_session, server, {"X-Esri-Authorization": f"Bearer {token}"}) == INVALID_TOKEN
    assert get_layer(emulator_session, server, esri_headers(token, REFERER + "/other")) == INVALID_TOKEN
    assert get_layer(emulator_session, server, esri_headers(token))["name"] == "Points"


def test_ip_bound_tokens_are_checked_against_the_client_address(server, emulator_session):
    request_ip = request_token(emulator_session, server.token_url, client="requestip", referer="")["token"]
    assert get_layer(emulator_session, server, {"Authorization": f"Bearer {request_ip}"})["name"] == "Points"
    other_ip = request_token(emulator_session, server.token_url, client="ip", ip="10.1.2.3", referer="")["token"]
    assert get_layer(emulator_session, server, {"Authorization": f"Bearer {other_ip}"}) == INVALID_TOKEN
    this_ip = request_token(emulator_session, server.token_url, client="ip", ip="127.0.0.1", referer="")["token"]
    assert get_layer(emulator_session, server, {"Authorization": f"Bearer {this_ip}"})["name"] == "Points"


def test_revoking_all_tokens_invalidates_issued_tokens(server, emulator_session):
    token = request_token(emulator_session, server.token_url)["token"]
    assert get_layer(emulator_session, server, esri_headers(token))["name"] == "Points"
    server.revoke_all_tokens()
    assert get_layer(emulator_session, server, esri_headers(token)) == INVALID_TOKEN
    fresh = request_token(emulator_session, server.token_url)["token"]
    assert get_layer(emulator_session, server, esri_headers(fresh))["name"] == "Points"


def test_secured_public_and_forbidden_services(server, emulator_session):
    assert get_layer(emulator_session, server) == TOKEN_REQUIRED
    assert get_layer(emulator_session, server, name="Public/Landmarks")["name"] == "Points"
    assert get_layer(emulator_session, server, esri_headers("forged"), name="Public/Landmarks") == INVALID_TOKEN
    bob = request_token(emulator_session, server.token_url, "bob")["token"]
    assert get_layer(emulator_session, server, esri_headers(bob)) == NO_PERMISSION
    assert get_layer(emulator_session, server, esri_headers(bob), name="Demo/Restricted")["name"] == "Points"


def test_a_token_of_another_server_is_refused(arcgis_emulator, emulator_session):
    first, second = add_users(arcgis_emulator()), add_users(arcgis_emulator())
    token = request_token(emulator_session, first.token_url)["token"]
    assert get_layer(emulator_session, second, esri_headers(token)) == INVALID_TOKEN
    assert second.requests[-1].token == token  # the log shows which origin received which token
    assert get_layer(emulator_session, first, esri_headers(token))["name"] == "Points"


def test_real_http_status_codes_when_configured(server, emulator_session):
    server.settings.real_status_codes = True
    url = layer_url(server)
    assert emulator_session.get(url, params={"f": "json"}, timeout=10).status_code == 499
    assert emulator_session.get(url, params={"f": "json"}, headers=esri_headers("x"), timeout=10).status_code == 498
    bob = request_token(emulator_session, server.token_url, "bob")["token"]
    assert emulator_session.get(url, params={"f": "json"}, headers=esri_headers(bob), timeout=10).status_code == 403
    bad = emulator_session.post(server.token_url, data={"username": "bob", "password": "x", "f": "json"}, timeout=10)
    assert bad.status_code == 400
    assert bad.json() == BAD_CREDENTIALS


def test_errors_are_http_200_by_default(server, emulator_session):
    reply = emulator_session.get(layer_url(server), params={"f": "json"}, timeout=10)
    assert reply.status_code == 200
    assert reply.json() == TOKEN_REQUIRED


def test_issue_token_makes_a_usable_token_without_a_request(server, emulator_session):
    token = server.issue_token("alice", referer=REFERER, lifetime=30)
    assert get_layer(emulator_session, server, esri_headers(token))["name"] == "Points"
    assert server.count("generateToken") == 0
    assert USERS["alice"][0] not in str(server.requests[-1].headers)


def test_certificate_covers_localhost_too(arcgis_server, emulator_session):
    url = f"https://localhost:{arcgis_server.origin.rsplit(':', 1)[1]}{arcgis_server.site_path}/rest/info"
    assert emulator_session.get(url, params={"f": "json"}, timeout=10).json()["currentVersion"] == 11.3
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(url, params={"f": "json"}, verify=True, timeout=10)  # the system CAs do not know it


def test_stopping_closes_the_port_and_open_connections(emulator_ca, emulator_session):
    with ArcGISEmulator.start(ca=emulator_ca) as server:
        url = f"{server.server_url}/rest/info"
        assert emulator_session.get(url, params={"f": "json"}, timeout=10).status_code == 200
    with pytest.raises(requests.ConnectionError):
        emulator_session.get(url, params={"f": "json"}, timeout=10)
