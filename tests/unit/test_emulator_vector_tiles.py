"""The emulator's VectorTileServer: service JSON, style, sprites, glyphs and real Mapbox Vector Tiles."""

from __future__ import annotations

import mapbox_vector_tile
import pytest

from tests.emulator import DEFAULT_SERVICES, VECTOR_TILE_SERVER, ArcGISEmulator, Service
from tests.emulator.pytest_fixtures import REFERER, add_users, request_token
from tests.emulator.vectortiles import AREA_COLUMNS, AREA_ROWS, MAX_ZOOM, STYLE, TILE_EXTENT, tile_bounds
from tests.unit.test_emulator_services import decode_png

BASEMAP = "Demo/Basemap"


@pytest.fixture
def server(arcgis_emulator) -> ArcGISEmulator:
    tiles = Service(BASEMAP, types=(VECTOR_TILE_SERVER,), features=300)
    return add_users(arcgis_emulator(services=[*DEFAULT_SERVICES, tiles]))


@pytest.fixture
def alice(server, emulator_session) -> dict[str, str]:
    token = request_token(emulator_session, server.token_url)["token"]
    return {"X-Esri-Authorization": f"Bearer {token}", "Referer": REFERER}


def get(session, server, path: str, headers=None, **params):
    url = f"{server.service_url(BASEMAP, VECTOR_TILE_SERVER)}{path}"
    return session.get(url, params=params, headers=headers, timeout=30)


def test_the_catalog_lists_the_vector_tile_service_to_a_signed_in_user(server, emulator_session, alice):
    listing = emulator_session.get(f"{server.services_url}/Demo", params={"f": "json"}, headers=alice, timeout=10)
    assert {"name": BASEMAP, "type": VECTOR_TILE_SERVER} in listing.json()["services"]


def test_the_service_describes_web_mercator_tiles_its_style_and_its_levels(server, emulator_session, alice):
    service = get(emulator_session, server, "", alice, f="pjson").json()
    assert (service["name"], service["tiles"], service["defaultStyles"]) == (
        "Basemap", ["tile/{z}/{y}/{x}.pbf"], "resources/styles"
    )  # fmt: skip
    info = service["tileInfo"]
    assert (info["rows"], info["cols"], info["format"]) == (512, 512, "pbf")
    assert info["spatialReference"]["latestWkid"] == 3857
    assert [lod["level"] for lod in info["lods"]] == list(range(MAX_ZOOM + 1))
    assert info["lods"][0]["resolution"] == pytest.approx(78271.516964, abs=1e-6)  # ArcGIS's level 0
    assert info["lods"][0]["scale"] == pytest.approx(295828763.7957775, rel=1e-9)
    assert service["fullExtent"]["spatialReference"]["latestWkid"] == 3857


def test_the_style_the_sprites_and_the_glyphs_are_served(server, emulator_session, alice):
    for path in ("/resources/styles", "/resources/styles/root.json"):
        assert get(emulator_session, server, path, alice).json() == STYLE
    assert [layer["type"] for layer in STYLE["layers"]] == ["fill", "line", "circle", "symbol"]
    for suffix, size in (("", 12), ("@2x", 24)):
        index = get(emulator_session, server, f"/resources/sprites/sprite{suffix}.json", alice).json()
        assert index == {"marker": {"x": 0, "y": 0, "width": size, "height": size, "pixelRatio": size // 12}}
        png = get(emulator_session, server, f"/resources/sprites/sprite{suffix}.png", alice)
        assert png.headers["Content-Type"] == "image/png" and decode_png(png.content)[:2] == (size, size)
    glyphs = get(emulator_session, server, "/resources/fonts/Arial Regular/0-255.pbf", alice)
    # glyphs { stacks { name: "Arial Regular", range: "0-255" } }, protobuf wire format
    assert glyphs.content == b"\x0a\x16\x0a\x0dArial Regular\x12\x050-255"


def test_tiles_are_real_mapbox_vector_tiles_of_the_areas_and_points(server, emulator_session, alice):
    reply = get(emulator_session, server, "/tile/3/2/4.pbf", alice)  # over Central Europe
    assert reply.headers["Content-Type"] == "application/x-protobuf"
    tile = mapbox_vector_tile.decode(reply.content)
    assert {name: layer["extent"] for name, layer in tile.items()} == {"Areas": TILE_EXTENT, "Points": TILE_EXTENT}
    assert {feature["properties"]["category"] for feature in tile["Areas"]["features"]} <= set("ABCD")
    assert all(feature["geometry"]["type"] == "Polygon" for feature in tile["Areas"]["features"])
    points = tile["Points"]["features"]
    assert points and all(feature["geometry"]["type"] == "Point" for feature in points)
    assert all(feature["properties"]["name"] == f"Point {feature['id']}" for feature in points)
    whole = mapbox_vector_tile.decode(get(emulator_session, server, "/tile/0/0/0.pbf", alice).content)
    assert len(whole["Areas"]["features"]) == AREA_COLUMNS * AREA_ROWS and len(whole["Points"]["features"]) == 300
    assert get(emulator_session, server, "/tile/3/7/7.pbf", alice).content == b""  # the Pacific: nothing there
    bounds = tile_bounds(1, 0, 1)
    assert (bounds.xmin, bounds.ymin) == (0, 0) and bounds.xmax == bounds.ymax == pytest.approx(20037508.342787)


@pytest.mark.parametrize("path", ["/tile/7/0/0.pbf", "/tile/2/4/0.pbf", "/resources/sprites/sprite@3x.json"])
def test_what_the_service_does_not_have_is_a_404(server, emulator_session, alice, path):
    assert get(emulator_session, server, path, alice).json()["error"]["code"] == 404


@pytest.mark.parametrize(
    "path",
    ["", "/resources/styles/root.json", "/resources/sprites/sprite.png", "/resources/fonts/Arial/0-255.pbf",
     "/tile/3/2/4.pbf"],
)  # fmt: skip
def test_every_part_is_secured(server, emulator_session, path):
    assert get(emulator_session, server, path, f="json").json()["error"]["code"] == 499
    bad = {"X-Esri-Authorization": "Bearer not-a-token", "Referer": REFERER}
    assert get(emulator_session, server, path, bad, f="json").json()["error"]["code"] == 498
    server.settings.real_status_codes = True
    assert get(emulator_session, server, path).status_code == 499
    server.settings.real_status_codes = False
