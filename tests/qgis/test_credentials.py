"""Missing, wrong or unusable credentials: a clear message, QGIS keeps running, no prompt loop.

Headless (the plugin as qgis_process loads it) nothing ever prompts. In the
desktop QGIS's own QgsCredentials prompt asks; here a scripted QgsCredentials
plays the user, the way QGIS desktop installs its dialog.
"""

from __future__ import annotations

import socket
from typing import Optional

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsCredentials

from tests.emulator import STANDALONE, EmulatorCA
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.conftest import MASTER_PASSWORD
from tests.qgis.integration import connect, feature_layer, settle, wait_for

RIGHT = USERS["alice"][0]


class ScriptedUser(QgsCredentials):
    """Answers QGIS's credentials prompt from a script: a password, or None to cancel."""

    def __init__(self, answers: list) -> None:
        super().__init__()
        self.answers = list(answers)
        self.prompts: list[str] = []
        self._previous = QgsCredentials.instance()
        self.setInstance(self)

    def request(self, realm, username, password, message=""):
        self.prompts.append(message)
        answer = self.answers.pop(0) if self.answers else None
        return (answer is not None), username, answer or ""

    def requestMasterPassword(self, password, stored=False):  # noqa: N802 - QGIS API name
        return False, ""

    def restore(self) -> None:
        self.setInstance(self._previous)


@pytest.fixture
def plugin(plugin):
    """The shared plugin fixture, with the messages it reported."""
    messages: list[str] = []
    plugin.service.error_reported.connect(lambda _id, _root, error: messages.append(str(error)))
    plugin.messages = messages
    return plugin


@pytest.fixture
def desktop_plugin(plugin):
    """The same plugin, prompting as it does in QGIS desktop."""
    plugin.service.prompt.interactive = True
    return plugin


@pytest.fixture
def scripted_user():
    made: list[ScriptedUser] = []
    before = QgsCredentials.instance()

    def make(*answers) -> ScriptedUser:
        made.append(ScriptedUser(list(answers)))
        return made[-1]

    yield make
    # Newest first: each user restores the one before it, so the first restores QGIS's own prompt.
    # (Oldest first would leave QGIS pointing at a user this fixture is about to free.)
    for user in reversed(made):
        user.restore()
    assert QgsCredentials.instance() is before


def flush_events() -> None:
    QgsApplication.processEvents()


def test_wrong_password_headless_is_reported_once_and_never_retried(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=20))
    from arcgis_token_auth import api

    api.add_connection(server.root_url, username="alice", password="wrong")
    for _ in range(3):
        assert not feature_layer(server).isValid()
    flush_events()
    assert server.count("generateToken") == 1, "a refused password is not sent again by itself"
    assert len(plugin.messages) == 1
    assert "refused the user name or password" in plugin.messages[0]
    assert RIGHT not in plugin.messages[0] and "wrong" not in plugin.messages[0]


def test_server_down_gives_a_clear_message(plugin):
    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    from arcgis_token_auth import api

    url = f"https://127.0.0.1:{port}/arcgis/rest/services"
    api.add_connection(url, username="alice", password=RIGHT)
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(api.layer_uri(url + "/Demo/Points/FeatureServer/0"), "down", "arcgisfeatureserver")
    assert not layer.isValid()
    flush_events()
    assert plugin.messages and "refused the connection" in plugin.messages[0]


def test_untrusted_tls_certificate_tells_how_to_trust_the_ca(plugin, arcgis_emulator, tmp_path):
    stranger = add_users(arcgis_emulator(STANDALONE, features=20, ca=EmulatorCA(tmp_path / "other-ca.pem")))
    connect(stranger)
    # What the request hook does for a layer's request on a QGIS worker thread. (Not a layer loaded on the
    # main thread: QGIS 3.22's own handling of the TLS error of such a request can miss its wake-up and
    # wait for ever — a race in QgsNetworkAccessManager::onReplySslErrors, seen under load.)
    assert plugin.service.engine.auth_for_request(stranger.services_url, may_block=True) is None
    flush_events()
    assert plugin.messages and "certificate" in plugin.messages[0] and "Certificate Manager" in plugin.messages[0]


def test_desktop_asks_again_after_a_refused_password_and_keeps_the_new_one(
    desktop_plugin, arcgis_emulator, scripted_user
):
    server = add_users(arcgis_emulator(STANDALONE, features=30))
    from arcgis_token_auth import api

    connection = api.add_connection(server.root_url, username="alice", password="outdated")
    user = scripted_user(RIGHT)
    assert not feature_layer(server).isValid()  # the stale password fails this load, without a hang
    wait_for(lambda: len(user.prompts) == 1)  # then QGIS's prompt, on the main thread
    assert "refused the user name or password" in user.prompts[0]
    wait_for(lambda: desktop_plugin.service.token_info(connection.id) is not None)
    layer = feature_layer(server)
    assert layer.isValid() and layer.featureCount() == 30
    assert desktop_plugin.service.store.secret(connection).reveal() == RIGHT


