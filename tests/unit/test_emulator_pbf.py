"""The emulator's layer queries in protocol buffers (``f=pbf``), and its polygon layer with 20 fields.

A PBF answer must hold what the JSON answer to the same query holds: the same rows, attributes
equal, coordinates within half a quantisation step. Two readers check it: ``decode`` below, written
from ArcGIS's recorded answers (see tests/emulator/pbf.py), and the plugin's own ``read_query``.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT
from tests.emulator import DEFAULT_SERVICES, ArcGISEmulator, parcels_service
from tests.emulator.parcels import PARCEL_FIELDS, ring_area
from tests.emulator.pbf import message_class
from tests.emulator.pytest_fixtures import REFERER, add_users, request_token

PARCELS = "Demo/Parcels"
POINTS = "Demo/Points"
DEGREES = 5.000001e-10  # half of ArcGIS's WGS 84 step (1e-9°), plus float rounding
METRES = 5.000001e-5  # half of its Web Mercator step (1e-4 m)
FORMAT_INVALID = {"error": {"code": 400, "message": "Invalid or missing input parameters.",
                            "details": ["'f' parameter is invalid"]}}  # fmt: skip


@pytest.fixture
def server(arcgis_emulator) -> ArcGISEmulator:
    return add_users(arcgis_emulator(features=3000, services=[*DEFAULT_SERVICES, parcels_service(700)]))


@pytest.fixture
def alice(server, emulator_session) -> dict[str, str]:
    token = request_token(emulator_session, server.token_url)["token"]
    return {"X-Esri-Authorization": f"Bearer {token} ", "Referer": REFERER}


def query(session, server, headers, answer_format="json", *, name=POINTS, service_type="FeatureServer", **params):
    """POST a layer query (as the plugin does); the JSON object, or the PBF bytes."""
    url = server.service_url(name, service_type, 0) + "/query"
    reply = session.post(url, data={"f": answer_format, **params}, headers=headers, timeout=30)
    assert reply.status_code == 200, reply.text[:200]
    if answer_format == "pbf":
        assert reply.headers["Content-Type"] == "application/x-protobuf"
        return reply.content
    return reply.json()


def both(session, server, headers, **params) -> tuple[dict, bytes]:
    return query(session, server, headers, "json", **params), query(session, server, headers, "pbf", **params)


def parse(data: bytes):
    message = message_class()()
    message.ParseFromString(data)
    return message


def value(item):
    kind = item.WhichOneof("value_type")
    return None if kind is None else getattr(item, kind)


def decode(data: bytes) -> dict:
    """A feature answer as ArcGIS's recordings read: each part's first vertex absolute, y from the top."""
    result = parse(data).queryResult.featureResult
    names = [field.name for field in result.fields]
    scale, translate = result.transform.scale, result.transform.translate
    sign = -1 if result.transform.quantizeOriginPostion == 0 else 1
    features = []
    for feature in result.features:
        item = {"attributes": {name: value(v) for name, v in zip(names, feature.attributes)}}
        coords = list(feature.geometry.coords)
        if coords:
            parts, start = [], 0
            for length in list(feature.geometry.lengths) or [len(coords) // 2]:
                x = y = 0
                part = []
                for i in range(start, start + length):
                    x, y = x + coords[2 * i], y + coords[2 * i + 1]
                    part.append(
                        [translate.xTranslate + x * scale.xScale, translate.yTranslate + sign * y * scale.yScale]
                    )
                parts.append(part)
                start += length
            item["parts"] = parts
        features.append(item)
    return {
        "objectIdFieldName": result.objectIdFieldName,
        "fields": [(field.name, field.fieldType) for field in result.fields],
        "features": features,
        "exceededTransferLimit": result.exceededTransferLimit,
    }


def json_parts(geometry: dict) -> list:
    return geometry["rings"] if "rings" in geometry else [[[geometry["x"], geometry["y"]]]]


def assert_close(parts_a: list, parts_b: list, tolerance: float) -> None:
    assert [len(part) for part in parts_a] == [len(part) for part in parts_b]
    worst = max(abs(a - b) for pa, pb in zip(parts_a, parts_b) for va, vb in zip(pa, pb) for a, b in zip(va, vb))
    assert worst <= tolerance


def assert_same_answer(answer: dict, data: bytes, tolerance: float = DEGREES) -> dict:
    decoded = decode(data)
    assert decoded["objectIdFieldName"] == answer["objectIdFieldName"]
    assert decoded["exceededTransferLimit"] == answer.get("exceededTransferLimit", False)
    assert [item["attributes"] for item in decoded["features"]] == [item["attributes"] for item in answer["features"]]
    for mine, theirs in zip(decoded["features"], answer["features"]):
        if "geometry" in theirs:
            assert_close(mine["parts"], json_parts(theirs["geometry"]), tolerance)
        else:
            assert "parts" not in mine
    return decoded


# ---------------------------------------------------------------- what a layer offers


def test_layers_offer_pbf_unless_switched_off(server, emulator_session, alice):
    for name in (POINTS, PARCELS):
        for service_type in ("FeatureServer", "MapServer"):
            layer = emulator_session.get(server.service_url(name, service_type, 0), params={"f": "json"}, headers=alice)
            assert layer.json()["supportedQueryFormats"] == "JSON, geoJSON, PBF"
    server.settings.pbf = False
    layer = emulator_session.get(server.service_url(POINTS, "FeatureServer", 0), params={"f": "json"}, headers=alice)
    service = emulator_session.get(server.service_url(POINTS, "FeatureServer"), params={"f": "json"}, headers=alice)
    assert layer.json()["supportedQueryFormats"] == service.json()["supportedQueryFormats"] == "JSON"


@pytest.mark.parametrize("switch", ["pbf", "pbf_refused"])
def test_a_server_without_pbf_answers_invalid_f(server, emulator_session, alice, switch):
    if switch == "pbf":
        server.settings.pbf = False
    else:
        server.settings.pbf_refused = True  # says PBF, refuses it
    url = server.service_url(POINTS, "FeatureServer", 0) + "/query"
    reply = emulator_session.post(url, data={"f": "pbf", "where": "1=1"}, headers=alice, timeout=10)
    assert (reply.status_code, reply.json()) == (200, FORMAT_INVALID)
    assert reply.headers["Content-Type"].startswith("application/json")
    server.settings.real_status_codes = True
    reply = emulator_session.post(url, data={"f": "pbf", "where": "1=1"}, headers=alice, timeout=10)
    assert (reply.status_code, reply.json()) == (400, FORMAT_INVALID)
    assert query(emulator_session, server, alice, where="OBJECTID<3")["features"]  # JSON still works


def test_pbf_queries_are_secured_logged_and_faulted_like_json(server, emulator_session, alice):
    url = server.service_url(POINTS, "FeatureServer", 0) + "/query"
    server.clear_log()
    anonymous = emulator_session.post(url, data={"f": "pbf", "where": "1=1"}, timeout=10)
    assert anonymous.json() == {"error": {"code": 499, "message": "Token Required", "details": []}}
    bad = emulator_session.post(url, data={"f": "pbf", "token": "nope"}, timeout=10)
    assert bad.json()["error"]["code"] == 498
    assert query(emulator_session, server, alice, "pbf", objectIds="1")
    assert [(r.endpoint, r.error_code) for r in server.requests] == [("query", 499), ("query", 498), ("query", None)]
    server.add_fault("server-error", "/query", times=1)
    assert emulator_session.post(url, data={"f": "pbf"}, headers=alice, timeout=10).status_code == 502
    public = server.service_url("Public/Landmarks", "FeatureServer", 0) + "/query"
    assert emulator_session.post(public, data={"f": "pbf", "objectIds": "1"}, timeout=10).status_code == 200


# ---------------------------------------------------------------- the answer's encoding


def test_the_encoding_is_arcgis_onlines(server, emulator_session, alice):
    """Transform, value kinds and per-part delta encoding as in ArcGIS Online's recorded answers."""
    message = parse(query(emulator_session, server, alice, "pbf", name=PARCELS, objectIds="2,3"))
    assert message.version == ""
    result = message.queryResult.featureResult
    assert (result.objectIdFieldName, result.uniqueIdField.name, result.uniqueIdField.isSystemMaintained) == (
        "OBJECTID", "OBJECTID", True,
    )  # fmt: skip
    assert (result.globalIdFieldName, result.geometryType, result.hasZ, result.hasM) == ("GlobalID", 3, False, False)
    assert (result.spatialReference.wkid, result.spatialReference.lastestWkid) == (4326, 4326)
    transform = result.transform
    assert transform.quantizeOriginPostion == 0  # upperLeft
    assert (transform.scale.xScale, transform.scale.yScale) == (1e-9, 1e-9)
    assert (transform.translate.xTranslate, transform.translate.yTranslate) == (-400.0, -400.0)
    kinds = {field.name: feature_value.WhichOneof("value_type")
             for field, feature_value in zip(result.fields, result.features[0].attributes)}  # fmt: skip
    assert kinds["OBJECTID"] == "uint_value"
    assert kinds["parcel_id"] == kinds["GlobalID"] == "string_value"
    assert kinds["area_m2"] == "double_value"
    two_parts = result.features[0].geometry  # OBJECTID 2: two squares
    assert list(two_parts.lengths) == [5, 5]
    second_start = two_parts.coords[10:12]  # absolute again: ~6° is 406e9 steps from -400°
    assert abs(second_start[0] - two_parts.coords[0]) < 1e9 < abs(second_start[0])
    points = parse(query(emulator_session, server, alice, "pbf", objectIds="1", outSR="102100"))
    result = points.queryResult.featureResult
    assert (result.spatialReference.wkid, result.spatialReference.lastestWkid) == (102100, 3857)
    assert (result.transform.scale.xScale, result.transform.translate.xTranslate) == (1e-4, -20037700.0)
    assert (result.transform.translate.yTranslate, result.geometryType) == (-30241100.0, 0)
    assert list(result.features[0].geometry.lengths) == []
    created = dict(zip([f.name for f in result.fields], result.features[0].attributes))["created"]
    assert created.WhichOneof("value_type") == "sint64_value"


