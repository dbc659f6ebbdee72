"""The plugin's Python API, for scripts, the PyQGIS console and other plugins.

Example (QGIS Python console, with the plugin loaded)::

    from arcgis_token_auth import api
    connection = api.add_connection(
        "https://gis.example.com/arcgis/rest/services", username="alice", password="…")
    layer = api.add_feature_layer(
        "https://gis.example.com/arcgis/rest/services/Roads/FeatureServer/0")

Organisations that sign in through SAML or with MFA use the browser::

    portal = api.add_connection("https://myorg.maps.arcgis.com", client_id="…", browser_sign_in=True)
    api.sign_in_with_browser(portal)  # opens the browser; returns who signed in

A portal or ArcGIS Online connection also finds items and opens Web Maps::

    items = api.search_items(portal, "parcels", item_type="Feature Service")
    api.add_item(portal, items[0].id)
    api.open_web_map(portal, "<item id>", new_project=True)

Layers carry the connection's ``authcfg``: QGIS saves only that id in the
project, and the plugin keeps the token fresh for as long as QGIS runs.
Calls that may need the network (signing in to find out which servers a
portal federates) run it on a worker thread while QGIS's event loop goes on.
"""

from __future__ import annotations

import time
from typing import Optional, TypeVar, Union

from qgis.core import QgsFeedback, QgsMapLayer, QgsProject, QgsRasterLayer, QgsVectorLayer, QgsVectorTileLayer

from ..core.connection import DEFAULT_LIFETIME_MINUTES, DEFAULT_REFERER, Connection
from ..core.credentials import Binding, CredentialKind, Secret, WebTier
from ..core.oauth import SIGN_IN_TIMEOUT, BrowserSession
from ..core.portal import MAX_PAGE_SIZE, ItemType, PortalItem, Scope
from ..core.transport import Transport
from ..core.urls import redact
from . import layers
from .catalog import VECTOR_TILE_SERVER, read_catalog, read_service
from .errors import ArcGISLayerError, NotALayerItemError, PluginNotLoadedError
from .layers import BuiltLayers, LayerSource, build_layers
from .portal_content import Portal
from .secrets import SecretStore
from .service import TokenService, active_service
from .tasks import run_as_task, run_off_main_thread
from .web_maps import MadeWebMap, add_to_project, make_web_map

T = TypeVar("T")

FEATURE_PROVIDER = layers.FEATURE_PROVIDER  # public names of the providers QGIS opens these layers with
MAP_PROVIDER = layers.MAP_PROVIDER


def service() -> TokenService:
    running = active_service()
    if running is None:
        raise PluginNotLoadedError
    return running


def connections() -> list[Connection]:
    return service().connections()


def connection_for(url: str) -> Optional[Connection]:
    """The connection whose token requests to ``url`` get (no network)."""
    return service().engine.connection_for_url(url)