def test_desktop_prompts_are_bounded_and_a_cancel_ends_them(desktop_plugin, arcgis_emulator, scripted_user):
    server = add_users(arcgis_emulator(STANDALONE, features=30))
    server.settings.lockout_attempts = None
    from arcgis_token_auth import api

    api.add_connection(server.root_url, username="alice", password="outdated")
    user = scripted_user("typo", "typo again", "and again", "once more")
    assert not feature_layer(server).isValid()
    wait_for(lambda: len(user.prompts) == 3)
    settle(1.0)
    for _ in range(3):
        assert not feature_layer(server).isValid()
    settle(1.0)
    assert len(user.prompts) == 3, "no prompt loop"
    assert server.count("generateToken") == 4  # the stored password, then each typed one once

    cancelling = scripted_user(None)
    other = add_users(arcgis_emulator(STANDALONE, features=30))
    api.add_connection(other.root_url, username="alice", password="outdated")
    for _ in range(3):
        assert not feature_layer(other).isValid()
        settle(0.3)
    assert len(cancelling.prompts) == 1, "after a cancel, no more prompts until the user acts"


def test_config_edited_in_qgis_settings_is_noticed_and_asked_for_again(
    desktop_plugin, arcgis_emulator, scripted_user
):
    server = add_users(arcgis_emulator(STANDALONE, features=25))
    connection = connect(server)
    auth = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    ok, config = auth.loadAuthenticationConfig(connection.id, config, True)
    assert ok
    config.setConfigMap({"token": "pasted-by-hand"})  # what QGIS's EsriToken editor saves
    assert auth.updateAuthenticationConfig(config)
    assert desktop_plugin.service.health(connection.id).value == "edited_outside"

    user = scripted_user(RIGHT)
    desktop_plugin.service.check_configs()  # what the plugin's watch timer does every few seconds
    assert desktop_plugin.service.health(connection.id).value == "ok", "the plugin's fields are back"
    wait_for(lambda: len(user.prompts) == 1)  # the password QGIS's editor dropped, asked for again
    wait_for(lambda: desktop_plugin.service.store.secret(connection) is not None)
    layer = feature_layer(server)
    assert layer.isValid() and layer.featureCount() == 25


def test_config_deleted_in_qgis_settings_comes_back_with_the_same_id(desktop_plugin, arcgis_emulator, scripted_user):
    server = add_users(arcgis_emulator(STANDALONE, features=25))
    connection = connect(server)
    assert feature_layer(server).isValid()
    user = scripted_user(RIGHT)
    QgsApplication.authManager().removeAuthenticationConfig(connection.id)
    assert desktop_plugin.service.health(connection.id).value == "config_missing"
    desktop_plugin.service.check_configs()  # what the plugin's watch timer does every few seconds
    assert desktop_plugin.service.health(connection.id).value == "ok"
    layer = feature_layer(server)  # its URI names the same authcfg id
    assert layer.isValid() and layer.featureCount() == 25
    wait_for(lambda: len(user.prompts) == 1)  # the lost password, asked for again


def test_headless_deleted_config_message_says_what_happened(plugin, arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=25))
    connection = connect(server)
    assert feature_layer(server).isValid()
    QgsApplication.authManager().removeAuthenticationConfig(connection.id)
    plugin.service.check_configs()
    assert any("deleted in QGIS's Authentication settings" in m for m in plugin.messages)
    assert feature_layer(server).isValid(), "layers keep loading with the token the plugin put back"


class ScriptedMasterPassword(ScriptedUser):
    """QGIS desktop's prompts, scripted: its master-password dialog answered (or cancelled)."""

    def __init__(self, master: Optional[str], answers: list) -> None:
        super().__init__(answers)
        self.master = master
        self.master_prompts = 0

    def requestMasterPassword(self, password, stored=False):  # noqa: N802 - QGIS API name
        self.master_prompts += 1
        return (self.master is not None), self.master or ""


@pytest.fixture
def locked(desktop_plugin, arcgis_emulator):
    """A saved connection, and QGIS's auth DB locked as in a new desktop session (nothing has asked for
    the master password yet); the master-password prompt scripted (set ``user.master``; None cancels)."""
    server = add_users(arcgis_emulator(STANDALONE, features=10))
    connection = connect(server)
    auth = QgsApplication.authManager()
    auth.clearMasterPassword()
    user = ScriptedMasterPassword(None, [])
    yield server, connection, user
    user.restore()
    auth.setMasterPassword(MASTER_PASSWORD, True)


def test_a_locked_auth_db_asks_for_the_master_password_not_the_arcgis_one(desktop_plugin, locked):
    server, connection, user = locked
    user.master = MASTER_PASSWORD
    # A layer's renewal on a worker thread meets the locked DB: QGIS's master-password prompt, once,
    # on the main thread; then the sign-in goes on. QGIS's credentials dialog never asks for the
    # ArcGIS password, which is stored.
    assert desktop_plugin.service.engine.auth_for_request(server.services_url, may_block=True) is None
    wait_for(lambda: desktop_plugin.service.engine.status(connection.id).token is not None, timeout=10)
    assert user.master_prompts == 1 and user.prompts == []
    assert QgsApplication.authManager().masterPasswordIsSet()


def test_a_cancelled_master_password_prompt_is_not_repeated_until_the_user_acts(desktop_plugin, locked):
    server, connection, user = locked  # the user cancels QGIS's master-password prompt
    for _ in range(3):
        desktop_plugin.service.engine.auth_for_request(server.services_url, may_block=True)
        settle(0.3)
    assert user.master_prompts == 1 and user.prompts == []
    assert "locked" in desktop_plugin.messages[-1]  # the message says what is wrong: the locked DB
    user.master = MASTER_PASSWORD
    desktop_plugin.service.renew_now(connection.id)  # the user acts: Renew Now
    assert user.master_prompts == 2
    wait_for(lambda: desktop_plugin.service.engine.status(connection.id).token is not None, timeout=10)
