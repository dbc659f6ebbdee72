"""Browser sign-in in the connection editor, driven like a user would, against the emulator over HTTPS.

Real QGIS widgets (offscreen). The editor's ``browser_opener`` replaces the
system browser with the scripted one of test_browser_signin.py, which signs in
on the emulator's portal and follows the redirect to the plugin's listener.
"""

from __future__ import annotations

import pytest
from arcgis_token_auth.plugin.core.credentials import CredentialKind
from arcgis_token_auth.plugin.core.errors import BrowserSignInExpiredError
from arcgis_token_auth.plugin.gui.connections_dialog import ConnectionsDialog
from arcgis_token_auth.plugin.gui.status import TokenStatus
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialogButtonBox, QPushButton

from tests.emulator import PORTAL, STANDALONE
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.gui_support import TASK_TIMEOUT_MS, message_bar_text
from tests.qgis.integration import feature_layer
from tests.qgis.test_browser_signin import CLIENT_ID, FEATURES, assert_listener_gone, browser_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def enterprise(arcgis_emulator):
    portal = add_users(arcgis_emulator(PORTAL))
    portal.add_app(CLIENT_ID, redirect_uris=["http://127.0.0.1"])
    return portal, arcgis_emulator(STANDALONE, owning_portal=portal, features=FEATURES)


@pytest.fixture
def manager(plugin, qtbot):
    dialog = ConnectionsDialog(plugin.service, TokenStatus(plugin.service))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def new_browser_connection(manager, qtbot, portal, scripted):
    qtbot.mouseClick(manager.addButton, LEFT)
    editor = manager.editor
    qtbot.keyClicks(editor.nameEdit, "SAML organisation")
    qtbot.keyClicks(editor.urlEdit, portal.portal_url)
    editor.credentialCombo.setCurrentIndex(editor.credentialCombo.findText("Browser sign-in (SAML, multifactor)"))
    assert editor.usernameCaption.text() == "Client ID" and not editor.secretEdit.isVisible()
    qtbot.keyClicks(editor.usernameEdit, CLIENT_ID)
    editor.browser_opener = scripted
    qtbot.mouseClick(editor.signInButton, LEFT)
    assert editor.signing_in and editor.cancelSignInButton.isVisible()
    assert editor.signInStatusLabel.text() == "Waiting for the browser…"
    return editor


def save(editor, qtbot) -> None:
    qtbot.mouseClick(editor.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)


def test_sign_in_from_the_editor_then_a_secured_layer_loads_and_sign_out(plugin, manager, enterprise, qtbot):
    portal, server = enterprise
    scripted = browser_for(portal)
    editor = new_browser_connection(manager, qtbot, portal, scripted)
    qtbot.waitUntil(lambda: not editor.signing_in, timeout=TASK_TIMEOUT_MS)
    assert editor.signInStatusLabel.text() == "Signed in as alice"
    assert not editor.cancelSignInButton.isVisible() and not editor.signOutButton.isVisible()  # not saved yet
    assert_listener_gone(scripted.redirect_port)
    assert plugin.service.connections() == [], "signing in saves nothing before Save"

    save(editor, qtbot)
    (saved,) = plugin.service.connections()
    assert saved.credential is CredentialKind.BROWSER and saved.client_id == CLIENT_ID
    assert plugin.service.signed_in_user(saved.id) == "alice"
    layer = feature_layer(server)
    assert layer.isValid() and layer.featureCount() == FEATURES

    qtbot.mouseClick(manager.editButton, LEFT)
    editor = manager.editor
    assert editor.signInStatusLabel.text() == "Signed in as alice" and editor.signOutButton.isVisible()
    qtbot.mouseClick(editor.signOutButton, LEFT)
    assert editor.signInStatusLabel.text() == "Not signed in."
    assert plugin.service.signed_in_user(saved.id) is None


def test_a_sign_in_cancelled_in_the_editor_ends_and_saves_nothing(plugin, manager, enterprise, qtbot):
    portal, _server = enterprise
    scripted = browser_for(portal, act="nothing")  # the user never finishes in the browser
    editor = new_browser_connection(manager, qtbot, portal, scripted)
    qtbot.waitUntil(lambda: bool(scripted.opened), timeout=TASK_TIMEOUT_MS)
    qtbot.mouseClick(editor.cancelSignInButton, LEFT)
    qtbot.waitUntil(lambda: not editor.signing_in, timeout=TASK_TIMEOUT_MS)
    assert editor.signInStatusLabel.text() == (
        f"The sign-in to {portal.origin} was cancelled. Sign in again when you are ready."
    )
    assert editor.signInButton.isEnabled() and not editor.cancelSignInButton.isVisible()
    assert_listener_gone(scripted.redirect_port)

    save(editor, qtbot)
    assert message_bar_text(editor.messageBar) == "Incomplete connection Sign in with the browser first."
    assert plugin.service.connections() == []


def test_browser_sign_in_is_offered_for_portals_and_asked_for_with_a_notice(plugin, manager, enterprise, qtbot):
    from arcgis_token_auth import api

    portal, server = enterprise
    qtbot.mouseClick(manager.addButton, LEFT)
    editor = manager.editor
    browser = "Browser sign-in (SAML, multifactor)"
    qtbot.keyClicks(editor.urlEdit, server.services_url)  # an ArcGIS Server's: no browser sign-in there
    assert editor.credentialCombo.findText(browser) < 0
    editor.urlEdit.setText(portal.portal_url)
    assert editor.credentialCombo.findText(browser) >= 0
    editor.reject()

    connection = api.add_connection(portal.portal_url, name="SAML org", client_id=CLIENT_ID, browser_sign_in=True)
    manager.model.reload()
    expired = BrowserSignInExpiredError(portal.origin, connection_name="SAML org")
    plugin.service.sign_in_requested.emit(connection.id, expired)
    assert message_bar_text(manager.messageBar) == f"“SAML org” needs a browser sign-in {expired}"
    button = manager.messageBar.currentItem().findChild(QPushButton)
    assert button.text() == "Sign In…"
    qtbot.waitUntil(lambda: manager.editor is None)
    qtbot.mouseClick(button, LEFT)
    assert manager.editor is not None and manager.editor.nameEdit.text() == "SAML org"
    assert manager.editor.signInStatusLabel.text() == "Not signed in."
