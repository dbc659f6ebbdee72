"""The engine's only door to the network: one ``requests.Session`` and its rules.

* Every call has a timeout, and a caller can give a whole series of calls one
  deadline (:meth:`HttpClient.deadline`): a sign-in against a server that
  accepts connections and never answers ends when its time is up, however many
  requests it would have made.
* Proxies and extra CA certificates come from the caller (the QGIS layer
  passes QGIS's own); with explicit proxies the environment is not read.
* Anything secret — a password, client secret, API key or token — travels only
  in a POST body or a header, never in a URL, and never over plain HTTP unless
  the host is this machine or the connection explicitly allows it.
* Redirects are followed by hand: a request carrying a secret follows one only
  within the server root it was sent to (same origin, or its HTTPS upgrade, and
  a path under the root's) and a POST is re-sent as a POST, never silently
  turned into a GET.
* Cookies are neither kept nor sent: one session serves every connection,
  and a cookie set for one user must not sign in another.
* A connection's web-tier sign-in (:mod:`.webtier`: a client certificate, Basic
  or Windows credentials) goes with every request under its server roots, and
  only there: looked up for each request and each redirect hop. A client
  certificate or an NTLM sign-in has a session of its own: both sign in the
  TCP connection, which must never serve another user.
* Network failures become the specific :mod:`.errors` the user can act on.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import ipaddress
import json
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Optional, Union
from urllib.parse import urlencode, urljoin

if TYPE_CHECKING:  # imported at the first request: `requests` costs QGIS's start-up tens of milliseconds
    import requests

from . import LOGGER_NAME
from .errors import (
    ArcGISAuthError,
    CertificateNotTrustedError,
    ClientCertificateRefusedError,
    ClientCertificateRequiredError,
    ConnectionRefusedByServerError,
    EmptyResponseError,
    HostnameMismatchError,
    InvalidJSONResponseError,
    NonJSONResponseError,
    PlainHTTPRefusedError,
    RedirectRefusedError,
    ResourceNotFoundError,
    SecureConnectionError,
    ServerFailedError,
    ServerTimeoutError,
    ServerUnreachableError,
    TruncatedResponseError,
    UnexpectedResponseError,
    WebTierRefusedError,
    WebTierSignInRequiredError,
)
from .phrases import QT_TRANSLATE_NOOP
from .urls import RootTable, is_loopback_host, locate, origin_of, redact, split_pasted_url
from .webtier import WebTierAuth, WebTierSource

# A certificate's names when the TLS library does not tell them (HostnameMismatchError).
ANOTHER_HOST_NAME = QT_TRANSLATE_NOOP("ArcGISAuthError", "another host name")

LOG = logging.getLogger(LOGGER_NAME).getChild("http")

DEFAULT_TIMEOUT = (10.0, 30.0)  # seconds: (connect, read)
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

Proxies = Mapping[str, str]  # requests' form: {"https": "http://proxy:3128", ...}



@functools.lru_cache(maxsize=1)
def _network_errors() -> tuple[tuple[type[ArcGISAuthError], tuple[type[BaseException], ...]], ...]:
    """A failure of requests → the error to report: the first class with one of its causes wins."""
    import requests

    return (
        (CertificateNotTrustedError, (ssl.SSLCertVerificationError,)),
        (SecureConnectionError, (requests.exceptions.SSLError, ssl.SSLError)),
        (ServerTimeoutError, (requests.Timeout, socket.timeout)),
        (ServerUnreachableError, (requests.exceptions.ProxyError,)),  # the proxy, not the server, failed
        (ConnectionRefusedByServerError, (ConnectionRefusedError,)),
        (ServerUnreachableError, (socket.gaierror,)),  # the host name did not resolve
        (TruncatedResponseError, (requests.exceptions.ChunkedEncodingError,)),  # urllib3 2 checks Content-Length
        (UnexpectedResponseError, (requests.exceptions.ContentDecodingError,)),
    )

# A certificate made out for other names than the URL's host. OpenSSL (urllib3 2) reports it with these
# verify codes: X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH (an IP address in the URL).
_NAME_MISMATCH_CODES = frozenset({62, 64})


@functools.lru_cache(maxsize=1)
def _host_name_check_errors() -> tuple[type[BaseException], ...]:
    """What a host-name check in Python raises: urllib3 1.x's own ``CertificateError`` (a ValueError;
    ``util`` since 1.26.9, ``packages`` before), or ``ssl.CertificateError`` (older Pythons)."""
    found: list[type[BaseException]] = [ssl.CertificateError]
    for module in ("urllib3.util.ssl_match_hostname", "urllib3.packages.ssl_match_hostname"):
        try:
            found.append(importlib.import_module(module).CertificateError)
        except (ImportError, AttributeError):
            continue
    return tuple(dict.fromkeys(found))




@dataclass(frozen=True)
class Reply:
    """A server's answer: its HTTP status and, when the body is a JSON object, that object."""

    url: str  # where the answer came from, after redirects (redacted: no query)
    status: int
    data: Optional[dict[str, Any]]  # None: the body was not a JSON object
    is_json: bool  # the body parsed as JSON (perhaps not an object)
    content_type: str
    size: int = 0  # bytes of the body
    cut_short: bool = False  # fewer bytes arrived than Content-Length announced
    html: bool = False  # the body is a web page
    protobuf: bytes = field(default=b"", repr=False)  # the body of a protocol buffer answer (f=pbf)

    def json(self) -> dict[str, Any]:
        """The JSON object, or the error saying why there is none."""
        if self.data is not None:
            return self.data
        raise self.no_data_error()

    def no_data_error(self) -> ArcGISAuthError:
        """Why there is no JSON object, most telling cause first: the server failed (5xx), nothing is
        there (404), a sign-in is asked for (401, 407), the answer was cut short, is JSON of another
        shape, is empty, is a web page (a sign-in page, say) or is something else that is not JSON."""
        server = origin_of(self.url)
        detail = f"HTTP {self.status}, {self.content_type or 'no type'}, {self.size} bytes"
        if self.status >= 500:
            return ServerFailedError(server, detail=detail, status=self.status)
        causes: tuple[tuple[bool, type[ArcGISAuthError], str], ...] = (
            (self.status in (404, 410), ResourceNotFoundError, f" from {self.url}"),
            (self.status in (401, 407), NonJSONResponseError, ", a sign-in"),  # web-tier or proxy authentication
            (self.cut_short, TruncatedResponseError, ", fewer than Content-Length announced"),
            (self.is_json, UnexpectedResponseError, ", JSON but not an object"),
            (self.size == 0, EmptyResponseError, ""),
            (self.html, NonJSONResponseError, ""),
            (True, InvalidJSONResponseError, ", not valid JSON"),
        )
        error_class, note = next((kind, note) for found, kind, note in causes if found)
        return error_class(server, detail=detail + note)


