"""The OGC and tile endpoints of map services: WMS, WMTS and the tiles of a cached service.

Where ArcGIS Server publishes them, and how the emulator answers (see README.md, *OGC
endpoints*, for what was checked about the real thing and how sure that is):

=================================================================  ================  ================
path under the site root                                           endpoint label    tokens read
=================================================================  ================  ================
``services/<name>/MapServer/WMSServer`` (any case: ArcGIS's own    ``wms-capabilities``  ``settings.ogc_transports``
capabilities say ``WmsServer``) — WMS 1.3.0 (and 1.1.1)            ``wms-map``,          (default: ``token=`` only)
``REQUEST=GetCapabilities | GetMap | GetFeatureInfo``              ``wms-featureinfo``
``rest/services/<name>/MapServer/WMTS?REQUEST=GetCapabilities``,   ``wmts-capabilities`` ``settings.transports``
``…/WMTS/1.0.0/WMTSCapabilities.xml``                                                  (as every REST resource)
``…/WMTS/tile/1.0.0/<layer>/<style>/<set>/<level>/<row>/<col>``,   ``wmts-tile``
``…/WMTS?REQUEST=GetTile&…`` (KVP)
``rest/services/<name>/MapServer/tile/<level>/<row>/<col>``        ``map-tile``
=================================================================  ================  ================

WMS needs ``Service(wms=True)``, WMTS and tiles ``Service(cached=True)`` (tiling.py's scheme, as
the tile matrix sets ``default028mm`` and ``GoogleMapsCompatible``). A missing or refused token is the usual JSON
error (``{"error":{"code":499,…}}``, HTTP 200 unless ``real_status_codes``), on every one of
them; a bad WMS parameter is a WMS ``ServiceExceptionReport``; a tile outside the scheme is
a 404 page. Images are PNGs of the service's points, drawn like ``export``.

Capabilities documents name their own URLs (``OnlineResource``, ``ResourceURL``): on the
origin the request came to, or ``settings.ogc_advertised_origin`` (a server that advertises
another host); with ``settings.ogc_echo_token`` they repeat the request's ``token=`` in them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, NamedTuple, Optional
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from . import services as svc
from . import tiling
from .auth import authenticate
from .data import FIELDS
from .geometry import WEB_MERCATOR, WGS84, Envelope
from .wire import PNG_TYPE, ApiError, Reply, Request, not_found

if TYPE_CHECKING:
    from .server import ArcGISEmulator
    from .services import Service

XML_TYPE = "text/xml; charset=utf-8"
WMS_SERVER = "wmsserver"
# ArcGIS offers every cache as `default028mm` and, when its tiles fit Google's scheme (256 pixels, Web
# Mercator), as `GoogleMapsCompatible` too: here the same tiles under both names.
TILE_MATRIX_SETS = ("default028mm", "GoogleMapsCompatible")
STYLE = "default"
FEATURE_INFO_TOLERANCE = 5  # pixels around the clicked one
_MAP_SERVER = "mapserver"
_WMTS = "WMTS"
# WMS 1.3.0 reads EPSG:4326 bounding boxes latitude first; CRS:84 is the same CRS longitude first.
_CRS_WKIDS = {"CRS:84": WGS84, "EPSG:4326": WGS84, "EPSG:3857": WEB_MERCATOR, "EPSG:102100": WEB_MERCATOR}
_FEATURE_INFO_FORMATS = ("text/plain", "text/html", "text/xml", "application/vnd.esri.wms_featureinfo_xml")


def resolve_services(emulator: ArcGISEmulator, req: Request, parts: list[str]) -> tuple[str, Callable[[], Reply]]:
    """(endpoint label, handler) of ``<site>/services/<parts>``: the WMS of a map service, or not found."""
    lowered = [part.lower() for part in parts]
    if len(parts) < 3 or lowered[-2:] != [_MAP_SERVER, WMS_SERVER]:
        return "not-found", not_found
    name = "/".join(parts[:-2])
    request = _param(req, "REQUEST").lower()
    label = {"getmap": "wms-map", "getfeatureinfo": "wms-featureinfo"}.get(request, "wms-capabilities")

    def answer() -> Reply:
        service = emulator.services.get(name)
        if service is None or svc.MAP_SERVER not in service.types or not service.wms:
            raise ApiError(404, f"Service {name}/MapServer/WMSServer not found")
        authenticate(emulator, req, service, readable=emulator.settings.ogc_transports)
        try:
            if request == "getcapabilities":
                return _xml(wms_capabilities(emulator, req, service))
            if request == "getmap":
                return _wms_map(emulator, req, service)
            if request == "getfeatureinfo":
                return _wms_feature_info(emulator, req, service)
        except _WmsError as error:
            return _service_exception(error.code, error.message)
        return _service_exception("OperationNotSupported", f"Unknown REQUEST '{request[:40]}'.")

    return label, answer


def operation(emulator: ArcGISEmulator, req: Request, tail: tuple[str, ...]) -> tuple[str, Optional[Callable]]:
    """(endpoint label, the answer for an authorised ``Service``) of ``tile/…`` or ``WMTS…`` under a
    ``MapServer``; no answer for a path the service does not have."""
    if len(tail) == 4 and tail[0] == "tile":
        return "map-tile", lambda service: _tile(emulator, service, *tail[1:])
    if tail[0] != _WMTS:
        return "service", None
    rest = tail[1:]
    capabilities = ("wmts-capabilities", lambda service: _wmts_capabilities_reply(emulator, req, service))
    if rest == ("1.0.0", "WMTSCapabilities.xml"):
        return capabilities
    if len(rest) == 8 and rest[:2] == ("tile", "1.0.0"):  # <layer>/<style>/<set>/<level>/<row>/<column>
        return "wmts-tile", lambda service: _wmts_tile(emulator, service, rest[2:])
    if rest or _param(req, "REQUEST").lower() != "gettile":
        return capabilities if not rest else ("wmts-tile", None)
    keys = ("LAYER", "STYLE", "TILEMATRIXSET", "TILEMATRIX", "TILEROW", "TILECOL")
    return "wmts-tile", lambda service: _wmts_tile(emulator, service, tuple(_param(req, key) for key in keys))


# ---------------------------------------------------------------- WMS


def wms_capabilities(emulator: ArcGISEmulator, req: Request, service: Service) -> str:
    """A WMS 1.3.0 capabilities document in ArcGIS's shape: one layer, ``0``, queryable."""
    online = escape(_advertised(emulator, req, f"/services/{service.name}/MapServer/WmsServer", kvp=True))
    ext = emulator.dataset_for(service).extent
    mercator = ext.from_wgs84(WEB_MERCATOR)
    http = f'<DCPType><HTTP><Get><OnlineResource xlink:type="simple" xlink:href="{online}"/></Get></HTTP></DCPType>'

    def box(crs: str, corners: Envelope) -> str:
        return f'<BoundingBox CRS="{crs}" minx="{corners.xmin}" miny="{corners.ymin}" maxx="{corners.xmax}" ' \
               f'maxy="{corners.ymax}"/>'  # fmt: skip

    boxes = (
        "<CRS>CRS:84</CRS><CRS>EPSG:4326</CRS><CRS>EPSG:3857</CRS><CRS>EPSG:102100</CRS>"
        f"<EX_GeographicBoundingBox><westBoundLongitude>{ext.xmin}</westBoundLongitude>"
        f"<eastBoundLongitude>{ext.xmax}</eastBoundLongitude><southBoundLatitude>{ext.ymin}</southBoundLatitude>"
        f"<northBoundLatitude>{ext.ymax}</northBoundLatitude></EX_GeographicBoundingBox>"
        f"{box('CRS:84', ext)}{box('EPSG:4326', Envelope(ext.ymin, ext.xmin, ext.ymax, ext.xmax))}"
        f"{box('EPSG:3857', mercator)}"
    )
    title = escape(service.name.replace("/", "_"))
    info_formats = "".join(f"<Format>{kind}</Format>" for kind in _FEATURE_INFO_FORMATS)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:esri_wms="http://www.esri.com/wms">'
        f"<Service><Name>WMS</Name><Title>{title}</Title><Abstract>WMS</Abstract>"
        f'<OnlineResource xlink:type="simple" xlink:href="{online}"/>'
        f"<MaxWidth>{svc.MAX_IMAGE_SIZE}</MaxWidth><MaxHeight>{svc.MAX_IMAGE_SIZE}</MaxHeight></Service>"
        "<Capability><Request>"
        f"<GetCapabilities><Format>text/xml</Format>{http}</GetCapabilities>"
        f"<GetMap><Format>image/png</Format>{http}</GetMap>"
        f"<GetFeatureInfo>{info_formats}{http}</GetFeatureInfo>"
        "</Request><Exception><Format>text/xml</Format></Exception>"
        f"<Layer><Title>Layers</Title>{boxes}"
        f'<Layer queryable="1"><Name>{svc.LAYER_ID}</Name><Title>{escape(service.layer_name)}</Title>{boxes}'
        f"<Style><Name>{STYLE}</Name><Title>{svc.LAYER_ID}</Title></Style></Layer>"
        "</Layer></Capability></WMS_Capabilities>"
    )


