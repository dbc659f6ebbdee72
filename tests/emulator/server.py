"""One emulated ArcGIS server: its state, its HTTP(S) listener(s) and its public API."""

from __future__ import annotations

import collections
import contextlib
import email.parser
import email.policy
import socket
import ssl
import threading
import time
import traceback
import uuid
from collections.abc import Collection
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Optional
from urllib.parse import parse_qsl, unquote, urlsplit

from . import sharing, site, webtier
from .auth import presented_tokens
from .certs import EmulatorCA, default_ca
from .content import Item, PortalContent
from .data import EditableDataset, PointDataset, dataset
from .oauth import OAuthGrants
from .peers import PeerProcesses
from .requestlog import RequestLog, RequestRecord
from .services import Service
from .settings import (
    DROP,
    EMPTY_BODY,
    INTERNAL_HOST,
    LATENCY,
    LOGIN_PAGE,
    NON_JSON,
    REDIRECT,
    REVOKE,
    SERVER_ERROR,
    TOKEN_URL_INTERNAL_HOST,
    TOKEN_URL_REST,
    TOKEN_URL_TOKENS_DIR,
    TRUNCATED,
    Fault,
    Settings,
)
from .tokens import CLIENT_KINDS, CLIENT_REFERER, ApiKey, App, Principal, TokenRecord, TokenStore, User
from .webtier import CLIENT_CERTIFICATE, NTLM, WEB_TIERS, WebTierUser, check_ntlm_available
from .wire import ApiError, Reply, Request, error_reply, html_reply, not_found

STANDALONE = "standalone"
PORTAL = "portal"
ONLINE = "online"
KINDS = (STANDALONE, PORTAL, ONLINE)

DEFAULT_SERVICES = (
    Service("Demo/Points"),  # secured FeatureServer + MapServer over the server's `features`
    Service("Demo/Restricted", types=("FeatureServer",), features=50),
    Service("Public/Landmarks", public=True, features=100),
    Service("Overview", types=("MapServer",), features=200),
)
_MAX_BODY = 10 * 1024 * 1024
_PUBLISHED_IMAGES_KEPT = 64
_LOGIN_PAGE = (
    "<h1>Sign In</h1><form method='post' action='/adfs/ls/'>"
    "<input name='UserName'><input name='Password' type='password'><button>Sign in</button></form>"
)