def add_connection(
    url: str,
    *,
    name: str = "",
    username: str = "",
    password: Optional[str] = None,
    api_key: Optional[str] = None,
    client_id: str = "",
    client_secret: Optional[str] = None,
    browser_sign_in: bool = False,
    refresh_token: Optional[str] = None,
    binding: str = Binding.REFERER.value,
    referer: str = DEFAULT_REFERER,
    lifetime_minutes: int = DEFAULT_LIFETIME_MINUTES,
    transport: str = Transport.AUTO.value,
    allow_plain_http: bool = False,
    keep_secret_in: str = SecretStore.AUTH_DB.value,
    web_tier: str = WebTier.NONE.value,
    client_certificate: str = "",
) -> Connection:
    """Store a connection (secret encrypted in the auth DB, or the OS keyring) and start using it.

    Give exactly one of ``password`` (with ``username``), ``api_key``, ``client_secret``
    (with ``client_id``), or ``browser_sign_in=True`` (with the ``client_id`` of an app
    registered in the organisation; then :func:`sign_in_with_browser`, or hand over a
    ``refresh_token`` the app obtained elsewhere).

    Behind a web tier (IIS / Web Adaptor, a proxy) that signs users in: ``web_tier="basic"`` or
    ``"windows"`` with ``username`` and ``password`` (the web tier's: ArcGIS issues the token to that
    user), or ``web_tier="client-certificate"`` with ``client_certificate``, the id of a PKI auth
    config of QGIS (no password: the certificate's user gets the token; with ``username`` and
    ``password``: an ArcGIS user signs in through the certificate's web tier).

    Raises ValueError, saying why, for input a connection cannot hold (a ``referer`` an HTTP
    header cannot carry, a control character in ``username``, an unknown ``binding``…), and
    ``KeyringUnavailableError`` for ``keep_secret_in="keyring"`` when the keyring may not keep
    it (not installed, or a backend that does not encrypt); nothing is stored then.
    """
    given = [kind for kind, value in (("password", password), ("api_key", api_key), ("app", client_secret),
                                      ("browser", browser_sign_in)) if value]  # fmt: skip
    tier = WebTier(web_tier)
    certificate_sign_in = tier is WebTier.CLIENT_CERTIFICATE and not given
    if len(given) != 1 and not certificate_sign_in:
        raise ValueError("give exactly one of password=, api_key=, client_secret= or browser_sign_in=True")
    kind = CredentialKind.WEB_TIER if certificate_sign_in or tier.takes_authorization else CredentialKind(given[0])
    if kind is CredentialKind.BROWSER and not client_id:
        raise ValueError("browser sign-in needs the client_id of an app registered in the organisation")
    if refresh_token and kind is not CredentialKind.BROWSER:
        raise ValueError("refresh_token= goes with browser_sign_in=True")
    running = service()
    connection = Connection(
        id=running.store.new_id(),
        name=name or url,
        url=url,
        credential=kind,
        username=client_id if kind in (CredentialKind.APP, CredentialKind.BROWSER) else username,
        binding=binding,
        referer=referer,
        lifetime_minutes=lifetime_minutes,
        transport=transport,
        allow_plain_http=allow_plain_http,
        web_tier=tier,
        certificate_config=client_certificate,
    )
    value = password or api_key or client_secret
    secret = Secret(value) if value else None
    if refresh_token:  # obtained elsewhere by the same app: the engine renews from it like from its own
        secret = BrowserSession(Secret(refresh_token), None, time.time(), client_id=client_id).to_secret()
    return running.save_connection(connection, secret, SecretStore(keep_secret_in))


def sign_in_with_browser(connection: Union[Connection, str], *, timeout: float = SIGN_IN_TIMEOUT, port: int = 0) -> str:
    """Sign a browser connection (or its id) in: opens the system browser, waits while QGIS's
    events keep flowing, and returns the signed-in user's name. Raises :class:`ArcGISAuthError`
    (timed out, cancelled, refused…) with the user's message. ``port``: only for an app whose
    registration names an exact loopback port (0: any free port)."""
    return service().sign_in_with_browser(_connection(connection), timeout=timeout, port=port)


def signed_in_user(connection: Union[Connection, str]) -> Optional[str]:
    """Who a browser connection is signed in as; None when nobody is."""
    return service().signed_in_user(_connection(connection).id)


def sign_out(connection: Union[Connection, str]) -> None:
    """Forget the connection's tokens; a browser connection forgets (and revokes) its sign-in too."""
    service().sign_out(_connection(connection).id)


def _connection(connection: Union[Connection, str]) -> Connection:
    if isinstance(connection, Connection):
        return connection
    found = service().connection(connection)
    if found is None:
        raise LookupError(f"no connection with id {connection!r}")
    return found


