"""The running plugin's token service: engine + store + prompt + network hooks.

One instance while the plugin is loaded (desktop or qgis_process). It is the
only place that knows all the parts; the GUI, the Processing algorithms and
the Python API (:mod:`.api`) go through it.

Threads: the engine calls back on its own threads. Whatever touches QGIS
objects that belong to the main thread (writing the token into the auth
config, telling the GUI) is passed there with a queued Qt signal.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, Qt, QTimer, pyqtSignal

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.credentials import Secret
from ..core.engine import TestResult, TokenEngine
from ..core.errors import ArcGISAuthError, InvalidCredentialsError, MissingSecretError
from ..core.http import HttpClient
from ..core.tokens import TokenInfo
from ..core.urls import redact
from . import network
from .injector import NetworkInjector
from .prompt import CredentialPrompt
from .secrets import SecretStore
from .store import ConnectionHealth, ConnectionStore

log = logging.getLogger(LOGGER_NAME).getChild("service")

_active: Optional[TokenService] = None
CONFIG_WATCH_INTERVAL_MS = 5000


def active_service() -> Optional[TokenService]:
    """The service of the loaded plugin, or None when the plugin is not loaded."""
    return _active


class TokenService(QObject):
    """Signals carry no token: ``token_changed(connection_id, server_root, expires)``
    (``expires`` in epoch seconds, 0 for a token that does not expire) and
    ``error_reported(connection_id, server_root, message)``."""

    token_changed = pyqtSignal(str, str, float)
    error_reported = pyqtSignal(str, str, str)
    _write_token = pyqtSignal(str, object)  # connection id, Secret: to the main thread
    _ask_user = pyqtSignal(str, str)  # connection id, why: to the main thread

    def __init__(self, *, interactive: bool, cache_dir: Path, store: Optional[ConnectionStore] = None) -> None:
        super().__init__()
        self.store = store or ConnectionStore()
        self.prompt = CredentialPrompt(interactive=interactive)
        self._ca_bundle_path = cache_dir / "ca-bundle.pem"
        self.engine = TokenEngine(
            self._secret_for,
            http=HttpClient(),
            on_token_changed=self._on_token_changed,
            on_error=self._on_error,
        )
        self.injector = NetworkInjector(self.engine)
        # Queued even when emitted on the main thread: never inside a caller's blocking call.
        self._write_token.connect(self._store_token, Qt.ConnectionType.QueuedConnection)
        self._ask_user.connect(self._ask_user_now, Qt.ConnectionType.QueuedConnection)
        # qgis_process tears QGIS down without unload(): a token write still queued then
        # must not reach the deleted auth manager.
        self._auth_db_gone = False
        QgsApplication.authManager().destroyed.connect(self._forget_auth_db)
        # QGIS 3.22 emits no signal when a config is edited or deleted in its
        # Authentication settings: look every few seconds (a local decrypt, no I/O).
        self._config_watch = QTimer(self)
        self._config_watch.setInterval(CONFIG_WATCH_INTERVAL_MS)
        self._config_watch.timeout.connect(self.check_configs)

    # -- life --------------------------------------------------------------------
    def start(self) -> None:
        global _active  # noqa: PLW0603 - one service per loaded plugin
        self.refresh_network_settings()
        for connection in self.store.connections():
            self.engine.add_connection(connection)
        self.injector.install()
        self._config_watch.start()
        _active = self
        log.debug("Started with %d connection(s)", len(self.engine.connections()))

    def stop(self) -> None:
        global _active  # noqa: PLW0603
        self._config_watch.stop()
        self.injector.uninstall()
        self.engine.shutdown()
        if _active is self:
            _active = None

    def refresh_network_settings(self) -> None:
        """Give the engine QGIS's proxy and trusted CAs (after a change in QGIS's Options)."""
        roots = [connection.root.url for connection in self.engine.connections()]
        proxies = network.proxies_for(roots[0]) if roots else network.proxies_for("https://www.arcgis.com")
        bundle = network.write_ca_bundle(self._ca_bundle_path)
        self.engine.http.configure(proxies=proxies, ca_bundle=str(bundle))

    # -- connections -------------------------------------------------------------
    def connections(self) -> list[Connection]:
        return self.engine.connections()

    def connection(self, connection_id: str) -> Optional[Connection]:
        return next((c for c in self.engine.connections() if c.id == connection_id), None)

    def save_connection(
        self, connection: Connection, secret: Optional[Secret], secret_store: SecretStore = SecretStore.AUTH_DB
    ) -> Connection:
        """Create or change a connection (``secret=None`` keeps the stored one). Raises StoreError."""
        if not connection.id:
            connection = dataclasses.replace(connection, id=self.store.new_id())
        self.store.save(connection, secret, secret_store)
        if self.connection(connection.id) is None:
            self.engine.add_connection(connection)
        else:
            self.engine.update_connection(connection)
        self.prompt.reset(connection.id)
        return connection

    def delete_connection(self, connection_id: str) -> None:
        self.engine.remove_connection(connection_id)
        self.store.delete(connection_id)

    def sign_out(self, connection_id: str, *, forget_secret: bool = False) -> None:
        """Forget the connection's tokens (and, if asked, its stored secret)."""
        connection = self.connection(connection_id)
        if connection is None:
            return
        if forget_secret:
            self.store.forget_secret(connection_id)
        self.engine.update_connection(connection)  # drops its tokens
        self.store.write_token(connection_id, "")

    def renew_now(self, connection_id: str) -> None:
        self.prompt.reset(connection_id)
        self.engine.renew_now(connection_id)

    def test_connection(self, connection: Connection, secret: Optional[Secret] = None) -> TestResult:
        """Blocking: run it off the main thread (QgsTask). ``secret`` tests unsaved input."""
        return self.engine.test_connection(connection, secret)

    def health(self, connection_id: str) -> ConnectionHealth:
        return self.store.health(connection_id)

    def token_info(self, connection_id: str) -> Optional[TokenInfo]:
        connection = self.connection(connection_id)
        return None if connection is None else self.engine.token_info(connection.root.url)

    # -- engine callbacks (engine threads) ---------------------------------------
    def _secret_for(self, connection: Connection) -> Optional[Secret]:
        # Only read here. Asking the user, and writing the auth DB, happen on the main
        # thread (see _ask_user): a sign-in thread that waited for the user could hold up
        # a provider thread that QGIS's main thread is itself waiting for.
        secret = self.store.secret(connection)
        if secret is None:
            self._request_credentials(connection, "")
        return secret

    def _request_credentials(self, connection: Connection, reason: str) -> None:
        if self.prompt.reserve(connection.id):
            self._ask_user.emit(connection.id, reason)

    # -- main thread -----------------------------------------------------------------
    def _ask_user_now(self, connection_id: str, reason: str) -> None:
        """Show QGIS's credentials prompt; a new secret is stored and signed in with at once."""
        connection = self.connection(connection_id)
        answer = self.prompt.ask(connection, reason) if connection is not None else None
        if answer is None:
            return
        username, secret = answer
        changed = dataclasses.replace(connection, username=username) if username != connection.username else None
        self.store.save(changed or connection, secret, self.store.secret_store(connection_id))
        if changed is not None:
            self.engine.update_connection(changed)
        self.engine.renew_now(connection_id)

    def _on_token_changed(self, connection: Connection, server_root: str, info: TokenInfo) -> None:
        if server_root == connection.root.url:
            self._write_token.emit(connection.id, info.token)
        expires = info.expires or 0.0
        log.info(
            "Token for “%s” at %s %s",
            connection.name,
            redact(server_root),
            "does not expire" if not info.expires else f"valid for {int(expires - info.obtained)} s",
        )
        self.token_changed.emit(connection.id, server_root, expires)

    def _on_error(self, connection: Connection, server_root: Optional[str], error: ArcGISAuthError) -> None:
        message = str(error)
        if isinstance(error, MissingSecretError):
            hint = _HEALTH_HINTS.get(self.store.health(connection.id))
            message += f" {hint}" if hint else ""
        log.warning("%s: %s", connection.name, message)
        self.error_reported.emit(connection.id, server_root or "", message)
        if isinstance(error, InvalidCredentialsError):
            self._request_credentials(connection, message)  # ask again, as ArcGIS Pro does

    def check_configs(self) -> None:
        """A user may have edited or deleted a connection's config in QGIS's Authentication settings.

        Put the plugin's fields back at once (with the same id, so layers keep
        their ``authcfg``) and ask for the lost secret again.
        """
        for connection in self.engine.connections():
            health = self.store.health(connection.id)
            if health not in (ConnectionHealth.CONFIG_MISSING, ConnectionHealth.EDITED_OUTSIDE):
                continue
            info = self.engine.token_info(connection.root.url)
            token = info.token.reveal() if info is not None else ""
            self.store.save(connection, None, self.store.secret_store(connection.id), token=token)
            message = f"{connection.name}: {_HEALTH_HINTS[health]}"
            log.warning("%s", message)
            self.error_reported.emit(connection.id, connection.root.url, message)
            self.renew_now(connection.id)

    def _forget_auth_db(self) -> None:
        self._auth_db_gone = True

    def _store_token(self, connection_id: str, token: Secret) -> None:
        # Main thread: QGIS's own EsriToken header follows the fresh token at once.
        if self._auth_db_gone:
            return
        if not self.store.write_token(connection_id, token.reveal()):
            log.debug("The auth config of connection %s could not take the new token", connection_id)


_HEALTH_HINTS = {
    ConnectionHealth.LOCKED: (
        "QGIS's authentication database is locked: in QGIS desktop enter the master password when asked; "
        "for qgis_process set QGIS_AUTH_PASSWORD_FILE to a file holding the master password."
    ),
    ConnectionHealth.EDITED_OUTSIDE: (
        "Its authentication configuration was edited in QGIS's Authentication settings, which keep only "
        "the token: enter the credentials again in the ArcGIS Token Auth connections dialog."
    ),
    ConnectionHealth.CONFIG_MISSING: (
        "Its authentication configuration was deleted in QGIS's Authentication settings: enter the "
        "credentials again in the ArcGIS Token Auth connections dialog (layers keep working with the same id)."
    ),
}
