"""A layer query's answer in protocol buffers (``f=pbf``): Esri's FeatureCollection message.

Written with the plugin's own description of the message
(``plugin/core/pbf/featurecollection.desc``), so the emulator and the plugin agree on
field numbers by construction. The encoding follows what ArcGIS Online answers —
checked against its recorded answers in Esri's arcgis-rest-js tests
(``packages/arcgis-rest-feature-service/test/mocks/pbf``), decoded field by field:

* Coordinates are quantised to integers: ``x = xTranslate + qx * xScale`` and, from the
  ``upperLeft`` origin (the only one seen), ``y = yTranslate - qy * yScale``. Without
  ``quantizationParameters`` the transform is the spatial reference's own grid: its false
  origin and XY resolution — WGS 84: translate (-400, -400), scale 1e-9 degrees; Web
  Mercator: translate (-20037700, -30241100), scale 1e-4 m. The integers are then far
  beyond 32 bits (-73° is 327e9 steps from -400°): ArcGIS writes them as 64-bit zigzag
  varints although Esri's .proto says ``sint32`` (the same bytes for values that fit in 32
  bits), which is why the plugin's .proto says ``sint64``. Decoded coordinates are within
  half a step of the JSON answer's: 5e-10 degrees, 5e-5 m.
* Delta encoding restarts with each part: a ring's (path's) first vertex is absolute, the
  others differences to the vertex before; ``lengths`` holds each part's vertex count (none
  for a point). Rings are closed, outer rings clockwise.
* Attribute values by field type: OID ``uint_value``, SmallInteger and Integer
  ``sint_value``, Single ``float_value``, Double ``double_value``, Date ``sint64_value``
  (epoch ms), String, GUID and GlobalID ``string_value``; a NULL is a Value with nothing set.
* ``version`` is left empty, as in every recorded answer; ``uniqueIdField`` names the OID
  field (system maintained); no ``transform`` when no geometry is returned.

``quantizationParameters`` (JSON: ``extent``, ``tolerance``, ``originPosition``
``upperLeft``/``lowerLeft``) set the transform instead: translate at the extent's
upper-left (lower-left) corner, scale = ``tolerance``. Its ``mode`` is read but nothing
is generalised.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import math
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from .geometry import WEB_MERCATOR, WGS84
from .wire import ApiError

if TYPE_CHECKING:
    from .data import PointDataset
    from .services import QuerySelection

CONTENT_TYPE = "application/x-protobuf"
# ArcGIS's answer to an `f` it does not serve (f=pbf on a layer without PBF).
FORMAT_INVALID = (400, "Invalid or missing input parameters.", ["'f' parameter is invalid"])
PLUGIN_CORE_DIR = Path(__file__).resolve().parents[2] / "plugin" / "core"  # pure Python: no qgis import
PLUGIN_CORE_ALIAS = "_arcgis_emulator_plugin_core"
# Without quantizationParameters: (scale, xTranslate, yTranslate) — the spatial reference's XY resolution
# and false origin, as ArcGIS answers.
DEFAULT_TRANSFORMS = {WGS84: (1e-9, -400.0, -400.0), WEB_MERCATOR: (1e-4, -20037700.0, -30241100.0)}
_VALUE_KINDS = {
    "esriFieldTypeOID": "uint_value",
    "esriFieldTypeSmallInteger": "sint_value",
    "esriFieldTypeInteger": "sint_value",
    "esriFieldTypeSingle": "float_value",
    "esriFieldTypeDouble": "double_value",
    "esriFieldTypeDate": "sint64_value",
}  # every other type: string_value
_GEOMETRY_TYPES = {
    "esriGeometryPoint": "esriGeometryTypePoint",
    "esriGeometryMultipoint": "esriGeometryTypeMultipoint",
    "esriGeometryPolyline": "esriGeometryTypePolyline",
    "esriGeometryPolygon": "esriGeometryTypePolygon",
}


def plugin_pbf() -> ModuleType:
    """The plugin's ``core.pbf`` module: as the tests import it (``arcgis_token_auth``), or from its files
    (``python -m tests.emulator`` in the checkout, where the plugin is not installed): the pure core
    package loaded under a name of its own, so that ``pbf``'s imports of its siblings work."""
    try:
        from arcgis_token_auth.plugin.core import pbf  # only once f=pbf is asked for
    except ImportError:
        core = PLUGIN_CORE_DIR / "__init__.py"
        spec = importlib.util.spec_from_file_location(PLUGIN_CORE_ALIAS, core, submodule_search_locations=[])
        if spec is None or spec.loader is None:
            raise
        package = importlib.util.module_from_spec(spec)
        package.__path__ = [str(PLUGIN_CORE_DIR)]
        sys.modules[PLUGIN_CORE_ALIAS] = package
        spec.loader.exec_module(package)
        pbf = importlib.import_module(f"{PLUGIN_CORE_ALIAS}.pbf")
    return pbf


