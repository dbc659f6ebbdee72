"""Browser sign-in (OAuth 2.0 authorization code + PKCE) in a real QGIS, end to end over HTTPS.

A scripted browser plays the user: it opens the authorize URL the plugin hands
to its opener, submits the emulator's sign-in form (or does something worse)
and follows the redirect to the plugin's loopback listener. The plugin then
loads secured layers of a server federated with the portal in QGIS's own
ArcGIS providers. Every test checks that the listener is gone afterwards.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import zipfile
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest
import requests
from arcgis_token_auth.plugin.core import LOGGER_NAME, errors
from arcgis_token_auth.plugin.core.oauth import BrowserSession
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QUrl

from tests.conftest import SESSION_DIR
from tests.emulator import PORTAL, STANDALONE, ArcGISEmulator
from tests.emulator.oauth import code_challenge, parse_sign_in_form
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import feature_layer, load_plugin, provider_requests, unload_plugin

CLIENT_ID = "qgis-arcgis-token-auth"
FEATURES = 300
LISTENER_THREAD = "arcgis-token-auth-browser-sign-in"


class ScriptedBrowser:
    """The opener the plugin calls instead of QDesktopServices.openUrl: a user in a browser, on a thread.

    ``act`` decides what the user does: ``sign_in``, ``cancel`` (the page's Cancel
    button) or ``nothing`` (the tab is closed); ``meddle(browser, location)`` may
    tamper with the redirect before it is followed, ``challenge`` replaces the
    authorize URL's code challenge.
    """

    def __init__(self, ca_file: Path, user: str = "alice", act: str = "sign_in") -> None:
        self.user = user
        self.act = act
        self.meddle: Optional[Callable[[ScriptedBrowser, str], str]] = None
        self.challenge: Optional[str] = None
        self.session = requests.Session()
        self.session.trust_env = False  # no proxy for 127.0.0.1, the emulator's CA only
        self.session.verify = str(ca_file)
        self.opened: list[str] = []
        self.page: Optional[requests.Response] = None  # what the plugin's listener answered
        self.refused: Optional[dict] = None  # the portal's error, when it would not show the sign-in page
        self.done = threading.Event()

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        threading.Thread(target=self._browse, name="scripted-browser", daemon=True).start()
        return True

    @property
    def redirect_port(self) -> int:
        query = dict(parse_qsl(urlsplit(self.opened[0]).query))
        return urlsplit(query["redirect_uri"]).port or 80

    def _browse(self) -> None:
        try:
            if self.act != "nothing":
                self._sign_in(self.opened[-1])
        finally:
            self.done.set()

    def _sign_in(self, url: str) -> None:
        if self.challenge is not None:
            query = dict(parse_qsl(urlsplit(url).query))
            url = url.split("?", maxsplit=1)[0] + "?" + urlencode({**query, "code_challenge": self.challenge})
        page = self.session.get(url, timeout=10)
        if page.headers["Content-Type"].startswith("application/json"):
            self.refused = page.json()  # the portal's error page: the user can only close the tab
            return
        form = parse_sign_in_form(page.text)
        data = {**form.fields, "username": self.user, "password": f"{self.user}-secret"}
        if self.act == "cancel":
            data["action"] = "cancel"
        answer = self.session.post(urljoin(url, form.action), data=data, allow_redirects=False, timeout=10)
        location = answer.headers["Location"]
        if self.meddle is not None:
            location = self.meddle(self, location)
        self.page = self.session.get(location, allow_redirects=False, timeout=30)


@pytest.fixture
def plugin(trusted_ca):
    loaded = load_plugin()
    service = loaded.service
    loaded.reported = []  # error_reported errors, as their messages
    loaded.asked = []  # sign_in_requested errors, as their messages
    service.error_reported.connect(lambda _id, _root, error: loaded.reported.append(str(error)))
    service.sign_in_requested.connect(lambda _id, error: loaded.asked.append(str(error)))
    yield loaded
    unload_plugin(loaded)


@pytest.fixture
def enterprise(arcgis_emulator):
    portal = add_users(arcgis_emulator(PORTAL))
    portal.add_app(CLIENT_ID, redirect_uris=["http://127.0.0.1"])
    server = arcgis_emulator(STANDALONE, owning_portal=portal, features=FEATURES)
    return portal, server


def browser_for(emulator: ArcGISEmulator, **options) -> ScriptedBrowser:
    assert emulator.ca_file is not None
    return ScriptedBrowser(emulator.ca_file, **options)


@pytest.fixture
def message_log():
    """Everything QGIS's message log receives while the test runs (the plugin's log goes there too)."""
    lines: list[str] = []

    def received(message, tag, _level):
        lines.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(received)
    yield lines
    QgsApplication.messageLog().messageReceived.disconnect(received)


def browser_connection(portal: ArcGISEmulator):
    from arcgis_token_auth import api

    return api.add_connection(portal.portal_url, name="SAML organisation", client_id=CLIENT_ID, browser_sign_in=True)


def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        QgsApplication.processEvents()
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def assert_listener_gone(port: int) -> None:
    """The port is closed by the time the outcome is announced; its thread ends right after announcing it."""
    with socket.socket() as probe:
        probe.settimeout(1.0)
        assert probe.connect_ex(("127.0.0.1", port)) != 0, f"something still listens on 127.0.0.1:{port}"
    wait_for(lambda: not any(thread.name == LISTENER_THREAD for thread in threading.enumerate()), timeout=2.0)


def sign_in_fails(plugin, connection, scripted: ScriptedBrowser, timeout: float = 10.0) -> errors.ArcGISAuthError:
    with pytest.raises(errors.BrowserSignInError) as raised:
        plugin.service.sign_in_with_browser(connection, opener=scripted, timeout=timeout)
    scripted.done.wait(10)
    if scripted.opened:
        assert_listener_gone(scripted.redirect_port)
    assert plugin.service.signed_in_user(connection.id) is None
    return raised.value


def fresh_count(layer) -> int:
    layer.dataProvider().reloadData()  # from the server, not the provider's cache
    return sum(1 for _ in layer.getFeatures())


# ---------------------------------------------------------------- the whole way


@pytest.mark.parametrize("user", ["alice", "sam"], ids=["password user", "SAML user"])
def test_sign_in_in_the_browser_then_a_secured_layer_loads(plugin, enterprise, user):
    portal, server = enterprise
    portal.add_user("sam", "sam-secret", saml_only=True)  # generateToken refuses this one
    connection = browser_connection(portal)
    scripted = browser_for(portal, user=user)
    started = time.monotonic()
    assert plugin.service.sign_in_with_browser(connection, opener=scripted, timeout=20) == user
    assert time.monotonic() - started < 10

    (opened,) = scripted.opened
    query = dict(parse_qsl(urlsplit(opened).query))
    assert opened.startswith(f"{portal.portal_url}/sharing/rest/oauth2/authorize?")
    assert query["client_id"] == CLIENT_ID and query["response_type"] == "code"
    assert query["code_challenge_method"] == "S256" and len(query["state"]) >= 32
    assert query["redirect_uri"] == f"http://127.0.0.1:{scripted.redirect_port}/"
    assert scripted.page is not None and scripted.page.status_code == 200
    assert f"Signed in as {user}" in scripted.page.text
    assert scripted.page.headers["Cache-Control"] == "no-store"
    assert_listener_gone(scripted.redirect_port)
    assert plugin.service.signed_in_user(connection.id) == user

    layer = feature_layer(server)
    assert layer.isValid() and layer.featureCount() == FEATURES
    requests_made = provider_requests(server)
    assert requests_made and all(record.token and record.error_code is None for record in requests_made)
    grants = [record.form["grant_type"] for record in portal.requests if record.endpoint == "oauth2/token"]
    assert grants[0] == "authorization_code" and set(grants[1:]) == {"refresh_token"}
    (exchange,) = [record for record in portal.requests if record.form.get("grant_type") == "authorization_code"]
    assert exchange.form["code_verifier"] and code_challenge(exchange.form["code_verifier"]) == query["code_challenge"]
    assert portal.count("generateToken") >= 1, "the federated server's token was exchanged from the portal's"


def test_a_fresh_plugin_signs_in_with_the_stored_refresh_token_without_a_browser(trusted_ca, enterprise):
    portal, server = enterprise
    plugin = load_plugin()
    try:
        connection = browser_connection(portal)
        plugin.service.sign_in_with_browser(connection, opener=browser_for(portal), timeout=20)
        plugin.unload()  # the connection and its sign-in stay stored, as when QGIS quits
        portal.revoke_all_tokens()  # the access tokens die with the session; the refresh token does not
        server.revoke_all_tokens()
        plugin = load_plugin()  # as qgis_process loads it: no browser, nobody to ask
        layer = feature_layer(server)
        assert layer.isValid() and layer.featureCount() == FEATURES
        assert plugin.service.signed_in_user(connection.id) == "alice"
    finally:
        unload_plugin(plugin)  # and forget the connection
    assert [r.form["grant_type"] for r in portal.requests if r.endpoint == "oauth2/token"][-1] == "refresh_token"


def test_a_refresh_token_handed_over_by_a_script_signs_in_without_a_browser(plugin, enterprise):
    from arcgis_token_auth import api

    portal, server = enterprise
    verifier = "v" * 43
    scripted = browser_for(portal)
    redirect = "http://127.0.0.1:9/"  # nothing listens: the script reads the code from the redirect itself
    authorize = f"{portal.portal_url}/sharing/rest/oauth2/authorize?" + urlencode({
        "client_id": CLIENT_ID, "response_type": "code", "redirect_uri": redirect, "state": "s",
        "code_challenge": code_challenge(verifier), "code_challenge_method": "S256"})  # fmt: skip
    form = parse_sign_in_form(scripted.session.get(authorize, timeout=10).text)
    answer = scripted.session.post(urljoin(authorize, form.action), allow_redirects=False, timeout=10,
                                   data={**form.fields, "username": "alice", "password": "alice-secret"})  # fmt: skip
    code = dict(parse_qsl(urlsplit(answer.headers["Location"]).query))["code"]
    body = scripted.session.post(f"{portal.portal_url}/sharing/rest/oauth2/token", timeout=10, data={
        "grant_type": "authorization_code", "client_id": CLIENT_ID, "code": code, "code_verifier": verifier,
        "redirect_uri": redirect}).json()  # fmt: skip
    connection = api.add_connection(portal.portal_url, client_id=CLIENT_ID, browser_sign_in=True,
                                    refresh_token=body["refresh_token"])  # fmt: skip
    layer = feature_layer(server)
    assert layer.isValid() and layer.featureCount() == FEATURES
    assert plugin.service.signed_in_user(connection.id) is None, "who signed in is recorded by a browser sign-in only"
    with pytest.raises(ValueError, match="browser_sign_in"):
        api.add_connection(portal.portal_url, username="alice", password="x", refresh_token="r")


def test_reads_never_fail_across_several_access_token_lifetimes(plugin, enterprise):
    portal, server = enterprise
    portal.settings.token_lifetime_seconds = 2.0
    server.settings.token_lifetime_seconds = 2.0
    connection = browser_connection(portal)
    plugin.service.sign_in_with_browser(connection, opener=browser_for(portal), timeout=20)
    layer = feature_layer(server)
    assert layer.isValid()
    counts = []
    deadline = time.monotonic() + 7.0
    while time.monotonic() < deadline:
        counts.append(fresh_count(layer))
    assert len(counts) >= 5 and set(counts) == {FEATURES}, f"short reads: {counts}"
    assert [record for record in provider_requests(server) if record.error_code is not None] == []
    assert len({record.token for record in provider_requests(server)}) >= 3, "tokens really expired and renewed"
    refreshes = [r for r in portal.requests if r.endpoint == "oauth2/token" and r.form["grant_type"] == "refresh_token"]
    assert len(refreshes) >= 3
    assert plugin.reported == [] and plugin.asked == []


@pytest.mark.parametrize("how", ["expired", "revoked"])
def test_a_dead_refresh_token_asks_the_user_to_sign_in_again(plugin, enterprise, how, message_log):
    portal, server = enterprise
    # Access tokens long enough for a full read even on a loaded machine (QGIS 3.40's
    # provider reads ids one by one after a refusal), a refresh token that ends soon.
    portal.settings.token_lifetime_seconds = server.settings.token_lifetime_seconds = 3.0
    portal.settings.refresh_token_lifetime_seconds = 7.0
    portal.settings.refresh_token_exchange = False  # the portal will not extend it
    connection = browser_connection(portal)
    plugin.service.sign_in_with_browser(connection, opener=browser_for(portal), timeout=20)
    layer = feature_layer(server)
    assert layer.isValid() and fresh_count(layer) == FEATURES
    if how == "revoked":
        portal.revoke_refresh_tokens()
    deadline = time.monotonic() + 20.0
    while not any("expired or was revoked" in message for message in plugin.asked):
        fresh_count(layer)  # a layer in use: its token needs renewing
        QgsApplication.processEvents()
        assert time.monotonic() < deadline, f"never asked to sign in again; reported: {plugin.reported}"
    expected = f"The browser sign-in of the connection “{connection.name}”"
    assert plugin.asked[-1].startswith(expected) and "Sign in with browser" in plugin.asked[-1]
    assert len([message for message in plugin.asked if "expired or was revoked" in message]) == 1, "asked once"
    assert any(expected in line for line in message_log), "the message is in QGIS's log too (headless)"
    # The user signs in again (a session that lasts this time): the same layer reads again.
    portal.settings.refresh_token_lifetime_seconds = None
    assert plugin.service.sign_in_with_browser(connection, opener=browser_for(portal), timeout=20) == "alice"
    wait_for(lambda: fresh_count(layer) == FEATURES, timeout=30)


def test_a_connection_never_signed_in_asks_for_a_sign_in_and_never_prompts(plugin, enterprise):
    from arcgis_token_auth import api

    portal, server = enterprise
    plugin.service.prompt.interactive = True  # as in QGIS desktop: still no credentials dialog for it
    # The federated server's URL pasted: the sign-in belongs to its portal all the same.
    connection = api.add_connection(server.services_url, name="Pasted server", client_id=CLIENT_ID,
                                    browser_sign_in=True)  # fmt: skip
    assert not feature_layer(server).isValid()
    wait_for(lambda: plugin.asked)
    QgsApplication.processEvents()
    assert plugin.asked == [plugin.reported[0]] and set(plugin.reported) == set(plugin.asked)
    assert "no sign-in is stored" in plugin.asked[0] and connection.name in plugin.asked[0]
    assert portal.count("oauth2/token") == 0
    scripted = browser_for(portal)
    assert plugin.service.sign_in_with_browser(connection, opener=scripted, timeout=20) == "alice"
    assert scripted.opened[0].startswith(f"{portal.portal_url}/sharing/rest/oauth2/authorize?")
    assert feature_layer(server).featureCount() == FEATURES


# ---------------------------------------------------------------- what must fail, and how


def test_a_wrong_state_is_refused(plugin, enterprise):
    portal, _server = enterprise
    connection = browser_connection(portal)
    scripted = browser_for(portal)
    scripted.meddle = lambda _browser, location: location.replace("state=", "state=forged")
    error = sign_in_fails(plugin, connection, scripted)
    assert type(error) is errors.BrowserSignInRejectedError and "did not belong to this sign-in" in str(error)
    assert scripted.page is not None and scripted.page.status_code == 400
    assert portal.count("oauth2/token") == 0, "a code with the wrong state is never exchanged"


def test_a_code_used_before_is_refused(plugin, enterprise):
    portal, _server = enterprise
    connection = browser_connection(portal)

    def use_code_first(scripted: ScriptedBrowser, location: str) -> str:
        code = dict(parse_qsl(urlsplit(location).query))["code"]
        form = {"grant_type": "authorization_code", "client_id": CLIENT_ID, "code": code, "code_verifier": "x" * 43,
                "redirect_uri": location.split("?", maxsplit=1)[0]}  # fmt: skip
        scripted.session.post(f"{portal.portal_url}/sharing/rest/oauth2/token", data=form, timeout=10)
        return location

    scripted = browser_for(portal)
    scripted.meddle = use_code_first
    error = sign_in_fails(plugin, connection, scripted)
    assert type(error) is errors.BrowserSignInRejectedError and "refused its authorization code" in str(error)
    assert "Invalid authorization code" in error.detail


def test_a_code_bound_to_another_verifier_is_refused(plugin, enterprise):
    portal, _server = enterprise
    connection = browser_connection(portal)
    scripted = browser_for(portal)
    scripted.challenge = code_challenge("an-attacker-s-verifier-" + "a" * 30)
    error = sign_in_fails(plugin, connection, scripted)
    assert type(error) is errors.BrowserSignInRejectedError and "Invalid code_verifier" in error.detail


def test_an_app_without_the_loopback_redirect_times_out_with_a_hint(plugin, enterprise):
    portal, _server = enterprise
    portal.apps[CLIENT_ID].redirect_uris = ["https://webapp.example/callback"]
    connection = browser_connection(portal)
    scripted = browser_for(portal)
    started = time.monotonic()
    error = sign_in_fails(plugin, connection, scripted, timeout=1.5)
    assert time.monotonic() - started < 5
    assert scripted.refused is not None and scripted.refused["error"]["error_description"] == "Invalid redirect_uri"
    assert type(error) is errors.BrowserSignInTimeoutError and "http://127.0.0.1" in str(error)


def test_a_user_who_never_finishes_times_out(plugin, enterprise):
    portal, _server = enterprise
    connection = browser_connection(portal)
    scripted = browser_for(portal, act="nothing")
    error = sign_in_fails(plugin, connection, scripted, timeout=1.0)
    assert type(error) is errors.BrowserSignInTimeoutError and "stopped waiting" in str(error)


def test_cancelling_in_the_browser_or_in_qgis(plugin, enterprise):
    portal, _server = enterprise
    connection = browser_connection(portal)
    error = sign_in_fails(plugin, connection, browser_for(portal, act="cancel"))
    assert type(error) is errors.BrowserSignInCancelledError and error.detail.startswith("access_denied")

    scripted = browser_for(portal, act="nothing")
    sign_in = plugin.service.start_browser_sign_in(connection, opener=scripted, timeout=60)
    failures = []
    sign_in.failed.connect(failures.append)
    wait_for(lambda: scripted.opened)
    sign_in.cancel()
    wait_for(lambda: failures)
    assert type(failures[0]) is errors.BrowserSignInCancelledError and sign_in.done
    assert_listener_gone(scripted.redirect_port)


def test_no_browser_ends_at_once(plugin, enterprise):
    portal, _server = enterprise
    connection = browser_connection(portal)
    with pytest.raises(errors.BrowserUnavailableError):
        plugin.service.sign_in_with_browser(connection, opener=lambda _url: False, timeout=30)
    wait_for(lambda: not any(thread.name == LISTENER_THREAD for thread in threading.enumerate()), timeout=2.0)


def test_requests_that_are_not_the_redirect_leave_the_sign_in_running(plugin, enterprise):
    portal, server = enterprise
    connection = browser_connection(portal)
    scripted = browser_for(portal, act="nothing")
    sign_in = plugin.service.start_browser_sign_in(connection, opener=scripted, timeout=60)
    wait_for(lambda: scripted.opened)
    base = f"http://127.0.0.1:{scripted.redirect_port}"
    local = scripted.session
    assert local.get(base + "/favicon.ico", timeout=5).status_code == 404
    assert local.get(base + "/", timeout=5).status_code == 400  # no code, no state
    rebinding = local.get(base + "/?code=x&state=y", headers={"Host": "evil.example"}, timeout=5)
    assert rebinding.status_code == 421
    assert sign_in.is_running() and not sign_in.done
    scripted.act = "sign_in"
    scripted(QUrl(scripted.opened[0]))  # the user gets round to it
    wait_for(lambda: sign_in.done)
    assert sign_in.username == "alice" and feature_layer(server).isValid()


def test_sign_out_forgets_and_revokes_the_refresh_token(plugin, enterprise):
    portal, server = enterprise
    connection = browser_connection(portal)
    plugin.service.sign_in_with_browser(connection, opener=browser_for(portal), timeout=20)
    assert feature_layer(server).isValid()
    plugin.service.sign_out(connection.id)
    assert plugin.service.store.secret(connection) is None
    assert plugin.service.signed_in_user(connection.id) is None
    wait_for(lambda: portal.count("oauth2/revokeToken") == 1)
    (revoked,) = [record for record in portal.requests if record.endpoint == "oauth2/revokeToken"]
    assert revoked.method == "POST" and revoked.form["client_id"] == CLIENT_ID
    refreshed = requests.post(f"{portal.portal_url}/sharing/rest/oauth2/token", verify=str(portal.ca_file), timeout=10,
                              data={"grant_type": "refresh_token", "client_id": CLIENT_ID,
                                    "refresh_token": revoked.form["auth_token"]}).json()  # fmt: skip
    assert refreshed["error"]["error"] == "invalid_grant"
    from arcgis_token_auth import api

    engine = plugin.service.engine
    assert api.run_off_main_thread(lambda: engine.auth_for_request(portal.portal_url, may_block=True)) is None
    wait_for(lambda: any("no sign-in is stored" in message for message in plugin.asked))


def test_unload_ends_a_sign_in_under_way(trusted_ca, enterprise):
    portal, _server = enterprise
    plugin = load_plugin()
    connection = browser_connection(portal)
    scripted = browser_for(portal, act="nothing")
    plugin.service.start_browser_sign_in(connection, opener=scripted, timeout=60)
    wait_for(lambda: scripted.opened)
    unload_plugin(plugin)
    assert_listener_gone(scripted.redirect_port)


# ---------------------------------------------------------------- secrets


def test_no_code_or_token_in_any_log_settings_or_project_file(plugin, enterprise, message_log, caplog, tmp_path):
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    portal, server = enterprise
    portal.settings.token_lifetime_seconds = server.settings.token_lifetime_seconds = 2.0
    connection = browser_connection(portal)
    scripted = browser_for(portal)
    plugin.service.sign_in_with_browser(connection, opener=scripted, timeout=20)
    layer = feature_layer(server)
    deadline = time.monotonic() + 4.0  # a few renewals
    while time.monotonic() < deadline:
        assert fresh_count(layer) == FEATURES
    project = QgsProject.instance()
    project.addMapLayer(layer)
    project_path = tmp_path / "secured.qgz"
    assert project.write(str(project_path))
    project.removeAllMapLayers()
    QgsApplication.processEvents()

    secrets = set()
    for record in portal.requests + server.requests:
        secrets.update(record.tokens.values())
        secrets.update(value for key, value in record.form.items()
                       if key in {"code", "code_verifier", "refresh_token", "token", "auth_token"})  # fmt: skip
    location = scripted.page.url if scripted.page is not None else ""
    secrets.add(dict(parse_qsl(urlsplit(location).query))["code"])
    stored = BrowserSession.from_secret(plugin.service.store.secret(connection))
    secrets.add(stored.refresh_token.reveal())
    secrets = {secret for secret in secrets if secret}
    assert len(secrets) >= 6

    with zipfile.ZipFile(project_path) as archive:
        project_bytes = b"".join(archive.read(name) for name in archive.namelist())
    settings_files = {Path(QgsSettings().fileName()), *SESSION_DIR.rglob("*.ini")}
    auth_db = Path(QgsApplication.authManager().authenticationDatabasePath())
    scanned = {
        "project": project_bytes,
        "QGIS message log": "\n".join(message_log).encode(),
        "plugin log": "\n".join(record.getMessage() for record in caplog.records).encode(),
        "the browser's page": scripted.page.content if scripted.page is not None else b"",
        "auth DB (encrypted)": auth_db.read_bytes(),
        **{str(path): path.read_bytes() for path in settings_files if path.is_file()},
    }
    for name, content in scanned.items():
        leaked = [secret for secret in secrets if secret.encode() in content]
        assert not leaked, f"a code or token is in the {name}"
    assert b"authcfg=" in project_bytes
