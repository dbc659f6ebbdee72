"""ArcGIS's query answers in protocol buffers (``f=pbf``), read into what ``f=json`` answers.

ArcGIS Server 10.7+ and ArcGIS Online say ``PBF`` in a layer's
``supportedQueryFormats``; their answer is Esri's FeatureCollection message
(``featurecollection.proto``): a third of the JSON's size and quick to parse,
with coordinates quantised to integers and, within each part, delta-encoded.
:func:`read_page` reads it into the rows a download turns into features
(:mod:`..feature_rows`, the shape a JSON answer is read into too), with no
Esri JSON built on the way; :func:`read_query` into the dict the JSON answer
would have been (``features`` with ``attributes`` and Esri JSON ``geometry``,
``exceededTransferLimit``, ``objectIdFieldName``, ``fields``). Coordinates
differ from the JSON's only by the server's quantisation (half a ``scale``
step at the most).

The ``protobuf`` package is optional, like ``keyring``: without it
:func:`unavailable_reason` says why, and downloads use JSON. The message
classes are built at run time from ``featurecollection.desc`` (the .proto
compiled by ``protoc``), which every protobuf release since 3.x reads.
"""

from __future__ import annotations

import functools
from itertools import accumulate
from pathlib import Path
from typing import Any, Optional

from ..feature_rows import Axes, Axis, FeatureRows, Shape, vertices

DESCRIPTOR_FILE = Path(__file__).with_name("featurecollection.desc")
MESSAGE = "esriPBuffer.FeatureCollectionPBuffer"

# FeatureCollectionPBuffer.FieldType → the JSON answer's field type names.
FIELD_TYPES = (
    "esriFieldTypeSmallInteger", "esriFieldTypeInteger", "esriFieldTypeSingle", "esriFieldTypeDouble",
    "esriFieldTypeString", "esriFieldTypeDate", "esriFieldTypeOID", "esriFieldTypeGeometry",
    "esriFieldTypeBlob", "esriFieldTypeRaster", "esriFieldTypeGUID", "esriFieldTypeGlobalID", "esriFieldTypeXML",
)  # fmt: skip
GEOMETRY_TYPES = (
    "esriGeometryPoint", "esriGeometryMultipoint", "esriGeometryPolyline", "esriGeometryPolygon",
    "esriGeometryMultiPatch",
)  # fmt: skip
UPPER_LEFT = 0


class PbfError(ValueError):
    """An answer that is not a FeatureCollection message this reader understands."""


def unavailable_reason() -> Optional[str]:
    """Why answers in protocol buffers cannot be read here (None: they can)."""
    try:
        message_class()
    except ImportError:
        return "the Python package protobuf is not installed"
    return None


@functools.lru_cache(maxsize=1)
def message_class() -> type:
    """The FeatureCollectionPBuffer message class, from the compiled descriptor. Raises ImportError."""
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    files = descriptor_pb2.FileDescriptorSet.FromString(DESCRIPTOR_FILE.read_bytes())
    pool = descriptor_pool.DescriptorPool()
    for file in files.file:
        pool.Add(file)
    descriptor = pool.FindMessageTypeByName(MESSAGE)
    if hasattr(message_factory, "GetMessageClass"):  # protobuf ≥ 4.21
        return message_factory.GetMessageClass(descriptor)
    return message_factory.MessageFactory(pool).GetPrototype(descriptor)  # protobuf 3.x


def read_page(data: bytes) -> FeatureRows:
    """A query's ``f=pbf`` answer as rows (:mod:`..feature_rows`): values in the answer's field order,
    coordinates as the server quantised them, with the axes that make them real. Raises PbfError."""
    result = _feature_result(data)
    names = [field.name for field in result.fields]
    geometry = _GeometryReader(result)
    rows = []
    for feature in result.features:
        values = [value.ListFields() for value in feature.attributes]  # one call a value: see _value
        shape = geometry.read(feature.geometry) if feature.HasField("geometry") else None
        rows.append(([found[0][1] if found else None for found in values], shape))
    return FeatureRows(names, rows, result.exceededTransferLimit, geometry.axes)


