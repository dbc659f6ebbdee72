"""How each kind of server issues tokens, and how to read its answers.

* ``generateToken`` with username + password, at a standalone server, a portal
  or ArcGIS Online, bound to a referer or to the requesting IP;
* the federation exchange: a portal token + ``serverUrl`` → a token of a server
  federated with that portal;
* OAuth2 ``client_credentials`` for registered apps;
* API keys, which are tokens already.

(Browser sign-in — OAuth2 authorization code, PKCE, refresh tokens — is in :mod:`.oauth`.)

Each function returns a :class:`TokenInfo` or raises the :mod:`.errors` class
that says what the user must do. Server messages are kept for the log only
after the secrets sent in the request are blanked out of them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, Callable, Optional

from . import LOGGER_NAME
from .credentials import Binding, Secret
from .errors import (
    ArcGISAuthError,
    TokenEndpointNotFoundError,
    UnexpectedResponseError,
    service_error,
    token_refusal,
)
from .http import HttpClient, Reply
from .urls import ServerRoot, origin_of

LOG = logging.getLogger(LOGGER_NAME).getChild("tokens")


class TokenSource(str, Enum):
    SERVER = "server"  # the server's own generateToken
    PORTAL = "portal"  # a portal's or ArcGIS Online's generateToken
    EXCHANGE = "exchange"  # a portal token exchanged for a federated server's token
    APP = "app"  # OAuth2 client_credentials
    API_KEY = "api_key"  # the key itself
    BROWSER = "browser"  # OAuth2 authorization code / refresh token: a user signed in in the browser


@dataclass(frozen=True)
class TokenInfo:
    """A token and what governs its use; ``repr()`` hides the token.

    ``expires`` and ``obtained`` are clock times (epoch seconds with the default
    clock); ``expires`` is None for a key without a known expiry. ``referer`` is
    the Referer every request must carry (None: not referer-bound). ``ssl``: the
    token must never travel over plain HTTP.
    """

    token: Secret
    obtained: float
    expires: Optional[float]
    ssl: bool
    referer: Optional[str]
    source: TokenSource

    @property
    def lifetime(self) -> Optional[float]:
        return None if self.expires is None else self.expires - self.obtained


def generate_token(
    http: HttpClient,
    endpoint: str,
    *,
    username: str = "",
    password: Optional[Secret] = None,
    binding: Binding,
    referer: str,
    minutes: int,
    source: TokenSource,
    now: float,
    allow_plain_http: bool,
) -> TokenInfo:
    """username + password → a token from ``endpoint`` (a ``.../generateToken`` URL). Without a password:
    a token for whoever the web tier in front of ``endpoint`` signed in (PKI, Basic, Windows) — ArcGIS's
    own sign-in for such sites; the request passes the web tier (the HTTP client adds its sign-in)."""
    form = {"username": username, "password": password.reveal()} if password is not None else {}
    form.update(_binding_form(binding, referer), expiration=str(minutes), f="json")
    reply = http.post(endpoint, form, allow_plain_http=allow_plain_http)
    data = checked(reply, *([password] if password is not None else []))
    return _token_info(reply, data, now=now, binding=binding, referer=referer, source=source)


def exchange_token(
    http: HttpClient,
    endpoint: str,
    portal_token: TokenInfo,
    server: ServerRoot,
    *,
    binding: Binding,
    referer: str,
    minutes: int,
    now: float,
    allow_plain_http: bool,
) -> TokenInfo:
    """A portal token → a token of ``server``, federated with that portal (``endpoint`` is the
    portal's generateToken)."""
    secret = portal_token.token
    form = {"token": secret.reveal(), "serverUrl": server.url, **_binding_form(binding, referer)}
    form.update(expiration=str(minutes), f="json")
    headers = {"Referer": portal_token.referer} if portal_token.referer is not None else None
    reply = http.post(endpoint, form, headers=headers, allow_plain_http=allow_plain_http)
    data = checked(reply, secret)
    return _token_info(reply, data, now=now, binding=binding, referer=referer, source=TokenSource.EXCHANGE)


def app_token(
    http: HttpClient,
    portal: ServerRoot,
    *,
    client_id: str,
    client_secret: Secret,
    minutes: int,
    now: float,
    allow_plain_http: bool,
) -> TokenInfo:
    """OAuth2 ``client_credentials``: client id + secret → an app token (not bound to a client)."""
    form = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret.reveal(),
        "expiration": str(minutes),
        "f": "json",
    }
    reply = http.post(portal.join("sharing", "rest", "oauth2", "token"), form, allow_plain_http=allow_plain_http)
    data = checked(reply, client_secret)
    token, expires_in = data.get("access_token"), data.get("expires_in")
    if not isinstance(token, str) or not token or not isinstance(expires_in, (int, float)):
        raise UnexpectedResponseError(origin_of(reply.url), detail="no access_token / expires_in")
    return TokenInfo(Secret(token), now, now + expires_in, ssl_of(reply, data), None, TokenSource.APP)


