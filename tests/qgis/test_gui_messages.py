"""Messages fit and appear once: a long message's whole text is one click away, wrapped; a failure
shows in one message bar, where the user is looking; QGIS's credentials prompt stays narrow.

Real QGIS widgets (offscreen): QgsMessageBar, the plugin's dialogs, QGIS's own QgsCredentialDialog.
The main window is a QMainWindow with a real QgsMessageBar standing in for QGIS's iface.
"""

from __future__ import annotations

import pytest
from arcgis_token_auth import api
from arcgis_token_auth.plugin.core.connection import Connection
from arcgis_token_auth.plugin.core.errors import BrowserSignInRequiredError, InvalidCredentialsError
from arcgis_token_auth.plugin.gui.actions import create_actions
from arcgis_token_auth.plugin.gui.connections_dialog import ConnectionsDialog
from arcgis_token_auth.plugin.gui.feedback import Feedback
from arcgis_token_auth.plugin.gui.status import State, TokenStatus
from arcgis_token_auth.plugin.integration.prompt import CredentialPrompt
from qgis.core import Qgis, QgsCredentials
from qgis.gui import QgsCredentialDialog, QgsMessageBar, QgsMessageViewer
from qgis.PyQt.QtCore import QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QTextBrowser

from tests.emulator import PORTAL
from tests.qgis.gui_support import TASK_TIMEOUT_MS

LEFT = Qt.MouseButton.LeftButton


def buttons(item) -> list[str]:
    return [button.text() for button in item.findChildren(QPushButton)]


def items_saying(bar: QgsMessageBar, text: str) -> list:
    return [item for item in bar.items() if text in item.text()]


# -- a long message --------------------------------------------------------------------------
@pytest.fixture
def saml_user(arcgis_emulator):
    """A portal user who may sign in only through the browser: a long failure (some 330 characters)."""
    portal = arcgis_emulator(PORTAL)
    portal.add_user("sam", "sam-secret", saml_only=True)
    connection = api.add_connection(portal.portal_url, name="Regional portal", username="sam", password="sam-secret")
    return connection, str(BrowserSignInRequiredError(portal.origin))


def test_a_long_failure_offers_its_whole_text_wrapped(plugin, saml_user, qtbot):
    connection, expected = saml_user
    status = TokenStatus(plugin.service)
    manager = ConnectionsDialog(plugin.service, status)
    qtbot.addWidget(manager)
    manager.show()
    status.renew(connection.id)
    qtbot.waitUntil(lambda: status.status(connection.id).state is State.FAILED, timeout=TASK_TIMEOUT_MS)

    (item,) = manager.messageBar.items()
    assert item.text() == expected and len(expected) > 300
    assert "Details…" in buttons(item), "two lines cannot hold it: the whole text is a click away"
    assert expected in item.toolTip()
    details = next(button for button in item.findChildren(QPushButton) if button.text() == "Details…")
    qtbot.mouseClick(details, LEFT)
    viewer = manager.findChild(QgsMessageViewer, "arcgisTokenAuthDetails")
    assert viewer is not None and viewer.isVisible()
    (text,) = viewer.findChildren(QTextBrowser)
    assert text.toPlainText() == expected
    assert text.lineWrapMode() != QTextBrowser.LineWrapMode.NoWrap, "wrapped"
    assert viewer.width() < 1366
    viewer.close()