class HttpClient:
    """Thread-safe; one per engine. :meth:`configure` swaps proxies and CA certificates at run time."""

    def __init__(
        self,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        proxies: Optional[Proxies] = None,
        ca_bundle: Union[str, bytes, None] = None,
        user_agent: str = "QGIS-ArcGIS-Token-Auth",
    ) -> None:
        """``proxies``: None reads the environment (``HTTPS_PROXY``...), a mapping replaces it
        (``{}`` means no proxy). ``ca_bundle``: a PEM file path (str) or PEM data (bytes) trusted
        in addition to the system's certificate authorities."""
        self.timeout = timeout
        self._user_agent = user_agent
        self._lock = threading.Lock()
        self._settings: tuple[Optional[Proxies], Union[str, bytes, None]] = (proxies, ca_bundle)
        # Made at the first request: loading CA certificates takes tens of milliseconds,
        # which QGIS's start-up should not pay for a plugin that may not sign in at all.
        self._current: Optional[requests.Session] = None
        # A session per web-tier sign-in that binds TCP connections to a user (a client certificate, NTLM):
        # pooled connections are never shared between users, nor with requests that sign in no one.
        self._identity_sessions: dict[WebTierAuth, requests.Session] = {}
        self._local = threading.local()  # this thread's deadline (time.monotonic()) and web tier, if any
        self._web_tiers: RootTable[WebTierSource] = RootTable()

    @contextlib.contextmanager
    def deadline(self, seconds: float):
        """Every request this thread sends inside the block ends within ``seconds`` from now, in all;
        a request that would start later fails at once with :class:`ServerTimeoutError`. Nested
        blocks never extend an outer block's deadline."""
        outer = getattr(self._local, "deadline", None)
        mine = time.monotonic() + seconds
        self._local.deadline = mine if outer is None else min(outer, mine)
        try:
            yield
        finally:
            self._local.deadline = outer

    def _timeout_for(self, url: str) -> tuple[float, float]:
        deadline = getattr(self._local, "deadline", None)
        if deadline is None:
            return self.timeout
        left = deadline - time.monotonic()
        if left <= 0:
            raise ServerTimeoutError(origin_of(url), detail="no time left for this sign-in's requests")
        return (min(self.timeout[0], left), min(self.timeout[1], left))

    def configure(self, *, proxies: Optional[Proxies] = None, ca_bundle: Union[str, bytes, None] = None) -> None:
        """Use new proxy settings and CA certificates from the next request on."""
        with self._lock:
            self._settings = (proxies, ca_bundle)
        self.close()

    def close(self) -> None:
        with self._lock:
            previous = [self._current, *self._identity_sessions.values()]
            self._current, self._identity_sessions = None, {}
        for session in previous:
            if session is not None:
                session.close()

    # --- Web tiers ------------------------------------------------------------------------------------

    def set_web_tiers(self, table: RootTable[WebTierSource]) -> None:
        """The web tiers of the connections' server roots (copy-on-write: the engine rebuilds it whole)."""
        self._web_tiers = table

    @contextlib.contextmanager
    def web_tier(self, source: Optional[WebTierSource]):
        """Inside the block this thread's requests that ``source`` covers use its web tier, whatever the
        table says: a connection being tested before it is saved."""
        outer = getattr(self._local, "web_tier", None)
        self._local.web_tier = source
        try:
            yield
        finally:
            self._local.web_tier = outer

    def known_web_tier(self, url: str) -> Optional[WebTierAuth]:
        """The web-tier sign-in of ``url``'s connection if it was resolved already (by the sign-in, which
        passes the web tier first); never waits, never reads anything."""
        source = self._web_tiers.lookup(url)
        return source.peek() if source is not None else None

    def web_tier_for(self, url: str) -> Optional[WebTierAuth]:
        """The web-tier sign-in a request to ``url`` carries, or None. Raises the ArcGISAuthError that says
        why a connection's web tier cannot be used (its certificate could not be read, say)."""
        source = getattr(self._local, "web_tier", None)
        if source is None or not source.covers(url):
            source = self._web_tiers.lookup(url)
        return source.auth() if source is not None else None

    def _session(self, tier: Optional[WebTierAuth] = None) -> requests.Session:
        with self._lock:
            if tier is not None and tier.binds_connections:
                session = self._identity_sessions.get(tier)
                if session is None:
                    session = self._identity_sessions[tier] = self._new_session(*self._settings, tier)
                return session
            if self._current is None:
                self._current = self._new_session(*self._settings)
            return self._current

    def get(
        self,
        url: str,
        params: Optional[Mapping[str, str]] = None,
        *,
        headers: Optional[Mapping[str, str]] = None,
        carries_secret: bool = False,
        allow_plain_http: bool = False,
    ) -> Reply:
        """GET ``url``; ``carries_secret`` when ``headers`` hold a token."""
        if params:
            url = f"{url}{'&' if '?' in url else '?'}{urlencode(params)}"
        return self._send("GET", url, None, headers, carries_secret=carries_secret, allow_plain_http=allow_plain_http)

    def post(
        self,
        url: str,
        form: Mapping[str, str],
        *,
        headers: Optional[Mapping[str, str]] = None,
        allow_plain_http: bool = False,
    ) -> Reply:
        """POST a form that carries a secret (credentials or a token): every safety rule applies."""
        return self._send("POST", url, form, headers, carries_secret=True, allow_plain_http=allow_plain_http)

    def _send(
        self,
        method: str,
        url: str,
        form: Optional[Mapping[str, str]],
        headers: Optional[Mapping[str, str]],
        *,
        carries_secret: bool,
        allow_plain_http: bool,
    ) -> Reply:
        for _ in range(MAX_REDIRECTS + 1):
            tier = self.web_tier_for(url)  # each hop its own: the web tier's sign-in stays on its servers
            if carries_secret or tier is not None:
                refuse_plain_http(url, allow_plain_http)
            response = self._request(self._session(tier), method, url, form, headers, tier=tier)
            _check_web_tier(url, response, tier)
            target = response.headers.get("Location")
            if response.status_code not in REDIRECT_STATUSES or not target:
                return _reply(url, response)
            target = urljoin(url, target)
            response.close()
            LOG.debug("%s %s redirected to %s", method, redact(url), redact(target))
            if carries_secret and not _may_follow_with_secret(url, target):
                raise RedirectRefusedError(origin_of(url), target=redact(target))
            url = target  # the same method and body: a POST stays a POST
        raise UnexpectedResponseError(origin_of(url), detail=f"more than {MAX_REDIRECTS} redirects")

    def _request(
        self,
        session: requests.Session,
        method: str,
        url: str,
        form: Optional[Mapping[str, str]],
        headers: Optional[Mapping[str, str]],
        *,
        tier: Optional[WebTierAuth] = None,
    ) -> requests.Response:
        import requests

        timeout = self._timeout_for(url)
        clear_openssl_errors()
        auth = tier.requests_auth() if tier is not None else None
        try:
            return session.request(
                method, url, data=form, headers=headers, timeout=timeout, allow_redirects=False, auth=auth
            )
        except requests.RequestException as exc:
            offered = tier is not None and tier.certificate is not None
            error = network_error(origin_of(url), exc, with_certificate=offered)
            LOG.debug("%s %s failed: %s (%s)", method, redact(url), type(error).__name__, error.detail)
            raise error from exc

    def _new_session(
        self, proxies: Optional[Proxies], ca_bundle: Union[str, bytes, None], tier: Optional[WebTierAuth] = None
    ) -> requests.Session:
        import http.cookiejar

        import requests

        session = requests.Session()
        session.headers["User-Agent"] = self._user_agent
        session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        if proxies is not None:
            session.trust_env = False
            session.proxies.update(proxies)
        certificate = tier.certificate if tier is not None else None
        if ca_bundle is not None or certificate is not None:
            context = _ssl_context(ca_bundle)
            if certificate is not None:
                certificate.load_into(context)
            session.mount("https://", _trusting_adapter_class()(context))
        return session


