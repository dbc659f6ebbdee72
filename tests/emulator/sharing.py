"""The portal / ArcGIS Online sharing API: ``<portal>/sharing/rest/...``."""

from __future__ import annotations

import hashlib
import time
from typing import TYPE_CHECKING, Any, Callable, Optional

from . import content, oauth
from .auth import (
    authenticate,
    check_credentials,
    check_token_request,
    generate_token,
    lifetime_seconds,
    token_binding,
    validate,
)
from .tokens import App, Principal, User
from .wire import (
    NO_PERMISSION,
    TOKEN_REQUIRED,
    UNABLE_TO_GENERATE,
    ApiError,
    Reply,
    Request,
    json_reply,
    not_found,
    respond,
)

if TYPE_CHECKING:
    from .server import ArcGISEmulator

# A federated server backed by a hosted data store refuses the exchange this way.
EXCHANGE_FAILED = "Unable to get 'token' from the request or cookie, for server token"


def resolve(emulator: ArcGISEmulator, req: Request, rest: str) -> tuple[str, Callable[[], Reply]]:
    """(endpoint label, handler) for `rest`, the path after ``/sharing/rest``."""
    path = rest.rstrip("/")
    # OAuth2 answers as ArcGIS does whatever `f` says: the sign-in page (or a redirect), JSON.
    oauth_route = {
        "/oauth2/authorize": ("oauth2/authorize", lambda: oauth.authorize(emulator, req)),
        "/oauth2/token": ("oauth2/token", lambda: json_reply(oauth.token(emulator, req))),
        "/oauth2/revokeToken": ("oauth2/revokeToken", lambda: json_reply(oauth.revoke(emulator, req))),
    }.get(path)
    if oauth_route is not None:
        return oauth_route
    content_route = content.resolve(emulator, req, path)  # search, groups, users' content, items
    if content_route is not None:
        return content_route
    if path.startswith("/community/users/") and path.count("/") == 3:
        username = path.rsplit("/", 1)[1]
        return "community/users", lambda: respond(req, _community_user(emulator, req, username), username)
    route = {
        "": ("sharing", lambda: {"currentVersion": emulator.settings.current_version}),
        "/info": ("sharing/info", emulator.sharing_info),
        "/generateToken": ("generateToken", lambda: _generate_token(emulator, req)),
        "/portals/self": ("portals/self", lambda: _portals_self(emulator, req)),
        "/portals/self/servers": ("portals/self/servers", lambda: _servers(emulator, req)),
        "/community/self": ("community/self", lambda: _community_self(emulator, req)),
    }.get(path)
    if route is None:
        return "not-found", not_found
    endpoint, build = route
    return endpoint, lambda: respond(req, build(), "ArcGIS Portal Directory")


def _generate_token(emulator: ArcGISEmulator, req: Request) -> dict[str, Any]:
    """username + password → portal token; with serverUrl → a token of that federated server.

    The server token is made from a portal token (``token`` + ``serverUrl``, the
    exchange) or straight from username + password + ``serverUrl``.
    """
    server_url = req.param("serverUrl").strip()
    if not server_url:
        token, record = generate_token(emulator, req)
        return {"token": token, "expires": record.expires_ms, "ssl": record.ssl}
    check_token_request(emulator.settings, req)
    server = emulator.federated_server(server_url)
    if server is None:
        raise ApiError(400, UNABLE_TO_GENERATE, [f"'{server_url[:120]}' is not a server of this portal."])
    portal_token = req.param("token").strip()
    expires_at: Optional[float] = None
    if portal_token:
        portal_record = validate(emulator, req, portal_token)
        principal: Principal = portal_record.principal
        client, bound_to = portal_record.client, portal_record.bound_to
        expires_at = portal_record.expires_at
        if req.param("client"):
            client, bound_to = token_binding(emulator.settings, req)
    else:
        principal = check_credentials(emulator, req)
        client, bound_to = token_binding(emulator.settings, req)
    if server.settings.token_exchange_fails:
        raise ApiError(400, EXCHANGE_FAILED)
    lifetime = lifetime_seconds(server.settings, req.param("expiration"))
    if expires_at is not None:  # a server token never outlives the portal token it came from
        lifetime = min(lifetime, expires_at - time.time())
    token, record = server.issue(principal, lifetime, client, bound_to, ssl=req.secure)
    return {"token": token, "expires": record.expires_ms, "ssl": record.ssl}


def _user_json(emulator: ArcGISEmulator, user: User) -> dict[str, Any]:
    return {
        "username": user.username,
        "fullName": user.full_name or user.username,
        "email": f"{user.username}@example.invalid",
        "orgId": emulator.org_id,
        "role": user.role,
        "privileges": ["portal:user:createItem", "portal:user:joinGroup", "portal:user:viewOrgItems"],
        "provider": "enterprise" if user.saml_only else "arcgis",
        "idpUsername": user.username if user.saml_only else None,
        "mfaEnabled": user.mfa,
    }


def _portals_self(emulator: ArcGISEmulator, req: Request) -> dict[str, Any]:
    principal = authenticate(emulator, req)
    saml_users = any(user.saml_only for user in emulator.users.values())
    description: dict[str, Any] = {
        "id": emulator.org_id,
        "name": "ArcGIS emulator organization",
        "urlKey": emulator.org_id.lower(),
        "isPortal": emulator.kind == "portal",
        "portalHostname": emulator.portal_url.split("://", 1)[1],
        "allSSL": emulator.https,
        "supportsOAuth": True,
        "canSignInArcGIS": emulator.settings.can_sign_in_arcgis,
        "canSignInIDP": emulator.settings.can_sign_in_idp or saml_users,
        "currentVersion": emulator.settings.current_version,
    }
    if isinstance(principal, User):
        description["user"] = _user_json(emulator, principal)
    elif isinstance(principal, App):
        description["appInfo"] = {"clientId": principal.client_id, "orgId": emulator.org_id}
    return description


def _community_self(emulator: ArcGISEmulator, req: Request) -> dict[str, Any]:
    principal = authenticate(emulator, req)
    if principal is None:
        raise ApiError(*TOKEN_REQUIRED)
    if not isinstance(principal, User):
        raise ApiError(*NO_PERMISSION)
    return {**_user_json(emulator, principal), "groups": emulator.content.groups_of(principal)}


def _community_user(emulator: ArcGISEmulator, req: Request, username: str) -> dict[str, Any]:
    """A user of the organisation, seen by its signed-in members; their groups only by themselves."""
    principal = authenticate(emulator, req)
    user = emulator.users.get(username)
    if user is None or principal is None:
        raise ApiError(400, content.USER_INACCESSIBLE)
    if isinstance(principal, User) and principal.username == username:
        return {**_user_json(emulator, user), "groups": emulator.content.groups_of(user)}
    return _user_json(emulator, user)


def _servers(emulator: ArcGISEmulator, req: Request) -> dict[str, Any]:
    # Any member of the organisation may list them (users, apps and API keys alike).
    if authenticate(emulator, req) is None:
        raise ApiError(*TOKEN_REQUIRED)
    return {
        "servers": [
            {
                "id": hashlib.sha1(server.server_url.encode()).hexdigest()[:16],  # noqa: S324 - an id
                "name": server.origin.split("://", 1)[1],
                "url": server.server_url,
                "adminUrl": server.server_url,
                "isHosted": index == 0,  # the first server is the hosting server
                "serverRole": "HOSTING_SERVER" if index == 0 else "FEDERATED_SERVER",
                "serverType": "ArcGIS",
            }
            for index, server in enumerate(emulator.federated_servers)
        ]
    }
