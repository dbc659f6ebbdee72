"""What the dialogs say about the plugin's values and errors, in the user's language.

The core speaks English and imports no Qt: here its enum values get their
labels, and its messages — error templates with ``{server}``-style fields —
their translations. An error object is translated from its class's template;
a message that arrives as text (the token service's ``error_reported``
signal) is recognised by the template it was made from, so it is translated
too. Text no template matches is shown as it is.

Every call names its context literally (``QCoreApplication.translate("Texts",
…)``) so that ``pylupdate5`` files each string where the translator looks.
"""

from __future__ import annotations

import re
import string
import time
from datetime import datetime, timezone
from functools import lru_cache
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from ..core.credentials import Binding, CredentialKind
from ..core.discovery import ServerKind
from ..core.errors import ArcGISAuthError
from ..core.transport import Transport
from ..integration.catalog import FEATURE_SERVER, Geometry
from ..integration.secrets import SecretStore
from ..translation import qgis_locale

ERROR_CONTEXT = "ArcGISAuthError"

# The core's message templates, for pylupdate5 only: at run time each error's
# own template is looked up. tests/qgis/test_gui_translations.py checks that
# this list and the core's templates are the same.
CORE_MESSAGES = (
    QT_TRANSLATE_NOOP(  # ArcGISAuthError
        "ArcGISAuthError",
        "Signing in to {server} failed."),
    QT_TRANSLATE_NOOP(  # InvalidURLError
        "ArcGISAuthError",
        "“{url}” is not a URL the plugin can use. Paste the http(s):// address of an ArcGIS Server service or"
        " folder, a portal or an ArcGIS Online organisation."),
    QT_TRANSLATE_NOOP(  # NotAServiceError
        "ArcGISAuthError",
        "“{url}” is not the address of an ArcGIS service or layer. Paste one that ends in "
        "…/rest/services/<name>/FeatureServer or …/MapServer, with or without a layer id."),
    QT_TRANSLATE_NOOP(  # NoCatalogError
        "ArcGISAuthError",
        "{server} has no services directory (its rest/services answers 404), so there is no list to browse. "
        "Paste the address of a service or layer to list its layers."),
    QT_TRANSLATE_NOOP(  # InvalidCredentialsError
        "ArcGISAuthError",
        "{server} refused the user name or password (or the client ID and secret). Check them — user names "
        "are case-sensitive — and enter them again."),
    QT_TRANSLATE_NOOP(  # AccountLockedError
        "ArcGISAuthError",
        "The account is locked or not allowed to sign in at {server}. Wait until the lock expires, or ask "
        "your ArcGIS administrator to unlock or enable it."),
    QT_TRANSLATE_NOOP(  # BrowserSignInRequiredError
        "ArcGISAuthError",
        "Your organisation at {server} signs users in through its identity provider (SAML) or with "
        "multifactor authentication, which a user name and password cannot do. Change the connection to "
        "browser sign-in (OAuth2, with the client ID of an app registered in your organisation), or use an "
        "API key or app credentials."),
    QT_TRANSLATE_NOOP(  # MissingSecretError
        "ArcGISAuthError",
        "No {secret_name} is stored for the connection “{connection_name}”. Enter it in the connection's "
        "settings and try again."),
    QT_TRANSLATE_NOOP(  # UnsupportedCredentialError
        "ArcGISAuthError",
        "{server} is a standalone ArcGIS Server: API keys, app credentials and browser sign-in work only with"
        " ArcGIS Online, ArcGIS Enterprise portals and their federated servers. Use a user name and password "
        "for it."),
    QT_TRANSLATE_NOOP(  # ApiKeyExpiredError
        "ArcGISAuthError",
        "The API key of the connection “{connection_name}” expired on {expires_on}. Create a new key in your "
        "ArcGIS developer dashboard and enter it in the connection."),
    QT_TRANSLATE_NOOP(  # ApiKeyExpiringError
        "ArcGISAuthError",
        "The API key of the connection “{connection_name}” expires on {expires_on}. Create a new key in your "
        "ArcGIS developer dashboard and enter it in the connection."),
    QT_TRANSLATE_NOOP(  # BrowserSignInNeededError
        "ArcGISAuthError",
        "The connection “{connection_name}” signs in through the browser, and no sign-in is stored for it. In"
        " QGIS desktop, open the connection in the ArcGIS Token Auth connections and click “Sign in with "
        "browser”; qgis_process and Processing then use that sign-in."),
    QT_TRANSLATE_NOOP(  # BrowserSignInExpiredError
        "ArcGISAuthError",
        "The browser sign-in of the connection “{connection_name}” at {server} has expired or was revoked. "
        "Sign in again: in QGIS desktop, open the connection in the ArcGIS Token Auth connections and click "
        "“Sign in with browser”."),
    QT_TRANSLATE_NOOP(  # BrowserSignInExpiringError
        "ArcGISAuthError",
        "The browser sign-in of the connection “{connection_name}” at {server} ends on {expires_on} and could"
        " not be extended. Sign in again before then: open the connection in the ArcGIS Token Auth "
        "connections and click “Sign in with browser”."),
    QT_TRANSLATE_NOOP(  # BrowserSignInError
        "ArcGISAuthError",
        "Signing in to {server} through the browser did not complete. Try again."),
    QT_TRANSLATE_NOOP(  # BrowserSignInTimeoutError
        "ArcGISAuthError",
        "The sign-in to {server} was not completed in the browser in time, so the plugin stopped waiting. Try"
        " again. If the browser showed an error about the redirect URI, the app registered in your "
        "organisation must allow http://127.0.0.1 as a redirect URI (see the plugin's README)."),
    QT_TRANSLATE_NOOP(  # BrowserSignInCancelledError
        "ArcGISAuthError",
        "The sign-in to {server} was cancelled. Sign in again when you are ready."),
    QT_TRANSLATE_NOOP(  # BrowserSignInRejectedError
        "ArcGISAuthError",
        "The browser sign-in at {server} could not be completed: the answer that reached QGIS did not belong "
        "to this sign-in, or the portal refused its authorization code. Sign in again."),
    QT_TRANSLATE_NOOP(  # BrowserAppRefusedError
        "ArcGISAuthError",
        "{server} refused the connection's client ID for a browser sign-in: no such app is registered there, "
        "or its redirect URIs do not allow http://127.0.0.1. Check the client ID and the app's registration "
        "(see the plugin's README)."),
    QT_TRANSLATE_NOOP(  # BrowserUnavailableError
        "ArcGISAuthError",
        "No web browser could be opened to sign in to {server}. Sign in from QGIS desktop on a computer with "
        "a browser; qgis_process and Processing then use that sign-in."),
    QT_TRANSLATE_NOOP(  # SSLRequiredError
        "ArcGISAuthError",
        "{server} only accepts sign-ins over HTTPS. Change the connection's URL to start with https://."),
    QT_TRANSLATE_NOOP(  # PlainHTTPRefusedError
        "ArcGISAuthError",
        "Signing in to {server} would send your credentials unencrypted over plain HTTP, so the plugin did "
        "not do it. Use an https:// URL, or allow plain HTTP in the connection if you accept the risk."),
    QT_TRANSLATE_NOOP(  # HttpsOnlyTokenError
        "ArcGISAuthError",
        "{server} issued a token that may only be sent over HTTPS, but the connection's URL uses plain HTTP, "
        "so no layer would load with it. Change the connection's URL to start with https://."),
    QT_TRANSLATE_NOOP(  # RedirectRefusedError
        "ArcGISAuthError",
        "{server} redirected the request to {target}; the plugin did not send your credentials there. If "
        "{target} is the right server, use it in the connection's URL."),
    QT_TRANSLATE_NOOP(  # NotFederatedError
        "ArcGISAuthError",
        "{server} says it belongs to the portal {portal}, but the portal does not list it as one of its "
        "servers, so the plugin did not send it your portal sign-in. Add a connection of its own for {server},"
        " or ask your ArcGIS administrator to federate it with the portal."),
    QT_TRANSLATE_NOOP(  # CertificateNotTrustedError
        "ArcGISAuthError",
        "The HTTPS certificate of {server} is not trusted. If your organisation uses its own certificate "
        "authority, add it in QGIS (Settings > Options > Authentication > Certificate Manager > Authorities) "
        "and try again."),
    QT_TRANSLATE_NOOP(  # HostnameMismatchError
        "ArcGISAuthError",
        "The HTTPS certificate of {server} is for {certificate_names}, not for the host name in the "
        "connection's URL, so the connection is not secure. Use the host name the certificate is for in the "
        "URL (an IP address or a short name fails this way), or ask the server's administrator for a "
        "certificate that includes the name you use."),
    QT_TRANSLATE_NOOP(  # SecureConnectionError
        "ArcGISAuthError",
        "A secure (HTTPS) connection to {server} could not be set up. Check that the URL's scheme and port "
        "are right (https:// on an HTTP-only port fails this way) and QGIS's proxy settings."),
    QT_TRANSLATE_NOOP(  # ServerUnreachableError
        "ArcGISAuthError",
        "{server} could not be reached: its name did not resolve, the network is down or the connection broke"
        " off. Check the URL, your network connection and QGIS's proxy settings."),
    QT_TRANSLATE_NOOP(  # ConnectionRefusedByServerError
        "ArcGISAuthError",
        "{server} refused the connection: nothing answers at that address and port. Check the URL (and its "
        "port), or ask whether the server is running."),
    QT_TRANSLATE_NOOP(  # ServerTimeoutError
        "ArcGISAuthError",
        "{server} did not answer in time. Try again later; if it keeps happening, check your network and "
        "QGIS's proxy settings."),
    QT_TRANSLATE_NOOP(  # TokenEndpointNotFoundError
        "ArcGISAuthError",
        "No ArcGIS token service was found at {server}. Check the connection's URL; the server may not use "
        "token-based security (web-tier authentication needs QGIS's own authentication methods)."),
    QT_TRANSLATE_NOOP(  # ServerFailedError
        "ArcGISAuthError",
        "{server} failed to answer the request (HTTP {status}): the server, or a proxy or gateway in front of "
        "it, has a problem. Try again later; if it keeps happening, tell the server's administrator."),
    QT_TRANSLATE_NOOP(  # ResourceNotFoundError
        "ArcGISAuthError",
        "{server} has nothing at the address the plugin asked for (HTTP 404). Check the connection's URL: the "
        "site, web adaptor, folder or service name may be misspelt, or the service may have moved."),
    QT_TRANSLATE_NOOP(  # NonJSONResponseError
        "ArcGISAuthError",
        "{server} answered with a web page instead of ArcGIS data — often a sign-in page of a proxy or of "
        "web-tier authentication. Check the URL; for web-tier authentication use QGIS's own authentication "
        "methods."),
    QT_TRANSLATE_NOOP(  # UnexpectedResponseError
        "ArcGISAuthError",
        "{server} gave an answer the plugin does not understand. Check that the URL points to an ArcGIS "
        "Server, an ArcGIS Enterprise portal or ArcGIS Online."),
    QT_TRANSLATE_NOOP(  # EmptyResponseError
        "ArcGISAuthError",
        "{server} sent an empty answer where ArcGIS data was expected. Try again later; if it keeps "
        "happening, tell the server's administrator: a proxy or web adaptor in front of ArcGIS may be "
        "failing."),
    QT_TRANSLATE_NOOP(  # TruncatedResponseError
        "ArcGISAuthError",
        "The answer from {server} was cut short: the connection closed before all of it arrived. Try again; "
        "if it keeps happening, check your network and QGIS's proxy settings, or tell the server's "
        "administrator."),
    QT_TRANSLATE_NOOP(  # InvalidJSONResponseError
        "ArcGISAuthError",
        "{server} answered with text that is not valid JSON, so not the ArcGIS data the plugin asked for. "
        "Check that the URL points to an ArcGIS Server, an ArcGIS Enterprise portal or ArcGIS Online; if it "
        "does, the server or a proxy in front of it has a problem: try again later or tell its administrator."),
    QT_TRANSLATE_NOOP(  # ServiceAccessError
        "ArcGISAuthError",
        "{server} refused the request."),
    QT_TRANSLATE_NOOP(  # InvalidTokenError
        "ArcGISAuthError",
        "{server} rejected the token as invalid or expired (498). The plugin signs in again automatically; if"
        " this keeps happening, test the connection."),
    QT_TRANSLATE_NOOP(  # RequestRefusedError
        "ArcGISAuthError",
        "{server} could not do what was asked: {reason}. Check the layer, the fields and the filter."),
    QT_TRANSLATE_NOOP(  # TokenStillRefusedError
        "ArcGISAuthError",
        "{server} rejected the token (498) even after the plugin signed in again and retried, sending it as "
        "{transport}. The server may not accept tokens sent that way, or the account may have lost access: "
        "test the connection to see how the server reads tokens."),
    QT_TRANSLATE_NOOP(  # TokenRequiredError
        "ArcGISAuthError",
        "{server} asked for a token it did not receive (499). Check that the layer uses this connection; for "
        "an old server, set the connection's token transport to the query parameter."),
    QT_TRANSLATE_NOOP(  # PermissionDeniedError
        "ArcGISAuthError",
        "{server} refused access (403): the account may not use this service. Ask the service owner to share "
        "it with you."),
)

