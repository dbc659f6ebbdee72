"""QGIS desktop in French on a 1366x768 screen (Xvfb): the connection editor fits in every state,
a failure shows in one message bar, QGIS's credentials prompt stays narrow, dates are French.

One QGIS run (it takes a while) checks all four; each test below reads its part of the result.
The system's locale stays English (C): only QGIS speaks French, as with ``--lang fr``.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import time

import pytest
from qgis.PyQt.QtCore import QDateTime, QLocale

from tests.conftest import PLUGIN_PACKAGE, REPO_ROOT
from tests.emulator import PORTAL, STANDALONE, ArcGISEmulator
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.conftest import MASTER_PASSWORD
from tests.qgis.desktop import SCRIPT_PRELUDE, DesktopProfile
from tests.qgis.gui_support import closed_port_url

SCREEN = (1366, 768)

LAPTOP_CHECK = SCRIPT_PRELUDE + """
NAME = {package!r}

def fits(editor):
    wait(lambda: False, 0.3)  # layouts settle, the window system moves and resizes
    screen = editor.screen().availableGeometry()
    frame = editor.frameGeometry()
    buttons = [editor.buttonBox.button(b) for b in (QDialogButtonBox.StandardButton.Save,
                                                    QDialogButtonBox.StandardButton.Cancel)]
    return {{
        "screen": [screen.width(), screen.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "on_screen": screen.contains(frame),
        "buttons_in_view": all(b.isVisible() and b.visibleRegion().boundingRect() == b.rect() for b in buttons),
    }}

def run_test(editor, url, user, secret):
    editor.urlEdit.setText(url)
    editor.usernameEdit.setText(user)
    editor.secretEdit.setText(secret)
    editor.testButton.click()
    wait(lambda: not editor.testing, 40)

def is_prompt(widget):
    return widget is not None and widget.findChild(QLabel, "labelMessage") is not None

def check():
    start_plugin(NAME, {master!r}, {ca_file!r})
    iface = qgis.utils.iface
    iface.mainWindow().showMaximized()
    from arcgis_token_auth import api
    from arcgis_token_auth.plugin.core.credentials import CredentialKind
    from arcgis_token_auth.plugin.gui.connections_dialog import ConnectionsDialog
    menu = iface.webMenu().findChild(QMenu, "arcgisTokenAuthMenu")
    actions = {{action.objectName(): action for action in menu.actions()}}
    ui = menu.findChild(QObject, "arcgisTokenAuthUi")
    result = {{}}

    # -- the editor in every state ------------------------------------------------------
    manager = ConnectionsDialog(api.service(), ui.status, parent=iface.mainWindow())
    manager.show()
    manager.addButton.click()
    editor = manager.editor
    states = {{"new connection": fits(editor)}}
    editor.urlEdit.setText({portal_url!r})
    for row in range(editor.credentialCombo.count()):  # the kinds offered for a portal without a web tier
        editor.credentialCombo.setCurrentIndex(row)
        states[CredentialKind(editor.credentialCombo.itemData(row)).value] = fits(editor)
    editor.webTierGroup.setCollapsed(False)
    for row in range(editor.webTierCombo.count()):
        editor.webTierCombo.setCurrentIndex(row)
        states["web tier " + str(editor.webTierCombo.itemData(row))] = fits(editor)
    editor.webTierCombo.setCurrentIndex(0)
    editor.webTierGroup.setCollapsed(True)
    editor.credentialCombo.setCurrentIndex(editor.credentialCombo.findData(CredentialKind.PASSWORD))
    editor.advancedGroup.setCollapsed(False)
    states["Advanced open"] = fits(editor)
    editor.allowHttpCheck.setChecked(True)
    states["plain-HTTP warning"] = fits(editor)
    run_test(editor, {server_url!r}, "alice", "alice-secret")
    states["test passed"] = fits(editor)
    result["expiry"] = editor.expiryResultLabel.text()
    run_test(editor, {portal_url!r}, "sam", "sam-secret")
    states["test failed, long message"] = fits(editor)
    result["failure"] = editor.testMessageLabel.text()
    editor.nameEdit.setText("SAML")
    editor.credentialCombo.setCurrentIndex(editor.credentialCombo.findData(CredentialKind.BROWSER))
    editor.usernameEdit.setText("qgis-arcgis-token-auth")
    editor.browser_opener = lambda _url: True  # a browser that never answers
    editor.signInButton.click()
    states["waiting for the browser"] = fits(editor)
    editor.cancelSignInButton.click()
    wait(lambda: not editor.signing_in)
    states["browser sign-in cancelled"] = fits(editor)
    result["states"] = states
    editor.reject()
    manager.reject()

    # -- QGIS's credentials prompt, after a refused password ---------------------------
    prompts = []
    def cancel_prompt():
        dialog = QApplication.activeModalWidget()
        if is_prompt(dialog):
            prompts.append({{"width": dialog.width(), "text": dialog.findChild(QLabel, "labelMessage").text()}})
            dialog.reject()
    canceller = QTimer()
    canceller.timeout.connect(cancel_prompt)
    canceller.start(100)
    wrong = api.add_connection({server_url!r}, name="Wrong password", username="alice", password="nope")
    ui.status.renew(wrong.id)
    wait(lambda: prompts, 30)
    result["prompts"] = prompts
    canceller.stop()

    # -- a failure, with the connections manager open ------------------------------------
    down = api.add_connection({down_url!r}, name="Server down", username="alice", password="x")
    bar = iface.messageBar()
    seen = {{}}
    def during():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "model"):
            QTimer.singleShot(50, during)
            return
        ui.status.renew(down.id)
        wait(lambda: any("Server down" in item.title() for item in dialog.messageBar.items()), 30)
        wait(lambda: False, 0.5)
        seen["dialog"] = [item.title() for item in dialog.messageBar.items() if "Server down" in item.title()]
        seen["main window"] = [item.title() for item in bar.items() if "Server down" in item.title()]
        dialog.reject()
    QTimer.singleShot(50, during)
    actions["arcgisTokenAuthConnections"].trigger()
    result["once"] = seen
    for connection in api.connections():
        api.service().delete_connection(connection.id)
    qgis.utils.unloadPlugin(NAME)
    return result
