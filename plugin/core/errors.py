"""One exception per way signing in or sending a token can fail.

``str(error)`` is the message for the user: what happened, then what to do.
Messages name servers by their origin (``https://host:port``) only, never a
full URL with its query, so they can never carry a token, a password, a client
secret or an API key. ``detail`` holds a short technical note for the log (an
HTTP status, an ArcGIS error code); it is secret-free as well.

``retryable`` tells the engine whether trying again later can help. Errors that
only the user can fix (a wrong password, a locked account...) are not retried
automatically: repeating a refused sign-in is how accounts get locked.

Each template is marked for translation where it is written (see :mod:`.phrases`):
a new error is a class here plus its translations in ``i18n/*.ts`` — the GUI
shows any :class:`ExplainedError` translated, with nothing else to change.
"""

from __future__ import annotations

from typing import ClassVar, Optional, TypeVar

from .phrases import QT_TRANSLATE_NOOP, Phrase

_Error = TypeVar("_Error", bound="ExplainedError")

# A server named in no other way (the base template's ``{server}`` without one).
THE_SERVER = QT_TRANSLATE_NOOP("ArcGISAuthError", "the server")


class ExplainedError(Exception):
    """An error whose message is data: a ``template`` (a translatable :class:`~.phrases.Phrase`), the
    ``fields`` that fill it, and an optional ``hint`` (what to do next, added by whoever knows it).

    The GUI translates each part and fills the translation; ``str(error)`` is the English.
    """

    template: ClassVar[Phrase]

    def __init__(self, **context: object) -> None:
        self.context = context
        self.hint: Optional[Phrase] = None
        super().__init__(self.template.format(**self.fields))

    @property
    def fields(self) -> dict[str, object]:
        """The values the template is filled with."""
        return dict(self.context)

    @property
    def message(self) -> str:
        """The user-facing message in English (same as ``str(error)``)."""
        return str(self)

    def __str__(self) -> str:
        text = self.template.format(**self.fields)
        return f"{text} {self.hint}" if self.hint else text

    def with_hint(self: _Error, hint: Optional[Phrase]) -> _Error:
        """The same error with ``hint`` added (a copy: the one the engine keeps stays as it was)."""
        copied = type(self).__new__(type(self))
        copied.__dict__.update(self.__dict__)
        copied.args = self.args
        copied.hint = hint
        return copied


class ArcGISAuthError(ExplainedError):
    """Base class of every error the engine reports."""

    template: ClassVar[Phrase] = QT_TRANSLATE_NOOP("ArcGISAuthError", "Signing in to {server} failed.")
    retryable: ClassVar[bool] = True

    def __init__(self, server: str = "", *, detail: str = "", **context: object) -> None:
        """``server`` is an origin (``https://host:port``), never a full URL."""
        self.server = server
        self.detail = detail
        super().__init__(**context)

    @property
    def fields(self) -> dict[str, object]:
        return dict(self.context, server=self.server or THE_SERVER)


class InvalidURLError(ArcGISAuthError, ValueError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "“{url}” is not a URL the plugin can use. Paste the http(s):// address of an ArcGIS Server "
        "service or folder, a portal or an ArcGIS Online organisation."
    )
    retryable = False


class NotAServiceError(ArcGISAuthError, ValueError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "“{url}” is not the address of an ArcGIS service or layer. Paste one that ends in "
        "…/rest/services/<name>/FeatureServer or …/MapServer, with or without a layer id."
    )
    retryable = False


class NoCatalogError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} has no services directory (its rest/services answers 404), so there is no list to "
        "browse. Paste the address of a service or layer to list its layers."
    )
    retryable = False


# --- Credentials and accounts -------------------------------------------------------------------


class InvalidCredentialsError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} refused the user name or password (or the client ID and secret). "
        "Check them — user names are case-sensitive — and enter them again."
    )
    retryable = False


class AccountLockedError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The account is locked or not allowed to sign in at {server}. "
        "Wait until the lock expires, or ask your ArcGIS administrator to unlock or enable it."
    )
    retryable = False


class BrowserSignInRequiredError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "Your organisation at {server} signs users in through its identity provider (SAML) or with "
        "multifactor authentication, which a user name and password cannot do. Change the connection to "
        "browser sign-in (OAuth2, with the client ID of an app registered in your organisation), or use an "
        "API key or app credentials."
    )
    retryable = False


class MissingSecretError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "No {secret_name} is stored for the connection “{connection_name}”. "
        "Enter it in the connection's settings and try again."
    )
    retryable = False


