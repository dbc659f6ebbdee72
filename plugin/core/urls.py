"""URLs: server roots, and which URLs belong to which root.

A token must only ever go to the server it was issued for. :class:`RootTable`
decides that for every request, so it is strict and fast:

* scheme, host and port must be equal — the host compared case-insensitively,
  the port with the scheme's default filled in (``https://h`` = ``https://h:443``);
* the request's path must start with the root's path, segment by segment, after
  percent-decoding (``/arcgis`` covers ``/arcgis/rest/...`` and ``/%61rcgis/...``,
  never ``/arcgisevil``). Segments compare case-insensitively, as ArcGIS Server
  and IIS Web Adaptors do (users paste ``/ArcGIS/``); the host is already equal,
  so folding case never sends a token to another machine;
* a URL that a server could read differently from us matches nothing: userinfo
  (``https://server.com@evil.com/``), a host outside ``[A-Za-z0-9._-]`` or a
  bracketed IPv6 address, a backslash or control character before the query, or a
  decoded path segment holding ``/ \\ ; %`` or made only of dots and spaces
  (``..``, ``%2e%2e``, ``.. ``). Such URLs get no token, so the worst a strange
  URL can cause is a refused request, never a leaked token.

The integration must pass URLs fully encoded (``QUrl.toString(FullyEncoded)``),
so that international host names arrive in their ``xn--`` form.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, NamedTuple, Optional, TypeVar
from urllib.parse import unquote

from .errors import InvalidURLError

DEFAULT_PORTS = {"http": 80, "https": 443}

_URL = re.compile(
    r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<authority>[^/?#]*)(?P<path>[^?#]*)(?P<rest>[?#].*)?",
    re.DOTALL,
)
_HOST_PORT = re.compile(r"(?P<host>[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])(?::(?P<port>[0-9]{0,5}))?")
_UNSAFE_IN_AUTHORITY = re.compile(r"[\x00-\x20\x7f\\]")
_UNSAFE_IN_PATH = re.compile(r"[\x00-\x1f\x7f\\]")
_UNSAFE_IN_SEGMENT = re.compile(r"[/\\;%\x00-\x1f\x7f]|^[. ]+$")

# Path segments after which a pasted URL stops naming its server: what comes
# before ``rest`` is an ArcGIS Server root, what comes before ``sharing`` a portal.
SERVER_MARKERS = frozenset({"rest", "admin", "manager", "tokens", "login"})
PORTAL_MARKERS = frozenset({"sharing", "home", "apps", "portaladmin"})


class Location(NamedTuple):
    """Where a request goes, reduced to what decides which token it may carry."""

    scheme: str
    host: str
    port: int
    segments: tuple[str, ...]  # decoded, case-folded path segments

    @property
    def origin_key(self) -> tuple[str, str, int]:
        return (self.scheme, self.host, self.port)


def locate(url: str) -> Optional[Location]:
    """The :class:`Location` of ``url``, or None when the URL must match no root (see module doc)."""
    found = _URL.fullmatch(url)
    if found is None:
        return None
    scheme = found.group("scheme").lower()
    authority, path = found.group("authority"), found.group("path")
    host_port = None if _UNSAFE_IN_AUTHORITY.search(authority) else _HOST_PORT.fullmatch(authority)
    if scheme not in DEFAULT_PORTS or host_port is None or _UNSAFE_IN_PATH.search(path):
        return None
    port_text = host_port.group("port")
    port = int(port_text) if port_text else DEFAULT_PORTS[scheme]
    segments = _segments(path)
    if segments is None or not 0 < port < 65536:
        return None
    return Location(scheme, host_port.group("host").lower(), port, segments)


def _segments(path: str) -> Optional[tuple[str, ...]]:
    if not path:
        return ()
    if path[0] != "/":
        return None
    parts = path[1:].split("/")
    if parts[-1] == "":
        parts.pop()
    decoded = []
    for part in parts:
        segment = unquote(part) if "%" in part else part
        if segment and _UNSAFE_IN_SEGMENT.search(segment):
            return None
        decoded.append(segment.lower())
    return tuple(decoded)


@dataclass(frozen=True)
class ServerRoot:
    """The root of a server or portal: ``https://host[:port]/path`` without a trailing slash.

    ``url`` keeps the path's case as given (a Tomcat behind the server may care);
    equality and hashing use the normalised :class:`Location` only.
    """

    url: str = field(compare=False)
    location: Location

    @classmethod
    def parse(cls, url: str) -> ServerRoot:
        """The root that ``url`` (already a root: no query, no ``/rest/...``) stands for."""
        stripped = url.strip().rstrip("/")
        found = _URL.fullmatch(stripped)
        location = locate(stripped)
        if found is None or location is None or found.group("rest"):
            raise InvalidURLError(url=redact(url))
        authority = found.group("authority").lower()
        default_port = DEFAULT_PORTS[location.scheme]
        if authority.endswith((f":{default_port}", ":")):
            authority = authority.rsplit(":", 1)[0]
        return cls(f"{location.scheme}://{authority}{found.group('path')}", location)

    def join(self, *parts: str) -> str:
        """``root/part/part`` — for the server's own endpoints (``rest/info``...)."""
        return "/".join((self.url, *parts))

    @property
    def origin(self) -> str:
        return origin_of(self.url)

    @property
    def is_https(self) -> bool:
        return self.location.scheme == "https"

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(self.location.host)

    def __str__(self) -> str:
        return self.url