def test_quantization_parameters_set_the_transform(server, emulator_session, alice):
    extent = {"xmin": -10, "ymin": 35, "xmax": 30, "ymax": 60, "spatialReference": {"wkid": 4326}}
    for origin, y_translate, sign in (("upperLeft", 60.0, -1), ("lowerLeft", 35.0, 1)):
        parameters = {"mode": "edit", "originPosition": origin, "tolerance": 1e-6, "extent": extent}
        params = {"objectIds": "1,2,3", "quantizationParameters": json.dumps(parameters)}
        answer, data = both(emulator_session, server, alice, **params)
        transform = parse(data).queryResult.featureResult.transform
        assert (transform.quantizeOriginPostion, transform.scale.xScale) == ((0 if sign < 0 else 1), 1e-6)
        assert (transform.translate.xTranslate, transform.translate.yTranslate) == (-10.0, y_translate)
        assert_same_answer(answer, data, tolerance=5.000001e-7)
    url = server.service_url(POINTS, "FeatureServer", 0) + "/query"
    bad = {"f": "pbf", "objectIds": "1", "quantizationParameters": '{"tolerance": -1}'}
    error = emulator_session.post(url, data=bad, headers=alice, timeout=10).json()["error"]
    assert (error["code"], error["message"]) == (400, "Unable to complete operation.")


