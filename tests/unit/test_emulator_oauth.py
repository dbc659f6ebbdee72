"""The emulator's browser sign-in (OAuth 2.0 authorization code + PKCE), over real HTTPS."""

from __future__ import annotations

import time
from typing import Optional
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest
import requests

from tests.emulator import ArcGISEmulator
from tests.emulator.oauth import code_challenge, parse_sign_in_form
from tests.emulator.pytest_fixtures import REFERER, add_users

CLIENT_ID = "qgis-plugin"
VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"  # RFC 7636 appendix B
REDIRECT = "http://127.0.0.1:54321/"


@pytest.fixture
def portal(arcgis_emulator) -> ArcGISEmulator:
    portal = add_users(arcgis_emulator("portal"))
    portal.add_app(CLIENT_ID, redirect_uris=["http://127.0.0.1"])
    return portal


def sharing(portal: ArcGISEmulator, resource: str) -> str:
    return f"{portal.portal_url}/sharing/rest/oauth2/{resource}"


def authorize_url(portal: ArcGISEmulator, **overrides: str) -> str:
    params = {
        "client_id": CLIENT_ID,
        "response_type": "code",
        "redirect_uri": REDIRECT,
        "state": "xyz",
        "code_challenge": code_challenge(VERIFIER),
        "code_challenge_method": "S256",
        **overrides,
    }
    return f"{sharing(portal, 'authorize')}?{urlencode(params)}"


def sign_in(
    session: requests.Session, url: str, username: str = "alice", password: Optional[str] = None, action: str = ""
) -> requests.Response:
    """What a user does in the browser: open the page, fill in the form, submit it."""
    page = session.get(url, timeout=10)
    form = parse_sign_in_form(page.text)
    data = {**form.fields, "username": username, "password": password or f"{username}-secret"}
    if action:
        data["action"] = action
    return session.post(urljoin(url, form.action), data=data, allow_redirects=False, timeout=10)


def redirected(answer: requests.Response) -> dict[str, str]:
    assert answer.status_code == 302, answer.text
    location = answer.headers["Location"]
    assert location.startswith(REDIRECT)
    return dict(parse_qsl(urlsplit(location).query))


def token(session: requests.Session, portal: ArcGISEmulator, **form: str) -> dict:
    return session.post(sharing(portal, "token"), data={"client_id": CLIENT_ID, **form}, timeout=10).json()


def exchange(session: requests.Session, portal: ArcGISEmulator, code: str, **form: str) -> dict:
    data = {"grant_type": "authorization_code", "code": code, "code_verifier": VERIFIER, "redirect_uri": REDIRECT}
    return token(session, portal, **{**data, **form})


def signed_in(session: requests.Session, portal: ArcGISEmulator, username: str = "alice") -> dict:
    return exchange(session, portal, redirected(sign_in(session, authorize_url(portal), username))["code"])


def oauth_error(body: dict) -> tuple[int, str]:
    error = body["error"]
    assert error["message"] == error["error_description"] and error["details"] == []
    return error["code"], error["error"]


def community_self(session: requests.Session, portal: ArcGISEmulator, access_token: str) -> dict:
    url = f"{portal.portal_url}/sharing/rest/community/self"
    return session.get(url, params={"f": "json"}, headers={"X-Esri-Authorization": f"Bearer {access_token}"},
                       timeout=10).json()  # fmt: skip


# ---------------------------------------------------------------- authorize


def test_the_sign_in_page_carries_the_request_in_hidden_fields(portal, emulator_session):
    page = emulator_session.get(authorize_url(portal, expiration="60"), timeout=10)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    form = parse_sign_in_form(page.text)
    assert form.action == "/portal/sharing/rest/oauth2/authorize"
    assert form.fields == {
        "client_id": CLIENT_ID, "response_type": "code", "redirect_uri": REDIRECT, "state": "xyz",
        "code_challenge": code_challenge(VERIFIER), "code_challenge_method": "S256", "expiration": "60",
    }  # fmt: skip