def test_a_short_message_needs_no_details_and_the_same_one_is_not_stacked_twice(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QgsMessageBar(window)
    window.setCentralWidget(bar)
    window.resize(640, 200)
    window.show()
    feedback = Feedback(bar)
    feedback.success("Saved “City GIS”.")
    assert buttons(bar.currentItem()) == []
    feedback.failure("Not saved", "The OS keyring did not accept the secret (KeyringLocked).")
    feedback.failure("Not saved", "The OS keyring did not accept the secret (KeyringLocked).")
    failures = [item for item in bar.items() if item.level() == Qgis.MessageLevel.Critical]
    assert len(failures) == 1, "said once"


# -- one bar, where the user is looking ------------------------------------------------------
class MainWindow:
    """What the plugin's GUI uses of QGIS's iface: the main window and its message bar."""

    def __init__(self) -> None:
        self.window = QMainWindow()
        self.bar = QgsMessageBar(self.window)
        self.window.setCentralWidget(self.bar)
        self.window.resize(1000, 600)

    def mainWindow(self):  # noqa: N802 - QGIS API name
        return self.window

    def messageBar(self):  # noqa: N802 - QGIS API name
        return self.bar


@pytest.fixture
def desktop(plugin, qtbot):
    """The plugin's menu entries over a stand-in main window; the UI object behind them."""
    iface = MainWindow()
    qtbot.addWidget(iface.window)
    iface.window.show()
    menu = QObject()
    actions = {action.objectName(): action for action in create_actions(menu, iface)}
    ui = menu.findChild(QObject, "arcgisTokenAuthUi")
    yield iface, actions, ui
    menu.deleteLater()


def while_open(action, during):
    """Trigger ``action``, whose dialog runs modally; call ``during(dialog)`` once it shows, then close it."""
    outcome = {}

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        try:
            outcome["value"] = during(dialog)
        except BaseException as error:  # noqa: BLE001 - re-raised below, outside the modal loop
            outcome["error"] = error
        dialog.reject()

    QTimer.singleShot(0, step)
    action.trigger()  # returns when the dialog has closed
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def fail(ui, connection, qtbot) -> None:
    ui.status.renew(connection.id)
    qtbot.waitUntil(lambda: ui.status.status(connection.id).state is State.FAILED, timeout=TASK_TIMEOUT_MS)
    qtbot.wait(100)  # every listener has had its turn


@pytest.fixture
def refused(arcgis_server):
    connection = api.add_connection(arcgis_server.services_url, name="Wrong password", username="alice", password="no")
    return connection, str(InvalidCredentialsError(arcgis_server.origin))


def test_with_no_dialog_open_the_main_window_says_it(desktop, refused, qtbot):
    iface, _actions, ui = desktop
    connection, expected = refused
    fail(ui, connection, qtbot)
    (item,) = items_saying(iface.bar, expected)
    assert item.title() == "“Wrong password” could not sign in"
    assert "Connections…" in buttons(item)


def test_with_the_connections_manager_open_only_it_says_it(desktop, refused, qtbot):
    iface, actions, ui = desktop
    connection, expected = refused

    def during(manager):
        fail(ui, connection, qtbot)
        return len(items_saying(manager.messageBar, expected))

    assert while_open(actions["arcgisTokenAuthConnections"], during) == 1
    assert items_saying(iface.bar, expected) == [], "not a second time behind the dialog"


def test_with_add_layers_and_its_connections_manager_open_only_the_manager_says_it(desktop, refused, qtbot):
    iface, actions, ui = desktop
    connection, expected = refused

    def during(add_layers):
        qtbot.mouseClick(add_layers.manageButton, LEFT)
        manager = add_layers.manager
        qtbot.waitUntil(manager.isVisible)
        fail(ui, connection, qtbot)
        seen = [len(items_saying(bar, expected)) for bar in (manager.messageBar, add_layers.messageBar, iface.bar)]
        manager.reject()
        return seen

    assert while_open(actions["arcgisTokenAuthAddLayers"], during) == [1, 0, 0]


def test_with_add_layers_open_it_says_it_in_its_own_bar(desktop, refused, qtbot):
    iface, actions, ui = desktop
    connection, expected = refused

    def during(add_layers):
        fail(ui, connection, qtbot)
        return [len(items_saying(bar, expected)) for bar in (add_layers.messageBar, iface.bar)]

    assert while_open(actions["arcgisTokenAuthAddLayers"], during) == [1, 0]


# -- QGIS's credentials prompt ------------------------------------------------------------------
class Registrar(QgsCredentials):
    """Only to reach QgsCredentials.setInstance(), which is protected."""


@pytest.fixture
def credentials_dialog():
    """QGIS desktop's credentials prompt (QgsCredentialDialog registers itself as QGIS's)."""
    previous = QgsCredentials.instance()
    dialog = QgsCredentialDialog()
    assert QgsCredentials.instance() is dialog
    yield dialog
    Registrar().setInstance(previous)


def test_the_credentials_prompt_wraps_the_plugins_text(plugin, credentials_dialog):
    connection = Connection(id="a1b2c3d", name="City GIS", url="https://gis.example.com/arcgis", username="alice")
    reason = BrowserSignInRequiredError("https://gis.example.com")
    seen = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, inspect)
            return
        message = dialog.findChild(QLabel, "labelMessage")
        seen.update(width=dialog.width(), hint=dialog.sizeHint().width(), text=message.text())
        dialog.reject()

    QTimer.singleShot(0, inspect)
    assert CredentialPrompt(interactive=True).ask(connection, reason) is None  # the user cancelled
    expected = f"{reason} Enter your ArcGIS user name and password."
    assert " ".join(seen["text"].split()) == " ".join(expected.split())
    assert max(len(line) for line in seen["text"].splitlines()) <= 80
    assert seen["width"] <= 700 and seen["hint"] <= 700, f"{seen['width']} px wide"
