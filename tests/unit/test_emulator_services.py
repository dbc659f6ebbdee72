"""The emulator's services: catalog, FeatureServer query, MapServer export/identify/legend."""

from __future__ import annotations

import base64
import struct
import time
import zlib

import pytest

from tests.emulator import ArcGISEmulator, Service
from tests.emulator.pytest_fixtures import REFERER, add_users, request_token

CATEGORIES = "ABCD"


@pytest.fixture
def server(arcgis_emulator) -> ArcGISEmulator:
    return add_users(arcgis_emulator(features=5000))


@pytest.fixture
def alice(server, emulator_session) -> dict[str, str]:
    """Headers carrying alice's token."""
    token = request_token(emulator_session, server.token_url)["token"]
    return {"X-Esri-Authorization": f"Bearer {token} ", "Referer": REFERER}


def query(session, server, headers, name="Demo/Points", service_type="FeatureServer", **params) -> dict:
    url = server.service_url(name, service_type, 0) + "/query"
    return session.get(url, params={"f": "json", **params}, headers=headers, timeout=30).json()


def decode_png(data: bytes) -> tuple[int, int, bytes]:
    """(width, height, RGBA bytes) of an 8-bit RGBA PNG; checks signature, CRCs and filters."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        chunks[kind] = chunks.get(kind, b"") + body
        pos += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (depth, colour_type) == (8, 6)
    raw, stride, rows = zlib.decompress(chunks[b"IDAT"]), width * 4, []
    previous = bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        kind, row = line[0], bytearray(line[1:])
        for i in range(stride):
            left = row[i - 4] if i >= 4 else 0
            up, up_left = previous[i], previous[i - 4] if i >= 4 else 0
            if kind == 1:
                row[i] = (row[i] + left) & 0xFF
            elif kind == 2:
                row[i] = (row[i] + up) & 0xFF
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                row[i] = (row[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 0xFF
        rows.append(bytes(row))
        previous = row
    return width, height, b"".join(rows)


def opaque_pixels(rgba: bytes) -> int:
    return sum(1 for alpha in rgba[3::4] if alpha)


# ---------------------------------------------------------------- catalog


def catalog(session, server, folder="", headers=None) -> dict:
    url = server.services_url + (f"/{folder}" if folder else "")
    return session.get(url, params={"f": "json"}, headers=headers, timeout=10).json()


def test_anonymous_catalog_shows_public_services_only(server, emulator_session):
    root = catalog(emulator_session, server)
    assert (root["folders"], root["services"]) == (["Public"], [])
    assert catalog(emulator_session, server, "Public")["services"] == [
        {"name": "Public/Landmarks", "type": "FeatureServer"},
        {"name": "Public/Landmarks", "type": "MapServer"},
    ]
    assert catalog(emulator_session, server, "Demo")["services"] == []


def test_catalog_with_a_token_shows_permitted_services(server, emulator_session, alice):
    root = catalog(emulator_session, server, headers=alice)
    assert root["folders"] == ["Demo", "Public"]
    assert root["services"] == [{"name": "Overview", "type": "MapServer"}]
    assert len(catalog(emulator_session, server, "Demo", alice)["services"]) == 3
    bob_token = request_token(emulator_session, server.token_url, "bob")["token"]
    bob = {"X-Esri-Authorization": f"Bearer {bob_token}", "Referer": REFERER}
    assert catalog(emulator_session, server, "Demo", bob)["services"] == [
        {"name": "Demo/Restricted", "type": "FeatureServer"}
    ]


def test_unknown_folder_and_service(server, emulator_session, alice):
    assert catalog(emulator_session, server, "Nope")["error"]["code"] == 404
    missing = emulator_session.get(server.service_url("Demo/Nope"), params={"f": "json"}, headers=alice, timeout=10)
    assert missing.json()["error"]["code"] == 404


# ---------------------------------------------------------------- feature service


def test_feature_service_and_layer_descriptions(server, emulator_session, alice):
    service = emulator_session.get(server.service_url("Demo/Points"), params={"f": "json"}, headers=alice, timeout=10)
    assert service.json()["layers"][0]["id"] == 0
    layer = emulator_session.get(
        server.service_url("Demo/Points", layer=0), params={"f": "pjson"}, headers=alice, timeout=10
    )
    assert "\n  " in layer.text  # pjson is indented
    body = layer.json()
    assert body["geometryType"] == "esriGeometryPoint"
    assert body["objectIdField"] == "OBJECTID"
    assert body["maxRecordCount"] == 2000
    assert [f["name"] for f in body["fields"]] == ["OBJECTID", "name", "category", "value", "rank", "created"]
    assert body["extent"]["spatialReference"]["wkid"] == 4326
    assert -10 <= body["extent"]["xmin"] < body["extent"]["xmax"] <= 30


def test_query_ids_and_count(server, emulator_session, alice):
    ids = query(emulator_session, server, alice, where="1=1", returnIdsOnly="true")
    assert ids == {"objectIdFieldName": "OBJECTID", "objectIds": list(range(1, 5001))}
    assert query(emulator_session, server, alice, where="1=1", returnCountOnly="true") == {"count": 5000}


def test_query_features_by_object_ids_with_out_fields(server, emulator_session, alice):
    body = query(emulator_session, server, alice, objectIds="3,1,4999,", outFields="OBJECTID,name,created")
    features = body["features"]
    assert [f["attributes"] for f in features] == [
        {"OBJECTID": 1, "name": "Point 1", "created": 1577836800000 + 86400000},
        {"OBJECTID": 3, "name": "Point 3", "created": 1577836800000 + 3 * 86400000},
        {"OBJECTID": 4999, "name": "Point 4999", "created": 1577836800000 + (4999 % 366) * 86400000},
    ]
    assert all(-10 <= f["geometry"]["x"] <= 30 and 35 <= f["geometry"]["y"] <= 60 for f in features)
    assert [f["name"] for f in body["fields"]] == ["OBJECTID", "name", "created"]
    no_geometry = query(emulator_session, server, alice, objectIds="1", returnGeometry="false")
    assert "geometry" not in no_geometry["features"][0]
    assert no_geometry["features"][0]["attributes"]["category"] == "A"


def test_query_pages_past_max_record_count(server, emulator_session, alice):
    first = query(emulator_session, server, alice, where="1=1", outFields="OBJECTID")
    assert len(first["features"]) == 2000
    assert first["exceededTransferLimit"] is True
    last = query(
        emulator_session,
        server,
        alice,
        where="1=1",
        outFields="OBJECTID",
        resultOffset="4000",
        resultRecordCount="5000",
    )
    assert [f["attributes"]["OBJECTID"] for f in last["features"]] == list(range(4001, 5001))
    assert "exceededTransferLimit" not in last


def test_query_orders_by_fields(server, emulator_session, alice):
    body = query(
        emulator_session, server, alice, where="rank = 7", orderByFields="value DESC, OBJECTID", resultRecordCount="3"
    )
    values = [(f["attributes"]["value"], f["attributes"]["OBJECTID"]) for f in body["features"]]
    assert values == [(90.7, 907), (90.7, 1907), (90.7, 2907)]
    assert body["exceededTransferLimit"] is True


def category(i: int) -> str:
    return CATEGORIES[(i - 1) % 4]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("1=1", lambda i: True),
        ("1=0", lambda i: False),
        ("category = 'A'", lambda i: category(i) == "A"),
        ("category <> 'A' AND rank < 10", lambda i: category(i) != "A" and i % 100 < 10),
        ("category IN ('A', 'B') OR rank = 0", lambda i: category(i) in "AB" or i % 100 == 0),
        ("name LIKE 'Point 12%'", lambda i: str(i).startswith("12")),
        ("NOT (value >= 50)", lambda i: (i % 1000) / 10 < 50),
        ("rank BETWEEN 10 AND 19", lambda i: 10 <= i % 100 <= 19),
        ("created >= DATE '2020-12-31'", lambda i: i % 366 == 365),
        ("UPPER(category) = 'C' and OBJECTID <= 100", lambda i: category(i) == "C" and i <= 100),
    ],
)
def test_query_where_clauses(server, emulator_session, alice, where, expected):
    """Expected counts come from the attribute formulas documented in data.py."""
    count = sum(1 for i in range(1, 5001) if expected(i))
    assert query(emulator_session, server, alice, where=where, returnCountOnly="true") == {"count": count}


@pytest.mark.parametrize(
    "where", ["nofield = 1", "category = 1", "name = 'x' OR", "rank = 1; DROP TABLE x", "__import__('os')"]
)
def test_query_rejects_bad_where_clauses(server, emulator_session, alice, where):
    body = query(emulator_session, server, alice, where=where)
    assert body["error"]["code"] == 400
    assert body["error"]["message"] == "Unable to complete operation."


def test_query_by_envelope_in_both_syntaxes_and_spatial_references(server, emulator_session, alice):
    def ids(geometry: str, **params: str) -> list[int]:
        body = query(emulator_session, server, alice, geometry=geometry, returnIdsOnly="true", **params)
        return body["objectIds"]

    comma = ids("0,40,5,45", geometryType="esriGeometryEnvelope", inSR="4326")
    as_json = ids('{"xmin":0,"ymin":40,"xmax":5,"ymax":45,"spatialReference":{"wkid":4326}}')
    mercator = ids("0,4865942.279503176,556597.4539663679,5621521.486192066", inSR="102100")
    assert comma == as_json
    assert len(set(mercator) ^ set(comma)) <= 2  # projection rounding at the edges
    everything = query(emulator_session, server, alice, where="1=1", outFields="OBJECTID")
    inside = [
        f["attributes"]["OBJECTID"]
        for f in everything["features"]
        if 0 <= f["geometry"]["x"] <= 5 and 40 <= f["geometry"]["y"] <= 45
    ]
    assert inside == [oid for oid in comma if oid <= 2000]  # the first page holds OBJECTIDs 1-2000
    assert len(comma) > 50


def test_query_can_answer_in_web_mercator(server, emulator_session, alice):
    body = query(emulator_session, server, alice, objectIds="1", outSR="3857")
    plain = query(emulator_session, server, alice, objectIds="1")
    x, y = body["features"][0]["geometry"]["x"], body["features"][0]["geometry"]["y"]
    assert body["spatialReference"]["latestWkid"] == 3857
    assert x == pytest.approx(plain["features"][0]["geometry"]["x"] * 111319.49, rel=1e-6)
    assert 4e6 < y < 8.5e6


def test_hundred_thousand_features_are_served_quickly(arcgis_emulator, emulator_session):
    server = add_users(arcgis_emulator(features=100_000))
    headers = {"Authorization": f"Bearer {server.issue_token('alice', client=None)}"}
    started = time.monotonic()
    ids = query(emulator_session, server, headers, where="1=1", returnIdsOnly="true")["objectIds"]
    page = query(emulator_session, server, headers, objectIds=",".join(map(str, ids[-2000:])), outFields="*")
    filtered = query(emulator_session, server, headers, where="category = 'D' AND value > 50", returnCountOnly="true")
    assert time.monotonic() - started < 3
    assert len(ids) == 100_000
    assert page["features"][-1]["attributes"]["name"] == "Point 100000"
    assert filtered["count"] == sum(1 for i in range(4, 100_001, 4) if i % 1000 > 500)


# ---------------------------------------------------------------- map service


def export(session, server, headers, **params):
    url = server.service_url("Demo/Points", "MapServer") + "/export"
    defaults = {
        "bbox": "-10,35,30,60",
        "size": "200,120",
        "format": "png",
        "layers": "show:0",
        "transparent": "true",
        "f": "image",
    }
    return session.get(url, params={**defaults, **params}, headers=headers, timeout=30)


def test_export_renders_a_png_of_the_points(server, emulator_session, alice):
    reply = export(emulator_session, server, alice)
    assert reply.headers["Content-Type"] == "image/png"
    width, height, rgba = decode_png(reply.content)
    assert (width, height) == (200, 120)
    assert opaque_pixels(rgba) > 2000  # 5000 points, drawn as small squares
    assert rgba[3] == 0 or rgba[3] == 255  # transparent background, opaque markers
    empty = export(emulator_session, server, alice, bbox="100,0,110,10")
    assert opaque_pixels(decode_png(empty.content)[2]) == 0
    hidden = export(emulator_session, server, alice, layers="hide:0")
    assert opaque_pixels(decode_png(hidden.content)[2]) == 0
    opaque = export(emulator_session, server, alice, bbox="100,0,110,10", transparent="false")
    assert opaque_pixels(decode_png(opaque.content)[2]) == 200 * 120


def test_export_in_web_mercator_matches_wgs84(server, emulator_session, alice):
    mercator = export(
        emulator_session,
        server,
        alice,
        bbox="-1113194.9,4163881.1,3339584.7,8399737.9",
        bboxSR="102100",
        imageSR="102100",
    )
    assert opaque_pixels(decode_png(mercator.content)[2]) > 2000


@pytest.mark.parametrize("f", ["json", "pjson"])
def test_export_as_json_publishes_the_image(server, emulator_session, alice, f):
    body = export(emulator_session, server, alice, f=f).json()
    assert (body["width"], body["height"]) == (200, 120)
    assert body["extent"]["xmin"] == -10
    assert "/rest/directories/arcgisoutput/" in body["href"]
    image = emulator_session.get(body["href"], timeout=10)
    assert decode_png(image.content)[:2] == (200, 120)


def test_export_needs_a_token_and_a_valid_size(server, emulator_session, alice):
    assert export(emulator_session, server, None).json()["error"]["code"] == 499
    assert export(emulator_session, server, alice, size="5000,10").json()["error"]["code"] == 400


def test_identify_finds_the_point_under_the_cursor(server, emulator_session, alice):
    point = query(emulator_session, server, alice, objectIds="42")["features"][0]["geometry"]
    url = server.service_url("Demo/Points", "MapServer") + "/identify"
    params = {
        "f": "json",
        "geometry": f"{point['x']},{point['y']}",
        "geometryType": "esriGeometryPoint",
        "sr": "4326",
        "tolerance": "1",
        "mapExtent": f"{point['x'] - 0.01},{point['y'] - 0.01},{point['x'] + 0.01},{point['y'] + 0.01}",
        "imageDisplay": "400,400,96",
        "layers": "all:0",
        "returnGeometry": "true",
    }
    results = emulator_session.get(url, params=params, headers=alice, timeout=10).json()["results"]
    assert [r["attributes"]["OBJECTID"] for r in results] == ["42"]
    assert results[0]["value"] == "Point 42"
    assert results[0]["geometry"]["x"] == pytest.approx(point["x"])
    assert emulator_session.get(url, params=params, timeout=10).json()["error"]["code"] == 499


def test_legend_has_a_png_swatch_per_category(server, emulator_session, alice):
    url = server.service_url("Demo/Points", "MapServer") + "/legend"
    layers = emulator_session.get(url, params={"f": "json"}, headers=alice, timeout=10).json()["layers"]
    entries = layers[0]["legend"]
    assert [e["label"] for e in entries] == list(CATEGORIES)
    for entry in entries:
        width, height, rgba = decode_png(base64.b64decode(entry["imageData"]))
        assert (width, height) == (20, 20)
        assert 0 < opaque_pixels(rgba) < 400


def test_public_map_service_needs_no_token(server, emulator_session):
    url = server.service_url("Public/Landmarks", "MapServer") + "/export"
    reply = emulator_session.get(url, params={"bbox": "-10,35,30,60", "size": "64,64", "f": "image"}, timeout=10)
    assert reply.headers["Content-Type"] == "image/png"
    assert opaque_pixels(decode_png(reply.content)[2]) > 0


def test_custom_services_and_site_name(arcgis_emulator, emulator_session):
    server = arcgis_emulator(site="gis", services=[Service("Only", types=("FeatureServer",), public=True, features=7)])
    assert server.server_url.endswith("/gis")
    assert catalog(emulator_session, server)["services"] == [{"name": "Only", "type": "FeatureServer"}]
    assert query(emulator_session, server, None, "Only", returnCountOnly="true") == {"count": 7}