def _wms_map(emulator: ArcGISEmulator, req: Request, service: Service) -> Reply:
    shown = str(svc.LAYER_ID) in [name.strip() for name in _param(req, "LAYERS").split(",")]
    transparent = _param(req, "TRANSPARENT").lower() == "true"
    png = _draw(emulator, service, _wms_view(req), shown=shown, transparent=transparent)
    return Reply(body=png, content_type=PNG_TYPE)


def _wms_feature_info(emulator: ArcGISEmulator, req: Request, service: Service) -> Reply:
    bbox, wkid, width, height = _wms_view(req)
    version_130 = _param(req, "VERSION", "1.3.0") == "1.3.0"
    try:
        column, row = (int(_param(req, key)) for key in (("I", "J") if version_130 else ("X", "Y")))
        count = int(_param(req, "FEATURE_COUNT", "1"))
    except ValueError:
        raise _WmsError("InvalidPoint", "I and J (X and Y) must be pixel numbers.") from None
    info_format = _param(req, "INFO_FORMAT", "text/plain")
    if info_format not in _FEATURE_INFO_FORMATS:
        raise _WmsError("InvalidFormat", f"Unsupported INFO_FORMAT '{info_format[:40]}'.")
    x = bbox.xmin + (column + 0.5) / width * (bbox.xmax - bbox.xmin)
    y = bbox.ymax - (row + 0.5) / height * (bbox.ymax - bbox.ymin)
    queried = str(svc.LAYER_ID) in [name.strip() for name in _param(req, "QUERY_LAYERS").split(",")]
    ds = emulator.dataset_for(service)
    with ds.lock:
        found = svc.identify(service, ds, {
            "geometry": f"{x},{y}", "geometryType": "esriGeometryPoint", "sr": str(wkid),
            "mapExtent": f"{bbox.xmin},{bbox.ymin},{bbox.xmax},{bbox.ymax}", "imageDisplay": f"{width},{height},96",
            "tolerance": str(FEATURE_INFO_TOLERANCE), "layers": f"all:{svc.LAYER_ID}", "returnGeometry": "false",
        })["results"] if queried else []  # fmt: skip
    results = found[: max(1, count)]
    aliases = [field["alias"] for field in FIELDS]
    if info_format == "text/plain":
        lines = [f"@{service.layer_name} " + " ".join(aliases)]
        lines += [" ".join(result["attributes"][alias] for alias in aliases) for result in results]
        return Reply(body="\n".join(lines).encode("utf-8"), content_type="text/plain; charset=utf-8")
    if info_format == "text/html":
        head = "".join(f"<th>{escape(alias)}</th>" for alias in aliases)
        rows = "".join("<tr>" + "".join(f"<td>{escape(result['attributes'][alias])}</td>" for alias in aliases)
                       + "</tr>" for result in results)  # fmt: skip
        page = f"<html><body><h5>{escape(service.layer_name)}</h5><table><tr>{head}</tr>{rows}</table></body></html>"
        return Reply(body=page.encode("utf-8"), content_type="text/html; charset=utf-8")
    features = "".join(
        "<FIELDS " + " ".join(f"{alias}={quoteattr(result['attributes'][alias])}" for alias in aliases) + "/>"
        for result in results
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><FeatureInfoResponse xmlns:esri_wms="http://www.esri.com/wms" '
        f'xmlns="http://www.esri.com/wms">{features}</FeatureInfoResponse>'
    )
    return _xml(document)


