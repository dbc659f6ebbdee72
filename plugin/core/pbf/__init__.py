"""ArcGIS's query answers in protocol buffers (``f=pbf``), read into what ``f=json`` answers.

ArcGIS Server 10.7+ and ArcGIS Online say ``PBF`` in a layer's
``supportedQueryFormats``; their answer is Esri's FeatureCollection message
(``featurecollection.proto``): a third of the JSON's size and quick to parse,
with coordinates quantised to integers and, within each part, delta-encoded. :func:`read_query`
turns it into the dict the JSON answer would have been (``features`` with
``attributes`` and Esri JSON ``geometry``, ``exceededTransferLimit``,
``objectIdFieldName``, ``fields``), so that everything downstream has one
input; coordinates differ from the JSON's only by the server's quantisation
(half a ``scale`` step at the most).

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


def read_query(data: bytes) -> dict[str, Any]:
    """A query's ``f=pbf`` answer as its ``f=json`` answer would be. Raises PbfError."""
    message = message_class()()
    from google.protobuf.message import DecodeError

    try:
        message.ParseFromString(data)
    except DecodeError as error:
        raise PbfError(f"not a FeatureCollection message ({error})") from None
    if message.queryResult.WhichOneof("Results") != "featureResult":
        raise PbfError("the message holds no features")
    result = message.queryResult.featureResult
    fields = [
        {"name": field.name, "type": _name(FIELD_TYPES, field.fieldType), "alias": field.alias or field.name}
        for field in result.fields
    ]
    names = [field["name"] for field in fields]
    geometry = _GeometryReader(result)
    features = []
    for feature in result.features:
        item: dict[str, Any] = {"attributes": dict(zip(names, map(_value, feature.attributes)))}  # in field order
        if feature.WhichOneof("compressed_geometry") == "geometry":
            shape = geometry.read(feature.geometry)
            if shape is not None:
                item["geometry"] = shape
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


def _name(names: tuple[str, ...], index: int) -> str:
    return names[index] if 0 <= index < len(names) else ""


def _value(value: Any) -> Any:
    """A Value's one value, or None for a null (a Value with none set)."""
    found = value.ListFields()  # one call, where WhichOneof() and getattr() take two
    return found[0][1] if found else None


class _GeometryReader:
    """Quantised, delta-encoded coordinates → Esri JSON geometry, by the answer's transform."""

    def __init__(self, result: Any) -> None:
        self.kind = _name(GEOMETRY_TYPES, result.geometryType)
        self.has_z, self.has_m = result.hasZ, result.hasM
        self.dimensions = 2 + self.has_z + self.has_m
        transform = result.transform
        scale, translate = transform.scale, transform.translate
        self.x = (translate.xTranslate, scale.xScale or 1.0)
        flip = -1.0 if transform.quantizeOriginPostion == UPPER_LEFT and result.HasField("transform") else 1.0
        self.y = (translate.yTranslate, flip * (scale.yScale or 1.0))
        self.z = (translate.zTranslate, scale.zScale or 1.0)
        self.m = (translate.mTranslate, scale.mScale or 1.0)

    def read(self, geometry: Any) -> Optional[dict[str, Any]]:
        coords = geometry.coords
        if not coords:
            return None
        dims = self.dimensions
        if self.kind == "esriGeometryPoint" and dims == 2:  # the bulk of point layers: no lists to build
            return {"x": self.x[0] + self.x[1] * coords[0], "y": self.y[0] + self.y[1] * coords[1]}
        axes = [self.x, self.y] + ([self.z] if self.has_z else []) + ([self.m] if self.has_m else [])
        parts, start = [], 0
        for length in list(geometry.lengths) or [len(coords) // dims]:
            chunk = coords[start * dims : (start + length) * dims]
            start += length
            # Within a part, x and y run as sums of their differences; z and m are absolute.
            columns = [accumulate(chunk[axis::dims]) if axis < 2 else chunk[axis::dims] for axis in range(dims)]
            values = [[offset + step * value for value in column] for (offset, step), column in zip(axes, columns)]
            parts.append([list(vertex) for vertex in zip(*values)])
        if self.kind == "esriGeometryPoint":
            return self._point(parts[0][0])
        shape: dict[str, Any] = {
            "esriGeometryMultipoint": {"points": [vertex for part in parts for vertex in part]},
            "esriGeometryPolyline": {"paths": parts},
            "esriGeometryPolygon": {"rings": parts},
        }.get(self.kind, {"rings": parts})
        if self.has_z:
            shape["hasZ"] = True
        if self.has_m:
            shape["hasM"] = True
        return shape

    def _point(self, vertex: list[float]) -> dict[str, Any]:
        point = {"x": vertex[0], "y": vertex[1]}
        if self.has_z:
            point["z"] = vertex[2]
        if self.has_m:
            point["m"] = vertex[-1]
        return point
