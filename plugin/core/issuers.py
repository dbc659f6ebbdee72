"""One issuer per credential kind: how a connection's secret becomes the token of its server or portal.

The engine picks the issuer from :data:`ISSUERS` by the connection's
credential kind and hands it a :class:`SignIn`: what discovery found, the
secret, and where to report what does not stop the sign-in. An issuer does the
network work of its kind and returns a :class:`~.tokens.TokenInfo`, or raises
the :class:`~.errors.ArcGISAuthError` that says why not. Servers federated with
a portal get their tokens from the portal's (:mod:`.engine`), whatever the kind.

A new credential kind is a class here, a row in :data:`ISSUERS` and a value of
:class:`~.credentials.CredentialKind`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, ClassVar, Optional

from . import LOGGER_NAME, oauth
from .connection import Connection
from .credentials import CredentialKind, Secret
from .discovery import ServerInfo, ServerKind
from .errors import (
    ApiKeyExpiredError,
    ApiKeyExpiringError,
    ArcGISAuthError,
    BrowserSignInExpiredError,
    BrowserSignInExpiringError,
    BrowserSignInNeededError,
    BrowserSignInRequiredError,
    CertificateNotTrustedError,
    ConnectionRefusedByServerError,
    SecureConnectionError,
    ServerTimeoutError,
    ServerUnreachableError,
)
from .http import HttpClient
from .phrases import Moment
from .tokens import TokenInfo, TokenSource, api_key_token, app_token, generate_token
from .urls import ServerRoot

LOG = logging.getLogger(LOGGER_NAME).getChild("issuers")

# Failures of the network path to a token endpoint, after which its same-host twin is tried.
UNREACHABLE = (
    ServerUnreachableError,
    ConnectionRefusedByServerError,
    ServerTimeoutError,
    CertificateNotTrustedError,
    SecureConnectionError,
)


@dataclass
class Memo:
    """What a connection's sign-ins learnt, kept from one to the next (dropped when the connection changes)."""

    token_endpoint: Optional[str] = None  # the advertised endpoint's same-host twin, once only it answered
    extension_refused: bool = False  # the portal would not extend the browser sign-in: warned once


@dataclass
class SignIn:
    """One sign-in of one connection at ``root`` (a standalone server, or the portal)."""

    http: HttpClient
    connection: Connection
    root: ServerRoot
    info: ServerInfo  # what discovery found for the connection's URL
    secret: Optional[Secret]  # None for an issuer that needs none (Issuer.needs_secret)
    now: float
    memo: Memo
    # Tell the user something that does not stop the sign-in (a key or sign-in about to end).
    warn: Callable[[ArcGISAuthError], None]
    # The portal replaced the secret (a browser sign-in's refresh token): from the call's return
    # on, the old one may work no more. None for test_connection, which must not replace what is stored.
    secret_renewed: Optional[Callable[[Secret], None]] = None
    api_key_warning_seconds: float = field(default=14 * 86400.0)

    @property
    def token_endpoint(self) -> str:
        return self.memo.token_endpoint or self.info.token_endpoint


class Issuer:
    """How one credential kind signs in."""

    standalone: ClassVar[bool] = False  # works with a standalone ArcGIS Server (else: portals only)
    needs_secret: ClassVar[bool] = True  # signs in with the connection's stored secret

    def issue(self, sign_in: SignIn) -> TokenInfo:
        raise NotImplementedError


class PasswordIssuer(Issuer):
    """User name and password → ``generateToken`` (a standalone server's or the portal's).

    When the advertised endpoint cannot be reached (a portal's public host name that is not
    reachable from inside, say), its same-host twin is tried, and kept once it works."""

    standalone = True

    def issue(self, sign_in: SignIn) -> TokenInfo:
        info = sign_in.info
        if not info.password_sign_in:
            portal = info.portal or sign_in.root
            raise BrowserSignInRequiredError(portal.origin, detail="portals/self: canSignInArcGIS is false")
        try:
            return self._generate(sign_in, sign_in.token_endpoint)
        except UNREACHABLE as error:
            fallback = info.token_endpoint_fallback
            if fallback is None or sign_in.memo.token_endpoint is not None:
                raise
            LOG.info("%s: %s unreachable (%s); trying %s", sign_in.connection.name, error.server, error.detail,
                     fallback)  # fmt: skip
        token = self._generate(sign_in, fallback)
        sign_in.memo.token_endpoint = fallback
        return token

    @staticmethod
    def _generate(sign_in: SignIn, endpoint: str) -> TokenInfo:
        return _generate_token(sign_in, endpoint, sign_in.connection.username, sign_in.secret)


class ApiKeyIssuer(Issuer):
    """An API key is the token: nothing to fetch. Its expiry (if the user entered one) is watched:
    warned of ahead of time, refused once passed."""

    def issue(self, sign_in: SignIn) -> TokenInfo:
        connection = sign_in.connection
        expires = connection.api_key_expires
        context = {"connection_name": connection.name, "expires_on": Moment(expires) if expires else ""}
        if expires is not None and expires <= sign_in.now:
            raise ApiKeyExpiredError(sign_in.root.origin, **context)
        if expires is not None and expires - sign_in.now <= sign_in.api_key_warning_seconds:
            sign_in.warn(ApiKeyExpiringError(sign_in.root.origin, **context))
        return api_key_token(sign_in.secret, expires=expires, now=sign_in.now)