def refuse_plain_http(url: str, allow_plain_http: bool) -> None:
    """Raise unless a secret may go to ``url``: HTTPS, this machine, or an explicit opt-in."""
    location = locate(url)
    if location is None or (location.scheme != "https" and not (allow_plain_http or is_loopback_host(location.host))):
        raise PlainHTTPRefusedError(origin_of(url))


def _may_follow_with_secret(source: str, target: str) -> bool:
    """Within the server root ``source`` belongs to: its origin (or that origin's HTTPS upgrade on
    the default port) and a path under the root's. Another web application on the same host is
    another party: a password re-POSTed there, or a token sent there, is a leak."""
    here, there = locate(source), locate(target)
    if here is None or there is None:
        return False
    upgrade = (here.scheme, there.scheme) == ("http", "https") and here.host == there.host and there.port == 443
    if here.origin_key != there.origin_key and not upgrade:
        return False
    try:
        root = split_pasted_url(source)[0].location.segments
    except ArcGISAuthError:
        return False
    return there.segments[: len(root)] == root


def _reply(url: str, response: requests.Response) -> Reply:
    content_type = response.headers.get("Content-Type", "")
    body = response.content or b""  # already read: requests is not streaming
    response.close()
    LOG.debug("%s %s → HTTP %s", response.request.method, redact(url), response.status_code)
    return decode_reply(url, response.status_code, content_type, body, cut_short=_cut_short(response, body))


