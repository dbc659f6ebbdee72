"""The token engine: which token goes with which request, always fresh, from any thread.

One :class:`TokenEngine` per plugin instance. The QGIS layer's request
preprocessor calls :meth:`TokenEngine.auth_for_request` for every request;
that call looks the URL up in a precomputed :class:`~.urls.RootTable` and
returns a prebuilt :class:`~.transport.RequestAuth`: no I/O, no lock, a few
microseconds. Everything slow — discovery, signing in, federation exchanges,
finding out the transport — happens when a token is fetched: on the asking
worker thread (``may_block=True``, single flight per server) or on the
engine's renewal threads, which renew every token ahead of its expiry.

Each connection covers several server roots: the server or portal of its
pasted URL, the portal a server is federated with, and the servers federated
with that portal. Each root has its own token (:class:`~.cache.TokenSlot`):

=============  ======================================================================
role           where its token comes from
=============  ======================================================================
``server``     a standalone server's own ``generateToken``
``portal``     the portal's / ArcGIS Online's ``generateToken``, OAuth2 (app credentials, or the
               refresh token of a browser sign-in), or the API key
``federated``  the portal token exchanged for a server token (``serverUrl``); when the
               exchange fails (hosted data stores), the portal token itself
``hosted``     the portal token itself (ArcGIS Online's hosted services)
=============  ======================================================================
"""

from __future__ import annotations

import logging
import math
import threading
import time
from dataclasses import dataclass, replace
from enum import Enum
from typing import Callable, NamedTuple, Optional, Union

from . import LOGGER_NAME
from .cache import Entry, RenewalPolicy, RetryPolicy, TokenSlot
from .connection import Connection
from .credentials import CredentialKind, Secret, SecretProvider, WebTier
from .discovery import ServerInfo, ServerKind, discover
from .errors import (
    ArcGISAuthError,
    BrowserSignInNeededError,
    HttpsOnlyTokenError,
    MissingSecretError,
    NotFederatedError,
    PlainHTTPRefusedError,
    UnsupportedCredentialError,
    WebTierUnavailableError,
)
from .http import HttpClient
from .issuers import ISSUERS, UNREACHABLE, Memo, SignIn
from .phrases import Moment
from .renewal import OnRequestOnly, RenewalScheduler
from .tokens import TokenInfo, TokenSource, exchange_token
from .transport import (
    HEADER_TRANSPORTS,
    Endpoint,
    RequestAuth,
    Transport,
    build_auth,
    detect_transports,
    endpoint_of,
    http_probe,
    token_parameters,
    without_token_parameter,
)
from .urls import Location, RootTable, ServerRoot, locate, redact, split_pasted_url
from .webtier import ClientCertificate, WebTierAuth, WebTierSource, ntlm_unavailable_reason

# Connection → its client certificate and key, from wherever the QGIS layer keeps them (its auth database);
# raises an ArcGISAuthError that says why it cannot (no such config, a locked database...).
CertificateProvider = Callable[[Connection], ClientCertificate]

LOG = logging.getLogger(LOGGER_NAME).getChild("engine")

TokenChanged = Callable[[Connection, str, TokenInfo], None]
ErrorReported = Callable[[Connection, Optional[str], ArcGISAuthError], None]
# Called on the signing-in thread when a browser sign-in's refresh token was replaced by a new one;
# from its return on, the secret provider must give the new secret: the old one may work no more.
SecretRenewed = Callable[[Connection, Secret], None]

class Role(str, Enum):
    """Where the token of one server root comes from (see the module doc)."""

    SERVER = "server"
    PORTAL = "portal"
    FEDERATED = "federated"
    HOSTED = "hosted"


class _Delivery(NamedTuple):
    """What a token becomes on the wire for one server root's REST endpoints, per request kind, derived
    once per token (other endpoints: :func:`_apply`)."""

    transport: Transport  # GET requests (and every request QGIS makes: its hook cannot see the method)
    post_transport: Transport  # the engine's own and Processing's POST requests
    auth: Optional[RequestAuth]  # prebuilt for GET, unless it rewrites each URL (PARAM)
    post_auth: Optional[RequestAuth]  # prebuilt for POST, unless PARAM


class _Server:
    """One server root covered by a connection, with its token."""

    def __init__(self, state: _ConnectionState, root: ServerRoot, role: Optional[Role], slot: TokenSlot[_Delivery]):
        self.state = state
        self.root = root
        self.role = role  # None until discovery has run
        self.slot = slot
        self.key: tuple[str, Location] = (state.connection.id, root.location)
        # Detected (GET, POST) transports per endpoint; an endpoint not in it is checked before its first use.
        self.transports: dict[Endpoint, tuple[Optional[Transport], Optional[Transport]]] = {}
        # URLs known to need a token: where to check an endpoint (REST's default: rest/services).
        self.probe_urls: dict[Endpoint, str] = {}
        self.endpoint_lock = threading.Lock()  # one check at a time of an endpoint met after sign-in
        self.force_renewal = False

    def endpoint(self, location: Location) -> Endpoint:
        return endpoint_of(self.root.location.segments, location.segments)