def message_class() -> type:
    """FeatureCollectionPBuffer from the plugin's own descriptor: the emulator writes what the plugin reads."""
    return plugin_pbf().message_class()


def _enum(cls: type, enum: str, name: str) -> int:
    return cls.DESCRIPTOR.enum_types_by_name[enum].values_by_name[name].number


def _bad_request(detail: str) -> ApiError:
    return ApiError(400, "Unable to complete operation.", [detail])


def transform_for(ds: PointDataset, out_sr: int, params: Mapping[str, str]) -> tuple[bool, float, float, float]:
    """(upper_left, scale, xTranslate, yTranslate) of an answer in ``out_sr``."""
    text = params.get("quantizationParameters", "").strip()
    scale, x_translate, y_translate = DEFAULT_TRANSFORMS[out_sr]
    if not text:
        return True, scale, x_translate, y_translate
    try:
        quantization = json.loads(text)
        origin = str(quantization.get("originPosition") or "upperLeft")
        tolerance = float(quantization.get("tolerance") or scale)
        extent = quantization.get("extent") or ds.extent.from_wgs84(out_sr).json(out_sr)
        xmin, ymin, ymax = (float(extent[key]) for key in ("xmin", "ymin", "ymax"))
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise _bad_request(f"Invalid quantizationParameters: {text[:80]}") from exc
    if origin not in ("upperLeft", "lowerLeft") or not (math.isfinite(tolerance) and tolerance > 0):
        raise _bad_request(f"Invalid quantizationParameters: {text[:80]}")
    upper_left = origin == "upperLeft"
    return upper_left, tolerance, xmin, ymax if upper_left else ymin


def encode_query(ds: PointDataset, selection: QuerySelection, params: Mapping[str, str]) -> bytes:
    """The ``f=pbf`` answer to a query: the same rows, fields and values as :func:`.services.query`'s JSON."""
    cls = message_class()
    message = cls()
    result = message.queryResult
    if selection.kind == "count":
        result.countResult.count = len(selection.rows)
        return message.SerializeToString()
    if selection.kind == "ids":
        result.idsResult.objectIdFieldName = ds.object_id_field
        result.idsResult.objectIds.extend(row + 1 for row in selection.rows)
        return message.SerializeToString()
    features = result.featureResult
    features.objectIdFieldName = ds.object_id_field
    features.uniqueIdField.name = ds.object_id_field
    features.uniqueIdField.isSystemMaintained = True
    features.globalIdFieldName = ds.global_id_field
    features.geometryType = _enum(cls, "GeometryType", _GEOMETRY_TYPES[ds.geometry_type])
    features.spatialReference.wkid = 102100 if selection.out_sr == WEB_MERCATOR else selection.out_sr
    features.spatialReference.lastestWkid = selection.out_sr
    features.exceededTransferLimit = selection.exceeded
    features.hasZ = features.hasM = False
    by_name = {field["name"]: field for field in ds.fields}
    chosen = [by_name[name] for name in selection.fields]
    sql_other = _enum(cls, "SQLType", "sqlTypeOther")
    for field in chosen:
        features.fields.add(
            name=field["name"],
            fieldType=_enum(cls, "FieldType", field["type"]),
            alias=field.get("alias") or field["name"],
            sqlType=sql_other,
        )
    if selection.geometry:
        upper_left, scale, x_translate, y_translate = transform_for(ds, selection.out_sr, params)
        transform = features.transform
        transform.quantizeOriginPostion = _enum(
            cls, "QuantizeOriginPostion", "upperLeft" if upper_left else "lowerLeft"
        )
        transform.scale.xScale = transform.scale.yScale = scale
        transform.translate.xTranslate, transform.translate.yTranslate = x_translate, y_translate
        y_sign = -1.0 if upper_left else 1.0
    kinds = [(field["name"], _VALUE_KINDS.get(field["type"], "string_value")) for field in chosen]
    columns = ds.columns
    points = ds.geometry_type == "esriGeometryPoint"
    for row in selection.rows:
        feature = features.features.add()
        for name, kind in kinds:
            value = columns[name][row]
            item = feature.attributes.add()
            if value is not None:
                setattr(item, kind, value)
        if selection.geometry:
            coords, lengths = [], []
            for part in ds.parts(row, selection.out_sr):
                last_x = last_y = 0
                for x, y in part:
                    qx = round((x - x_translate) / scale)
                    qy = round((y - y_translate) * y_sign / scale)
                    coords += (qx - last_x, qy - last_y)
                    last_x, last_y = qx, qy
                lengths.append(len(part))
            geometry = feature.geometry
            geometry.coords.extend(coords)
            if not points:
                geometry.lengths.extend(lengths)
    return message.SerializeToString()
