"""The "Portal Content" tab of *Add Secured ArcGIS Layers…*: a portal's items, browsed, searched and opened.

Real QGIS widgets (offscreen), QGIS's real providers, the plugin's real network
hook, against an emulated ArcGIS Enterprise portal seeded with the demo's
content (tests/emulator/content.py: alice's and bob's folders, groups, items
and the "City overview" web map), its federated server, and a public server
elsewhere that the portal's token must never reach.
"""

from __future__ import annotations

import hashlib
import time

import pytest
from arcgis_token_auth.plugin.core.errors import InvalidCredentialsError
from arcgis_token_auth.plugin.gui import content_browser
from arcgis_token_auth.plugin.gui.add_layers_dialog import AddLayersDialog
from arcgis_token_auth.plugin.gui.content_browser import ContentBrowser, PortalState
from arcgis_token_auth.plugin.gui.status import TokenStatus
from arcgis_token_auth.plugin.integration.errors import NoPortalError
from arcgis_token_auth.plugin.translation import date_locale, error_text
from qgis.core import (
    QgsDataSourceUri,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsVectorTileLayer,
)
from qgis.PyQt.QtCore import QDateTime, QLocale, QRect, Qt
from qgis.PyQt.QtGui import QColor

from tests.emulator import DEFAULT_SERVICES, PORTAL, STANDALONE, VECTOR_TILE_SERVER, Service
from tests.emulator.content import (
    BASEMAP_SERVICE,
    TWO_LAYER_SERVICE,
    basemap_service,
    seed_demo_content,
    two_layer_service,
)
from tests.emulator.pytest_fixtures import REFERER, add_users, request_token
from tests.qgis.gui_support import TASK_TIMEOUT_MS, StallMeter, message_bar_text
from tests.qgis.integration import connect, settle

LEFT = Qt.MouseButton.LeftButton
FEATURES = 200
SLOW_SECONDS = 2.0
MAX_STALL_SECONDS = 0.100
PUBLIC_LANDMARKS = "Public/Landmarks"
VECTOR_TILES = "Demo/Basemap"
ALICE_ROOT = ["Points and parcels", "Points map", "Landmarks", "Alice's draft map", "Budget review"]
BOBS_PRIVATE = "Bob's private notes"


class Enterprise:
    """The portal, its federated server, a public server elsewhere, and the seeded content's ids."""

    def __init__(self, arcgis_emulator) -> None:
        self.portal = add_users(arcgis_emulator(PORTAL))
        services = [service for service in DEFAULT_SERVICES if service.name != PUBLIC_LANDMARKS]
        services += [two_layer_service(), basemap_service(), Service(VECTOR_TILES, types=(VECTOR_TILE_SERVER,))]
        self.server = arcgis_emulator(STANDALONE, owning_portal=self.portal, features=FEATURES, services=services)
        # Public, and not the portal's: its layers get no authcfg, and no token goes there.
        self.elsewhere = arcgis_emulator(STANDALONE, services=[Service(PUBLIC_LANDMARKS, public=True, features=100)])
        self.content = seed_demo_content(self.portal, [self.server, self.elsewhere])
        self.vector_tile_item = self.portal.add_item(
            "alice", "City basemap", "Vector Tile Service",
            url=self.server.service_url(VECTOR_TILES, VECTOR_TILE_SERVER), access="org",
        )  # fmt: skip


@pytest.fixture
def enterprise(arcgis_emulator) -> Enterprise:
    return Enterprise(arcgis_emulator)


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(content_browser, "PAGE_SIZE", 20)


def open_dialog(plugin, qtbot, connection, iface=None) -> AddLayersDialog:
    """The dialog with ``connection`` picked (its catalog read: the sign-in), on the Portal Content tab."""
    dialog = AddLayersDialog(plugin.service, TokenStatus(plugin.service), iface)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    dialog.select_connection(connection.id)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    dialog.tabs.setCurrentWidget(dialog.contentTab)
    wait_listed(dialog.content, qtbot)
    return dialog


def wait_listed(browser: ContentBrowser, qtbot) -> None:
    qtbot.waitUntil(lambda: not browser.searching, timeout=TASK_TIMEOUT_MS)


