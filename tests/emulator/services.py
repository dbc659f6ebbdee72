"""Feature and map services over the generated data sets (points, or parcels: ``Service(geometry="polygon")``).

Each function answers one REST resource of one service; they raise ApiError for
bad parameters, exactly where a real server answers with an error body.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable, Optional

from . import png, tiling
from .data import CATEGORIES, POINT, POLYGON, PointDataset
from .geometry import (
    WEB_MERCATOR,
    WGS84,
    Envelope,
    GeometryError,
    from_wgs84,
    parse_geometry,
    parse_numbers,
    parse_sr,
    spatial_reference_json,
)
from .where import WhereError, compile_where
from .wire import ApiError

if TYPE_CHECKING:
    from .settings import Settings

FEATURE_SERVER = "FeatureServer"
MAP_SERVER = "MapServer"
VECTOR_TILE_SERVER = "VectorTileServer"  # tiles, style, sprites, glyphs: vectortiles.py
IMAGE_SERVER = "ImageServer"  # exportImage: imageservice.py
SERVICE_TYPES = (FEATURE_SERVER, MAP_SERVER, VECTOR_TILE_SERVER, IMAGE_SERVER)
LAYER_ID = 0  # every service has this layer; map export, identify, legend and WMS draw it alone
SECOND_LAYER_ID = 1  # a service made with `second_layer` has this one too
_LAYER_NAMES = {POINT: "Points", POLYGON: "Parcels"}  # a layer's name unless the service names it
MAX_IMAGE_SIZE = 4096
_METRES_PER_DEGREE = 111_319.49
_INCHES_PER_METRE = 39.37


@dataclass
class Service:
    """A published service: ``name`` is ``"Folder/Name"`` or ``"Name"``.

    ``features=None`` uses the server's feature count. Public services are
    visible and usable without a token. An editable feature service takes
    edits (see :mod:`.editing`) on a data set of its own. A map service may have a tile
    cache (``cached``: tiles and WMTS) and the WMS capability (``wms``); see :mod:`.ogc`.
    ``geometry`` chooses the generated data: ``"point"`` (:mod:`.data`) or ``"polygon"``
    (parcels with 20 fields, :mod:`.parcels`; layer "Parcels" unless named; not editable).
    ``second_layer`` (a geometry) adds layer 1 beside layer 0: its own generated data of the
    same size, named "Points" or "Parcels", query only (see :meth:`layer`).
    """

    name: str
    types: tuple[str, ...] = (FEATURE_SERVER, MAP_SERVER)
    public: bool = False
    features: Optional[int] = None
    max_record_count: int = 2000
    # Fewer than that per answer (a transfer limit on its size, as ArcGIS has for large geometries), with
    # exceededTransferLimit: the rest must be asked for again. None: maxRecordCount.
    transfer_limit: Optional[int] = None
    layer_name: str = "Points"
    editable: bool = False
    cached: bool = False
    wms: bool = False
    geometry: str = POINT
    second_layer: Optional[str] = None

    def __post_init__(self) -> None:
        unknown = set(self.types) - set(SERVICE_TYPES)
        if unknown:
            raise ValueError(f"unknown service types {sorted(unknown)}")
        if self.geometry not in (POINT, POLYGON):
            raise ValueError(f"unknown geometry {self.geometry!r}; one of {POINT!r}, {POLYGON!r}")
        if self.geometry != POINT and (self.editable or self.wms or set(self.types) - {FEATURE_SERVER, MAP_SERVER}):
            raise ValueError("a polygon service is a FeatureServer and/or MapServer, without edits or WMS")
        if self.geometry == POLYGON and self.layer_name == "Points":
            self.layer_name = "Parcels"
        if self.second_layer is not None and self.second_layer not in _LAYER_NAMES:
            raise ValueError(f"unknown second_layer {self.second_layer!r}; one of {POINT!r}, {POLYGON!r}")
        if self.second_layer is not None and set(self.types) - {FEATURE_SERVER, MAP_SERVER}:
            raise ValueError("only a FeatureServer and/or MapServer may have a second layer")

    @property
    def folder(self) -> str:
        return self.name.rpartition("/")[0]

    @property
    def layer_ids(self) -> tuple[int, ...]:
        return (LAYER_ID,) if self.second_layer is None else (LAYER_ID, SECOND_LAYER_ID)

    def layer(self, layer_id: int) -> Service:
        """Layer `layer_id` seen as a one-layer service (its name, geometry and data set): what its
        JSON and queries are answered from. Layer 1 takes no edits."""
        if layer_id not in self.layer_ids:
            raise ValueError(f"{self.name} has no layer {layer_id}")
        if layer_id == LAYER_ID:
            return self
        return replace(self, geometry=self.second_layer, layer_name=_LAYER_NAMES[self.second_layer],
                       editable=False, wms=False, second_layer=None)  # fmt: skip


def parcels_service(
    features: Optional[int] = None, name: str = "Demo/Parcels", *, public: bool = False, **options: Any
) -> Service:
    """A service of polygons with 20 fields (:mod:`.parcels`): FeatureServer + MapServer, layer "Parcels".

    ``features=None``: the server's ``features`` count. Not in DEFAULT_SERVICES; add it:
    ``ArcGISEmulator.start(STANDALONE, services=[*DEFAULT_SERVICES, parcels_service(10_000)])``.
    """
    options.setdefault("types", (FEATURE_SERVER, MAP_SERVER))
    return Service(name, public=public, features=features, geometry=POLYGON, **options)


def _bad_request(detail: str) -> ApiError:
    return ApiError(400, "Unable to complete operation.", [detail])


def _int_param(params: Mapping[str, str], name: str, default: int) -> int:
    text = params.get(name, "").strip()
    if not text:
        return default
    try:
        return int(text)
    except ValueError as exc:
        raise _bad_request(f"Invalid value for '{name}': {text[:40]}") from exc


def _sr_param(params: Mapping[str, str], name: str, default: int = WGS84) -> int:
    try:
        return parse_sr(params.get(name), default)
    except GeometryError as exc:
        raise _bad_request(str(exc)) from exc


# ---------------------------------------------------------------- descriptions


def _renderer(ds: PointDataset) -> dict[str, Any]:
    def symbol(category: str) -> dict[str, Any]:
        if ds.geometry_type == "esriGeometryPolygon":
            return {
                "type": "esriSFS",
                "style": "esriSFSSolid",
                "color": list(png.CATEGORY_COLOURS[category]),
                "outline": {"type": "esriSLS", "style": "esriSLSSolid", "color": [0, 0, 0, 255], "width": 0.4},
            }
        return {
            "type": "esriSMS",
            "style": "esriSMSSquare",
            "color": list(png.CATEGORY_COLOURS[category]),
            "size": 4,
            "angle": 0,
            "xoffset": 0,
            "yoffset": 0,
            "outline": {"color": [0, 0, 0, 0], "width": 0},
        }

    return {
        "renderer": {
            "type": "uniqueValue",
            "field1": "category",
            "field2": None,
            "field3": None,
            "fieldDelimiter": ",",
            "defaultSymbol": None,
            "defaultLabel": None,
            "uniqueValueInfos": [{"value": c, "label": c, "description": "", "symbol": symbol(c)} for c in CATEGORIES],
        },
        "transparency": 0,
        "labelingInfo": None,
    }


def map_sr(service: Service) -> int:
    """The spatial reference a service draws in and describes itself in: its cache's (Web Mercator), or the
    data's (WGS 84)."""
    return WEB_MERCATOR if service.cached else WGS84