class AppIssuer(Issuer):
    """App credentials: OAuth2 ``client_credentials`` at the portal."""

    def issue(self, sign_in: SignIn) -> TokenInfo:
        connection = sign_in.connection
        return app_token(
            sign_in.http,
            sign_in.info.portal or sign_in.root,
            client_id=connection.client_id,
            client_secret=sign_in.secret,
            minutes=connection.lifetime_minutes,
            now=sign_in.now,
            allow_plain_http=connection.allow_plain_http,
        )


class BrowserIssuer(Issuer):
    """A browser sign-in's access token, made from its refresh token.

    A refresh token near its end is first exchanged for a new one, as Esri's own
    clients do; the new one goes to ``secret_renewed`` before anything else. When
    the portal will not extend it, the user is warned once and the old one serves
    while it lasts. Only the user can replace an expired or refused one.
    """

    def issue(self, sign_in: SignIn) -> TokenInfo:
        connection = sign_in.connection
        portal = sign_in.info.portal or sign_in.root
        context = {"connection_name": connection.name}
        try:
            session = oauth.BrowserSession.from_secret(sign_in.secret)
        except ValueError as exc:
            raise BrowserSignInNeededError(portal.origin, detail=str(exc), **context) from None
        if not session.belongs_to(portal, connection.client_id):
            detail = "the stored sign-in is for another portal or app"
            raise BrowserSignInNeededError(portal.origin, detail=detail, **context)
        if session.expired(sign_in.now):
            raise BrowserSignInExpiredError(portal.origin, detail="the refresh token has expired", **context)
        options = {
            "now": sign_in.now,
            "allow_plain_http": connection.allow_plain_http,
            "connection_name": connection.name,
        }
        extensible = sign_in.secret_renewed is not None and not sign_in.memo.extension_refused
        if extensible and session.nears_end(sign_in.now):
            try:
                grant = oauth.renew(sign_in.http, portal, connection.client_id, session, extend=True, **options)
            except BrowserSignInExpiredError:
                raise
            except ArcGISAuthError as error:
                self._extension_failed(sign_in, portal, session, error)
            else:
                return self._kept(sign_in, grant)
        return self._kept(sign_in, oauth.renew(sign_in.http, portal, connection.client_id, session, **options))

    @staticmethod
    def _kept(sign_in: SignIn, grant: oauth.BrowserGrant) -> TokenInfo:
        """The grant's token, once a new refresh token (if one came) is with ``secret_renewed``."""
        if grant.session is not None and sign_in.secret_renewed is not None:
            try:
                sign_in.secret_renewed(grant.session.to_secret())
            except Exception:
                LOG.exception("%s: keeping the renewed browser sign-in failed", sign_in.connection.name)
        return grant.token

    @staticmethod
    def _extension_failed(
        sign_in: SignIn, portal: ServerRoot, session: oauth.BrowserSession, error: ArcGISAuthError
    ) -> None:
        name = sign_in.connection.name
        LOG.info("%s: the browser sign-in could not be extended (%s: %s)", name, type(error).__name__, error.detail)
        if error.retryable:
            return  # the network, say: the next renewal tries again
        sign_in.memo.extension_refused = True
        assert session.expires is not None  # noqa: S101 - nears_end() implies an expiry
        expires_on = Moment(session.expires)
        sign_in.warn(BrowserSignInExpiringError(portal.origin, connection_name=name, expires_on=expires_on))


class WebTierIssuer(Issuer):
    """The web tier in front of the server or portal signed the user in: ``generateToken`` without a password,
    through the web tier, as ArcGIS's own clients do for PKI and Windows-authenticated sites."""

    standalone = True
    needs_secret = False  # the web tier's credentials travel with every request (the HTTP client's web tiers)

    def issue(self, sign_in: SignIn) -> TokenInfo:
        return _generate_token(sign_in, sign_in.token_endpoint)


def _generate_token(sign_in: SignIn, endpoint: str, username: str = "", password: Optional[Secret] = None) -> TokenInfo:
    """``generateToken`` at ``endpoint`` for the connection: with a user name and password, or (none) for
    the user the web tier signed in."""
    connection = sign_in.connection
    standalone = sign_in.info.kind is ServerKind.STANDALONE
    return generate_token(
        sign_in.http,
        endpoint,
        username=username,
        password=password,
        binding=connection.binding,
        referer=connection.referer,
        minutes=connection.lifetime_minutes,
        source=TokenSource.SERVER if standalone else TokenSource.PORTAL,
        now=sign_in.now,
        allow_plain_http=connection.allow_plain_http,
    )


ISSUERS: dict[CredentialKind, Issuer] = {
    CredentialKind.PASSWORD: PasswordIssuer(),
    CredentialKind.API_KEY: ApiKeyIssuer(),
    CredentialKind.APP: AppIssuer(),
    CredentialKind.BROWSER: BrowserIssuer(),
    CredentialKind.WEB_TIER: WebTierIssuer(),
}
