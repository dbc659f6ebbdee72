"""The connections manager and the connection form, driven like a user would, against the emulator.

Real QGIS widgets (offscreen), the plugin loaded as QGIS loads it, HTTPS
emulators trusted through QGIS's auth DB (``trusted_ca``).
"""

from __future__ import annotations

import pytest
from arcgis_token_auth.plugin.core.errors import (
    BrowserSignInRequiredError,
    CertificateNotTrustedError,
    ConnectionRefusedByServerError,
    InvalidCredentialsError,
)
from arcgis_token_auth.plugin.core.urls import origin_of
from arcgis_token_auth.plugin.gui.connections_dialog import ConnectionsDialog
from arcgis_token_auth.plugin.gui.status import State, TokenStatus
from arcgis_token_auth.plugin.integration.browser import (
    browser_connections_of,
    create_browser_connections,
    entry_name,
)
from arcgis_token_auth.plugin.integration.secrets import KEYRING_SERVICE, SecretStore
from arcgis_token_auth.plugin.paths import PLUGIN_NAME
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox

from tests.emulator import PORTAL, STANDALONE, EmulatorCA
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.gui_support import TASK_TIMEOUT_MS, closed_port_url, message_bar_text
from tests.qgis.integration import connect

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def status(plugin):
    return TokenStatus(plugin.service)


@pytest.fixture
def manager(plugin, status, qtbot):
    dialog = ConnectionsDialog(plugin.service, status)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def open_editor(manager, qtbot, button=None):
    qtbot.mouseClick(button or manager.addButton, LEFT)
    editor = manager.editor
    assert editor is not None and editor.isVisible()
    return editor


def fill(editor, qtbot, *, url: str, user: str = "alice", secret: str = USERS["alice"][0], name: str = "") -> None:
    for field, text in ((editor.nameEdit, name), (editor.urlEdit, url), (editor.usernameEdit, user)):
        field.clear()
        qtbot.keyClicks(field, text)
    editor.secretEdit.clear()
    qtbot.keyClicks(editor.secretEdit, secret)


def run_test(editor, qtbot) -> None:
    qtbot.mouseClick(editor.testButton, LEFT)
    assert editor.testing and editor.cancelTestButton.isVisible() and editor.testProgress.isVisible()
    qtbot.waitUntil(lambda: not editor.testing, timeout=TASK_TIMEOUT_MS)
    assert not editor.cancelTestButton.isVisible()


def save(editor, qtbot) -> None:
    qtbot.mouseClick(editor.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)


# -- creating and testing -------------------------------------------------------------------
def test_a_new_connection_is_tested_then_saved(plugin, manager, arcgis_server, qtbot):
    editor = open_editor(manager, qtbot)
    fill(editor, qtbot, name="City GIS", url=arcgis_server.services_url)
    run_test(editor, qtbot)

    assert editor.testResultsWidget.isVisible()
    assert editor.testMessageLabel.text() == f"Signed in to {arcgis_server.origin}."
    assert editor.serverKindLabel.text() == "ArcGIS Server (standalone)"
    assert editor.versionLabel.text() == "11.3.0"
    assert editor.tokenEndpointLabel.text() == arcgis_server.token_url
    assert editor.portalLabel.text() == "none"
    assert editor.transportResultLabel.text() == "X-Esri-Authorization header"
    assert "(in 59 min)" in editor.expiryResultLabel.text() or "(in 1 h 00 min)" in editor.expiryResultLabel.text()
    assert message_bar_text(editor.messageBar) == f"Test passed: signed in to {arcgis_server.origin}."
    assert plugin.service.connections() == [], "testing saves nothing"

    save(editor, qtbot)
    (saved,) = plugin.service.connections()
    assert (saved.name, saved.url, saved.username) == ("City GIS", arcgis_server.services_url, "alice")
    assert plugin.service.store.secret(saved).reveal() == "alice-secret"
    assert manager.editor is None and manager.selected() == saved
    assert manager.model.index(0, 2).data() == "Not signed in"
    assert message_bar_text(manager.messageBar) == "Saved “City GIS”."