class _View(NamedTuple):
    """A map image: its bounding box (x, y order), the wkid of that box, its size in pixels."""

    bbox: Envelope
    wkid: int
    width: int
    height: int


def _wms_view(req: Request) -> _View:
    """The map a GetMap or GetFeatureInfo request shows."""
    version_130 = _param(req, "VERSION", "1.3.0") == "1.3.0"
    crs = _param(req, "CRS" if version_130 else "SRS").upper()
    wkid = _CRS_WKIDS.get(crs)
    if wkid is None:
        raise _WmsError("InvalidCRS", f"Unsupported CRS '{crs[:40]}'.")
    try:
        numbers = [float(part) for part in _param(req, "BBOX").split(",")]
        width, height = int(_param(req, "WIDTH")), int(_param(req, "HEIGHT"))
    except ValueError:
        raise _WmsError("MissingParameterValue", "BBOX, WIDTH and HEIGHT must be numbers.") from None
    if len(numbers) != 4 or not (0 < width <= svc.MAX_IMAGE_SIZE and 0 < height <= svc.MAX_IMAGE_SIZE):
        raise _WmsError("InvalidParameterValue", "BBOX needs four numbers, WIDTH and HEIGHT a size up to the maximum.")
    if version_130 and crs == "EPSG:4326":
        numbers = [numbers[1], numbers[0], numbers[3], numbers[2]]
    return _View(Envelope(*numbers), wkid, width, height)


