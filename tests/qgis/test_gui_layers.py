"""Add secured layers from a connection's catalog, and through QGIS's own Browser entries.

Real QGIS widgets (offscreen) and QGIS's real ArcGIS providers and Browser
data items, against HTTPS emulators.
"""

from __future__ import annotations

import pytest
from arcgis_token_auth.plugin import compat
from arcgis_token_auth.plugin.core.errors import InvalidCredentialsError
from arcgis_token_auth.plugin.core.transport import DECOY_TOKEN
from arcgis_token_auth.plugin.gui.add_layers_dialog import LAST_CONNECTION_KEY, AddLayersDialog
from arcgis_token_auth.plugin.gui.status import TokenStatus
from arcgis_token_auth.plugin.integration.browser import browser_connections_of, entry_name
from arcgis_token_auth.plugin.integration.catalog import Geometry
from qgis.core import (
    QgsBrowserModel,
    QgsDataItem,
    QgsLayerItem,
    QgsProject,
    QgsRasterLayer,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QModelIndex, Qt

from tests.emulator import PORTAL, STANDALONE
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.gui_support import TASK_TIMEOUT_MS, message_bar_text
from tests.qgis.integration import connect, provider_requests, settle

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def plugin(plugin):
    """The shared plugin fixture; QGIS's own ArcGIS REST connections removed afterwards."""
    yield plugin
    for name in compat.arcgis_rest_connection_names():
        compat.delete_arcgis_rest_connection(name)


@pytest.fixture
def server(arcgis_emulator):
    return add_users(arcgis_emulator(STANDALONE, features=300))


def open_dialog(plugin, qtbot) -> AddLayersDialog:
    """The dialog, with the (first) connection picked as a user does."""
    dialog = AddLayersDialog(plugin.service, TokenStatus(plugin.service))
    qtbot.addWidget(dialog)
    dialog.show()
    if dialog.connection() is None and plugin.service.connections():
        dialog.select_connection(sorted(plugin.service.connections(), key=lambda c: c.name.lower())[0].id)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    return dialog


def tree(dialog: AddLayersDialog, parent=None, depth: int = 0) -> list[str]:
    """The catalog as the user sees it: indented names, with type and geometry for layers."""
    model = dialog.filter
    lines = []
    for row in range(model.rowCount(parent) if parent is not None else model.rowCount()):
        index = model.index(row, 0, parent) if parent is not None else model.index(row, 0)
        cells = [model.index(row, column, index.parent()).data() or "" for column in range(3)]
        lines.append("  " * depth + " | ".join(cell for cell in cells if cell))
        lines.extend(tree(dialog, index, depth + 1))
    return lines


def layers_named(dialog: AddLayersDialog, service: str, service_type: str):
    return [
        layer
        for catalog in dialog.catalogs
        for item in catalog.services
        if item.name == service and item.service_type == service_type
        for layer in item.layers
    ]


def test_the_catalog_lists_folders_services_and_layers_with_their_geometry(plugin, server, qtbot):
    connect(server)
    dialog = open_dialog(plugin, qtbot)
    assert tree(dialog) == [
        "Demo",
        "  Points | Feature service",
        "    Points | Feature service | Point",
        "  Points | Map service",
        "    Points | Map service | Point",
        "  Restricted | Feature service",
        "    Points | Feature service | Point",
        "Public",
        "  Landmarks | Feature service",
        "    Points | Feature service | Point",
        "  Landmarks | Map service",
        "    Points | Map service | Point",
        "Overview | Map service",
        "  Points | Map service | Point",
    ]
    (layer,) = layers_named(dialog, "Demo/Points", "FeatureServer")
    assert layer.url == server.service_url("Demo/Points", "FeatureServer", 0)
    assert (layer.geometry, layer.crs) == (Geometry.POINT, "EPSG:4326")
    # Read through QGIS's network stack, with the token the plugin put on each request.
    catalog_reads = [record for record in server.requests if record.endpoint in ("catalog", "layers")]
    assert catalog_reads and all(
        record.token and record.error_code is None for record in catalog_reads if record.token != DECOY_TOKEN
    )
    assert dialog.connectionStatusLabel.text().startswith("Signed in, token expires in")

    qtbot.keyClicks(dialog.filterEdit, "restr")
    assert tree(dialog) == ["Demo", "  Restricted | Feature service", "    Points | Feature service | Point"]
    dialog.filterEdit.clear()
    qtbot.keyClicks(dialog.filterEdit, "public")  # a folder that matches shows all it holds
    assert len(tree(dialog)) == 5


def test_two_layers_are_added_with_the_connections_authcfg(plugin, server, qtbot):
    connection = connect(server)
    dialog = open_dialog(plugin, qtbot)
    assert not dialog.addButton.isEnabled()
    chosen = layers_named(dialog, "Demo/Points", "FeatureServer") + layers_named(dialog, "Overview", "MapServer")
    dialog.select_layers(chosen)
    assert sorted(dialog.selected_layers(), key=str) == sorted(chosen, key=str) and dialog.addButton.isEnabled()

    qtbot.mouseClick(dialog.addButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    layers = sorted(QgsProject.instance().mapLayers().values(), key=lambda layer: layer.source())
    assert [type(layer) for layer in layers] == [QgsVectorLayer, QgsVectorLayer]
    assert all(layer.isValid() and layer.dataProvider().uri().authConfigId() == connection.id for layer in layers)
    assert [layer.featureCount() for layer in layers] == [300, 200]  # Demo/Points, then Overview (200 points)
    # Named as ArcGIS names them, so that the two "Points" layers can be told apart in the Layers panel.
    assert [layer.name() for layer in layers] == ["Demo/Points — Points", "Overview — Points"]
    assert message_bar_text(dialog.messageBar) == "Layers added to the project: 2."


def test_map_layers_are_drawn_by_the_server(plugin, server, qtbot):
    connection = connect(server)
    dialog = open_dialog(plugin, qtbot)
    dialog.mapRadio.click()
    # A feature service draws nothing: its layers cannot be picked as map layers.
    feature_index = next(i for i in dialog._layer_indexes() if not dialog.filter.layer(i).drawn_by_server)
    assert not feature_index.flags() & Qt.ItemFlag.ItemIsSelectable
    both = layers_named(dialog, "Demo/Points", "FeatureServer") + layers_named(dialog, "Demo/Points", "MapServer")
    dialog.select_layers(both)
    (chosen,) = dialog.selected_layers()
    assert chosen.service_type == "MapServer"

    qtbot.mouseClick(dialog.addButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    (layer,) = QgsProject.instance().mapLayers().values()
    assert isinstance(layer, QgsRasterLayer) and layer.providerType() == "arcgismapserver" and layer.isValid()
    uri = layer.dataProvider().uri()
    assert uri.authConfigId() == connection.id and uri.param("layer") == "0"


def test_a_portal_connection_browses_its_federated_servers(plugin, arcgis_emulator, qtbot):
    portal = add_users(arcgis_emulator(PORTAL))
    federated = arcgis_emulator(STANDALONE, owning_portal=portal, features=120)
    connect(portal, portal.portal_url)
    dialog = open_dialog(plugin, qtbot)
    assert [catalog.root for catalog in dialog.catalogs] == [federated.root_url]
    assert "  Points | Feature service" in tree(dialog)


def test_a_refused_sign_in_is_explained(plugin, server, qtbot):
    from arcgis_token_auth import api

    connection = api.add_connection(server.services_url, name="Wrong", username="alice", password="nope")
    dialog = open_dialog(plugin, qtbot)
    assert tree(dialog) == []
    expected = str(InvalidCredentialsError(server.origin))
    assert message_bar_text(dialog.messageBar) == f"“Wrong” could not sign in {expected}"
    assert expected in dialog.connectionStatusLabel.text()
    assert not dialog.addButton.isEnabled() and not dialog.browserButton.isEnabled()
    assert connection.id  # nothing was added
    assert QgsProject.instance().mapLayers() == {}


def test_a_layer_loads_through_qgis_own_browser_entry(plugin, server, qtbot):
    connection = connect(server)
    dialog = open_dialog(plugin, qtbot)
    qtbot.mouseClick(dialog.browserButton, LEFT)
    name = entry_name(connection, server.root_url, 1)
    assert browser_connections_of(connection.id) == [name]
    assert message_bar_text(dialog.messageBar) == f"Added to ArcGIS REST Servers in QGIS's Browser panel: {name}."

    # QGIS's own Browser model and items, populated on worker threads as in the Browser panel.
    browser = QgsBrowserModel()
    browser.initialize()
    layer_items = [item for item in browser_items(browser, qtbot) if isinstance(item, QgsLayerItem)]
    url = server.service_url("Demo/Points", "FeatureServer", 0)
    (item,) = [i for i in layer_items if i.providerKey() == "arcgisfeatureserver" and f"url='{url}'" in i.uri()]
    assert f"authcfg='{connection.id}'" in item.uri()

    server.clear_log()
    layer = QgsVectorLayer(item.uri(), item.name(), item.providerKey())  # what "Add Layer" in the Browser does
    assert layer.isValid() and layer.featureCount() == 300
    requests = provider_requests(server)
    assert requests and all(record.token and record.error_code is None for record in requests)


def browser_items(browser: QgsBrowserModel, qtbot, parent: QModelIndex = QModelIndex()) -> list[QgsDataItem]:  # noqa: B008
    """Every item under "ArcGIS REST Servers", expanding branches as a user would."""
    if not parent.isValid():
        (parent,) = [
            browser.index(row, 0)
            for row in range(browser.rowCount())
            if browser.dataItem(browser.index(row, 0)).name() == "ArcGIS REST Servers"
        ]
    item = browser.dataItem(parent)
    if browser.canFetchMore(parent):
        browser.fetchMore(parent)
    qtbot.waitUntil(lambda: item.state() == QgsDataItem.State.Populated, timeout=TASK_TIMEOUT_MS)
    found = []
    for row in range(browser.rowCount(parent)):
        index = browser.index(row, 0, parent)
        found.append(browser.dataItem(index))
        if not isinstance(found[-1], QgsLayerItem):
            found.extend(browser_items(browser, qtbot, index))
    return found


def test_opening_signs_in_to_no_connection_nobody_picked_and_remembers_the_last(plugin, arcgis_emulator, qtbot):
    first = add_users(arcgis_emulator(STANDALONE, features=10))
    second = add_users(arcgis_emulator(STANDALONE, features=10))
    connect(first, name="A first")
    chosen = connect(second, name="B second")
    QgsSettings().remove(LAST_CONNECTION_KEY)

    dialog = AddLayersDialog(plugin.service, TokenStatus(plugin.service))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(0.5)
    assert dialog.connection() is None and not dialog.busy
    assert first.count("generateToken") == second.count("generateToken") == 0, "nobody picked one: no sign-in"

    dialog.select_connection(chosen.id)  # the user picks one: now it signs in and reads
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    assert dialog.catalogs and second.count("generateToken") == 1 and first.count("generateToken") == 0
    dialog.close()

    again = AddLayersDialog(plugin.service, TokenStatus(plugin.service))  # next time: the last one used
    qtbot.addWidget(again)
    assert again.connection().id == chosen.id
    qtbot.waitUntil(lambda: not again.busy, timeout=TASK_TIMEOUT_MS)
    assert first.count("generateToken") == 0


def test_a_server_without_a_services_directory_lists_a_pasted_service(plugin, arcgis_emulator, qtbot):
    """No catalog: say so, then list what a pasted service or layer URL names, and add its layers."""
    server = add_users(arcgis_emulator(STANDALONE, features=25))
    server.settings.catalog = False
    connect(server)
    dialog = open_dialog(plugin, qtbot)
    assert not dialog.catalogs
    # What really happened (no services directory), not "a web page … often a sign-in page".
    assert "has no services directory" in message_bar_text(dialog.messageBar)

    qtbot.keyClicks(dialog.urlEdit, server.service_url("Demo/Points", "FeatureServer", 0))
    qtbot.mouseClick(dialog.urlButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    (layer,) = layers_named(dialog, "Demo/Points", "FeatureServer")
    dialog.select_layers([layer])
    qtbot.mouseClick(dialog.addButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    (added,) = QgsProject.instance().mapLayers().values()
    assert added.isValid() and added.featureCount() == 25 and added.name() == "Demo/Points — Points"


def test_a_pasted_url_no_connection_covers_says_so(plugin, arcgis_emulator, qtbot):
    server = add_users(arcgis_emulator(STANDALONE, features=5))
    elsewhere = arcgis_emulator(STANDALONE, features=5)
    connect(server)
    dialog = open_dialog(plugin, qtbot)
    dialog.connectionCombo.setCurrentIndex(0)  # none picked
    qtbot.keyClicks(dialog.urlEdit, elsewhere.service_url("Demo/Points", "FeatureServer", 0))
    qtbot.mouseClick(dialog.urlButton, LEFT)
    assert "No connection covers" in message_bar_text(dialog.messageBar) and not elsewhere.requests
