"""A screenshot of each dialog in use, drawn offscreen and checked not to be blank.

The PNGs are test artefacts in the test's temporary folder. With
``ARCGIS_TOKEN_AUTH_SCREENSHOTS=<folder>`` they are copied there too:
``scripts/screenshots.py`` makes the README's images in docs/images/ that way.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from arcgis_token_auth import api
from arcgis_token_auth.plugin.core.credentials import WebTier
from arcgis_token_auth.plugin.gui.add_layers_dialog import AddLayersDialog
from arcgis_token_auth.plugin.gui.connections_dialog import ConnectionsDialog
from arcgis_token_auth.plugin.gui.status import State, TokenStatus
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QScreen
from qgis.PyQt.QtWidgets import QDialogButtonBox

from tests.emulator import DEFAULT_SERVICES, PORTAL, STANDALONE, EmulatorCA
from tests.emulator.content import basemap_service, seed_demo_content, two_layer_service
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.gui_support import TASK_TIMEOUT_MS, screenshot

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def status(plugin):
    return TokenStatus(plugin.service)


@pytest.fixture
def shots(tmp_path):
    """Saves a widget's screenshot as a test artefact, and where ARCGIS_TOKEN_AUTH_SCREENSHOTS says."""
    published = os.environ.get("ARCGIS_TOKEN_AUTH_SCREENSHOTS")

    def shoot(widget, name: str) -> Path:
        path = screenshot(widget, tmp_path / f"{name}.png")
        if published:
            Path(published).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, Path(published) / path.name)
        return path

    return shoot


@pytest.fixture(autouse=True)
def large_screen(monkeypatch):
    """The editor sizes itself to its screen; offscreen, Qt's screen is 800x600: a 1600x1000 one's instead."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1600, 960))


@pytest.fixture
def laptop_screen(large_screen, monkeypatch):
    """A 1366x768 laptop's screen, less a 40 px panel."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))


@pytest.fixture
def servers(arcgis_emulator):
    city = add_users(arcgis_emulator(STANDALONE))
    portal = add_users(arcgis_emulator(PORTAL))
    arcgis_emulator(STANDALONE, owning_portal=portal)
    return city, portal


def add(url: str, name: str, password: str = USERS["alice"][0]):
    return api.add_connection(url, name=name, username="alice", password=password)


def sign_in(status: TokenStatus, connection, qtbot) -> None:
    status.renew(connection.id)
    done = (State.SIGNED_IN, State.FAILED)
    qtbot.waitUntil(lambda: status.status(connection.id).state in done, timeout=TASK_TIMEOUT_MS)


def test_connections_manager(plugin, status, servers, qtbot, shots):
    city, portal = servers
    signed_in = add(city.services_url, "City GIS")
    add(portal.portal_url, "Regional portal")
    refused = add(city.services_url.replace("/rest/services", ""), "Old archive", password="expired-password")
    sign_in(status, signed_in, qtbot)
    sign_in(status, refused, qtbot)
    dialog = ConnectionsDialog(plugin.service, status)
    qtbot.addWidget(dialog)
    dialog.resize(860, 560)
    dialog.show()
    dialog.select(signed_in.id)
    assert dialog.stateLabel.text().startswith("Signed in")
    shots(dialog, "connections-manager")


def new_connection(plugin, status, qtbot, name: str, url: str):
    """The manager's editor for a new connection named ``name`` to ``url``, as a user starts one."""
    dialog = ConnectionsDialog(plugin.service, status)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.addButton, LEFT)
    editor = dialog.editor
    editor.nameEdit.setText(name)
    editor.urlEdit.setText(url)
    return dialog, editor  # the manager too: the editor is its child


def new_city_connection(plugin, status, servers, qtbot):
    """The editor for a new connection to the city server, filled in as a user does."""
    dialog, editor = new_connection(plugin, status, qtbot, "City GIS", servers[0].services_url)
    editor.usernameEdit.setText("alice")
    editor.secretEdit.setText(USERS["alice"][0])
    return dialog, editor


def test_connection_editor_after_a_successful_test(plugin, status, servers, qtbot, shots):
    _manager, editor = new_city_connection(plugin, status, servers, qtbot)
    qtbot.mouseClick(editor.testButton, LEFT)
    qtbot.waitUntil(lambda: not editor.testing, timeout=TASK_TIMEOUT_MS)
    assert editor.testResultsWidget.isVisible()
    shots(editor, "connection-editor")


