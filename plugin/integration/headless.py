"""Connections for callers that cannot stop to ask a user: Processing algorithms, qgis_process, scripts.

QGIS desktop asks for the master password, and for a password the server
refused, in dialogs. The same code also runs under ``qgis_process``, on
servers and in scheduled jobs, where nobody would answer: there everything
that needs a user fails at once, with a message that says what to set.

Every function here blocks until it has an answer: call it where waiting is
fine, as a Processing algorithm does (a worker thread in the desktop, the main
thread under qgis_process). On QGIS's main thread the waiting happens on a
worker thread while QGIS's events keep flowing (:func:`blocking`), so that a
credentials prompt asked for from another thread can still be answered.

Failures are :class:`HeadlessError`: its message is the user's, and never
holds a token, a password or a URL's query.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from ..core.connection import DEFAULT_LIFETIME_MINUTES, DEFAULT_REFERER, Connection
from ..core.credentials import Secret
from ..core.engine import SignedRequest, TestResult
from ..core.errors import InvalidURLError
from ..core.phrases import QT_TRANSLATE_NOOP
from ..core.tokens import TokenInfo
from ..core.urls import RootTable, ServerRoot, origin_of
from ..translation import error_text, translated
from .errors import NoConnectionError, PluginError, PluginNotLoadedError
from .rest import request_json
from .secrets import SecretStore, keyring_unreadable_reason
from .service import TokenService, active_service
from .store import ConnectionHealth
from .tasks import run_off_main_thread

AD_HOC_CONNECTION_ID = "ad-hoc"  # credentials given directly: tested, never stored or routed

UNLOCK_HINT = QT_TRANSLATE_NOOP(
    "HeadlessError",
    "For qgis_process and other runs without a window, write the profile's master password on the first line "
    "of a file only you can read, and set the environment variable QGIS_AUTH_PASSWORD_FILE to its path"
)


class HeadlessError(PluginError):
    """Something the user must fix; ``str()`` is the message to show, translated where it is raised
    (context "HeadlessError")."""


def service() -> TokenService:
    running = active_service()
    if running is None:
        raise PluginNotLoadedError
    return running


# -- which connection -----------------------------------------------------------


def find_connection(reference: str) -> Connection:
    """The connection with id ``reference`` (what layers and models keep) or that name (what people type)."""
    running = service()
    wanted = reference.strip()
    by_id = running.connection(wanted)
    if by_id is not None:
        return by_id
    named = [c for c in running.connections() if c.name.strip().casefold() == wanted.casefold()]
    if len(named) == 1:
        return named[0]
    if named:
        ids = ", ".join(c.id for c in named)
        raise HeadlessError(
            QCoreApplication.translate(
                "HeadlessError", "Several connections are named “{name}”: give the id of one of them ({ids})."
            ).format(name=wanted, ids=ids)
        )
    raise HeadlessError(
        QCoreApplication.translate(
            "HeadlessError", "There is no ArcGIS Token Auth connection “{name}”. {connections}"
        ).format(name=wanted, connections=describe_connections())
    )


def describe_connections() -> str:
    """One sentence naming every connection with its id, for messages and help texts."""
    known = service().connections()
    if not known:
        return QCoreApplication.translate(
            "HeadlessError", "This QGIS profile has no ArcGIS Token Auth connections yet."
        )
    connection = QCoreApplication.translate("HeadlessError", "“{name}” (id {id})")
    listed = "; ".join(connection.format(name=c.name, id=c.id) for c in known)
    return QCoreApplication.translate("HeadlessError", "Connections in this QGIS profile: {connections}.").format(
        connections=listed
    )


def connection_for(url: str, reference: str = "") -> Connection:
    """The connection named by ``reference`` (id or name), checked to cover ``url``; without
    ``reference``, the connection that covers ``url``. Its secret is known to be readable.

    A portal connection covers its federated servers only once it has signed
    in, so connections may be signed in (same host first) to find out.
    """
    running = service()
    if reference.strip():
        connection = find_connection(reference)
        require_secret(connection)
        if not running.covers(connection, url):
            raise HeadlessError(
                QCoreApplication.translate(
                    "HeadlessError",
                    "The connection “{name}” does not cover {server}: "
                    "choose the connection for that server, or leave the connection empty to find it."
                ).format(name=connection.name, server=origin_of(url))
            )
        return connection
    try:
        return running.connection_covering(url, prepare=require_secret)
    except NoConnectionError as none:
        sentences = [error_text(none), describe_connections()]
        if none.failures:
            sentences.append(
                QCoreApplication.translate("HeadlessError", "One connection could not sign in: {reason}").format(
                    reason=error_text(none.failures[0])
                )
            )
        raise HeadlessError(" ".join(sentences)) from None


# -- secrets without prompts ------------------------------------------------------


def require_secret(connection: Connection, *, for_layers: bool = False) -> None:
    """Fail now, saying what to do, when the connection's secret cannot be read without asking someone.

    ``for_layers``: the caller makes QGIS layers that carry the connection's
    authcfg. QGIS opens that configuration for each of their requests, and
    sends nothing when it cannot (headless it fails silently: the layer is "not
    found"), so the auth DB must be unlocked even if the secret is in the keyring.
    In QGIS desktop a locked auth DB is unlocked the usual way: QGIS asks for
    the master password. Headless nobody would answer, so nothing asks.
    """
    running = service()
    store = running.store
    in_keyring = store.secret_store(connection.id) is SecretStore.KEYRING
    if in_keyring:
        reason = keyring_unreadable_reason()  # a secret already there is read from any working backend
        if reason is not None:
            raise HeadlessError(
                QCoreApplication.translate(
                    "HeadlessError",
                    "The secret of the connection “{name}” is kept in the OS keyring, which cannot be used here: "
                    "{reason}. Keep the secret in QGIS's authentication database instead (edit the connection), "
                    "or run where the keyring is available and unlocked."
                ).format(name=connection.name, reason=error_text(reason))
            )
        if not for_layers:
            return
    if not _unlocked(running):
        if in_keyring:
            raise HeadlessError(
                QCoreApplication.translate(
                    "HeadlessError",
                    "QGIS's authentication database is locked. Layers that sign in through the connection "
                    "“{name}” carry its authentication configuration, which QGIS opens only with the "
                    "master password. {unlock_hint}."
                ).format(name=connection.name, unlock_hint=translated(UNLOCK_HINT))
            )
        raise HeadlessError(
            QCoreApplication.translate(
                "HeadlessError",
                "QGIS's authentication database is locked, and the secret of the connection “{name}” "
                "is kept there. {unlock_hint}; or keep the connection's secret in the OS keyring."
            ).format(name=connection.name, unlock_hint=translated(UNLOCK_HINT))
        )
    health = store.health(connection.id)
    if health is ConnectionHealth.CONFIG_MISSING:
        raise HeadlessError(
            QCoreApplication.translate(
                "HeadlessError",
                "The authentication configuration of the connection “{name}” (id {id}) was deleted in QGIS's "
                "Authentication settings. Open the connection in the plugin and save it again."
            ).format(name=connection.name, id=connection.id)
        )
    if health is ConnectionHealth.EDITED_OUTSIDE:
        raise HeadlessError(
            QCoreApplication.translate(
                "HeadlessError",
                "The authentication configuration of the connection “{name}” was edited in QGIS's own EsriToken "
                "editor, which drops the plugin's settings. Open the connection in the plugin and save it again."
            ).format(name=connection.name)
        )
    if health is ConnectionHealth.LOCKED:
        raise HeadlessError(
            QCoreApplication.translate(
                "HeadlessError",
                "The authentication configuration of the connection “{name}” cannot be decrypted: "
                "check that QGIS_AUTH_PASSWORD_FILE holds this authentication database's master password."
            ).format(name=connection.name)
        )


def _unlocked(running: TokenService) -> bool:
    auth = QgsApplication.authManager()
    if not auth.masterPasswordIsSet() and running.prompt.interactive:
        auth.setMasterPassword(True)  # QGIS desktop's own prompt, safe from any thread; the user may cancel it
    return auth.masterPasswordIsSet()


# -- tokens -------------------------------------------------------------------------


def token(connection: Connection, url: str = "") -> tuple[str, TokenInfo]:
    """The server root ``url`` belongs to (default: the connection's own server), and the token the
    plugin sends there, fetched if needed: the token layers get, cached and renewed while QGIS runs."""
    running = service()
    target = url or connection.root.url
    require_secret(connection)
    if not running.covers(connection, target):
        raise HeadlessError(
            QCoreApplication.translate("HeadlessError", "The connection “{name}” does not cover {server}.").format(
                name=connection.name, server=origin_of(target)
            )
        )
    info = _sign_in(running, connection, target).token
    roots = RootTable((ServerRoot.parse(root), root) for root in running.engine.server_roots(connection.id))
    return roots.lookup(target) or connection.root.url, info


def check_connection(connection: Connection) -> TestResult:
    """Discovery, sign-in and transport check, as the connections dialog's Test button runs them."""
    require_secret(connection)
    return run_off_main_thread(lambda: service().test_connection(connection))


def check_credentials(
    url: str,
    username: str,
    password: str,
    *,
    referer: str = DEFAULT_REFERER,
    lifetime_minutes: int = DEFAULT_LIFETIME_MINUTES,
) -> TestResult:
    """Sign in with credentials that are no stored connection. Nothing is kept: the token is in
    the result only, and no request of QGIS ever carries it."""
    try:
        connection = Connection(
            id=AD_HOC_CONNECTION_ID,
            name=username or origin_of(url),
            url=url,
            username=username,
            referer=referer,
            lifetime_minutes=lifetime_minutes,
        )
    except InvalidURLError:
        raise
    except ValueError as exc:
        raise HeadlessError(str(exc)) from exc
    return run_off_main_thread(lambda: service().test_connection(connection, Secret(password)))


# -- ArcGIS REST requests with the token -----------------------------------------------


def _sign_in(running: TokenService, connection: Connection, url: str) -> SignedRequest:
    """The connection's token for ``url`` (signing in if needed); raises the ArcGISAuthError that says why
    not, or HeadlessError when the connection does not cover ``url``."""
    try:
        return run_off_main_thread(lambda: running.engine.auth_for_connection(connection.id, url))
    except LookupError as exc:
        raise HeadlessError(str(exc)) from exc


def rest_json(connection: Connection, url: str, form: dict[str, str], *, answer_format: str = "json"):
    """POST an ArcGIS REST request (``f=json`` added) with the connection's token; the answer's JSON object
    (``answer_format="pbf"``: a query's answer in protocol buffers, read into rows: ``FeatureRows``).

    POST, because long ``where`` clauses and object id lists do not fit in a
    URL (see :func:`.rest.request_json`). Raises the ArcGISAuthError that says
    why it failed, a failed sign-in's included.
    """
    engine = service().engine
    return run_off_main_thread(lambda: request_json(engine, connection, url, form, answer_format=answer_format))