def test_the_form_offers_every_setting_with_safe_defaults(manager, qtbot):
    editor = open_editor(manager, qtbot)
    assert editor.windowTitle() == "New ArcGIS Connection"
    assert editor.credentialCombo.currentText() == "User name and password"
    assert [editor.credentialCombo.itemText(i) for i in range(editor.credentialCombo.count())] == [
        "User name and password", "API key", "App credentials (OAuth2 client ID and secret)",
    ]  # fmt: skip
    assert editor.transportCombo.currentText() == "Automatic (recommended)"
    assert editor.bindingCombo.currentText() == "Referer (sent with every request)"
    assert editor.refererEdit.text() == "qgis-arcgis-token-auth" and editor.lifetimeSpin.value() == 60
    assert not editor.allowHttpCheck.isChecked() and not editor.httpWarningLabel.isVisible()
    editor.allowHttpCheck.click()
    assert editor.httpWarningLabel.isVisible()
    assert "unencrypted" in editor.httpWarningLabel.text()

    # The tests' keyring is the "fail" backend: the choice is there, disabled, with the reason.
    keyring_row = editor.secretStoreCombo.findData(SecretStore.KEYRING)
    assert not editor.secretStoreCombo.model().item(keyring_row).isEnabled()
    assert editor.secretStoreHint.text() == (
        "The OS keyring cannot be used: no OS keyring backend is available on this system."
    )

    editor.credentialCombo.setCurrentIndex(editor.credentialCombo.findText("API key"))
    assert not editor.usernameEdit.isVisible() and editor.secretCaption.text() == "API key"
    editor.credentialCombo.setCurrentIndex(2)
    assert editor.usernameCaption.text() == "Client ID" and editor.secretCaption.text() == "Client secret"
    editor.bindingCombo.setCurrentIndex(editor.bindingCombo.findText("IP address of this computer"))
    assert not editor.refererEdit.isEnabled()


def test_missing_input_is_named_before_anything_is_sent(manager, arcgis_server, qtbot):
    editor = open_editor(manager, qtbot)
    fill(editor, qtbot, url=arcgis_server.services_url, secret="")
    qtbot.mouseClick(editor.testButton, LEFT)
    assert not editor.testing
    assert message_bar_text(editor.messageBar) == "Incomplete connection Enter the password."
    editor.urlEdit.setText("ftp://example.com")
    save(editor, qtbot)
    assert message_bar_text(editor.messageBar).startswith("Check the URL “ftp://example.com” is not a URL")
    assert editor.isVisible() and arcgis_server.requests == []


def test_a_referer_or_user_name_a_header_cannot_carry_is_refused_at_its_field(plugin, manager, arcgis_server, qtbot):
    editor = open_editor(manager, qtbot)
    fill(editor, qtbot, url=arcgis_server.services_url)
    editor.refererEdit.setText("qgis\u2013x")  # an en dash: not Latin-1
    qtbot.mouseClick(editor.testButton, LEFT)
    assert not editor.testing
    assert message_bar_text(editor.messageBar) == (
        "Check the referer The referer cannot hold “\u2013”: it is sent as an HTTP header, which carries only "
        "printable Latin-1 characters (letters, digits, punctuation such as - . / :)."
    )
    assert editor.refererEdit.selectedText() == "\u2013", "the cursor is on what to change"
    save(editor, qtbot)
    assert message_bar_text(editor.messageBar).startswith("Check the referer The referer cannot hold “\u2013”")
    assert editor.isVisible() and plugin.service.connections() == []

    editor.refererEdit.setText("qgis-café")  # Latin-1: fine
    editor.usernameEdit.setText("ali\tce")
    save(editor, qtbot)
    assert message_bar_text(editor.messageBar) == (
        "Check “User name” “User name” cannot hold an invisible or control character (U+0009)."
    )
    assert editor.isVisible() and plugin.service.connections() == []
    assert arcgis_server.requests == [], "nothing was sent"

    editor.usernameEdit.setText("alice")
    save(editor, qtbot)
    (saved,) = plugin.service.connections()
    assert saved.referer == "qgis-café"


def _wrong_password(arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE))
    return server.services_url, "alice", "not-her-password", InvalidCredentialsError(server.origin)