@pytest.mark.usefixtures("laptop_screen")
def test_connection_editor_on_a_1366x768_screen(plugin, status, servers, qtbot, shots):
    """Everything open at once (Advanced, the plain-HTTP warning, a test's results): the form
    scrolls, the buttons stay in view."""
    _manager, editor = new_city_connection(plugin, status, servers, qtbot)
    editor.advancedGroup.setCollapsed(False)
    editor.allowHttpCheck.setChecked(True)
    qtbot.mouseClick(editor.testButton, LEFT)
    qtbot.waitUntil(lambda: not editor.testing, timeout=TASK_TIMEOUT_MS)
    assert editor.testResultsWidget.isVisible() and editor.height() <= 728 - 40
    assert not editor.buttonBox.button(QDialogButtonBox.StandardButton.Save).visibleRegion().isEmpty()
    shots(editor, "connection-editor-1366x768")


def test_connection_editor_with_an_untrusted_certificate(plugin, status, arcgis_emulator, qtbot, shots):
    untrusted = add_users(arcgis_emulator(STANDALONE, ca=EmulatorCA()))
    dialog = ConnectionsDialog(plugin.service, status)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.addButton, LEFT)
    editor = dialog.editor
    editor.urlEdit.setText(untrusted.services_url)
    editor.usernameEdit.setText("alice")
    editor.secretEdit.setText(USERS["alice"][0])
    qtbot.mouseClick(editor.testButton, LEFT)
    qtbot.waitUntil(lambda: not editor.testing, timeout=TASK_TIMEOUT_MS)
    assert "not trusted" in editor.testMessageLabel.text()
    shots(editor, "connection-test-failed")


def test_connection_editor_for_a_windows_web_tier(plugin, status, arcgis_emulator, qtbot, shots):
    """The Web tier section open on a portal behind Windows sign-in (NTLM), after a passed test."""
    portal = arcgis_emulator(PORTAL, web_tier="ntlm")
    portal.add_web_tier_user("alice", "alice-windows-secret")
    _manager, editor = new_connection(plugin, status, qtbot, "Intranet portal", portal.portal_url)
    editor.webTierGroup.setCollapsed(False)
    editor.webTierCombo.setCurrentIndex(editor.webTierCombo.findData(WebTier.WINDOWS))
    editor.usernameEdit.setText("EMULATOR\\alice")
    editor.secretEdit.setText("alice-windows-secret")
    qtbot.mouseClick(editor.testButton, LEFT)
    qtbot.waitUntil(lambda: not editor.testing, timeout=TASK_TIMEOUT_MS)
    assert editor.testResultsWidget.isVisible(), editor.testMessageLabel.text()
    assert not editor.webTierGroup.isCollapsed() and not editor.webTierGroup.visibleRegion().isEmpty()
    shots(editor, "connection-editor-web-tier")


def test_add_secured_layers(plugin, status, servers, qtbot, shots):
    city, _portal = servers
    connection = add(city.services_url, "City GIS")
    dialog = AddLayersDialog(plugin.service, status)
    qtbot.addWidget(dialog)
    dialog.resize(820, 600)
    dialog.show()
    dialog.select_connection(connection.id)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    layers = [layer for catalog in dialog.catalogs for service in catalog.services for layer in service.layers]
    dialog.select_layers([layer for layer in layers if layer.service_type == "FeatureServer"][:2])
    qtbot.mouseClick(dialog.addButton, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    assert len(QgsProject.instance().mapLayers()) == 2
    shots(dialog, "add-secured-layers")


def test_portal_content(plugin, status, arcgis_emulator, qtbot, shots):
    """The Portal Content tab: a group's items, with their thumbnails, and a web map selected."""
    portal = add_users(arcgis_emulator(PORTAL))
    services = [*DEFAULT_SERVICES, two_layer_service(), basemap_service()]
    arcgis_emulator(STANDALONE, owning_portal=portal, services=services)
    content = seed_demo_content(portal)
    connection = add(portal.portal_url, "Regional portal")
    dialog = AddLayersDialog(plugin.service, status)
    qtbot.addWidget(dialog)
    dialog.resize(820, 600)
    dialog.show()
    dialog.select_connection(connection.id)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    dialog.tabs.setCurrentWidget(dialog.contentTab)
    browser = dialog.content
    qtbot.waitUntil(lambda: not browser.searching, timeout=TASK_TIMEOUT_MS)
    browser.scopeCombo.setCurrentIndex(browser.scopeCombo.findText("My Groups"))
    qtbot.waitUntil(lambda: not browser.searching, timeout=TASK_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not browser.loading_thumbnails, timeout=TASK_TIMEOUT_MS)
    browser.select_item(content.web_map_item)
    assert browser.countLabel.text() == "3 of 3 items" and browser.openWebMapButton.isEnabled()
    shots(dialog, "portal-content")