# What the token service adds to a message: after it, or after "<connection name>: "
# (integration/service.py _HEALTH_HINTS; the same test checks these).
SERVICE_HINTS = (
    QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "QGIS's authentication database is locked: in QGIS desktop enter the master password when asked; "
        "for qgis_process set QGIS_AUTH_PASSWORD_FILE to a file holding the master password."),
    QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "Its authentication configuration was edited in QGIS's Authentication settings, which keep only "
        "the token: enter the credentials again in the ArcGIS Token Auth connections dialog."),
    QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "Its authentication configuration was deleted in QGIS's Authentication settings: enter the "
        "credentials again in the ArcGIS Token Auth connections dialog (layers keep working with the same id)."),
)

# Values the core puts into its messages.
_FIELD_VALUES = {
    "password": QT_TRANSLATE_NOOP("ArcGISAuthError", "password"),
    "API key": QT_TRANSLATE_NOOP("ArcGISAuthError", "API key"),
    "client secret": QT_TRANSLATE_NOOP("ArcGISAuthError", "client secret"),
    "sign-in": QT_TRANSLATE_NOOP("ArcGISAuthError", "sign-in"),
    "the server": QT_TRANSLATE_NOOP("ArcGISAuthError", "the server"),
    "another host name": QT_TRANSLATE_NOOP("ArcGISAuthError", "another host name"),  # HostnameMismatchError
}

