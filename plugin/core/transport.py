"""How a token travels with a request: a header, the ``token`` query parameter, or a POST body.

The header modes do not depend on the request URL, so the engine builds one
:class:`RequestAuth` per token and hands the same immutable object to every
request; only the parameter mode rewrites each URL.

Servers differ in where they read a token, and differ by request kind: ArcGIS
10.6+ reads every transport; older releases and other GeoServices servers
read ``token=`` only, some also a raw ``Authorization`` header, and some
answer 498 to a token in a POST body. :func:`detect_transports` finds out,
per kind (GET, POST), the first transport in Esri's order of preference that
the server verifiably reads, so that a token is only ever sent in a way
checked for that server.

One server may read tokens in different places on different endpoints
(:class:`Endpoint`): ArcGIS Server answers ``<root>/services/…`` (SOAP, and the
OGC services: WMS, WFS, WCS) with another handler than its REST API, and Esri
documents only ``token=`` there. So the transport is checked per endpoint, and
a token goes into the URL only on an endpoint that verifiably reads it nowhere
else.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Optional
from urllib.parse import quote, unquote

if TYPE_CHECKING:
    from .http import HttpClient, Reply


class Transport(str, Enum):
    """Where the token goes; the value is what ``Connection.to_dict()`` stores."""

    AUTO = "auto"  # detected per server and request kind (detect_transports)
    X_ESRI = "x-esri"  # X-Esri-Authorization: Bearer <token> (Esri's recommendation, Server 10.6+)
    BEARER = "bearer"  # Authorization: Bearer <token> (only without web-tier auth on that header)
    AUTHORIZATION = "authorization"  # Authorization: <token>, no scheme (some GeoServices servers)
    BODY = "body"  # token=<token> in a POST form: POST requests only, never chosen by the user
    PARAM = "param"  # token=<token> in the query string: legacy servers; leaks into logs


class Endpoint(str, Enum):
    """Which handler of a server a URL reaches; each may read tokens in its own places."""

    REST = "rest"  # <root>/rest/… (the REST API, its tiles and WMTS), a portal's sharing API, anything else
    OGC = "ogc"  # <root>/services/…: ArcGIS Server's SOAP and OGC handler (WMSServer, WFSServer, WCSServer)


OGC_SEGMENT = "services"  # the first path segment after a server root that the OGC handler answers


def endpoint_of(root_segments: tuple[str, ...], segments: tuple[str, ...]) -> Endpoint:
    """The endpoint of a URL with (decoded, case-folded) path ``segments`` under the root with ``root_segments``."""
    after_root = segments[len(root_segments) : len(root_segments) + 1]
    return Endpoint.OGC if after_root == (OGC_SEGMENT,) else Endpoint.REST


HEADER_NAMES = {
    Transport.X_ESRI: "X-Esri-Authorization",
    Transport.BEARER: "Authorization",
    Transport.AUTHORIZATION: "Authorization",
}
HEADER_TRANSPORTS = (Transport.X_ESRI, Transport.BEARER, Transport.AUTHORIZATION)  # in Esri's order of preference
GET_ORDER = (*HEADER_TRANSPORTS, Transport.PARAM)
POST_ORDER = (*HEADER_TRANSPORTS, Transport.BODY, Transport.PARAM)
TOKEN_PARAMETER = "token"  # noqa: S105 - a parameter name


class RequestAuth:
    """What to change on one request: headers to set, in parameter mode its new URL, and in body
    mode the form fields to add.

    ``repr()`` shows header and field names only: the values and the rewritten URL hold the token.
    """

    __slots__ = ("form", "headers", "url")

    def __init__(
        self, headers: Mapping[str, str], url: Optional[str] = None, form: Optional[Mapping[str, str]] = None
    ) -> None:
        self.headers: Mapping[str, str] = MappingProxyType(dict(headers))
        self.url = url  # None: keep the request's URL
        self.form: Mapping[str, str] = MappingProxyType(dict(form or {}))  # POST fields to add

    def __repr__(self) -> str:
        rewritten = ", url=<with token>" if self.url is not None else ""
        fields = f", form={sorted(self.form)}" if self.form else ""
        return f"RequestAuth(headers={sorted(self.headers)}{rewritten}{fields})"


def build_auth(transport: Transport, token: str, referer: Optional[str], url: Optional[str] = None) -> RequestAuth:
    """The :class:`RequestAuth` for a concrete transport (never AUTO); ``url`` is needed for PARAM."""
    headers = {"Referer": referer} if referer is not None else {}
    if transport is Transport.PARAM:
        if url is None:
            raise ValueError("the parameter transport rewrites a URL: pass it")
        return RequestAuth(headers, with_token_parameter(url, token))
    if transport is Transport.BODY:
        return RequestAuth(headers, form={TOKEN_PARAMETER: token})
    headers[HEADER_NAMES[transport]] = token if transport is Transport.AUTHORIZATION else f"Bearer {token}"
    return RequestAuth(headers)


# What a probe answers: the ArcGIS error code of a request to the probe URL that carried ``token``
# the given way, or None for an answer without one; raises when the server could not be asked.
Probe = Callable[[str, Transport, str], Optional[int]]  # (method, transport, token) -> error code
INVALID_TOKEN = 498
TOKEN_REQUIRED = 499
DECOY_TOKEN = "arcgis-token-auth-transport-check"  # noqa: S105 - can never be valid; public by design


def detect_transports(
    probe: Probe, token: str, methods: tuple[str, ...] = ("GET", "POST")
) -> tuple[Optional[Transport], Optional[Transport]]:
    """The transports to use for (GET, POST) requests, each None when no probe could tell (or
    when its method is not in ``methods``: an endpoint that QGIS only reads needs no POST check).

    A transport counts only when verified twice on a resource that needs a token: a
    *decoy* sent that way gets 498 (the server reads that place: one that ignores it
    answers as to anyone, or 499), and the *real* token sent that way is accepted (no
    498, no 499: a server that refuses every token in that place, read or not, fails
    here). Nothing is assumed from one kind for the other: a server may read headers
    on GET and refuse a token in a POST body.
    """

    def verified(method: str, transport: Transport) -> bool:
        return probe(method, transport, DECOY_TOKEN) == INVALID_TOKEN and probe(method, transport, token) not in (
            INVALID_TOKEN,
            TOKEN_REQUIRED,
        )

    found = []
    for method, order in (("GET", GET_ORDER), ("POST", POST_ORDER)):
        checked = method in methods
        found.append(next((transport for transport in order if checked and verified(method, transport)), None))
    return found[0], found[1]


def http_probe(
    http: HttpClient, url: str, referer: Optional[str], *, allow_plain_http: bool, endpoint: Endpoint = Endpoint.REST
) -> Probe:
    """The :data:`Probe` that asks ``url`` over ``http``: a GET, or a POST form. A REST URL is asked
    ``?f=json``; an OGC one as it is (its own query says what to answer: a WMS GetCapabilities...),
    without any token it carried."""
    if endpoint is not Endpoint.REST:
        url = without_token_parameter(url)

    def probe(method: str, transport: Transport, value: str) -> Optional[int]:
        asked = f"{url}?f=json" if endpoint is Endpoint.REST else url
        auth = build_auth(transport, value, referer, asked)
        target = auth.url or url
        if method == "GET":
            params = None if auth.url is not None or endpoint is not Endpoint.REST else {"f": "json"}
            reply = http.get(target, params, headers=auth.headers, carries_secret=True,
                             allow_plain_http=allow_plain_http)  # fmt: skip
        else:
            reply = http.post(target, {"f": "json", **auth.form}, headers=auth.headers,
                              allow_plain_http=allow_plain_http)  # fmt: skip
        return error_code(reply)

    return probe


def error_code(reply: Reply) -> Optional[int]:
    """The ArcGIS error code of an answer: in the JSON body (HTTP 200), else the HTTP status."""
    error = reply.data.get("error") if reply.data is not None else None
    if isinstance(error, dict) and isinstance(error.get("code"), int):
        return error["code"]
    return reply.status if reply.status >= 400 else None


def with_token_parameter(url: str, token: str) -> str:
    """``url`` with ``token=<token>`` as its only token parameter (any other is replaced)."""
    url, hash_mark, fragment = url.partition("#")
    base, _, query = url.partition("?")
    kept = [item for item in query.split("&") if item and not _is_token_item(item)]
    kept.append(f"{TOKEN_PARAMETER}={quote(token, safe='')}")
    return f"{base}?{'&'.join(kept)}{hash_mark}{fragment}"


def token_parameters(url: str) -> list[str]:
    """The values of every ``token`` parameter of ``url``'s query, decoded (none: an empty list).

    Asked of every signed request, so a query without the letters ``token`` is answered at once:
    a name spelt with escapes (``%74oken``) is not looked for — what this finds are tokens that
    servers and QGIS copied into URLs, never spelt so."""
    query = url.partition("#")[0].partition("?")[2]
    if TOKEN_PARAMETER not in query.lower():
        return []
    return [unquote(item.partition("=")[2]) for item in query.split("&") if _is_token_item(item)]


def without_token_parameter(url: str) -> str:
    """``url`` without any ``token`` parameter: e.g. one that a server repeated in the URLs of its
    capabilities document, and that a client following them sends along, however old."""
    if not token_parameters(url):
        return url
    url, hash_mark, fragment = url.partition("#")
    base, _, query = url.partition("?")
    kept = [item for item in query.split("&") if item and not _is_token_item(item)]
    return f"{base}{'?' if kept else ''}{'&'.join(kept)}{hash_mark}{fragment}"


def _is_token_item(item: str) -> bool:
    # ArcGIS reads parameter names case-insensitively: a "Token=" left behind would win on some servers.
    return unquote(item.partition("=")[0]).lower() == TOKEN_PARAMETER