# ---------------------------------------------------------------- the same answer as JSON


@pytest.mark.parametrize(
    "params",
    [
        {"where": "1=1", "outFields": "*"},
        {"where": "rank < 10 AND category = 'B'", "outFields": "created,name,OBJECTID", "orderByFields": "value DESC"},
        {"objectIds": "5,3,999,4000", "outFields": "*", "returnGeometry": "false"},
        {"where": "1=1", "outFields": "*", "resultOffset": "40", "resultRecordCount": "25"},
        {"geometry": "0,40,10,50", "geometryType": "esriGeometryEnvelope", "outFields": "value", "outSR": "102100"},
    ],
    ids=["all", "where-order", "ids-no-geometry", "page", "envelope-mercator"],
)
def test_points_in_pbf_are_the_json_answer(server, emulator_session, alice, params):
    answer, data = both(emulator_session, server, alice, **params)
    tolerance = METRES if params.get("outSR") == "102100" else DEGREES
    decoded = assert_same_answer(answer, data, tolerance)
    assert [name for name, _type in decoded["fields"]] == list(answer["features"][0]["attributes"])
    assert len(decoded["features"]) > 0


def test_parcels_in_pbf_are_the_json_answer(server, emulator_session, alice):
    answer, data = both(emulator_session, server, alice, name=PARCELS, where="1=1", outFields="*")
    assert len(answer["features"]) == 700
    decoded = assert_same_answer(answer, data)
    field_types = message_class().DESCRIPTOR.enum_types_by_name["FieldType"].values_by_number
    assert [(name, field_types[code].name) for name, code in decoded["fields"]] == [
        (field["name"], field["type"]) for field in PARCEL_FIELDS
    ]
    mercator, data = both(emulator_session, server, alice, name=PARCELS, objectIds="1,2,3,4", outSR="3857")
    assert_same_answer(mercator, data, METRES)
    paged, data = both(
        emulator_session, server, alice, name=PARCELS, where="zone IS NULL OR notes IS NOT NULL",
        outFields="notes,OBJECTID,last_survey", resultOffset="10", resultRecordCount="30",
    )  # fmt: skip
    assert len(paged["features"]) == 30 and paged["exceededTransferLimit"] is True
    assert_same_answer(paged, data)