def test_signing_in_redirects_with_a_code_and_the_state(portal, emulator_session):
    answer = redirected(sign_in(emulator_session, authorize_url(portal)))
    assert set(answer) == {"code", "state"} and answer["state"] == "xyz" and len(answer["code"]) >= 32


def test_a_wrong_password_shows_the_form_again(portal, emulator_session):
    answer = sign_in(emulator_session, authorize_url(portal), password="wrong")
    assert answer.status_code == 200 and "Location" not in answer.headers
    form = parse_sign_in_form(answer.text)
    assert form.error == "Invalid username or password." and form.fields["state"] == "xyz"


@pytest.mark.parametrize("kind", ["saml_only", "mfa"])
def test_saml_and_mfa_users_sign_in_through_the_browser(portal, emulator_session, kind):
    portal.add_user("carol", "carol-secret", **{kind: True})
    body = signed_in(emulator_session, portal, "carol")
    assert body["username"] == "carol"
    assert community_self(emulator_session, portal, body["access_token"])["username"] == "carol"


def test_cancelling_redirects_with_access_denied(portal, emulator_session):
    answer = redirected(sign_in(emulator_session, authorize_url(portal), action="cancel"))
    assert answer == {"error": "access_denied", "error_description": "The user denied your request.", "state": "xyz"}


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"client_id": "nobody"}, "invalid_request"),
        ({"redirect_uri": "https://evil.example/"}, "invalid_request"),
        ({"redirect_uri": "http://127.0.0.1:54321/elsewhere"}, "invalid_request"),
        ({"redirect_uri": "http://127.0.0.2:54321/"}, "invalid_request"),
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"code_challenge_method": "S512"}, "invalid_request"),
    ],
)
def test_bad_requests_are_refused_and_never_redirected(portal, emulator_session, overrides, error):
    url = authorize_url(portal, **overrides)
    page = emulator_session.get(url, allow_redirects=False, timeout=10)
    submitted = emulator_session.post(url, data={"username": "alice", "password": "alice-secret"},
                                      allow_redirects=False, timeout=10)  # fmt: skip
    for answer in (page, submitted):
        assert "Location" not in answer.headers
        assert oauth_error(answer.json()) == (400, error)


def test_loopback_redirect_uris_match_on_any_port_and_others_exactly(arcgis_emulator, emulator_session):
    portal = add_users(arcgis_emulator("portal"))
    portal.add_app(CLIENT_ID, redirect_uris=["http://127.0.0.1/", "https://app.example/callback"])
    for uri, allowed in [
        ("http://127.0.0.1:1/", True),
        ("http://127.0.0.1:65535/", True),
        ("http://127.0.0.1/", True),
        ("https://app.example/callback", True),
        ("https://app.example:444/callback", False),
        ("https://127.0.0.1:8443/", False),  # loopback, but not http: exact only
        ("http://localhost:8080/", False),  # another host name than the registered one
    ]:
        page = emulator_session.get(authorize_url(portal, redirect_uri=uri), timeout=10)
        assert (page.headers["Content-Type"].startswith("text/html")) is allowed, uri


def test_authorize_is_https_only(arcgis_emulator, emulator_session):
    portal = add_users(arcgis_emulator("portal", https=False))
    portal.add_app(CLIENT_ID, redirect_uris=["http://127.0.0.1"])
    assert emulator_session.get(authorize_url(portal), timeout=10).json()["error"]["message"] == "SSL Required"


# ---------------------------------------------------------------- token: authorization_code


def test_the_code_gives_an_access_token_and_a_refresh_token(portal, emulator_session):
    body = signed_in(emulator_session, portal)
    assert set(body) == {"access_token", "expires_in", "username", "ssl", "refresh_token", "refresh_token_expires_in"}
    assert (body["expires_in"], body["refresh_token_expires_in"], body["ssl"]) == (1800, 20160 * 60, True)
    assert body["username"] == "alice"
    assert community_self(emulator_session, portal, body["access_token"])["username"] == "alice"
    (record,) = [record for record in portal.requests if record.endpoint == "oauth2/token"]
    assert record.method == "POST" and not record.query, "nothing secret in the URL"


