"""The emulator's OGC and tile endpoints (WMS, WMTS, a cached service's tiles) and its image service."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.emulator import ARCGIS_TRANSPORTS, ArcGISEmulator, Service
from tests.emulator.data import dataset
from tests.emulator.pytest_fixtures import REFERER, add_users, request_token
from tests.unit.test_emulator_services import decode_png

FEATURES = 400
WMS_NS = {"wms": "http://www.opengis.net/wms", "xlink": "http://www.w3.org/1999/xlink"}
WMTS_NS = {"wmts": "http://www.opengis.net/wmts/1.0", "ows": "http://www.opengis.net/ows/1.1",
           "xlink": "http://www.w3.org/1999/xlink"}  # fmt: skip
HREF = "{http://www.w3.org/1999/xlink}href"
SERVICES = [
    Service("Maps/Cached", types=("MapServer",), cached=True, wms=True),
    Service("Dynamic", types=("MapServer",)),
    Service("Imagery", types=("ImageServer",)),
]


@pytest.fixture
def server(arcgis_emulator) -> ArcGISEmulator:
    return add_users(arcgis_emulator(features=FEATURES, services=SERVICES, also_http=True))


@pytest.fixture
def token(server, emulator_session) -> str:
    return request_token(emulator_session, server.token_url)["token"]


def parse(document: bytes) -> ET.Element:
    return ET.fromstring(document)  # noqa: S314 - the emulator's own document


def wms_url(server: ArcGISEmulator, name: str = "Maps/Cached", spelling: str = "WMSServer") -> str:
    return f"{server.server_url}/services/{name}/MapServer/{spelling}"


def wms(session, server, token: str, spelling: str = "WMSServer", **params):
    """A WMS request with the token where ArcGIS reads it on OGC endpoints: the query string."""
    query = {"SERVICE": "WMS", "VERSION": "1.3.0", **params, "token": token}
    return session.get(wms_url(server, spelling=spelling), params=query, headers={"Referer": REFERER}, timeout=10)


def view_of_first_point(pixels: int = 101) -> dict[str, str]:
    """A WMS 1.3.0 EPSG:4326 view (latitude first) centred on OBJECTID 1, clicked at its centre pixel."""
    points = dataset(FEATURES)
    x, y = points.xs[0], points.ys[0]
    bbox = f"{y - 0.5},{x - 0.5},{y + 0.5},{x + 0.5}"
    centre = str(pixels // 2)
    return {"CRS": "EPSG:4326", "BBOX": bbox, "WIDTH": str(pixels), "HEIGHT": str(pixels), "I": centre, "J": centre}


def test_wms_capabilities_name_the_layer_and_where_to_ask(server, emulator_session, token):
    reply = wms(emulator_session, server, token, REQUEST="GetCapabilities")
    assert reply.status_code == 200 and reply.headers["Content-Type"].startswith("text/xml")
    root = parse(reply.content)
    assert root.get("version") == "1.3.0"
    (layer,) = root.findall("wms:Capability/wms:Layer/wms:Layer", WMS_NS)
    assert (layer.findtext("wms:Name", namespaces=WMS_NS), layer.get("queryable")) == ("0", "1")
    hrefs = {element.get(HREF) for element in root.iter("{http://www.opengis.net/wms}OnlineResource")}
    # As ArcGIS writes it: its own spelling of the endpoint, on the origin that was asked.
    assert hrefs == {wms_url(server, spelling="WmsServer") + "?"}


def test_wms_get_map_draws_the_points_and_get_feature_info_finds_one(server, emulator_session, token):
    view = view_of_first_point()
    image = wms(emulator_session, server, token, spelling="WmsServer", REQUEST="GetMap", LAYERS="0", STYLES="",
                FORMAT="image/png", TRANSPARENT="TRUE", **view)  # fmt: skip
    width, height, rgba = decode_png(image.content)
    centre = (height // 2 * width + width // 2) * 4
    assert (width, height) == (101, 101) and rgba[centre + 3] == 255, "the point is drawn where it is"
    hidden = wms(emulator_session, server, token, REQUEST="GetMap", LAYERS="", FORMAT="image/png",
                 TRANSPARENT="TRUE", **view)  # fmt: skip
    assert not any(decode_png(hidden.content)[2][3::4]), "no layer asked, nothing drawn"

    info = wms(emulator_session, server, token, REQUEST="GetFeatureInfo", LAYERS="0", QUERY_LAYERS="0",
               INFO_FORMAT="text/plain", **view)  # fmt: skip
    assert info.status_code == 200 and "Point 1 " in info.text
    xml = wms(emulator_session, server, token, REQUEST="GetFeatureInfo", QUERY_LAYERS="0",
              INFO_FORMAT="application/vnd.esri.wms_featureinfo_xml", **view)  # fmt: skip
    (fields,) = parse(xml.content)
    assert fields.get("Name") == "Point 1"


def test_wms_reads_the_token_from_the_query_string_only(server, emulator_session, token):
    url = wms_url(server)
    capabilities = {"SERVICE": "WMS", "REQUEST": "GetCapabilities"}
    headers = {"X-Esri-Authorization": f"Bearer {token}", "Authorization": f"Bearer {token}", "Referer": REFERER}
    assert emulator_session.get(url, params=capabilities, headers=headers).json()["error"]["code"] == 499
    decoy = emulator_session.get(url, params={**capabilities, "token": "decoy"}, headers={"Referer": REFERER})
    assert decoy.json()["error"]["code"] == 498
    # The REST API of the same service reads the header.
    service = server.service_url("Maps/Cached", "MapServer")
    assert emulator_session.get(service, params={"f": "json"}, headers=headers).json()["singleFusedMapCache"]
    server.settings.ogc_transports = set(ARCGIS_TRANSPORTS)  # a server whose OGC handler reads headers too
    assert emulator_session.get(url, params=capabilities, headers=headers).headers["Content-Type"].startswith(
        "text/xml"
    )
    records = [r for r in server.requests if r.endpoint == "wms-capabilities"]
    assert [(r.transport, r.error_code) for r in records] == [(None, 499), ("param", 498), ("x-esri", None)]


def test_wms_of_a_service_without_it_and_bad_parameters(server, emulator_session, token):
    missing = emulator_session.get(wms_url(server, "Dynamic"), params={"REQUEST": "GetCapabilities", "token": token},
                                   headers={"Referer": REFERER})  # fmt: skip
    assert missing.json()["error"]["code"] == 404
    bad = wms(emulator_session, server, token, REQUEST="GetMap", CRS="EPSG:2056", BBOX="0,0,1,1", WIDTH="1",
              HEIGHT="1")  # fmt: skip
    assert "ServiceExceptionReport" in bad.text and 'code="InvalidCRS"' in bad.text


def test_capabilities_can_advertise_another_origin_and_repeat_the_token(server, emulator_session, token):
    server.settings.ogc_advertised_origin = server.http_origin
    server.settings.ogc_echo_token = True
    reply = wms(emulator_session, server, token, REQUEST="GetCapabilities")
    hrefs = {element.get(HREF) for element in parse(reply.content).iter("{http://www.opengis.net/wms}OnlineResource")}
    assert hrefs == {f"{server.http_origin}/arcgis/services/Maps/Cached/MapServer/WmsServer?token={token}&"}


def test_wmts_capabilities_and_tiles_restful_and_kvp(server, emulator_session, token):
    headers = {"X-Esri-Authorization": f"Bearer {token}", "Referer": REFERER}
    service = server.service_url("Maps/Cached", "MapServer")
    document = emulator_session.get(f"{service}/WMTS/1.0.0/WMTSCapabilities.xml", headers=headers)
    root = parse(document.content)
    (layer,) = root.findall("wmts:Contents/wmts:Layer", WMTS_NS)
    assert layer.findtext("ows:Identifier", namespaces=WMTS_NS) == "Maps_Cached"
    template = layer.find("wmts:ResourceURL", WMTS_NS).get("template")
    assert template == (f"{service}/WMTS/tile/1.0.0/Maps_Cached/{{Style}}/{{TileMatrixSet}}/{{TileMatrix}}/"
                        "{TileRow}/{TileCol}.png")  # fmt: skip
    matrix_sets = root.findall("wmts:Contents/wmts:TileMatrixSet", WMTS_NS)
    assert [each.findtext("ows:Identifier", namespaces=WMTS_NS) for each in matrix_sets] == [
        "default028mm", "GoogleMapsCompatible"]  # fmt: skip
    assert {len(each.findall("wmts:TileMatrix", WMTS_NS)) for each in matrix_sets} == {11}
    kvp = emulator_session.get(f"{service}/WMTS", params={"SERVICE": "WMTS", "REQUEST": "GetCapabilities"},
                               headers=headers)  # fmt: skip
    assert kvp.content == document.content

    # Level 2, row 1, column 2 holds the data (Europe); the same tile three ways.
    url = template.format(Style="default", TileMatrixSet="GoogleMapsCompatible", TileMatrix=2, TileRow=1, TileCol=2)
    restful = emulator_session.get(url, headers=headers)
    by_kvp = emulator_session.get(f"{service}/WMTS", headers=headers, params={
        "SERVICE": "WMTS", "REQUEST": "GetTile", "LAYER": "Maps_Cached", "STYLE": "default",
        "TILEMATRIXSET": "GoogleMapsCompatible", "TILEMATRIX": "2", "TILEROW": "1", "TILECOL": "2"})  # fmt: skip
    cached = emulator_session.get(f"{service}/tile/2/1/2", headers=headers)
    assert restful.content == by_kvp.content == cached.content
    width, height, rgba = decode_png(cached.content)
    assert (width, height) == (256, 256) and any(rgba[3::4])
    assert emulator_session.get(f"{service}/tile/2/1/4", headers=headers).status_code == 404
    assert emulator_session.get(f"{service}/tile/2/1/2").json()["error"]["code"] == 499
    labels = [r.endpoint for r in server.requests if r.endpoint.startswith(("wmts", "map-tile"))]
    assert labels == ["wmts-capabilities"] * 2 + ["wmts-tile"] * 2 + ["map-tile"] * 3


def test_a_cached_service_describes_its_tiles_and_a_dynamic_one_has_none(server, emulator_session, token):
    headers = {"X-Esri-Authorization": f"Bearer {token}", "Referer": REFERER}
    cached = emulator_session.get(server.service_url("Maps/Cached", "MapServer"), params={"f": "json"},
                                  headers=headers).json()  # fmt: skip
    assert cached["singleFusedMapCache"] and cached["supportedExtensions"] == "WMSServer"
    assert cached["tileInfo"]["rows"] == 256 and len(cached["tileInfo"]["lods"]) == 11
    dynamic = server.service_url("Dynamic", "MapServer")
    description = emulator_session.get(dynamic, params={"f": "json"}, headers=headers).json()
    assert not description["singleFusedMapCache"] and "tileInfo" not in description
    assert emulator_session.get(f"{dynamic}/tile/2/1/2", headers=headers).status_code == 404
    wmts = emulator_session.get(f"{dynamic}/WMTS/1.0.0/WMTSCapabilities.xml", headers=headers).json()
    assert wmts["error"]["code"] == 400


def test_an_image_service_describes_itself_and_exports_an_image(server, emulator_session, token):
    headers = {"X-Esri-Authorization": f"Bearer {token}", "Referer": REFERER}
    url = server.service_url("Imagery", "ImageServer")
    description = emulator_session.get(url, params={"f": "json"}, headers=headers).json()
    assert description["serviceDataType"].startswith("esriImageService") and description["bandCount"] == 3
    image = emulator_session.get(f"{url}/exportImage", headers=headers,
                                 params={"bbox": "-10,35,30,60", "size": "80,50", "f": "image"})  # fmt: skip
    width, height, rgba = decode_png(image.content)
    assert (width, height) == (80, 50) and any(rgba[3::4])
    assert emulator_session.get(f"{url}/exportImage", params={"bbox": "-10,35,30,60"}).json()["error"]["code"] == 499
    catalog = emulator_session.get(server.services_url, params={"f": "json"}, headers=headers).json()
    assert {"name": "Imagery", "type": "ImageServer"} in catalog["services"]