# Why the OS keyring cannot keep secrets (integration.secrets.keyring_unavailable_reason).
KEYRING_REASONS = (
    QT_TRANSLATE_NOOP("ArcGISAuthError", "the Python package 'keyring' is not installed in QGIS's Python"),
    QT_TRANSLATE_NOOP("ArcGISAuthError", "no OS keyring backend is available on this system"),
    QT_TRANSLATE_NOOP("ArcGISAuthError", "the keyring backend {backend} stores secrets unencrypted"),
    QT_TRANSLATE_NOOP("ArcGISAuthError", "the keyring backend {backend} is not known to encrypt the secrets it stores"),
)


def _translated(text: str) -> str:
    return QCoreApplication.translate(ERROR_CONTEXT, text)


# -- errors -------------------------------------------------------------------------
def error_text(error: ArcGISAuthError) -> str:
    """``str(error)``, translated."""
    fields = dict(error.context, server=error.server or "the server")
    return _fill(type(error).template, fields)


def reported_text(message: str) -> str:
    """A message the token service reported as text, translated when it comes from a known template."""
    for template, pattern in _template_patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        values = found.groupdict()
        rest = (values.pop("_rest") or "").strip()
        text = _fill(template, values)
        return f"{text} {_translated(rest)}" if rest else text
    for hint in SERVICE_HINTS:
        if message.endswith(f": {hint}"):
            return f"{message[: -len(hint)]}{_translated(hint)}"
    return message


