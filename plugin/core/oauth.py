"""Browser sign-in: OAuth 2.0 authorization code with PKCE, for ArcGIS Online and Enterprise portals.

Organisations that sign their users in through SAML or with multifactor
authentication cannot use ``generateToken``: their users sign in in the
browser, as in ArcGIS Pro. This module holds the parts that need no QGIS (the
loopback listener and the browser are in ``integration/browser_signin.py``):

* :class:`Authorization` — one sign-in: a PKCE verifier and its S256 challenge
  (RFC 7636), a ``state`` tying the redirect to this sign-in (RFC 6749 §10.12),
  the loopback redirect URI (RFC 8252 §7.3) and the authorize URL made of them;
  :meth:`Authorization.code_from` reads the redirect;
* :func:`exchange_code` — the code and the verifier → an access token and a refresh token;
* :func:`refresh` — the refresh token → a new access token (``grant_type=refresh_token``);
* :func:`extend` — the refresh token → a new refresh token as well (``exchange_refresh_token``);
* :func:`revoke` — signing out at the portal;
* :class:`BrowserSession` — what a sign-in leaves behind: the refresh token, its
  expiry and who signed in. Serialised, it is the connection's secret.

ArcGIS's behaviour assumed here is the one Esri's own JavaScript client
(arcgis-rest-js 4, ``ArcGISIdentityManager``) relies on: ``authorize`` takes
``expiration``, the refresh token's lifetime in minutes (two weeks by default);
the token endpoint answers ``access_token``, ``expires_in`` (seconds; 30
minutes for these tokens), ``username``, ``ssl`` and — for
``authorization_code`` and ``exchange_refresh_token`` — ``refresh_token`` and
``refresh_token_expires_in``; ``exchange_refresh_token`` needs a redirect URI
the app allows. Access tokens are bound to no client: they need no Referer.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Optional
from urllib.parse import urlencode

from . import LOGGER_NAME
from .credentials import Secret
from .errors import (
    ArcGISAuthError,
    BrowserAppRefusedError,
    BrowserSignInCancelledError,
    BrowserSignInExpiredError,
    BrowserSignInRejectedError,
    SSLRequiredError,
    UnexpectedResponseError,
)
from .http import HttpClient, Reply
from .tokens import ErrorClassifier, TokenInfo, TokenSource, checked, ssl_of, token_error
from .urls import ServerRoot, origin_of

LOG = logging.getLogger(LOGGER_NAME).getChild("oauth")

# What arcgis-rest-js asks for: a refresh token valid two weeks (organisations may allow less).
DEFAULT_SIGN_IN_MINUTES = 20160
SIGN_IN_TIMEOUT = 300.0  # seconds a browser sign-in may take: an identity provider's pages and a second factor
# A refresh token with less than a day left is exchanged for a new one, as arcgis-rest-js does;
# at most half-way through its life, so that short-lived ones (tests) are exchanged in time too.
EXTEND_MARGIN = 86400.0
LOOPBACK_HOST = "127.0.0.1"  # RFC 8252 §8.3: the IP literal, never "localhost" (which may resolve elsewhere)
SESSION_VERSION = 1


def new_code_verifier() -> str:
    """A PKCE ``code_verifier``: 32 random bytes, base64url without padding (43 characters, RFC 7636 §4.1)."""
    return secrets.token_urlsafe(32)


def code_challenge(verifier: str) -> str:
    """The S256 ``code_challenge`` of ``verifier``: ``BASE64URL(SHA256(ASCII(verifier)))`` (RFC 7636 §4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def loopback_redirect_uri(port: int) -> str:
    """Where the portal sends the browser back to: the plugin's listener on this machine (RFC 8252 §7.3).

    The path is ``/``: a portal that matches registered redirect URIs by prefix
    (``http://127.0.0.1``) and one that matches them exactly except for the
    loopback port (``http://127.0.0.1/``) both accept it.
    """
    return f"http://{LOOPBACK_HOST}:{port}/"


def token_url(portal: ServerRoot) -> str:
    return portal.join("sharing", "rest", "oauth2", "token")


@dataclass(frozen=True)
class Authorization:
    """One browser sign-in: what the authorize URL carries, and the verifier only the plugin knows."""

    portal: ServerRoot
    client_id: str
    redirect_uri: str
    state: str  # random; compared with the redirect's (CSRF, RFC 6749 §10.12)
    verifier: Secret
    expiration_minutes: Optional[int] = DEFAULT_SIGN_IN_MINUTES

    @classmethod
    def new(
        cls,
        portal: ServerRoot,
        client_id: str,
        redirect_uri: str,
        *,
        expiration_minutes: Optional[int] = DEFAULT_SIGN_IN_MINUTES,
    ) -> Authorization:
        if not client_id:
            raise ValueError("a browser sign-in needs the client ID of a registered app")
        return cls(portal, client_id, redirect_uri, secrets.token_urlsafe(24), Secret(new_code_verifier()),
                   expiration_minutes)  # fmt: skip

    @property
    def challenge(self) -> str:
        return code_challenge(self.verifier.reveal())

    @property
    def url(self) -> str:
        """The authorize URL to open in the browser (holds the challenge, never the verifier)."""
        params = {
            "client_id": self.client_id,
            "response_type": "code",
            "redirect_uri": self.redirect_uri,
            "state": self.state,
            "code_challenge": self.challenge,
            "code_challenge_method": "S256",
        }
        if self.expiration_minutes:
            params["expiration"] = str(self.expiration_minutes)
        return f"{self.portal.join('sharing', 'rest', 'oauth2', 'authorize')}?{urlencode(params)}"

    def code_from(self, query: Mapping[str, str]) -> Secret:
        """The authorization code in the redirect's ``query``, or the error saying why there is none.

        The state is checked first: an answer that is not this sign-in's — a
        forged request to the listener, a stale tab — is refused, whatever it holds.
        """
        server = self.portal.origin
        if not hmac.compare_digest(query.get("state", "").encode(), self.state.encode()):
            raise BrowserSignInRejectedError(server, detail="the redirect's state does not match this sign-in")
        error = query.get("error", "")
        if error:
            # Shown in the log only: the text comes from whoever sent the request.
            detail = _printable(f"{error}: {query.get('error_description', '')}")
            if error == "access_denied":
                raise BrowserSignInCancelledError(server, detail=detail)
            if error in ("invalid_client", "unauthorized_client", "invalid_request"):
                raise BrowserAppRefusedError(server, detail=detail)
            raise BrowserSignInRejectedError(server, detail=detail)
        code = query.get("code", "")
        if not code:
            raise BrowserSignInRejectedError(server, detail="the redirect holds no code")
        return Secret(code)


@dataclass(frozen=True)
class BrowserSession:
    """What a browser sign-in leaves: the refresh token and what it is good for. ``repr()`` hides the token.

    ``expires`` and ``obtained`` are clock times (epoch seconds); ``expires`` is
    None when unknown — a refresh token a script handed over. ``portal`` and
    ``client_id`` say where it is valid (empty: not recorded).
    """

    refresh_token: Secret
    expires: Optional[float]
    obtained: float
    username: str = ""
    portal: str = ""
    client_id: str = ""
    redirect_uri: str = ""

    def to_secret(self) -> Secret:
        """The session as the connection's secret (kept encrypted, like a password)."""
        data = {
            "version": SESSION_VERSION,
            "refresh_token": self.refresh_token.reveal(),
            "expires": self.expires,
            "obtained": self.obtained,
            "username": self.username,
            "portal": self.portal,
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
        }
        return Secret(json.dumps(data, sort_keys=True))

    @classmethod
    def from_secret(cls, secret: Secret) -> BrowserSession:
        """Read :meth:`to_secret`'s value; ValueError for anything else.

        Never a bare string: a connection changed to browser sign-in may still hold
        its old password, which must not be sent anywhere as a refresh token.
        """
        value = secret.reveal().strip()
        if not value.startswith("{"):
            raise ValueError("the stored secret is not a browser sign-in")
        try:
            data = json.loads(value)
        except ValueError:
            raise ValueError("the stored sign-in is not JSON") from None  # the parser's text may quote it
        token = data.get("refresh_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise ValueError("the stored sign-in holds no refresh token")
        expires = data.get("expires")
        return cls(
            Secret(token),
            float(expires) if _is_number(expires) else None,
            float(data["obtained"]) if _is_number(data.get("obtained")) else 0.0,
            *(str(data.get(name) or "") for name in ("username", "portal", "client_id", "redirect_uri")),
        )

    def belongs_to(self, portal: ServerRoot, client_id: str) -> bool:
        """False when the connection now names another portal or app than the one signed in to."""
        if self.client_id and self.client_id != client_id:
            return False
        return not self.portal or ServerRoot.parse(self.portal) == portal

    def expired(self, now: float) -> bool:
        return self.expires is not None and now >= self.expires

    def nears_end(self, now: float) -> bool:
        """Whether to exchange it for a new one now: a day before its end, at most half-way through."""
        if self.expires is None or not self.redirect_uri:
            return False
        margin = min(EXTEND_MARGIN, max(self.expires - self.obtained, 0.0) / 2)
        return now >= self.expires - margin


@dataclass(frozen=True)
class BrowserGrant:
    """A token endpoint's answer: the access token, who it is for, and a (new) session if one came."""

    token: TokenInfo
    username: str
    session: Optional[BrowserSession]


def exchange_code(
    http: HttpClient, authorization: Authorization, code: Secret, *, now: float, allow_plain_http: bool
) -> BrowserGrant:
    """The redirect's code → an access token and a refresh token (``grant_type=authorization_code``)."""
    form = {
        "grant_type": "authorization_code",
        "client_id": authorization.client_id,
        "code": code.reveal(),
        "code_verifier": authorization.verifier.reveal(),
        "redirect_uri": authorization.redirect_uri,
        "f": "json",
    }
    portal, client_id = authorization.portal, authorization.client_id
    reply = http.post(token_url(portal), form, allow_plain_http=allow_plain_http)
    data = checked(reply, code, authorization.verifier, classify=_signing_in_error(client_id))
    grant = _grant(reply, data, portal, client_id, redirect_uri=authorization.redirect_uri, now=now, previous=None)
    if grant.session is None:
        raise UnexpectedResponseError(origin_of(reply.url), detail="no refresh_token in the answer")
    return grant


def renew(
    http: HttpClient,
    portal: ServerRoot,
    client_id: str,
    session: BrowserSession,
    *,
    extend: bool = False,
    now: float,
    allow_plain_http: bool,
    connection_name: str,
) -> BrowserGrant:
    """The refresh token → a new access token (``grant_type=refresh_token``; the session stays), or with
    ``extend`` a new refresh token and access token (``grant_type=exchange_refresh_token``)."""
    form = {"client_id": client_id, "refresh_token": session.refresh_token.reveal()}
    if extend:
        form.update(grant_type="exchange_refresh_token", redirect_uri=session.redirect_uri)
        # Any refusal is final here (an older portal without this grant, say): the caller refreshes instead.
        classify = _renewing_error(client_id, connection_name, otherwise=_final_refusal)
    else:
        form.update(grant_type="refresh_token")
        classify = _renewing_error(client_id, connection_name)
    form["f"] = "json"
    reply = http.post(token_url(portal), form, allow_plain_http=allow_plain_http)
    data = checked(reply, session.refresh_token, classify=classify)
    return _grant(reply, data, portal, client_id, redirect_uri=session.redirect_uri, now=now, previous=session)


def revoke(http: HttpClient, portal: ServerRoot, client_id: str, token: Secret, *, allow_plain_http: bool) -> None:
    """Revoke a refresh token (and the access tokens made from it) at the portal: signing out."""
    form = {"client_id": client_id, "auth_token": token.reveal(), "f": "json"}
    reply = http.post(portal.join("sharing", "rest", "oauth2", "revokeToken"), form, allow_plain_http=allow_plain_http)
    checked(reply, token)


def _grant(
    reply: Reply,
    data: Mapping[str, Any],
    portal: ServerRoot,
    client_id: str,
    *,
    redirect_uri: str,
    now: float,
    previous: Optional[BrowserSession],
) -> BrowserGrant:
    token, expires_in = data.get("access_token"), data.get("expires_in")
    if not isinstance(token, str) or not token or not _is_number(expires_in):
        raise UnexpectedResponseError(origin_of(reply.url), detail="no access_token / expires_in in the answer")
    info = TokenInfo(Secret(token), now, now + float(expires_in), ssl_of(reply, data), None, TokenSource.BROWSER)
    username = data.get("username") if isinstance(data.get("username"), str) else ""
    username = username or (previous.username if previous is not None else "")
    refresh_token, lifetime = data.get("refresh_token"), data.get("refresh_token_expires_in")
    session = None
    if isinstance(refresh_token, str) and refresh_token:
        expires = now + float(lifetime) if _is_number(lifetime) else None
        session = BrowserSession(Secret(refresh_token), expires, now, username, portal.url, client_id, redirect_uri)
    return BrowserGrant(info, username, session)


def _signing_in_error(client_id: str) -> ErrorClassifier:
    """The code exchange's refusals: the app's registration, or the code itself (used, expired, wrong verifier)."""

    def classify(server: str, code: int, text: str) -> ArcGISAuthError:
        detail = f"code {code}: {text}"
        refused = _common_error(server, text, detail, client_id)
        if refused is not None:
            return refused
        if code in (400, 498) or "invalid_grant" in text.lower():
            return BrowserSignInRejectedError(server, detail=detail)
        return token_error(server, code, text)

    return classify


def _renewing_error(
    client_id: str, connection_name: str, *, otherwise: ErrorClassifier = token_error
) -> ErrorClassifier:
    """A refused refresh token (expired, revoked, the password changed...) means: sign in again."""

    def classify(server: str, code: int, text: str) -> ArcGISAuthError:
        lowered = text.lower()
        detail = f"code {code}: {text}"
        if code == 498 or "invalid_grant" in lowered or "refresh_token" in lowered or "expired" in lowered:
            return BrowserSignInExpiredError(server, detail=detail, connection_name=connection_name)
        return _common_error(server, text, detail, client_id) or otherwise(server, code, text)

    return classify


def _final_refusal(server: str, code: int, text: str) -> ArcGISAuthError:
    return BrowserSignInRejectedError(server, detail=f"code {code}: {text}")


_APP_REFUSALS = ("invalid_client", "unauthorized_client", "client_id", "redirect_uri", "redirect uri")


def _common_error(server: str, text: str, detail: str, client_id: str) -> Optional[ArcGISAuthError]:
    lowered = text.lower()
    if "ssl required" in lowered:
        return SSLRequiredError(server, detail=detail)
    if any(word in lowered for word in _APP_REFUSALS):
        return BrowserAppRefusedError(server, detail=f"client ID {client_id}: {detail}")
    return None


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and value.strip().replace(".", "", 1).isdigit()


def _printable(text: str) -> str:
    return "".join(character if character.isprintable() else "?" for character in text)[:200]
