"""Portal content through the Python API and Processing, in real QGIS, against a portal with a federated
server and an ArcGIS Online-style organisation: search across pages, add a Feature Service item's two
layers, open a Web Map as a group of layers (and as a project file, in-process and with qgis_process),
and never a private item of another user."""

from __future__ import annotations

import re
import zipfile

import pytest
from qgis.core import QgsLayerTreeGroup, QgsLayerTreeLayer, QgsProject, QgsVectorLayer

from tests.emulator import DEFAULT_SERVICES, ONLINE, PORTAL, STANDALONE
from tests.emulator.content import DemoContent, basemap_service, seed_demo_content, two_layer_service
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.processing import QgisProcessProfile
from tests.qgis.integration import connect

FEATURES = 300
SERVICES = [*DEFAULT_SERVICES, two_layer_service(), basemap_service()]
WEB_MAP_TITLE = "City overview"
# The web map's layers as the Layers panel lists them: top first (the web map lists them bottom first).
WEB_MAP_TREE = [
    "Overview",
    "Landmarks (1:500,000 to 1:5,000)",
    ("Points and parcels", ["Parcels", "Points"]),
    "Restricted points",
    "Points (category A)",
    ("Tiled basemap", ["Tiled basemap"]),
]


class Org:
    """A portal (or online org) with seeded content, the server hosting its services, a connection."""

    def __init__(self, portal, server, content: DemoContent, connection) -> None:
        self.portal, self.server, self.content, self.connection = portal, server, content, connection


@pytest.fixture(params=[PORTAL, ONLINE])
def org(request, plugin, arcgis_emulator) -> Org:
    if request.param == PORTAL:
        portal = add_users(arcgis_emulator(PORTAL))
        server = arcgis_emulator(STANDALONE, owning_portal=portal, services=SERVICES, features=FEATURES)
    else:
        portal = server = add_users(arcgis_emulator(ONLINE, services=SERVICES, features=FEATURES))
    content = seed_demo_content(portal)
    return Org(portal, server, content, connect(portal, portal.portal_url))


def tree_of(group: QgsLayerTreeGroup) -> list:
    return [
        (child.name(), tree_of(child)) if isinstance(child, QgsLayerTreeGroup) else child.name()
        for child in group.children()
    ]


def layer_named(group: QgsLayerTreeGroup, name: str):
    (found,) = [node.layer() for node in group.findLayers() if node.name() == name]
    return found


def test_search_pages_through_the_organisation_and_never_lists_another_users_private_item(org):
    from arcgis_token_auth import api

    org.portal.clear_log()
    items = api.search_items(org.connection, item_type="Feature Service", scope="organisation", page_size=25)
    ids = {item.id for item in items}
    expected = {*org.content.surveys, org.content.two_layer_item, org.content.public_item,
                org.content.managers_item, org.content.bob_org_item, org.content.bob_shared_item}  # fmt: skip
    assert ids == expected  # 30 items: two pages of the API's 25
    assert org.portal.count("search") == 2
    assert all(item.type == "Feature Service" for item in items)
    assert [item.modified for item in items] == sorted((item.modified for item in items), reverse=True)

    everything = api.search_items(org.connection, scope="everyone", max_items=500)
    seen = {item.id for item in everything}
    assert org.content.bob_private_item not in seen
    assert org.content.alice_private_item in seen  # her own private item, to show the search sees private items
    assert {item.title for item in api.search_items(org.connection, "Survey 1", scope="my-content")} == {
        f"Survey 1{digit}" for digit in range(10)
    }
    in_group = api.search_items(org.connection, scope="group", group_id=org.content.field_crews_group)
    assert {item.id for item in in_group} == {
        org.content.two_layer_item,
        org.content.web_map_item,
        org.content.bob_shared_item,
    }

    with pytest.raises(Exception, match="does not exist or is inaccessible"):
        api.add_item(org.connection, org.content.bob_private_item)