def split_pasted_url(url: str) -> tuple[ServerRoot, Optional[str]]:
    """The root a pasted URL belongs to, and ``"server"``, ``"portal"`` or None (unknown yet).

    ``.../arcgis/rest/services/Folder/Name/FeatureServer/0`` → ``.../arcgis``, ``"server"``;
    ``.../portal/home/item.html?id=...`` → ``.../portal``, ``"portal"``;
    ``https://host/arcgis`` → itself, None: only discovery can tell.
    """
    found = _URL.fullmatch(url.strip())
    if found is None:
        raise InvalidURLError(url=redact(url))
    raw_parts = found.group("path").split("/")
    for index, part in enumerate(raw_parts):
        name = unquote(part).lower()
        kind = "server" if name in SERVER_MARKERS else "portal" if name in PORTAL_MARKERS else None
        if kind is not None:
            base = "/".join(raw_parts[:index])
            return ServerRoot.parse(f"{found.group('scheme')}://{found.group('authority')}{base}"), kind
    return ServerRoot.parse(f"{found.group('scheme')}://{found.group('authority')}{found.group('path')}"), None


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of ``url`` with any userinfo dropped: safe to show and to log."""
    found = _URL.fullmatch(url.strip())
    if found is None:
        return "(invalid URL)"
    authority = found.group("authority").rsplit("@", 1)[-1]
    return f"{found.group('scheme').lower()}://{authority.lower()}"


def redact(url: str) -> str:
    """``url`` without userinfo, query and fragment: the form in which URLs are logged and shown."""
    found = _URL.fullmatch(url.strip())
    if found is None:
        # Not a URL, but it may still hold "user:password@" or "?token=": keep neither.
        return re.split(r"[?#]", url.strip(), maxsplit=1)[0].rsplit("@", 1)[-1][:200]
    return origin_of(url) + found.group("path")


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` (as in a URL, IPv6 in brackets) is this machine."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


T = TypeVar("T")


class RootTable(Generic[T]):
    """An immutable map from server roots to values, queried with request URLs.

    Built once whenever connections or discovered roots change, then read by any
    number of threads without locking. The longest matching root wins, so a
    server at ``https://h/arcgis`` takes precedence over a portal at ``https://h/``.
    """

    __slots__ = ("_by_origin",)

    def __init__(self, entries: Iterable[tuple[ServerRoot, T]] = ()) -> None:
        by_origin: dict[tuple[str, str, int], list[tuple[tuple[str, ...], T]]] = {}
        for root, value in entries:
            by_origin.setdefault(root.location.origin_key, []).append((root.location.segments, value))
        self._by_origin = {
            key: tuple(sorted(candidates, key=lambda candidate: -len(candidate[0])))
            for key, candidates in by_origin.items()
        }

    def lookup(self, url: str) -> Optional[T]:
        location = locate(url)
        if location is None:
            return None
        return self.lookup_location(location)

    def lookup_location(self, location: Location) -> Optional[T]:
        candidates = self._by_origin.get(location.origin_key)
        if candidates is None:
            return None
        segments = location.segments
        for prefix, value in candidates:
            if segments[: len(prefix)] == prefix:
                return value
        return None

    def __len__(self) -> int:
        return sum(len(candidates) for candidates in self._by_origin.values())
