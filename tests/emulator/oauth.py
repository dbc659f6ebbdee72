"""OAuth 2.0 on an emulated portal: ``<portal>/sharing/rest/oauth2/{authorize,token,revokeToken}``.

* ``authorize`` (GET) shows a sign-in form whose hidden fields carry the request;
  its POST checks the user name and password — SAML and MFA users too: their
  identity provider's pages and second factor are the browser's business, so the
  form stands for all of it — and redirects (302) to the ``redirect_uri`` with
  ``code`` and ``state``, or ``error=access_denied`` when the user cancels. A
  request with an unknown app or a redirect URI the app does not allow gets a
  JSON error and is never redirected (RFC 6749 §4.1.2.1).
* ``token`` grants: ``client_credentials`` (app tokens), ``authorization_code``
  (PKCE verified; codes single-use and short-lived), ``refresh_token`` and
  ``exchange_refresh_token`` (a new refresh token; the old one dies).
* ``revokeToken``: a refresh token stops working (always ``{"success": true}``, as ArcGIS).

Redirect URIs match a registered one exactly or, for ``http`` loopback
addresses (``127.0.0.1``, ``[::1]``, ``localhost``), with any port: native
apps listen on whatever port is free (RFC 8252 §7.3).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import secrets
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any, Optional
from urllib.parse import urlencode, urlsplit

from .auth import LOCKED_OUT, lifetime_seconds
from .tokens import App, User
from .wire import INVALID_CREDENTIALS, SSL_REQUIRED, ApiError, Reply, Request, html_reply

if TYPE_CHECKING:
    from .server import ArcGISEmulator

APP_TOKEN_MINUTES = 120  # what ArcGIS Online gives client_credentials tokens by default
USER_TOKEN_MINUTES = 30  # the access tokens of a browser sign-in (ArcGIS: always 30 minutes)
DEFAULT_REFRESH_MINUTES = 20160  # two weeks, when `expiration` is not given
MAX_REFRESH_MINUTES = 129600  # 90 days
AUTHORIZE_FIELDS = (
    "client_id", "response_type", "redirect_uri", "state", "code_challenge", "code_challenge_method", "expiration",
)  # fmt: skip
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
DENIED = "The user denied your request."


@dataclass(frozen=True)
class CodeGrant:
    """What an authorization code stands for, until it is exchanged (once) or expires."""

    client_id: str
    user: User
    redirect_uri: str
    challenge: str
    method: str
    refresh_minutes: int
    expires_at: float


@dataclass(frozen=True)
class RefreshGrant:
    client_id: str
    user: User
    minutes: int  # the lifetime the sign-in asked for; an exchanged refresh token gets it again
    expires_at: float


class OAuthGrants:
    """One portal's authorization codes and refresh tokens; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._codes: dict[str, CodeGrant] = {}
        self._refresh: dict[str, RefreshGrant] = {}

    def new_code(self, grant: CodeGrant) -> str:
        code = secrets.token_urlsafe(32)
        with self._lock:
            self._codes[code] = grant
        return code

    def take_code(self, code: str) -> Optional[CodeGrant]:
        """The code's grant, which no later exchange can have: a code is used once, even by a failed attempt."""
        with self._lock:
            return self._codes.pop(code, None)

    def new_refresh_token(self, grant: RefreshGrant) -> str:
        token = secrets.token_urlsafe(48)
        with self._lock:
            self._refresh[token] = grant
        return token

    def refresh_grant(self, token: str) -> Optional[RefreshGrant]:
        with self._lock:
            grant = self._refresh.get(token)
        return grant if grant is not None and time.time() < grant.expires_at else None

    def revoke(self, token: str) -> None:
        with self._lock:
            self._refresh.pop(token, None)

    def revoke_all(self) -> None:
        with self._lock:
            self._refresh.clear()


def redirect_allowed(app: App, uri: str) -> bool:
    """Whether ``uri`` matches one of the app's registered redirect URIs (see the module doc)."""
    requested = urlsplit(uri)
    for registered in app.redirect_uris:
        if uri == registered:
            return True
        allowed = urlsplit(registered)
        if (
            requested.scheme == allowed.scheme == "http"
            and requested.hostname in LOOPBACK_HOSTS
            and requested.hostname == allowed.hostname
            and (requested.path or "/") == (allowed.path or "/")
            and requested.query == allowed.query
        ):
            return True
    return False


