"""A Web Map's data read into the layers to make: order, kinds, properties, and hostile web maps."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from arcgis_token_auth.plugin.core import webmap
from arcgis_token_auth.plugin.core.errors import UnexpectedResponseError
from arcgis_token_auth.plugin.core.phrases import Phrase
from arcgis_token_auth.plugin.core.webmap import (
    MAX_GROUP_DEPTH,
    OPENSTREETMAP_TILES,
    LayerKind,
    Unsupported,
    WebMapLayer,
    WebMapPlan,
    read_web_map,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SERVER = "https://acme.maps.arcgis.com"
HOSTED = "https://services3.arcgis.com/Xj56SBi2udA78cC9/arcgis/rest/services"
ENTERPRISE = "https://gis.example.com/arcgis/rest/services"
ONLINE = "https://services.arcgisonline.com/arcgis/rest/services"

# A web map as ArcGIS Online's Map Viewer saves it (content/items/<id>/data), popups and renderers trimmed.
WEB_MAP: dict[str, Any] = {
    "operationalLayers": [
        {
            "id": "18f3a1b2c4d-layer-3",
            "title": "Parcels",
            "url": f"{HOSTED}/Parcels/FeatureServer/0",
            "itemId": "4f1b1f7c8d4e4b2f9a0e6c3d2b1a0f9e",
            "layerType": "ArcGISFeatureLayer",
            "visibility": True,
            "opacity": 0.8,
            "disablePopup": False,
            "layerDefinition": {
                "definitionExpression": "ZONING = 'R1'",
                "minScale": 50000,
                "maxScale": 0,
                "drawingInfo": {"renderer": {"type": "simple", "symbol": {"type": "esriSFS", "color": [0, 0, 0, 0]}}},
            },
            "popupInfo": {"title": "{PARCEL_ID}", "fieldInfos": []},
        },
        {
            "id": "18f3a1b2c4d-layer-7",
            "title": "Utilities",
            "layerType": "GroupLayer",
            "visibility": False,
            "opacity": 0.5,
            "visibilityMode": "independent",
            "layers": [
                {
                    "id": "18f3a1b2c4d-layer-5",
                    "title": "Water network",
                    "url": f"{ENTERPRISE}/Utilities/Water/MapServer",
                    "layerType": "ArcGISMapServiceLayer",
                    "visibility": True,
                    "opacity": 1,
                    "minScale": 100000,
                    "maxScale": 1000,
                    "visibleLayers": [0, 2, 5],
                    "layers": [{"id": 2, "layerDefinition": {"definitionExpression": "STATUS = 1"}}],
                },
                {
                    "id": "18f3a1b2c4d-layer-6",
                    "title": "Hydrants",
                    "url": f"{ENTERPRISE}/Utilities/Water/MapServer/3",
                    "layerType": "ArcGISFeatureLayer",
                    "visibility": True,
                    "opacity": 1,
                    "minScale": 20000,
                    "layerDefinition": {"minScale": 5000, "maxScale": 500},
                },
            ],
        },
        {
            "id": "Map_Notes_1",
            "title": "Site sketch",
            "layerType": "ArcGISFeatureLayer",
            "opacity": 1,
            "visibility": True,
            "featureCollection": {
                "layers": [
                    {
                        "layerDefinition": {"name": "Points", "geometryType": "esriGeometryPoint", "fields": []},
                        "featureSet": {"geometryType": "esriGeometryPoint", "features": []},
                    }
                ],
                "showLegend": True,
            },
        },
        {
            "id": "earthquakes_csv",
            "title": "Earthquakes",
            "url": "https://earthquake.usgs.gov/earthquakes/feed/v1.0/summary/2.5_week.csv",
            "layerType": "CSV",
            "locationInfo": {"locationType": "coordinates", "latitudeFieldName": "latitude"},
            "columnDelimiter": ",",
        },
        {
            "id": "18f3a1b2c4d-layer-9",
            "title": "Elevation",
            "url": f"{ENTERPRISE}/Elevation/DEM/ImageServer",
            "layerType": "ArcGISImageServiceLayer",
            "visibility": True,
            "opacity": 0.6,
            "format": "jpgpng",
        },
        {
            "id": "18f3a1b2c4d-layer-10",
            "title": "Contours",
            "layerType": "VectorTileLayer",
            "styleUrl": f"{HOSTED}/Contours/VectorTileServer/resources/styles/root.json",
            "itemId": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "visibility": True,
            "opacity": 1,
        },
    ],
    "baseMap": {
        "baseMapLayers": [
            {
                "id": "World_Imagery_2017",
                "layerType": "ArcGISTiledMapServiceLayer",
                "url": "https://services.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer",
                "visibility": True,
                "opacity": 1,
                "title": "World Imagery",
            },
            {
                "id": "VectorTile_6451",
                "layerType": "VectorTileLayer",
                "title": "World Topographic Map",
                "styleUrl": "https://cdn.arcgis.com/sharing/rest/content/items/7dc6cea0b1764a1f9af2e679f642f0f5/resources/styles/root.json",
                "itemId": "7dc6cea0b1764a1f9af2e679f642f0f5",
                "visibility": True,
                "opacity": 1,
            },
            {
                "id": "World_Boundaries_and_Places_1145",
                "layerType": "ArcGISTiledMapServiceLayer",
                "url": "https://services.arcgisonline.com/ArcGIS/rest/services/Reference/World_Boundaries_and_Places/MapServer",
                "visibility": True,
                "opacity": 1,
                "title": "World Boundaries and Places",
                "isReference": True,
            },
        ],
        "title": "Imagery Hybrid",
    },
    "spatialReference": {"wkid": 102100, "latestWkid": 3857},
    "authoringApp": "ArcGISMapViewer",
    "authoringAppVersion": "2024.2",
    "initialState": {"viewpoint": {"targetGeometry": {"xmin": -13_200_000, "ymin": 4_000_000, "xmax": -13_100_000,
                                                      "ymax": 4_100_000, "spatialReference": {"wkid": 102100}}}},
    "version": "2.31",
}  # fmt: skip


def test_a_map_viewer_web_map_is_read_in_drawing_order() -> None:
    plan = read_web_map(WEB_MAP, title="Zoning and utilities")
    assert plan == WebMapPlan(
        title="Zoning and utilities",
        operational=(
            WebMapLayer(
                "Parcels", LayerKind.FEATURE, f"{HOSTED}/Parcels/FeatureServer/0", visible=True, opacity=0.8,
                min_scale=50000.0, max_scale=0.0, definition_expression="ZONING = 'R1'",
                item_id="4f1b1f7c8d4e4b2f9a0e6c3d2b1a0f9e", layer_id=0,
            ),
            WebMapLayer(
                "Utilities", LayerKind.GROUP, visible=False, opacity=0.5,
                children=(
                    WebMapLayer("Water network", LayerKind.MAP, f"{ENTERPRISE}/Utilities/Water/MapServer",
                                min_scale=100000.0, max_scale=1000.0, sublayers=(0, 2, 5)),
                    WebMapLayer("Hydrants", LayerKind.FEATURE, f"{ENTERPRISE}/Utilities/Water/MapServer/3",
                                min_scale=5000.0, max_scale=500.0, layer_id=3),
                ),
            ),
            WebMapLayer("Elevation", LayerKind.IMAGE, f"{ENTERPRISE}/Elevation/DEM/ImageServer", opacity=0.6),
            WebMapLayer(
                "Contours", LayerKind.VECTOR_TILES, f"{HOSTED}/Contours/VectorTileServer",
                item_id="0a1b2c3d4e5f60718293a4b5c6d7e8f9",
                style_url=f"{HOSTED}/Contours/VectorTileServer/resources/styles/root.json",
            ),
        ),
        basemap=(
            WebMapLayer("World Imagery", LayerKind.TILED,
                        "https://services.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer"),
        ),
        basemap_title="Imagery Hybrid",
        unsupported=(
            Unsupported("Site sketch", "ArcGISFeatureLayer", webmap.FEATURES_IN_MAP),
            Unsupported("Earthquakes", "CSV", webmap.UNOPENED_TYPES["CSV"]),
            Unsupported("World Topographic Map", "VectorTileLayer", webmap.STYLE_WITHOUT_SERVICE),
        ),
        wkid=3857,
        reference=(
            WebMapLayer(
                "World Boundaries and Places", LayerKind.TILED,
                "https://services.arcgisonline.com/ArcGIS/rest/services/Reference/World_Boundaries_and_Places/MapServer",
            ),
        ),
    )  # fmt: skip
    assert [reason.reason for reason in plan.unsupported] == [
        "features stored in the web map", "a CSV file", "a vector tile style without its service's address",
    ]  # fmt: skip


def test_reading_does_not_change_the_web_map() -> None:
    data = copy.deepcopy(WEB_MAP)
    read_web_map(data)
    assert data == WEB_MAP


def one(layer: dict[str, Any]) -> WebMapLayer:
    """The one layer ``layer`` becomes (failing if it is not made)."""
    plan = read_web_map({"operationalLayers": [layer]})
    assert plan.unsupported == ()
    (made,) = plan.operational
    return made


def refused(layer: dict[str, Any]) -> Unsupported:
    """Why ``layer`` is not made (failing if it is)."""
    plan = read_web_map({"operationalLayers": [layer]})
    assert plan.operational == ()
    (unsupported,) = plan.unsupported
    return unsupported


def feature(**fields: object) -> dict[str, Any]:
    return {"layerType": "ArcGISFeatureLayer", "title": "F", "url": f"{HOSTED}/Parcels/FeatureServer/0", **fields}


# --- Properties --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "min_scale", "max_scale"),
    [
        ({}, 0.0, 0.0),
        ({"minScale": 25000, "maxScale": 1000}, 25000.0, 1000.0),  # the layer's own
        ({"layerDefinition": {"minScale": 5000, "maxScale": 500}}, 5000.0, 500.0),
        ({"minScale": 25000, "maxScale": 1000, "layerDefinition": {"minScale": 5000, "maxScale": 500}}, 5000.0, 500.0),
        ({"minScale": 25000, "layerDefinition": {"minScale": 0}}, 0.0, 0.0),  # overridden to no limit
        ({"minScale": 25000, "layerDefinition": {"maxScale": 800}}, 25000.0, 800.0),  # one each
        ({"minScale": 1.5e6, "maxScale": 2256.994353}, 1.5e6, 2256.994353),
        ({"minScale": -1, "maxScale": "1000", "layerDefinition": {"minScale": None, "maxScale": True}}, 0.0, 0.0),
        ({"minScale": 25000, "layerDefinition": {"minScale": "5000"}}, 25000.0, 0.0),  # a string is no scale
        ({"minScale": 10**400, "layerDefinition": []}, 0.0, 0.0),
    ],
)  # fmt: skip
def test_scale_range(fields: dict[str, object], min_scale: float, max_scale: float) -> None:
    layer = one(feature(**fields))
    assert (layer.min_scale, layer.max_scale) == (min_scale, max_scale)


@pytest.mark.parametrize(
    ("fields", "expression"),
    [
        ({}, ""),
        ({"layerDefinition": {"definitionExpression": "POP > 1000"}}, "POP > 1000"),
        ({"definitionExpression": "STATUS = 'open'"}, "STATUS = 'open'"),  # older web maps' place
        ({"definitionExpression": "OLD = 1", "layerDefinition": {"definitionExpression": "NEW = 1"}}, "NEW = 1"),
        ({"layerDefinition": {"definitionExpression": None}}, ""),
        ({"layerDefinition": {"definitionExpression": ["POP > 1"]}, "definitionExpression": 3}, ""),
        ({"layerDefinition": {"definitionExpression": "  TYPE IN ('a', 'b')\n"}}, "TYPE IN ('a', 'b')"),
    ],
)
def test_definition_expression(fields: dict[str, object], expression: str) -> None:
    assert one(feature(**fields)).definition_expression == expression


@pytest.mark.parametrize(
    ("opacity", "expected"),
    [(None, 1.0), (0.35, 0.35), (0, 0.0), (1, 1.0), (2.5, 1.0), (-0.5, 0.0), ("0.5", 1.0), (True, 1.0),
     (10**400, 1.0), ([0.5], 1.0)],
)  # fmt: skip
def test_opacity_is_clamped(opacity: object, expected: float) -> None:
    fields = {} if opacity is None else {"opacity": opacity}
    assert one(feature(**fields)).opacity == expected


@pytest.mark.parametrize(("value", "expected"), [(5.0, 1.0), (-1.0, 0.0), (float("nan"), 1.0), (float("-inf"), 1.0)])
def test_a_layer_made_directly_clamps_its_opacity(value: float, expected: float) -> None:
    layer = WebMapLayer("T", LayerKind.MAP, f"{ENTERPRISE}/A/MapServer", opacity=value)
    assert layer.opacity == expected


@pytest.mark.parametrize(
    ("fields", "visible"),
    [({}, True), ({"visibility": True}, True), ({"visibility": False}, False), ({"visibility": "false"}, True),
     ({"visibility": 0}, True), ({"visibility": None}, True)],
)  # fmt: skip
def test_visibility_defaults_to_true(fields: dict[str, object], visible: bool) -> None:
    assert one(feature(**fields)).visible is visible


@pytest.mark.parametrize(
    ("item_id", "kept"),
    [("4f1b1f7c8d4e4b2f9a0e6c3d2b1a0f9e", "4f1b1f7c8d4e4b2f9a0e6c3d2b1a0f9e"), ("../../portaladmin", ""),
     ("a/b", ""), (42, ""), (None, ""), ("", "")],
)  # fmt: skip
def test_item_id(item_id: object, kept: str) -> None:
    assert one(feature(itemId=item_id)).item_id == kept


@pytest.mark.parametrize(
    ("fields", "title"),
    [
        ({"title": "  Parcels  "}, "Parcels"),
        ({"title": ""}, "Parcels"),  # the service's name
        ({"title": None, "url": f"{ENTERPRISE}/Folder/Roads/MapServer/4"}, "Roads"),
        ({"title": 5, "url": f"{HOSTED}/Parcels/featureserver/0?token=x"}, "Parcels"),
    ],
)
def test_title_defaults_to_the_services_name(fields: dict[str, object], title: str) -> None:
    assert one(feature(**fields)).title == title


def test_a_layer_without_a_title_or_service_is_named_by_its_type() -> None:
    assert one({"layerType": "OpenStreetMap"}).title == "OpenStreetMap"
    assert refused({"layerType": "KML", "url": "https://h.com/a.kml"}).title == "KML"


# --- Feature layers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "url", "layer_id"),
    [
        ({"url": f"{HOSTED}/Parcels/FeatureServer/0"}, f"{HOSTED}/Parcels/FeatureServer/0", 0),
        ({"url": f"{HOSTED}/Parcels/FeatureServer/12/"}, f"{HOSTED}/Parcels/FeatureServer/12", 12),
        ({"url": f"{ENTERPRISE}/Roads/MapServer/4"}, f"{ENTERPRISE}/Roads/MapServer/4", 4),  # a map service's layer
        ({"url": f"{HOSTED}/Parcels/FeatureServer", "layerId": 2}, f"{HOSTED}/Parcels/FeatureServer/2", 2),
        ({"url": f"{HOSTED}/Parcels/FeatureServer/", "layerId": 0}, f"{HOSTED}/Parcels/FeatureServer/0", 0),
        ({"url": f"{HOSTED}/Parcels/FeatureServer/1", "layerId": 7}, f"{HOSTED}/Parcels/FeatureServer/1", 1),
        ({"url": f"{HOSTED}/Parcels/FeatureServer"}, f"{HOSTED}/Parcels/FeatureServer", None),  # its first layer
        ({"url": f"{HOSTED}/Parcels/FeatureServer", "layerId": True}, f"{HOSTED}/Parcels/FeatureServer", None),
        ({"url": f"{HOSTED}/Parcels/FeatureServer", "layerId": "2"}, f"{HOSTED}/Parcels/FeatureServer", None),
        ({"url": f"{HOSTED}/Parcels/FeatureServer", "layerId": -1}, f"{HOSTED}/Parcels/FeatureServer", None),
        # A saved token stays out: the integration signs requests itself, and projects keep URLs.
        ({"url": f"{HOSTED}/Parcels/FeatureServer/0?token=SECRET&f=json"}, f"{HOSTED}/Parcels/FeatureServer/0", 0),
        ({"url": f"{HOSTED}/Parcels/FeatureServer/0#frag"}, f"{HOSTED}/Parcels/FeatureServer/0", 0),
        ({"url": "  http://gis.example.com/arcgis/rest/services/A/FeatureServer/1  "},
         "http://gis.example.com/arcgis/rest/services/A/FeatureServer/1", 1),
        ({"url": "//services.arcgisonline.com/ArcGIS/rest/services/Demographics/USA_Pop/MapServer/1"},
         "https://services.arcgisonline.com/ArcGIS/rest/services/Demographics/USA_Pop/MapServer/1", 1),
        ({"url": f"{HOSTED}/Parcels/FeatureServer/0", "featureCollection": {"layers": []}},
         f"{HOSTED}/Parcels/FeatureServer/0", 0),  # a URL wins over a collection
    ],
)  # fmt: skip
def test_feature_layer_url_and_layer_id(fields: dict[str, object], url: str, layer_id: object) -> None:
    layer = one(feature(**fields))
    assert (layer.kind, layer.url, layer.layer_id) == (LayerKind.FEATURE, url, layer_id)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("javascript:alert(document.cookie)//FeatureServer/0", webmap.NOT_A_WEB_ADDRESS),
        ("JavaScript:alert(1)", webmap.NOT_A_WEB_ADDRESS),
        ("file:///etc/passwd", webmap.NOT_A_WEB_ADDRESS),
        ("data:text/html;base64,PHNjcmlwdD4=", webmap.NOT_A_WEB_ADDRESS),
        ("ftp://h.com/arcgis/rest/services/A/FeatureServer/0", webmap.NOT_A_WEB_ADDRESS),
        ("/arcgis/rest/services/A/FeatureServer/0", webmap.NOT_A_WEB_ADDRESS),  # relative
        ("https://h.com/arcgis/rest/services/A B/FeatureServer/0", webmap.NOT_A_WEB_ADDRESS),
        ("https://h.com/a\r\nHost: evil.com", webmap.NOT_A_WEB_ADDRESS),
        ("https://", webmap.NOT_A_WEB_ADDRESS),
        ("https://h.com/\ud800", webmap.NOT_A_WEB_ADDRESS),
        ("", webmap.NO_URL),
        ("   ", webmap.NO_URL),
        (None, webmap.NO_URL),
        (["https://h.com/arcgis/rest/services/A/FeatureServer/0"], webmap.NO_URL),
    ],
    ids=repr,
)  # fmt: skip
def test_only_web_addresses_are_taken(url: object, reason: Phrase) -> None:
    assert refused(feature(url=url)) == Unsupported("F", "ArcGISFeatureLayer", reason)


def test_features_stored_in_the_web_map_are_not_made() -> None:
    layer = {"layerType": "ArcGISFeatureLayer", "title": "Notes", "featureCollection": {"layers": []}, "itemId": "x"}
    assert refused(layer) == Unsupported("Notes", "ArcGISFeatureLayer", webmap.FEATURES_IN_MAP)


# --- Map, tiled, image services ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("visible_layers", "sublayers"),
    [(None, ()), ([], ()), ([3], (3,)), ([0, 2, 5], (0, 2, 5)), ([5, 0, 5, 2, 0], (5, 0, 2)),
     ([0, -1, "3", True, 4.0, 4.5, None, [1]], (0, 4)), ("0,1", ()), ({"0": 1}, ())],
)  # fmt: skip
def test_map_service_visible_layers(visible_layers: object, sublayers: tuple[int, ...]) -> None:
    fields = {} if visible_layers is None else {"visibleLayers": visible_layers}
    layer = one({"layerType": "ArcGISMapServiceLayer", "title": "M", "url": f"{ENTERPRISE}/Roads/MapServer", **fields})
    assert (layer.kind, layer.url, layer.sublayers) == (LayerKind.MAP, f"{ENTERPRISE}/Roads/MapServer", sublayers)


@pytest.mark.parametrize(
    ("layer_type", "url", "kind"),
    [
        ("ArcGISMapServiceLayer", f"{ENTERPRISE}/Roads/MapServer/", LayerKind.MAP),
        ("ArcGISTiledMapServiceLayer", f"{ONLINE}/Elevation/World_Hillshade/MapServer", LayerKind.TILED),
        ("ArcGISTiledMapServiceLayer", "https://tiles.arcgis.com/tiles/Xj56/arcgis/rest/services/Ortho/MapServer",
         LayerKind.TILED),
        ("ArcGISImageServiceLayer", f"{ENTERPRISE}/Elevation/DEM/ImageServer", LayerKind.IMAGE),
        ("ArcGISTiledImageServiceLayer", "https://tiledimageservices.arcgis.com/Xj56/arcgis/rest/services/O/ImageServer",
         LayerKind.IMAGE),
    ],
)  # fmt: skip
def test_services_drawn_by_the_server(layer_type: str, url: str, kind: LayerKind) -> None:
    layer = one({"layerType": layer_type, "title": "S", "url": url, "itemId": "abc"})
    assert (layer.kind, layer.url, layer.item_id, layer.layer_id) == (kind, url.rstrip("/"), "abc", None)


@pytest.mark.parametrize(
    "layer_type",
    ["ArcGISMapServiceLayer", "ArcGISTiledMapServiceLayer", "ArcGISImageServiceLayer", "ArcGISTiledImageServiceLayer"],
)
def test_services_need_a_web_address(layer_type: str) -> None:
    assert refused({"layerType": layer_type, "title": "S"}).reason == webmap.NO_URL
    assert refused({"layerType": layer_type, "title": "S", "url": "javascript:x"}).reason == webmap.NOT_A_WEB_ADDRESS


# --- Vector tiles ------------------------------------------------------------------------------------

VTS = f"{HOSTED}/Contours/VectorTileServer"
ITEM_STYLE = (
    "https://www.arcgis.com/sharing/rest/content/items/7dc6cea0b1764a1f9af2e679f642f0f5/resources/styles/root.json"
)


@pytest.mark.parametrize(
    ("fields", "url", "style_url"),
    [
        ({"styleUrl": f"{VTS}/resources/styles/root.json"}, VTS, f"{VTS}/resources/styles/root.json"),
        ({"styleUrl": f"{VTS}/resources/styles/root.json?token=SECRET"}, VTS, f"{VTS}/resources/styles/root.json"),
        ({"styleUrl": f"{HOSTED}/Contours/vectortileserver/resources/styles"}, f"{HOSTED}/Contours/vectortileserver",
         f"{HOSTED}/Contours/vectortileserver/resources/styles"),
        ({"styleUrl": f"{VTS}/resources/styles/root.json", "url": f"{HOSTED}/Other/VectorTileServer"}, VTS,
         f"{VTS}/resources/styles/root.json"),  # the style's own service wins
        ({"styleUrl": ITEM_STYLE, "url": f"{VTS}/"}, VTS, ITEM_STYLE),  # a style of its own for the service
        ({"url": VTS}, VTS, ""),
        ({"url": VTS, "styleUrl": {"version": 8, "layers": []}}, VTS, ""),  # the style written into the web map
        ({"url": VTS, "styleUrl": "javascript:alert(1)"}, VTS, ""),
    ],
)  # fmt: skip
def test_vector_tile_layers(fields: dict[str, object], url: str, style_url: str) -> None:
    layer = one({"layerType": "VectorTileLayer", "title": "V", **fields})
    assert (layer.kind, layer.url, layer.style_url) == (LayerKind.VECTOR_TILES, url, style_url)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"styleUrl": ITEM_STYLE}, webmap.STYLE_WITHOUT_SERVICE),  # how Esri's vector basemaps are saved
        ({"styleUrl": "javascript:alert(1)//VectorTileServer/resources/styles/root.json"}, webmap.NOT_A_WEB_ADDRESS),
        ({"styleUrl": "file:///C:/styles/root.json", "url": "data:,x"}, webmap.NOT_A_WEB_ADDRESS),
        ({"url": "javascript:alert(1)"}, webmap.NOT_A_WEB_ADDRESS),
        ({}, webmap.NO_URL),
        ({"styleUrl": {"version": 8}}, webmap.NO_URL),
    ],
)  # fmt: skip
def test_vector_tile_layers_without_a_service(fields: dict[str, object], reason: Phrase) -> None:
    unsupported = refused({"layerType": "VectorTileLayer", "title": "V", **fields})
    assert unsupported == Unsupported("V", "VectorTileLayer", reason)


# --- Web tiles ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "template"),
    [
        ({"templateUrl": "https://stamen-tiles.a.ssl.fastly.net/terrain/{level}/{col}/{row}.png"},
         "https://stamen-tiles.a.ssl.fastly.net/terrain/{z}/{x}/{y}.png"),
        ({"templateUrl": "https://{subDomain}.tile.opentopomap.org/{level}/{col}/{row}.png",
          "subDomains": ["a", "b", "c"]},
         "https://a.tile.opentopomap.org/{z}/{x}/{y}.png"),
        ({"templateUrl": "https://tiles.example.com/wmts/{Level}/{Row}/{Col}?apikey=KEY"},
         "https://tiles.example.com/wmts/{z}/{y}/{x}?apikey=KEY"),  # the author's key: tiles need it
        ({"templateUrl": "https://t.example.com/{level}/{col}/{row}.png",
          "tileInfo": {"spatialReference": {"wkid": 102100, "latestWkid": 3857}}},
         "https://t.example.com/{z}/{x}/{y}.png"),
        ({"templateUrl": "http://{subDomain}.t.example.com/{level}/{col}/{row}", "subDomains": ["mt0-1", "mt2"]},
         "http://mt0-1.t.example.com/{z}/{x}/{y}"),
    ],
)  # fmt: skip
def test_web_tiled_layer_templates(fields: dict[str, object], template: str) -> None:
    layer = one({"layerType": "WebTiledLayer", "title": "W", **fields})
    assert (layer.kind, layer.url) == (LayerKind.WEB_TILES, template)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({}, webmap.NO_URL),
        ({"templateUrl": 5}, webmap.NO_URL),
        ({"templateUrl": "https://{subDomain}.t.com/{level}/{col}/{row}.png"}, webmap.TEMPLATE_WITHOUT_SUBDOMAINS),
        ({"templateUrl": "https://{subDomain}.t.com/{level}/{col}/{row}.png", "subDomains": []},
         webmap.TEMPLATE_WITHOUT_SUBDOMAINS),
        ({"templateUrl": "https://{subDomain}.t.com/{level}/{col}/{row}.png", "subDomains": "abc"},
         webmap.TEMPLATE_WITHOUT_SUBDOMAINS),
        # A sub-domain that would move the host elsewhere.
        ({"templateUrl": "https://{subDomain}.t.com/{level}/{col}/{row}.png", "subDomains": ["evil.com/"]},
         webmap.TEMPLATE_WITHOUT_SUBDOMAINS),
        ({"templateUrl": "https://{subDomain}.t.com/{level}/{col}/{row}.png", "subDomains": ["evil.com#"]},
         webmap.TEMPLATE_WITHOUT_SUBDOMAINS),
        ({"templateUrl": "https://{subDomain}.t.com/{level}/{col}/{row}.png", "subDomains": ["u@evil.com"]},
         webmap.TEMPLATE_WITHOUT_SUBDOMAINS),
        ({"templateUrl": "{subDomain}/{level}/{col}/{row}", "subDomains": ["javascript:alert(1)"]},
         webmap.TEMPLATE_WITHOUT_SUBDOMAINS),
        ({"templateUrl": "{subDomain}//x/{level}/{col}/{row}", "subDomains": ["https"]}, webmap.NOT_A_WEB_ADDRESS),
        ({"templateUrl": "javascript:alert('{level}/{col}/{row}')"}, webmap.NOT_A_WEB_ADDRESS),
        ({"templateUrl": "file:///tiles/{level}/{col}/{row}.png"}, webmap.NOT_A_WEB_ADDRESS),
        ({"templateUrl": "https://t.com/{level}/{col}.png"}, webmap.TEMPLATE_WITHOUT_TILES),
        ({"templateUrl": "https://t.com/tile.png"}, webmap.TEMPLATE_WITHOUT_TILES),
        ({"templateUrl": "https://t.com/{level}/{col}/{row}.png", "tileInfo": {"spatialReference": {"wkid": 4326}}},
         webmap.OTHER_TILING),
        ({"templateUrl": "https://t.com/{level}/{col}/{row}.png",
          "tileInfo": {"spatialReference": {"wkid": 2056, "latestWkid": 2056}}}, webmap.OTHER_TILING),
    ],
)  # fmt: skip
def test_web_tiled_layers_that_are_not_made(fields: dict[str, object], reason: Phrase) -> None:
    assert refused({"layerType": "WebTiledLayer", "title": "W", **fields}) == Unsupported("W", "WebTiledLayer", reason)


def test_openstreetmap_is_its_tile_template() -> None:
    plan = read_web_map({"baseMap": {"title": "OpenStreetMap", "baseMapLayers": [
        {"id": "OpenStreetMap", "opacity": 1, "visibility": True, "layerType": "OpenStreetMap"}]}})  # fmt: skip
    assert plan.basemap == (WebMapLayer("OpenStreetMap", LayerKind.WEB_TILES, OPENSTREETMAP_TILES),)
    assert OPENSTREETMAP_TILES == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert plan.basemap_title == "OpenStreetMap"


# --- Types not opened ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("layer_type", "reason"),
    [("CSV", "a CSV file"), ("KML", "a KML file"), ("GeoJSON", "a GeoJSON file"), ("GeoRSS", "a GeoRSS feed"),
     ("WMS", "a WMS service"), ("WFS", "a WFS service"), ("OGCFeatureLayer", "an OGC API - Features collection"),
     ("ArcGISStreamLayer", "a stream service"), ("ArcGISImageServiceVectorLayer", "an image service drawn as vectors"),
     ("SubtypeGroupLayer", "a layer drawn by subtype"), ("BingMapsAerial", "a Bing Maps basemap"),
     ("BingMapsRoad", "a Bing Maps basemap"), ("BingMapsHybrid", "a Bing Maps basemap"),
     ("ArcGISSceneServiceLayer", "a layer type the plugin does not open"),
     ("arcgisfeaturelayer", "a layer type the plugin does not open"),  # layer types are case-sensitive
     ("MediaLayer", "a layer type the plugin does not open")],
)  # fmt: skip
def test_layer_types_not_opened_are_named(layer_type: str, reason: str) -> None:
    unsupported = refused({"layerType": layer_type, "title": "L", "url": "https://h.com/data"})
    assert (unsupported.title, unsupported.layer_type, unsupported.reason) == ("L", layer_type, reason)


@pytest.mark.parametrize(
    ("fields", "layer_type", "reason"),
    [
        ({}, "", webmap.NO_LAYER_TYPE),
        ({"layerType": ""}, "", webmap.NO_LAYER_TYPE),
        ({"layerType": 7}, "", webmap.NO_LAYER_TYPE),
        ({"layerType": None, "type": "CSV"}, "CSV", webmap.UNOPENED_TYPES["CSV"]),  # the deprecated name
    ],
)
def test_a_layer_without_a_type_is_reported(fields: dict[str, object], layer_type: str, reason: Phrase) -> None:
    unsupported = refused({"title": "L", "url": f"{HOSTED}/Parcels/FeatureServer/0", **fields})
    assert (unsupported.layer_type, unsupported.reason) == (layer_type, reason)


def test_the_deprecated_type_names_a_layer_type_too() -> None:
    assert one({"type": "OpenStreetMap", "title": "OSM"}).url == OPENSTREETMAP_TILES


def test_every_reason_is_marked_for_translation() -> None:
    reasons = [value for name, value in vars(webmap).items() if isinstance(value, Phrase) and name.isupper()]
    reasons += list(webmap.UNOPENED_TYPES.values())
    assert len(reasons) > 20
    assert {reason.context for reason in reasons} == {"ArcGISWebMap"}
    assert all("{" not in reason for reason in reasons)  # shown as they are: nothing to fill in


# --- Groups ------------------------------------------------------------------------------------------


def group(title: str, *layers: object, **fields: object) -> dict[str, Any]:
    return {"layerType": "GroupLayer", "title": title, "layers": list(layers), **fields}


def test_groups_keep_their_order_visibility_and_opacity() -> None:
    data = group(
        "Outer",
        feature(title="Bottom"),
        group("Inner", feature(title="Deep", visibility=False), {"layerType": "CSV", "title": "Table"}, opacity=0.25),
        feature(title="Top"),
        visibility=False,
        opacity=0.5,
    )
    outer = read_web_map({"operationalLayers": [data]}).operational[0]
    assert (outer.kind, outer.visible, outer.opacity, outer.url) == (LayerKind.GROUP, False, 0.5, "")
    assert [child.title for child in outer.children] == ["Bottom", "Inner", "Top"]
    inner = outer.children[1]
    assert (inner.visible, inner.opacity) == (True, 0.25)
    assert [(child.title, child.visible, child.opacity) for child in inner.children] == [("Deep", False, 1.0)]
    unsupported = read_web_map({"operationalLayers": [data]}).unsupported
    assert unsupported == (Unsupported("Table", "CSV", webmap.UNOPENED_TYPES["CSV"]),)


@pytest.mark.parametrize("layers", [None, "layers", {"0": {}}, [], [None, 3, "x"]])
def test_a_group_without_layers_is_an_empty_group(layers: object) -> None:
    made = one({"layerType": "GroupLayer", "title": "G", "layers": layers})
    assert (made.kind, made.children) == (LayerKind.GROUP, ())


def nested(depth: int) -> dict[str, Any]:
    """``depth`` groups, one in the other, a feature layer in the innermost."""
    layer: dict[str, Any] = feature(title="Leaf")
    for level in reversed(range(depth)):
        layer = group(f"Group {level}", layer)
    return layer


def groups_in(layer: WebMapLayer) -> list[str]:
    """The titles of the groups ``layer`` is and holds, each in the one before."""
    titles = []
    while layer.kind is LayerKind.GROUP:
        titles.append(layer.title)
        if not layer.children:
            break
        layer = layer.children[0]
    return titles


def test_groups_nested_as_deep_as_allowed_are_read() -> None:
    assert MAX_GROUP_DEPTH == 16
    plan = read_web_map({"operationalLayers": [nested(MAX_GROUP_DEPTH)]})
    assert plan.unsupported == ()
    assert groups_in(plan.operational[0]) == [f"Group {level}" for level in range(MAX_GROUP_DEPTH)]
    leaf = plan.operational[0]
    while leaf.children:
        leaf = leaf.children[0]
    assert (leaf.title, leaf.kind) == ("Leaf", LayerKind.FEATURE)


@pytest.mark.parametrize("depth", [MAX_GROUP_DEPTH + 1, 100, 50_000])
def test_groups_nested_deeper_are_reported_not_read(depth: int) -> None:
    plan = read_web_map({"operationalLayers": [nested(depth)]})
    assert plan.unsupported == (Unsupported(f"Group {MAX_GROUP_DEPTH}", "GroupLayer", webmap.NESTED_TOO_DEEPLY),)
    # The outer 16 are read; the innermost of them holds nothing, the leaf below is never reached.
    assert groups_in(plan.operational[0]) == [f"Group {level}" for level in range(MAX_GROUP_DEPTH)]


def test_a_group_that_holds_itself_is_read_to_the_depth_limit() -> None:
    looping: dict[str, Any] = {"layerType": "GroupLayer", "title": "Loop", "layers": []}
    looping["layers"].append(looping)  # only Python can build it, but nothing in the reader may recurse forever
    plan = read_web_map({"operationalLayers": [looping]})
    assert groups_in(plan.operational[0]) == ["Loop"] * MAX_GROUP_DEPTH
    assert plan.unsupported == (Unsupported("Loop", "GroupLayer", webmap.NESTED_TOO_DEEPLY),)


# --- The basemap -------------------------------------------------------------------------------------


def test_reference_layers_go_above_the_operational_layers() -> None:
    hillshade = {"layerType": "ArcGISTiledMapServiceLayer", "title": "Hillshade", "url": f"{ENTERPRISE}/Hill/MapServer"}
    labels = {**hillshade, "title": "Labels", "isReference": True, "opacity": 0.9}
    roads = {**hillshade, "title": "Roads", "isReference": "true"}  # not the boolean: a basemap layer
    places = {**hillshade, "title": "Places", "isReference": True}
    plan = read_web_map({"baseMap": {"title": "Custom", "baseMapLayers": [hillshade, labels, roads, places]}})
    assert [layer.title for layer in plan.basemap] == ["Hillshade", "Roads"]
    assert [(layer.title, layer.opacity) for layer in plan.reference] == [("Labels", 0.9), ("Places", 1.0)]
    assert plan.basemap_title == "Custom"


# --- Hostile and odd data ------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [None, [], "web map", 3, True, [WEB_MAP]], ids=repr)
def test_data_that_is_no_object_is_an_unexpected_response(data: object) -> None:
    with pytest.raises(UnexpectedResponseError) as raised:
        read_web_map(data, server=SERVER)
    assert type(raised.value) is UnexpectedResponseError
    assert raised.value.server == SERVER
    assert "JSON" in raised.value.detail


@pytest.mark.parametrize(
    "data",
    [{}, {"operationalLayers": None, "baseMap": None}, {"operationalLayers": "layers", "baseMap": []},
     {"operationalLayers": {"0": feature()}, "baseMap": {"baseMapLayers": "x", "title": 5}},
     {"operationalLayers": [None, 1, "x", [feature()]], "baseMap": {"baseMapLayers": [None, []]}}],
    ids=repr,
)  # fmt: skip
def test_odd_members_read_as_an_empty_map(data: dict[str, Any]) -> None:
    assert read_web_map(data, title="T") == WebMapPlan("T", (), (), "", (), None)


@pytest.mark.parametrize(
    ("spatial_reference", "wkid"),
    [({"wkid": 102100, "latestWkid": 3857}, 3857), ({"wkid": 4326}, 4326), ({"latestWkid": 2056}, 2056),
     ({"wkid": 0}, None), ({"wkid": -1}, None), ({"wkid": "4326"}, None), ({"wkid": 4326.5}, None),
     ({"latestWkid": None, "wkid": 27700}, 27700), ({"wkt": "PROJCS[...]"}, None), ("4326", None), (None, None)],
)  # fmt: skip
def test_the_maps_spatial_reference(spatial_reference: object, wkid: object) -> None:
    assert read_web_map({"spatialReference": spatial_reference}).wkid == wkid


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
LAYER_TYPES = st.sampled_from([
    "ArcGISFeatureLayer", "ArcGISMapServiceLayer", "ArcGISTiledMapServiceLayer", "ArcGISImageServiceLayer",
    "ArcGISTiledImageServiceLayer", "VectorTileLayer", "WebTiledLayer", "OpenStreetMap", "GroupLayer", "CSV", "Other",
])  # fmt: skip
URLS = st.sampled_from([
    f"{HOSTED}/Parcels/FeatureServer/0", f"{ENTERPRISE}/A/MapServer", "javascript:alert(1)", "file:///x", "",
    "https://{subDomain}.t.com/{level}/{col}/{row}", f"{VTS}/resources/styles/root.json", "//h.com/x",
]) | st.text(max_size=30)  # fmt: skip
LAYER_KEYS = {
    "layerType": LAYER_TYPES | JSON, "url": URLS | JSON, "styleUrl": URLS, "templateUrl": URLS, "title": JSON,
    "visibility": JSON, "opacity": JSON, "minScale": JSON, "maxScale": JSON, "layerDefinition": JSON,
    "visibleLayers": JSON, "layerId": JSON, "subDomains": JSON, "featureCollection": JSON, "itemId": JSON,
    "isReference": JSON, "tileInfo": JSON,
}  # fmt: skip
LAYERS = st.recursive(
    st.fixed_dictionaries({}, optional=LAYER_KEYS),
    lambda children: st.fixed_dictionaries(
        {"layerType": st.just("GroupLayer"), "layers": st.lists(children, max_size=3)},
        optional={key: value for key, value in LAYER_KEYS.items() if key != "layerType"},
    ),
    max_leaves=10,
)  # fmt: skip


BASEMAPS = st.fixed_dictionaries({}, optional={"baseMapLayers": st.lists(LAYERS, max_size=3), "title": JSON})


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "operationalLayers": st.lists(LAYERS | JSON, max_size=5) | JSON,
            "baseMap": BASEMAPS | JSON,
            "spatialReference": JSON,
        },
    )
)
def test_any_web_map_reads_without_error_into_web_addresses_only(data: dict[str, Any]) -> None:
    plan = read_web_map(data)
    pending = [*plan.operational, *plan.basemap, *plan.reference]
    while pending:
        layer = pending.pop()
        assert 0.0 <= layer.opacity <= 1.0 and layer.min_scale >= 0 and layer.max_scale >= 0
        if layer.kind is LayerKind.GROUP:
            assert layer.url == ""
            pending.extend(layer.children)
            continue
        assert layer.url.lower().startswith(("https://", "http://")), layer
        assert not any(ord(character) <= 32 for character in layer.url)
        if layer.kind is not LayerKind.WEB_TILES:
            assert "?" not in layer.url and "#" not in layer.url and not layer.url.endswith("/")
    assert all(isinstance(item.reason, Phrase) for item in plan.unsupported)