class UnsupportedCredentialError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} is a standalone ArcGIS Server: API keys, app credentials and browser sign-in work only with "
        "ArcGIS Online, ArcGIS Enterprise portals and their federated servers. Use a user name and password for it."
    )
    retryable = False


class ApiKeyExpiredError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The API key of the connection “{connection_name}” expired on {expires_on}. "
        "Create a new key in your ArcGIS developer dashboard and enter it in the connection."
    )
    retryable = False


class ApiKeyExpiringError(ArcGISAuthError):
    """A warning rather than a failure: the key still works until ``expires_at``."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The API key of the connection “{connection_name}” expires on {expires_on}. "
        "Create a new key in your ArcGIS developer dashboard and enter it in the connection."
    )


# --- Browser sign-in (OAuth 2.0 authorization code + PKCE) --------------------------------------
# The refresh token a browser sign-in leaves is the connection's secret: while it lasts, access
# tokens are renewed without anyone; once it is gone only the user can sign in again.


class BrowserSignInNeededError(ArcGISAuthError):
    """No usable browser sign-in is stored: the user has to sign in (the GUI offers it)."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The connection “{connection_name}” signs in through the browser, and no sign-in is stored for it. "
        "In QGIS desktop, open the connection in the ArcGIS Token Auth connections and click “Sign in with "
        "browser”; qgis_process and Processing then use that sign-in."
    )
    retryable = False


class BrowserSignInExpiredError(BrowserSignInNeededError):
    """The refresh token expired or was refused (revoked, password changed, app deleted...)."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The browser sign-in of the connection “{connection_name}” at {server} has expired or was revoked. "
        "Sign in again: in QGIS desktop, open the connection in the ArcGIS Token Auth connections and click "
        "“Sign in with browser”."
    )


class BrowserSignInExpiringError(ArcGISAuthError):
    """A warning: the sign-in still works until ``expires_on``, and could not be extended."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The browser sign-in of the connection “{connection_name}” at {server} ends on {expires_on} and could "
        "not be extended. Sign in again before then: open the connection in the ArcGIS Token Auth connections "
        "and click “Sign in with browser”."
    )


class BrowserSignInError(ArcGISAuthError):
    """A browser sign-in the user started did not complete (the subclasses say why)."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError", "Signing in to {server} through the browser did not complete. Try again."
    )
    retryable = False


class BrowserSignInTimeoutError(BrowserSignInError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The sign-in to {server} was not completed in the browser in time, so the plugin stopped waiting. "
        "Try again. If the browser showed an error about the redirect URI, the app registered "
        "in your organisation must allow http://127.0.0.1 as a redirect URI (see the plugin's README)."
    )


class BrowserSignInCancelledError(BrowserSignInError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError", "The sign-in to {server} was cancelled. Sign in again when you are ready."
    )


class BrowserSignInRejectedError(BrowserSignInError):
    """A callback that does not belong to the sign-in (state), or an authorization code the portal refused."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The browser sign-in at {server} could not be completed: the answer that reached QGIS did not belong "
        "to this sign-in, or the portal refused its authorization code. Sign in again."
    )


class BrowserAppRefusedError(BrowserSignInError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} refused the connection's client ID for a browser sign-in: no such app is registered there, "
        "or its redirect URIs do not allow http://127.0.0.1. Check the client ID and the app's registration "
        "(see the plugin's README)."
    )


class BrowserUnavailableError(BrowserSignInError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "No web browser could be opened to sign in to {server}. Sign in from QGIS desktop on a computer "
        "with a browser; qgis_process and Processing then use that sign-in."
    )


# --- Transport security -------------------------------------------------------------------------


class SSLRequiredError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError", "{server} only accepts sign-ins over HTTPS. Change the connection's URL to start with https://."
    )
    retryable = False


class PlainHTTPRefusedError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "Signing in to {server} would send your credentials unencrypted over plain HTTP, so the plugin "
        "did not do it. Use an https:// URL, or allow plain HTTP in the connection if you accept the risk."
    )
    retryable = False


class HttpsOnlyTokenError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} issued a token that may only be sent over HTTPS, but the connection's URL uses plain "
        "HTTP, so no layer would load with it. Change the connection's URL to start with https://."
    )
    retryable = False


class RedirectRefusedError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} redirected the request to {target}; the plugin did not send your credentials there. "
        "If {target} is the right server, use it in the connection's URL."
    )
    retryable = False


