"""The connection editor's web tier: what the web server in front of ArcGIS asks for, and the sign-in it decides.

Real QGIS widgets (offscreen), the plugin loaded as QGIS loads it, the client
certificates in the session's QGIS auth DB, made by the emulator's test CA.
Saving needs no server: what is checked is the Connection the form builds.
"""

from __future__ import annotations

import pytest
from arcgis_token_auth.plugin.core.credentials import CredentialKind, WebTier
from arcgis_token_auth.plugin.core.transport import Transport
from arcgis_token_auth.plugin.gui import connection_editor
from arcgis_token_auth.plugin.gui.connection_editor import ConnectionEditor
from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QScreen
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

from tests.qgis.gui_support import message_bar_text

LEFT = Qt.MouseButton.LeftButton
URL = "https://gis.example.com/arcgis/rest/services"
ADD_A_CERTIFICATE = (
    "QGIS's authentication database holds no client certificate yet: add one under Settings > Options > "
    "Authentication (PKI paths, PKI PKCS#12 or an identity certificate), then open this form again."
)
NTLM_MISSING = (
    "Windows (NTLM) needs the Python package requests-ntlm, which QGIS's Python does not have: install it "
    "(pip install requests-ntlm; on Windows in the OSGeo4W Shell) and restart QGIS."
)


@pytest.fixture
def open_editor(plugin, qtbot):
    """``open_editor(connection=None)``: the form as the connections dialog opens it, shown."""

    def open_(connection=None) -> ConnectionEditor:
        editor = ConnectionEditor(plugin.service, connection)
        qtbot.addWidget(editor)
        editor.show()
        return editor

    return open_


def _store(config: QgsAuthMethodConfig) -> str:
    auth = QgsApplication.authManager()
    stored = auth.storeAuthenticationConfig(config)
    assert (stored[0] if isinstance(stored, tuple) else stored), "the test auth DB refused the config"
    return config.id()


@pytest.fixture
def auth_configs(trusted_ca, tmp_path):
    """A PKI-Paths config with alice's client certificate, and a Basic config (not a certificate); removed after."""
    certificate = trusted_ca.issue_client_certificate("alice", folder=tmp_path)
    pki = QgsAuthMethodConfig("PKI-Paths")
    pki.setName("Alice smart card")
    pki.setConfig("certpath", str(certificate.cert_file))
    pki.setConfig("keypath", str(certificate.key_file))
    basic = QgsAuthMethodConfig("Basic")
    basic.setName("Some proxy password")
    basic.setConfig("username", "proxy")
    basic.setConfig("password", "proxy-secret")
    ids = [_store(pki), _store(basic)]
    yield {"pki": ids[0], "basic": ids[1]}
    for config_id in ids:
        QgsApplication.authManager().removeAuthenticationConfig(config_id)


def items(combo) -> list[str]:
    return [combo.itemText(row) for row in range(combo.count())]


def enabled(combo, value) -> bool:
    return combo.model().item(combo.findData(value)).isEnabled()


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def save(editor, qtbot) -> None:
    qtbot.mouseClick(editor.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)


def fill(editor, *, user: str = "", secret: str = "") -> None:
    editor.nameEdit.setText("Intranet GIS")
    editor.urlEdit.setText(URL)
    editor.usernameEdit.setText(user)
    editor.secretEdit.setText(secret)


# -- the section ----------------------------------------------------------------------------------
def test_a_new_connection_has_no_web_tier_and_the_section_says_when_one_is_needed(open_editor):
    editor = open_editor()
    assert editor.webTierGroup.isCollapsed()
    assert items(editor.webTierCombo) == ["None", "Client certificate (PKI)", "Basic", "Windows (NTLM)"]
    assert editor.webTierCombo.currentData() == WebTier.NONE
    help_text = editor.webTierHelpLabel.text()
    assert "Web Adaptor" in help_text and "X-Esri-Authorization" in help_text
    assert editor.credentialCombo.findData(CredentialKind.WEB_TIER) < 0, "offered with a web tier only"

    editor.webTierGroup.setCollapsed(False)
    # requests-ntlm is installed in the tests' Python: Windows is offered.
    assert enabled(editor.webTierCombo, WebTier.WINDOWS) and not editor.ntlmHint.isVisible()
    assert not editor.certificateCombo.isVisible()


def test_without_requests_ntlm_windows_is_offered_disabled_saying_what_to_install(open_editor, monkeypatch):
    monkeypatch.setattr(connection_editor, "ntlm_unavailable_reason", lambda: "requests-ntlm is not installed")
    editor = open_editor()
    editor.webTierGroup.setCollapsed(False)
    windows = editor.webTierCombo.model().item(editor.webTierCombo.findData(WebTier.WINDOWS))
    assert not windows.isEnabled() and windows.toolTip() == NTLM_MISSING
    assert editor.ntlmHint.isVisible() and editor.ntlmHint.text() == NTLM_MISSING
    assert enabled(editor.webTierCombo, WebTier.BASIC)