class _ConnectionState:
    """A connection and everything learnt about it; replaced whole when the connection changes.

    A state that is not ``live`` (``test_connection``'s) reports nothing and schedules nothing.
    """

    def __init__(self, connection: Connection, *, live: bool, secret: Optional[Secret] = None) -> None:
        self.connection = connection
        self.live = live
        self.secret = secret  # test_connection's unsaved input; None: ask the secret provider
        self.info: Optional[ServerInfo] = None
        self.discovery_lock = threading.Lock()
        self.servers: dict[Location, _Server] = {}  # the primary (pasted) root first
        self.federation_listed = False
        self.federation_lock = threading.Lock()
        self.federated_roots: Optional[frozenset[ServerRoot]] = None  # what portals/self/servers listed
        self.memo = Memo()  # what its sign-ins learnt
        self.web_tier: Optional[WebTierSource] = None  # the web tier's sign-in, for connections behind one


class SignedRequest(NamedTuple):
    """``auth_for_connection``'s answer: what to add to the request, and the token it carries."""

    auth: RequestAuth
    token: TokenInfo


@dataclass(frozen=True)
class ConnectionStatus:
    """A connection's own sign-in, as the engine knows it (``TokenEngine.status``)."""

    token: Optional[TokenInfo]  # a token that has not expired, or None
    error: Optional[ArcGISAuthError]  # why the last sign-in failed (None after a success)
    signing_in: bool  # a sign-in is under way


@dataclass(frozen=True)
class TestResult:
    """What ``Test connection`` found (the GUI and Processing say it in the user's words)."""

    ok: bool
    server: Optional[ServerInfo]
    token: Optional[TokenInfo]
    transport: Optional[Transport]  # what layers (GET) use
    error: Optional[ArcGISAuthError]
    post_transport: Optional[Transport] = None  # what the plugin's own POST requests (Processing) use

    __test__ = False  # not a pytest test class, despite its name