def _server_down(_arcgis_emulator):
    url = closed_port_url()
    return url, "alice", "alice-secret", ConnectionRefusedByServerError(origin_of(url))


def _untrusted_certificate(arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, ca=EmulatorCA()))  # a CA QGIS was never told to trust
    return server.services_url, "alice", "alice-secret", CertificateNotTrustedError(server.origin)


def _saml_user(arcgis_emulator):
    portal = arcgis_emulator(PORTAL)
    portal.add_user("sam", "sam-secret", saml_only=True)
    return portal.portal_url, "sam", "sam-secret", BrowserSignInRequiredError(portal.origin)


@pytest.mark.parametrize(
    "scenario", [_wrong_password, _server_down, _untrusted_certificate, _saml_user], ids=lambda f: f.__name__[1:]
)
def test_a_failed_test_shows_what_went_wrong_and_what_to_do(scenario, manager, arcgis_emulator, qtbot):
    url, user, secret, expected = scenario(arcgis_emulator)
    editor = open_editor(manager, qtbot)
    fill(editor, qtbot, url=url, user=user, secret=secret)
    logged = []

    def record(text, tag, _level):
        logged.append((tag, text))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        run_test(editor, qtbot)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert not editor.testResultsWidget.isVisible()
    assert editor.testMessageLabel.text() == str(expected)
    assert message_bar_text(editor.messageBar) == "Test failed The reason and what to do are under “Test”."
    assert (PLUGIN_NAME, f"Test failed {expected}") in logged, "the details are in the log, under the plugin's tag"
    assert secret not in str(logged)


def test_cancel_stops_waiting_for_a_slow_server(manager, arcgis_server, qtbot):
    arcgis_server.add_fault("latency", path="generateToken", seconds=3)
    editor = open_editor(manager, qtbot)
    fill(editor, qtbot, url=arcgis_server.services_url)
    qtbot.mouseClick(editor.testButton, LEFT)
    assert editor.testing
    qtbot.mouseClick(editor.cancelTestButton, LEFT)
    assert not editor.testing and editor.testButton.isEnabled()
    assert editor.testMessageLabel.text() == "Test cancelled."
    qtbot.wait(3500)  # the sign-in ends in the background; its result must not show
    assert editor.testMessageLabel.text() == "Test cancelled."


# -- the list: edit, duplicate, delete ---------------------------------------------------------
def test_edit_keeps_the_stored_secret_unless_a_new_one_is_typed(plugin, manager, arcgis_server, qtbot):
    connection = connect(arcgis_server)
    manager.model.reload()
    manager.select(connection.id)
    editor = open_editor(manager, qtbot, manager.editButton)
    assert editor.urlEdit.text() == arcgis_server.root_url and editor.secretEdit.text() == ""
    assert editor.secretEdit.placeholderText() == "Unchanged: type only to replace the stored one"
    editor.nameEdit.setText("Renamed")
    run_test(editor, qtbot)  # with the stored secret
    assert editor.testMessageLabel.text() == f"Signed in to {arcgis_server.origin}."
    save(editor, qtbot)
    (saved,) = plugin.service.connections()
    assert saved.id == connection.id and saved.name == "Renamed"
    assert plugin.service.store.secret(saved).reveal() == "alice-secret"


def test_duplicate_asks_for_the_secret_again(plugin, manager, arcgis_server, qtbot):
    connection = connect(arcgis_server)
    manager.model.reload()
    manager.select(connection.id)
    editor = open_editor(manager, qtbot, manager.duplicateButton)
    assert editor.nameEdit.text() == f"{connection.name} (copy)" and editor.secretEdit.text() == ""
    save(editor, qtbot)
    assert message_bar_text(editor.messageBar) == "Incomplete connection Enter the password."
    qtbot.keyClicks(editor.secretEdit, "alice-secret")
    save(editor, qtbot)
    names = sorted(c.name for c in plugin.service.connections())
    assert names == [connection.name, f"{connection.name} (copy)"]
    assert len({c.id for c in plugin.service.connections()}) == 2


