"""Browser sign-in in the core: PKCE, the authorize URL, the redirect, the grants, and the engine's
use of a refresh token — against the emulator over HTTPS, with a test playing the browser.

Every test captures the core's log at DEBUG; afterwards no code, verifier, access or refresh token
that crossed the wire may appear in it.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable, Optional
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest
import requests
from arcgis_token_auth.plugin.core import LOGGER_NAME, errors, oauth
from arcgis_token_auth.plugin.core.connection import Connection
from arcgis_token_auth.plugin.core.credentials import Secret
from arcgis_token_auth.plugin.core.engine import TokenEngine
from arcgis_token_auth.plugin.core.http import HttpClient
from arcgis_token_auth.plugin.core.tokens import TokenSource
from arcgis_token_auth.plugin.core.urls import ServerRoot

from tests.emulator import ArcGISEmulator
from tests.emulator.oauth import parse_sign_in_form
from tests.emulator.pytest_fixtures import Enterprise, add_users

CLIENT_ID = "qgis-plugin"
REDIRECT = oauth.loopback_redirect_uri(54321)


# ---------------------------------------------------------------- PKCE and the authorize URL


def test_pkce_s256_matches_rfc_7636_appendix_b():
    assert oauth.code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == (
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )


def test_code_verifiers_are_random_unpadded_base64url_of_43_characters():
    verifiers = {oauth.new_code_verifier() for _ in range(200)}
    assert len(verifiers) == 200
    allowed = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    assert all(len(verifier) == 43 and set(verifier) <= allowed for verifier in verifiers)


def test_the_authorize_url_carries_the_challenge_never_the_verifier():
    portal = ServerRoot.parse("https://gis.example.com/portal")
    authorization = oauth.Authorization.new(portal, CLIENT_ID, REDIRECT, expiration_minutes=60)
    url = urlsplit(authorization.url)
    assert (url.scheme, url.netloc, url.path) == ("https", "gis.example.com", "/portal/sharing/rest/oauth2/authorize")
    assert dict(parse_qsl(url.query)) == {
        "client_id": CLIENT_ID, "response_type": "code", "redirect_uri": "http://127.0.0.1:54321/",
        "state": authorization.state, "code_challenge": oauth.code_challenge(authorization.verifier.reveal()),
        "code_challenge_method": "S256", "expiration": "60",
    }  # fmt: skip
    assert authorization.verifier.reveal() not in authorization.url
    assert authorization.verifier.reveal() not in repr(authorization)
    other = oauth.Authorization.new(portal, CLIENT_ID, REDIRECT)
    assert other.state != authorization.state and other.verifier != authorization.verifier
    assert "expiration=20160" in other.url, "two weeks unless asked otherwise, as arcgis-rest-js"
    with pytest.raises(ValueError, match="client ID"):
        oauth.Authorization.new(portal, "", REDIRECT)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"code": "c0de", "state": "forged"}, errors.BrowserSignInRejectedError),
        ({"code": "c0de"}, errors.BrowserSignInRejectedError),
        ({"state": "STATE"}, errors.BrowserSignInRejectedError),
        ({"error": "access_denied", "error_description": "The user denied your request.", "state": "STATE"},
         errors.BrowserSignInCancelledError),
        ({"error": "invalid_request", "error_description": "Invalid redirect_uri", "state": "STATE"},
         errors.BrowserAppRefusedError),
        ({"error": "server_error", "state": "STATE"}, errors.BrowserSignInRejectedError),
        ({"error": "access_denied", "state": "forged"}, errors.BrowserSignInRejectedError),
    ],
)  # fmt: skip
def test_the_redirect_is_checked_state_first(query, expected):
    authorization = oauth.Authorization(
        ServerRoot.parse("https://gis.example.com/portal"), CLIENT_ID, REDIRECT, "STATE", Secret("v" * 43)
    )
    with pytest.raises(expected) as raised:
        authorization.code_from(query)
    assert "c0de" not in str(raised.value) + raised.value.detail


def test_the_redirect_gives_the_code_as_a_secret():
    authorization = oauth.Authorization(
        ServerRoot.parse("https://gis.example.com/portal"), CLIENT_ID, REDIRECT, "STATE", Secret("v" * 43)
    )
    code = authorization.code_from({"code": "c0de", "state": "STATE"})
    assert code.reveal() == "c0de" and "c0de" not in repr(code)


# ---------------------------------------------------------------- the session (the connection's secret)


def test_a_session_round_trips_as_a_secret_that_never_shows_itself():
    session = oauth.BrowserSession(Secret("r3fresh"), 2000.0, 1000.0, "alice", "https://h/portal", CLIENT_ID, REDIRECT)
    secret = session.to_secret()
    assert oauth.BrowserSession.from_secret(secret) == session
    assert "r3fresh" not in repr(session) and "r3fresh" not in repr(secret)
    handed_over = oauth.BrowserSession.from_secret(oauth.BrowserSession(Secret("r3fresh"), None, 0.0).to_secret())
    assert handed_over.expires is None and not handed_over.nears_end(1e12) and not handed_over.expired(1e12)
    # A bare string is no sign-in: it may be the password of a connection that was changed to browser sign-in.
    for unreadable in ("", "r3fresh", "{not json", '{"expires": 1}', "[]"):
        with pytest.raises(ValueError):
            oauth.BrowserSession.from_secret(Secret(unreadable))


def test_a_session_knows_where_it_is_valid_and_when_to_extend_it():
    portal = ServerRoot.parse("https://h/portal")
    two_weeks = oauth.BrowserSession(Secret("r"), 14 * 86400.0, 0.0, portal="https://h/portal", client_id=CLIENT_ID,
                                     redirect_uri=REDIRECT)  # fmt: skip
    assert two_weeks.belongs_to(portal, CLIENT_ID)
    assert not two_weeks.belongs_to(portal, "another-app")
    assert not two_weeks.belongs_to(ServerRoot.parse("https://h/other"), CLIENT_ID)
    assert not two_weeks.nears_end(12 * 86400.0) and two_weeks.nears_end(13 * 86400.0)  # the last day
    short = oauth.BrowserSession(Secret("r"), 10.0, 0.0, redirect_uri=REDIRECT)
    assert not short.nears_end(4.9) and short.nears_end(5.0), "at most half-way through its life"
    assert not short.expired(9.9) and short.expired(10.0)


# ---------------------------------------------------------------- the grants, against the emulator


class Browser:
    """Plays the user: opens the authorize URL, fills in the sign-in form, reads the redirect."""

    def __init__(self, ca_file: str) -> None:
        self.session = requests.Session()
        self.session.trust_env = False
        self.session.verify = ca_file

    def sign_in(self, url: str, username: str = "alice", action: str = "") -> dict[str, str]:
        form = parse_sign_in_form(self.session.get(url, timeout=10).text)
        data = {**form.fields, "username": username, "password": f"{username}-secret", "action": action}
        answer = self.session.post(urljoin(url, form.action), data=data, allow_redirects=False, timeout=10)
        assert answer.status_code == 302, answer.text
        return dict(parse_qsl(urlsplit(answer.headers["Location"]).query))


@pytest.fixture
def no_secret_logged(caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest):
    """Fails the test when anything secret that crossed the wire reached the core's log."""
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    yield
    servers = []
    for value in request.node.funcargs.values():
        servers += (
            list(value) if isinstance(value, Enterprise) else [value] if isinstance(value, ArcGISEmulator) else []
        )
    secrets = {
        value
        for server in servers
        for record in server.requests
        for key, value in {**record.params, **record.tokens}.items()
        if key in {"password", "code", "code_verifier", "refresh_token", "auth_token", "token", "x-esri", "param"}
    }
    logged = "\n".join(caplog.handler.format(record) for phase in ("setup", "call", "teardown")
                       for record in caplog.get_records(phase))  # fmt: skip
    assert secrets, "the test sent no secret at all?"
    leaked = [secret for secret in secrets if secret and secret in logged]
    assert not leaked, "a secret reached the log"


