"""A connection: one ArcGIS server, portal or organisation and how to sign in to it.

It holds no secret: the password, client secret or API key is asked for
through the engine's ``secret_provider`` when needed. ``to_dict()`` gives what
the QGIS layer stores in its settings; ``from_dict()`` reads it back, ignoring
keys it does not know (written by a newer version of the plugin).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Optional

from .credentials import Binding, CredentialKind
from .transport import Transport
from .urls import ServerRoot, split_pasted_url

DEFAULT_REFERER = "qgis-arcgis-token-auth"
DEFAULT_LIFETIME_MINUTES = 60
SCHEMA_VERSION = 1


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

    def __post_init__(self) -> None:
        # Accept the stored string values too, so from_dict() and callers can pass "x-esri" etc.
        for name, kind in (("credential", CredentialKind), ("binding", Binding), ("transport", Transport)):
            object.__setattr__(self, name, kind(getattr(self, name)))
        if not self.id:
            raise ValueError("a connection needs an id")
        if self.lifetime_minutes <= 0:
            raise ValueError("lifetime_minutes must be positive")
        if self.binding is Binding.REFERER and not self.referer:
            raise ValueError("a referer-bound connection needs a referer")
        self.root  # noqa: B018 - raises InvalidURLError for a URL that is not http(s)

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
        for name in ("credential", "binding", "transport"):
            data[name] = data[name].value
        data["version"] = SCHEMA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Connection:
        """Read what :meth:`to_dict` wrote; unknown keys are ignored, missing ones get defaults.

        Raises ValueError (InvalidURLError for the URL) when a known key holds a value
        this version cannot use, e.g. a credential kind added by a newer version.
        """
        version = data.get("version", SCHEMA_VERSION)
        if not isinstance(version, int) or version < 1:
            raise ValueError(f"unknown connection schema version {version!r}")
        known = {field.name for field in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})
