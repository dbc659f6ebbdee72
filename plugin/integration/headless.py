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

import weakref
from functools import partial
from typing import Callable, TypeVar

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt, QThread

from ..core.connection import DEFAULT_LIFETIME_MINUTES, DEFAULT_REFERER, Connection
from ..core.credentials import Secret
from ..core.engine import TestResult
from ..core.errors import ArcGISAuthError, InvalidTokenError, TokenStillRefusedError, service_error
from ..core.tokens import TokenInfo
from ..core.urls import RootTable, ServerRoot, origin_of
from .api import NoConnectionError, PluginNotLoadedError, run_off_main_thread
from .secrets import SecretStore, keyring_unreadable_reason
from .service import TokenService, active_service
from .store import ConnectionHealth

T = TypeVar("T")

AD_HOC_CONNECTION_ID = "ad-hoc"  # credentials given directly: tested, never stored or routed

UNLOCK_HINT = (
    "For qgis_process and other runs without a window, write the profile's master password on the first line "
    "of a file only you can read, and set the environment variable QGIS_AUTH_PASSWORD_FILE to its path"
)


class HeadlessError(RuntimeError):
    """Something the user must fix; ``str()`` is the message to show."""


def service() -> TokenService:
    running = active_service()
    if running is None:
        raise HeadlessError(str(PluginNotLoadedError()))
    return running


# The engine reports a sign-in failure once, when it happens (error_reported), and then waits
# before it tries again — for a refused password until the user changes something, since
# retrying locks accounts. An algorithm that asks later learns the reason from here.
_failures: weakref.WeakKeyDictionary[TokenService, dict[str, str]] = weakref.WeakKeyDictionary()


def watch(running: TokenService) -> dict[str, str]:
    """The last failure message of each connection of ``running`` that has not signed in since.

    Listening starts at the first call: the Processing provider makes it as QGIS loads the plugin.
    """
    failures = _failures.get(running)
    if failures is None:
        failures = _failures[running] = {}

        def failed(connection_id: str, _root: str, message: str) -> None:
            failures[connection_id] = message

        def signed_in(connection_id: str, _root: str, _expires: float) -> None:
            failures.pop(connection_id, None)

        # Direct: a report comes from the thread that signed in, and must be in before that thread goes on.
        running.error_reported.connect(failed, Qt.ConnectionType.DirectConnection)
        running.token_changed.connect(signed_in, Qt.ConnectionType.DirectConnection)
    return failures


def blocking(function: Callable[[], T]) -> T:
    """``function()``, run here; on the main thread, run on a worker thread while QGIS's events flow."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return function()
    try:
        return run_off_main_thread(function)
    finally:
        # Deliver now what the worker queued for the main thread (the service stores a new token
        # there): qgis_process tears QGIS down right after the algorithm, without unloading the
        # plugin, and a call still queued then meets a deleted auth manager (a segfault).
        app.processEvents()


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
        raise HeadlessError(f"Several connections are named “{wanted}”: give the id of one of them ({ids}).")
    raise HeadlessError(f"There is no ArcGIS Token Auth connection “{wanted}”. {describe_connections()}")


def describe_connections() -> str:
    """One sentence naming every connection with its id, for messages and help texts."""
    known = service().connections()
    if not known:
        return "This QGIS profile has no ArcGIS Token Auth connections yet."
    listed = "; ".join(f"“{c.name}” (id {c.id})" for c in known)
    return f"Connections in this QGIS profile: {listed}."


def connection_for(url: str, reference: str = "") -> Connection:
    """The connection named by ``reference`` (id or name), checked to cover ``url``; without
    ``reference``, the connection that covers ``url``. Its secret is known to be readable.

    A portal connection covers its federated servers only once it has signed
    in, so connections may be signed in (same host first) to find out.
    """
    running = service()
    if reference.strip():
        connection = find_connection(reference)
        if not _covers(running, connection, url):
            raise HeadlessError(
                f"The connection “{connection.name}” does not cover {origin_of(url)}: "
                "choose the connection for that server, or leave the connection empty to find it."
            )
        return connection
    covering = running.engine.connection_for_url(url)
    if covering is not None:
        require_secret(covering)
        return covering
    unusable: list[str] = []
    for candidate in sorted(running.connections(), key=lambda c: origin_of(c.url) != origin_of(url)):
        try:
            if _covers(running, candidate, url):
                return candidate
        except HeadlessError as exc:
            unusable.append(str(exc))
    hint = f" One connection could not sign in: {unusable[0]}" if unusable else ""
    raise HeadlessError(f"{NoConnectionError(origin_of(url))} {describe_connections()}{hint}")


def _covers(running: TokenService, connection: Connection, url: str) -> bool:
    require_secret(connection)
    covering = running.engine.connection_for_url(url)
    if covering is None:
        _request_auth(running, connection, connection.root.url)  # a portal learns its federated servers
        covering = running.engine.connection_for_url(url)
    return covering is not None and covering.id == connection.id


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
                f"The secret of the connection “{connection.name}” is kept in the OS keyring, which cannot be "
                f"used here: {reason}. Keep the secret in QGIS's authentication database instead (edit the "
                "connection), or run where the keyring is available and unlocked."
            )
        if not for_layers:
            return
    if not _unlocked(running):
        if in_keyring:
            raise HeadlessError(
                "QGIS's authentication database is locked. Layers that sign in through the connection "
                f"“{connection.name}” carry its authentication configuration, which QGIS opens only with the "
                f"master password. {UNLOCK_HINT}."
            )
        raise HeadlessError(
            f"QGIS's authentication database is locked, and the secret of the connection “{connection.name}” "
            f"is kept there. {UNLOCK_HINT}; or keep the connection's secret in the OS keyring."
        )
    health = store.health(connection.id)
    if health is ConnectionHealth.CONFIG_MISSING:
        raise HeadlessError(
            f"The authentication configuration of the connection “{connection.name}” (id {connection.id}) was "
            "deleted in QGIS's Authentication settings. Open the connection in the plugin and save it again."
        )
    if health is ConnectionHealth.EDITED_OUTSIDE:
        raise HeadlessError(
            f"The authentication configuration of the connection “{connection.name}” was edited in QGIS's own "
            "EsriToken editor, which drops the plugin's settings. Open the connection in the plugin and save it again."
        )
    if health is ConnectionHealth.LOCKED:
        raise HeadlessError(
            f"The authentication configuration of the connection “{connection.name}” cannot be decrypted: "
            "check that QGIS_AUTH_PASSWORD_FILE holds this authentication database's master password."
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
    if not _covers(running, connection, target):
        raise HeadlessError(f"The connection “{connection.name}” does not cover {origin_of(target)}.")
    _request_auth(running, connection, target)
    info = running.engine.token_info(target)
    if info is None:  # dropped (a refusal elsewhere) between the two calls: ask once more
        _request_auth(running, connection, target)
        info = running.engine.token_info(target)
    if info is None:
        raise HeadlessError(f"No token could be obtained for {origin_of(target)}.")
    roots = RootTable((ServerRoot.parse(root), root) for root in running.engine.server_roots(connection.id))
    return roots.lookup(target) or connection.root.url, info


def check_connection(connection: Connection) -> TestResult:
    """Discovery, sign-in and transport check, as the connections dialog's Test button runs them."""
    require_secret(connection)
    return blocking(lambda: service().test_connection(connection))


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
    except ValueError as exc:  # InvalidURLError included
        raise HeadlessError(str(exc)) from exc
    return blocking(lambda: service().test_connection(connection, Secret(password)))