def read_query(data: bytes) -> dict[str, Any]:
    """A query's ``f=pbf`` answer as its ``f=json`` answer would be. Raises PbfError."""
    result = _feature_result(data)
    page = read_page(data)
    kind = _name(GEOMETRY_TYPES, result.geometryType)
    fields = [
        {"name": field.name, "type": _name(FIELD_TYPES, field.fieldType), "alias": field.alias or field.name}
        for field in result.fields
    ]
    features = []
    for values, shape in page.rows:
        item: dict[str, Any] = {"attributes": dict(zip(page.names, values))}  # in field order
        if shape is not None:
            item["geometry"] = _esri_json(shape, kind, page.axes, result.hasZ, result.hasM)
        features.append(item)
    answer: dict[str, Any] = {
        "objectIdFieldName": result.objectIdFieldName,
        "fields": fields,
        "features": features,
        "exceededTransferLimit": result.exceededTransferLimit,
    }
    if result.HasField("spatialReference") and result.spatialReference.wkid:
        answer["spatialReference"] = {"wkid": result.spatialReference.wkid}
    return answer


def _feature_result(data: bytes) -> Any:
    message = message_class()()
    from google.protobuf.message import DecodeError

    try:
        message.ParseFromString(data)
    except DecodeError as error:
        raise PbfError(f"not a FeatureCollection message ({error})") from None
    if message.queryResult.WhichOneof("Results") != "featureResult":
        raise PbfError("the message holds no features")
    return message.queryResult.featureResult


def _esri_json(shape: Any, kind: str, axes: Axes, has_z: bool, has_m: bool) -> dict[str, Any]:
    """A row's shape as Esri JSON geometry, in real coordinates."""
    names = ["x", "y"] + (["z"] if has_z else []) + (["m"] if has_m else [])
    if isinstance(shape, tuple):
        return dict(zip(names, shape))
    scales = [getattr(axes, name) for name in names]
    parts = [
        vertices([offset + step * value for value in column] for (offset, step), column in zip(scales, part))
        for part in shape
    ]
    geometry: dict[str, Any] = {
        "esriGeometryMultipoint": {"points": [vertex for part in parts for vertex in part]},
        "esriGeometryPolyline": {"paths": parts},
    }.get(kind, {"rings": parts})
    if has_z:
        geometry["hasZ"] = True
    if has_m:
        geometry["hasM"] = True
    return geometry


def _name(names: tuple[str, ...], index: int) -> str:
    return names[index] if 0 <= index < len(names) else ""


class _GeometryReader:
    """Quantised, delta-encoded coordinates → a row's shape (:mod:`..feature_rows`), by the answer's transform."""

    def __init__(self, result: Any) -> None:
        self.point = result.geometryType == GEOMETRY_TYPES.index("esriGeometryPoint")
        self.has_z, self.has_m = result.hasZ, result.hasM
        self.dimensions = 2 + self.has_z + self.has_m
        transform = result.transform
        scale, translate = transform.scale, transform.translate
        flip = -1.0 if transform.quantizeOriginPostion == UPPER_LEFT and result.HasField("transform") else 1.0
        self.axes = Axes(
            Axis(translate.xTranslate, scale.xScale or 1.0),
            Axis(translate.yTranslate, flip * (scale.yScale or 1.0)),
            Axis(translate.zTranslate, scale.zScale or 1.0),
            Axis(translate.mTranslate, scale.mScale or 1.0),
        )
        self._point_axes = [self.axes.x, self.axes.y] + [self.axes.z] * self.has_z + [self.axes.m] * self.has_m

    def read(self, geometry: Any) -> Shape:
        coords = geometry.coords
        if not coords:
            return None
        dims = self.dimensions
        if self.point:  # real coordinates at once: no columns to build for the bulk of point layers
            if dims == 2:
                (x_offset, x_step), (y_offset, y_step) = self.axes.x, self.axes.y
                return (x_offset + x_step * coords[0], y_offset + y_step * coords[1])
            return tuple(offset + step * value for (offset, step), value in zip(self._point_axes, coords[:dims]))
        parts, start = [], 0
        for length in list(geometry.lengths) or [len(coords) // dims]:
            chunk = coords[start * dims : (start + length) * dims]
            start += length
            # Within a part, x and y run as sums of their differences; z and m are absolute.
            parts.append([list(accumulate(chunk[axis::dims])) if axis < 2 else chunk[axis::dims]
                          for axis in range(dims)])  # fmt: skip
        return parts
