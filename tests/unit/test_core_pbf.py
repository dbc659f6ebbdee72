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


def test_a_polygon_with_a_hole_each_ring_starting_absolute_upper_left_origin():
    message, result = answer(POLYGON)
    outer = [4, 4, 8, 0, 0, 8, -8, 0, 0, -8]  # a square from (4, 4): then differences
    hole = [6, 6, 0, 2, 2, 0, 0, -2, -2, 0]  # each part starts again, absolute: (6, 6), as ArcGIS writes it
    feature(result, [("sint_value", 1), ("string_value", "Zürich"), ("int64_value", 1_700_000_000_000),
                     ("double_value", 2.5), ("sint_value", -3), (None, None)], [5, 5], outer + hole)  # fmt: skip
    read = pbf.read_query(message.SerializeToString())
    (item,) = read["features"]
    assert item["attributes"] == {"OBJECTID": 1, "name": "Zürich", "when": 1_700_000_000_000, "value": 2.5,
                                  "rank": -3, "flag": None}  # fmt: skip
    outer_ring, inner_ring = item["geometry"]["rings"]
    # x = -10 + 0.25 X; y = 60 - 0.5 Y (the origin is the upper left: y counts downwards)
    assert outer_ring == [[-9.0, 58.0], [-7.0, 58.0], [-7.0, 54.0], [-9.0, 54.0], [-9.0, 58.0]]
    assert inner_ring == [[-8.5, 57.0], [-8.5, 56.0], [-8.0, 56.0], [-8.0, 57.0], [-8.5, 57.0]]
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
    assert read["features"][0]["geometry"] == {"paths": [[[-10.0, 60.0], [-9.0, 60.0]], [[-9.0, 60.0], [-9.0, 59.0]]]}
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


def test_z_values_are_absolute_while_x_and_y_run_as_differences():
    message, result = answer(POLYLINE, has_z=True)
    feature(result, [("sint_value", 1)] + [(None, None)] * 5, [3], [0, 0, 10, 4, 0, 20, 4, 2, 20])
    read = pbf.read_query(message.SerializeToString())
    (path,) = read["features"][0]["geometry"]["paths"]
    assert path == [[-10.0, 60.0, 101.0], [-9.0, 60.0, 102.0], [-8.0, 59.0, 102.0]]


def test_coordinates_beyond_32_bits_as_arcgis_writes_them():
    message, result = answer(POINT)
    result.transform.scale.xScale = result.transform.scale.yScale = 1e-9
    result.transform.translate.xTranslate = result.transform.translate.yTranslate = -400.0
    result.transform.quantizeOriginPostion = LOWER_LEFT
    # (8.55, 47.37) from (-400, -400) in steps of 1e-9 degrees: about 4e11 steps, far past 2^31
    feature(result, [("sint_value", 1)] + [(None, None)] * 5, [], [408_550_000_000, 447_370_000_000])
    point = pbf.read_query(message.SerializeToString())["features"][0]["geometry"]
    assert abs(point["x"] - 8.55) < 1e-9 and abs(point["y"] - 47.37) < 1e-9