def test_a_feature_service_item_adds_its_two_layers_through_the_connection(org):
    from arcgis_token_auth import api

    added = api.add_item(org.connection, org.content.two_layer_item)
    assert [layer.name() for layer in added] == ["Demo/PointsAndParcels — Points", "Demo/PointsAndParcels — Parcels"]
    for layer in added:
        assert isinstance(layer, QgsVectorLayer) and layer.isValid()
        assert f"authcfg={org.connection.id}" in layer.source()
        assert layer.featureCount() == FEATURES
    assert {layer.geometryType() for layer in added} == {0, 2}  # points and polygons
    assert all(QgsProject.instance().mapLayer(layer.id()) is layer for layer in added)

    (only_parcels,) = api.add_item(org.connection, org.content.two_layer_item, layer_ids=[1])
    assert only_parcels.name().endswith("Parcels")

    with pytest.raises(Exception, match="Web Map"):
        api.add_item(org.connection, org.content.web_map_item)


def check_web_map_group(group: QgsLayerTreeGroup, org: Org, left_out: list[str]) -> None:
    """The seeded "City overview" web map, as a layer group: order, groups, visibility, sources, filters;
    ``left_out``: the titles of the layers reported as not shown as the web map shows them."""
    assert group.name() == WEB_MAP_TITLE
    assert tree_of(group) == WEB_MAP_TREE
    hidden = [node.name() for node in group.findLayers() if not node.itemVisibilityChecked()]
    assert hidden == ["Restricted points"]

    points = layer_named(group, "Points (category A)")
    if points.dataProvider().supportsSubsetString():
        assert points.subsetString() == "category = 'A'"
        assert points.featureCount() == FEATURES // 4  # categories A, B, C, D in turn
        assert left_out == ["Stations (CSV)"]
    else:  # QGIS 3.22's ArcGIS feature provider filters nothing: the layer is there, said to be unfiltered
        assert points.featureCount() == FEATURES
        assert left_out == ["Stations (CSV)", "Points (category A)"]
    assert points.opacity() == pytest.approx(0.8)
    landmarks = layer_named(group, "Landmarks (1:500,000 to 1:5,000)")
    assert landmarks.hasScaleBasedVisibility()
    assert (landmarks.minimumScale(), landmarks.maximumScale()) == (500_000, 5_000)
    overview = layer_named(group, "Overview")
    assert overview.providerType() == "arcgismapserver" and overview.opacity() == pytest.approx(0.6)
    layers = [node.layer() for node in group.findLayers()]
    assert len(layers) == 7
    for layer in layers:  # all on the organisation's server (Landmarks is public there, and signed all the same)
        assert layer.isValid(), layer.name()
        assert f"authcfg={org.connection.id}" in layer.source(), layer.name()


def test_a_web_map_opens_as_a_group_of_layers(org):
    from arcgis_token_auth import api

    made = api.open_web_map(org.connection, org.content.web_map_item)
    root = QgsProject.instance().layerTreeRoot()
    group = root.children()[0]
    assert isinstance(group, QgsLayerTreeGroup)
    check_web_map_group(group, org, [title for title, _reason in made.left_out])


def test_a_web_map_opens_as_a_new_project(org):
    from arcgis_token_auth import api

    QgsProject.instance().addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326", "left over", "memory"))
    made = api.open_web_map(org.connection, org.content.web_map_item, new_project=True)
    project = QgsProject.instance()
    assert not project.mapLayersByName("left over")
    assert project.crs().authid() == "EPSG:3857"
    assert project.title() == WEB_MAP_TITLE
    check_web_map_group(project.layerTreeRoot().children()[0], org, [title for title, _reason in made.left_out])


def test_load_web_map_algorithm_into_the_project_and_into_a_project_file(org, qgis_processing, tmp_path):
    import processing

    item_page = f"{org.portal.portal_url}/home/item.html?id={org.content.web_map_item}"
    result = processing.run("arcgistokenauth:loadwebmap", {"CONNECTION": org.connection.id, "ITEM": item_page})
    assert len(result["LAYERS"]) == 7
    left_out = [line.partition(": ")[0] for line in result["LEFT_OUT"].splitlines()]
    check_web_map_group(QgsProject.instance().layerTreeRoot().children()[0], org, left_out)

    path = tmp_path / "city.qgz"
    result = processing.run(
        "arcgistokenauth:loadwebmap",
        {"CONNECTION": org.connection.name, "ITEM": org.content.web_map_item, "OUTPUT": str(path)},
    )
    assert result["OUTPUT"] == str(path)
    written = QgsProject()
    assert written.read(str(path))
    check_web_map_group(written.layerTreeRoot().children()[0], org, left_out)
    assert not secrets_in(path, org)