class _WmsError(Exception):
    """A WMS request the server cannot answer: a ServiceExceptionReport, not an ArcGIS JSON error."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _service_exception(code: str, message: str) -> Reply:
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><ServiceExceptionReport version="1.3.0" '
        f'xmlns="http://www.opengis.net/ogc"><ServiceException code={quoteattr(code)}>{escape(message)}'
        "</ServiceException></ServiceExceptionReport>"
    )
    return _xml(document)


# ---------------------------------------------------------------- WMTS and tiles


def wmts_capabilities(emulator: ArcGISEmulator, req: Request, service: Service) -> str:
    """A WMTS 1.0.0 capabilities document in ArcGIS's shape: one layer, one tile matrix set."""
    base = f"/rest/services/{service.name}/MapServer/WMTS"
    layer = wmts_layer_id(service)
    placeholders = "{Style}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}"
    template = _advertised(emulator, req, f"{base}/tile/1.0.0/{layer}/{placeholders}.png")
    restful = _advertised(emulator, req, f"{base}/1.0.0/WMTSCapabilities.xml")
    kvp = _advertised(emulator, req, base, kvp=True)

    def get(href: str, encoding: str) -> str:
        return (f'<ows:Get xlink:href="{escape(href)}"><ows:Constraint name="GetEncoding"><ows:AllowedValues>'
                f"<ows:Value>{encoding}</ows:Value></ows:AllowedValues></ows:Constraint></ows:Get>")  # fmt: skip

    def operation_(name: str, restful_href: str) -> str:
        return (f'<ows:Operation name="{name}"><ows:DCP><ows:HTTP>{get(restful_href, "RESTful")}{get(kvp, "KVP")}'
                "</ows:HTTP></ows:DCP></ows:Operation>")  # fmt: skip

    extent = emulator.dataset_for(service).extent
    mercator = extent.from_wgs84(WEB_MERCATOR)
    matrices = "".join(
        f"<TileMatrix><ows:Identifier>{level}</ows:Identifier>"
        f"<ScaleDenominator>{tiling.ogc_scale_denominator(level)}</ScaleDenominator>"
        f"<TopLeftCorner>{-tiling.HALF_WORLD} {tiling.HALF_WORLD}</TopLeftCorner>"
        f"<TileWidth>{tiling.TILE_PIXELS}</TileWidth><TileHeight>{tiling.TILE_PIXELS}</TileHeight>"
        f"<MatrixWidth>{2**level}</MatrixWidth><MatrixHeight>{2**level}</MatrixHeight></TileMatrix>"
        for level in range(tiling.MAX_LEVEL + 1)
    )
    links = "".join(f"<TileMatrixSetLink><TileMatrixSet>{name}</TileMatrixSet></TileMatrixSetLink>"
                    for name in TILE_MATRIX_SETS)  # fmt: skip
    matrix_sets = "".join(
        f"<TileMatrixSet><ows:Title>{name}</ows:Title><ows:Identifier>{name}</ows:Identifier>"
        f"<ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS>{matrices}</TileMatrixSet>"
        for name in TILE_MATRIX_SETS
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" version="1.0.0">'
        f"<ows:ServiceIdentification><ows:Title>{escape(layer)}</ows:Title><ows:ServiceType>OGC WMTS</ows:ServiceType>"
        "<ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>"
        f"<ows:OperationsMetadata>{operation_('GetCapabilities', restful)}"
        f"{operation_('GetTile', _advertised(emulator, req, f'{base}/tile/1.0.0/'))}</ows:OperationsMetadata>"
        f"<Contents><Layer><ows:Title>{escape(layer)}</ows:Title><ows:Identifier>{escape(layer)}</ows:Identifier>"
        f'<ows:BoundingBox crs="urn:ogc:def:crs:EPSG::3857"><ows:LowerCorner>{mercator.xmin} {mercator.ymin}'
        f"</ows:LowerCorner><ows:UpperCorner>{mercator.xmax} {mercator.ymax}</ows:UpperCorner></ows:BoundingBox>"
        f"<ows:WGS84BoundingBox><ows:LowerCorner>{extent.xmin} {extent.ymin}</ows:LowerCorner>"
        f"<ows:UpperCorner>{extent.xmax} {extent.ymax}</ows:UpperCorner></ows:WGS84BoundingBox>"
        f'<Style isDefault="true"><ows:Title>Default Style</ows:Title><ows:Identifier>{STYLE}</ows:Identifier></Style>'
        f'<Format>image/png</Format>{links}<ResourceURL format="image/png" resourceType="tile" '
        f'template="{escape(template)}"/></Layer>{matrix_sets}</Contents></Capabilities>'
    )


