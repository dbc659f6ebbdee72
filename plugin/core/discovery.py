"""Any URL a user pastes → what server it is, its version, and where its tokens come from.

* ``.../rest/services/...``, ``.../rest/info``, ``.../admin``... → an ArcGIS Server
  root; its ``rest/info`` says whether it is standalone or federated with a
  portal (``owningSystemUrl``);
* ``.../sharing/...``, ``.../home/...``, ``.../apps/...`` → a portal or ArcGIS
  Online; ``portals/self`` tells them apart (``isPortal``) and whether users may
  sign in with a user name and password at all (``canSignInArcGIS``);
* anything else (``https://host/arcgis``, an org URL) is tried as a server root,
  then as a portal root;
* a server without ``rest/info`` (404: old releases, other GeoServices servers)
  is taken for a standalone server with ``<root>/tokens/generateToken``.

Discovery sends no secret, so plain HTTP is fine here; signing in is another matter.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any, Optional

from . import LOGGER_NAME
from .errors import ArcGISAuthError, TokenEndpointNotFoundError, UnexpectedResponseError
from .http import HttpClient
from .transport import Transport
from .urls import ServerRoot, locate, origin_of, split_pasted_url

LOG = logging.getLogger(LOGGER_NAME).getChild("discovery")


class ServerKind(str, Enum):
    STANDALONE = "standalone"  # an ArcGIS Server with its own token service
    FEDERATED = "federated"  # an ArcGIS Server federated with an Enterprise portal
    PORTAL = "portal"  # an ArcGIS Enterprise portal
    ONLINE = "online"  # ArcGIS Online (the org, or one of its hosted-services servers)


@dataclass(frozen=True)
class ServerInfo:
    """What discovery found out about the server a URL belongs to.

    ``token_endpoint`` is where tokens for ``root`` come from: the server's own
    ``generateToken`` (standalone) or the portal's (every other kind).
    ``token_endpoint_fallback`` is the same path on the server's own host, for a
    ``tokenServicesUrl`` naming a host the client may not reach. ``transport`` is
    filled by the engine once it knows which one the server honours.
    """

    kind: ServerKind
    root: ServerRoot
    version: Optional[str]
    token_endpoint: str
    portal: Optional[ServerRoot] = None
    token_endpoint_fallback: Optional[str] = None
    secured: bool = True
    short_lived_minutes: Optional[int] = None
    password_sign_in: bool = True  # False: the organisation allows only identity-provider sign-in
    transport: Optional[Transport] = None


def discover(http: HttpClient, url: str) -> ServerInfo:
    """Find out what ``url`` belongs to (a few GET requests; raises :class:`ArcGISAuthError`)."""
    root, hint = split_pasted_url(url)
    if hint == "portal":
        return discover_portal(http, root)
    try:
        return discover_server(http, root)
    except TokenEndpointNotFoundError as no_info:
        if hint == "server":
            return without_rest_info(root)
        as_server: ArcGISAuthError = no_info
    except ArcGISAuthError as error:
        if hint == "server":
            raise
        as_server = error
    LOG.debug("%s is not an ArcGIS Server root (%s); trying it as a portal", root, type(as_server).__name__)
    try:
        return discover_portal(http, root)
    except ArcGISAuthError:
        if isinstance(as_server, TokenEndpointNotFoundError):
            return without_rest_info(root)
        raise as_server from None


def without_rest_info(root: ServerRoot) -> ServerInfo:
    """A server with no ``rest/info`` (before 10.0, and some other GeoServices servers): a standalone
    server whose tokens come from ``<root>/tokens/generateToken``, the one place they all have it."""
    LOG.info("%s has no rest/info; assuming a standalone server with %s", root, root.join("tokens", "generateToken"))
    endpoint = root.join("tokens", "generateToken")
    return ServerInfo(kind=ServerKind.STANDALONE, root=root, version=None, token_endpoint=endpoint)


def discover_server(http: HttpClient, root: ServerRoot) -> ServerInfo:
    data = _info(http, root.join("rest", "info"))
    auth = data.get("authInfo") if isinstance(data.get("authInfo"), dict) else {}
    version = _version(data)
    owner = data.get("owningSystemUrl")
    if isinstance(owner, str) and owner.strip():
        portal = discover_portal(http, ServerRoot.parse(owner))
        kind = ServerKind.ONLINE if portal.kind is ServerKind.ONLINE else ServerKind.FEDERATED
        return replace(portal, kind=kind, root=root, version=version, portal=portal.root)
    endpoint = normalise_token_url(auth.get("tokenServicesUrl"), root.join("tokens", "generateToken"))
    return ServerInfo(
        kind=ServerKind.STANDALONE,
        root=root,
        version=version,
        token_endpoint=endpoint,
        token_endpoint_fallback=same_host_fallback(endpoint, root),
        secured=bool(auth.get("isTokenBasedSecurity", True)),
        short_lived_minutes=_optional_int(auth.get("shortLivedTokenValidity")),
    )


def discover_portal(http: HttpClient, root: ServerRoot) -> ServerInfo:
    data = _info(http, root.join("sharing", "rest", "info"))
    auth = data.get("authInfo") if isinstance(data.get("authInfo"), dict) else {}
    endpoint = normalise_token_url(auth.get("tokenServicesUrl"), root.join("sharing", "rest", "generateToken"))
    portal_self = _info(http, root.join("sharing", "rest", "portals", "self"))
    is_portal = portal_self.get("isPortal")
    if not isinstance(is_portal, bool):
        raise UnexpectedResponseError(root.origin, detail="portals/self without isPortal")
    return ServerInfo(
        kind=ServerKind.PORTAL if is_portal else ServerKind.ONLINE,
        root=root,
        version=_version(portal_self) or _version(data),
        token_endpoint=endpoint,
        portal=root,
        token_endpoint_fallback=same_host_fallback(endpoint, root),
        secured=bool(auth.get("isTokenBasedSecurity", True)),
        password_sign_in=portal_self.get("canSignInArcGIS") is not False,
    )


def normalise_token_url(value: object, default: str) -> str:
    """A ``tokenServicesUrl`` as a POST target: ``.../tokens/`` gets its missing ``generateToken``."""
    if not isinstance(value, str) or not value.strip():
        return default
    url = value.strip().rstrip("/")
    if not url.lower().endswith("/generatetoken"):
        url += "/generateToken"
    return url


def same_host_fallback(endpoint: str, root: ServerRoot) -> Optional[str]:
    """``endpoint``'s path on ``root``'s origin, when ``endpoint`` names another host (None if not)."""
    location = locate(endpoint)
    if location is None or location.origin_key == root.location.origin_key:
        return None
    path = endpoint.split("://", 1)[1].partition("/")[2]
    return f"{root.origin}/{path}"


def _info(http: HttpClient, url: str) -> dict[str, Any]:
    reply = http.get(url, {"f": "json"})
    if reply.status == 404:
        raise TokenEndpointNotFoundError(origin_of(url), detail=f"HTTP 404 from {reply.url}")
    data = reply.json()
    error = data.get("error")
    if isinstance(error, dict):
        raise UnexpectedResponseError(origin_of(url), detail=f"error {error.get('code')} from {reply.url}")
    return data


def _version(data: dict[str, Any]) -> Optional[str]:
    version = data.get("fullVersion") or data.get("currentVersion")
    return None if version is None else str(version)


def _optional_int(value: object) -> Optional[int]:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