@pytest.fixture
def portal(arcgis_emulator) -> ArcGISEmulator:
    portal = add_users(arcgis_emulator("portal"))
    portal.add_app(CLIENT_ID, redirect_uris=["http://127.0.0.1"])
    return portal


@pytest.fixture
def http(emulator_ca):
    client = HttpClient(proxies={}, ca_bundle=str(emulator_ca.ca_file), timeout=(2.0, 5.0))
    yield client
    client.close()


@pytest.fixture
def browser(emulator_ca) -> Browser:
    return Browser(str(emulator_ca.ca_file))


def root_of(portal: ArcGISEmulator) -> ServerRoot:
    assert portal.portal_url is not None
    return ServerRoot.parse(portal.portal_url)


SignIn = Callable[..., oauth.BrowserGrant]


@pytest.fixture
def sign_in(http: HttpClient, browser: Browser) -> SignIn:
    """``sign_in(portal, **options)``: a whole browser sign-in, up to the code exchange."""

    def run(portal: ArcGISEmulator, **options: Any) -> oauth.BrowserGrant:
        authorization = oauth.Authorization.new(root_of(portal), CLIENT_ID, REDIRECT, **options)
        code = authorization.code_from(browser.sign_in(authorization.url))
        return oauth.exchange_code(http, authorization, code, now=time.time(), allow_plain_http=False)

    return run