"""


@pytest.fixture(scope="module")
def servers(emulator_ca):
    """A standalone server with USERS, and a portal whose user may sign in only through the browser."""
    server = add_users(ArcGISEmulator.start(STANDALONE, ca=emulator_ca))
    portal = ArcGISEmulator.start(PORTAL, ca=emulator_ca)
    portal.add_user("sam", "sam-secret", saml_only=True)
    yield server, portal
    for emulator in (server, portal):
        emulator.stop()
        assert not emulator.internal_errors


@pytest.fixture(scope="module")
def laptop(tmp_path_factory, servers, emulator_ca):
    """What QGIS desktop showed, once for all the tests below."""
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    subprocess.run([lrelease, "-silent", *map(str, (REPO_ROOT / "i18n").glob("*.ts"))], check=True)
    arcgis_server, portal = servers
    profile = DesktopProfile(tmp_path_factory.mktemp("laptop"))
    (profile.plugins_dir / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
    ini = profile.profiles_path / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = configparser.ConfigParser(interpolation=None)
    settings.optionxform = str
    settings.read_dict({"locale": {"overrideFlag": "true", "userLocale": "fr"}})
    with ini.open("w", encoding="utf-8") as out:
        settings.write(out, space_around_delimiters=False)
    script = LAPTOP_CHECK.format(
        package=PLUGIN_PACKAGE,
        master=MASTER_PASSWORD,
        ca_file=str(emulator_ca.ca_file),
        server_url=arcgis_server.services_url,
        portal_url=portal.portal_url,
        down_url=closed_port_url(),
    )
    return profile.run(script, timeout=300, screen="x".join(map(str, SCREEN)))


def test_the_connection_editor_fits_the_screen_in_every_state(laptop):
    states = laptop["states"]
    assert len(states) == 15  # new, 4 sign-in kinds, 4 web tiers, advanced, HTTP warning, 2 tests, 2 browser states
    for state, seen in states.items():
        assert seen["screen"] == list(SCREEN), "the virtual screen is a 1366x768 laptop's"
        assert seen["on_screen"], f"{state}: the editor at {seen['frame']} leaves the screen"
        assert seen["buttons_in_view"], f"{state}: Save or Cancel is out of view"
    assert "SAML" in laptop["failure"], "the long failure was shown"


def test_the_credentials_prompt_is_narrow(laptop):
    assert laptop["prompts"], "the refused password was asked for again"
    prompt = laptop["prompts"][0]
    assert prompt["width"] <= 700, f"{prompt['width']} px wide"
    assert max(len(line) for line in prompt["text"].splitlines()) <= 80


def test_a_failure_shows_once_where_the_user_looks(laptop):
    assert laptop["once"] == {"dialog": ["« Server down » n'a pas pu se connecter"], "main window": []}


def test_dates_are_in_the_language_of_qgis(laptop):
    in_an_hour = QDateTime.fromSecsSinceEpoch(int(time.time() + 3600)).date()
    french = QLocale("fr").monthName(in_an_hour.month(), QLocale.FormatType.ShortFormat)
    english = QLocale(QLocale.Language.English).monthName(in_an_hour.month(), QLocale.FormatType.ShortFormat)
    assert french in laptop["expiry"] and english not in laptop["expiry"], laptop["expiry"]
    assert str(in_an_hour.year()) in laptop["expiry"]