def keyring_reason(reason: str) -> str:
    for template in KEYRING_REASONS:
        pattern = re.escape(template).replace(re.escape("{backend}"), r"(?P<backend>[\w.]+)")
        found = re.fullmatch(pattern, reason)
        if found is not None:
            return _fill(template, found.groupdict())
    return _translated(reason)


def _fill(template: str, fields: dict[str, object]) -> str:
    values = {
        name: _translated(_FIELD_VALUES[str(value)]) if str(value) in _FIELD_VALUES else str(value)
        for name, value in fields.items()
    }
    if "expires_on" in values:  # the core's "2026-12-05 14:05 UTC": in the user's locale and time zone
        values["expires_on"] = _localised_moment(values["expires_on"])
    try:
        return _translated(template).format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or garbled a field: the English message is better than none.
        return template.format(**{name: str(value) for name, value in fields.items()})


@lru_cache(maxsize=1)
def _template_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(template, regex matching its messages), most specific (longest fixed text) first."""
    templates = {cls.template for cls in _error_classes()}
    patterns = []
    for template in templates:
        regex = ""
        for literal, field, _spec, _conversion in string.Formatter().parse(template):
            regex += re.escape(literal)
            if field:
                # A field seen twice must hold the same value: a back-reference.
                regex += f"(?P={field})" if f"(?P<{field}>" in regex else f"(?P<{field}>.+?)"
        # The token service may append a hint of its own after the core's message.
        patterns.append((template, re.compile(regex + r"(?P<_rest>\s.*)?", re.DOTALL)))
    fixed_length = {template: len(re.sub(r"\{[^}]*\}", "", template)) for template in templates}
    return sorted(patterns, key=lambda item: -fixed_length[item[0]])


def _error_classes() -> list[type[ArcGISAuthError]]:
    found, pending = [], [ArcGISAuthError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


# -- the plugin's values ----------------------------------------------------------------
def credential_kinds(*, browser: bool = False) -> dict[CredentialKind, str]:
    """The kinds a user can pick; browser sign-in only where it can work (a portal's or ArcGIS
    Online's URL, or a connection that has it already)."""
    kinds = {
        CredentialKind.PASSWORD: QCoreApplication.translate("Texts", "User name and password"),
        CredentialKind.API_KEY: QCoreApplication.translate("Texts", "API key"),
        CredentialKind.APP: QCoreApplication.translate("Texts", "App credentials (OAuth2 client ID and secret)"),
    }
    if browser:
        kinds[CredentialKind.BROWSER] = QCoreApplication.translate("Texts", "Browser sign-in (SAML, multifactor)")
    return kinds


def username_label(kind: CredentialKind) -> str:
    if kind in (CredentialKind.APP, CredentialKind.BROWSER):
        return QCoreApplication.translate("Texts", "Client ID")
    return QCoreApplication.translate("Texts", "User name")


def secret_label(kind: CredentialKind) -> str:
    return {
        CredentialKind.API_KEY: QCoreApplication.translate("Texts", "API key"),
        CredentialKind.APP: QCoreApplication.translate("Texts", "Client secret"),
    }.get(kind, QCoreApplication.translate("Texts", "Password"))


def enter_username(kind: CredentialKind) -> str:
    if kind in (CredentialKind.APP, CredentialKind.BROWSER):
        return QCoreApplication.translate("Texts", "Enter the client ID.")
    return QCoreApplication.translate("Texts", "Enter the user name.")


def enter_secret(kind: CredentialKind) -> str:
    return {
        CredentialKind.API_KEY: QCoreApplication.translate("Texts", "Enter the API key."),
        CredentialKind.APP: QCoreApplication.translate("Texts", "Enter the client secret."),
        CredentialKind.BROWSER: QCoreApplication.translate("Texts", "Sign in with the browser first."),
    }.get(kind, QCoreApplication.translate("Texts", "Enter the password."))


def secret_stores() -> dict[SecretStore, str]:
    return {
        SecretStore.AUTH_DB: QCoreApplication.translate("Texts", "QGIS authentication database"),
        SecretStore.KEYRING: QCoreApplication.translate("Texts", "Operating system keyring"),
    }


def bindings() -> dict[Binding, str]:
    return {
        Binding.REFERER: QCoreApplication.translate("Texts", "Referer (sent with every request)"),
        Binding.REQUEST_IP: QCoreApplication.translate("Texts", "IP address of this computer"),
    }


def transports() -> dict[Transport, str]:
    return {
        Transport.AUTO: QCoreApplication.translate("Texts", "Automatic (recommended)"),
        Transport.X_ESRI: QCoreApplication.translate("Texts", "X-Esri-Authorization header"),
        Transport.BEARER: QCoreApplication.translate("Texts", "Authorization: Bearer header"),
        Transport.AUTHORIZATION: QCoreApplication.translate("Texts", "Authorization header, token alone"),
        Transport.PARAM: QCoreApplication.translate("Texts", "token query parameter (old servers)"),
    }


def transport_result(get: Optional[Transport], post: Optional[Transport]) -> str:
    """What Test Connection found: the transport layers use and, when it differs, Processing's."""
    names = {**transports(), Transport.BODY: QCoreApplication.translate("Texts", "token in the POST body")}
    if get is None:
        return "—"
    if post in (None, get):
        return names[get]
    return QCoreApplication.translate("Texts", "{layers} (layers), {processing} (Processing)").format(
        layers=names[get], processing=names[post]
    )


def server_kind(kind: ServerKind) -> str:
    return {
        ServerKind.STANDALONE: QCoreApplication.translate("Texts", "ArcGIS Server (standalone)"),
        ServerKind.FEDERATED: QCoreApplication.translate("Texts", "ArcGIS Server, federated with a portal"),
        ServerKind.PORTAL: QCoreApplication.translate("Texts", "ArcGIS Enterprise portal"),
        ServerKind.ONLINE: QCoreApplication.translate("Texts", "ArcGIS Online"),
    }[kind]


def geometry(value: Geometry) -> str:
    return {
        Geometry.POINT: QCoreApplication.translate("Texts", "Point"),
        Geometry.MULTIPOINT: QCoreApplication.translate("Texts", "Multipoint"),
        Geometry.LINE: QCoreApplication.translate("Texts", "Line"),
        Geometry.POLYGON: QCoreApplication.translate("Texts", "Polygon"),
        Geometry.ENVELOPE: QCoreApplication.translate("Texts", "Envelope"),
        Geometry.TABLE: QCoreApplication.translate("Texts", "Table (no geometry)"),
        Geometry.OTHER: QCoreApplication.translate("Texts", "Drawn by the server"),
    }[value]


def service_type(value: str) -> str:
    if value == FEATURE_SERVER:
        return QCoreApplication.translate("Texts", "Feature service")
    return QCoreApplication.translate("Texts", "Map service")


# -- time -----------------------------------------------------------------------------
def date_locale() -> QLocale:
    """The locale QGIS shows dates in.

    QGIS makes its "Locale (numbers, date and currency formats)" setting, when
    one is set, Qt's default locale at start-up. Without it Qt's default is
    the system's, which may speak another language than QGIS (``--lang``, or
    only the user interface's language overridden): then the language QGIS
    speaks decides, so that a French QGIS says "déc." even on an English system.
    """
    default = QLocale()
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool) and settings.value("locale/globalLocale", "", type=str):
        return default
    spoken = qgis_locale()
    return default if default.language() == spoken.language() else spoken