def code_challenge(verifier: str) -> str:
    """RFC 7636 S256: BASE64URL(SHA256(ASCII(code_verifier))), unpadded."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode("ascii")


# ---------------------------------------------------------------- authorize


def authorize(emulator: ArcGISEmulator, req: Request) -> Reply:
    """GET: the sign-in form; POST: check the user, then redirect with a code (or the refusal)."""
    if not req.secure and not emulator.settings.allow_http_token:
        raise ApiError(*SSL_REQUIRED)
    fields = {name: req.param(name) for name in AUTHORIZE_FIELDS}
    app = _app(emulator, fields["client_id"])
    if not redirect_allowed(app, fields["redirect_uri"]):
        raise _invalid("invalid_request", "Invalid redirect_uri")
    if fields["response_type"] != "code":
        raise _invalid("unsupported_response_type", "Invalid response_type: only 'code' is supported")
    if fields["code_challenge"] and fields["code_challenge_method"] not in ("S256", "plain"):
        raise _invalid("invalid_request", "Invalid code_challenge_method")
    minutes = _refresh_minutes(fields["expiration"])
    if req.method != "POST":
        return _sign_in_page(emulator, req, fields)
    if req.param("action") == "cancel":
        return _redirect(fields, error="access_denied", error_description=DENIED)
    user = _browser_user(emulator, req.param("username"), req.param("password"))
    if user is None:
        return _sign_in_page(emulator, req, fields, error=INVALID_CREDENTIALS)
    if user.locked_until > time.time():
        return _sign_in_page(emulator, req, fields, error=LOCKED_OUT)
    method = fields["code_challenge_method"] or "plain"
    grant = CodeGrant(app.client_id, user, fields["redirect_uri"], fields["code_challenge"], method, minutes,
                      time.time() + emulator.settings.authorization_code_seconds)  # fmt: skip
    return _redirect(fields, code=emulator.oauth.new_code(grant))


def _browser_user(emulator: ArcGISEmulator, username: str, password: str) -> Optional[User]:
    """The user the sign-in page let in. Unlike generateToken, SAML and MFA users may: the browser did the rest."""
    user = emulator.users.get(username)
    if user is None or not hmac.compare_digest(password.encode(), user.password.encode()):
        return None
    return user


def _sign_in_page(emulator: ArcGISEmulator, req: Request, fields: dict[str, str], error: str = "") -> Reply:
    hidden = "".join(
        f"<input type='hidden' name='{name}' value='{html.escape(value, quote=True)}'>"
        for name, value in fields.items()
        if value
    )
    message = f"<p class='error'>{html.escape(error)}</p>" if error else ""
    body = (
        f"<h1>Sign in to {html.escape(emulator.org_id)}</h1>{message}"
        f"<form method='post' action='{html.escape(req.path, quote=True)}'>{hidden}"
        "<label>Username <input name='username' autocomplete='username'></label>"
        "<label>Password <input name='password' type='password' autocomplete='current-password'></label>"
        "<button type='submit' name='action' value='sign_in'>Sign In</button>"
        "<button type='submit' name='action' value='cancel'>Cancel</button></form>"
    )
    return html_reply("Sign In", body)


def _redirect(fields: dict[str, str], **answer: str) -> Reply:
    if fields["state"]:
        answer["state"] = fields["state"]
    uri = fields["redirect_uri"]
    location = f"{uri}{'&' if '?' in uri else '?'}{urlencode(answer)}"
    return Reply(status=302, headers=[("Location", location)], content_type="text/plain")


# ---------------------------------------------------------------- token


def token(emulator: ArcGISEmulator, req: Request) -> dict[str, Any]:
    if not req.secure and not emulator.settings.allow_http_token:
        raise ApiError(*SSL_REQUIRED)
    grant_type = req.param("grant_type")
    grants = {
        "client_credentials": _client_credentials,
        "authorization_code": _authorization_code,
        "refresh_token": _refresh_token,
        "exchange_refresh_token": _exchange_refresh_token,
    }
    if grant_type not in grants or (
        grant_type == "exchange_refresh_token" and not emulator.settings.refresh_token_exchange
    ):
        raise _invalid("unsupported_grant_type", "Invalid grant_type")
    return grants[grant_type](emulator, req, _app(emulator, req.param("client_id")))


def _client_credentials(emulator: ArcGISEmulator, req: Request, app: App) -> dict[str, Any]:
    if not app.client_secret or req.param("client_secret") != app.client_secret:
        raise _invalid("invalid_client", "Invalid client_secret")
    lifetime = lifetime_seconds(emulator.settings, req.param("expiration"), default_minutes=APP_TOKEN_MINUTES)
    access_token, _record = emulator.issue(app, lifetime, None, None, ssl=req.secure)
    return {"access_token": access_token, "expires_in": round(lifetime)}


def _authorization_code(emulator: ArcGISEmulator, req: Request, app: App) -> dict[str, Any]:
    grant = emulator.oauth.take_code(req.param("code"))
    if grant is None or grant.client_id != app.client_id or time.time() >= grant.expires_at:
        raise _invalid("invalid_grant", "Invalid authorization code")
    redirect_uri = req.param("redirect_uri")
    if not redirect_allowed(app, redirect_uri):
        raise _invalid("invalid_request", "Invalid redirect_uri")
    if redirect_uri != grant.redirect_uri:
        raise _invalid("invalid_grant", "redirect_uri does not match the authorization request")
    verifier = req.param("code_verifier")
    if grant.challenge:
        expected = code_challenge(verifier) if grant.method == "S256" else verifier
        if not verifier or not hmac.compare_digest(expected.encode("ascii", "replace"), grant.challenge.encode()):
            raise _invalid("invalid_grant", "Invalid code_verifier")
    elif not app.client_secret or req.param("client_secret") != app.client_secret:
        raise _invalid("invalid_client", "Invalid client_secret")  # no PKCE: a confidential client only
    return _user_tokens(emulator, req, grant.user, app, grant.refresh_minutes)


def _refresh_token(emulator: ArcGISEmulator, req: Request, app: App) -> dict[str, Any]:
    grant = _refresh_grant(emulator, req, app)
    return _access_token(emulator, req, grant.user)


def _exchange_refresh_token(emulator: ArcGISEmulator, req: Request, app: App) -> dict[str, Any]:
    if not redirect_allowed(app, req.param("redirect_uri")):
        raise _invalid("invalid_request", "Invalid redirect_uri")
    grant = _refresh_grant(emulator, req, app)
    emulator.oauth.revoke(req.param("refresh_token"))
    return _user_tokens(emulator, req, grant.user, app, grant.minutes)


def _refresh_grant(emulator: ArcGISEmulator, req: Request, app: App) -> RefreshGrant:
    grant = emulator.oauth.refresh_grant(req.param("refresh_token"))
    if grant is None or grant.client_id != app.client_id:
        raise _invalid("invalid_grant", "Invalid refresh_token")
    return grant


def _user_tokens(emulator: ArcGISEmulator, req: Request, user: User, app: App, minutes: int) -> dict[str, Any]:
    lifetime = emulator.settings.refresh_token_lifetime_seconds or minutes * 60.0
    refresh = RefreshGrant(app.client_id, user, minutes, time.time() + lifetime)
    answer = _access_token(emulator, req, user)
    answer.update(refresh_token=emulator.oauth.new_refresh_token(refresh), refresh_token_expires_in=_seconds(lifetime))
    return answer


def _access_token(emulator: ArcGISEmulator, req: Request, user: User) -> dict[str, Any]:
    lifetime = lifetime_seconds(emulator.settings, "", default_minutes=USER_TOKEN_MINUTES)
    access_token, record = emulator.issue(user, lifetime, None, None, ssl=req.secure)
    return {"access_token": access_token, "expires_in": _seconds(lifetime), "username": user.username,
            "ssl": record.ssl}  # fmt: skip


def revoke(emulator: ArcGISEmulator, req: Request) -> dict[str, Any]:
    if not req.secure and not emulator.settings.allow_http_token:
        raise ApiError(*SSL_REQUIRED)
    app = _app(emulator, req.param("client_id"))
    token_ = req.param("auth_token")
    grant = emulator.oauth.refresh_grant(token_)
    if grant is not None and grant.client_id == app.client_id:  # an app revokes only its own tokens
        emulator.oauth.revoke(token_)
    return {"success": True}


# ---------------------------------------------------------------- shared


def _app(emulator: ArcGISEmulator, client_id: str) -> App:
    app = emulator.apps.get(client_id)
    if app is None:
        raise _invalid("invalid_request", "Invalid client_id")
    return app


def _invalid(error: str, description: str) -> ApiError:
    """ArcGIS's OAuth error shape: ``{"error": {"code": 400, "error", "error_description", "message", "details"}}``."""
    return ApiError(400, description, error=error, error_description=description)


