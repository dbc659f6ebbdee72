"""Secrets kept in the OS keyring instead of the auth DB.

The test keyring is keyrings.alt's file keyring, under the test session's
XDG_DATA_HOME: a real ``keyring`` backend, never the developer's own keyring.
"""

from __future__ import annotations

import keyring
from keyring.backends import fail
from qgis.core import QgsApplication, QgsAuthMethodConfig

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.integration import connect, feature_layer


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
    stored = config_map(connection.id)
    assert USERS["alice"][0] not in "".join(stored.values())
    layer = feature_layer(server)
    assert layer.isValid() and layer.featureCount() == 60

    plugin.service.delete_connection(connection.id)
    assert working_keyring.get_password(KEYRING_SERVICE, connection.id) is None, "deleting forgets the keyring copy"


def test_moving_the_secret_back_to_the_auth_db_leaves_no_keyring_copy(plugin, working_keyring, arcgis_emulator):
    from arcgis_token_auth.plugin.core.credentials import Secret
    from arcgis_token_auth.plugin.integration.secrets import KEYRING_SERVICE, SecretStore

    server = add_users(arcgis_emulator(STANDALONE, features=10))
    connection = connect(server, keep_secret_in="keyring")
    plugin.service.save_connection(connection, Secret(USERS["alice"][0]), SecretStore.AUTH_DB)
    assert working_keyring.get_password(KEYRING_SERVICE, connection.id) is None
    assert feature_layer(server).isValid()


def test_without_a_usable_keyring_the_reason_is_given():
    from arcgis_token_auth.plugin.integration.secrets import keyring_unavailable_reason

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert "no OS keyring backend" in keyring_unavailable_reason()
    finally:
        keyring.set_keyring(previous)