class TokenEngine:
    """Tokens for every connection, thread-safe; see the module doc and ``plugin/core/README.md``.

    ``background_renewal=False``: no renewal thread; a token is renewed only by a request that finds it
    stale (``auth_for_request(may_block=True)``), for processes where nothing may run between requests
    (:class:`~.renewal.OnRequestOnly`)."""

    def __init__(
        self,
        secret_provider: SecretProvider,
        *,
        http: Optional[HttpClient] = None,
        clock: Callable[[], float] = time.time,
        renewal: RenewalPolicy = RenewalPolicy(),  # noqa: B008 - frozen, shared safely
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008 - frozen, shared safely
        on_token_changed: Optional[TokenChanged] = None,
        on_error: Optional[ErrorReported] = None,
        on_secret_renewed: Optional[SecretRenewed] = None,
        api_key_warning_days: float = 14.0,
        sign_in_seconds: float = 30.0,
        fetch_wait_timeout: float = 45.0,
        scheduler_max_sleep: float = 30.0,
        renewal_workers: int = 4,
        background_renewal: bool = True,
        certificate_provider: Optional[CertificateProvider] = None,
    ) -> None:
        self._secret_provider = secret_provider
        self._certificate_provider = certificate_provider
        self._http = http or HttpClient()
        self._clock = clock
        self._renewal = renewal
        self._retry = retry
        self._on_token_changed = on_token_changed
        self._on_error = on_error
        self._on_secret_renewed = on_secret_renewed
        self._api_key_warning = api_key_warning_days * 86400.0
        self.sign_in_seconds = sign_in_seconds  # the deadline of one sign-in, every request of it included
        self._fetch_wait_timeout = fetch_wait_timeout
        self._lock = threading.RLock()
        self._states: dict[str, _ConnectionState] = {}
        self._routes: RootTable[_Server] = RootTable()
        self._closed = False
        self._scheduler: Union[RenewalScheduler[tuple[str, Location]], OnRequestOnly[tuple[str, Location]]] = (
            RenewalScheduler(self._renew, clock, workers=renewal_workers, max_sleep=scheduler_max_sleep)
            if background_renewal
            else OnRequestOnly()
        )

    @property
    def http(self) -> HttpClient:
        """The HTTP client: ``engine.http.configure(proxies=..., ca_bundle=...)`` when QGIS's settings change."""
        return self._http

    # --- Connections ---------------------------------------------------------------------------------

    def add_connection(self, connection: Connection) -> None:
        """Start covering the connection's URL; no network I/O (sign-in happens on first use)."""
        with self._lock:
            if connection.id in self._states:
                raise ValueError(f"a connection with id {connection.id!r} exists already")
            self._states[connection.id] = self._new_state(connection)
            self._rebuild_routes()

    def update_connection(self, connection: Connection) -> None:
        """Replace the connection of the same id: its tokens and discoveries are dropped, its
        failures forgiven (the user changed something)."""
        with self._lock:
            previous = self._states.get(connection.id)
            if previous is None:
                raise KeyError(connection.id)
            self._cancel(previous)
            self._states[connection.id] = self._new_state(connection)
            self._rebuild_routes()

    def remove_connection(self, connection_id: str) -> None:
        with self._lock:
            state = self._states.pop(connection_id, None)
            if state is not None:
                self._cancel(state)
                self._rebuild_routes()

    def connections(self) -> list[Connection]:
        with self._lock:
            return [state.connection for state in self._states.values()]

    def connection_for_url(self, url: str) -> Optional[Connection]:
        """The connection whose token ``url`` gets (no I/O): see :mod:`.urls` for the matching rules."""
        server = self._routes.lookup(url)
        return None if server is None else server.state.connection

    def server_roots(self, connection_id: str) -> list[str]:
        """The server roots a connection covers so far (more appear as discovery runs)."""
        with self._lock:
            return [server.root.url for server in self._states[connection_id].servers.values()]

    # --- The hot path --------------------------------------------------------------------------------

    def auth_for_request(self, url: str, *, may_block: bool, method: str = "GET") -> Optional[RequestAuth]:
        """What to add to a request to ``url``, or None (no connection covers it, or no token).

        ``method="POST"`` for the plugin's own POST requests: their transport is checked
        apart (a server may read a header on GET and refuse a token in a POST body);
        QGIS's requests are signed as GET (its hook cannot see the method).

        ``may_block=False`` (the main thread) never does I/O: a stale token is still
        returned until it expires, and a renewal is scheduled. ``may_block=True``
        fetches a missing or stale token on this thread, one fetch per server however
        many threads ask. Never raises for sign-in failures: those go to ``on_error``.

        An endpoint other than the REST API (:class:`~.transport.Endpoint`) met for the first
        time is checked like the server was at sign-in: here with ``may_block``, else in the
        background, while its requests carry the token in a header (never in the URL unchecked).
        """
        location = locate(url)
        server = None if location is None else self._routes.lookup_location(location)
        if server is None:
            return None
        endpoint = server.endpoint(location)
        entry: Optional[Entry[_Delivery]] = server.slot.entry
        if self._clock() >= entry.renew_at:
            if may_block:
                try:
                    entry = self._get(server)
                except ArcGISAuthError:
                    return None  # reported once, by the thread that fetched
            else:
                self._scheduler.schedule(server.key, -math.inf)
                entry = server.slot.usable()
                if entry is None:
                    return None
        if endpoint is not Endpoint.REST:
            self._meet_endpoint(server, endpoint, url, may_block=may_block)
        return _apply(server, entry, url, method, endpoint)

    def unsigned_url(self, url: str) -> Optional[str]:
        """``url`` without the ``token=`` parameters that hold one of the engine's tokens, for a URL no
        connection covers (None: it holds none, the usual case, found without a lock).

        A server may repeat the token of a request in the URLs its capabilities document names,
        and those may point elsewhere: a client following them would carry the token along.
        """
        values = token_parameters(url)
        if not values:
            return None
        with self._lock:
            servers = [server for state in self._states.values() for server in state.servers.values()]
        ours = {server.slot.entry.token.token.reveal() for server in servers if server.slot.entry.token is not None}
        if ours.isdisjoint(values):
            return None
        return without_token_parameter(url)

    def sign_in(self, url: str) -> TokenInfo:
        """Blocking: a fresh token for the root ``url`` belongs to, signing in if needed (single
        flight, within ``sign_in_seconds``). Raises the :class:`ArcGISAuthError` that says why
        not — the real reason, for callers that show it (the API, Processing) — or LookupError
        when no connection covers ``url``."""
        location = locate(url)
        server = None if location is None else self._routes.lookup_location(location)
        if server is None:
            raise LookupError(f"no connection covers {redact(url)}")
        token = self._get(server).token
        assert token is not None  # noqa: S101 - a fetched entry has a token
        endpoint = server.endpoint(location)
        if endpoint is not Endpoint.REST:  # a layer about to be opened there: check where it reads tokens now
            self._meet_endpoint(server, endpoint, url, may_block=True)
        return token

    def _get(self, server: _Server) -> Entry[_Delivery]:
        try:
            return server.slot.get(
                lambda: self._fetch(server), wait_timeout=self._fetch_wait_timeout, on_stored=self._announcer(server)
            )
        finally:
            self._plan(server)

    # --- Token life ------------------------------------------------------------------------------------

    def invalidate(
        self, url_or_root: str, token: Optional[str] = None, *, connection_id: Optional[str] = None
    ) -> bool:
        """After a 498/499 for ``url_or_root``: drop its token so that the next ask renews at once.

        Pass the ``token`` the refused request carried: then a burst of refusals of
        the same token causes a single renewal. With ``transport=auto`` the refused
        URL is where the next token's transport is checked again. ``connection_id``:
        that connection's token for the URL (see :meth:`auth_for_connection`), not the
        one the URL's root belongs to. True if dropped.
        """
        if connection_id is None:
            server = self._routes.lookup(url_or_root)
        else:
            server = self._own_server(connection_id, url_or_root)
        if server is None or not server.slot.invalidate(token):
            return False
        LOG.info("%s: token for %s invalidated", server.state.connection.name, server.root)
        location = locate(url_or_root)
        if server.state.connection.transport is Transport.AUTO and location is not None:
            # No endpoint_lock: this may run on the main thread, and a check holding it waits for the network.
            endpoint = server.endpoint(location)
            server.probe_urls[endpoint] = _probe_url(url_or_root, endpoint)
            server.transports.pop(endpoint, None)
        self._scheduler.schedule(server.key, -math.inf)
        return True

    def renew_now(self, connection_id: str) -> None:
        """Renew the connection's tokens in the background now, even after a refused sign-in."""
        with self._lock:
            state = self._states[connection_id]
            servers = list(state.servers.values())
        for index, server in enumerate(servers):
            if index == 0 or server.slot.entry.token is not None:  # the pasted root, and roots in use
                server.slot.forgive()
                server.force_renewal = True
                self._scheduler.schedule(server.key, -math.inf)

    def status(self, connection_id: str) -> ConnectionStatus:
        """What the engine knows of this connection's own sign-in (its pasted root), no I/O: never
        another connection's, even one covering the same server."""
        with self._lock:
            state = self._states[connection_id]
            primary = next(iter(state.servers.values()))
        slot = primary.slot
        usable = slot.usable()
        return ConnectionStatus(usable.token if usable is not None else None, slot.error, slot.fetching)

    def auth_for_connection(self, connection_id: str, url: str, *, method: str = "GET") -> SignedRequest:
        """Blocking: what to add to a request to ``url`` with *this* connection's token (not whichever
        connection the URL's root belongs to), signing in if needed, and that token (to
        :meth:`invalidate` it when refused). Raises the
        :class:`ArcGISAuthError` that says why not, or LookupError when the connection does not
        cover ``url``."""
        server = self._own_server(connection_id, url)
        if server is None:
            # A portal connection learns its federated servers when it signs in.
            primary = next(iter(self._states[connection_id].servers.values()))
            self._get(primary)
            server = self._own_server(connection_id, url)
        if server is None:
            name = self._states[connection_id].connection.name
            raise LookupError(f"the connection {name!r} does not cover {redact(url)}")
        entry = self._get(server)
        location = locate(url)
        endpoint = Endpoint.REST if location is None else server.endpoint(location)
        if endpoint is not Endpoint.REST:
            self._meet_endpoint(server, endpoint, url, may_block=True)
        auth = _apply(server, entry, url, method, endpoint)
        assert auth is not None and entry.token is not None  # noqa: S101 - a fetched entry has a token
        return SignedRequest(auth, entry.token)

    def owns(self, connection_id: str, url: str) -> bool:
        """Whether ``url`` is under one of the connection's server roots known so far (no I/O): where its
        token may go. A portal connection knows its federated servers once it has signed in."""
        return self._own_server(connection_id, url) is not None

    def portal_root(self, connection_id: str) -> Optional[str]:
        """The root of the portal (or ArcGIS Online organisation) the connection signs in through, once
        discovery has run (no I/O); None for a standalone server, or before its first sign-in."""
        with self._lock:
            info = self._states[connection_id].info
        return info.portal.url if info is not None and info.portal is not None else None

    def _own_server(self, connection_id: str, url: str) -> Optional[_Server]:
        """The connection's server root that ``url`` is under (the longest), or None."""
        location = locate(url)
        with self._lock:
            servers = list(self._states[connection_id].servers.values())
        table: RootTable[_Server] = RootTable((server.root, server) for server in servers)
        return table.lookup_location(location) if location is not None else None

    def token_info(self, url_or_root: str) -> Optional[TokenInfo]:
        """The current token for a URL or root (no I/O), e.g. to show its expiry."""
        server = self._routes.lookup(url_or_root)
        return None if server is None else server.slot.entry.token

    def shutdown(self) -> None:
        """Stop the renewal threads and close the HTTP session; the engine is unusable afterwards."""
        self._closed = True
        self._scheduler.shutdown()
        self._http.close()

    # --- Discovery and testing -----------------------------------------------------------------------------

    def discover(self, url: str) -> ServerInfo:
        """What ``url`` belongs to (blocking; raises :class:`ArcGISAuthError`), with the transport if known."""
        info = discover(self._http, url)
        server = self._routes.lookup(info.root.url)
        if server is not None and server.slot.entry.payload is not None:
            info = replace(info, transport=server.slot.entry.payload.transport)
        return info

    def test_connection(self, connection: Connection, secret: Optional[Secret] = None) -> TestResult:
        """Discovery, sign-in and transport detection for ``connection`` (added or not), blocking.

        ``secret`` tests what the user typed before it is saved; without it the
        secret provider is asked. Uses nothing of the engine's state and changes
        none of it; never raises for a failure, which is in the result instead.
        """
        state = self._new_state(connection, live=False, secret=secret)  # the same set-up as the layers'
        primary = next(iter(state.servers.values()))
        try:
            with self._http.web_tier(state.web_tier):  # a state in no routing table: its web tier by hand
                token, delivery = self._fetch(primary)
        except ArcGISAuthError as error:
            return TestResult(False, state.info, None, None, error)
        assert state.info is not None  # noqa: S101 - _fetch discovered it
        info = replace(state.info, transport=delivery.transport)
        return TestResult(True, info, token, delivery.transport, None, delivery.post_transport)

    # --- Fetching ------------------------------------------------------------------------------------------

    def _fetch(self, server: _Server) -> tuple[TokenInfo, _Delivery]:
        """Sign in (or exchange, or read the key) for one server root; runs in a slot's single flight.

        Observers hear of the new token once the slot hands it out (:meth:`_announcer`). Every
        request it makes (discovery, sign-in, exchange, probes) ends within ``sign_in_seconds``.
        """
        state = server.state
        try:
            with self._http.deadline(self.sign_in_seconds):
                info = self._discovered(state)
                token = self._issue(server, info)
                delivery = self._delivery(server, token)
                if server.role is Role.PORTAL and state.live:
                    self._list_federated_servers(state, server.root, token, delivery)
        except ArcGISAuthError as error:
            LOG.warning("%s: %s [%s: %s]", state.connection.name, error, type(error).__name__, error.detail)
            self._notify(state, self._on_error, server.root.url, error)
            raise
        LOG.info(
            "%s: token for %s obtained (%s), valid until %s, sent as %s",
            state.connection.name,
            server.root,
            token.source.value,
            "never expires" if token.expires is None else Moment(token.expires),
            delivery.transport.value,
        )
        return token, delivery

    def _announcer(self, server: _Server) -> Callable[[Entry[_Delivery]], None]:
        def announce(entry: Entry[_Delivery]) -> None:
            self._notify(server.state, self._on_token_changed, server.root.url, entry.token)

        return announce

    def _discovered(self, state: _ConnectionState) -> ServerInfo:
        with state.discovery_lock:  # one discovery per connection, whoever asks
            if state.info is None:
                info = discover(self._http, state.connection.url)
                state.info = info
                primary = next(iter(state.servers.values()))
                primary.role = _role_of(info)
                if info.portal is not None and info.portal != primary.root:
                    self._add_server(state, info.portal, Role.PORTAL)
            return state.info

    def _issue(self, server: _Server, info: ServerInfo) -> TokenInfo:
        state = server.state
        if server.role in (Role.FEDERATED, Role.HOSTED):
            return self._federated_token(server, info)
        issuer = ISSUERS[state.connection.credential]
        if server.role is Role.SERVER and not issuer.standalone:
            raise UnsupportedCredentialError(server.root.origin)

        def warn(warning: ArcGISAuthError) -> None:
            LOG.warning("%s: %s", state.connection.name, warning)
            self._notify(state, self._on_error, server.root.url, warning)

        def secret_renewed(secret: Secret) -> None:
            if self._on_secret_renewed is not None and self._is_current(state):
                self._on_secret_renewed(state.connection, secret)

        return issuer.issue(
            SignIn(
                self._http,
                state.connection,
                server.root,
                info,
                (state.secret or self._secret(state.connection, server.root)) if issuer.needs_secret else None,
                self._clock(),
                state.memo,
                warn,
                secret_renewed if state.live else None,
                self._api_key_warning,
            )
        )

    def _federated_token(self, server: _Server, info: ServerInfo) -> TokenInfo:
        """A federated or hosted server's token, made from the portal's.

        The portal token itself goes only to servers the portal vouches for (see
        :meth:`_portal_vouches_for`): a server that merely *claims* federation in its
        ``owningSystemUrl`` could replay a portal token at the portal as the user.
        Elsewhere the portal must exchange it for a token of that server alone.
        """
        state = server.state
        portal = state.servers[info.portal.location] if info.portal is not None else None
        if portal is None:
            raise AssertionError("a federated server root without its portal")
        portal_token = portal.slot.get(
            lambda: self._fetch(portal), wait_timeout=self._fetch_wait_timeout, on_stored=self._announcer(portal)
        ).token
        self._plan(portal)
        assert portal_token is not None  # noqa: S101 - a fetched entry has a token
        connection = state.connection
        if server.role is Role.HOSTED or connection.credential is CredentialKind.API_KEY:
            if self._portal_vouches_for(state, portal, server.root):
                return portal_token
            raise NotFederatedError(server.root.origin, portal=portal.root.origin, detail="not in portals/self/servers")
        try:
            return exchange_token(
                self._http,
                state.memo.token_endpoint or info.token_endpoint,
                portal_token,
                server.root,
                binding=connection.binding,
                referer=connection.referer,
                minutes=connection.lifetime_minutes,
                now=self._clock(),
                allow_plain_http=connection.allow_plain_http,
            )
        except ArcGISAuthError as error:
            if self._portal_vouches_for(state, portal, server.root):
                # Servers on a hosted data store refuse the exchange but take the portal token.
                LOG.info(
                    "%s: %s refused the token exchange for %s (%s); using the portal token there",
                    connection.name,
                    error.server,
                    server.root,
                    error.detail or type(error).__name__,
                )
                return portal_token
            if isinstance(error, UNREACHABLE):
                raise  # the portal could not be asked: try again later
            raise NotFederatedError(
                server.root.origin, portal=portal.root.origin, detail=error.detail or type(error).__name__
            ) from None

    def _portal_vouches_for(self, state: _ConnectionState, portal: _Server, root: ServerRoot) -> bool:
        """Whether the portal's own answers say that ``root`` belongs to it.

        Trusted: the servers listed by the portal's ``portals/self/servers`` (asked with
        the portal token, from the portal itself) and, for ArcGIS Online, Esri's own
        HTTPS hosts under ``arcgis.com`` (as Esri's JavaScript client does). What a
        server says of itself (``owningSystemUrl``) proves nothing.
        """
        if root == portal.root:
            return True
        if state.info is not None and state.info.kind is ServerKind.ONLINE and _is_esri_online(portal.root, root):
            return True
        auth = _header_auth(portal.slot.entry.token, portal.slot.entry.payload)
        return auth is not None and root in self._federated_roots(state, portal.root, auth)

    def _federated_roots(self, state: _ConnectionState, portal: ServerRoot, auth: RequestAuth) -> frozenset[ServerRoot]:
        """The servers the portal lists as its own (asked with the portal token; kept once the portal has
        answered: a failure to ask — the network — is no answer, and the next need asks again)."""
        with state.federation_lock:
            if state.federated_roots is None:
                state.federated_roots = self._ask_portal_for_servers(state, portal, auth)
            return state.federated_roots or frozenset()

    def _ask_portal_for_servers(
        self, state: _ConnectionState, portal: ServerRoot, auth: RequestAuth
    ) -> Optional[frozenset[ServerRoot]]:
        try:
            data = self._http.get(
                portal.join("sharing", "rest", "portals", "self", "servers"),
                {"f": "json"},
                headers=auth.headers,
                carries_secret=True,
                allow_plain_http=state.connection.allow_plain_http,
            ).json()
        except ArcGISAuthError as error:
            LOG.info("%s: could not list the portal's servers (%s)", state.connection.name, type(error).__name__)
            return None
        roots = set()
        for item in data.get("servers") or []:
            url = item.get("url") if isinstance(item, dict) else None
            if isinstance(url, str):
                try:
                    roots.add(split_pasted_url(url)[0])
                except ArcGISAuthError:
                    continue
        return frozenset(roots)

    def _secret(self, connection: Connection, root: ServerRoot) -> Secret:
        missing: ArcGISAuthError = MissingSecretError(
            root.origin, secret_name=connection.credential.secret_name, connection_name=connection.name
        )
        if connection.credential is CredentialKind.BROWSER:
            missing = BrowserSignInNeededError(root.origin, detail="no sign-in stored", connection_name=connection.name)
        try:
            secret = self._secret_provider(connection)
        except Exception as exc:
            raise missing from exc
        if not isinstance(secret, Secret) or not secret:
            raise missing
        return secret

    def _web_tier_auth(self, state: _ConnectionState) -> WebTierAuth:
        """The connection's web-tier sign-in, asked for when its first request needs it: the user name and
        password (Basic, Windows: the connection's own secret), or the client certificate."""
        connection = state.connection
        kind = connection.web_tier

        def unavailable(reason: str) -> WebTierUnavailableError:
            return WebTierUnavailableError(connection.root.origin, reason=reason, connection_name=connection.name)

        if kind is WebTier.CLIENT_CERTIFICATE:
            if self._certificate_provider is None:
                raise unavailable("client certificates are read by QGIS, which is not running here")
            return WebTierAuth(kind, certificate=self._certificate_provider(connection))
        if kind is WebTier.WINDOWS and ntlm_unavailable_reason() is not None:
            raise unavailable(ntlm_unavailable_reason())
        password = state.secret or self._secret(connection, connection.root)
        return WebTierAuth(kind, connection.username, password)

    # --- Transport -------------------------------------------------------------------------------------------

    def _delivery(self, server: _Server, token: TokenInfo) -> _Delivery:
        connection = server.state.connection
        root = server.root
        # A token that could never be sent is a failed sign-in, said as such: "signed in" followed
        # by every layer failing (499) would point the user the wrong way.
        if not root.is_https and token.ssl:
            raise HttpsOnlyTokenError(root.origin)
        if not (root.is_https or root.is_loopback or connection.allow_plain_http):
            raise PlainHTTPRefusedError(root.origin, detail="the token would travel over plain HTTP")
        transport = post_transport = connection.transport
        if transport is Transport.AUTO:
            self._detect_unchecked(server, token)
            # Undecided (no probe could tell, e.g. only public resources answered): Esri's recommendation;
            # a 498/499 later makes the engine check again where it happened.
            transport, post_transport = (found or Transport.X_ESRI for found in server.transports[Endpoint.REST])
        secret = token.token.reveal()

        def prebuilt(kind: Transport) -> Optional[RequestAuth]:
            return None if kind is Transport.PARAM else build_auth(kind, secret, token.referer)

        return _Delivery(transport, post_transport, prebuilt(transport), prebuilt(post_transport))

    def _detect_unchecked(self, server: _Server, token: TokenInfo) -> None:
        """Check the REST API, and every other endpoint met since its last check (see :meth:`invalidate`)."""
        with server.endpoint_lock:
            for endpoint in _unchecked(server):
                server.transports[endpoint] = self._detect_transports(server, token, endpoint)

    def _meet_endpoint(self, server: _Server, endpoint: Endpoint, url: str, *, may_block: bool) -> None:
        """Check where ``endpoint`` reads tokens before its first request, at ``url``: now (``may_block``,
        within the sign-in deadline, once however many threads ask) or on a renewal thread."""
        if server.state.connection.transport is not Transport.AUTO or endpoint in server.transports:
            return
        if not may_block:
            server.probe_urls.setdefault(endpoint, _probe_url(url, endpoint))
            self._scheduler.schedule(server.key, -math.inf)
            return
        token = server.slot.entry.token
        if token is None:
            return
        with server.endpoint_lock:
            if endpoint not in server.transports:
                server.probe_urls[endpoint] = _probe_url(url, endpoint)
                with self._http.deadline(self.sign_in_seconds):
                    server.transports[endpoint] = self._detect_transports(server, token, endpoint)

    def _detect_transports(
        self, server: _Server, token: TokenInfo, endpoint: Endpoint
    ) -> tuple[Optional[Transport], Optional[Transport]]:
        """Where this server reads tokens on ``endpoint``, for GET and for POST (see
        :func:`.transport.detect_transports`; POST on the REST API only: QGIS only reads OGC
        services); (None, None) when it could not be asked."""
        connection = server.state.connection
        url = server.probe_urls.get(endpoint)
        if url is None:  # the REST API, not met at a URL of its own yet
            portal_probe = server.role is Role.PORTAL
            url = server.root.join(*(("sharing", "rest", "portals", "self") if portal_probe else ("rest", "services")))
        probe = http_probe(self._http, url, token.referer, allow_plain_http=connection.allow_plain_http,
                           endpoint=endpoint)  # fmt: skip
        methods = ("GET", "POST") if endpoint is Endpoint.REST else ("GET",)
        try:
            found = detect_transports(probe, token.token.reveal(), methods)
        except ArcGISAuthError as error:
            LOG.info("%s: could not check the transport of %s (%s endpoints: %s)", connection.name, server.root,
                     endpoint.value, type(error).__name__)  # fmt: skip
            return None, None
        get, post = (kind.value if kind else "undecided" for kind in found)
        LOG.info("%s: %s reads tokens on its %s endpoints as %s (GET)%s", connection.name, server.root, endpoint.value,
                 get, f" and {post} (POST)" if endpoint is Endpoint.REST else "")  # fmt: skip
        return found

    # --- Federation --------------------------------------------------------------------------------------------

    def _list_federated_servers(self, state: _ConnectionState, portal: ServerRoot, token: TokenInfo,
                                delivery: _Delivery) -> None:  # fmt: skip
        """Cover the servers federated with the portal too (once per connection, best effort)."""
        auth = _header_auth(token, delivery)
        if state.federation_listed or state.info is None or auth is None:
            return
        state.federation_listed = True
        role = Role.HOSTED if state.info.kind is ServerKind.ONLINE else Role.FEDERATED
        for root in self._federated_roots(state, portal, auth):
            self._add_server(state, root, role)

    # --- Bookkeeping ----------------------------------------------------------------------------------------------

    def _new_state(
        self, connection: Connection, *, live: bool = True, secret: Optional[Secret] = None
    ) -> _ConnectionState:
        state = _ConnectionState(connection, live=live, secret=secret)
        if connection.web_tier is not WebTier.NONE:
            state.web_tier = WebTierSource(
                lambda: self._web_tier_auth(state),
                lambda url: RootTable((server.root, True) for server in list(state.servers.values())).lookup(url),
            )
        primary = self._add_server(state, connection.root, None)
        location = locate(connection.url)
        # Deeper than <root>/rest/services: a service or layer, secured most likely — the best
        # place to see whether the server reads the token from the header.
        if location is not None and len(location.segments) > len(primary.root.location.segments) + 2:
            endpoint = primary.endpoint(location)
            primary.probe_urls[endpoint] = _probe_url(connection.url, endpoint)
        return state

    def _add_server(self, state: _ConnectionState, root: ServerRoot, role: Optional[Role]) -> _Server:
        server = _Server(state, root, role, TokenSlot(self._clock, self._renewal, self._retry))
        with self._lock:
            state.servers.setdefault(root.location, server)
            if self._is_current(state):
                self._rebuild_routes()
        return state.servers[root.location]

    def _rebuild_routes(self) -> None:
        """Copy-on-write: readers keep using the old table until the new one is assigned."""
        states = list(self._states.values())
        # Stable sort in RootTable: for equal roots, pasted roots win over discovered ones, then older connections.
        servers = [list(state.servers.values()) for state in states]
        primaries = [(each[0].root, each[0]) for each in servers]
        others = [(server.root, server) for each in servers for server in each[1:]]
        self._routes = RootTable(primaries + others)
        tiers = [(server.root, server.state.web_tier) for server in (s for _, s in primaries + others)]
        self._http.set_web_tiers(RootTable((root, tier) for root, tier in tiers if tier is not None))

    def _cancel(self, state: _ConnectionState) -> None:
        for server in state.servers.values():
            self._scheduler.cancel(server.key)

    def _renew(self, key: tuple[str, Location]) -> None:
        """A scheduler worker's job: renew one server's token if it is still ours and due."""
        state = self._states.get(key[0])
        server = state.servers.get(key[1]) if state is not None else None
        if server is None or self._closed:
            return
        force, server.force_renewal = server.force_renewal, False
        server.slot.refresh(lambda: self._fetch(server), force=force, on_stored=self._announcer(server))
        token = server.slot.entry.token
        if token is not None and server.state.connection.transport is Transport.AUTO and _unchecked(server):
            # Endpoints met on the main thread since (auth_for_request): checked here, off it.
            with self._http.deadline(self.sign_in_seconds):
                self._detect_unchecked(server, token)
        self._plan(server)

    def _plan(self, server: _Server) -> None:
        due = server.slot.next_renewal
        token = server.slot.entry.token
        state = server.state
        if token is not None and token.source is TokenSource.API_KEY and token.expires is not None:
            # Read the key again when the warning period starts, to warn (or find a new key).
            warn_at = token.expires - self._api_key_warning
            if warn_at > self._clock():
                due = min(due, warn_at)
        if self._is_current(state):
            self._scheduler.schedule(server.key, due)

    def _is_current(self, state: _ConnectionState) -> bool:
        """Whether ``state`` is still the engine's for its connection (not removed, replaced or a test)."""
        return state.live and not self._closed and self._states.get(state.connection.id) is state

    def _notify(self, state: _ConnectionState, callback: Optional[Callable[..., None]], *args: object) -> None:
        if callback is None or not self._is_current(state):
            return
        try:
            callback(state.connection, *args)
        except Exception:
            LOG.exception("a token observer failed")