def decode_reply(url: str, status: int, content_type: str, body: bytes, *, cut_short: bool = False) -> Reply:
    """An answer as a :class:`Reply`, however it was fetched (``requests`` here, QGIS's network stack in
    the catalog): the one place where a body becomes ArcGIS data or the reason it is not."""
    content_type = content_type.split(";", maxsplit=1)[0].strip().lower()
    if content_type in PROTOBUF_TYPES and status == 200 and not cut_short:
        return Reply(redact(url), status, None, False, content_type, size=len(body), protobuf=body)
    try:
        parsed, is_json = json.loads(body.decode("utf-8-sig")), True
    except ValueError:  # not JSON (UnicodeDecodeError included), or cut short
        parsed, is_json = None, False
    data = parsed if isinstance(parsed, dict) else None
    return Reply(
        redact(url),
        status,
        data,
        is_json,
        content_type,
        size=len(body),
        cut_short=cut_short,
        html=_is_web_page(content_type, body),
    )


_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PROTOBUF_TYPES = frozenset({"application/x-protobuf", "application/protobuf", "application/octet-stream"})
_HTML_STARTS = (b"<!doctype html", b"<html")


def _is_web_page(content_type: str, body: bytes) -> bool:
    return content_type in _HTML_TYPES or body[:64].lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(_HTML_STARTS)