def test_the_sign_in_may_ask_for_a_shorter_refresh_token(portal, emulator_session):
    code = redirected(sign_in(emulator_session, authorize_url(portal, expiration="90")))["code"]
    assert exchange(emulator_session, portal, code)["refresh_token_expires_in"] == 90 * 60


def test_a_code_is_used_once(portal, emulator_session):
    code = redirected(sign_in(emulator_session, authorize_url(portal)))["code"]
    assert "access_token" in exchange(emulator_session, portal, code)
    assert oauth_error(exchange(emulator_session, portal, code)) == (400, "invalid_grant")


def test_a_failed_exchange_uses_the_code_up_too(portal, emulator_session):
    code = redirected(sign_in(emulator_session, authorize_url(portal)))["code"]
    assert oauth_error(exchange(emulator_session, portal, code, code_verifier="guess")) == (400, "invalid_grant")
    assert oauth_error(exchange(emulator_session, portal, code)) == (400, "invalid_grant")


def test_codes_are_short_lived(portal, emulator_session):
    portal.settings.authorization_code_seconds = 0.2
    code = redirected(sign_in(emulator_session, authorize_url(portal)))["code"]
    time.sleep(0.3)
    assert oauth_error(exchange(emulator_session, portal, code)) == (400, "invalid_grant")


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ({"code_verifier": "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXl"}, (400, "invalid_grant")),
        ({"code_verifier": ""}, (400, "invalid_grant")),
        ({"redirect_uri": "http://127.0.0.1:54322/"}, (400, "invalid_grant")),  # allowed, but not the one used
        ({"redirect_uri": "https://evil.example/"}, (400, "invalid_request")),
        ({"client_id": "nobody"}, (400, "invalid_request")),
    ],
)
def test_the_exchange_checks_verifier_redirect_uri_and_app(portal, emulator_session, form, expected):
    code = redirected(sign_in(emulator_session, authorize_url(portal)))["code"]
    assert oauth_error(exchange(emulator_session, portal, code, **form)) == expected


def test_another_apps_code_is_refused(portal, emulator_session):
    portal.add_app("other", redirect_uris=["http://127.0.0.1"])
    code = redirected(sign_in(emulator_session, authorize_url(portal)))["code"]
    assert oauth_error(exchange(emulator_session, portal, code, client_id="other")) == (400, "invalid_grant")


def test_the_plain_challenge_method_and_no_pkce_for_confidential_apps(portal, emulator_session):
    plain = authorize_url(portal, code_challenge=VERIFIER, code_challenge_method="plain")
    assert "access_token" in exchange(emulator_session, portal, redirected(sign_in(emulator_session, plain))["code"])
    portal.add_app("server-app", "s3cret", redirect_uris=["http://127.0.0.1"])
    without = authorize_url(portal, client_id="server-app", code_challenge="", code_challenge_method="")
    code = redirected(sign_in(emulator_session, without))["code"]
    assert oauth_error(exchange(emulator_session, portal, code, client_id="server-app")) == (400, "invalid_client")
    code = redirected(sign_in(emulator_session, without))["code"]
    body = exchange(emulator_session, portal, code, client_id="server-app", client_secret="s3cret")
    assert "refresh_token" in body


# ---------------------------------------------------------------- token: refresh_token, exchange_refresh_token


def test_the_refresh_token_gives_new_access_tokens(portal, emulator_session):
    portal.settings.token_lifetime_seconds = 0.3
    first = signed_in(emulator_session, portal)
    time.sleep(0.35)
    assert community_self(emulator_session, portal, first["access_token"])["error"]["code"] == 498
    body = token(emulator_session, portal, grant_type="refresh_token", refresh_token=first["refresh_token"])
    assert set(body) == {"access_token", "expires_in", "username", "ssl"} and body["username"] == "alice"
    assert community_self(emulator_session, portal, body["access_token"])["username"] == "alice"


