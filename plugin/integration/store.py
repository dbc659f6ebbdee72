"""Connections ⇄ the QGIS auth DB (one EsriToken config each) and QgsSettings.

Each connection *is* an ``EsriToken`` auth config: its id is the config's id,
so layers carry ``authcfg=<id>``. The config's encrypted map keeps the
plugin's own fields (the connection's definition and, unless the OS keyring
keeps it, the secret) and an **empty** ``token``: the live token is never in
the auth DB. The request hook alone signs requests, so

* the auth DB is written only when the user changes a connection, never on a
  renewal: QGIS 3.22 froze for good when the main thread wrote a config while
  provider threads read theirs (its two auth-manager locks taken in opposite
  orders);
* QGIS, which applies a request's ``authcfg`` again to wherever a redirect
  points (any origin, even plain HTTP), has no token to carry there.

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
from .errors import StoreError
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


class ConnectionStore:
    """Reads and writes connections; safe to call from worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reported: set[tuple[str, str]] = set()  # (entry, why) of unreadable entries, warned once

    @staticmethod
    def _auth():
        return QgsApplication.authManager()

    # -- the index in QgsSettings -------------------------------------------
    def connections(self) -> list[Connection]:
        """Every connection the index holds; an entry that cannot be read is skipped (and logged once),
        so that one damaged entry never costs the others."""
        settings = QgsSettings()
        settings.beginGroup(SETTINGS_GROUP)
        try:
            ids = settings.childGroups()
        finally:
            settings.endGroup()
        found: dict[str, Connection] = {}
        for connection_id in ids:
            connection = self.connection(connection_id)
            if connection is not None:
                found.setdefault(connection.id, connection)  # unique: connection() checks the id is the key
        return sorted(found.values(), key=lambda connection: connection.name.lower())

    def connection(self, connection_id: str) -> Optional[Connection]:
        """The connection of the index entry ``connection_id``; None when there is none, or when it
        cannot be read (hand-edited, or written by another version), which is logged once per entry."""
        raw = QgsSettings().value(f"{SETTINGS_GROUP}/{connection_id}/definition", "")
        if raw is None or raw == "":
            return None
        try:
            if not isinstance(raw, str):
                raise ValueError(f"the definition is not JSON text but {type(raw).__name__}")
            connection = Connection.from_dict(json.loads(raw))
        except (ValueError, RecursionError) as exc:  # JSONDecodeError included; from_dict raises only ValueError
            self._unreadable(connection_id, str(exc) or type(exc).__name__)
            return None
        if connection.id != connection_id:
            # A copied entry: two entries would claim one auth config (and the engine one id).
            self._unreadable(connection_id, f"its definition names the id {connection.id!r}, not its own")
            return None
        return connection

    def _unreadable(self, connection_id: str, why: str) -> None:
        seen = (connection_id, why) in self._reported
        self._reported.add((connection_id, why))
        (log.debug if seen else log.warning)(
            "Skipped the stored connection %s (settings %s/%s/definition), which cannot be read: %s. "
            "Fix or delete that entry; the other connections are loaded.",
            connection_id,
            SETTINGS_GROUP,
            connection_id,
            why,
        )

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
    ) -> None:
        """Create or replace the connection's EsriToken config and its index entry.

        ``secret=None`` keeps the secret already stored. Raises StoreError.
        A token left in the config by an earlier version of the plugin is removed.
        """
        with self._lock:
            previous = self._load_config(connection.id)
            config = QgsAuthMethodConfig(AUTH_METHOD)
            config.setId(connection.id)
            config.setName(connection.name)
            config.setUri(connection.url)
            old_map = previous.configMap() if previous is not None else {}
            kept_secret = old_map.get(SECRET_KEY, "")
            config.setConfig(TOKEN_KEY, "")  # never the live token: see the module doc
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

    def clear_stale_tokens(self) -> int:
        """Empty the ``token`` that earlier versions of the plugin kept in the configs; how many.

        Only when the auth DB is unlocked already (decrypting would prompt) and at
        start-up, before layers load: it writes the auth DB.
        """
        cleared = 0
        with self._lock:
            for connection in self.connections():
                config = self._load_config(connection.id)
                if config is None or not config.configMap().get(TOKEN_KEY):
                    continue
                config.setConfig(TOKEN_KEY, "")
                cleared += bool(self._auth().updateAuthenticationConfig(config))
        return cleared

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
    def locked(self) -> bool:
        """Whether QGIS's auth DB waits for its master password (reading a secret would fail)."""
        return not self._auth().masterPasswordIsSet()

    def needs_unlock(self, connection_id: str) -> bool:
        """Whether the connection's secret waits for QGIS's master password."""
        return self.secret_store(connection_id) is SecretStore.AUTH_DB and self.locked()

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
            raise StoreError()
