"""Connections ⇄ the QGIS auth DB (one EsriToken config each) and QgsSettings.

Each connection *is* an ``EsriToken`` auth config: its id is the config's id,
so layers carry ``authcfg=<id>`` and QGIS itself sends the config's ``token``
as ``X-Esri-Authorization``. The config's encrypted map also keeps the
plugin's own fields (the connection's definition and, unless the OS keyring
keeps it, the secret).

QgsSettings keep an index of the connections — the definition without any
secret — so that the plugin knows its connections at start-up without
decrypting the auth DB (which would ask for the master password while QGIS
starts).

QGIS's own EsriToken editor keeps only ``token`` when a user edits the config
in *Options → Authentication*: :meth:`ConnectionStore.health` notices that
(and a deleted config) so the plugin asks for the credentials again instead of
failing obscurely.
"""

from __future__ import annotations

import json
import logging
import threading
from enum import Enum
from typing import Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.credentials import Secret
from .secrets import SecretStore, delete_keyring_secret, read_keyring_secret, write_keyring_secret

log = logging.getLogger(LOGGER_NAME).getChild("store")

AUTH_METHOD = "EsriToken"
SETTINGS_GROUP = "arcgis_token_auth/connections"
# Keys of the plugin's fields inside the EsriToken config map ("token" is QGIS's).
TOKEN_KEY = "token"  # noqa: S105 - a key name, not a value
DEFINITION_KEY = "arcgis_token_auth.connection"
SECRET_KEY = "arcgis_token_auth.secret"  # noqa: S105 - a key name, not a value
SECRET_STORE_KEY = "arcgis_token_auth.secret_store"  # noqa: S105 - a key name, not a value


class ConnectionHealth(str, Enum):
    OK = "ok"
    CONFIG_MISSING = "config_missing"  # deleted in QGIS's Authentication settings
    EDITED_OUTSIDE = "edited_outside"  # QGIS's EsriToken editor dropped the plugin's fields
    LOCKED = "locked"  # the auth DB cannot be decrypted (no master password)


class StoreError(RuntimeError):
    """The auth DB refused a change; the message says which and what to do."""


