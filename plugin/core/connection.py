"""A connection: one ArcGIS server, portal or organisation and how to sign in to it.

It holds no secret: the password, client secret or API key is asked for
through the engine's ``secret_provider`` when needed. ``to_dict()`` gives what
the QGIS layer stores in its settings; ``from_dict()`` reads it back, ignoring
keys it does not know (written by a newer version of the plugin).

What the user typed is checked here, where it enters, so that nothing of it
can raise out of the engine later: every field has its type (a settings entry
edited by hand may hold anything), the referer of a referer-bound connection
is sent as an HTTP header (``Referer``, encoded Latin-1 by ``requests`` and by
the request hook), so it holds printable Latin-1 characters only, without
spaces at either end; a user name (or client ID) holds no control character.
Every refusal is a ValueError (:class:`InvalidFieldError` names the field).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Optional

from .credentials import Binding, CredentialKind, WebTier
from .transport import Transport
from .urls import ServerRoot, split_pasted_url

DEFAULT_REFERER = "qgis-arcgis-token-auth"
DEFAULT_LIFETIME_MINUTES = 60
SCHEMA_VERSION = 1

_TEXT_FIELDS = ("id", "name", "url", "username", "referer", "certificate_config")
_ENUM_FIELDS = (
    ("credential", CredentialKind), ("binding", Binding), ("transport", Transport), ("web_tier", WebTier)
)  # fmt: skip


class InvalidFieldError(ValueError):
    """A field of a connection holds a value it cannot have. ``field`` names it; ``character`` is the
    first character that may not be there, when that is the reason."""

    def __init__(self, field: str, message: str, character: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.character = character


def _header_unsafe(text: str) -> str:
    """The first character of ``text`` that an HTTP header value (Latin-1) cannot carry, or ""."""
    return next((ch for ch in text if ord(ch) > 0xFF or not ch.isprintable()), "")


def _check_types(connection: Connection) -> None:
    for name in _TEXT_FIELDS:
        value = getattr(connection, name)
        if not isinstance(value, str):
            raise InvalidFieldError(name, f"the connection's {name} must be text, not {type(value).__name__}")
    lifetime = connection.lifetime_minutes
    if isinstance(lifetime, bool) or not isinstance(lifetime, int):
        raise InvalidFieldError("lifetime_minutes", "lifetime_minutes must be a whole number of minutes")
    if not isinstance(connection.allow_plain_http, bool):
        raise InvalidFieldError("allow_plain_http", "allow_plain_http must be true or false")
    expires = connection.api_key_expires
    if expires is not None and (
        isinstance(expires, bool) or not isinstance(expires, (int, float)) or not math.isfinite(expires)
    ):
        raise InvalidFieldError("api_key_expires", "api_key_expires must be a time in epoch seconds, or None")


@dataclass(frozen=True)
class Connection:
    """What the user set up; immutable — replace it with ``dataclasses.replace`` and ``update_connection``.

    ``username`` is the user name for ``password`` connections and the client
    ID for ``app`` and ``browser`` ones (see :attr:`client_id`); ``api_key``
    connections need neither. ``referer`` is the string sent as the ``Referer`` header with
    referer-bound tokens; it need not be a URL. ``api_key_expires`` (epoch
    seconds), when the user knows it, makes the engine warn before the key dies.
    """

    id: str
    name: str
    url: str
    credential: CredentialKind = CredentialKind.PASSWORD
    username: str = ""
    binding: Binding = Binding.REFERER
    referer: str = DEFAULT_REFERER
    lifetime_minutes: int = DEFAULT_LIFETIME_MINUTES
    transport: Transport = Transport.AUTO
    allow_plain_http: bool = False
    api_key_expires: Optional[float] = None
    web_tier: WebTier = WebTier.NONE
    certificate_config: str = ""  # the QGIS auth config (PKI) of the client certificate: its id

    def __post_init__(self) -> None:
        _check_types(self)
        # Accept the stored string values too, so from_dict() and callers can pass "x-esri" etc.
        for name, kind in _ENUM_FIELDS:
            value = getattr(self, name)
            try:
                object.__setattr__(self, name, kind(value))
            except (ValueError, TypeError):
                choices = ", ".join(repr(member.value) for member in kind)
                raise InvalidFieldError(name, f"unknown {name} {value!r} (one of {choices})") from None
        if not self.id:
            raise InvalidFieldError("id", "a connection needs an id")
        if self.lifetime_minutes <= 0:
            raise InvalidFieldError("lifetime_minutes", "lifetime_minutes must be positive")
        if self.binding is Binding.REFERER:
            self._check_referer()
        bad = next((ch for ch in self.username if not ch.isprintable()), "")
        if bad:
            raise InvalidFieldError(
                "username", f"the user name (or client ID) holds a control or invisible character ({bad!r})", bad
            )
        self._check_web_tier()
        self.root  # noqa: B018 - raises InvalidURLError for a URL that is not http(s)

    def _check_web_tier(self) -> None:
        """The web tier and the sign-in must fit together: Basic and Windows sign the user in with the
        connection's user name and password, for the web tier and the token alike (ArcGIS issues tokens
        to whoever the web tier let through); a client certificate needs its QGIS auth config."""
        tier, credential = self.web_tier, self.credential
        if credential is CredentialKind.WEB_TIER and tier is WebTier.NONE:
            raise InvalidFieldError("web_tier", "a sign-in by the web tier needs a web tier (client certificate, "
                                    "Basic or Windows)")  # fmt: skip
        if tier.takes_authorization and credential is not CredentialKind.WEB_TIER:
            raise InvalidFieldError("credential", f"a {tier.value} web tier signs in with the connection's user "
                                    "name and password: the credential must be web_tier")  # fmt: skip
        if tier.takes_authorization and not self.username:
            raise InvalidFieldError("username", f"a {tier.value} web tier needs a user name")
        if tier.takes_authorization and self.transport in (Transport.BEARER, Transport.AUTHORIZATION):
            raise InvalidFieldError("transport", f"a {tier.value} web tier takes the Authorization header: the "
                                    "token goes in X-Esri-Authorization")  # fmt: skip
        if tier is WebTier.CLIENT_CERTIFICATE and not self.certificate_config:
            raise InvalidFieldError("certificate_config", "a client-certificate web tier needs the QGIS auth "
                                    "config of the certificate")  # fmt: skip
        if self.certificate_config and not self.certificate_config.isalnum():
            raise InvalidFieldError("certificate_config", "an auth config id holds letters and digits only")

    def _check_referer(self) -> None:
        if not self.referer:
            raise InvalidFieldError("referer", "a referer-bound connection needs a referer")
        bad = _header_unsafe(self.referer)
        if bad:
            raise InvalidFieldError(
                "referer",
                f"the referer {self.referer!r} cannot be sent as an HTTP header: {bad!r} is not a printable "
                "Latin-1 character (use letters, digits and punctuation such as - . / :)",
                bad,
            )
        if self.referer != self.referer.strip():
            raise InvalidFieldError("referer", "the referer must not start or end with a space")

    @property
    def needs_secret(self) -> bool:
        """Whether signing in needs a stored secret: all but a client certificate's own sign-in do."""
        return not (self.credential is CredentialKind.WEB_TIER and self.web_tier is WebTier.CLIENT_CERTIFICATE)

    @property
    def client_id(self) -> str:
        """The OAuth2 client ID of an ``app`` or ``browser`` connection (stored in ``username``)."""
        return self.username

    @property
    def root(self) -> ServerRoot:
        """The server or portal root of the pasted URL, as far as the URL alone tells."""
        return split_pasted_url(self.url)[0]

    @property
    def bound_referer(self) -> Optional[str]:
        """The Referer the connection's tokens are bound to, or None for IP-bound tokens."""
        return self.referer if self.binding is Binding.REFERER else None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, secret-free by construction (the dataclass holds no secret)."""
        data = dataclasses.asdict(self)
        for name, _kind in _ENUM_FIELDS:
            data[name] = data[name].value
        data["version"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Connection:
        """Read what :meth:`to_dict` wrote; unknown keys are ignored, missing ones get defaults.

        Raises ValueError (InvalidURLError for the URL) for anything it cannot read: not a
        mapping (``[]``, ``null``), a value of the wrong type (``"url": 5``, ``"name": null``),
        or a known key holding a value this version cannot use, e.g. a credential kind added
        by a newer version. Never another exception.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"a connection is a JSON object, not {type(data).__name__}")
        version = data.get("version", SCHEMA_VERSION)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ValueError(f"unknown connection schema version {version!r}")
        known = {field.name for field in dataclasses.fields(cls)}
        if "id" not in data:
            raise InvalidFieldError("id", "a connection needs an id")
        missing = [name for name in ("name", "url") if name not in data]
        if missing:
            raise InvalidFieldError(missing[0], f"the connection has no {missing[0]}")
        return cls(**{key: value for key, value in data.items() if key in known})