def renew(http, portal, session: oauth.BrowserSession, *, extend: bool = False) -> oauth.BrowserGrant:
    return oauth.renew(http, root_of(portal), CLIENT_ID, session, extend=extend, now=time.time(),
                       allow_plain_http=False, connection_name="C")  # fmt: skip


def test_the_code_exchange_posts_the_verifier_and_gives_a_session(sign_in, portal, no_secret_logged):
    before = time.time()
    grant = sign_in(portal)
    assert grant.username == "alice"
    assert grant.token.source is TokenSource.BROWSER and grant.token.referer is None and grant.token.ssl
    assert grant.token.lifetime == 1800
    session = grant.session
    assert session is not None and session.username == "alice" and session.client_id == CLIENT_ID
    assert session.portal == portal.portal_url and session.redirect_uri == REDIRECT
    assert session.expires is not None and abs(session.expires - (before + 20160 * 60)) < 5
    (record,) = [record for record in portal.requests if record.endpoint == "oauth2/token"]
    assert record.method == "POST" and not record.query
    assert set(record.form) == {"grant_type", "client_id", "code", "code_verifier", "redirect_uri", "f"}
    assert (record.form["grant_type"], record.form["client_id"], record.form["redirect_uri"]) == (
        "authorization_code", CLIENT_ID, REDIRECT)  # fmt: skip


def test_refresh_extend_and_revoke(http, sign_in, portal, no_secret_logged):
    session = sign_in(portal, expiration_minutes=90).session
    assert session is not None
    refreshed = renew(http, portal, session)
    assert refreshed.session is None and refreshed.username == "alice"
    assert refreshed.token.token != session.refresh_token
    extended = renew(http, portal, session, extend=True)
    assert extended.session is not None and extended.session.refresh_token != session.refresh_token
    assert extended.session.expires is not None and extended.session.expires - time.time() > 89 * 60
    with pytest.raises(errors.BrowserSignInExpiredError):
        renew(http, portal, session)  # the exchange ended the old one
    oauth.revoke(http, root_of(portal), CLIENT_ID, extended.session.refresh_token, allow_plain_http=False)
    with pytest.raises(errors.BrowserSignInExpiredError):
        renew(http, portal, extended.session)
    grant_types = [record.form.get("grant_type") for record in portal.requests if record.endpoint == "oauth2/token"]
    assert grant_types == ["authorization_code", "refresh_token", "exchange_refresh_token", "refresh_token",
                           "refresh_token"]  # fmt: skip