def test_delete_asks_first_and_takes_the_browser_entries_along(plugin, manager, arcgis_server, qtbot):
    connection = connect(arcgis_server)
    create_browser_connections(connection, [arcgis_server.root_url])
    manager.model.reload()
    manager.select(connection.id)
    qtbot.mouseClick(manager.deleteButton, LEFT)
    manager.confirmation.button(QMessageBox.StandardButton.Cancel).click()
    assert plugin.service.connections() == [connection]

    qtbot.mouseClick(manager.deleteButton, LEFT)
    assert "Delete “test" in manager.confirmation.text()
    manager.confirmation.button(QMessageBox.StandardButton.Yes).click()
    assert plugin.service.connections() == []
    assert manager.model.rowCount() == 0 and browser_connections_of(connection.id) == []
    entry = entry_name(connection, arcgis_server.root_url, 1)
    assert message_bar_text(manager.messageBar) == f"Deleted “{connection.name}”. Removed from QGIS's Browser: {entry}."


# -- token status: sign in, renew, sign out ------------------------------------------------------------
def test_sign_in_renew_and_sign_out_from_the_token_panel(plugin, manager, arcgis_server, qtbot):
    connection = connect(arcgis_server)
    manager.model.reload()
    manager.select(connection.id)
    assert manager.stateLabel.text() == "Not signed in" and manager.renewButton.text() == "Sign In Now"

    qtbot.mouseClick(manager.renewButton, LEFT)
    assert manager.stateLabel.text() == "Signing in…" and not manager.renewButton.isEnabled()
    qtbot.waitUntil(lambda: manager.stateLabel.text().startswith("Signed in, token expires in"), timeout=10_000)
    assert manager.renewButton.text() == "Renew Now"
    assert manager.serversLabel.text() == arcgis_server.root_url
    signed_in = f"Signed in to “{connection.name}”; the new token expires at"
    assert message_bar_text(manager.messageBar).startswith(signed_in)
    assert manager.model.index(0, 2).data().startswith("Signed in, token expires in")
    first = plugin.service.token_info(connection.id).token

    qtbot.mouseClick(manager.renewButton, LEFT)
    qtbot.waitUntil(lambda: arcgis_server.count("generateToken") == 2, timeout=10_000)
    qtbot.waitUntil(lambda: manager.stateLabel.text().startswith("Signed in"), timeout=10_000)
    assert plugin.service.token_info(connection.id).token != first

    qtbot.mouseClick(manager.signOutButton, LEFT)
    assert manager.stateLabel.text() == "Not signed in" and manager.expiryLabel.text() == "—"
    assert plugin.service.token_info(connection.id) is None
    assert plugin.service.store.secret(connection) is not None, "the secret stays unless asked"
    assert message_bar_text(manager.messageBar) == (
        f"Signed out of “{connection.name}”. Its layers sign in again when they next need a token."
    )

    manager.forgetSecretCheck.setChecked(True)
    qtbot.mouseClick(manager.signOutButton, LEFT)
    assert plugin.service.store.secret(connection) is None
    assert not manager.forgetSecretCheck.isChecked()
    assert "forgot its stored secret" in message_bar_text(manager.messageBar)


def test_a_refused_sign_in_shows_in_the_panel_and_the_list(plugin, manager, status, arcgis_server, qtbot):
    from arcgis_token_auth import api

    connection = api.add_connection(arcgis_server.services_url, name="Wrong", username="alice", password="nope")
    manager.model.reload()
    manager.select(connection.id)
    qtbot.mouseClick(manager.renewButton, LEFT)
    qtbot.waitUntil(lambda: status.status(connection.id).state is State.FAILED, timeout=10_000)
    expected = str(InvalidCredentialsError(arcgis_server.origin))
    assert manager.stateLabel.text() == "Sign-in failed"
    assert manager.messageLabel.text() == expected and manager.messageLabel.isVisible()
    assert manager.model.index(0, 2).data() == "Sign-in failed"
    assert manager.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == expected
    assert message_bar_text(manager.messageBar) == f"“Wrong” could not sign in {expected}"


