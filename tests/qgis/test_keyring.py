"""Secrets kept in the OS keyring instead of the auth DB.

The test keyring is keyrings.alt's encrypted file keyring, under the test
session's XDG_DATA_HOME: a real ``keyring`` backend, never the developer's own
keyring. keyrings.alt's PlaintextKeyring is a working backend that does not
encrypt: the plugin must refuse to keep a secret there.
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null
from keyrings.alt.file import PlaintextKeyring
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.integration import connect, feature_layer
from tests.qgis.keyrings import UnlockedEncryptedKeyring

PLAINTEXT_REASON = "the keyring backend PlaintextKeyring stores secrets unencrypted"


def file_holds(path: str, secret: str) -> bool:
    """Whether a keyring file holds ``secret`` as it is or base64-encoded (as PlaintextKeyring keeps it)."""
    if not Path(path).exists():
        return False
    text = Path(path).read_text(encoding="utf-8")
    return secret in text or base64.b64encode(secret.encode()).decode().rstrip("=") in text


def config_map(connection_id: str) -> dict:
    config = QgsAuthMethodConfig()
    ok, config = QgsApplication.authManager().loadAuthenticationConfig(connection_id, config, True)
    assert ok
    return config.configMap()


def test_secret_in_the_keyring_signs_in_and_never_reaches_the_auth_db(plugin, working_keyring, arcgis_emulator):
    from arcgis_token_auth.plugin.integration.secrets import KEYRING_SERVICE, keyring_unavailable_reason

    assert keyring_unavailable_reason() is None
    server = add_users(arcgis_emulator(STANDALONE, features=60))
    connection = connect(server, keep_secret_in="keyring")
    assert working_keyring.get_password(KEYRING_SERVICE, connection.id) == USERS["alice"][0]
    assert not file_holds(working_keyring.file_path, USERS["alice"][0]), "encrypted at rest"
    stored = config_map(connection.id)
    assert USERS["alice"][0] not in "".join(stored.values())
    layer = feature_layer(server)
    assert layer.isValid() and layer.featureCount() == 60

    plugin.service.delete_connection(connection.id)
    assert working_keyring.get_password(KEYRING_SERVICE, connection.id) is None, "deleting forgets the keyring copy"


def test_moving_the_secret_back_to_the_auth_db_leaves_no_keyring_copy(plugin, working_keyring, arcgis_emulator):
    from arcgis_token_auth.plugin.core.credentials import Secret
    from arcgis_token_auth.plugin.integration.errors import SecretNeededError
    from arcgis_token_auth.plugin.integration.secrets import KEYRING_SERVICE, SecretStore

    server = add_users(arcgis_emulator(STANDALONE, features=10))
    connection = connect(server, keep_secret_in="keyring")
    with pytest.raises(SecretNeededError, match="needs its secret"):  # never copied between stores
        plugin.service.save_connection(connection, None, SecretStore.AUTH_DB)
    assert working_keyring.get_password(KEYRING_SERVICE, connection.id) == USERS["alice"][0], "nothing changed"
    plugin.service.save_connection(connection, Secret(USERS["alice"][0]), SecretStore.AUTH_DB)
    assert working_keyring.get_password(KEYRING_SERVICE, connection.id) is None
    assert feature_layer(server).isValid()


def test_without_a_usable_keyring_the_reason_is_given():
    from arcgis_token_auth.plugin.integration.secrets import keyring_unavailable_reason

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert "no OS keyring backend" in str(keyring_unavailable_reason())
    finally:
        keyring.set_keyring(previous)


def test_a_plaintext_keyring_is_refused_with_the_reason_and_nothing_is_written(
    plugin, plaintext_keyring, arcgis_emulator
):
    from arcgis_token_auth.plugin.integration.errors import KeyringUnavailableError
    from arcgis_token_auth.plugin.integration.secrets import (
        keyring_unavailable_reason,
        keyring_unreadable_reason,
    )

    assert str(keyring_unavailable_reason()) == PLAINTEXT_REASON
    assert keyring_unreadable_reason() is None, "a secret already there can still be read, to move it"
    server = add_users(arcgis_emulator(STANDALONE))
    configs_before = set(QgsApplication.authManager().configIds())
    with pytest.raises(KeyringUnavailableError, match=PLAINTEXT_REASON):
        connect(server, keep_secret_in="keyring")
    assert plugin.service.connections() == []
    assert set(QgsApplication.authManager().configIds()) == configs_before, "no auth config was written"
    settings = QgsSettings()
    settings.beginGroup("arcgis_token_auth/connections")
    assert settings.childGroups() == [], "no settings entry was written"
    settings.endGroup()
    assert not file_holds(plaintext_keyring.file_path, USERS["alice"][0]), "the secret never reached the file"
    assert not [record for record in server.requests if record.endpoint == "generateToken"]


def test_a_secret_left_in_a_plaintext_keyring_is_still_read_so_it_can_be_moved(
    plugin, working_keyring, plaintext_keyring, arcgis_emulator, caplog
):
    """A secret an earlier version put in a plaintext keyring keeps working (with a warning) until
    the user moves it; moving it deletes the plaintext copy."""
    from arcgis_token_auth.plugin.core.credentials import Secret
    from arcgis_token_auth.plugin.integration.secrets import KEYRING_SERVICE, SecretStore

    server = add_users(arcgis_emulator(STANDALONE, features=10))
    keyring.set_keyring(working_keyring)
    connection = connect(server, keep_secret_in="keyring")
    keyring.set_keyring(plaintext_keyring)  # as the earlier version found it
    plaintext_keyring.set_password(KEYRING_SERVICE, connection.id, USERS["alice"][0])
    with caplog.at_level(logging.WARNING, logger="arcgis_token_auth"):
        assert plugin.service.store.secret(connection).reveal() == USERS["alice"][0]
        plugin.service.store.secret(connection)
    warnings = [record.getMessage() for record in caplog.records if "should not keep it" in record.getMessage()]
    assert len(warnings) == 1 and PLAINTEXT_REASON in warnings[0] and connection.id in warnings[0]
    assert USERS["alice"][0] not in caplog.text

    plugin.service.save_connection(connection, Secret(USERS["alice"][0]), SecretStore.AUTH_DB)
    assert plaintext_keyring.get_password(KEYRING_SERVICE, connection.id) is None
    assert not file_holds(plaintext_keyring.file_path, USERS["alice"][0]), "the plaintext copy is gone"
    assert feature_layer(server).featureCount() == 10


class UnknownKeyring(keyring.backend.KeyringBackend):
    """A backend of which nothing is known: it might keep secrets anyhow."""

    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise NotImplementedError

    def delete_password(self, service, username):
        raise NotImplementedError


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (UnlockedEncryptedKeyring, None),
        (PlaintextKeyring, PLAINTEXT_REASON),
        (fail.Keyring, "no OS keyring backend is available on this system"),
        (null.Keyring, "no OS keyring backend is available on this system"),
        (UnknownKeyring, "the keyring backend UnknownKeyring is not known to encrypt the secrets it stores"),
    ],
)
def test_which_backends_may_keep_a_secret(make, reason):
    from arcgis_token_auth.plugin.integration.secrets import insecure_backend_reason

    found = insecure_backend_reason(make())
    assert (found if found is None else str(found)) == reason


def test_a_chainer_is_judged_by_every_backend_it_would_use():
    from arcgis_token_auth.plugin.integration.secrets import insecure_backend_reason

    class Chain(chainer.ChainerBackend):
        backends = ()

    assert str(insecure_backend_reason(Chain())) == "no OS keyring backend is available on this system"
    Chain.backends = (UnlockedEncryptedKeyring(),)
    assert insecure_backend_reason(Chain()) is None
    Chain.backends = (UnlockedEncryptedKeyring(), PlaintextKeyring())
    assert str(insecure_backend_reason(Chain())) == PLAINTEXT_REASON