def _apply(
    server: _Server, entry: Entry[_Delivery], url: str, method: str = "GET", endpoint: Endpoint = Endpoint.REST
) -> Optional[RequestAuth]:
    """What ``entry``'s token adds to a request to ``url``: on the REST API its prebuilt delivery; on
    another endpoint the transport detected there, or, until then, a header (never the URL unchecked).
    A header-signed URL loses any ``token=`` it carried (e.g. copied from a capabilities document)."""
    delivery, token = entry.payload, entry.token
    if delivery is None or token is None:
        return None
    post = method == "POST"
    transport = delivery.post_transport if post else delivery.transport
    auth = delivery.post_auth if post else delivery.auth
    if endpoint is not Endpoint.REST and server.state.connection.transport is Transport.AUTO:
        found = server.transports.get(endpoint, (None, None))[1 if post else 0]
        chosen = found or (transport if transport in HEADER_TRANSPORTS else Transport.X_ESRI)
        if chosen is not transport:
            transport, auth = chosen, None
    if auth is None:
        auth = build_auth(transport, token.token.reveal(), token.referer, url)
    if auth.url is None and token_parameters(url):
        return RequestAuth(auth.headers, without_token_parameter(url), auth.form)
    return auth


def _unchecked(server: _Server) -> list[Endpoint]:
    """The REST API and the other endpoints met so far whose transport is not known (yet, or again)."""
    met = tuple(server.probe_urls)  # a snapshot: the main thread may add one meanwhile (auth_for_request)
    return [each for each in dict.fromkeys((Endpoint.REST, *met)) if each not in server.transports]