def _extent(service: Service, ds: PointDataset) -> dict[str, Any]:
    return ds.extent.from_wgs84(map_sr(service)).json(map_sr(service))


def _service_extent(service: Service, datasets: Sequence[PointDataset]) -> dict[str, Any]:
    """The extent of every layer's data."""
    extents = [ds.extent for ds in datasets]
    union = Envelope(
        min(e.xmin for e in extents), min(e.ymin for e in extents),
        max(e.xmax for e in extents), max(e.ymax for e in extents),
    )  # fmt: skip
    return union.from_wgs84(map_sr(service)).json(map_sr(service))


def _capabilities(service: Service, service_type: str) -> str:
    if service_type == MAP_SERVER:
        return "Map,Query,Data"
    # What ArcGIS reports for a layer that takes adds, updates and deletes.
    return "Create,Delete,Query,Update,Editing" if service.editable else "Query"


def _fields(service: Service, ds: PointDataset, service_type: str) -> list[dict[str, Any]]:
    editable = service.editable and service_type == FEATURE_SERVER
    return [{**field, "editable": editable and field["name"] != ds.object_id_field} for field in ds.fields]


def query_formats(settings: Optional[Settings]) -> str:
    """A layer's ``supportedQueryFormats``: ArcGIS 10.7+ offers PBF (unless ``settings.pbf`` is off)."""
    return "JSON, geoJSON, PBF" if settings is not None and settings.pbf else "JSON"


