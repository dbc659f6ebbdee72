"""How a token travels with a request: a header, or the ``token`` query parameter.

The header modes do not depend on the request URL, so the engine builds one
:class:`RequestAuth` per token and hands the same immutable object to every
request; only the parameter mode rewrites each URL.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import Optional
from urllib.parse import quote, unquote


class Transport(str, Enum):
    """Where the token goes; the value is what ``Connection.to_dict()`` stores."""

    AUTO = "auto"  # X-Esri-Authorization, unless the server turns out to read only token=
    X_ESRI = "x-esri"  # X-Esri-Authorization: Bearer <token> (Esri's recommendation, Server 10.6+)
    BEARER = "bearer"  # Authorization: Bearer <token> (only without web-tier auth on that header)
    PARAM = "param"  # token=<token> in the query string: legacy servers; leaks into logs


HEADER_NAMES = {Transport.X_ESRI: "X-Esri-Authorization", Transport.BEARER: "Authorization"}
TOKEN_PARAMETER = "token"  # noqa: S105 - a parameter name


class RequestAuth:
    """What to change on one request: headers to set and, in parameter mode, its new URL.

    ``repr()`` shows header names only: the values and the rewritten URL hold the token.
    """

    __slots__ = ("headers", "url")

    def __init__(self, headers: Mapping[str, str], url: Optional[str] = None) -> None:
        self.headers: Mapping[str, str] = MappingProxyType(dict(headers))
        self.url = url  # None: keep the request's URL

    def __repr__(self) -> str:
        rewritten = ", url=<with token>" if self.url is not None else ""
        return f"RequestAuth(headers={sorted(self.headers)}{rewritten})"


def build_auth(transport: Transport, token: str, referer: Optional[str], url: Optional[str] = None) -> RequestAuth:
    """The :class:`RequestAuth` for a concrete transport (never AUTO); ``url`` is needed for PARAM."""
    headers = {"Referer": referer} if referer is not None else {}
    if transport is Transport.PARAM:
        if url is None:
            raise ValueError("the parameter transport rewrites a URL: pass it")
        return RequestAuth(headers, with_token_parameter(url, token))
    headers[HEADER_NAMES[transport]] = f"Bearer {token}"
    return RequestAuth(headers)


def with_token_parameter(url: str, token: str) -> str:
    """``url`` with ``token=<token>`` as its only token parameter (any other is replaced)."""
    url, hash_mark, fragment = url.partition("#")
    base, _, query = url.partition("?")
    kept = [item for item in query.split("&") if item and not _is_token_item(item)]
    kept.append(f"{TOKEN_PARAMETER}={quote(token, safe='')}")
    return f"{base}?{'&'.join(kept)}{hash_mark}{fragment}"


def _is_token_item(item: str) -> bool:
    # ArcGIS reads parameter names case-insensitively: a "Token=" left behind would win on some servers.
    return unquote(item.partition("=")[0]).lower() == TOKEN_PARAMETER