def _probe_url(url: str, endpoint: Endpoint) -> str:
    """Where to check ``endpoint``: a REST URL without its query (the probe asks ``f=json``), another
    endpoint's with it (its query says what to answer) but without any token."""
    return redact(url) if endpoint is Endpoint.REST else without_token_parameter(url)


def _header_auth(token: Optional[TokenInfo], delivery: Optional[_Delivery]) -> Optional[RequestAuth]:
    """Headers carrying a portal token to the portal's own API (never the ``token=`` URL form)."""
    if delivery is None or token is None:
        return None
    return delivery.auth or build_auth(Transport.X_ESRI, token.token.reveal(), token.referer)


def _is_esri_online(portal: ServerRoot, root: ServerRoot) -> bool:
    """An ArcGIS Online organisation's hosted services: Esri's own HTTPS hosts under ``arcgis.com``."""

    def esri(location: Location) -> bool:
        return location.scheme == "https" and (location.host == "arcgis.com" or location.host.endswith(".arcgis.com"))

    return esri(portal.location) and esri(root.location)


def _role_of(info: ServerInfo) -> Role:
    if info.kind is ServerKind.STANDALONE:
        return Role.SERVER
    if info.root == info.portal:
        return Role.PORTAL
    return Role.HOSTED if info.kind is ServerKind.ONLINE else Role.FEDERATED