def _cut_short(response: requests.Response, body: bytes) -> bool:
    """Whether fewer bytes arrived than ``Content-Length`` announced: urllib3 1.x does not check it
    (urllib3 2 raises, which :func:`network_error` reports)."""
    if response.status_code in (204, 304) or response.status_code < 200:
        return False  # no body, whatever Content-Length says
    try:
        announced = int(response.headers.get("Content-Length", ""))
    except ValueError:
        return False
    try:
        received = response.raw.tell()  # bytes off the wire, before any decompression
    except Exception:  # noqa: BLE001 - not a urllib3 response: fall back on the body
        received = None
    if not isinstance(received, int):
        if response.headers.get("Content-Encoding", "identity").strip().lower() != "identity":
            return False
        received = len(body)
    return received < announced


def network_error(server: str, exc: requests.RequestException, *, with_certificate: bool = False) -> ArcGISAuthError:
    """The error a user can act on for a failure of ``requests`` (``with_certificate``: the request
    offered a client certificate in its handshake)."""
    causes = _causes(exc)
    detail = " < ".join(type(cause).__name__ for cause in causes)
    for cause in causes:
        names = _certificate_names_if_mismatch(cause)
        if names is not None:
            shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
            detail += f"; certificate for {shown}" if names else "; certificate for other names"
            return HostnameMismatchError(server, detail=detail, certificate_names=shown or ANOTHER_HOST_NAME)
    for error_class, kinds in _network_errors():
        if any(isinstance(cause, kinds) for cause in causes):
            if error_class is SecureConnectionError and _handshake_cut(causes):
                refused = ClientCertificateRefusedError if with_certificate else ClientCertificateRequiredError
                return refused(server, detail=detail)
            return error_class(server, detail=detail)
    return ServerUnreachableError(server, detail=detail)


# How a TLS server ends a handshake that lacks the client certificate it wants, or refuses the one it got:
# an alert (TLS 1.2, or TLS 1.3 when it arrives in time), or the connection closed (TLS 1.3 sends the alert
# after the client thinks the handshake is done: IIS and OpenSSL servers then show as an EOF).
_CERTIFICATE_ALERTS = ("CERTIFICATE_REQUIRED", "HANDSHAKE_FAILURE", "BAD_CERTIFICATE", "CERTIFICATE_REVOKED",
                       "CERTIFICATE_EXPIRED", "UNKNOWN_CA", "CERTIFICATE_UNKNOWN")  # fmt: skip


def _handshake_cut(causes: list[BaseException]) -> bool:
    for cause in causes:
        if isinstance(cause, ssl.SSLEOFError):
            return True
        reason = getattr(cause, "reason", None)
        if isinstance(cause, ssl.SSLError) and isinstance(reason, str) and reason.endswith(_CERTIFICATE_ALERTS):
            return True
    return False


def _check_web_tier(url: str, response: requests.Response, tier: Optional[WebTierAuth]) -> None:
    """A web tier's 401 (``WWW-Authenticate``: ArcGIS itself never asks that way) as the error that says
    which side refused: credentials were sent and refused, or none were sent."""
    challenge = response.headers.get("WWW-Authenticate", "")
    if response.status_code != 401 or not challenge:
        return
    schemes = ", ".join(dict.fromkeys(part.strip().split(" ")[0] for part in challenge.split(",") if part.strip()))
    response.close()
    sent = tier is not None and tier.kind.takes_authorization and tier.password is not None
    error_class = WebTierRefusedError if sent else WebTierSignInRequiredError
    raise error_class(origin_of(url), scheme=schemes[:60], detail=f"HTTP 401, WWW-Authenticate: {schemes[:60]}")