def test_basic_and_windows_sign_in_by_the_web_tier_only(open_editor):
    editor = open_editor()
    editor.webTierGroup.setCollapsed(False)
    choose(editor.webTierCombo, WebTier.BASIC)
    assert editor.credentialCombo.currentText() == "Signed in by the web tier"
    others = (CredentialKind.PASSWORD, CredentialKind.API_KEY, CredentialKind.APP)
    assert not any(enabled(editor.credentialCombo, kind) for kind in others)
    assert editor.usernameEdit.isVisible() and editor.usernameCaption.text() == "User name"
    assert editor.secretEdit.isVisible() and editor.secretCaption.text() == "Web-tier password"
    assert not any(enabled(editor.transportCombo, taken) for taken in (Transport.BEARER, Transport.AUTHORIZATION))
    assert enabled(editor.transportCombo, Transport.X_ESRI)

    choose(editor.webTierCombo, WebTier.WINDOWS)
    assert editor.credentialCombo.currentData() == CredentialKind.WEB_TIER
    assert editor.usernameEdit.placeholderText() == "DOMAIN\\user"

    # No web tier: the web tier's sign-in goes, the others come back, a user name and password it is.
    choose(editor.webTierCombo, WebTier.NONE)
    assert editor.credentialCombo.currentData() == CredentialKind.PASSWORD
    assert editor.credentialCombo.findData(CredentialKind.WEB_TIER) < 0
    assert all(enabled(editor.credentialCombo, kind) for kind in others)
    assert enabled(editor.transportCombo, Transport.BEARER)
    assert editor.secretCaption.text() == "Password" and editor.usernameEdit.placeholderText() == ""


def test_a_basic_connection_is_saved_signed_in_by_the_web_tier_and_opens_as_saved(plugin, open_editor, qtbot):
    editor = open_editor()
    choose(editor.webTierCombo, WebTier.BASIC)
    fill(editor, user="alice", secret="alice-web-secret")
    save(editor, qtbot)
    (saved,) = plugin.service.connections()
    assert (saved.web_tier, saved.credential, saved.username) == (WebTier.BASIC, CredentialKind.WEB_TIER, "alice")
    assert saved.certificate_config == ""
    assert plugin.service.store.secret(saved).reveal() == "alice-web-secret"

    again = open_editor(saved)
    assert not again.webTierGroup.isCollapsed(), "a connection with a web tier shows it"
    assert again.webTierCombo.currentData() == WebTier.BASIC
    assert again.credentialCombo.currentData() == CredentialKind.WEB_TIER
    assert again.secretCaption.text() == "Web-tier password" and again.usernameEdit.text() == "alice"
    save(again, qtbot)
    assert plugin.service.connections() == [saved], "opened and saved: unchanged"
    assert plugin.service.store.secret(saved).reveal() == "alice-web-secret"


def test_the_client_certificate_is_chosen_among_the_pki_configs_of_qgis(plugin, open_editor, auth_configs, qtbot):
    editor = open_editor()
    editor.webTierGroup.setCollapsed(False)
    choose(editor.webTierCombo, WebTier.CLIENT_CERTIFICATE)
    assert editor.certificateCombo.isVisible() and editor.certificateCombo.isEnabled()
    assert "Alice smart card" in items(editor.certificateCombo)
    assert "Some proxy password" not in items(editor.certificateCombo), "only certificates are listed"
    assert editor.certificateCombo.itemData(editor.certificateCombo.findText("Alice smart card")) == auth_configs["pki"]
    assert "Settings > Options > Authentication" in editor.certificateHint.text()
    # With a certificate, an ArcGIS user name and password still work; the web tier's sign-in is offered beside.
    assert editor.credentialCombo.currentData() == CredentialKind.PASSWORD
    assert enabled(editor.credentialCombo, CredentialKind.PASSWORD)
    assert enabled(editor.credentialCombo, CredentialKind.WEB_TIER)
    assert enabled(editor.transportCombo, Transport.BEARER), "the certificate leaves Authorization to the token"

    choose(editor.credentialCombo, CredentialKind.WEB_TIER)
    assert not editor.usernameEdit.isVisible() and not editor.secretEdit.isVisible(), "the certificate signs in"
    assert not editor.secretStoreCombo.isVisible()
    editor.certificateCombo.setCurrentIndex(editor.certificateCombo.findText("Alice smart card"))
    fill(editor)
    save(editor, qtbot)
    (saved,) = plugin.service.connections()
    assert (saved.web_tier, saved.credential) == (WebTier.CLIENT_CERTIFICATE, CredentialKind.WEB_TIER)
    assert saved.certificate_config == auth_configs["pki"] and saved.username == ""

    again = open_editor(saved)
    assert again.webTierCombo.currentData() == WebTier.CLIENT_CERTIFICATE
    assert again.certificateCombo.currentText() == "Alice smart card"
    assert again.credentialCombo.currentData() == CredentialKind.WEB_TIER
    save(again, qtbot)
    assert plugin.service.connections() == [saved], "opened and saved: unchanged"