class NotFederatedError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} says it belongs to the portal {portal}, but the portal does not list it as one of its "
        "servers, so the plugin did not send it your portal sign-in. Add a connection of its own for "
        "{server}, or ask your ArcGIS administrator to federate it with the portal."
    )
    retryable = False


class CertificateNotTrustedError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The HTTPS certificate of {server} is not trusted. If your organisation uses its own certificate "
        "authority, add it in QGIS (Settings > Options > Authentication > Certificate Manager > "
        "Authorities) and try again."
    )


class HostnameMismatchError(CertificateNotTrustedError):
    """The certificate is valid but made out for other names than the URL's host (``certificate_names``:
    the names it is for, when the TLS library tells them, else "another host name")."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The HTTPS certificate of {server} is for {certificate_names}, not for the host name in the "
        "connection's URL, so the connection is not secure. Use the host name the certificate is for in "
        "the URL (an IP address or a short name fails this way), or ask the server's administrator for a "
        "certificate that includes the name you use."
    )


class SecureConnectionError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "A secure (HTTPS) connection to {server} could not be set up. Check that the URL's scheme and "
        "port are right (https:// on an HTTP-only port fails this way) and QGIS's proxy settings."
    )


# --- The web tier (IIS / Web Adaptor, a reverse proxy) in front of ArcGIS ---------------------------


class ClientCertificateRequiredError(SecureConnectionError):
    """The TLS handshake ended without a client certificate from us: the usual sign of a PKI web tier."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} closed the secure connection during the handshake, before ArcGIS was reached. Sites that "
        "sign users in with certificates (PKI, smart cards) do this to a client without one: choose your "
        "client certificate in the connection's web tier. Otherwise check the URL's scheme and port."
    )
    retryable = False


class ClientCertificateRefusedError(SecureConnectionError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} refused the client certificate of the connection in the secure handshake, before ArcGIS "
        "was reached: it may have expired or been revoked, or come from an authority the site does not "
        "trust. Choose another certificate, or ask your administrator which ones the site accepts."
    )
    retryable = False


class WebTierSignInRequiredError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The web server in front of ArcGIS at {server} asks for a sign-in of its own ({scheme}) before "
        "ArcGIS is reached. Set the connection's web tier to Basic or Windows, with your user name and "
        "password."
    )
    retryable = False


class WebTierRefusedError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The web server in front of ArcGIS at {server} refused the user name or password ({scheme}), before "
        "ArcGIS was reached. Check them (a Windows user name may need its domain in front, and a "
        "backslash between them) and enter them again."
    )
    retryable = False


class WebTierUnavailableError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The web-tier sign-in of the connection “{connection_name}” cannot be used ({reason}). Check the "
        "connection's web tier in its settings."
    )
    retryable = False


# --- Reaching the server ------------------------------------------------------------------------


class ServerUnreachableError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} could not be reached: its name did not resolve, the network is down or the "
        "connection broke off. "
        "Check the URL, your network connection and QGIS's proxy settings."
    )


class ConnectionRefusedByServerError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} refused the connection: nothing answers at that address and port. "
        "Check the URL (and its port), or ask whether the server is running."
    )


class ServerTimeoutError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} did not answer in time. Try again later; if it keeps happening, check your network "
        "and QGIS's proxy settings."
    )


# --- What the server answered -------------------------------------------------------------------


class TokenEndpointNotFoundError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "No ArcGIS token service was found at {server}. Check the connection's URL; the server may "
        "not use token-based security (web-tier authentication needs QGIS's own authentication methods)."
    )
    retryable = False


class TokenRequestMethodRefusedError(ArcGISAuthError):
    """HTTP 405 from a token endpoint: it takes POST only, and the plugin sends POST — something between
    them (a proxy or web adaptor redirecting the request, say) turned it into another method."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} takes token requests only as POST and refused this one as another method (HTTP 405). A proxy "
        "or web adaptor in front of it may turn POST requests into GET requests, for example when it redirects "
        "them: use the address the server itself answers at in the connection's URL, or tell its administrator."
    )
    retryable = False


class ServerFailedError(ArcGISAuthError):
    """HTTP 5xx without ArcGIS data: the server (or a gateway in front of it) failed, not the user."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} failed to answer the request (HTTP {status}): the server, or a proxy or gateway in front "
        "of it, has a problem. Try again later; if it keeps happening, tell the server's administrator."
    )