def layer_json(
    service: Service,
    ds: PointDataset,
    service_type: str,
    version: float,
    settings: Optional[Settings] = None,
    *,
    layer_id: int = LAYER_ID,
) -> dict[str, Any]:
    """Layer `layer_id`'s JSON; `service` is that layer (:meth:`Service.layer`), `ds` its data."""
    return {
        "currentVersion": version,
        "id": layer_id,
        "name": service.layer_name,
        "type": "Feature Layer",
        "description": "",
        "geometryType": ds.geometry_type,
        "sourceSpatialReference": spatial_reference_json(WGS84),
        "copyrightText": "ArcGIS emulator",
        "parentLayer": None,
        "subLayers": [],
        "minScale": 0,
        "maxScale": 0,
        "drawingInfo": _renderer(ds),
        "defaultVisibility": True,
        "extent": _extent(service, ds),
        "hasAttachments": False,
        "htmlPopupType": "esriServerHTMLPopupTypeNone",
        "displayField": ds.display_field,
        "typeIdField": None,
        "fields": _fields(service, ds, service_type),
        "relationships": [],
        "canModifyLayer": False,
        "canScaleSymbols": False,
        "hasLabels": False,
        "capabilities": _capabilities(service, service_type),
        "allowGeometryUpdates": service.editable,
        "supportsRollbackOnFailureParameter": True,
        "maxRecordCount": service.max_record_count,
        "supportsStatistics": True,
        "supportsAdvancedQueries": True,
        "supportedQueryFormats": query_formats(settings),
        "isDataVersioned": False,
        "useStandardizedQueries": True,
        "advancedQueryCapabilities": {
            "useStandardizedQueries": True,
            "supportsStatistics": True,
            "supportsOrderBy": True,
            "supportsDistinct": False,
            "supportsPagination": True,
            "supportsTrueCurve": False,
            "supportsReturningQueryExtent": False,
            "supportsQueryWithDistance": False,
        },
        "objectIdField": ds.object_id_field,
        "globalIdField": ds.global_id_field,
        "types": [],
        "templates": [],
        "hasZ": False,
        "hasM": False,
    }


def _layer_summary(service: Service, ds: PointDataset, layer_id: int) -> dict[str, Any]:
    return {
        "id": layer_id,
        "name": service.layer_name,
        "parentLayerId": -1,
        "defaultVisibility": True,
        "subLayerIds": None,
        "minScale": 0,
        "maxScale": 0,
        "type": "Feature Layer",
        "geometryType": ds.geometry_type,
    }


def service_json(
    service: Service,
    datasets: Sequence[PointDataset],
    service_type: str,
    version: float,
    settings: Optional[Settings] = None,
) -> dict[str, Any]:
    """The service's JSON; `datasets` holds each layer's data, by layer id."""
    extent = _service_extent(service, datasets)
    common = {
        "currentVersion": version,
        "serviceDescription": f"{service.name} (ArcGIS emulator)",
        "description": "",
        "copyrightText": "ArcGIS emulator",
        "spatialReference": spatial_reference_json(map_sr(service)),
        "initialExtent": extent,
        "fullExtent": extent,
        "units": "esriDecimalDegrees",
        "maxRecordCount": service.max_record_count,
        "supportedQueryFormats": query_formats(settings),
        "layers": [
            _layer_summary(service.layer(layer_id), ds, layer_id) for layer_id, ds in zip(service.layer_ids, datasets)
        ],
        "tables": [],
    }
    if service_type == FEATURE_SERVER:
        return {
            **common,
            "hasVersionedData": False,
            "supportsDisconnectedEditing": False,
            "capabilities": _capabilities(service, service_type),
            "allowGeometryUpdates": service.editable,
        }
    return {
        **common,
        "mapName": "Layers",
        "capabilities": "Map,Query,Data",
        "singleFusedMapCache": service.cached,
        **({"tileInfo": tiling.tile_info()} if service.cached else {}),
        "supportedExtensions": "WMSServer" if service.wms else "",
        "supportsDynamicLayers": False,
        "supportedImageFormatTypes": "PNG32,PNG24,PNG",
        "maxImageHeight": MAX_IMAGE_SIZE,
        "maxImageWidth": MAX_IMAGE_SIZE,
        "exportTilesAllowed": False,
        "documentInfo": {"Title": service.name, "Author": "", "Subject": "", "Keywords": ""},
    }