class ConnectionStore:
    """Reads and writes connections; safe to call from worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    @staticmethod
    def _auth():
        return QgsApplication.authManager()

    # -- the index in QgsSettings -------------------------------------------
    def connections(self) -> list[Connection]:
        settings = QgsSettings()
        settings.beginGroup(SETTINGS_GROUP)
        try:
            ids = settings.childGroups()
        finally:
            settings.endGroup()
        found = []
        for connection_id in ids:
            connection = self.connection(connection_id)
            if connection is not None:
                found.append(connection)
        return sorted(found, key=lambda connection: connection.name.lower())

    def connection(self, connection_id: str) -> Optional[Connection]:
        raw = QgsSettings().value(f"{SETTINGS_GROUP}/{connection_id}/definition", "")
        if not raw:
            return None
        try:
            return Connection.from_dict(json.loads(raw))
        except (ValueError, TypeError) as exc:
            log.warning("Ignoring the stored connection %s: %s", connection_id, exc)
            return None

    def secret_store(self, connection_id: str) -> SecretStore:
        value = QgsSettings().value(f"{SETTINGS_GROUP}/{connection_id}/secret_store", SecretStore.AUTH_DB.value)
        try:
            return SecretStore(value)
        except ValueError:
            return SecretStore.AUTH_DB

    @staticmethod
    def new_id() -> str:
        return QgsApplication.authManager().uniqueConfigId()

    # -- writing ---------------------------------------------------------------
    def save(
        self,
        connection: Connection,
        secret: Optional[Secret],
        secret_store: SecretStore = SecretStore.AUTH_DB,
        token: str = "",
    ) -> None:
        """Create or replace the connection's EsriToken config and its index entry.

        ``secret=None`` keeps the secret already stored. Raises StoreError.
        """
        with self._lock:
            previous = self._load_config(connection.id)
            config = QgsAuthMethodConfig(AUTH_METHOD)
            config.setId(connection.id)
            config.setName(connection.name)
            config.setUri(connection.url)
            old_map = previous.configMap() if previous is not None else {}
            kept_secret = old_map.get(SECRET_KEY, "")
            config.setConfig(TOKEN_KEY, token or old_map.get(TOKEN_KEY, ""))
            config.setConfig(DEFINITION_KEY, json.dumps(connection.to_dict(), sort_keys=True))
            config.setConfig(SECRET_STORE_KEY, secret_store.value)
            if secret_store is SecretStore.KEYRING:
                if secret is not None:
                    write_keyring_secret(connection.id, secret.reveal())
            else:
                config.setConfig(SECRET_KEY, secret.reveal() if secret is not None else kept_secret)
            self._write_config(config, exists=previous is not None)
            if secret_store is SecretStore.AUTH_DB and secret is not None:
                delete_keyring_secret(connection.id)  # moved out of the keyring: leave no copy

            settings = QgsSettings()
            settings.setValue(f"{SETTINGS_GROUP}/{connection.id}/definition", json.dumps(connection.to_dict()))
            settings.setValue(f"{SETTINGS_GROUP}/{connection.id}/secret_store", secret_store.value)

    def write_token(self, connection_id: str, token: str) -> bool:
        """Put a fresh token in the config, keeping every other key; QGIS's header follows at once."""
        with self._lock:
            config = self._load_config(connection_id)
            if config is None or DEFINITION_KEY not in config.configMap():
                return False
            config.setConfig(TOKEN_KEY, token)
            return bool(self._auth().updateAuthenticationConfig(config))

    def write_secret(self, connection_id: str, secret: Secret) -> bool:
        """Replace only the stored secret, wherever the connection keeps it (a browser sign-in's
        renewed refresh token); True if it was written."""
        with self._lock:
            if self.secret_store(connection_id) is SecretStore.KEYRING:
                write_keyring_secret(connection_id, secret.reveal())
                return True
            config = self._load_config(connection_id)
            if config is None or DEFINITION_KEY not in config.configMap():
                return False
            config.setConfig(SECRET_KEY, secret.reveal())
            return bool(self._auth().updateAuthenticationConfig(config))

    def forget_secret(self, connection_id: str) -> None:
        with self._lock:
            delete_keyring_secret(connection_id)
            config = self._load_config(connection_id)
            if config is not None:
                config_map = config.configMap()
                config_map.pop(SECRET_KEY, None)
                config_map[TOKEN_KEY] = ""
                config.setConfigMap(config_map)
                self._auth().updateAuthenticationConfig(config)

    def delete(self, connection_id: str) -> None:
        with self._lock:
            delete_keyring_secret(connection_id)
            if connection_id in self._auth().configIds():
                self._auth().removeAuthenticationConfig(connection_id)
            settings = QgsSettings()
            settings.remove(f"{SETTINGS_GROUP}/{connection_id}")

    # -- reading secrets (worker threads) -----------------------------------
    def secret(self, connection: Connection) -> Optional[Secret]:
        if self.secret_store(connection.id) is SecretStore.KEYRING:
            value = read_keyring_secret(connection.id)
            return Secret(value) if value else None
        config = self._load_config(connection.id)
        if config is None:
            return None
        value = config.configMap().get(SECRET_KEY, "")
        return Secret(value) if value else None

    def health(self, connection_id: str) -> ConnectionHealth:
        auth = self._auth()
        if connection_id not in auth.configIds():
            return ConnectionHealth.CONFIG_MISSING
        if auth.masterPasswordIsSet() is False:
            return ConnectionHealth.LOCKED
        config = self._load_config(connection_id)
        if config is None:
            return ConnectionHealth.LOCKED
        if DEFINITION_KEY not in config.configMap():
            return ConnectionHealth.EDITED_OUTSIDE
        return ConnectionHealth.OK

    # -- the auth DB -----------------------------------------------------------
    def _load_config(self, connection_id: str) -> Optional[QgsAuthMethodConfig]:
        auth = self._auth()
        if connection_id not in auth.configIds():
            return None
        if not auth.masterPasswordIsSet():
            # Decrypting would prompt for the master password (in the desktop):
            # only code paths that may prompt set it first.
            return None
        config = QgsAuthMethodConfig()
        loaded = auth.loadAuthenticationConfig(connection_id, config, True)
        ok, config = loaded if isinstance(loaded, tuple) else (loaded, config)
        return config if ok and config.method() == AUTH_METHOD else None

    def _write_config(self, config: QgsAuthMethodConfig, *, exists: bool) -> None:
        auth = self._auth()
        if exists or config.id() in auth.configIds():
            written = auth.updateAuthenticationConfig(config)
        else:
            stored = auth.storeAuthenticationConfig(config, True)
            written = stored[0] if isinstance(stored, tuple) else stored
        if not written:
            raise StoreError(
                "QGIS's authentication database did not accept the connection. "
                "Unlock it with the master password (Settings → Options → Authentication) and try again."
            )
