"""ArcGIS's f=pbf answers read into what f=json answers: quantised, delta-encoded coordinates, every
value type, nulls; and the descriptor the plugin ships is its .proto compiled."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from arcgis_token_auth.plugin.core import pbf

POINT, MULTIPOINT, POLYLINE, POLYGON = range(4)
UPPER_LEFT, LOWER_LEFT = range(2)


def answer(geometry_type: int, *, origin: int = UPPER_LEFT, has_z: bool = False) -> tuple[object, object]:
    message = pbf.message_class()()
    message.version = "1.0"
    result = message.queryResult.featureResult
    result.objectIdFieldName = "OBJECTID"
    result.geometryType = geometry_type
    result.hasZ = has_z
    result.spatialReference.wkid = 4326
    result.transform.quantizeOriginPostion = origin
    result.transform.scale.xScale, result.transform.scale.yScale = 0.25, 0.5
    result.transform.scale.zScale = 0.1
    result.transform.translate.xTranslate, result.transform.translate.yTranslate = -10.0, 60.0
    result.transform.translate.zTranslate = 100.0
    for name, field_type in (("OBJECTID", 6), ("name", 4), ("when", 5), ("value", 3), ("rank", 1), ("flag", 0)):
        field = result.fields.add()
        field.name, field.fieldType = name, field_type
    return message, result


def feature(result, values: list, lengths: list[int], coords: list[int]):
    item = result.features.add()
    for kind, value in values:
        attribute = item.attributes.add()
        if kind is not None:
            setattr(attribute, kind, value)
    if coords:
        item.geometry.lengths.extend(lengths)
        item.geometry.coords.extend(coords)
    return item


def test_a_polygon_with_a_hole_its_deltas_running_on_across_rings_upper_left_origin():
    message, result = answer(POLYGON)
    outer = [0, 0, 8, 0, 0, 8, -8, 0, 0, -8]  # a square, deltas
    hole = [2, 2, 0, 2, 2, 0, 0, -2, -2, 0]  # starts at (2, 2) from the outer ring's last vertex (0, 0)
    feature(result, [("sint_value", 1), ("string_value", "Zürich"), ("int64_value", 1_700_000_000_000),
                     ("double_value", 2.5), ("sint_value", -3), (None, None)], [5, 5], outer + hole)  # fmt: skip
    read = pbf.read_query(message.SerializeToString())
    (item,) = read["features"]
    assert item["attributes"] == {"OBJECTID": 1, "name": "Zürich", "when": 1_700_000_000_000, "value": 2.5,
                                  "rank": -3, "flag": None}  # fmt: skip
    outer_ring, inner_ring = item["geometry"]["rings"]
    # x = -10 + 0.25 X; y = 60 - 0.5 Y (the origin is the upper left: y counts downwards)
    assert outer_ring == [[-10.0, 60.0], [-8.0, 60.0], [-8.0, 56.0], [-10.0, 56.0], [-10.0, 60.0]]
    assert inner_ring == [[-9.5, 59.0], [-9.5, 58.0], [-9.0, 58.0], [-9.0, 59.0], [-9.5, 59.0]]
    assert read["objectIdFieldName"] == "OBJECTID" and read["spatialReference"] == {"wkid": 4326}
    assert [field["type"] for field in read["fields"]][:3] == [
        "esriFieldTypeOID", "esriFieldTypeString", "esriFieldTypeDate"
    ]  # fmt: skip


def test_points_with_z_from_a_lower_left_origin_and_a_feature_without_geometry():
    message, result = answer(POINT, origin=LOWER_LEFT, has_z=True)
    feature(result, [("sint_value", 1)] + [(None, None)] * 5, [], [4, 6, 50])
    feature(result, [("sint_value", 2)] + [(None, None)] * 5, [], [])
    result.exceededTransferLimit = True
    read = pbf.read_query(message.SerializeToString())
    first, second = read["features"]
    assert first["geometry"] == {"x": -9.0, "y": 63.0, "z": 105.0}
    assert "geometry" not in second
    assert read["exceededTransferLimit"] is True


def test_polylines_and_multipoints():
    message, result = answer(POLYLINE)
    feature(result, [("sint_value", 1)] + [(None, None)] * 5, [2, 2], [0, 0, 4, 0, 4, 0, 0, 2])
    read = pbf.read_query(message.SerializeToString())
    assert read["features"][0]["geometry"] == {"paths": [[[-10.0, 60.0], [-9.0, 60.0]], [[-8.0, 60.0], [-8.0, 59.0]]]}
    message, result = answer(MULTIPOINT)
    feature(result, [("sint_value", 1)] + [(None, None)] * 5, [2], [0, 0, 4, 2])
    read = pbf.read_query(message.SerializeToString())
    assert read["features"][0]["geometry"] == {"points": [[-10.0, 60.0], [-9.0, 59.0]]}


@pytest.mark.parametrize("garbage", [b"<html>sign in</html>", b"\xff\xff\xff\xff", b'{"error": {"code": 400}}'])
def test_what_is_not_a_feature_collection_says_so(garbage):
    with pytest.raises(pbf.PbfError):
        pbf.read_query(garbage)


def test_the_shipped_descriptor_is_the_proto_compiled(tmp_path):
    protoc = shutil.which("protoc")
    assert protoc, "protoc (Debian's protobuf-compiler) is missing: scripts/setup.sh installs it"
    compiled = tmp_path / "featurecollection.desc"
    subprocess.run(
        [protoc, f"--proto_path={pbf.DESCRIPTOR_FILE.parent}", f"--descriptor_set_out={compiled}",
         "featurecollection.proto"], check=True, timeout=60,
    )  # fmt: skip
    assert compiled.read_bytes() == pbf.DESCRIPTOR_FILE.read_bytes(), "run make proto and commit the descriptor"
