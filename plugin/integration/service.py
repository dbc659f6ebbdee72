"""The running plugin's token service: engine + store + prompt + network hooks.

One instance while the plugin is loaded (desktop or qgis_process). It is the
only place that knows all the parts; the GUI, the Processing algorithms and
the Python API (:mod:`.api`) go through it.

Threads: the engine calls back on its own threads. Whatever touches QGIS
objects that belong to the main thread (prompts, telling the GUI) is passed
there with a queued Qt signal.

The auth DB is written only when the user changes something (a connection
saved, signed out, deleted, its config restored after an edit in QGIS's own
settings) and at unload: never on a token renewal, because QGIS froze for
good when the main thread wrote a config while provider threads applied
theirs (see :mod:`.store`). A browser sign-in's refresh token that the portal
replaced is kept in memory until then (in the OS keyring at once).

Browser sign-in (connections of kind ``browser``): :meth:`TokenService.start_browser_sign_in`
runs one (:mod:`.browser_signin`) and keeps its refresh token as the connection's
secret; the engine renews access tokens from it, in QGIS desktop and headless
alike. When it is missing, expires or is refused, ``sign_in_requested`` asks
the GUI to offer a new sign-in (headless, the message is logged and reported).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, pyqtSignal

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.credentials import CredentialKind, Secret
from ..core.engine import TestResult, TokenEngine
from ..core.errors import (
    ArcGISAuthError,
    BrowserSignInExpiringError,
    BrowserSignInNeededError,
    ExplainedError,
    InvalidCredentialsError,
    MissingSecretError,
    WebTierUnavailableError,
)
from ..core.http import HttpClient
from ..core.oauth import DEFAULT_SIGN_IN_MINUTES, SIGN_IN_TIMEOUT, BrowserSession, revoke
from ..core.phrases import QT_TRANSLATE_NOOP
from ..core.tokens import TokenInfo
from ..core.urls import ServerRoot, origin_of, redact
from ..core.webtier import ClientCertificate
from . import network
from .errors import (
    CredentialsNeededError,
    CredentialsNotKeptError,
    KeyringUnavailableError,
    NoConnectionError,
    SecretNeededError,
    StoreError,
)
from .injector import NetworkInjector
from .pki import CertificateUnavailable, PassphraseNeeded, client_certificate
from .prompt import CredentialPrompt, passphrase_key
from .secrets import SecretStore, keyring_unavailable_reason
from .store import ConnectionHealth, ConnectionStore
from .tasks import run_in_background, run_off_main_thread

if TYPE_CHECKING:  # the listener (http.server) loads when a browser sign-in starts, not with QGIS
    from .browser_signin import BrowserSignIn, Opener

log = logging.getLogger(LOGGER_NAME).getChild("service")

_active: Optional[TokenService] = None
CONFIG_WATCH_INTERVAL_MS = 5000


def active_service() -> Optional[TokenService]:
    """The service of the loaded plugin, or None when the plugin is not loaded."""
    return _active


class TokenService(QObject):
    """Signals carry no token: ``token_changed(connection_id, server_root, expires)``
    (``expires`` in epoch seconds, 0 for a token that does not expire),
    ``error_reported(connection_id, server_root, error)`` and
    ``sign_in_requested(connection_id, error)`` — a browser connection needs
    the user to sign in (again), on the main thread, once until they do —
    and ``edit_refused(connection_id, error)``: ArcGIS refused edits QGIS was
    saving to a layer (:mod:`.edits`). An ``error`` is the
    :class:`~..core.errors.ExplainedError` itself, with the service's hint
    (what to do next) on it: the GUI shows it translated."""

    token_changed = pyqtSignal(str, str, float)
    error_reported = pyqtSignal(str, str, object)
    sign_in_requested = pyqtSignal(str, object)
    edit_refused = pyqtSignal(str, object)
    _write_secret = pyqtSignal(str, object)  # connection id, Secret: to the main thread
    _ask_user = pyqtSignal(str, object)  # connection id, why (an error, or None): to the main thread
    _ask_sign_in = pyqtSignal(str, object)  # connection id, why (an error): to the main thread
    _ask_unlock = pyqtSignal(str)  # connection id: to the main thread
    _ask_passphrase = pyqtSignal(str, str)  # connection id, why: to the main thread

    def __init__(
        self,
        *,
        interactive: bool,
        cache_dir: Path,
        store: Optional[ConnectionStore] = None,
        on_server: bool = False,
    ) -> None:
        """``on_server``: in QGIS Server (:mod:`..server`), whose main thread signs in itself; nothing runs
        between requests there (no renewal thread, no settings watch) and nothing writes the auth DB."""
        super().__init__()
        self.store = store or ConnectionStore()
        self.on_server = on_server
        self.prompt = CredentialPrompt(interactive=interactive)
        self._ca_bundle_path = cache_dir / "ca-bundle.pem"
        self.engine = TokenEngine(
            self._secret_for,
            http=HttpClient(),
            on_token_changed=self._on_token_changed,
            on_error=self._on_error,
            on_secret_renewed=self._on_secret_renewed,
            background_renewal=not on_server,  # a FastCGI process must run nothing between requests
            certificate_provider=self._certificate_for,
        )
        self.injector = NetworkInjector(
            self.engine, on_edit_refused=self._on_edit_refused, main_thread_may_wait=on_server
        )
        # Queued even when emitted on the main thread: never inside a caller's blocking call.
        self._ask_user.connect(self._ask_user_now, Qt.ConnectionType.QueuedConnection)
        self._write_secret.connect(self._store_secret, Qt.ConnectionType.QueuedConnection)
        self._ask_sign_in.connect(self._request_sign_in, Qt.ConnectionType.QueuedConnection)
        self._ask_unlock.connect(self._unlock_for, Qt.ConnectionType.QueuedConnection)
        self._ask_passphrase.connect(self._ask_passphrase_now, Qt.ConnectionType.QueuedConnection)
        # Passphrases of certificate keys their configs do not keep, typed by the user: this session, in memory.
        self._passphrases: dict[str, Secret] = {}
        self._passphrases_lock = threading.Lock()  # sign-in threads drop a wrong one; the main thread adds
        self._unlock_pending = False  # one master-password prompt at a time
        self._unlock_declined = False  # the user cancelled it: not again until they act
        # A browser sign-in's renewed refresh token, from the engine thread that got it until it is
        # stored (the keyring: at once; the auth DB: at unload): the next renewal must not read the old one.
        self._renewed: dict[str, Secret] = {}
        self._renewed_lock = threading.Lock()
        self._sign_ins: dict[str, BrowserSignIn] = {}  # the latest browser sign-in of each connection
        self._running: set[BrowserSignIn] = set()  # every sign-in whose listener may still be open
        self._sign_in_requested: set[tuple[str, str]] = set()  # (connection id, English message): asked once
        self._last_errors: dict[str, ExplainedError] = {}  # connection id → what was last reported (last_error)
        # qgis_process tears QGIS down without unload(): a token write still queued then
        # must not reach the deleted auth manager.
        self._auth_db_gone = False
        QgsApplication.authManager().destroyed.connect(self._forget_auth_db)
        # QGIS 3.22 emits no signal when a config is edited or deleted in its Authentication
        # settings, nor when a CA is added or the proxy changed in its Options: look every few
        # seconds (a local decrypt and QGIS's in-memory CA list; no I/O).
        self._network_settings: Optional[tuple[object, ...]] = None
        self._config_watch = QTimer(self)
        self._config_watch.setInterval(CONFIG_WATCH_INTERVAL_MS)
        self._config_watch.timeout.connect(self.check_configs)
        self._config_watch.timeout.connect(self.check_network_settings)

    # -- life --------------------------------------------------------------------
    def start(self) -> None:
        global _active  # noqa: PLW0603 - one service per loaded plugin
        self.refresh_network_settings()
        if not self.on_server and self.store.clear_stale_tokens():  # before any layer loads: this writes the auth DB
            log.info("Removed the tokens that an earlier version kept in the connections' auth configs")
        for connection in self.store.connections():
            try:
                self.engine.add_connection(connection)
            except ValueError as error:  # the store skips duplicates already; never let one stop the rest
                log.warning("Skipped the connection %s: %s", connection.id, error)
        self.injector.install()
        if not self.on_server:
            self._config_watch.start()
        _active = self
        log.debug("Started with %d connection(s)", len(self.engine.connections()))

    def stop(self) -> None:
        global _active  # noqa: PLW0603
        for sign_in in list(self._running):
            sign_in.cancel()  # its listener closes within a poll interval
            sign_in.wait(2.0)
        self._running.clear()
        self._sign_ins.clear()
        self._config_watch.stop()
        self.injector.uninstall()
        self.engine.shutdown()
        self._store_renewed_secrets()
        if _active is self:
            _active = None

    def refresh_network_settings(self) -> None:
        """Give the engine QGIS's proxy and trusted CAs."""
        proxies, pem = self._current_network_settings()
        bundle = network.write_ca_bundle(self._ca_bundle_path, pem)
        self.engine.http.configure(proxies=proxies, ca_bundle=str(bundle))
        self._network_settings = (proxies, pem)

    def check_network_settings(self) -> bool:
        """A CA trusted or a proxy set in QGIS while it runs is used from the next sign-in on, without a
        restart (the error of an untrusted certificate says "add it … and try again"). True if changed."""
        if self._current_network_settings() == self._network_settings:
            return False
        log.info("QGIS's trusted certificate authorities or proxy changed: the plugin uses them from now on")
        self.refresh_network_settings()
        for connection in self.engine.connections():
            if self.engine.status(connection.id).error is not None:
                self.engine.renew_now(connection.id)  # a sign-in that failed may work now
        return True

    def _current_network_settings(self) -> tuple[dict[str, str], bytes]:
        roots = [connection.root.url for connection in self.engine.connections()]
        proxies = network.proxies_for(roots[0] if roots else "https://www.arcgis.com")
        return proxies, network.trusted_ca_pem()

    # -- connections -------------------------------------------------------------
    def connections(self) -> list[Connection]:
        return self.engine.connections()

    def connection(self, connection_id: str) -> Optional[Connection]:
        return next((c for c in self.engine.connections() if c.id == connection_id), None)

    def save_connection(
        self, connection: Connection, secret: Optional[Secret], secret_store: SecretStore = SecretStore.AUTH_DB
    ) -> Connection:
        """Create or change a connection (``secret=None`` keeps the stored one).

        The rules for where a secret lives are here, for the dialog and the API alike: a new
        connection, or one whose secret moves to the other store, needs the secret
        (``SecretNeededError``; a stored secret is never copied between stores); the OS keyring
        keeps one only when it encrypts it (``KeyringUnavailableError``, nothing written).
        Raises StoreError when QGIS's auth DB refuses the change.
        """
        moves = not connection.id or self.secret_moves(connection.id, secret_store)
        if secret is None and connection.needs_secret and moves:
            raise SecretNeededError(connection_name=connection.name)
        if secret is not None and secret_store is SecretStore.KEYRING:
            refused = keyring_unavailable_reason()
            if refused is not None:
                raise refused
        if not connection.id:
            connection = dataclasses.replace(connection, id=self.store.new_id())
        if secret is not None:
            self._forget_renewed(connection.id)  # the new secret wins over a renewal still queued
        self.store.save(connection, secret, secret_store)
        if self.connection(connection.id) is None:
            self.engine.add_connection(connection)
        else:
            self.engine.update_connection(connection)
        self.prompt.reset(connection.id)
        self._sign_in_requested = {asked for asked in self._sign_in_requested if asked[0] != connection.id}
        self._last_errors.pop(connection.id, None)
        return connection

    def connection_covering(
        self, url: str, *, prepare: Optional[Callable[[Connection], None]] = None
    ) -> Connection:
        """The connection whose token ``url`` gets (blocking, never on the main thread's time).

        A portal connection covers its federated servers only once it has signed in, so
        connections are signed in, same host first, until one covers ``url``.
        ``prepare(connection)`` runs before one is used (headless: fail fast on a secret that
        cannot be read). Raises NoConnectionError, with why the others could not sign in.
        """
        covering = self.engine.connection_for_url(url)
        if covering is not None:
            if prepare is not None:
                prepare(covering)
            return covering
        failures: list[ExplainedError] = []
        for candidate in sorted(self.connections(), key=lambda c: origin_of(c.url) != origin_of(url)):
            try:
                if prepare is not None:
                    prepare(candidate)
                if self.covers(candidate, url):
                    return candidate
            except ExplainedError as error:
                failures.append(error)
        raise NoConnectionError(origin_of(url), failures)

    def covers(self, connection: Connection, url: str) -> bool:
        """Whether ``url`` gets ``connection``'s token, signing it in first (off the main thread) when no
        connection covers ``url`` yet; raises the ArcGISAuthError that says why it could not sign in."""
        covering = self.engine.connection_for_url(url)
        if covering is None:
            root = connection.root.url  # a portal learns its federated servers when it signs in
            run_off_main_thread(lambda: self.engine.auth_for_connection(connection.id, root))
            covering = self.engine.connection_for_url(url)
        return covering is not None and covering.id == connection.id

    def secret_moves(self, connection_id: str, secret_store: SecretStore) -> bool:
        """Whether saving the connection with ``secret_store`` moves its stored secret to the other store."""
        return self.connection(connection_id) is not None and secret_store is not self.store.secret_store(connection_id)

    def delete_connection(self, connection_id: str) -> None:
        connection = self.connection(connection_id)
        if connection is not None and connection.credential is CredentialKind.BROWSER:
            self._end_browser_sign_in(connection)
        self.engine.remove_connection(connection_id)
        self.store.delete(connection_id)
        self._last_errors.pop(connection_id, None)

    def sign_out(self, connection_id: str, *, forget_secret: bool = False) -> None:
        """Forget the connection's tokens (and, if asked, its stored secret).

        A browser connection always forgets its sign-in — the refresh token is all
        it has — and the portal is asked to revoke it, in the background.
        """
        connection = self.connection(connection_id)
        if connection is None:
            return
        if connection.credential is CredentialKind.BROWSER:
            self._end_browser_sign_in(connection)
        elif forget_secret:
            self.store.forget_secret(connection_id)
        self.engine.update_connection(connection)  # drops its tokens
        self._last_errors.pop(connection_id, None)

    # -- browser sign-in -----------------------------------------------------------
    def start_browser_sign_in(
        self,
        connection: Connection,
        *,
        opener: Optional[Opener] = None,
        timeout: float = SIGN_IN_TIMEOUT,
        port: int = 0,
        expiration_minutes: Optional[int] = DEFAULT_SIGN_IN_MINUTES,
    ) -> BrowserSignIn:
        """Start a browser sign-in for ``connection`` (kind ``browser``) and return it at once.

        Connect to its ``succeeded(username)`` / ``failed(error)`` before control returns to
        the event loop; ``cancel()`` ends it. When it succeeds and ``connection`` is a saved
        connection (same id), ``connection`` is saved with the new sign-in as its secret, its
        tokens start over, and a token is fetched in the background. For a connection not
        saved yet, save it later with ``save_connection(connection, sign_in.secret)``.
        A sign-in already running for the same connection is cancelled.
        """
        from .browser_signin import BrowserSignIn

        previous = self._sign_ins.pop(connection.id, None)
        if previous is not None:
            previous.cancel()
        sign_in = BrowserSignIn(
            connection,
            self.engine.http,
            self.engine.discover,
            opener=opener,
            timeout=timeout,
            port=port,
            expiration_minutes=expiration_minutes,
            on_finished=self._browser_sign_in_finished,  # stores it before the signals tell anyone
            parent=self,
        )
        self._sign_ins[connection.id] = sign_in
        self._running.add(sign_in)
        sign_in.start()
        return sign_in

    def sign_in_with_browser(self, connection: Connection, **options: Any) -> str:
        """:meth:`start_browser_sign_in` (with its keyword ``options``), waiting for it (QGIS's events
        keep flowing): the signed-in user's name. Raises its :class:`ArcGISAuthError`. For scripts;
        the GUI uses the signals."""
        sign_in = self.start_browser_sign_in(connection, **options)
        loop = QEventLoop()
        sign_in.succeeded.connect(loop.quit)
        sign_in.failed.connect(loop.quit)
        if not sign_in.done:
            loop.exec()
        if sign_in.error is not None:
            raise sign_in.error
        return sign_in.username

    def signed_in_user(self, connection_id: str) -> Optional[str]:
        """Who the browser connection is signed in as, from its stored sign-in (a local decrypt); None
        when it is not a browser connection or nobody is signed in."""
        connection = self.connection(connection_id)
        if connection is None or connection.credential is not CredentialKind.BROWSER:
            return None
        session = self._browser_session(connection)
        return (session.username or None) if session is not None else None

    def _browser_session(self, connection: Connection) -> Optional[BrowserSession]:
        """The browser connection's stored sign-in (a local decrypt), or None."""
        secret = self._renewed_secret(connection.id) or self.store.secret(connection)
        try:
            return BrowserSession.from_secret(secret) if secret is not None else None
        except ValueError:
            return None

    def _browser_sign_in_finished(self, sign_in: BrowserSignIn) -> None:
        connection = sign_in.connection
        self._running.discard(sign_in)
        if self._sign_ins.get(connection.id) is not sign_in:
            return  # replaced by a newer sign-in, or signed out meanwhile
        del self._sign_ins[connection.id]
        if sign_in.secret is None or self.connection(connection.id) is None:
            return  # failed, or not saved yet: the caller saves it with sign_in.secret
        self.save_connection(connection, sign_in.secret, self.store.secret_store(connection.id))
        self.engine.renew_now(connection.id)  # a token now, and proof that the refresh token works

    def _end_browser_sign_in(self, connection: Connection) -> None:
        """Sign out: cancel a sign-in under way, forget the refresh token, revoke it at the portal."""
        running = self._sign_ins.pop(connection.id, None)
        if running is not None:
            running.cancel()
        session = self._browser_session(connection)
        self._forget_renewed(connection.id)
        self.store.forget_secret(connection.id)
        if session is None:
            return
        portal = ServerRoot.parse(session.portal) if session.portal else connection.root
        http, client_id, allow_plain_http = self.engine.http, connection.client_id, connection.allow_plain_http

        def revoke_it(_feedback: object) -> None:
            revoke(http, portal, client_id, session.refresh_token, allow_plain_http=allow_plain_http)
            log.info("“%s”: the portal revoked the browser sign-in", connection.name)

        task = run_in_background(f"Signing “{connection.name}” out at {portal.origin}", revoke_it)
        task.failed.connect(lambda error: log.info("Revoking the sign-in of “%s” failed: %s", connection.name, error))

    def renew_now(self, connection_id: str) -> None:
        """The user asked (main thread): unlock QGIS's auth DB first if it is locked, then sign in."""
        self.prompt.reset(connection_id)
        self._unlock_declined = False
        self._last_errors.pop(connection_id, None)
        self.unlock_auth_db()
        self.engine.renew_now(connection_id)

    def last_error(self, connection_id: str) -> Optional[ExplainedError]:
        """Why the connection's last sign-in failed, or a warning about its working token — as reported
        (``error_reported``), with the service's hint; None once it signed in again or the user acted."""
        return self._last_errors.get(connection_id)

    def _report(self, connection_id: str, server_root: str, error: ExplainedError) -> None:
        # Any thread: the dict's single operations are atomic; the signal is queued to the GUI.
        self._last_errors[connection_id] = error
        self.error_reported.emit(connection_id, server_root, error)

    def unlock_auth_db(self) -> bool:
        """Main thread, before work that reads stored secrets: when QGIS's auth DB is still locked, ask
        QGIS to unlock it — its own master-password prompt, in the desktop only, and not again after the
        user cancelled it until they act. True when it is unlocked."""
        auth = QgsApplication.authManager()
        if auth.masterPasswordIsSet():
            return True
        if not self.prompt.interactive or self._unlock_declined or self._unlock_pending:
            return False
        self._unlock_pending = True
        try:
            unlocked = bool(auth.setMasterPassword(True))  # QGIS's master-password dialog
        finally:
            self._unlock_pending = False
        self._unlock_declined = not unlocked
        return unlocked

    def test_connection(self, connection: Connection, secret: Optional[Secret] = None) -> TestResult:
        """Blocking: run it off the main thread (QgsTask). ``secret`` tests unsaved input."""
        return self.engine.test_connection(connection, secret)

    def tested(self, connection: Connection, result: TestResult, secret: Optional[Secret]) -> None:
        """Main thread, after a passed test in the dialogs: a saved connection tested as it is signs in
        too (in the background), so that its status says what the test just found."""
        if result.ok and secret is None and self.connection(connection.id) == connection:
            self.engine.renew_now(connection.id)

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
        if connection.credential is CredentialKind.BROWSER:
            # Never QGIS's credentials prompt: only a browser sign-in gives this secret.
            return self._renewed_secret(connection.id) or self.store.secret(connection)
        if self.store.needs_unlock(connection.id):
            # QGIS's master password first (its own prompt, on the main thread), then this sign-in again:
            # a locked auth DB is not a missing password.
            self._ask_unlock.emit(connection.id)
            return None
        secret = self.store.secret(connection)
        if secret is None:
            self._request_credentials(connection, None)
        return secret

    def _certificate_for(self, connection: Connection) -> ClientCertificate:
        # Only read here, like secrets: a locked auth DB asks for QGIS's master password on the main thread.
        def unavailable(reason: str) -> WebTierUnavailableError:
            return WebTierUnavailableError(connection.root.origin, reason=reason, connection_name=connection.name)

        if self.store.locked():
            self._ask_unlock.emit(connection.id)
            raise unavailable(QCoreApplication.translate("ArcGISTokenAuthPki", "QGIS's master password is needed"))
        config_id = connection.certificate_config
        passphrase = self._passphrases.get(config_id)
        try:
            return client_certificate(config_id, passphrase)
        except PassphraseNeeded as error:
            with self._passphrases_lock:  # the typed one that did not open the key, not one typed since
                if passphrase is not None and self._passphrases.get(config_id) is passphrase:
                    del self._passphrases[config_id]
            if self.prompt.reserve(passphrase_key(config_id)):
                self._ask_passphrase.emit(connection.id, str(error))
            raise unavailable(str(error)) from None
        except CertificateUnavailable as error:
            raise unavailable(str(error)) from None

    def _request_credentials(self, connection: Connection, reason: Optional[ArcGISAuthError]) -> None:
        if self.prompt.reserve(connection.id):
            self._ask_user.emit(connection.id, reason)

    # -- main thread -----------------------------------------------------------------
    def _ask_user_now(self, connection_id: str, reason: Optional[ArcGISAuthError]) -> None:
        """Show QGIS's credentials prompt; a new secret is stored and signed in with at once."""
        connection = self.connection(connection_id)
        answer = self.prompt.ask(connection, reason) if connection is not None else None
        if answer is None:
            return
        username, secret = answer
        try:  # a slot: nothing may escape it (PyQt aborts QGIS on an exception in a slot)
            changed = dataclasses.replace(connection, username=username) if username != connection.username else None
            self.store.save(changed or connection, secret, self.store.secret_store(connection_id))
        except (ValueError, StoreError, KeyringUnavailableError) as error:
            not_kept = CredentialsNotKeptError(connection_name=connection.name, reason=error)
            log.warning("%s", not_kept)
            self._report(connection_id, connection.root.url, not_kept)
            return
        if changed is not None:
            self.engine.update_connection(changed)
        self.engine.renew_now(connection_id)

    def _on_token_changed(self, connection: Connection, server_root: str, info: TokenInfo) -> None:
        expires = info.expires or 0.0
        log.info(
            "Token for “%s” at %s %s",
            connection.name,
            redact(server_root),
            "does not expire" if not info.expires else f"valid for {int(expires - info.obtained)} s",
        )
        self._last_errors.pop(connection.id, None)
        self.token_changed.emit(connection.id, server_root, expires)

    def _on_error(self, connection: Connection, server_root: Optional[str], error: ArcGISAuthError) -> None:
        # A secret that cannot be read may be a locked auth DB rather than a missing one.
        if isinstance(error, MissingSecretError) or type(error) is BrowserSignInNeededError:
            error = error.with_hint(_HEALTH_HINTS.get(self.store.health(connection.id)))
        log.warning("%s: %s", connection.name, error)
        self._report(connection.id, server_root or "", error)
        if isinstance(error, InvalidCredentialsError):
            self._request_credentials(connection, error)  # ask again, as ArcGIS Pro does
        if isinstance(error, (BrowserSignInNeededError, BrowserSignInExpiringError)):
            self._ask_sign_in.emit(connection.id, error)

    def _on_edit_refused(self, layer_url: str, error: ExplainedError) -> None:
        # QGIS's network thread, inside its commit: the signal is queued to the GUI.
        connection = self.engine.connection_for_url(layer_url)
        if connection is not None:
            self.edit_refused.emit(connection.id, error)

    def _on_secret_renewed(self, connection: Connection, secret: Secret) -> None:
        """The portal replaced the browser sign-in's refresh token: use the new one from now on."""
        with self._renewed_lock:
            self._renewed[connection.id] = secret
        if self.store.secret_store(connection.id) is SecretStore.KEYRING:
            self._write_secret.emit(connection.id, secret)  # not the auth DB: safe while requests run

    def _renewed_secret(self, connection_id: str) -> Optional[Secret]:
        with self._renewed_lock:
            return self._renewed.get(connection_id)

    def _forget_renewed(self, connection_id: str) -> None:
        with self._renewed_lock:
            self._renewed.pop(connection_id, None)

    def check_configs(self) -> None:
        """A user may have edited or deleted a connection's config in QGIS's Authentication settings.

        Put the plugin's fields back at once (with the same id, so layers keep
        their ``authcfg``) and ask for the lost secret again.
        """
        for connection in self.engine.connections():
            health = self.store.health(connection.id)
            if health not in (ConnectionHealth.CONFIG_MISSING, ConnectionHealth.EDITED_OUTSIDE):
                continue
            self.store.save(connection, None, self.store.secret_store(connection.id))
            needed = CredentialsNeededError(connection_name=connection.name).with_hint(_HEALTH_HINTS[health])
            log.warning("%s", needed)
            self._report(connection.id, connection.root.url, needed)
            self.renew_now(connection.id)

    def _forget_auth_db(self) -> None:
        self._auth_db_gone = True

    def _store_renewed_secrets(self) -> None:
        """At unload: the refresh tokens the portal replaced while QGIS ran go to the auth DB."""
        with self._renewed_lock:
            pending = list(self._renewed.items())
        for connection_id, secret in pending:
            self._store_secret(connection_id, secret)

    def _store_secret(self, connection_id: str, secret: Secret) -> None:
        # Main thread: the renewed sign-in, unless something newer replaced it meanwhile.
        if self._auth_db_gone or self._renewed_secret(connection_id) is not secret:
            return
        try:
            written = self.store.write_secret(connection_id, secret)
        except Exception as exc:  # noqa: BLE001 - a broken keyring must not break QGIS
            log.warning("The renewed sign-in of connection %s could not be stored (%s)", connection_id,
                        type(exc).__name__)  # fmt: skip
            return
        if written:
            with self._renewed_lock:
                if self._renewed.get(connection_id) is secret:
                    del self._renewed[connection_id]

    def _ask_passphrase_now(self, connection_id: str, reason: str) -> None:
        # Main thread: QGIS's credentials prompt for the key's passphrase, then the sign-in again.
        try:  # a slot: nothing may escape it
            connection = self.connection(connection_id)
            if connection is None:
                return
            config_id = connection.certificate_config
            configs = QgsApplication.authManager().availableAuthMethodConfigs()
            name = configs[config_id].name() if config_id in configs else config_id
            passphrase = self.prompt.ask_passphrase(config_id, name, reason)
            if passphrase is not None:
                with self._passphrases_lock:
                    self._passphrases[config_id] = passphrase
                self.engine.renew_now(connection_id)
        except Exception as error:  # noqa: BLE001 - a slot: anything escaping aborts QGIS; logged by type only
            log.error("Asking for the key's passphrase of “%s” failed (%s)", connection_id, type(error).__name__)

    def _unlock_for(self, connection_id: str) -> None:
        # Main thread: a sign-in met the locked auth DB; once unlocked, it tries again.
        if self.unlock_auth_db() and self.connection(connection_id) is not None:
            self.engine.renew_now(connection_id)

    def _request_sign_in(self, connection_id: str, error: ArcGISAuthError) -> None:
        # Main thread: each message once (every server root reports it) until the user signs in.
        asked = (connection_id, str(error))
        if asked in self._sign_in_requested or self.connection(connection_id) is None:
            return
        self._sign_in_requested.add(asked)
        self.sign_in_requested.emit(connection_id, error)


# Why a connection's secret cannot be read, when the auth DB knows: the hint added to its error.
_HEALTH_HINTS = {
    ConnectionHealth.LOCKED: QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "QGIS's authentication database is locked: in QGIS desktop enter the master password when asked; "
        "for qgis_process set QGIS_AUTH_PASSWORD_FILE to a file holding the master password."
    ),
    ConnectionHealth.EDITED_OUTSIDE: QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "Its authentication configuration was edited in QGIS's Authentication settings, which keep only "
        "the token: enter the credentials again in the ArcGIS Token Auth connections dialog."
    ),
    ConnectionHealth.CONFIG_MISSING: QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "Its authentication configuration was deleted in QGIS's Authentication settings: enter the "
        "credentials again in the ArcGIS Token Auth connections dialog (layers keep working with the same id)."
    ),
}