class ArcGISEmulator:
    """An emulated standalone/federated ArcGIS Server, Enterprise portal or ArcGIS Online org.

    Start one with :meth:`start`; everything else is documented in README.md.
    """

    def __init__(
        self,
        kind: str = STANDALONE,
        *,
        https: bool = True,
        also_http: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
        http_port: int = 0,
        site: str = "arcgis",
        webadaptor: str = "portal",
        org_id: str = "EmuOrg0123456789",
        features: int = 1000,
        services: Optional[list[Service]] = None,
        owning_portal: Optional[ArcGISEmulator] = None,
        settings: Optional[Settings] = None,
        ca: Optional[EmulatorCA] = None,
        cert_names: Optional[tuple[str, ...]] = None,
        web_tier: Optional[str] = None,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        if owning_portal is not None and (kind != STANDALONE or owning_portal.kind != PORTAL):
            raise ValueError("only a standalone server can be federated, and only with a portal")
        self.kind = kind
        self.https = https
        self.org_id = org_id
        self.features = features
        self.settings = settings or Settings(max_expiration_minutes=20160 if kind != STANDALONE else 1440)
        if web_tier is not None:  # a shortcut for settings.web_tier
            self.settings.web_tier = web_tier
        self.owning_portal = owning_portal
        self.federated_servers: list[ArcGISEmulator] = [self] if kind == ONLINE else []
        self.services: dict[str, Service] = (
            {} if kind == PORTAL else {s.name: s for s in (services if services is not None else DEFAULT_SERVICES)}
        )
        self.users: dict[str, User] = {}
        self.web_tier_users: dict[str, WebTierUser] = {}  # who the web tier lets through (webtier.py)
        self.handshake_failures: list[str] = []  # why TLS handshakes failed ("certificate revoked", ...)
        self.apps: dict[str, App] = {}
        self.oauth = OAuthGrants()  # authorization codes and refresh tokens of browser sign-ins
        self.content = PortalContent(org_id)  # a portal's folders, groups and items (content.py)
        self.lock = threading.Lock()  # guards users' sign-in counters and the editable data sets
        self.internal_errors: list[str] = []  # tracebacks of emulator bugs; the fixtures fail the test on them
        self._tokens = TokenStore()
        self._api_keys: dict[str, TokenRecord] = {}
        self._faults: list[Fault] = []
        self._log = RequestLog()
        self._images: collections.OrderedDict[str, bytes] = collections.OrderedDict()
        self._images_lock = threading.Lock()
        self._edited: dict[str, EditableDataset] = {}  # editable services' own data sets, by service name
        # Paths: an online org has its sharing API at the root and hosted services under /<orgId>/arcgis.
        self.site_path: Optional[str] = {STANDALONE: f"/{site}", PORTAL: None, ONLINE: f"/{org_id}/arcgis"}[kind]
        self.portal_path: Optional[str] = {STANDALONE: None, PORTAL: f"/{webadaptor}", ONLINE: ""}[kind]
        self.ca = (ca or default_ca()) if https else None
        self._cert_names = cert_names
        self._server_context = self.ca.server_context(cert_names) if self.ca is not None else None
        self._check_web_tier()
        self._listeners: list[_Listener] = []
        self._serving = False
        if https:
            self._listeners.append(_Listener((host, port), self, secure=True))
        if also_http or not https:
            self._listeners.append(_Listener((host, http_port if https else port), self, secure=False))
        self.host = host
        self.origin = self._listeners[0].origin
        self.http_origin: Optional[str] = next((lst.origin for lst in self._listeners if not lst.secure), None)
        if owning_portal is not None:
            owning_portal.federated_servers.append(self)

    # ------------------------------------------------------------------ life cycle

    @classmethod
    def start(cls, kind: str = STANDALONE, **options: Any) -> ArcGISEmulator:
        """Create a server (free port unless `port=` is given) and start serving in daemon threads."""
        emulator = cls(kind, **options)
        for listener in emulator._listeners:
            threading.Thread(
                target=listener.serve_forever,
                kwargs={"poll_interval": 0.02},
                name=f"arcgis-emulator-{listener.origin}",
                daemon=True,
            ).start()
        emulator._serving = True
        return emulator

    def _check_web_tier(self) -> None:
        """Refuse, when the server starts, a web tier it cannot run (clear errors rather than odd 401s)."""
        mode = self.settings.web_tier
        if mode is None:
            return
        if mode not in WEB_TIERS:
            raise ValueError(f"web_tier must be None or one of {sorted(WEB_TIERS)}, not {mode!r}")
        if mode == NTLM:
            check_ntlm_available()
        if mode == CLIENT_CERTIFICATE and self.ca is None:
            raise ValueError("a client-certificate web tier needs HTTPS (https=True)")

    def tls_context(self) -> ssl.SSLContext:
        """The TLS context of a new HTTPS connection: it asks for a client certificate (and checks the CA's
        revocation list) while the web tier is "client-certificate"; read per connection, so switching
        the setting takes effect on the next connection."""
        if self.ca is None or self._server_context is None:
            raise ValueError("this server does not serve HTTPS")
        if self.settings.web_tier == CLIENT_CERTIFICATE:
            return self.ca.client_auth_context(self._cert_names)
        return self._server_context

    def stop(self) -> None:
        """Stop listening and close every open connection (idempotent)."""
        for listener in self._listeners:
            if self._serving:
                listener.shutdown()
            listener.server_close()
            listener.close_connections()
        self._serving = False
        if self.owning_portal is not None and self in self.owning_portal.federated_servers:
            self.owning_portal.federated_servers.remove(self)

    def __enter__(self) -> ArcGISEmulator:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ URLs

    @property
    def server_url(self) -> Optional[str]:
        """The ArcGIS Server root (everything before /rest/services); None for a portal."""
        return None if self.site_path is None else self.origin + self.site_path

    @property
    def portal_url(self) -> Optional[str]:
        """The portal root (before /sharing/rest); None for a standalone server."""
        return None if self.portal_path is None else self.origin + self.portal_path

    @property
    def root_url(self) -> str:
        """The server root, or the portal root for a portal."""
        return self.server_url or self.portal_url or self.origin

    @property
    def services_url(self) -> str:
        return f"{self.server_url}/rest/services"

    @property
    def token_url(self) -> str:
        """Where this server's own tokens come from (a portal's, for an online org)."""
        if self.portal_url is not None:
            return f"{self.portal_url}/sharing/rest/generateToken"
        return f"{self.server_url}/tokens/generateToken"

    def service_url(self, name: str, service_type: str = "FeatureServer", layer: Optional[int] = None) -> str:
        url = f"{self.services_url}/{name}/{service_type}"
        return url if layer is None else f"{url}/{layer}"

    @property
    def ca_file(self) -> Optional[Path]:
        return None if self.ca is None else self.ca.ca_file

    @property
    def version(self) -> float:
        return self.settings.current_version

    @property
    def has_token_endpoint(self) -> bool:
        """Standalone and federated servers have /tokens/; hosted online services do not."""
        return self.kind == STANDALONE

    # ------------------------------------------------------------------ principals and tokens

    def add_user(
        self,
        username: str,
        password: str,
        services: Optional[list[str]] = None,
        *,
        full_name: str = "",
        role: str = "org_user",
        saml_only: bool = False,
        mfa: bool = False,
        can_edit: bool = True,
    ) -> User:
        """A user of `services` (None: all); ``can_edit=False``: one who may query but not edit them."""
        user = User(
            services=services,
            can_edit=can_edit,
            username=username,
            password=password,
            full_name=full_name,
            role=role,
            saml_only=saml_only,
            mfa=mfa,
        )
        with self.lock:
            self.users[username] = user
        return user

    def add_web_tier_user(
        self,
        username: str,
        password: Optional[str] = None,
        services: Optional[list[str]] = None,
        *,
        certificate: bool = True,
        **account: Any,
    ) -> User:
        """Someone the web tier lets through: with `password` by Basic and NTLM, and (``certificate``)
        with a client certificate whose subject is `username` (``self.ca.issue_client_certificate``).

        ArcGIS knows the same person as a user of `services` (None: all): an existing user of that name
        is kept (its ArcGIS password still works), otherwise one without an ArcGIS password is added,
        an enterprise login who gets tokens only through the web tier. ``account``: :meth:`add_user`'s
        options. A federated server's web tier knows its portal's web-tier users: add them there.
        """
        if password is not None and ":" in password:
            raise ValueError("a web-tier password cannot hold ':' (the NTLM credential file's separator)")
        with self.lock:
            user = self.users.get(username)
            self.web_tier_users[username] = WebTierUser(username, password, certificate)
        if user is None:
            user = self.add_user(username, "", services, **account)
        return user

    def web_tier_directory(self) -> dict[str, WebTierUser]:
        """The web-tier users this server's web tier knows: its own, or its portal's when federated."""
        owner = self.owning_portal or self
        with owner.lock:
            return dict(owner.web_tier_users)

    def add_app(
        self,
        client_id: str,
        client_secret: str = "",
        services: Optional[list[str]] = None,
        *,
        redirect_uris: Optional[list[str]] = None,
    ) -> App:
        """Register an app: OAuth2 client_credentials with its secret, browser sign-in to its redirect URIs."""
        app = App(services=services, client_id=client_id, client_secret=client_secret,
                  redirect_uris=list(redirect_uris or []))  # fmt: skip
        self.apps[client_id] = app
        return app

    def add_api_key(
        self, key: Optional[str] = None, expires_in: float = 30 * 86400, services: Optional[list[str]] = None
    ) -> str:
        """Register an API key valid for `expires_in` seconds; returns the key. Survives revoke_all_tokens."""
        key = key or f"AAPK{uuid.uuid4().hex}{uuid.uuid4().hex}"
        expires_at = time.time() + expires_in
        self._api_keys[key] = TokenRecord(
            ApiKey(services=services, key=key, expires_at=expires_at), expires_at, ssl=self.https
        )
        return key

    def issue(
        self, principal: Principal, lifetime: float, client: Optional[str], bound_to: Optional[str], *, ssl: bool
    ) -> tuple[str, TokenRecord]:
        record = TokenRecord(principal, time.time() + lifetime, client, bound_to, ssl)
        return self._tokens.issue(record, self.settings.token_format), record

    def issue_token(
        self,
        username: str,
        *,
        client: Optional[str] = CLIENT_REFERER,
        referer: Optional[str] = None,
        ip: Optional[str] = None,
        lifetime: Optional[float] = None,
    ) -> str:
        """A token for a user without any request, e.g. what a browser sign-in (SAML, MFA) would give."""
        if client is not None and client not in CLIENT_KINDS:
            raise ValueError(f"client must be one of {sorted(CLIENT_KINDS)} or None")
        bound_to = referer if client == CLIENT_REFERER else ip
        if client is not None and bound_to is None:
            raise ValueError(f"client={client} needs the referer or ip it is bound to")
        if lifetime is None:
            lifetime = self.settings.token_lifetime_seconds or self.settings.default_expiration_minutes * 60.0
        token, _record = self.issue(self.users[username], lifetime, client, bound_to, ssl=self.https)
        return token

    def resolve_token(self, token: str) -> Optional[TokenRecord]:
        """What a token stands for on this server: its own tokens and API keys, then its portal's.

        A federated server accepts only referer-bound user tokens from its portal
        (app tokens and API keys carry no binding and are accepted too).
        """
        record = self._tokens.lookup(token) or self._api_keys.get(token)
        portal = self.owning_portal
        if record is None and portal is not None:
            record = portal._tokens.lookup(token) or portal._api_keys.get(token)
            if record is not None and isinstance(record.principal, User) and record.client != CLIENT_REFERER:
                return None
        return record

    def issued_tokens(self) -> list[str]:
        """Every token this server issued (revoked ones included), for leak checks."""
        return self._tokens.issued()

    def revoke_all_tokens(self) -> None:
        """Forget every token this server issued, like a restart; API keys and refresh tokens stay valid."""
        self._tokens.revoke_all()

    def revoke_refresh_tokens(self) -> None:
        """Every browser sign-in's refresh token stops working (an admin revoked them; passwords changed)."""
        self.oauth.revoke_all()

    def federated_server(self, server_url: str) -> Optional[ArcGISEmulator]:
        """The portal's server whose root is `server_url` (…/rest/services and a trailing / tolerated)."""
        wanted = server_url.strip().rstrip("/").removesuffix("/rest/services").lower()
        for server in self.federated_servers:
            roots = {server.server_url} | ({server.http_origin + server.site_path} if server.http_origin else set())
            if wanted in {root.lower() for root in roots if root}:
                return server
        return None

    # ------------------------------------------------------------------ portal content (content.py)

    def add_folder(self, owner: str, title: str) -> str:
        return self._portal_content().add_folder(owner, title)

    def add_group(self, title: str, owner: str, members: Collection[str] = (), access: str = "private") -> str:
        return self._portal_content().add_group(title, owner, members, access)

    def add_item(self, owner: str, title: str, item_type: str, **options: Any) -> str:
        """An item of `owner`; returns its id. Options: :meth:`.content.PortalContent.add_item`."""
        return self._portal_content().add_item(owner, title, item_type, **options)

    @property
    def items(self) -> dict[str, Item]:
        """A snapshot of the portal's items: id → item."""
        return self.content.items

    def _portal_content(self) -> PortalContent:
        if self.portal_path is None:
            raise ValueError("only a portal or an online org has content")
        return self.content

    # ------------------------------------------------------------------ discovery documents

    def _token_services_url(self, url: str) -> str:
        """`url` spelt the way `settings.token_services_url_style` says this server spells it."""
        settings = self.settings
        if settings.token_services_url:
            return settings.token_services_url
        if settings.token_services_url_style == TOKEN_URL_TOKENS_DIR:
            url = url.removesuffix("generateToken")
        if settings.token_services_url_style == TOKEN_URL_REST:
            url = url.replace("/tokens/generateToken", "/rest/generateToken")
        if settings.token_services_url_style == TOKEN_URL_INTERNAL_HOST:
            parts = urlsplit(url)
            url = parts._replace(netloc=INTERNAL_HOST).geturl()
        return url

    def rest_info(self) -> dict[str, Any]:
        settings = self.settings
        if self.kind == ONLINE or self.owning_portal is not None:
            portal = self if self.kind == ONLINE else self.owning_portal
            token_url = f"{portal.portal_url}/sharing/rest/generateToken"
        else:
            portal = None
            token_url = f"{self.server_url}/tokens/generateToken"
        info: dict[str, Any] = {
            "currentVersion": settings.current_version,
            "fullVersion": f"{settings.current_version}.0",
        }
        if portal is not None:
            info["owningSystemUrl"] = portal.portal_url
        if settings.claimed_owning_system_url:  # a server that only claims to belong to a portal
            info["owningSystemUrl"] = settings.claimed_owning_system_url
            token_url = f"{settings.claimed_owning_system_url}/sharing/rest/generateToken"
        info["authInfo"] = {
            "isTokenBasedSecurity": True,
            "tokenServicesUrl": self._token_services_url(token_url),
            "shortLivedTokenValidity": settings.short_lived_token_validity,
        }
        return info

    def sharing_info(self) -> dict[str, Any]:
        return {
            "owningSystemUrl": self.portal_url,
            "authInfo": {
                "tokenServicesUrl": self._token_services_url(f"{self.portal_url}/sharing/rest/generateToken"),
                "isTokenBasedSecurity": True,
            },
            "fullVersion": f"{self.settings.current_version}.0",
        }

    # ------------------------------------------------------------------ data and images

    def dataset_for(self, service: Service) -> PointDataset:
        """The service's data: the shared generated set, or an editable service's own copy of it."""
        shared = dataset(self.features if service.features is None else service.features, service.geometry)
        if not service.editable:
            return shared
        with self.lock:
            if service.name not in self._edited:
                self._edited[service.name] = shared.editable_copy()
            return self._edited[service.name]

    def publish_image(self, service: Service, image: bytes) -> str:
        """Keep an exported image for a while; returns its URL (like arcgisoutput, no token needed)."""
        path = f"{site.OUTPUT_PREFIX}{service.name.replace('/', '_')}_MapServer/_ags_map{uuid.uuid4().hex}.png"
        with self._images_lock:
            self._images[path] = image
            while len(self._images) > _PUBLISHED_IMAGES_KEPT:
                self._images.popitem(last=False)
        return f"{self.server_url}{path}"

    def published_image(self, path: str) -> Optional[bytes]:
        with self._images_lock:
            return self._images.get(path)

    # ------------------------------------------------------------------ faults

    def add_fault(self, kind: str, path: Optional[str] = None, **options: Any) -> Fault:
        """Misbehave on requests whose path contains `path` (see settings.Fault for the options)."""
        fault = Fault(kind, path, **options)
        self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        self._faults.clear()

    # ------------------------------------------------------------------ request log

    @property
    def requests(self) -> list[RequestRecord]:
        """A snapshot of every request received so far, oldest first."""
        return self._log.snapshot()

    def count(self, endpoint: str) -> int:
        """How many requests hit an endpoint label ("generateToken", "query", "export", ...)."""
        return sum(1 for record in self._log.snapshot() if record.endpoint == endpoint)

    def clear_log(self) -> None:
        self._log.clear()

    # ------------------------------------------------------------------ request handling

    def handle(self, req: Request, raw_query: str, connection: Optional[webtier.Connection] = None) -> Reply:
        """Answer one request: route, let the web tier refuse it, apply faults, run the endpoint, log the outcome.

        `connection`: what the web tier knows of the client's connection (NTLM signs in connections).
        """
        req.record.tokens = presented_tokens(req)
        endpoint, run = self._resolve(req)
        req.record.endpoint = endpoint
        if self.settings.latency_seconds > 0:  # this connection's own thread waits; the others go on
            time.sleep(self.settings.latency_seconds)
        try:
            refusal, passed_headers = webtier.admit(self, req, connection or webtier.Connection(None))
        except Exception:  # noqa: BLE001 - an emulator bug, or NTLM without pyspnego: 500, the test fails on it
            self.internal_errors.append(traceback.format_exc())
            refusal, passed_headers = error_reply(ApiError(500, "Internal emulator error."), True), []
        if refusal is not None:  # the web tier answered: ArcGIS never sees the request
            req.record.status = refusal.status
            return refusal
        truncate = False
        reply: Optional[Reply] = None
        for fault in list(self._faults):
            if not fault.claim(req.method, req.path):
                continue
            req.record.fault = fault.kind
            if fault.kind == LATENCY:
                time.sleep(fault.seconds)
            elif fault.kind == TRUNCATED:
                truncate = True
            elif fault.kind == REVOKE:
                self.revoke_all_tokens()
            else:
                reply = _fault_reply(fault, req.path, raw_query)
                break
        if reply is None:
            try:
                reply = run()
            except ApiError as error:
                reply = error_reply(error, self.settings.real_status_codes)
            except Exception:  # noqa: BLE001 - an emulator bug: answer 500, keep the traceback for the test
                self.internal_errors.append(traceback.format_exc())
                reply = error_reply(ApiError(500, "Internal emulator error."), real_status_codes=True)
        reply.truncate = truncate
        reply.headers.extend(passed_headers)
        req.record.status = 0 if reply.drop else reply.status
        req.record.error_code = reply.error_code
        return reply

    def _resolve(self, req: Request) -> tuple[str, Any]:
        path = req.path
        if self.portal_path is not None and (path + "/").startswith(f"{self.portal_path}/sharing/rest/"):
            return sharing.resolve(self, req, path[len(self.portal_path) + len("/sharing/rest") :])
        if self.site_path is not None and (path + "/").startswith(self.site_path + "/"):
            return site.resolve(self, req, path[len(self.site_path) :])
        return "not-found", not_found

    def new_record(self, **fields: Any) -> RequestRecord:
        return self._log.new(**fields)


def _fault_reply(fault: Fault, path: str, raw_query: str) -> Reply:
    if fault.kind == DROP:
        return Reply(drop=True)
    if fault.kind == SERVER_ERROR:
        status = fault.status or 502
        return html_reply(f"{status} Error", f"<h1>{status} Bad Gateway</h1><p>The proxy server failed.</p>", status)
    if fault.kind == LOGIN_PAGE:
        return html_reply("Sign In", _LOGIN_PAGE)
    if fault.kind == NON_JSON:
        return Reply(body=b"Internal Server Error: the service is not available")
    if fault.kind == EMPTY_BODY:
        return Reply(status=fault.status or 200)
    if fault.kind == REDIRECT:
        target = f"{(fault.location or '').rstrip('/')}{path}" + (f"?{raw_query}" if raw_query else "")
        return Reply(status=fault.status or 302, headers=[("Location", target)], content_type="text/plain")
    raise AssertionError(f"unhandled fault {fault.kind}")


def _parse_form(content_type: str, body: bytes) -> dict[str, str]:
    """POST parameters: urlencoded (what QGIS, requests and arcgis-rest-js send) or multipart."""
    if content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode("latin-1") + body
        )
        return {
            part.get_param("name", header="content-disposition"): part.get_content() for part in message.iter_parts()
        }
    return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