def wmts_layer_id(service: Service) -> str:
    """ArcGIS names a service's WMTS layer after the service, its folder joined with ``_``."""
    return service.name.replace("/", "_")


def _wmts_tile(emulator: ArcGISEmulator, service: Service, key: tuple[str, ...]) -> Reply:
    """The tile ``key`` names: (layer, style, tile matrix set, level, row, column)."""
    layer, style, matrix_set, level, row, column = key
    if layer != wmts_layer_id(service) or style != STYLE or matrix_set not in TILE_MATRIX_SETS:
        return not_found()
    return _tile(emulator, service, level, row, column.removesuffix(".png"))


def _tile(emulator: ArcGISEmulator, service: Service, level: str, row: str, column: str) -> Reply:
    try:
        z, y, x = int(level), int(row), int(column)
    except ValueError:
        return not_found()
    if not (service.cached and tiling.exists(z, y, x)):
        return not_found()
    view = _View(tiling.tile_bounds(z, y, x), WEB_MERCATOR, tiling.TILE_PIXELS, tiling.TILE_PIXELS)
    return Reply(body=_draw(emulator, service, view, shown=True, transparent=True), content_type=PNG_TYPE)


def _wmts_capabilities_reply(emulator: ArcGISEmulator, req: Request, service: Service) -> Reply:
    if not service.cached:
        raise ApiError(400, "Invalid URL", ["WMTS needs a cached map service."])
    return _xml(wmts_capabilities(emulator, req, service))


# ---------------------------------------------------------------- shared


def _draw(emulator: ArcGISEmulator, service: Service, view: _View, *, shown: bool, transparent: bool) -> bytes:
    """The service's points in ``view``, drawn as ``export`` draws them."""
    bbox = view.bbox
    params = {
        "bbox": f"{bbox.xmin},{bbox.ymin},{bbox.xmax},{bbox.ymax}", "bboxSR": str(view.wkid),
        "imageSR": str(view.wkid), "size": f"{view.width},{view.height}",
        "layers": f"show:{svc.LAYER_ID}" if shown else "show:",
        "transparent": "true" if transparent else "false", "f": "image",
    }  # fmt: skip
    ds = emulator.dataset_for(service)
    with ds.lock:
        _description, image = svc.export(service, ds, params, lambda _png: "")
    return image


def _advertised(emulator: ArcGISEmulator, req: Request, path: str, *, kvp: bool = False) -> str:
    """The URL a capabilities document names for ``path`` (under the site root), see the module doc;
    ``kvp``: a base URL that clients append parameters to (it ends in ``?`` or ``&``)."""
    origin = emulator.settings.ogc_advertised_origin or (emulator.origin if req.secure else emulator.http_origin)
    url = f"{origin}{emulator.site_path}{quote(path, safe='/{}.')}"
    token = req.query.get("token")
    echoed = f"token={quote(token, safe='')}" if emulator.settings.ogc_echo_token and token else ""
    if kvp:
        return f"{url}?{echoed}&" if echoed else f"{url}?"
    return f"{url}?{echoed}" if echoed else url


def _param(req: Request, name: str, default: str = "") -> str:
    """An OGC parameter: names are case-insensitive (``REQUEST``, ``request``, ``Request``)."""
    wanted = name.lower()
    return next((value for key, value in req.params.items() if key.lower() == wanted), default)


def _xml(document: str) -> Reply:
    return Reply(body=document.encode("utf-8"), content_type=XML_TYPE)