def _certificate_names_if_mismatch(cause: BaseException) -> Optional[list[str]]:
    """For a certificate made out for other names than the URL's host: the names it is for
    (empty when the TLS library does not tell them); None for any other failure."""
    if not isinstance(cause, _host_name_check_errors()):
        return None
    code = getattr(cause, "verify_code", None)
    if code in _NAME_MISMATCH_CODES:
        return []  # OpenSSL checked the name: its message names the host asked for, never the certificate's
    if code is not None:
        return None  # OpenSSL refused the certificate for another reason (an unknown authority, say)
    # A host-name check in Python (urllib3 1.x): it raises for nothing else, and tells the certificate's names.
    certificate = getattr(cause, "_peer_cert", None)  # urllib3 1.x keeps it on the error
    names: list[str] = []
    if isinstance(certificate, dict):
        for kind, value in certificate.get("subjectAltName", ()):
            if kind in ("DNS", "IP Address"):
                names.append(value)
        if not names:
            names = [value for rdn in certificate.get("subject", ()) for key, value in rdn if key == "commonName"]
    else:  # "hostname 'a' doesn't match either of 'b', 'c'"
        names = re.findall(r"'([^']*)'", str(cause).partition("match")[2])
    return list(dict.fromkeys(_shown_name(name) for name in names if isinstance(name, str) and name.strip()))


def _shown_name(name: str) -> str:
    """A certificate's name as a user would type it (``0:0:0:0:0:0:0:1`` → ``::1``), printable, not too long."""
    name = "".join(char for char in name.strip() if char.isprintable())[:100]
    try:
        return ipaddress.ip_address(name).compressed
    except ValueError:
        return name


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and everything it wraps, outermost first: urllib3 hides socket errors several layers down.

    Only types are shown from these: their messages may repeat the request's URL.
    """
    found: list[BaseException] = []
    pending: list[object] = [exc]
    while pending:
        item = pending.pop(0)
        if isinstance(item, BaseException) and all(item is not known for known in found):
            found.append(item)
            pending.extend((item.__cause__, item.__context__, getattr(item, "reason", None), *item.args))
    return found


@functools.lru_cache(maxsize=1)
def _err_clear_error() -> Callable[[], None]:
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("crypto")
    try:
        return ctypes.CDLL(name).ERR_clear_error if name else lambda: None
    except (OSError, AttributeError):
        return lambda: None


def clear_openssl_errors() -> None:
    """Empty this thread's OpenSSL error queue before Python's ``ssl`` uses it.

    In QGIS, the auth manager's encryption (QCA on the same libcrypto) can
    leave an error on a thread's queue — e.g. ``EVP: INVALID_KEY_LENGTH`` when
    QGIS decrypts an auth config on the provider thread just before our hook
    runs. Python's ``ssl`` then reports that stale error as a failed TLS
    handshake. Clearing the queue first is harmless elsewhere.
    """
    _err_clear_error()()


def _ssl_context(ca_bundle: Union[str, bytes, None]) -> ssl.SSLContext:
    from urllib3.util.ssl_ import create_urllib3_context

    # urllib3's own kind of context: it checks host names itself (IP addresses included).
    context = create_urllib3_context()
    context.load_default_certs()
    if isinstance(ca_bundle, bytes):
        context.load_verify_locations(cadata=ca_bundle.decode("ascii"))
    elif ca_bundle is not None:
        context.load_verify_locations(cafile=ca_bundle)
    return context


@functools.lru_cache(maxsize=1)
def _trusting_adapter_class() -> type:
    """``requests``' HTTPAdapter whose TLS context trusts extra CA certificates besides the system's
    (a class made at the first session: ``requests`` is imported then, not at QGIS's start-up)."""
    from requests.adapters import HTTPAdapter

    class TrustingAdapter(HTTPAdapter):
        def __init__(self, ssl_context: ssl.SSLContext) -> None:
            self._ssl_context = ssl_context
            super().__init__()

        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            kwargs["ssl_context"] = self._ssl_context
            super().init_poolmanager(*args, **kwargs)

        def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
            proxy_kwargs["ssl_context"] = self._ssl_context
            return super().proxy_manager_for(proxy, **proxy_kwargs)

    return TrustingAdapter