class _Listener(ThreadingHTTPServer):
    """One listening socket (HTTP or HTTPS) of an emulator."""

    daemon_threads = True
    allow_reuse_address = True
    # Connections waiting for accept(): socketserver's 5 makes a burst of clients wait a second for the
    # SYN to be sent again (a client with 32 connections at once, QGIS Server's processes).
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], emulator: ArcGISEmulator, *, secure: bool) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.emulator = emulator
        self.secure = secure
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self.peers = PeerProcesses()  # who sent a request, with Settings.record_client_process
        super().__init__(address, _Handler)
        host = f"[{address[0]}]" if ":" in address[0] else address[0]
        self.origin = f"{'https' if self.secure else 'http'}://{host}:{self.server_address[1]}"

    def get_request(self) -> tuple[socket.socket, Any]:
        """Accept a connection; over HTTPS, wrap it in the context current now (a web tier asking for
        client certificates, the CA's latest revocation list). The TLS handshake happens in the
        connection's own thread (see _Handler.handle), so one slow or failing client never blocks accept()."""
        connection, address = super().get_request()
        if self.secure:
            try:
                connection = self.emulator.tls_context().wrap_socket(
                    connection, server_side=True, do_handshake_on_connect=False
                )
            except Exception as error:  # an emulator bug: keep it for the test; socketserver skips OSErrors
                connection.close()
                self.emulator.internal_errors.append(traceback.format_exc())
                raise OSError("no TLS context for the connection") from error
        return connection, address

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Silent: a client closing its connection early is no error of the emulator."""

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self._connections_lock:
            (self._connections.add if open_ else self._connections.discard)(connection)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as QGIS and requests expect
    server_version = "ArcGIS-Emulator"
    sys_version = ""
    timeout = 60  # idle keep-alive connections end eventually
    server: _Listener

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in separate writes: without this, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, True)
        self.web_tier = webtier.Connection(None)  # this connection's web-tier state (an NTLM sign-in)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    def handle(self) -> None:
        if self.server.secure:
            try:
                self.connection.do_handshake()
            except ssl.SSLError as error:  # a client that does not trust the test CA; a refused client certificate
                reason = getattr(error, "verify_message", None) or error.reason or str(error)
                self.server.emulator.handshake_failures.append(reason)
                return
            except OSError:
                return
            self.web_tier.peer_certificate = self.connection.getpeercert()
        with contextlib.suppress(ConnectionError, ssl.SSLError, TimeoutError):  # the client went away
            super().handle()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Silent: request lines can carry tokens; tests read the emulator's request log instead."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        url = urlsplit(self.path)
        form: dict[str, str] = {}
        if self.command == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                self._write(Reply(status=411, body=b"Length Required", content_type="text/plain"))
                return
            if length > _MAX_BODY:
                self._write(Reply(status=413, body=b"Payload Too Large", content_type="text/plain"))
                return
            form = _parse_form(self.headers.get("Content-Type", ""), self.rfile.read(length))
        emulator = self.server.emulator
        headers = {name.lower(): value for name, value in self.headers.items()}
        record = emulator.new_record(
            method=self.command,
            path=unquote(url.path),
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            form=form,
            headers=headers,
            client_ip=self.client_address[0],
            client_port=self.client_address[1],
            client_pid=self.server.peers.pid_of(self.connection) if emulator.settings.record_client_process else None,
            secure=self.server.secure,
        )
        req = Request(record.method, record.path, record.query, form, headers, record.client_ip, record.secure, record)
        self._write(emulator.handle(req, url.query, self.web_tier))

    def _write(self, reply: Reply) -> None:
        if reply.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers:
            self.send_header(name, value)
        if reply.truncate:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(reply.body[: len(reply.body) // 2] if reply.truncate else reply.body)
        self.wfile.flush()