def layer_uri(url: str, connection: Optional[Connection] = None, *, crs: str = "") -> str:
    """The data source URI of an ArcGIS REST layer that signs in through ``connection``.

    Without ``connection``, the one covering ``url``. For a portal connection,
    servers federated with it are known after its first sign-in, which this
    call waits for (the network work runs on a worker thread).
    """
    return layers.layer_uri(url, connection or _covering(url), crs=crs)


def add_feature_layer(url: str, name: str = "", connection: Optional[Connection] = None) -> QgsVectorLayer:
    """Add a FeatureServer layer (``…/FeatureServer/<id>``) to the current project.

    Signs in first (off the main thread, within the sign-in's deadline) and raises the
    :class:`ArcGISAuthError` that says why, when that fails.
    """
    _sign_in_first(url, connection)
    return _add(layers.make_layer(url, connection or _covering(url), as_map=False, name=name), url)


def add_map_layer(
    url: str,
    name: str = "",
    connection: Optional[Connection] = None,
    *,
    layer: Optional[int] = None,
    drawing: str = layers.Drawing.EXPORT.value,
) -> QgsRasterLayer:
    """Add a MapServer layer (``…/MapServer/<id>``, or ``…/MapServer`` with ``layer=``) to the project,
    or an image service (``…/ImageServer``).

    QGIS's ``arcgismapserver`` provider draws one layer of a map service: the
    one in the URL, else ``layer`` (default 0, the service's first). ``drawing``
    lets the service draw it otherwise, where it offers that: ``"wms"`` (its WMS,
    that one layer), ``"wmts"`` or ``"tiles"`` (its cache, every layer, as WMTS or
    as XYZ tiles); QGIS's ``wms`` provider reads those.
    """
    how = layers.Drawing(drawing)
    _sign_in_first(layers.first_request_url(url, how), connection)
    made = layers.make_layer(url, connection or _covering(url), as_map=True, name=name, sublayer=layer, drawing=how)
    return _add(made, url)


def vector_tile_services(connection: Union[Connection, str]) -> list[str]:
    """The URLs of the vector tile services (``…/VectorTileServer``) the connection's catalog lists,
    on every server it covers (read on a worker thread while QGIS's events go on)."""
    found = _connection(connection)
    engine = service().engine
    catalogs = run_off_main_thread(lambda: read_catalog(engine, found, QgsFeedback()))
    return [item.url for catalog in catalogs for item in catalog.services if item.service_type == VECTOR_TILE_SERVER]


def vector_tile_uri(url: str, connection: Optional[Connection] = None) -> str:
    """The data source URI of an ArcGIS vector tile service (``…/VectorTileServer``), for
    ``QgsVectorTileLayer``, signing in through ``connection`` (default: the one covering ``url``)."""
    return layers.vector_tile_uri(url, connection or _covering(url))


def add_vector_tile_layer(url: str, name: str = "", connection: Optional[Connection] = None) -> QgsVectorTileLayer:
    """Add a vector tile service (``…/VectorTileServer``) to the project, drawn with its own style.

    Every request QGIS makes for it — the service, its style, sprites and tiles — carries the
    connection's token. Signs in first, like :func:`add_feature_layer`.
    """
    _sign_in_first(url, connection)
    return _add(layers.make_vector_tile_layer(url, connection or _covering(url), name=name), url)