def _request_auth(running: TokenService, connection: Connection, url: str):
    """The engine's RequestAuth for a POST to ``url``, or HeadlessError with the reason there is none."""
    auth = blocking(lambda: running.engine.auth_for_request(url, may_block=True, method="POST"))
    if auth is not None:
        return auth
    reason = watch(running).get(connection.id)
    if reason is None:
        # It failed before anyone listened: ask the server what is wrong, once.
        result = check_connection(connection)
        reason = result.summary if not result.ok else f"No token could be obtained for {origin_of(url)}."
    raise HeadlessError(reason)


# -- ArcGIS REST requests with the token -----------------------------------------------


def rest_json(connection: Connection, url: str, form: dict[str, str]) -> dict:
    """POST an ArcGIS REST request (``f=json`` added) with the connection's token; the answer's JSON object.

    POST, because long ``where`` clauses and object id lists do not fit in a
    URL. The token travels the way checked for POST requests to that server (a
    header, the form, or — for a server that reads it nowhere else — the query
    string). A token the server refuses (revoked, or expired early) is renewed
    and the request sent once more; any other ArcGIS error becomes its message.
    """
    running = service()
    engine = running.engine
    plain_http = connection.allow_plain_http
    for attempt in range(2):
        auth = _request_auth(running, connection, url)
        current = engine.token_info(url)
        sent = {**form, "f": "json", **auth.form}
        post = partial(engine.http.post, auth.url or url, sent, headers=dict(auth.headers), allow_plain_http=plain_http)
        try:
            reply = blocking(post)
            data = reply.json()
        except ArcGISAuthError as exc:
            raise HeadlessError(str(exc)) from exc
        error = data.get("error")
        code = error.get("code") if isinstance(error, dict) else (reply.status if reply.status >= 400 else None)
        if code is None:
            return data
        refused = service_error(origin_of(url), code) if isinstance(code, int) else None
        if isinstance(refused, InvalidTokenError) and attempt == 0:
            engine.invalidate(url, current.token.reveal() if current is not None else None)
            continue
        if isinstance(refused, InvalidTokenError):  # renewed, and refused again: say what was tried
            refused = TokenStillRefusedError(origin_of(url), transport=_transport_name(auth))
        raise HeadlessError(str(refused) if refused is not None else _server_message(url, error))
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def _transport_name(auth) -> str:
    """How a request carried its token, in words (for a message: names only, never the value)."""
    if auth.form:
        return "a field of the POST body"
    if auth.url is not None:
        return "the token query parameter"
    header = next((name for name in auth.headers if name != "Referer"), "a header")
    return f"the {header} header"


def _server_message(url: str, error: object) -> str:
    """An ArcGIS error body as a sentence. Its texts describe the request (a bad field, a bad where
    clause); they cannot echo the token, which travelled in a header or the POST body."""
    if not isinstance(error, dict):
        return f"{origin_of(url)} answered with an error."
    parts = [str(error.get("message") or "").strip()]
    details = error.get("details")
    if isinstance(details, list):
        parts.extend(str(detail).strip() for detail in details)
    text = " ".join(part for part in parts if part)[:500]
    return f"{origin_of(url)} answered: {text or 'an error'} (code {error.get('code')})."