def test_a_certificate_with_an_arcgis_password_round_trips(plugin, open_editor, auth_configs, qtbot):
    editor = open_editor()
    choose(editor.webTierCombo, WebTier.CLIENT_CERTIFICATE)
    editor.certificateCombo.setCurrentIndex(editor.certificateCombo.findData(auth_configs["pki"]))
    fill(editor, user="alice", secret="alice-secret")
    save(editor, qtbot)
    (saved,) = plugin.service.connections()
    assert (saved.web_tier, saved.credential, saved.username) == (
        WebTier.CLIENT_CERTIFICATE, CredentialKind.PASSWORD, "alice",
    )  # fmt: skip
    assert saved.certificate_config == auth_configs["pki"]

    again = open_editor(saved)
    assert again.credentialCombo.currentData() == CredentialKind.PASSWORD and again.secretCaption.text() == "Password"
    assert again.connection() == saved


def test_a_certificate_gone_from_the_auth_db_stays_named_so_saving_keeps_it(plugin, open_editor, qtbot):
    from arcgis_token_auth.plugin.core.connection import Connection

    gone = Connection(
        id=plugin.service.store.new_id(), name="Old card", url=URL, credential=CredentialKind.WEB_TIER,
        web_tier=WebTier.CLIENT_CERTIFICATE, certificate_config="abc1234",
    )  # fmt: skip
    editor = open_editor(gone)
    assert editor.certificateCombo.currentText() == "abc1234 (no longer in QGIS's authentication database)"
    assert editor.connection().certificate_config == "abc1234"


# -- what the rules refuse, at the right field --------------------------------------------------------
def test_without_a_certificate_in_qgis_the_form_says_how_to_add_one(plugin, open_editor, qtbot):
    editor = open_editor()
    choose(editor.webTierCombo, WebTier.CLIENT_CERTIFICATE)
    assert editor.certificateCombo.count() == 0 and not editor.certificateCombo.isEnabled()
    assert editor.certificateHint.text() == ADD_A_CERTIFICATE
    choose(editor.credentialCombo, CredentialKind.WEB_TIER)
    fill(editor)
    editor.webTierGroup.setCollapsed(True)
    save(editor, qtbot)
    assert message_bar_text(editor.messageBar) == f"Choose the certificate {ADD_A_CERTIFICATE}"
    assert not editor.webTierGroup.isCollapsed(), "opened on the field to change"
    assert editor.isVisible() and plugin.service.connections() == []


def test_the_web_tier_rules_are_said_at_their_field(plugin, open_editor, qtbot):
    editor = open_editor()
    choose(editor.webTierCombo, WebTier.BASIC)
    fill(editor, user="", secret="alice-web-secret")
    save(editor, qtbot)
    assert message_bar_text(editor.messageBar) == "Incomplete connection Enter the user name."

    editor.usernameEdit.setText("alice")
    choose(editor.transportCombo, Transport.BEARER)  # disabled in the list; chosen anyway (as an old setting would be)
    assert editor.advancedGroup.isCollapsed()
    save(editor, qtbot)
    assert message_bar_text(editor.messageBar) == (
        "Check “Send the token as” A Basic or Windows web tier takes the Authorization header: the token travels "
        "in X-Esri-Authorization (choose it, or Automatic)."
    )
    assert not editor.advancedGroup.isCollapsed(), "opened on the field to change"
    assert editor.isVisible() and plugin.service.connections() == []

    choose(editor.transportCombo, Transport.AUTO)
    save(editor, qtbot)
    (saved,) = plugin.service.connections()
    assert saved.transport is Transport.AUTO and saved.web_tier is WebTier.BASIC


def test_a_group_opened_shows_only_the_rows_the_form_asks_for(open_editor):
    """QgsCollapsibleGroupBox shows every row it holds when opened: the form hides its hidden rows again."""
    editor = open_editor()
    editor.advancedGroup.setCollapsed(False)
    assert editor.allowHttpCheck.isVisible() and not editor.httpWarningLabel.isVisible()
    editor.webTierGroup.setCollapsed(False)
    assert editor.webTierCombo.isVisible() and not editor.certificateCombo.isVisible()
    assert not editor.ntlmHint.isVisible()
    choose(editor.webTierCombo, WebTier.CLIENT_CERTIFICATE)
    editor.webTierGroup.setCollapsed(True)
    assert not editor.certificateCombo.isVisible()
    editor.webTierGroup.setCollapsed(False)
    assert editor.certificateCombo.isVisible() and editor.certificateHint.isVisible()


# -- a laptop's screen ------------------------------------------------------------------------------
def test_the_open_web_tier_section_fits_a_laptop_screen(open_editor, monkeypatch, qtbot):
    available = QRect(0, 0, 1366, 728)  # 1366x768 less a 40 px panel, as in test_gui_screen_size
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(available))
    monkeypatch.setattr(connection_editor, "ntlm_unavailable_reason", lambda: "requests-ntlm is not installed")
    editor = open_editor()
    editor.webTierGroup.setCollapsed(False)
    editor.advancedGroup.setCollapsed(False)
    choose(editor.webTierCombo, WebTier.CLIENT_CERTIFICATE)  # the longest state: both hints shown
    for _ in range(3):
        QApplication.processEvents()
    assert editor.height() <= available.height() - 40
    save_button = editor.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert save_button.visibleRegion().boundingRect() == save_button.rect()
