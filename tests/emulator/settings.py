"""Run-time settings and faults of one emulated server.

Everything here may be changed while the server runs: each request reads the
current values (plain attribute reads, atomic in CPython).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Optional

# How a client can send a token; a server honours a subset of them.
X_ESRI = "x-esri"  # X-Esri-Authorization: Bearer <token>
BEARER = "bearer"  # Authorization: Bearer <token>
RAW_AUTHORIZATION = "raw-authorization"  # Authorization: <token> (no scheme): some GeoServices servers
PARAM = "param"  # token=<token> in the query string
BODY = "body"  # token=<token> in a POST form
ALL_TRANSPORTS = frozenset({X_ESRI, BEARER, RAW_AUTHORIZATION, PARAM, BODY})
ARCGIS_TRANSPORTS = frozenset({X_ESRI, BEARER, PARAM, BODY})  # what ArcGIS Server 10.6+ reads

# tokenServicesUrl styles seen in the wild (see Settings.token_services_url_style).
TOKEN_URL_NORMAL = "normal"
TOKEN_URL_TOKENS_DIR = "tokens-dir"
TOKEN_URL_INTERNAL_HOST = "internal-host"
TOKEN_URL_REST = "rest"  # <root>/rest/generateToken, as some GeoServices servers have it
TOKEN_RANDOM = "random"  # an opaque random string (ArcGIS)
TOKEN_JWT = "jwt"  # header.payload.signature, base64url (ArcGIS Online, some other servers)
TOKEN_PER_SECOND = "per-second"  # the same token for the same user and binding within one second
INTERNAL_HOST = "internal-gis.invalid"  # .invalid never resolves (RFC 2606)

# Fault kinds.
LATENCY = "latency"  # sleep `seconds`, then answer normally
DROP = "drop"  # close the connection without answering
SERVER_ERROR = "server-error"  # HTTP `status` (default 502) with a proxy's HTML page
LOGIN_PAGE = "login-page"  # HTTP 200 text/html sign-in page instead of JSON
TRUNCATED = "truncated"  # announce the whole body, send half, close
NON_JSON = "non-json"  # HTTP 200, Content-Type JSON, body that is not JSON
EMPTY_BODY = "empty-body"  # HTTP `status` (default 200), Content-Type JSON, no body at all
REDIRECT = "redirect"  # HTTP `status` (default 302) to `location` + same path and query
REVOKE = "revoke"  # every token this server issued stops working (as on a restart), then the normal answer
FAULT_KINDS = frozenset({LATENCY, DROP, SERVER_ERROR, LOGIN_PAGE, TRUNCATED, NON_JSON, EMPTY_BODY, REDIRECT, REVOKE})


@dataclass
class Settings:
    """Behaviour switches of one server; defaults follow a current ArcGIS Enterprise."""

    current_version: float = 11.3
    # Token lifetimes. `token_lifetime_seconds`, when set, overrides every requested
    # or default lifetime: the way tests make tokens expire in a few seconds.
    token_lifetime_seconds: Optional[float] = None
    default_expiration_minutes: int = 60
    max_expiration_minutes: int = 1440
    short_lived_token_validity: int = 60  # minutes, reported in rest/info
    # Which token transports this server reads (servers before 10.6 and other
    # GeoServices implementations read only token=), and where a token it does
    # not read gets 498 instead of being ignored (a server that reads only the
    # query string and refuses a token in a POST body: `rejected_transports={BODY}`).
    transports: set[str] = field(default_factory=lambda: set(ARCGIS_TRANSPORTS))
    rejected_transports: set[str] = field(default_factory=set)
    # The OGC endpoints under <site>/services/ (WMS) are another handler than the REST API: where it
    # reads tokens. Esri documents `token=` there and nothing else (see ogc.py).
    ogc_transports: set[str] = field(default_factory=lambda: {PARAM, BODY})
    # Capabilities documents (WMS, WMTS) name URLs on this origin instead of the request's own (a server
    # behind a proxy that advertises another host), and repeat the request's `token=` in them.
    ogc_advertised_origin: Optional[str] = None
    ogc_echo_token: bool = False
    # False: no services directory — `rest/services` (and its folders) answer 404 with an HTML page,
    # as on servers that publish only their services.
    catalog: bool = True
    # False: errors are HTTP 200 with a JSON error body (ArcGIS's default).
    # True: the HTTP status is the error code too (400, 403, 498, 499...).
    real_status_codes: bool = False
    # generateToken over plain HTTP answers 403 "SSL Required" unless allowed.
    allow_http_token: bool = False
    allow_get_token: bool = False
    # Since 10.3 a generateToken without `client` is refused with code 201.
    require_client: bool = True
    # Failed sign-ins before a user is locked out, and for how long.
    lockout_attempts: Optional[int] = 5
    lockout_seconds: float = 900.0
    # tokenServicesUrl in rest/info: "normal", "tokens-dir" (ends in /tokens/) or
    # "internal-host" (a host the client cannot reach); `token_services_url`
    # overrides all of them with a literal URL.
    token_services_url_style: str = TOKEN_URL_NORMAL
    token_services_url: Optional[str] = None
    # False: no rest/info (servers before 10.0, some other implementations): 404 with an HTML page.
    rest_info: bool = True
    # What tokens look like (TOKEN_RANDOM, TOKEN_JWT, TOKEN_PER_SECOND), and a generateToken that
    # ignores `client`/`referer` (issues unbound tokens). Ignoring `expiration`: `token_lifetime_seconds`.
    token_format: str = TOKEN_RANDOM
    ignore_client: bool = False
    # A federated server backed by a hosted data store: the portal's
    # token + serverUrl exchange for this server fails, the portal token works.
    token_exchange_fails: bool = False
    # A server that only *claims* to belong to a portal (a portal URL, e.g. a real portal's
    # `portal_url`): rest/info names it in `owningSystemUrl`, the portal does not list it.
    claimed_owning_system_url: Optional[str] = None
    # Sign-in options reported by a portal's portals/self.
    can_sign_in_arcgis: bool = True
    can_sign_in_idp: bool = False
    # OAuth2 browser sign-in: how long an authorization code waits for its exchange; how long a
    # refresh token lives (None: the `expiration` minutes the sign-in asked for, two weeks by
    # default); whether `exchange_refresh_token` may extend one. Access tokens: 30 minutes, or
    # `token_lifetime_seconds`.
    authorization_code_seconds: float = 300.0
    refresh_token_lifetime_seconds: Optional[float] = None
    refresh_token_exchange: bool = True
    # Each logged request names the local process that sent it (RequestRecord.client_pid), read from
    # /proc at request time (peers.py): for tests with several client processes. Off: no /proc reads.
    record_client_process: bool = False
    # Queries in protocol buffers (pbf.py): layers say "JSON, geoJSON, PBF" in supportedQueryFormats and
    # answer f=pbf, as ArcGIS 10.7+ does. False: they say "JSON", and f=pbf gets ArcGIS's error for an
    # unknown format. `pbf_refused`: they say PBF but answer f=pbf with that error (a server whose PBF is
    # broken, e.g. a proxy in the way): a client must fall back to JSON.
    pbf: bool = True
    pbf_refused: bool = False
    # Every request (any endpoint, errors too) waits this long before it is answered: a far-away server.
    # Each connection has its own thread, so concurrent requests wait at the same time.
    latency_seconds: float = 0.0
    # Web-tier authentication in front of ArcGIS (webtier.py), checked before ArcGIS sees the request:
    # None, "basic", "ntlm" (needs pyspnego) or "client-certificate" (HTTPS only: the TLS handshake asks
    # for a client certificate of the server's CA). Its users: ArcGISEmulator.add_web_tier_user.
    web_tier: Optional[str] = None
    web_tier_realm: str = "ArcGIS Web Adaptor"  # Basic's realm="…"
    web_tier_domain: str = "EMULATOR"  # NTLM: users sign in as "alice" or "EMULATOR\\alice"
    # Client certificates: subject CN → web-tier user name (a CN not listed is the user's name itself).
    certificate_users: dict[str, str] = field(default_factory=dict)
    # True: a request the web tier authenticated acts as that user when it carries no token (ArcGIS
    # Server with web-tier authentication trusts the web adaptor's identity). False: ArcGIS still wants
    # a token on secured resources (a federated server of a web-tier portal, reached with portal tokens).
    web_tier_grants_access: bool = False


@dataclass
class Fault:
    """A misbehaviour applied to matching requests, before any other processing.

    `path` matches when it is a substring of the request path (None: every path),
    `method` when equal (None: any). The first `skip` matching requests pass
    untouched; `times` limits how many requests it hits after them (None: all);
    `hits` counts them.
    """

    kind: str
    path: Optional[str] = None
    method: Optional[str] = None
    times: Optional[int] = None
    seconds: float = 0.0  # latency
    status: Optional[int] = None  # server-error, redirect, empty-body
    location: Optional[str] = None  # redirect: target origin, e.g. "https://127.0.0.1:8444"
    skip: int = 0
    hits: int = 0
    skipped: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {sorted(FAULT_KINDS)}")
        if self.kind == REDIRECT and not self.location:
            raise ValueError("a redirect fault needs a location (the target origin)")

    def claim(self, method: str, path: str) -> bool:
        """Whether this fault applies to the request; counts the hit if so."""
        if self.method is not None and self.method != method:
            return False
        if self.path is not None and self.path not in path:
            return False
        with self._lock:
            if self.skipped < self.skip:
                self.skipped += 1
                return False
            if self.times is not None and self.hits >= self.times:
                return False
            self.hits += 1
            return True
