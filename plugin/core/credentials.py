"""Credential kinds, token bindings and the :class:`Secret` wrapper.

The engine never stores a secret. When it has to sign in, it asks the
``secret_provider`` callback given to :class:`~.engine.TokenEngine` (on one of
its worker threads) and forgets the value as soon as the sign-in is done.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Callable, Optional

from .phrases import QT_TRANSLATE_NOOP, Phrase

if TYPE_CHECKING:
    from .connection import Connection


class CredentialKind(str, Enum):
    """How a connection signs in; the value is what ``Connection.to_dict()`` stores."""

    PASSWORD = "password"  # noqa: S105 - a kind name; username + password → generateToken
    API_KEY = "api_key"  # a long-lived access token: nothing to fetch
    APP = "app"  # OAuth2 client_credentials: client id + client secret
    BROWSER = "browser"  # OAuth2 sign-in in the browser (SAML / MFA organisations): client id + refresh token
    WEB_TIER = "web_tier"  # the web tier signs the user in (PKI, Basic, Windows): generateToken without a password

    @property
    def secret_name(self) -> Phrase:
        """What the secret is called in messages to the user."""
        return _SECRET_NAMES[self]


_SECRET_NAMES = {
    CredentialKind.PASSWORD: QT_TRANSLATE_NOOP("ArcGISAuthError", "password"),
    CredentialKind.API_KEY: QT_TRANSLATE_NOOP("ArcGISAuthError", "API key"),
    CredentialKind.APP: QT_TRANSLATE_NOOP("ArcGISAuthError", "client secret"),
    CredentialKind.BROWSER: QT_TRANSLATE_NOOP("ArcGISAuthError", "browser sign-in"),
    CredentialKind.WEB_TIER: QT_TRANSLATE_NOOP("ArcGISAuthError", "web-tier password"),
}


class WebTier(str, Enum):
    """What the web server in front of ArcGIS (IIS and its Web Adaptor, a reverse proxy) asks for before
    ArcGIS sees a request; the value is what ``Connection.to_dict()`` stores."""

    NONE = "none"
    CLIENT_CERTIFICATE = "client-certificate"  # PKI: a certificate from the QGIS auth database, in the TLS handshake
    BASIC = "basic"  # HTTP Basic: the connection's user name and password in Authorization
    WINDOWS = "windows"  # Integrated Windows Authentication: NTLM (Negotiate), with requests-ntlm

    @property
    def takes_authorization(self) -> bool:
        """Whether the web tier owns the ``Authorization`` header (the token then goes in X-Esri-Authorization)."""
        return self in (WebTier.BASIC, WebTier.WINDOWS)


class Binding(str, Enum):
    """What a token is bound to (generateToken's ``client`` parameter)."""

    REFERER = "referer"  # valid only with the same Referer header on every request
    REQUEST_IP = "requestip"  # valid only from the IP address that asked for it


class Secret:
    """A password, client secret, API key or token that never shows itself.

    ``repr()`` and ``str()`` print a placeholder, so a secret that ends up in a
    log call, an f-string or a traceback's locals stays hidden. Call
    :meth:`reveal` at the one place the value is put on the wire.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("a Secret holds a str")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling would write the value out in clear: refuse it.
        raise TypeError("a Secret cannot be pickled")


SecretProvider = Callable[["Connection"], Optional[Secret]]
"""Returns the connection's secret, or None when there is none (the user cancelled a prompt)."""
