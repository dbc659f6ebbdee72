"""Token checks and token issuing, shared by the server, admin and portal endpoints."""

from __future__ import annotations

import time
from collections.abc import Collection
from typing import TYPE_CHECKING, Optional

from .settings import BEARER, BODY, PARAM, RAW_AUTHORIZATION, X_ESRI, Settings
from .tokens import CLIENT_IP, CLIENT_KINDS, CLIENT_REFERER, CLIENT_REQUEST_IP, Principal, TokenRecord, User
from .webtier import HTTP_WEB_TIERS
from .wire import (
    INVALID_CREDENTIALS,
    INVALID_TOKEN,
    NO_PERMISSION,
    SSL_REQUIRED,
    TOKEN_REQUIRED,
    UNABLE_TO_GENERATE,
    ApiError,
    Request,
)

if TYPE_CHECKING:
    from .server import ArcGISEmulator
    from .services import Service

# When a request carries a token several ways, the first honoured one in this order is used.
TRANSPORT_ORDER = (X_ESRI, BEARER, RAW_AUTHORIZATION, PARAM, BODY)
_AUTH_HEADERS = ((X_ESRI, "x-esri-authorization"), (BEARER, "authorization"))

# The refusals a client has to recognise (documented in README.md).
LOCKED_OUT = "Too many invalid logon attempts. Please try again later."
SAML_ONLY = (
    "This account signs in with the organization's identity provider (SAML): username and password "
    "sign-in is not available. Use the browser (OAuth 2.0) sign-in."
)
MFA_REQUIRED = (
    "Multifactor authentication is enabled for this account: username and password alone cannot "
    "generate a token. Use the browser (OAuth 2.0) sign-in."
)


def presented_tokens(req: Request) -> dict[str, str]:
    """Every token the request carries, by transport (whether or not the server reads it)."""
    found: dict[str, str] = {}
    for transport, header in _AUTH_HEADERS:
        scheme, _, token = req.headers.get(header, "").strip().partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            found[transport] = token.strip()
    raw = req.headers.get("authorization", "").strip()
    if raw and " " not in raw:  # a scheme ("Bearer x", "Basic x") makes it something else
        found[RAW_AUTHORIZATION] = raw
    for transport, where in ((PARAM, req.query), (BODY, req.form if req.method == "POST" else {})):
        value = where.get("token", "").strip()
        if value:
            found[transport] = value
    return found


def validate(emulator: ArcGISEmulator, req: Request, token: str) -> TokenRecord:
    """The record of a token this server accepts for this request; raises ApiError otherwise."""
    record = emulator.resolve_token(token)
    if record is None or record.expired():
        raise ApiError(*INVALID_TOKEN)
    if record.ssl and not req.secure:
        raise ApiError(*SSL_REQUIRED)
    if record.client == CLIENT_REFERER and req.headers.get("referer") != record.bound_to:
        raise ApiError(*INVALID_TOKEN)
    if record.client in (CLIENT_IP, CLIENT_REQUEST_IP) and req.client_ip != record.bound_to:
        raise ApiError(*INVALID_TOKEN)
    return record


def authenticate(
    emulator: ArcGISEmulator,
    req: Request,
    service: Optional[Service] = None,
    *,
    readable: Optional[Collection[str]] = None,
) -> Optional[Principal]:
    """Who the request acts for (None: anonymous). Raises ApiError when refused.

    A token that is sent is always checked, even for public resources, as
    ArcGIS Server does: a bad token on a public service still gets 498.
    ``readable``: the transports this endpoint reads, if not the server's (``settings.transports``).
    """
    presented = req.record.tokens
    if any(transport in emulator.settings.rejected_transports for transport in presented):
        raise ApiError(*INVALID_TOKEN)
    readable = emulator.settings.transports if readable is None else readable
    if emulator.settings.web_tier in HTTP_WEB_TIERS:  # Authorization carries the web tier's credentials
        readable = set(readable) - {BEARER, RAW_AUTHORIZATION}
    transport = next((t for t in TRANSPORT_ORDER if t in presented and t in readable), None)
    if transport is None:
        principal = web_tier_account(emulator, req) if emulator.settings.web_tier_grants_access else None
        if principal is None and service is not None and not service.public:
            raise ApiError(*TOKEN_REQUIRED)
    else:
        req.record.transport, req.record.token = transport, presented[transport]
        principal = validate(emulator, req, presented[transport]).principal
    if principal is None:
        return None
    if service is not None and not service.public and not principal.allows(service.name):
        raise ApiError(*NO_PERMISSION)
    return principal