def api_key_token(key: Secret, *, expires: Optional[float], now: float) -> TokenInfo:
    """An API key used as it is: nothing to fetch, nothing bound."""
    return TokenInfo(key, now, expires, True, None, TokenSource.API_KEY)


def _binding_form(binding: Binding, referer: str) -> dict[str, str]:
    if binding is Binding.REFERER:
        return {"client": "referer", "referer": referer}
    return {"client": "requestip"}


def _token_info(
    reply: Reply, data: Mapping[str, Any], *, now: float, binding: Binding, referer: str, source: TokenSource
) -> TokenInfo:
    token, expires = data.get("token"), data.get("expires")
    # The admin API sends "expires" as a string of milliseconds.
    if isinstance(expires, str) and expires.strip().isdigit():
        expires = int(expires)
    if not isinstance(token, str) or not token or not isinstance(expires, (int, float)) or isinstance(expires, bool):
        raise UnexpectedResponseError(origin_of(reply.url), detail="no token / expires in the answer")
    bound = referer if binding is Binding.REFERER else None
    return TokenInfo(Secret(token), now, expires / 1000.0, ssl_of(reply, data), bound, source)


def ssl_of(reply: Reply, data: Mapping[str, Any]) -> bool:
    """Whether the token must stay on HTTPS: as the server says, else as it came (HTTPS → yes)."""
    value = data.get("ssl")
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return reply.url.startswith("https:")


ErrorClassifier = Callable[[str, int, str], ArcGISAuthError]
"""(server origin, ArcGIS error code, the answer's messages, secret-free) → the error to raise."""


def checked(reply: Reply, *sent: Secret, classify: Optional[ErrorClassifier] = None) -> dict[str, Any]:
    """The JSON answer of a token endpoint, or the error it stands for (``classify``, else :func:`token_error`).

    ``sent``: the secrets the request carried, blanked out of the server's messages before they are kept.
    """
    server = origin_of(reply.url)
    if reply.status == 404:
        raise TokenEndpointNotFoundError(server, detail=f"HTTP 404 from {reply.url}")
    data = reply.json()
    code, texts = _error_of(data)
    if code is None and reply.status >= 400:
        code = reply.status
    if code is None:
        return data
    error = (classify or token_error)(server, code, _scrub(" | ".join(texts), sent))
    LOG.debug("token endpoint %s refused: %s (%s)", reply.url, type(error).__name__, error.detail)
    raise error


def _error_of(data: Mapping[str, Any]) -> tuple[Optional[int], list[str]]:
    """(code, messages) of an ArcGIS error body, or (None, []) for a success."""
    error = data.get("error")
    if isinstance(error, dict):
        details = error.get("details") or []
        texts = [error.get("message"), error.get("error"), error.get("error_description"), *details]
        return _int(error.get("code"), 400), [str(text) for text in texts if text]
    if data.get("status") == "error":  # the admin API's shape
        return _int(data.get("code"), 400), [str(text) for text in data.get("messages") or []]
    return None, []


def _int(value: object, default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return default


def token_error(server: str, code: int, text: str) -> ArcGISAuthError:
    """The error for an ArcGIS error answer from a token endpoint (``text``: its messages, secret-free):
    what the answer's words or code mean (:func:`.errors.token_refusal`), else a refusal of the request
    (498/499/403), else an answer the plugin does not understand."""
    detail = f"code {code}: {text}" if text else f"code {code}"
    refused = token_refusal(server, code, text) or service_error(server, code)
    if refused is None:
        return UnexpectedResponseError(server, detail=detail)
    refused.detail = detail
    return refused


def _scrub(text: str, secrets: tuple[Secret, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret.reveal(), "***")
    return text[:300]