def titles(browser: ContentBrowser) -> list[str]:
    return [browser.items_model.index(row, 0).data() for row in range(browser.items_model.rowCount())]


def row_of(browser: ContentBrowser, title: str) -> list[str]:
    (row,) = [row for row in range(browser.items_model.rowCount()) if browser.items_model.index(row, 0).data() == title]
    return [browser.items_model.index(row, column).data() for column in range(4)]


def combo_texts(combo) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not in {combo_texts(combo)}"
    combo.setCurrentIndex(index)


def look_in(browser: ContentBrowser, qtbot, scope: str, place: str = "") -> list[str]:
    choose(browser.scopeCombo, scope)
    wait_listed(browser, qtbot)
    if place:
        choose(browser.placeCombo, place)
        wait_listed(browser, qtbot)
    return titles(browser)


def short_date(epoch_ms: int) -> str:
    return date_locale().toString(QDateTime.fromMSecsSinceEpoch(epoch_ms).date(), QLocale.FormatType.ShortFormat)


def authcfg_of(layer) -> str:
    if layer.providerType() == "wms":  # an encoded URI: authcfg=…&url=…
        uri = QgsDataSourceUri()
        uri.setEncodedUri(layer.source())
        return uri.authConfigId()
    return QgsDataSourceUri(layer.source()).authConfigId()


def thumbnail_colour(item_type: str) -> QColor:
    """The emulator's thumbnails are plain, their colour drawn from the item's type."""
    red, green, blue = hashlib.sha256(item_type.encode()).digest()[:3]
    return QColor(red, green, blue)


# -- browsing --------------------------------------------------------------------------------------
def test_my_content_lists_the_root_folder_then_the_projects_folder(plugin, enterprise, qtbot, small_pages):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    assert browser.state is PortalState.PORTAL and not browser.messageLabel.isVisible()
    assert browser.scopeCombo.currentText() == "My Content"
    assert combo_texts(browser.placeCombo) == ["alice (root folder)", "Projects"]
    sign_ins = [record for record in enterprise.portal.requests if record.endpoint == "generateToken"]
    # One sign-in, by the catalog read (then the federated server's token, exchanged): none by the tab.
    assert [record.form.get("username") for record in sign_ins] == ["alice", None]

    # The root folder, in the order the portal lists it: 5 items, the 25 surveys, the vector tiles (20 a page).
    surveys = [f"Survey {number:02d}" for number in range(1, 26)]
    assert titles(browser) == ALICE_ROOT + surveys[:15]
    assert browser.countLabel.text() == "20 of 31 items" and browser.moreButton.isEnabled()
    seeded = enterprise.portal.items[enterprise.content.two_layer_item]
    assert row_of(browser, "Points and parcels") == [
        "Points and parcels", "Feature Service", "alice", short_date(seeded.modified)
    ]  # fmt: skip
    assert row_of(browser, "Alice's draft map")[1] == "Web Map"

    qtbot.mouseClick(browser.moreButton, LEFT)
    wait_listed(browser, qtbot)
    assert titles(browser) == [*ALICE_ROOT, *surveys, "City basemap"]  # the second page, appended
    assert browser.countLabel.text() == "31 of 31 items" and not browser.moreButton.isEnabled()

    choose(browser.placeCombo, "Projects")
    wait_listed(browser, qtbot)
    assert titles(browser) == ["City overview"] and browser.countLabel.text() == "1 of 1 items"
    listings = [record for record in enterprise.portal.requests if record.endpoint == "content/users"]
    assert [record.path.rsplit("/", 1)[-1] for record in listings] == [
        "alice", "alice", enterprise.content.projects_folder
    ]  # fmt: skip
    assert all(record.token and record.error_code is None for record in listings)