def check_token_request(settings: Settings, req: Request) -> None:
    """generateToken-style endpoints: HTTPS only, POST only (unless configured otherwise)."""
    if not req.secure and not settings.allow_http_token:
        raise ApiError(*SSL_REQUIRED)
    if req.method != "POST" and not settings.allow_get_token:
        raise ApiError(405, "Method not supported.", ["generateToken accepts POST requests only."])


def web_tier_account(emulator: ArcGISEmulator, req: Request) -> Optional[User]:
    """The ArcGIS user the web tier authenticated this request as (a federated server's are its portal's)."""
    name = req.record.web_tier_user
    if name is None:
        return None
    return (emulator.owning_portal or emulator).users.get(name)


def signed_in_by_web_tier(req: Request) -> bool:
    """A token request that the web tier authenticated and that carries no password: ArcGIS issues the
    token to the web-tier user (IWA and PKI portals; the client posts only `f`, `referer`...)."""
    return req.record.web_tier_user is not None and not req.param("password")


def check_credentials(emulator: ArcGISEmulator, req: Request) -> User:
    """The user signing in: the web tier's (see `signed_in_by_web_tier`), or username + password,
    counting failures towards a lockout."""
    if signed_in_by_web_tier(req):
        user = web_tier_account(emulator, req)
        if user is None:
            raise ApiError(400, UNABLE_TO_GENERATE, [INVALID_CREDENTIALS])
        return user
    username, password = req.param("username"), req.param("password")
    if not username or not password:
        raise ApiError(400, UNABLE_TO_GENERATE, ["'username' and 'password' must be specified."])
    settings = emulator.settings
    with emulator.lock:
        user = emulator.users.get(username)  # case-sensitive, as on the real server
        if user is None:
            raise ApiError(400, UNABLE_TO_GENERATE, [INVALID_CREDENTIALS])
        now = time.time()
        if user.locked_until > now:
            raise ApiError(400, UNABLE_TO_GENERATE, [LOCKED_OUT])
        if user.saml_only:
            raise ApiError(400, UNABLE_TO_GENERATE, [SAML_ONLY])
        if password != user.password:
            user.failed_attempts += 1
            if settings.lockout_attempts and user.failed_attempts >= settings.lockout_attempts:
                user.failed_attempts = 0
                user.locked_until = now + settings.lockout_seconds
                raise ApiError(400, UNABLE_TO_GENERATE, [LOCKED_OUT])
            raise ApiError(400, UNABLE_TO_GENERATE, [INVALID_CREDENTIALS])
        user.failed_attempts = 0
    if user.mfa:
        raise ApiError(400, UNABLE_TO_GENERATE, [MFA_REQUIRED])
    return user


def token_binding(settings: Settings, req: Request) -> tuple[Optional[str], Optional[str]]:
    """(client, what the token is bound to) from the client / referer / ip parameters."""
    client = req.param("client").strip()
    if settings.ignore_client:
        return None, None
    if not client and req.param("referer").strip() and signed_in_by_web_tier(req):
        client = CLIENT_REFERER  # a web-tier sign-in sends only the referer, as ArcGIS's clients do
    if not client:
        if settings.require_client:
            raise ApiError(201, "Client ID is required for long expiration tokens")
        return None, None
    if client not in CLIENT_KINDS:
        raise ApiError(400, UNABLE_TO_GENERATE, [f"Invalid client type '{client[:20]}'."])
    if client == CLIENT_REQUEST_IP:
        return client, req.client_ip
    bound_to = req.param(client).strip()  # the `referer` or `ip` parameter
    if not bound_to:
        raise ApiError(400, UNABLE_TO_GENERATE, [f"'{client}' must be specified when client={client}."])
    return client, bound_to


def lifetime_seconds(settings: Settings, expiration: str, default_minutes: Optional[int] = None) -> float:
    """The lifetime of a new token: `expiration` minutes, capped silently at the maximum."""
    if settings.token_lifetime_seconds is not None:
        return settings.token_lifetime_seconds
    minutes = default_minutes or settings.default_expiration_minutes
    if expiration.strip():
        try:
            requested = int(float(expiration))
        except ValueError as exc:
            raise ApiError(400, UNABLE_TO_GENERATE, [f"Invalid expiration '{expiration[:20]}'."]) from exc
        if requested > 0:
            minutes = requested
    return min(minutes, settings.max_expiration_minutes) * 60.0


def generate_token(emulator: ArcGISEmulator, req: Request) -> tuple[str, TokenRecord]:
    """username + password → a new token of this server (generateToken)."""
    check_token_request(emulator.settings, req)
    user = check_credentials(emulator, req)
    client, bound_to = token_binding(emulator.settings, req)
    lifetime = lifetime_seconds(emulator.settings, req.param("expiration"))
    return emulator.issue(user, lifetime, client, bound_to, ssl=req.secure)