def search_items(
    connection: Union[Connection, str],
    query: str = "",
    *,
    item_type: Optional[str] = None,
    scope: str = Scope.ORGANISATION.value,
    group_id: str = "",
    max_items: int = 100,
    page_size: int = MAX_PAGE_SIZE,
) -> list[PortalItem]:
    """Items of the portal (or ArcGIS Online organisation) the connection signs in to, newest first.

    ``query``: free text (title, tags, summary); ``item_type``: "Feature Service", "Map Service",
    "Vector Tile Service", "Image Service" or "Web Map"; ``scope``: "my-content", "group" (with
    ``group_id``), "organisation" or "everyone". Reads the portal's pages (``page_size`` items each, at
    most 100) until ``max_items`` (on a worker thread while QGIS's events go on); only what the signed-in
    user may see is listed.
    """
    found = _connection(connection)
    wanted = ItemType(item_type) if item_type else None
    where = Scope(scope)

    def read() -> list[PortalItem]:
        portal = Portal(service().engine, found)
        items: list[PortalItem] = []
        start = 1
        while len(items) < max_items:
            page = portal.search(query, wanted, scope=where, group_id=group_id, start=start,
                                 num=min(page_size, MAX_PAGE_SIZE, max_items - len(items)))  # fmt: skip
            items.extend(page.items)
            if not page.has_more:
                break
            start = page.next_start
        return items[:max_items]

    return run_off_main_thread(read)


def add_item(
    connection: Union[Connection, str], item_id: str, *, layer_ids: Optional[list[int]] = None, as_map: bool = False
) -> list[QgsMapLayer]:
    """Add the layers of a portal item — a Feature, Map, Vector Tile or Image Service — to the project:
    all of them, or those whose ids are in ``layer_ids``; ``as_map``: a map service's layers as the images
    it draws. Layers on servers the connection signs in to carry its authcfg, public ones elsewhere none.
    A Web Map opens with :func:`open_web_map`."""
    found = _connection(connection)
    engine = service().engine

    def build(feedback: QgsFeedback) -> BuiltLayers:
        item = Portal(engine, found, feedback).item(item_id)
        if item.is_web_map or not item.opens_as_layers:
            raise NotALayerItemError(title=item.title, item_type=item.type)
        catalogs = read_service(engine, found, item.url, feedback)
        chosen = [layer for catalog in catalogs for listed in catalog.services for layer in listed.layers
                  if layer_ids is None or layer.layer_id in layer_ids]  # fmt: skip
        return build_layers(engine, [LayerSource(layer, as_map) for layer in chosen], found, feedback)

    built = run_as_task(f"Adding the layers of item {item_id}", build)
    if built.failed:
        raise ArcGISLayerError(url=", ".join(redact(source.layer.url) for source in built.failed))
    QgsProject.instance().addMapLayers(built.layers)
    return built.layers


def open_web_map(connection: Union[Connection, str], item_id: str, *, new_project: bool = False) -> MadeWebMap:
    """Open a Web Map item: its layers, in its order and groups, with its titles, visibility, opacity,
    scale ranges, definition expressions and basemap, as a group at the top of the Layers panel (in a
    new, cleared project with ``new_project``). The result's ``left_out`` lists, with the reason, what
    could not be shown as the web map shows it."""
    found = _connection(connection)
    engine = service().engine

    def build(feedback: QgsFeedback) -> MadeWebMap:
        _item, plan = Portal(engine, found, feedback).web_map(item_id)
        return make_web_map(plan, engine, found, feedback)

    made = run_as_task(f"Opening the web map {item_id}", build)
    add_to_project(made, QgsProject.instance(), new_project=new_project)
    return made


def _covering(url: str) -> Connection:
    return service().connection_covering(url)


def _sign_in_first(url: str, connection: Optional[Connection]) -> None:
    """A token for ``url`` before QGIS loads it: a refused or hung sign-in fails here, with its reason,
    instead of as an invalid layer after QGIS's own timeouts and retries."""
    engine = service().engine
    # Not covered yet: a server of a portal connection, known after the portal's sign-in.
    target = url if engine.connection_for_url(url) is not None else connection.root.url if connection else None
    if target is not None:  # else layer_uri() looks for the connection covering ``url``, signing in
        run_off_main_thread(lambda: engine.sign_in(target))


def _add(layer, url: str):
    if not layer.isValid():
        # Not layer.error(): it has crashed QGIS 3.22 for invalid arcgisfeatureserver layers.
        raise ArcGISLayerError(url=redact(url))
    QgsProject.instance().addMapLayer(layer)
    return layer
