"""The connection editor fits a 1366x768 screen in every state, its Save and Cancel buttons in view.

Real QGIS widgets (offscreen). The offscreen screen is 800x600 and cannot be
configured in Qt 5, so its available geometry is reported as a 1366x768
laptop's (less a 40 px panel) to the editor; everything else is Qt's own
layout. tests/qgis/test_gui_desktop.py checks the same in QGIS desktop on a
real 1366x768 (Xvfb) screen.
"""

from __future__ import annotations

import pytest
from arcgis_token_auth.plugin.core.credentials import CredentialKind
from arcgis_token_auth.plugin.gui.connections_dialog import ConnectionsDialog
from arcgis_token_auth.plugin.gui.status import TokenStatus
from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QScreen
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QWidget

from tests.emulator import PORTAL, STANDALONE
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.gui_support import TASK_TIMEOUT_MS

LEFT = Qt.MouseButton.LeftButton
# A 1366x768 laptop with a 40 px panel; a window's title bar takes up to 40 px more.
AVAILABLE = QRect(0, 0, 1366, 728)
TITLE_BAR = 40


@pytest.fixture
def laptop_screen(monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(AVAILABLE))


@pytest.fixture
def servers(arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE))
    portal = arcgis_emulator(PORTAL)
    portal.add_user("sam", "sam-secret", saml_only=True)  # a long failure: SAML users need the browser
    return server, portal


@pytest.fixture
def editor(plugin, laptop_screen, qtbot):
    manager = ConnectionsDialog(plugin.service, TokenStatus(plugin.service))
    qtbot.addWidget(manager)
    manager.show()
    qtbot.mouseClick(manager.addButton, LEFT)
    yield manager.editor
    del manager  # kept until here: the editor is its child


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def fully_visible(widget: QWidget) -> bool:
    """Shown, and not clipped by the dialog or a scrolled area around it."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def assert_fits(editor, state: str, *shown: QWidget) -> None:
    settle()
    room = AVAILABLE.height() - TITLE_BAR
    assert editor.height() <= room, f"{state}: {editor.height()} px tall, the screen has room for {room}"
    assert editor.width() <= AVAILABLE.width(), state
    assert editor.minimumSizeHint().height() <= room, f"{state}: cannot be made small enough"
    buttons = editor.buttonBox
    for button in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
        assert fully_visible(buttons.button(button)), f"{state}: {button.name} is not in view"
    for widget in shown:  # what the state is about is in view (scrolled to, where needed)
        assert not widget.visibleRegion().isEmpty(), f"{state}: {widget.objectName()} is not in view"


def choose(editor, kind: CredentialKind) -> None:
    editor.credentialCombo.setCurrentIndex(editor.credentialCombo.findData(kind))


def run_test(editor, qtbot, url: str, user: str, secret: str) -> None:
    editor.urlEdit.setText(url)
    editor.usernameEdit.setText(user)
    editor.secretEdit.setText(secret)
    qtbot.mouseClick(editor.testButton, LEFT)
    qtbot.waitUntil(lambda: not editor.testing, timeout=TASK_TIMEOUT_MS)


def test_a_new_connection_starts_with_advanced_collapsed_and_fits(editor):
    assert editor.advancedGroup.isCollapsed()
    assert_fits(editor, "new connection", editor.nameEdit, editor.testButton)


def test_every_credential_kind_fits(editor, servers):
    _server, portal = servers
    editor.urlEdit.setText(portal.portal_url)  # a portal: browser sign-in is offered
    for kind in (CredentialKind.PASSWORD, CredentialKind.API_KEY, CredentialKind.APP, CredentialKind.BROWSER):
        choose(editor, kind)
        assert_fits(editor, kind.value)


def test_advanced_settings_and_the_plain_http_warning_fit(editor):
    editor.advancedGroup.setCollapsed(False)
    assert_fits(editor, "Advanced open", editor.bindingCombo)
    editor.allowHttpCheck.setChecked(True)
    editor.formScrollArea.ensureWidgetVisible(editor.httpWarningLabel)
    assert_fits(editor, "plain-HTTP warning", editor.httpWarningLabel)


def test_a_passed_test_fits_with_its_results_in_view(editor, servers, qtbot):
    server, _portal = servers
    run_test(editor, qtbot, server.services_url, "alice", USERS["alice"][0])
    assert editor.testResultsWidget.isVisible()
    assert_fits(editor, "test passed", editor.testMessageLabel, editor.expiryResultLabel)


def test_a_failed_test_with_a_long_message_fits_with_the_message_in_view(editor, servers, qtbot):
    _server, portal = servers
    run_test(editor, qtbot, portal.portal_url, "sam", "sam-secret")
    assert len(editor.testMessageLabel.text()) > 250, "a long message"
    assert_fits(editor, "test failed", editor.testMessageLabel)


def test_everything_open_at_once_fits(editor, servers, qtbot):
    """Advanced open with the plain-HTTP warning, then a passed test, then a long failure."""
    server, portal = servers
    editor.advancedGroup.setCollapsed(False)
    editor.allowHttpCheck.setChecked(True)
    run_test(editor, qtbot, server.services_url, "alice", USERS["alice"][0])
    assert_fits(editor, "everything, test passed", editor.testMessageLabel, editor.expiryResultLabel)
    run_test(editor, qtbot, portal.portal_url, "sam", "sam-secret")
    assert_fits(editor, "everything, test failed", editor.testMessageLabel)


def test_the_browser_sign_in_states_fit(editor, servers, qtbot):
    _server, portal = servers
    editor.urlEdit.setText(portal.portal_url)
    editor.nameEdit.setText("SAML organisation")
    choose(editor, CredentialKind.BROWSER)
    editor.usernameEdit.setText("qgis-arcgis-token-auth")
    editor.browser_opener = lambda _url: True  # a browser that never comes back
    qtbot.mouseClick(editor.signInButton, LEFT)
    assert editor.signing_in
    assert_fits(editor, "waiting for the browser", editor.signInProgress, editor.cancelSignInButton)
    qtbot.mouseClick(editor.cancelSignInButton, LEFT)
    qtbot.waitUntil(lambda: not editor.signing_in, timeout=TASK_TIMEOUT_MS)
    assert "cancelled" in editor.signInStatusLabel.text()
    assert_fits(editor, "sign-in cancelled", editor.signInStatusLabel)


@pytest.mark.parametrize("changed", [False, True], ids=["default", "changed"])
def test_an_edited_connection_opens_advanced_only_when_it_changed_a_setting_there(
    plugin, laptop_screen, servers, changed, qtbot
):
    from arcgis_token_auth import api

    server, _portal = servers
    connection = api.add_connection(
        server.services_url, name="City GIS", username="alice", password="x", allow_plain_http=changed
    )
    manager = ConnectionsDialog(plugin.service, TokenStatus(plugin.service))
    qtbot.addWidget(manager)
    manager.show()
    manager.select(connection.id)
    qtbot.mouseClick(manager.editButton, LEFT)
    editor = manager.editor
    assert editor.advancedGroup.isCollapsed() is not changed
    assert editor.httpWarningLabel.isVisible() is changed
    assert_fits(editor, "edit")
