"""What the dialogs say about the plugin's values, in the user's language.

The core speaks English and imports no Qt: here its enum values get their
labels. Errors arrive as objects and are shown by :func:`error_text` (from
:mod:`..translation`, which Processing and the prompt use too).

Every call names its context literally (``QCoreApplication.translate("Texts",
…)``) so that ``pylupdate5`` files each string where the translator looks.
"""

from __future__ import annotations

import time
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..core.credentials import Binding, CredentialKind, WebTier
from ..core.discovery import ServerKind
from ..core.transport import Transport
from ..integration.catalog import FEATURE_SERVER, IMAGE_SERVER, VECTOR_TILE_SERVER, Geometry
from ..integration.secrets import SecretStore

# Errors and moments are shown through this module too, beside the values' labels.
from ..translation import date_locale, error_text, moment  # noqa: F401


# -- the plugin's values ----------------------------------------------------------------
def credential_kinds(*, browser: bool = False, web_tier: bool = False) -> dict[CredentialKind, str]:
    """The kinds a user can pick; browser sign-in only where it can work (a portal's or ArcGIS
    Online's URL, or a connection that has it already), sign-in by the web tier only with one."""
    kinds = {
        CredentialKind.PASSWORD: QCoreApplication.translate("Texts", "User name and password"),
        CredentialKind.API_KEY: QCoreApplication.translate("Texts", "API key"),
        CredentialKind.APP: QCoreApplication.translate("Texts", "App credentials (OAuth2 client ID and secret)"),
    }
    if browser:
        kinds[CredentialKind.BROWSER] = QCoreApplication.translate("Texts", "Browser sign-in (SAML, multifactor)")
    if web_tier:
        kinds[CredentialKind.WEB_TIER] = QCoreApplication.translate("Texts", "Signed in by the web tier")
    return kinds


def username_label(kind: CredentialKind) -> str:
    if kind in (CredentialKind.APP, CredentialKind.BROWSER):
        return QCoreApplication.translate("Texts", "Client ID")
    return QCoreApplication.translate("Texts", "User name")


def secret_label(kind: CredentialKind) -> str:
    return {
        CredentialKind.API_KEY: QCoreApplication.translate("Texts", "API key"),
        CredentialKind.APP: QCoreApplication.translate("Texts", "Client secret"),
        CredentialKind.WEB_TIER: QCoreApplication.translate("Texts", "Web-tier password"),
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
        CredentialKind.WEB_TIER: QCoreApplication.translate("Texts", "Enter the web-tier password."),
    }.get(kind, QCoreApplication.translate("Texts", "Enter the password."))


def secret_stores() -> dict[SecretStore, str]:
    return {
        SecretStore.AUTH_DB: QCoreApplication.translate("Texts", "QGIS authentication database"),
        SecretStore.KEYRING: QCoreApplication.translate("Texts", "Operating system keyring"),
    }


def web_tiers() -> dict[WebTier, str]:
    return {
        WebTier.NONE: QCoreApplication.translate("Texts", "None"),
        WebTier.CLIENT_CERTIFICATE: QCoreApplication.translate("Texts", "Client certificate (PKI)"),
        WebTier.BASIC: QCoreApplication.translate("Texts", "Basic"),
        WebTier.WINDOWS: QCoreApplication.translate("Texts", "Windows (NTLM)"),
    }


def ntlm_unavailable() -> str:
    """Why Windows sign-in is offered disabled, and what to install."""
    return QCoreApplication.translate(
        "Texts",
        "Windows (NTLM) needs the Python package requests-ntlm, which QGIS's Python does not have: install it "
        "(pip install requests-ntlm; on Windows in the OSGeo4W Shell) and restart QGIS."
    )


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
        Geometry.VECTOR_TILES: QCoreApplication.translate("Texts", "Vector tiles"),
    }[value]


def service_type(value: str) -> str:
    if value == FEATURE_SERVER:
        return QCoreApplication.translate("Texts", "Feature service")
    if value == VECTOR_TILE_SERVER:
        return QCoreApplication.translate("Texts", "Vector tile service")
    if value == IMAGE_SERVER:
        return QCoreApplication.translate("Texts", "Image service")
    return QCoreApplication.translate("Texts", "Map service")


# -- time -----------------------------------------------------------------------------
def time_left(expires: float, now: Optional[float] = None) -> str:
    """How long until ``expires``, short: "45 min", "2 h 05 min", "3 d 4 h"."""
    seconds = max(0, int(expires - (time.time() if now is None else now)))
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if minutes < 1:
        return QCoreApplication.translate("Texts", "less than a minute")
    if hours < 1:
        return QCoreApplication.translate("Texts", "{minutes} min").format(minutes=minutes)
    if days < 1:
        text = QCoreApplication.translate("Texts", "{hours} h {minutes} min")
        return text.format(hours=hours, minutes=f"{minutes % 60:02d}")
    return QCoreApplication.translate("Texts", "{days} d {hours} h").format(days=days, hours=hours % 24)