def layers_json(
    service: Service,
    datasets: Sequence[PointDataset],
    service_type: str,
    version: float,
    settings: Optional[Settings] = None,
) -> dict[str, Any]:
    """Every layer's JSON; `datasets` holds each layer's data, by layer id."""
    layers = [
        layer_json(service.layer(layer_id), ds, service_type, version, settings, layer_id=layer_id)
        for layer_id, ds in zip(service.layer_ids, datasets)
    ]
    return {"layers": layers, "tables": []}


# ---------------------------------------------------------------- query


def _out_fields(ds: PointDataset, text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names or "*" in names:
        return ds.field_names
    by_lower = {name.lower(): name for name in ds.field_names}
    unknown = [name for name in names if name.lower() not in by_lower]
    if unknown:
        raise _bad_request(f"Invalid field(s) in outFields: {', '.join(unknown)}")
    return [by_lower[name.lower()] for name in names]


def _order(rows: list[int], ds: PointDataset, order_by: str) -> list[int]:
    by_lower = {name.lower(): name for name in ds.field_names}
    # Stable sorts applied from the last key to the first give a multi-key order.
    for clause in reversed([c.strip() for c in order_by.split(",") if c.strip()]):
        name, _, direction = clause.partition(" ")
        if name.lower() not in by_lower or direction.strip().upper() not in ("", "ASC", "DESC"):
            raise _bad_request(f"Invalid orderByFields: {order_by[:80]}")
        column = ds.columns[by_lower[name.lower()]]
        rows.sort(key=_null_first(column), reverse=direction.strip().upper() == "DESC")
    return rows


def _null_first(column: Any) -> Callable[[int], Any]:
    """A sort key over a column's rows; NULLs (edited features, parcels) come first."""
    if None not in column:
        return column.__getitem__
    return lambda row: (column[row] is not None, 0 if column[row] is None else column[row])


def select_rows(ds: PointDataset, params: Mapping[str, str]) -> list[int]:
    """Rows matching objectIds, geometry and where, in OBJECTID order."""
    rows: Optional[list[int]] = None
    object_ids = params.get("objectIds", "").strip()
    if object_ids:
        try:
            wanted = {int(part) for part in object_ids.split(",") if part.strip()}
        except ValueError as exc:
            raise _bad_request(f"Invalid objectIds: {object_ids[:80]}") from exc
        rows = sorted(oid - 1 for oid in wanted if ds.has_row(oid - 1))
    geometry = params.get("geometry", "").strip()
    if geometry:
        geometry_type = params.get("geometryType", "") or "esriGeometryEnvelope"
        if geometry_type not in ("esriGeometryEnvelope", "esriGeometryPoint"):
            raise _bad_request(f"Unsupported geometryType: {geometry_type[:40]}")
        try:
            envelope, own_sr = parse_geometry(geometry, geometry_type)
        except GeometryError as exc:
            raise _bad_request(str(exc)) from exc
        in_sr = own_sr if own_sr is not None else _sr_param(params, "inSR")
        in_envelope = set(ds.rows_in(envelope.to_wgs84(in_sr)))
        rows = sorted(in_envelope) if rows is None else [row for row in rows if row in in_envelope]
    if rows is None:
        rows = ds.rows()
    try:
        predicate = compile_where(params.get("where", ""), ds.columns, ds.field_types)
    except WhereError as exc:
        details = ["Unable to perform query. Please check your parameters.", str(exc)]
        raise ApiError(400, "Unable to complete operation.", details) from exc
    if predicate is not None:
        rows = [row for row in rows if predicate(row)]
    return rows


@dataclass
class QuerySelection:
    """What a query asks for, whatever the answer's format (``f=json`` here, ``f=pbf`` in :mod:`.pbf`).

    ``kind`` is "count" (``returnCountOnly``: ``rows`` are every match), "ids" (``returnIdsOnly``:
    every match) or "features": ``rows`` is then the page (``orderByFields``, ``resultOffset``,
    ``resultRecordCount``, ``maxRecordCount``), with ``fields`` (outFields, in the order asked),
    ``out_sr``, ``geometry`` (False: ``returnGeometry=false``) and ``exceeded`` (more matches
    after the page).
    """

    kind: str
    rows: list[int]
    fields: list[str] = field(default_factory=list)
    out_sr: int = WGS84
    geometry: bool = False
    exceeded: bool = False


def select_query(service: Service, ds: PointDataset, params: Mapping[str, str]) -> QuerySelection:
    """The rows and shape of a query's answer: the one place both answer formats take them from."""
    rows = select_rows(ds, params)
    if params.get("returnCountOnly", "").lower() == "true":
        return QuerySelection("count", rows)
    if params.get("returnIdsOnly", "").lower() == "true":
        # Not limited by maxRecordCount, like the real thing.
        return QuerySelection("ids", rows)
    order_by = params.get("orderByFields", "").strip()
    if order_by:
        rows = _order(rows, ds, order_by)
    offset = max(0, _int_param(params, "resultOffset", 0))
    requested = _int_param(params, "resultRecordCount", service.max_record_count)
    limit = max(0, min(requested, service.max_record_count, service.transfer_limit or service.max_record_count))
    return QuerySelection(
        "features",
        rows[offset : offset + limit],
        _out_fields(ds, params.get("outFields", "")),
        _sr_param(params, "outSR"),
        geometry=params.get("returnGeometry", "true").lower() != "false",
        exceeded=len(rows) > offset + limit,
    )


def query(service: Service, ds: PointDataset, params: Mapping[str, str]) -> dict[str, Any]:
    selection = select_query(service, ds, params)
    if selection.kind == "count":
        return {"count": len(selection.rows)}
    if selection.kind == "ids":
        return {"objectIdFieldName": ds.object_id_field, "objectIds": [row + 1 for row in selection.rows]}
    fields, out_sr = selection.fields, selection.out_sr
    features = []
    for row in selection.rows:
        feature: dict[str, Any] = {"attributes": ds.attributes(row, fields)}
        if selection.geometry:
            feature["geometry"] = ds.geometry(row, out_sr)
        features.append(feature)
    result: dict[str, Any] = {
        "objectIdFieldName": ds.object_id_field,
        "globalIdFieldName": ds.global_id_field,
        "geometryType": ds.geometry_type,
        "spatialReference": spatial_reference_json(out_sr),
        "fields": [f for f in ds.fields if f["name"] in fields],
        "features": features,
    }
    if selection.exceeded:
        result["exceededTransferLimit"] = True
    return result


# ---------------------------------------------------------------- map service


def _layer_visible(layers: str) -> bool:
    """The `layers` parameter of export: show:/hide:/include:/exclude: a list of ids."""
    option, _, ids = layers.partition(":")
    listed = str(LAYER_ID) in [part.strip() for part in ids.split(",")]
    if option in ("show", "include"):
        return listed
    if option in ("hide", "exclude"):
        return not listed
    return True


def export(
    service: Service,
    ds: PointDataset,
    params: Mapping[str, str],
    publish: Callable[[bytes], str],
) -> tuple[Optional[dict[str, Any]], bytes]:
    """Render the bbox. Returns (None for f=image, else the JSON describing the published image; PNG bytes)."""
    try:
        bbox_text = params.get("bbox", "")
        if not bbox_text.strip():
            raise _bad_request("'bbox' must be specified.")
        bbox, own_sr = parse_geometry(bbox_text, "esriGeometryEnvelope")
        width, height = (int(n) for n in parse_numbers(params.get("size", "") or "400,400", 2, "size"))
    except GeometryError as exc:
        raise _bad_request(str(exc)) from exc
    if not (0 < width <= MAX_IMAGE_SIZE and 0 < height <= MAX_IMAGE_SIZE):
        raise _bad_request(f"Invalid image size {width}x{height}; the maximum is {MAX_IMAGE_SIZE}.")
    bbox_sr = own_sr if own_sr is not None else _sr_param(params, "bboxSR", map_sr(service))
    image_sr = _sr_param(params, "imageSR", bbox_sr)
    wgs84_box = bbox.to_wgs84(bbox_sr)
    image_box = wgs84_box.from_wgs84(image_sr)
    span_x = (image_box.xmax - image_box.xmin) or 1e-12
    span_y = (image_box.ymax - image_box.ymin) or 1e-12
    markers = []
    if _layer_visible(params.get("layers", "")):
        # Points just outside the box still paint the edge pixels of their marker.
        margin = 4 / width * (wgs84_box.xmax - wgs84_box.xmin), 4 / height * (wgs84_box.ymax - wgs84_box.ymin)
        categories = ds.columns["category"]
        for row in ds.rows_in(wgs84_box.expanded(*margin)):
            x, y = from_wgs84(ds.xs[row], ds.ys[row], image_sr)
            px = int((x - image_box.xmin) / span_x * width)
            py = int((image_box.ymax - y) / span_y * height)
            markers.append((px, py, categories[row]))
    opaque = params.get("transparent", "").lower() == "false"
    image = png.draw_markers(width, height, markers, background=(255, 255, 255, 255) if opaque else None)
    if params.get("f", "image") == "image":
        return None, image
    metres_per_unit = _METRES_PER_DEGREE if image_sr == WGS84 else 1.0
    dpi = _int_param(params, "dpi", 96)
    scale = span_x * metres_per_unit / width * dpi * _INCHES_PER_METRE
    return {
        "href": publish(image),
        "width": width,
        "height": height,
        "extent": image_box.json(image_sr),
        "scale": scale,
    }, image


def _display_value(field_type: str, value: Any) -> str:
    """Identify answers every attribute as text, dates in the server's display format."""
    if value is None:
        return "Null"
    if field_type == "esriFieldTypeDate":
        moment = datetime.fromtimestamp(value / 1000, tz=timezone.utc)
        return f"{moment.month}/{moment.day}/{moment.year} {moment.strftime('%I:%M:%S %p').lstrip('0')}"
    return str(value)


def identify(service: Service, ds: PointDataset, params: Mapping[str, str]) -> dict[str, Any]:
    try:
        geometry_type = params.get("geometryType", "") or "esriGeometryPoint"
        shape, own_sr = parse_geometry(params.get("geometry", ""), geometry_type)
        map_extent = Envelope(*parse_numbers(params.get("mapExtent", ""), 4, "mapExtent"))
        display = parse_numbers(params.get("imageDisplay", ""), 3, "imageDisplay")
    except GeometryError as exc:
        raise _bad_request(str(exc)) from exc
    sr = own_sr if own_sr is not None else _sr_param(params, "sr")
    tolerance = max(0, _int_param(params, "tolerance", 0))
    units_per_pixel_x = (map_extent.xmax - map_extent.xmin) / max(display[0], 1)
    units_per_pixel_y = (map_extent.ymax - map_extent.ymin) / max(display[1], 1)
    search = shape.expanded(tolerance * units_per_pixel_x, tolerance * units_per_pixel_y).to_wgs84(sr)
    layers = params.get("layers", "") or "top"
    option, _, ids = layers.partition(":")
    if ids and str(LAYER_ID) not in [part.strip() for part in ids.split(",")]:
        return {"results": []}
    rows = ds.rows_in(search)
    if option == "top":
        rows = rows[:1]
    return_geometry = params.get("returnGeometry", "true").lower() != "false"
    results = []
    for row in rows[: service.max_record_count]:
        attributes = ds.attributes(row, ds.field_names)
        result: dict[str, Any] = {
            "layerId": LAYER_ID,
            "layerName": service.layer_name,
            "displayFieldName": ds.display_field,
            "value": _display_value("", attributes[ds.display_field]),
            "attributes": {f["alias"]: _display_value(f["type"], attributes[f["name"]]) for f in ds.fields},
            "geometryType": ds.geometry_type,
        }
        if return_geometry:
            result["geometry"] = {**ds.geometry(row, sr), "spatialReference": spatial_reference_json(sr)}
        results.append(result)
    return {"results": results}


def legend(service: Service) -> dict[str, Any]:
    entries = []
    for category in CATEGORIES:
        image = png.swatch(category)
        entries.append(
            {
                "label": category,
                "url": hashlib.md5(image).hexdigest(),  # noqa: S324 - an image id, not security
                "imageData": base64.b64encode(image).decode("ascii"),
                "contentType": "image/png",
                "height": 20,
                "width": 20,
                "values": [category],
            }
        )
    return {
        "layers": [
            {
                "layerId": LAYER_ID,
                "layerName": service.layer_name,
                "layerType": "Feature Layer",
                "minScale": 0,
                "maxScale": 0,
                "legend": entries,
            }
        ]
    }