class ResourceNotFoundError(ArcGISAuthError):
    """HTTP 404 without ArcGIS data (a web server's "not found" page)."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} has nothing at the address the plugin asked for (HTTP 404). Check the connection's URL: "
        "the site, web adaptor, folder or service name may be misspelt, or the service may have moved."
    )
    retryable = False


class NonJSONResponseError(ArcGISAuthError):
    """An HTML page where ArcGIS data was expected (HTTP 200, or a sign-in's 401 / 403 / 407)."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} answered with a web page instead of ArcGIS data — often a sign-in page of a proxy or "
        "of web-tier authentication. Check the URL; for web-tier authentication use QGIS's own "
        "authentication methods."
    )


class UnexpectedResponseError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} gave an answer the plugin does not understand. Check that the URL points to an "
        "ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online."
    )


class EmptyResponseError(UnexpectedResponseError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} sent an empty answer where ArcGIS data was expected. Try again later; if it keeps "
        "happening, tell the server's administrator: a proxy or web adaptor in front of ArcGIS may be failing."
    )


class TruncatedResponseError(UnexpectedResponseError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The answer from {server} was cut short: the connection closed before all of it arrived. Try again; "
        "if it keeps happening, check your network and QGIS's proxy settings, or tell the server's administrator."
    )


class InvalidJSONResponseError(UnexpectedResponseError):
    """A body that is neither JSON nor a web page (plain text, broken JSON)."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} answered with text that is not valid JSON, so not the ArcGIS data the plugin asked for. "
        "Check that the URL points to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online; if it "
        "does, the server or a proxy in front of it has a problem: try again later or tell its administrator."
    )


class ServiceAccessError(ArcGISAuthError):
    """A service refused a request made with the token (498, 499 or 403)."""

    template = QT_TRANSLATE_NOOP("ArcGISAuthError", "{server} refused the request.")


class InvalidTokenError(ServiceAccessError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} rejected the token as invalid or expired (498). The plugin signs in again "
        "automatically; if this keeps happening, test the connection."
    )


class RequestRefusedError(ArcGISAuthError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError", "{server} could not do what was asked: {reason}. Check the layer, the fields and the filter."
    )
    retryable = False


class TokenStillRefusedError(InvalidTokenError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} rejected the token (498) even after the plugin signed in again and retried, sending it as "
        "{transport}. The server may not accept tokens sent that way, or the account may have lost access: "
        "test the connection to see how the server reads tokens."
    )
    retryable = False


class TokenRequiredError(ServiceAccessError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} asked for a token it did not receive (499). Check that the layer uses this connection; "
        "for an old server, set the connection's token transport to the query parameter."
    )


class PermissionDeniedError(ServiceAccessError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} refused access (403): the account may not use this service. "
        "Ask the service owner to share it with you."
    )
    retryable = False


def service_error(server: str, code: int) -> Optional[ServiceAccessError]:
    """The error for a service's answer with ArcGIS error ``code`` (an HTTP status or the JSON body's
    ``error.code``): 498, 499 or 403; None for any other code."""
    error_class = {498: InvalidTokenError, 499: TokenRequiredError, 403: PermissionDeniedError}.get(code)
    return None if error_class is None else error_class(server, detail=f"code {code}")


# What a token endpoint's refusal means, first match wins: (error, words in its messages — lowercase —,
# ArcGIS error codes). Messages are matched before codes: servers answer 400 for nearly everything.
TOKEN_REFUSALS: tuple[tuple[type[ArcGISAuthError], tuple[str, ...], tuple[int, ...]], ...] = (
    (SSLRequiredError, ("ssl required",), ()),
    (BrowserSignInRequiredError, ("identity provider", "saml", "multifactor", "enterprise login"), ()),
    (AccountLockedError, ("too many invalid logon attempts", "locked", "disabled", "not allowed to sign in"), ()),
    (
        InvalidCredentialsError,
        ("invalid username or password", "invalid_client", "invalid client_id", "invalid client_secret"),
        (),
    ),
    (TokenRequestMethodRefusedError, ("accepts post requests only", "method not supported"), (405,)),
)


def token_refusal(server: str, code: int, text: str) -> Optional[ArcGISAuthError]:
    """The error a token endpoint's refusal stands for (``text``: its messages, secret-free), or None."""
    lowered = text.lower()
    for error_class, words, _codes in TOKEN_REFUSALS:
        if any(word in lowered for word in words):
            return error_class(server)
    for error_class, _words, codes in TOKEN_REFUSALS:
        if code in codes:
            return error_class(server)
    return None