@pytest.mark.parametrize("flaw", ["reused code", "wrong verifier", "unregistered redirect", "unknown app"])
def test_refused_code_exchanges_say_why(http, browser, portal, flaw, no_secret_logged):
    authorization = oauth.Authorization.new(root_of(portal), CLIENT_ID, REDIRECT)
    code = authorization.code_from(browser.sign_in(authorization.url))
    expected: type[errors.ArcGISAuthError] = errors.BrowserSignInRejectedError
    if flaw == "reused code":
        oauth.exchange_code(http, authorization, code, now=time.time(), allow_plain_http=False)
    elif flaw == "wrong verifier":
        authorization = oauth.Authorization(authorization.portal, CLIENT_ID, REDIRECT, "s", Secret("x" * 43))
    elif flaw == "unregistered redirect":
        portal.apps[CLIENT_ID].redirect_uris = ["https://app.example/"]
        expected = errors.BrowserAppRefusedError
    else:
        del portal.apps[CLIENT_ID]
        expected = errors.BrowserAppRefusedError
    with pytest.raises(expected) as raised:
        oauth.exchange_code(http, authorization, code, now=time.time(), allow_plain_http=False)
    assert not raised.value.retryable and code.reveal() not in raised.value.detail


def test_an_expired_refresh_token_means_signing_in_again(http, sign_in, portal, no_secret_logged):
    portal.settings.refresh_token_lifetime_seconds = 0.3
    session = sign_in(portal).session
    assert session is not None
    time.sleep(0.35)
    with pytest.raises(errors.BrowserSignInExpiredError) as raised:
        renew(http, portal, session)
    assert "“C”" in str(raised.value) and "Sign in again" in str(raised.value)


# ---------------------------------------------------------------- the engine with a browser connection


class Harness:
    """A token engine whose secrets live in a dict, as the QGIS layer keeps them in the auth DB."""

    def __init__(self, http: HttpClient) -> None:
        self.secrets: dict[str, Secret] = {}
        self.renewed: list[str] = []
        self.errors: list[errors.ArcGISAuthError] = []
        self.engine = TokenEngine(
            lambda connection: self.secrets.get(connection.id),
            http=http,
            on_error=lambda _connection, _root, error: self.errors.append(error),
            on_secret_renewed=self._renewed,
            scheduler_max_sleep=0.01,
        )

    def _renewed(self, connection: Connection, secret: Secret) -> None:
        self.renewed.append(connection.id)
        self.secrets[connection.id] = secret

    def token(self, url: str) -> Optional[str]:
        auth = self.engine.auth_for_request(url, may_block=True)
        return None if auth is None else auth.headers["X-Esri-Authorization"].split()[1]


@pytest.fixture
def harness(http):
    made = Harness(http)
    yield made
    made.engine.shutdown()


def browser_connection(url: str, client_id: str = CLIENT_ID) -> Connection:
    return Connection("b", "Browser", url, credential="browser", username=client_id)


def sign_in_engine(h: Harness, sign_in: SignIn, portal: ArcGISEmulator, url: str = "", **options: Any) -> Connection:
    grant = sign_in(portal, **options)
    assert grant.session is not None
    connection = browser_connection(url or portal.portal_url or "")
    h.secrets[connection.id] = grant.session.to_secret()
    h.engine.add_connection(connection)
    return connection


def test_a_browser_sign_in_reaches_a_federated_server_and_renews(harness, sign_in, arcgis_enterprise, no_secret_logged):
    portal, server = arcgis_enterprise
    portal.add_app(CLIENT_ID, redirect_uris=["http://127.0.0.1"])
    portal.settings.token_lifetime_seconds = server.settings.token_lifetime_seconds = 2.0
    sign_in_engine(harness, sign_in, portal)
    query = server.service_url("Demo/Points", "FeatureServer", 0) + "/query?f=json&where=1%3D1&returnIdsOnly=true"
    assert harness.engine.connection_for_url(portal.portal_url) is not None
    harness.token(portal.portal_url)  # the first sign-in lists the portal's servers
    seen = set()
    deadline = time.monotonic() + 5.0
    while time.monotonic() < deadline:
        auth = harness.engine.auth_for_request(query, may_block=True)
        assert auth is not None and "Referer" in auth.headers, "the server token is the exchanged, referer-bound one"
        answer = requests.get(query, headers=dict(auth.headers), verify=str(portal.ca_file), timeout=5).json()
        assert len(answer["objectIds"]) == 1000, answer
        seen.add(auth.headers["X-Esri-Authorization"])
        time.sleep(0.2)
    assert len(seen) >= 3, "renewed across several access-token lifetimes"
    grants = [record.form["grant_type"] for record in portal.requests if record.endpoint == "oauth2/token"]
    assert grants[0] == "authorization_code" and set(grants[1:]) == {"refresh_token"}
    assert not harness.errors and not harness.renewed