def _refresh_minutes(expiration: str) -> int:
    try:
        minutes = int(float(expiration)) if expiration.strip() else DEFAULT_REFRESH_MINUTES
    except ValueError as exc:
        raise _invalid("invalid_request", "Invalid expiration") from exc
    return min(minutes, MAX_REFRESH_MINUTES) if minutes > 0 else DEFAULT_REFRESH_MINUTES


@dataclass
class SignInForm:
    """The sign-in page's form, as a test playing the browser submits it."""

    action: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # the hidden fields, which carry the request
    error: str = ""  # the page's complaint about the last attempt


def parse_sign_in_form(page: str) -> SignInForm:
    form = SignInForm()

    class Parser(HTMLParser):
        in_error = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
            values = {name: value or "" for name, value in attrs}
            if tag == "form":
                form.action = values.get("action", "")
            elif tag == "input" and values.get("type") == "hidden":
                form.fields[values.get("name", "")] = values.get("value", "")
            self.in_error = tag == "p" and values.get("class") == "error"

        def handle_data(self, data: str) -> None:
            if self.in_error:
                form.error += data

    Parser().feed(page)
    return form


def _seconds(value: float) -> float:
    """Whole seconds as ArcGIS sends them; the sub-second lifetimes of tests as they are."""
    return int(value) if float(value).is_integer() else round(value, 3)