def test_parcels_are_twenty_fields_of_every_type_with_nulls(server, emulator_session, alice):
    layer = emulator_session.get(server.service_url(PARCELS, "FeatureServer", 0), params={"f": "json"}, headers=alice)
    layer = layer.json()
    assert (layer["geometryType"], layer["globalIdField"], len(layer["fields"])) == (
        "esriGeometryPolygon",
        "GlobalID",
        20,
    )
    assert {field["type"] for field in layer["fields"]} == {
        "esriFieldTypeOID", "esriFieldTypeSmallInteger", "esriFieldTypeInteger", "esriFieldTypeSingle",
        "esriFieldTypeDouble", "esriFieldTypeString", "esriFieldTypeDate", "esriFieldTypeGUID",
        "esriFieldTypeGlobalID",
    }  # fmt: skip
    features = query(emulator_session, server, alice, name=PARCELS, where="1=1", outFields="*")["features"]
    for field in layer["fields"]:
        values = [feature["attributes"][field["name"]] for feature in features]
        assert (None in values) == field["nullable"], field["name"]
        assert any(v is not None for v in values)
    text = " ".join(str(feature["attributes"]["name"]) + str(feature["attributes"]["address"]) for feature in features)
    assert not text.isascii()
    assert min(f["attributes"]["last_survey"] or 0 for f in features) < 0  # dates before 1970
    shapes = {len(feature["geometry"]["rings"]) for feature in features}
    assert shapes == {1, 2}
    for feature in features:
        rings = feature["geometry"]["rings"]
        assert all(ring[0] == ring[-1] for ring in rings)
        outer = [ring_area(ring) < 0 for ring in rings]  # clockwise (y up): an outer ring
        # 1: a square with a hole (counter-clockwise), 2: two squares, 3: a hexagon, others: a square
        expected = {1: [True, False], 2: [True, True]}.get(feature["attributes"]["OBJECTID"] % 10, [True])
        assert outer == expected
    again = query(emulator_session, server, alice, name=PARCELS, objectIds="17", outFields="*")["features"]
    assert again == [features[16]]  # deterministic