def secrets_in(path, org: Org) -> list[str]:
    tokens = {token for server in {org.portal, org.server} for token in server.issued_tokens()}
    assert tokens, "tokens were issued"
    with zipfile.ZipFile(path) as archive:
        text = "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    return [secret for secret in [*tokens, USERS["alice"][0]] if secret in text]


def test_an_item_on_a_server_outside_the_organisation_gets_no_token(org, arcgis_emulator):
    """A portal item may point at any server: only the organisation's own servers get its token."""
    from arcgis_token_auth import api

    elsewhere = arcgis_emulator(STANDALONE, features=FEATURES)  # not federated with the portal
    item = org.portal.add_item(
        "alice", "Landmarks elsewhere", "Feature Service", access="org",
        url=elsewhere.service_url("Public/Landmarks", "FeatureServer"),
    )  # fmt: skip
    (layer,) = api.add_item(org.connection, item)
    assert layer.isValid() and layer.featureCount() == 100
    assert "authcfg" not in layer.source()
    assert elsewhere.requests and not [record for record in elsewhere.requests if record.tokens]


def test_not_a_web_map_and_not_a_portal_say_so(org, arcgis_server, qgis_processing):
    import processing
    from arcgis_token_auth import api
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="not a Web Map"):
        processing.run("arcgistokenauth:loadwebmap", {"CONNECTION": org.connection.id, "ITEM": "no id here"})
    with pytest.raises(QgsProcessingException, match="is a Feature Service, not a Web Map"):
        processing.run(
            "arcgistokenauth:loadwebmap", {"CONNECTION": org.connection.id, "ITEM": org.content.two_layer_item}
        )
    standalone = connect(arcgis_server)
    with pytest.raises(Exception, match="standalone ArcGIS Server"):
        api.search_items(standalone, "anything")


def test_qgis_process_writes_the_web_map_as_a_project(arcgis_emulator, emulator_ca, tmp_path):
    portal = add_users(arcgis_emulator(PORTAL))
    server = arcgis_emulator(STANDALONE, owning_portal=portal, services=SERVICES, features=FEATURES)
    content = seed_demo_content(portal)
    profile = QgisProcessProfile(tmp_path / "profile")
    (connection_id,) = profile.setup(
        [{"url": portal.portal_url, "name": "Portal", "username": "alice", "password": USERS["alice"][0]}],
        trusted_ca_files=[emulator_ca.ca_file],
    )
    assert profile.qgis_process("plugins", "enable", "arcgis_token_auth").returncode == 0
    path = tmp_path / "city.qgz"
    run = profile.qgis_process(
        "run", "arcgistokenauth:loadwebmap", "--", "CONNECTION=Portal", f"ITEM={content.web_map_item}",
        f"OUTPUT={path}",
    )  # fmt: skip
    assert run.returncode == 0, run.output
    assert "Stations (CSV)" in run.output

    written = QgsProject()
    assert written.read(str(path), QgsProject.ReadFlag.FlagDontResolveLayers)
    group = written.layerTreeRoot().children()[0]
    assert tree_of(group) == WEB_MAP_TREE
    assert all(isinstance(node, QgsLayerTreeLayer) for node in group.findLayers())
    with zipfile.ZipFile(path) as archive:
        (project_xml,) = [archive.read(name).decode() for name in archive.namelist() if name.endswith(".qgs")]
    sources = [source for source in re.findall(r"<datasource>(.*?)</datasource>", project_xml) if source]
    assert len(sources) == 7 and all(f"authcfg={connection_id}" in source for source in sources)
    tokens = {token for emulator in (portal, server) for token in emulator.issued_tokens()}
    assert tokens and not [secret for secret in [*tokens, USERS["alice"][0]] if secret in project_xml + run.output]