def test_refresh_tokens_expire_and_can_be_revoked(portal, emulator_session):
    portal.settings.refresh_token_lifetime_seconds = 0.3
    body = signed_in(emulator_session, portal)
    assert body["refresh_token_expires_in"] == 0.3
    time.sleep(0.35)
    refreshed = token(emulator_session, portal, grant_type="refresh_token", refresh_token=body["refresh_token"])
    assert oauth_error(refreshed) == (400, "invalid_grant")
    portal.settings.refresh_token_lifetime_seconds = None
    body = signed_in(emulator_session, portal)
    portal.revoke_refresh_tokens()
    refreshed = token(emulator_session, portal, grant_type="refresh_token", refresh_token=body["refresh_token"])
    assert oauth_error(refreshed) == (400, "invalid_grant")


def test_an_app_cannot_use_another_apps_refresh_token(portal, emulator_session):
    portal.add_app("other", redirect_uris=["http://127.0.0.1"])
    body = signed_in(emulator_session, portal)
    refused = token(emulator_session, portal, grant_type="refresh_token", refresh_token=body["refresh_token"],
                    client_id="other")  # fmt: skip
    assert oauth_error(refused) == (400, "invalid_grant")


def test_exchange_refresh_token_gives_a_new_one_and_ends_the_old(portal, emulator_session):
    old = signed_in(emulator_session, portal)["refresh_token"]
    form = {"grant_type": "exchange_refresh_token", "refresh_token": old, "redirect_uri": REDIRECT}
    body = token(emulator_session, portal, **form)
    assert body["refresh_token"] != old and body["refresh_token_expires_in"] == 20160 * 60
    assert (
        oauth_error(token(emulator_session, portal, grant_type="refresh_token", refresh_token=old))[1]
        == "invalid_grant"
    )
    refreshed = token(emulator_session, portal, grant_type="refresh_token", refresh_token=body["refresh_token"])
    assert "access_token" in refreshed
    unregistered = token(emulator_session, portal, **{**form, "refresh_token": body["refresh_token"],
                                                      "redirect_uri": "https://evil.example/"})  # fmt: skip
    assert oauth_error(unregistered) == (400, "invalid_request")
    portal.settings.refresh_token_exchange = False
    refused = token(emulator_session, portal, **{**form, "refresh_token": body["refresh_token"]})
    assert oauth_error(refused) == (400, "unsupported_grant_type")


def test_revoke_token_signs_out(portal, emulator_session):
    body = signed_in(emulator_session, portal)
    answer = emulator_session.post(sharing(portal, "revokeToken"), timeout=10,
                                   data={"client_id": CLIENT_ID, "auth_token": body["refresh_token"]})  # fmt: skip
    assert answer.json() == {"success": True}
    refreshed = token(emulator_session, portal, grant_type="refresh_token", refresh_token=body["refresh_token"])
    assert oauth_error(refreshed) == (400, "invalid_grant")


def test_browser_tokens_exchange_for_a_federated_servers_token(arcgis_enterprise, emulator_session):
    portal, server = arcgis_enterprise
    portal.add_app(CLIENT_ID, redirect_uris=["http://127.0.0.1"])
    body = signed_in(emulator_session, portal)
    form = {"token": body["access_token"], "serverUrl": server.server_url, "client": "referer", "referer": REFERER,
            "f": "json"}  # fmt: skip
    exchanged = emulator_session.post(portal.token_url, data=form, timeout=10).json()
    url = server.service_url("Demo/Points", "FeatureServer", 0) + "/query"
    headers = {"X-Esri-Authorization": f"Bearer {exchanged['token']}", "Referer": REFERER}
    ids = emulator_session.get(url, params={"f": "json", "where": "1=1", "returnIdsOnly": "true"}, headers=headers,
                               timeout=10).json()  # fmt: skip
    assert len(ids["objectIds"]) == 1000


def test_client_credentials_still_work_and_need_a_secret(portal, emulator_session):
    portal.add_app("app1", "s3cret")
    body = token(emulator_session, portal, grant_type="client_credentials", client_id="app1", client_secret="s3cret")
    assert set(body) == {"access_token", "expires_in"}
    no_secret = token(emulator_session, portal, grant_type="client_credentials", client_secret="")
    assert oauth_error(no_secret) == (400, "invalid_client"), "a browser-only app has no client secret"