def test_thumbnails_arrive_signed_without_blocking_and_are_kept(plugin, enterprise, qtbot):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    qtbot.waitUntil(lambda: not browser.loading_thumbnails, timeout=TASK_TIMEOUT_MS)
    model = browser.items_model
    row = titles(browser).index("Points and parcels")  # shared with a group: the thumbnail needs the token
    icon = model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
    image = icon.pixmap(browser.itemsView.iconSize()).toImage()
    assert QColor(image.pixel(image.width() // 2, image.height() // 2)) == thumbnail_colour("Feature Service")
    asked = [record for record in enterprise.portal.requests if record.endpoint == "content/items/thumbnail"]
    with_thumbnails = {item.id for item in enterprise.portal.items.values() if item.thumbnail}
    listed = {browser.items_model.item(row).id for row in range(model.rowCount())}
    assert sorted(record.path.split("/")[-4] for record in asked) == sorted(listed & with_thumbnails)
    assert all(record.token and record.status == 200 for record in asked)
    assert enterprise.content.alice_private_item in listed - with_thumbnails  # none asked for: it has none

    # Listed again: the thumbnails are not read again.
    choose(browser.placeCombo, "Projects")
    wait_listed(browser, qtbot)
    choose(browser.placeCombo, "alice (root folder)")
    wait_listed(browser, qtbot)
    assert not browser.loading_thumbnails
    again = [record for record in enterprise.portal.requests if record.endpoint == "content/items/thumbnail"]
    assert len(again) == len(asked) + 1  # the web map's, in Projects


def test_a_groups_items(plugin, enterprise, qtbot):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    choose(browser.scopeCombo, "My Groups")
    assert combo_texts(browser.placeCombo) == ["Field crews", "Managers", "Open data"]
    wait_listed(browser, qtbot)
    # Newest first: bob's item shared with the group too.
    assert titles(browser) == ["Crew assignments", "City overview", "Points and parcels"]
    assert row_of(browser, "Crew assignments")[2] == "bob"
    assert browser.countLabel.text() == "3 of 3 items"
    choose(browser.placeCombo, "Managers")
    wait_listed(browser, qtbot)
    assert titles(browser) == ["Budget review"]
    searches = [record.form.get("q", "") for record in enterprise.portal.requests if record.endpoint == "search"]
    assert f'group:"{enterprise.content.field_crews_group}"' in searches[0]
    assert f'group:"{enterprise.content.managers_group}"' in searches[1]


def test_a_search_by_text_and_type_reads_a_second_page_on_request(plugin, enterprise, qtbot, small_pages):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    choose(browser.scopeCombo, "My Organisation")
    wait_listed(browser, qtbot)
    choose(browser.typeCombo, "Feature Service")
    wait_listed(browser, qtbot)
    qtbot.keyClicks(browser.searchEdit, "survey")  # searched once the typing pauses
    assert browser.searching
    wait_listed(browser, qtbot)
    surveys = sorted(
        (item for item in enterprise.portal.items.values() if item.title.startswith("Survey")),
        key=lambda item: item.modified,
        reverse=True,
    )
    assert titles(browser) == [item.title for item in surveys[:20]]
    assert browser.countLabel.text() == "20 of 25 items" and browser.moreButton.isEnabled()
    qtbot.mouseClick(browser.moreButton, LEFT)
    wait_listed(browser, qtbot)
    assert titles(browser) == [item.title for item in surveys]  # the second page, appended
    assert browser.countLabel.text() == "25 of 25 items" and not browser.moreButton.isEnabled()

    search = [record for record in enterprise.portal.requests if record.endpoint == "search"][-2:]
    assert [record.form["start"] for record in search] == ["1", "21"]
    assert all('"survey"' in record.form["q"] and 'type:"Feature Service"' in record.form["q"] for record in search)

    # Another type: the web maps of the organisation (not "Web Mapping Application" items).
    enterprise.portal.add_item("alice", "Survey app", "Web Mapping Application", access="org")
    browser.searchEdit.clear()
    choose(browser.typeCombo, "Web Map")
    wait_listed(browser, qtbot)
    assert titles(browser) == ["Alice's draft map", "City overview"]


def test_a_private_item_of_another_user_is_never_listed(plugin, enterprise, qtbot, monkeypatch):
    monkeypatch.setattr(content_browser, "PAGE_SIZE", 100)  # all there is, on one page
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    places = [
        ("My Content", "alice (root folder)"),
        ("My Content", "Projects"),
        ("My Groups", "Field crews"),
        ("My Groups", "Managers"),
        ("My Groups", "Open data"),
        ("My Organisation", ""),
        ("Everyone", ""),
    ]
    seen: dict[tuple[str, str, str], list[str]] = {}
    for text in ("", "notes"):
        browser.searchEdit.setText(text)
        browser.search()
        for scope, place in places:
            seen[scope, place, text] = look_in(browser, qtbot, scope, place)
    for where, listed in seen.items():
        assert BOBS_PRIVATE not in listed, where
    # bob's items are listed where alice may see them: so his private one is left out, not all of his.
    assert "Restricted points" in seen["My Organisation", "", ""] and "Restricted points" in seen["Everyone", "", ""]
    assert "Crew assignments" in seen["My Groups", "Field crews", ""]
    assert len(seen["Everyone", "", ""]) == 34  # all but bob's private item (and the portal's non-layer types)
    assert all(not listed for (_s, _p, text), listed in seen.items() if text == "notes")  # only bob's has it


# -- acting on an item -----------------------------------------------------------------------------
def test_show_layers_of_a_feature_service_item_then_add_them(plugin, enterprise, qtbot):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    browser.select_item(enterprise.content.two_layer_item)
    assert browser.showLayersButton.isEnabled()
    assert not browser.openWebMapButton.isEnabled() and not browser.addItemButton.isEnabled()

    qtbot.mouseClick(browser.showLayersButton, LEFT)
    assert dialog.tabs.currentWidget() is dialog.servicesTab
    service_url = enterprise.server.service_url(TWO_LAYER_SERVICE, "FeatureServer")
    assert dialog.urlEdit.text() == service_url
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    layers = [layer for catalog in dialog.catalogs for service in catalog.services for layer in service.layers]
    assert [(layer.name, layer.layer_id, layer.service_url) for layer in layers] == [
        ("Points", 0, service_url), ("Parcels", 1, service_url)
    ]  # fmt: skip

    dialog.select_layers(layers)
    qtbot.mouseClick(dialog.addButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    added = sorted(QgsProject.instance().mapLayers().values(), key=lambda layer: layer.name())
    assert [layer.name() for layer in added] == [f"{TWO_LAYER_SERVICE} — Parcels", f"{TWO_LAYER_SERVICE} — Points"]
    assert all(isinstance(layer, QgsVectorLayer) and layer.isValid() for layer in added)
    assert [authcfg_of(layer) for layer in added] == [connection.id, connection.id]
    assert [layer.featureCount() for layer in added] == [FEATURES, FEATURES]
    assert message_bar_text(dialog.messageBar) == "Layers added to the project: 2."


def test_an_item_of_one_layer_lists_its_service_with_that_layer_selected(plugin, enterprise, qtbot):
    layer_url = enterprise.server.service_url(TWO_LAYER_SERVICE, "FeatureServer", 1)
    item_id = enterprise.portal.add_item("alice", "Parcels only", "Feature Service", url=layer_url, access="org")
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    choose(dialog.content.scopeCombo, "My Organisation")
    wait_listed(dialog.content, qtbot)
    dialog.content.select_item(item_id)
    qtbot.mouseClick(dialog.content.showLayersButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    listed = [layer.name for catalog in dialog.catalogs for service in catalog.services for layer in service.layers]
    assert listed == ["Points", "Parcels"]  # the whole service, the item's layer chosen
    assert [(layer.name, layer.layer_id) for layer in dialog.selected_layers()] == [("Parcels", 1)]
    assert dialog.addButton.isEnabled()


def test_a_public_item_elsewhere_gets_no_token(plugin, enterprise, qtbot):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    dialog.content.select_item(enterprise.content.public_item)
    dialog.content.itemsView.doubleClicked.emit(dialog.content.itemsView.currentIndex())  # the default action
    assert dialog.tabs.currentWidget() is dialog.servicesTab
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    (layer,) = [layer for catalog in dialog.catalogs for service in catalog.services for layer in service.layers]
    dialog.select_layers([layer])
    qtbot.mouseClick(dialog.addButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    (added,) = QgsProject.instance().mapLayers().values()
    assert added.isValid() and added.featureCount() == 100 and authcfg_of(added) == ""
    assert enterprise.elsewhere.requests and not any(record.tokens for record in enterprise.elsewhere.requests)


def test_a_vector_tile_item_is_added_directly(plugin, enterprise, qtbot):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    choose(browser.typeCombo, "Vector Tile Service")
    choose(browser.scopeCombo, "My Organisation")
    wait_listed(browser, qtbot)
    assert titles(browser) == ["City basemap"]
    browser.select_item(enterprise.vector_tile_item)
    assert browser.addItemButton.isEnabled() and not browser.showLayersButton.isEnabled()
    qtbot.mouseClick(browser.addItemButton, LEFT)
    qtbot.waitUntil(lambda: not browser.busy, timeout=TASK_TIMEOUT_MS)
    (layer,) = QgsProject.instance().mapLayers().values()
    assert isinstance(layer, QgsVectorTileLayer) and layer.isValid() and layer.name() == "City basemap"
    assert f"authcfg={connection.id}" in layer.source()
    assert message_bar_text(dialog.messageBar) == "Layer “City basemap” added to the project."


def server_count(enterprise: Enterprise, emulator_session, service: str, where: str) -> int:
    """What the server itself counts for ``where`` (asked with a portal token, as any client)."""
    token = request_token(emulator_session, enterprise.portal.token_url)["token"]
    answer = emulator_session.post(
        f"{enterprise.server.service_url(service, 'FeatureServer', 0)}/query",
        data={"where": where, "returnCountOnly": "true", "f": "json", "token": token},
        headers={"Referer": REFERER},
        timeout=10,
    ).json()
    return answer["count"]


def tree_of(group: QgsLayerTreeGroup) -> list:
    """The Layers panel under ``group``, top first: (name, checked) for a layer, (name, checked, [...]) for a
    group."""
    found = []
    for node in group.children():
        if isinstance(node, QgsLayerTreeLayer):
            found.append((node.name(), node.itemVisibilityChecked()))
        else:
            found.append((node.name(), node.itemVisibilityChecked(), tree_of(node)))
    return found


def open_city_overview(browser: ContentBrowser, enterprise: Enterprise, qtbot, button) -> None:
    choose(browser.placeCombo, "Projects")
    wait_listed(browser, qtbot)
    browser.select_item(enterprise.content.web_map_item)
    assert browser.openWebMapButton.isEnabled() and browser.openProjectButton.isEnabled()
    assert not browser.showLayersButton.isEnabled()
    qtbot.mouseClick(button, LEFT)
    assert browser.busy and browser.progressBar.isVisible()
    qtbot.waitUntil(lambda: not browser.busy, timeout=3 * TASK_TIMEOUT_MS)


def test_opening_the_web_map_adds_its_layers_as_a_group(plugin, enterprise, qtbot, emulator_session):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    QgsProject.instance().addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326", "already there", "memory"))
    open_city_overview(browser, enterprise, qtbot, browser.openWebMapButton)

    root = QgsProject.instance().layerTreeRoot()
    assert [node.name() for node in root.children()] == ["City overview", "already there"]
    assert tree_of(root.children()[0]) == [
        ("Overview", True),
        ("Landmarks (1:500,000 to 1:5,000)", True),
        ("Points and parcels", True, [("Parcels", True), ("Points", True)]),
        ("Restricted points", False),  # hidden in the web map: unchecked
        ("Points (category A)", True),
        ("Tiled basemap", True, [("Tiled basemap", True)]),  # the basemap, at the bottom
    ]
    layers = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    made = {name: layer for name, layer in layers.items() if name != "already there"}
    assert all(layer.isValid() for layer in made.values()), [n for n, layer in made.items() if not layer.isValid()]
    # The connection's authcfg on its own servers' layers; none on the public one elsewhere.
    assert {name: authcfg_of(layer) for name, layer in made.items()} == {
        "Overview": connection.id,
        "Landmarks (1:500,000 to 1:5,000)": "",
        "Parcels": connection.id,
        "Points": connection.id,
        "Restricted points": connection.id,
        "Points (category A)": connection.id,
        "Tiled basemap": connection.id,
    }
    assert isinstance(made["Overview"], QgsRasterLayer) and made["Overview"].opacity() == pytest.approx(0.6)
    assert made["Tiled basemap"].providerType() == "wms"  # its tile cache, as WMTS
    assert enterprise.server.service_url(BASEMAP_SERVICE, "MapServer") in made["Tiled basemap"].source()
    landmarks = made["Landmarks (1:500,000 to 1:5,000)"]
    assert landmarks.hasScaleBasedVisibility()
    assert (landmarks.minimumScale(), landmarks.maximumScale()) == (500_000, 5_000)

    messages = [f"{item.title()} {item.text()}".strip() for item in dialog.messageBar.items()]
    assert "Web map “City overview” opened: 7 layers" in messages
    (left_out,) = [message for message in messages if message.startswith("Not shown as in the web map ")]
    reasons = left_out.removeprefix("Not shown as in the web map ").split("; ")

    filtered = made["Points (category A)"]
    assert filtered.opacity() == pytest.approx(0.8)
    where = "category = 'A'"
    if filtered.dataProvider().supportsSubsetString():
        assert filtered.subsetString() == where
        assert filtered.featureCount() == server_count(enterprise, emulator_session, "Demo/Points", where) == 50
        assert reasons == ["Stations (CSV): a CSV file"]
    else:  # an ArcGIS provider that cannot filter (QGIS 3.22's): the layer shows all, and the user is told
        assert filtered.subsetString() == ""
        assert filtered.featureCount() == server_count(enterprise, emulator_session, "Demo/Points", "1=1") == FEATURES
        assert server_count(enterprise, emulator_session, "Demo/Points", where) == 50
        assert reasons == [
            "Stations (CSV): a CSV file",
            "Points (category A): shown unfiltered: QGIS could not apply its definition expression",
        ]
    assert not any(record.tokens for record in enterprise.elsewhere.requests)


class FakeInterface:
    """What the dialog uses of QGIS's iface: newProject(), whose "save changes?" the user answers."""

    def __init__(self, answers: list[bool]) -> None:
        self.answers = answers
        self.asked: list[bool] = []

    def newProject(self, prompt_to_save: bool = False) -> bool:  # noqa: N802 - QgisInterface's name
        self.asked.append(prompt_to_save)
        keep_going = self.answers.pop(0)
        if keep_going:
            QgsProject.instance().clear()
        return keep_going


def test_open_as_new_project_asks_to_save_first(plugin, enterprise, qtbot):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    iface = FakeInterface([False, True])  # the user cancels once, then goes on
    dialog = open_dialog(plugin, qtbot, connection, iface=iface)
    browser = dialog.content
    project = QgsProject.instance()
    project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326", "unsaved work", "memory"))
    project.setDirty(True)

    open_city_overview(browser, enterprise, qtbot, browser.openProjectButton)
    assert iface.asked == [True]
    assert [layer.name() for layer in project.mapLayers().values()] == ["unsaved work"]  # kept
    assert message_bar_text(dialog.messageBar) == "Web map “City overview” not opened The current project was kept."

    qtbot.mouseClick(browser.openProjectButton, LEFT)
    qtbot.waitUntil(lambda: not browser.busy, timeout=3 * TASK_TIMEOUT_MS)
    assert iface.asked == [True, True]
    assert [node.name() for node in project.layerTreeRoot().children()] == ["City overview"]
    assert "unsaved work" not in [layer.name() for layer in project.mapLayers().values()]
    assert len(project.mapLayers()) == 7
    assert project.title() == "City overview" and project.crs().authid() == "EPSG:3857"


def test_the_dialog_fits_a_1366x768_screen_on_either_tab(plugin, enterprise, qtbot):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    room = QRect(0, 0, 1366, 728 - 40)  # a laptop's screen, less a panel and the window's title bar
    for tab in (dialog.contentTab, dialog.servicesTab):
        dialog.tabs.setCurrentWidget(tab)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= room.width() and hint.height() <= room.height(), (tab.objectName(), hint)
    assert dialog.width() <= room.width() and dialog.height() <= room.height()


# -- a server without a portal ---------------------------------------------------------------------
def test_a_standalone_server_has_no_portal_content(plugin, arcgis_emulator, qtbot):
    server = add_users(arcgis_emulator(STANDALONE, features=10))
    connection = connect(server, name="City GIS")
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    assert browser.state is PortalState.NO_PORTAL
    assert browser.messageLabel.isVisible()
    assert browser.messageLabel.text() == error_text(NoPortalError(connection="City GIS"))
    controls = (browser.scopeCombo, browser.searchEdit, browser.typeCombo, browser.itemsView, browser.refreshButton)
    assert not any(widget.isEnabled() for widget in controls)
    assert server.count("generateToken") == 1, "the catalog read signed in; the tab did not again"
    assert not [record for record in server.requests if "/sharing/" in record.path]


def test_a_refused_sign_in_is_not_tried_again_until_the_user_asks(plugin, enterprise, qtbot):
    from arcgis_token_auth import api

    connection = api.add_connection(enterprise.portal.portal_url, name="Portal", username="alice", password="nope")
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    assert browser.state is PortalState.NOT_SIGNED_IN
    assert browser.messageLabel.text().startswith("“Portal” is not signed in, so its items cannot be listed.")
    assert not browser.itemsView.isEnabled() and browser.refreshButton.isEnabled()
    settle(0.3)
    assert enterprise.portal.count("generateToken") == 1, "showing the tab signed in again"

    assert message_bar_text(dialog.messageBar).startswith("“Portal” could not sign in")  # the catalog's message

    # The user asks: the engine is asked again — and, within its retry delay, says why without asking the portal.
    qtbot.mouseClick(browser.refreshButton, LEFT)
    wait_listed(browser, qtbot)
    assert browser.state is PortalState.NOT_SIGNED_IN and titles(browser) == []
    assert message_bar_text(dialog.messageBar) == (
        f"The content of “Portal” could not be read {InvalidCredentialsError(enterprise.portal.origin)}"
    )
    assert enterprise.portal.count("generateToken") == 1


# -- responsiveness and cancel ---------------------------------------------------------------------
def test_a_slow_search_keeps_the_main_thread_free(plugin, enterprise, qtbot, record_property):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    fault = enterprise.portal.add_fault("latency", "/sharing/rest/search", seconds=SLOW_SECONDS)

    started = time.perf_counter()
    with StallMeter() as meter:
        choose(browser.scopeCombo, "My Organisation")  # a search, slow
        assert browser.searching
        qtbot.keyClicks(browser.searchEdit, "survey")  # typing meanwhile: a new search replaces it
        wait_listed(browser, qtbot)
    seconds = time.perf_counter() - started
    record_property("portal_search_max_stall_ms", round(meter.max_gap * 1000, 1))
    stall_ms = meter.max_gap * 1000
    print(f"\nportal search: {seconds:.2f} s, {meter.ticks} ticks, longest main-thread stall {stall_ms:.1f} ms")
    assert seconds >= SLOW_SECONDS and fault.hits == 2, "the slow endpoint was not in the way"
    assert meter.max_gap < MAX_STALL_SECONDS, f"the main thread stalled for {meter.max_gap * 1000:.0f} ms"
    assert len(titles(browser)) == 25 and all(title.startswith("Survey") for title in titles(browser))


def test_a_cancelled_search_shows_nothing(plugin, enterprise, qtbot):
    connection = connect(enterprise.portal, enterprise.portal.portal_url)
    dialog = open_dialog(plugin, qtbot, connection)
    browser = dialog.content
    fault = enterprise.portal.add_fault("latency", "/sharing/rest/search", seconds=SLOW_SECONDS)
    choose(browser.scopeCombo, "Everyone")
    assert browser.searching and browser.cancelButton.isVisible()
    qtbot.waitUntil(lambda: fault.hits == 1, timeout=TASK_TIMEOUT_MS)  # the portal has the request
    qtbot.mouseClick(browser.cancelButton, LEFT)
    assert not browser.searching and not browser.cancelButton.isVisible()
    settle(SLOW_SECONDS + 0.5)  # the answer arrives meanwhile, and is dropped
    assert titles(browser) == [] and browser.countLabel.text() == "Cancelled"
    assert not browser.moreButton.isEnabled()
    assert [record.status for record in enterprise.portal.requests if record.endpoint == "search"] == [200]