def test_ids_and_counts_in_pbf(server, emulator_session, alice):
    params = {"where": "rank < 5", "returnIdsOnly": "true"}
    answer, data = both(emulator_session, server, alice, **params)
    ids = parse(data).queryResult.idsResult
    assert (ids.objectIdFieldName, list(ids.objectIds)) == ("OBJECTID", answer["objectIds"])
    assert len(ids.objectIds) == 150  # never capped by maxRecordCount
    count = parse(query(emulator_session, server, alice, "pbf", where="rank < 5", returnCountOnly="true"))
    assert count.queryResult.WhichOneof("Results") == "countResult"
    assert count.queryResult.countResult.count == 150
    parcels = parse(query(emulator_session, server, alice, "pbf", name=PARCELS, returnIdsOnly="true"))
    assert list(parcels.queryResult.idsResult.objectIds) == list(range(1, 701))


def test_exceeded_transfer_limit(arcgis_emulator, emulator_session):
    server = add_users(arcgis_emulator(features=50, services=[parcels_service(30, public=True, max_record_count=10)]))
    for params, exceeded, count in (
        ({"resultRecordCount": "5"}, True, 5),
        ({"resultOffset": "25", "resultRecordCount": "5"}, False, 5),
        ({}, True, 10),  # maxRecordCount
        ({"resultOffset": "20"}, False, 10),
    ):
        answer, data = both(emulator_session, server, {}, name=PARCELS, where="1=1", **params)
        assert answer.get("exceededTransferLimit", False) is exceeded
        assert len(assert_same_answer(answer, data)["features"]) == count


# ---------------------------------------------------------------- the plugin's reader


@pytest.mark.parametrize(
    "case",
    [
        (POINTS, {"where": "1=1", "outFields": "*"}, DEGREES),
        (POINTS, {"objectIds": "1,2,3", "outFields": "name", "outSR": "102100"}, METRES),
        (PARCELS, {"where": "1=1", "outFields": "*"}, DEGREES),
        (PARCELS, {"where": "OBJECTID < 40", "outFields": "*", "returnGeometry": "false"}, DEGREES),
    ],
    ids=["points", "points-mercator", "parcels", "parcels-no-geometry"],
)
def test_the_plugins_reader_reads_the_json_answer(server, emulator_session, alice, case):
    from arcgis_token_auth.plugin.core.pbf import read_query

    name, params, tolerance = case
    answer, data = both(emulator_session, server, alice, name=name, **params)
    read = read_query(data)
    assert read["objectIdFieldName"] == answer["objectIdFieldName"]
    assert read["exceededTransferLimit"] == answer.get("exceededTransferLimit", False)
    types = {field["name"]: field["type"] for field in answer["fields"]}
    assert [(f["name"], f["type"]) for f in read["fields"]] == [
        (n, types[n]) for n in answer["features"][0]["attributes"]
    ]
    assert [item["attributes"] for item in read["features"]] == [item["attributes"] for item in answer["features"]]
    for mine, theirs in zip(read["features"], answer["features"]):
        assert ("geometry" in mine) == ("geometry" in theirs)
        if "geometry" in theirs:
            assert_close(json_parts(mine["geometry"]), json_parts(theirs["geometry"]), tolerance)


# ---------------------------------------------------------------- the command line


def test_the_demo_command_line_encodes_without_the_installed_plugin():
    """``python -m tests.emulator`` runs from the checkout, where ``arcgis_token_auth`` is not importable."""
    code = (
        "import os, sys; sys.path = [p for p in sys.path if not os.path.exists(os.path.join(p, 'arcgis_token_auth'))];"
        "from tests.emulator import pbf; cls = pbf.message_class();"
        "print(cls.DESCRIPTOR.full_name, pbf.plugin_pbf().__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["esriPBuffer.FeatureCollectionPBuffer", "_arcgis_emulator_plugin_core.pbf"]