def _date_format(locale: QLocale) -> str:
    """The locale's long date without the weekday and with the month abbreviated, then the short time:
    "d MMM yyyy HH:mm" in French ("5 déc. 2026 14:05"), "MMM d, yyyy h:mm AP" in American English.
    The month's name keeps 5/12 and 12/5 apart."""
    date = locale.dateFormat(QLocale.FormatType.LongFormat).replace("MMMM", "MMM")
    date = re.sub(r"^dddd[\s,.،]*|[\s,،]*dddd$", "", date).strip() or locale.dateFormat(QLocale.FormatType.ShortFormat)
    return f"{date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def moment(epoch_seconds: float) -> str:
    """A point in time (a token's expiry) in QGIS's locale and the computer's time zone."""
    locale = date_locale()
    return locale.toString(QDateTime.fromSecsSinceEpoch(int(epoch_seconds)), _date_format(locale))


def _localised_moment(text: str) -> str:
    try:
        when = datetime.strptime(text, "%Y-%m-%d %H:%M UTC").replace(tzinfo=timezone.utc)
    except ValueError:
        return text
    return moment(when.timestamp())


def time_left(expires: float, now: Optional[float] = None) -> str:
    """How long until ``expires``, short: "45 min", "2 h 05 min", "3 d 4 h"."""
    seconds = max(0, int(expires - (time.time() if now is None else now)))
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if minutes < 1:
        return QCoreApplication.translate("Texts", "less than a minute")
    if hours < 1:
        return QCoreApplication.translate("Texts", "%1 min").replace("%1", str(minutes))
    if days < 1:
        text = QCoreApplication.translate("Texts", "%1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", f"{minutes % 60:02d}")
    return QCoreApplication.translate("Texts", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours % 24))