def test_a_refresh_token_near_its_end_is_exchanged_and_kept(harness, sign_in, portal, no_secret_logged):
    portal.settings.refresh_token_lifetime_seconds = 3.0
    portal.settings.token_lifetime_seconds = 1.0
    connection = sign_in_engine(harness, sign_in, portal)
    first = oauth.BrowserSession.from_secret(harness.secrets[connection.id])
    assert harness.token(portal.portal_url)
    time.sleep(1.6)  # past half the refresh token's life
    assert harness.token(portal.portal_url)
    assert harness.renewed == [connection.id]
    kept = oauth.BrowserSession.from_secret(harness.secrets[connection.id])
    assert kept.refresh_token != first.refresh_token and kept.username == "alice"
    time.sleep(2.0)  # the first refresh token has expired by now: only the kept one works
    assert harness.token(portal.portal_url)
    assert not harness.errors


def test_a_sign_in_that_cannot_be_extended_warns_once_then_asks_for_a_new_one(
    harness, sign_in, portal, no_secret_logged
):
    portal.settings.refresh_token_lifetime_seconds = 3.0
    portal.settings.token_lifetime_seconds = 1.0  # ArcGIS counts in minutes; shorter looks like clock skew
    portal.settings.refresh_token_exchange = False
    sign_in_engine(harness, sign_in, portal)
    deadline = time.monotonic() + 6.0
    while time.monotonic() < deadline and not any(
        isinstance(e, errors.BrowserSignInExpiredError) for e in harness.errors
    ):
        harness.token(portal.portal_url)
        time.sleep(0.1)
    kinds = [type(error) for error in harness.errors]
    assert kinds.count(errors.BrowserSignInExpiringError) == 1
    assert kinds[-1] is errors.BrowserSignInExpiredError
    assert not harness.errors[-1].retryable, "only the user can sign in again: no retry loop"
    requests_before = portal.count("oauth2/token")
    for _ in range(5):
        assert harness.token(portal.portal_url) is None
    assert portal.count("oauth2/token") == requests_before


@pytest.mark.parametrize("case", ["no sign-in", "another app", "unreadable"])
def test_without_a_usable_sign_in_the_engine_asks_for_one(harness, sign_in, portal, case, no_secret_logged):
    grant = sign_in(portal)
    assert grant.session is not None
    connection = browser_connection(portal.portal_url or "", "another-app" if case == "another app" else CLIENT_ID)
    if case != "no sign-in":
        harness.secrets[connection.id] = Secret("{broken") if case == "unreadable" else grant.session.to_secret()
    harness.engine.add_connection(connection)
    assert harness.token(portal.portal_url) is None
    (error,) = harness.errors
    assert type(error) is errors.BrowserSignInNeededError and "Sign in with browser" in str(error)
    assert portal.count("oauth2/token") == 1, "only the test's own sign-in"


def test_browser_sign_in_needs_a_portal(harness, http, arcgis_server):
    harness.secrets["b"] = Secret("r3fresh")
    harness.engine.add_connection(browser_connection(arcgis_server.services_url))
    assert harness.token(arcgis_server.services_url) is None
    assert [type(error) for error in harness.errors] == [errors.UnsupportedCredentialError]


def test_test_connection_refreshes_without_replacing_the_stored_sign_in(harness, sign_in, portal, no_secret_logged):
    portal.settings.refresh_token_lifetime_seconds = 2.0
    connection = sign_in_engine(harness, sign_in, portal)
    time.sleep(1.1)  # near its end: a live connection would exchange it
    result = harness.engine.test_connection(connection)
    assert result.ok and result.token is not None and result.token.source is TokenSource.BROWSER
    assert harness.renewed == []
    assert [r.form["grant_type"] for r in portal.requests if r.endpoint == "oauth2/token"][-1] == "refresh_token"