def test_with_a_working_keyring_the_secret_can_live_there(plugin, manager, working_keyring, arcgis_server, qtbot):
    editor = open_editor(manager, qtbot)
    keyring_row = editor.secretStoreCombo.findData(SecretStore.KEYRING)
    assert editor.secretStoreCombo.model().item(keyring_row).isEnabled()
    assert editor.secretStoreHint.text() == "Both keep the secret encrypted; neither puts it in a project file."
    fill(editor, qtbot, name="Keyring", url=arcgis_server.services_url)
    editor.secretStoreCombo.setCurrentIndex(keyring_row)
    save(editor, qtbot)
    (saved,) = plugin.service.connections()
    assert plugin.service.store.secret_store(saved.id) is SecretStore.KEYRING
    assert working_keyring.get_password(KEYRING_SERVICE, saved.id) == USERS["alice"][0]

    # Moving the secret back to the auth DB needs it typed again: the form says so.
    manager.select(saved.id)
    editor = open_editor(manager, qtbot, manager.editButton)
    assert editor.secretStoreCombo.currentData() == SecretStore.KEYRING
    editor.secretStoreCombo.setCurrentIndex(editor.secretStoreCombo.findData(SecretStore.AUTH_DB))
    save(editor, qtbot)
    assert message_bar_text(editor.messageBar) == "Incomplete connection Enter the password."
    qtbot.keyClicks(editor.secretEdit, USERS["alice"][0])
    save(editor, qtbot)
    assert plugin.service.store.secret_store(saved.id) is SecretStore.AUTH_DB
    assert plugin.service.store.secret(saved).reveal() == USERS["alice"][0]
    assert working_keyring.get_password(KEYRING_SERVICE, saved.id) is None, "no copy is left in the keyring"


def test_a_plaintext_keyring_is_offered_disabled_with_the_reason_and_never_written(
    plugin, manager, plaintext_keyring, arcgis_server, qtbot
):
    refused = "The OS keyring cannot be used: the keyring backend PlaintextKeyring stores secrets unencrypted."
    editor = open_editor(manager, qtbot)
    keyring_row = editor.secretStoreCombo.findData(SecretStore.KEYRING)
    keyring_item = editor.secretStoreCombo.model().item(keyring_row)
    assert not keyring_item.isEnabled()
    assert editor.secretStoreHint.text() == refused and keyring_item.toolTip() == refused
    # Chosen anyway (as a saved connection's store is shown): saving refuses, and writes nothing.
    fill(editor, qtbot, name="Plain", url=arcgis_server.services_url)
    editor.secretStoreCombo.setCurrentIndex(keyring_row)
    save(editor, qtbot)
    assert message_bar_text(editor.messageBar) == f"Not saved {refused}"
    assert editor.isVisible() and plugin.service.connections() == []
    assert plaintext_keyring.get_password(KEYRING_SERVICE, editor.connection().id) is None


def test_two_connections_to_one_server_each_show_their_own_state(plugin, manager, status, arcgis_server, qtbot):
    from arcgis_token_auth import api

    good = connect(arcgis_server)
    wrong = api.add_connection(arcgis_server.services_url, name="Wrong", username="alice", password="nope")
    manager.model.reload()
    status.renew(good.id)
    status.renew(wrong.id)
    qtbot.waitUntil(lambda: status.status(good.id).state is State.SIGNED_IN, timeout=10_000)
    qtbot.waitUntil(lambda: status.status(wrong.id).state is State.FAILED, timeout=10_000)
    # The older connection answers for the server's URLs; the other one's failure still shows as its own.
    manager.select(wrong.id)
    assert manager.stateLabel.text() == "Sign-in failed"


def test_a_passed_test_of_a_saved_connection_leaves_it_signed_in(plugin, manager, status, arcgis_server, qtbot):
    """Not "Not signed in" right after "Signed in to …": the connection itself signs in too."""
    connection = connect(arcgis_server)
    manager.model.reload()
    manager.select(connection.id)
    assert status.status(connection.id).state is State.NOT_SIGNED_IN
    editor = open_editor(manager, qtbot, manager.editButton)
    run_test(editor, qtbot)  # the saved connection, as it is
    qtbot.waitUntil(lambda: status.status(connection.id).state is State.SIGNED_IN, timeout=10_000)
