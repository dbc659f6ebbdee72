"""Who may sign in (users, registered apps, API keys) and the tokens they hold.

Tokens are opaque random strings (or JWT-shaped, or the same within a second
for one user: ``settings.token_format``); the server remembers what each one
stands for. A token is only known to the store that issued it, so a token from another
server is refused just as a forged one is.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Optional, Union

# Token bindings (the generateToken `client` parameter).
CLIENT_REFERER = "referer"
CLIENT_REQUEST_IP = "requestip"
CLIENT_IP = "ip"
CLIENT_KINDS = frozenset({CLIENT_REFERER, CLIENT_REQUEST_IP, CLIENT_IP})


@dataclass
class Grants:
    """Which services a principal may use (None: all of them), and whether it may edit those that take edits."""

    services: Optional[list[str]] = None
    can_edit: bool = True

    def allows(self, service_name: str) -> bool:
        return self.services is None or service_name in self.services


@dataclass
class User(Grants):
    username: str = ""
    password: str = ""
    full_name: str = ""
    role: str = "org_user"
    saml_only: bool = False  # signs in only through the organisation's identity provider
    mfa: bool = False  # multifactor authentication enabled
    failed_attempts: int = 0
    locked_until: float = 0.0


@dataclass
class App(Grants):
    """A registered app: OAuth2 client_credentials with its secret (none: not allowed), browser
    sign-in (authorization code) through its redirect URIs."""

    client_id: str = ""
    client_secret: str = ""
    redirect_uris: list[str] = field(default_factory=list)


@dataclass
class ApiKey(Grants):
    key: str = ""
    expires_at: float = 0.0  # epoch seconds


Principal = Union[User, App, ApiKey]


@dataclass(frozen=True)
class TokenRecord:
    """What a token stands for."""

    principal: Principal
    expires_at: float  # epoch seconds
    client: Optional[str] = None  # referer | requestip | ip | None (unbound)
    bound_to: Optional[str] = None  # the referer string or the IP address
    ssl: bool = True  # may only be used over HTTPS

    @property
    def expires_ms(self) -> int:
        return int(self.expires_at * 1000)

    def expired(self) -> bool:
        return time.time() >= self.expires_at


@dataclass
class TokenStore:
    """The tokens one server issued; thread-safe."""

    _tokens: dict[str, TokenRecord] = field(default_factory=dict)
    _issued: list[str] = field(default_factory=list)  # every token ever issued, revoked ones included
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def issue(self, record: TokenRecord, token_format: str = "random") -> str:  # noqa: S107 - a format name
        token = _new_token(record, token_format)
        with self._lock:
            self._tokens[token] = record
            self._issued.append(token)
        return token

    def issued(self) -> list[str]:
        """Every token issued so far: what a leak check looks for."""
        with self._lock:
            return list(self._issued)

    def lookup(self, token: str) -> Optional[TokenRecord]:
        with self._lock:
            return self._tokens.get(token)

    def revoke_all(self) -> None:
        with self._lock:
            self._tokens.clear()


def _new_token(record: TokenRecord, token_format: str) -> str:
    """A token string: random (ArcGIS), JWT-shaped, or the same for one user and binding within a second."""
    name = getattr(record.principal, "username", None) or getattr(record.principal, "client_id", "") or "key"
    if token_format == "per-second":
        seed = f"{name}|{record.client}|{record.bound_to}|{int(time.time())}".encode()
        return hashlib.sha256(seed).hexdigest()
    if token_format == "jwt":

        def part(value: object) -> str:
            return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

        payload = {"sub": name, "exp": int(record.expires_at), "jti": secrets.token_hex(8)}
        return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(payload)}.{secrets.token_urlsafe(32)}"
    return secrets.token_urlsafe(48)
