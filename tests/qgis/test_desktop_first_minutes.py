"""A user's first minutes with the plugin, in the real QGIS desktop (Xvfb, a fresh isolated profile).

Two QGIS starts share one profile, because each start costs seconds:

* the first session is the user's first: QGIS's master password set, connections added, layers added
  from the Add Layers dialog (their names), a connection whose password is wrong next to a working one
  of the same server, a server without a services directory, a certificate authority trusted while
  QGIS runs, and QGIS's Log Messages "Network" tab after failed requests to servers that read the
  token from a header or only from ``token=``;
* the second is a later session: QGIS starts with the plugin enabled and its auth DB locked, and the
  user opens Add Layers and picks a connection, then tests a connection in the connections manager.

QGIS's own credentials dialog (its ``QgsCredentialDialog``, installed by QGIS desktop) is answered
the way a user does, from a timer that finds it on screen: the master password typed into its
master-password page (the OS wallet box unticked), its ArcGIS credentials page cancelled and
counted. Scripting a ``QgsCredentials`` instance instead, as the offscreen tests do, would bypass
the very dialog these checks are about.

Each test below reads its part of the two sessions' findings. The last test, offscreen, checks the
connections manager's token panel with a message longer than it can show.
"""

from __future__ import annotations

import html
import json

import pytest
from arcgis_token_auth.plugin.core.errors import InvalidCredentialsError, NoCatalogError
from arcgis_token_auth.plugin.core.transport import DECOY_TOKEN
from arcgis_token_auth.plugin.gui.connections_dialog import MESSAGE_LINES, ConnectionsDialog
from arcgis_token_auth.plugin.gui.status import State, TokenStatus
from arcgis_token_auth.plugin.integration.service import CONFIG_WATCH_INTERVAL_MS
from qgis.PyQt.QtGui import QFontMetrics

from tests.conftest import PLUGIN_PACKAGE, REPO_ROOT
from tests.emulator import STANDALONE, ArcGISEmulator, EmulatorCA, Service
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.conftest import MASTER_PASSWORD
from tests.qgis.desktop import SCRIPT_PRELUDE, DesktopProfile
from tests.qgis.gui_support import TASK_TIMEOUT_MS
from tests.qgis.integration import connect

# What both sessions' scripts share: the plugin's menu, QGIS's credentials dialog answered, the Add Layers
# dialog driven while it runs modally, and what the user sees of it.
SESSION_HELPERS = SCRIPT_PRELUDE + """
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtWidgets import QCheckBox, QLineEdit, QStackedWidget

NAME = {package!r}
MASTER = {master!r}

def plugin_ui():
    menu = qgis.utils.iface.webMenu().findChild(QMenu, "arcgisTokenAuthMenu")
    return menu.findChild(QObject, "arcgisTokenAuthUi"), {{a.objectName(): a for a in menu.actions()}}

class Prompts:
    # QGIS's own QgsCredentialDialog (sip sees a QDialog: found by its object name), answered as a user
    # does: the master password typed, the OS wallet box unticked; an ArcGIS credentials prompt cancelled.
    def __init__(self):
        self.master = 0
        self.credentials = []  # the realms asked for
        self._timer = QTimer()
        self._timer.timeout.connect(self._answer)
        self._timer.start(100)

    def _answer(self):
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "QgsCredentialDialog" or not dialog.isVisible():
            return
        if dialog.findChild(QStackedWidget, "stackedWidget").currentIndex() == 1:  # the master-password page
            self.master += 1
            dialog.findChild(QCheckBox, "chkbxPasswordHelperEnable").setChecked(False)
            dialog.findChild(QLineEdit, "leMasterPass").setText(MASTER)
            dialog.findChild(QPushButton, "mOkButton").click()
        else:
            self.credentials.append(dialog.findChild(QLabel, "labelRealm").text())
            dialog.findChild(QPushButton, "mCancelButton").click()

def run_modal(action, drive):
    # Trigger an action whose dialog runs modally (as a click does), drive(dialog) once it shows, close it.
    seen = {{}}
    deadline = time.monotonic() + 20
    def start():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "catalogView" if action.objectName().endswith("AddLayers")
                                          else "connectionsView"):
            if time.monotonic() < deadline:
                QTimer.singleShot(50, start)
            return
        try:
            seen.update(drive(dialog))
        except Exception:
            import traceback
            seen["exception"] = traceback.format_exc()
        dialog.reject()
    QTimer.singleShot(50, start)
    action.trigger()  # returns once the dialog has closed
    if "exception" in seen:
        raise AssertionError(seen["exception"])
    return seen

def said(item):
    return [item.title(), item.text(), "critical" if item.level() == Qgis.MessageLevel.Critical else "other"]

def bar(widget, since=()):
    # The messages in a dialog's bar (those not in ``since``): title, text, and whether it is an error.
    return [said(item) for item in widget.messageBar.items() if item not in since]

def pushed_to(widget):
    # Every message the dialog's bar gets from now on, even one replaced or closed before anyone looks.
    pushed = []
    widget.messageBar.widgetAdded.connect(lambda item: pushed.append(said(item)))
    return pushed

def tree(dialog, parent=None, depth=0):
    # The catalog as the user sees it: indented names, with type and geometry for layers.
    model = dialog.filter
    lines = []
    for row in range(model.rowCount(parent) if parent is not None else model.rowCount()):
        index = model.index(row, 0, parent) if parent is not None else model.index(row, 0)
        cells = [model.index(row, column, index.parent()).data() or "" for column in range(3)]
        lines.append("  " * depth + " | ".join(cell for cell in cells if cell))
        lines.extend(tree(dialog, index, depth + 1))
    return lines

def pick(dialog, connection):
    # Choose a connection in the list (what that does), wait for its catalog; what the bar said meanwhile.
    shown = dialog.messageBar.items()
    dialog.select_connection(connection.id)
    wait(lambda: not dialog.busy, 30)
    return bar(dialog, shown)

def read_url(dialog, url):
    dialog.urlEdit.setText(url)
    dialog.urlButton.click()
    wait(lambda: not dialog.busy, 30)

def add(dialog, chosen):
    before = set(QgsProject.instance().mapLayers())
    dialog.select_layers(chosen)
    dialog.addButton.click()
    wait(lambda: not dialog.busy, 30)
    return [layer for key, layer in QgsProject.instance().mapLayers().items() if key not in before]

def layers_of(dialog, service, service_type):
    return [layer for catalog in dialog.catalogs for item in catalog.services
            if (item.name, item.service_type) == (service, service_type) for layer in item.layers]
"""

FIRST_SESSION = SESSION_HELPERS + """
def check():
    start_plugin(NAME, MASTER, {ca_file!r})
    iface = qgis.utils.iface
    from arcgis_token_auth import api
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtWidgets import QPlainTextEdit, QTabWidget
    ui, actions = plugin_ui()
    prompts = Prompts()
    result = {{}}

    def add_connection(url, name, password="alice-secret"):
        return api.add_connection(url, name=name, username="alice", password=password)

    # -- 7. A certificate authority trusted while QGIS runs -------------------------------------
    private = add_connection({private_url!r}, "Private CA")
    ui.status.renew(private.id)
    wait(lambda: ui.status.status(private.id).state.name == "FAILED", 30)
    refused = ui.status.status(private.id)
    signed_in_at = []
    ui.status.changed.connect(lambda changed: signed_in_at.append(time.monotonic())
                              if changed == private.id and ui.status.status(private.id).state.name == "SIGNED_IN"
                              else None)
    # What QGIS's Certificate Manager does when the user imports an authority.
    auth = QgsApplication.authManager()
    (authority,) = QSslCertificate.fromPath({private_ca!r})
    auth.storeCertAuthority(authority)
    auth.rebuildCaCertsCache()
    auth.rebuildTrustedCaCertsCache()
    ca_added = time.monotonic()  # nothing more: the plugin's watch notices meanwhile

    # -- 10., 5. and 3. in the Add Layers dialog ----------------------------------------------------
    city = add_connection({city_url!r}, "City GIS")
    wrong = add_connection({city_url!r}, "Wrong password", password="not-the-password")
    no_directory = add_connection({bare_url!r}, "No directory")
    one_service = add_connection({bare_service_url!r}, "One service")

    def add_layers(dialog):
        seen = {{}}
        pick(dialog, city)
        chosen = layers_of(dialog, "Demo/Points", "FeatureServer") + layers_of(dialog, "Overview", "MapServer")
        added = add(dialog, chosen)
        seen["chosen"] = [layer.name for layer in chosen]
        seen["added"] = sorted(layer.name() for layer in added)
        model = iface.layerTreeView().layerTreeModel()  # the Layers panel
        seen["layers_panel"] = sorted(model.index(row, 0).data() for row in range(model.rowCount()))

        shown = pick(dialog, wrong)  # same server as City GIS, signed in a moment ago
        seen["wrong"] = {{"tree": tree(dialog), "services": sum(len(c.services) for c in dialog.catalogs),
                         "bar": shown, "add_enabled": dialog.addButton.isEnabled()}}

        seen["no_directory"] = {{"bar": pick(dialog, no_directory), "tree": tree(dialog)}}
        seen["one_service"] = {{"bar": pick(dialog, one_service), "tree": tree(dialog)}}
        read_url(dialog, {pasted_url!r})
        pasted = {{"tree": tree(dialog), "connection": dialog.connectionCombo.currentText()}}
        added = add(dialog, layers_of(dialog, "Demo/Restricted", "FeatureServer"))
        pasted["added"] = [[layer.name(), layer.isValid(), layer.featureCount()] for layer in added]
        seen["pasted"] = pasted
        return seen

    result["add_layers"] = run_modal(actions["arcgisTokenAuthAddLayers"], add_layers)

    # -- 12. QGIS's network log after failed requests ---------------------------------------------
    messages = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda text, tag, _level: messages.append(text) if tag == "Network" else None)
    network = {{}}
    for name, url in (("header", {header_url!r}), ("param", {param_url!r})):
        connection = add_connection(url, name)
        # The server fails the layer's first query (502): QGIS logs the failed request.
        layer = QgsVectorLayer(api.layer_uri(url + "/0"), name, "arcgisfeatureserver")
        wait(lambda: any(url + "/0/query" in text for text in messages), 15)
        token = api.service().token_info(connection.id)
        token = token.token.reveal() if token is not None else None
        # The Log Messages panel (a QgsMessageLogViewer, which sip sees as a QDialog): its "Network" tab.
        panel = next((tabs.widget(i).toPlainText() for tabs in iface.mainWindow().findChildren(QTabWidget)
                      for i in range(tabs.count()) if tabs.tabText(i) == "Network"
                      and isinstance(tabs.widget(i), QPlainTextEdit)), "")
        # Only what the tests need, and never the token itself: its place is marked.
        network[name] = {{
            "signed_in": token is not None, "valid": layer.isValid(),
            "messages": [text.replace(token, "<TOKEN>") if token else text for text in messages],
            "panel_lines": [line.replace(token, "<TOKEN>") if token else line
                            for line in panel.splitlines() if url in line],
        }}
        messages.clear()
    result["network"] = network

    # -- 7. (end) --------------------------------------------------------------------------------
    wait(lambda: signed_in_at, max(0, ca_added + 20 - time.monotonic()))
    result["untrusted"] = {{
        "refused_with": type(refused.error).__name__, "refused_state": refused.state.name,
        "seconds_to_sign_in": signed_in_at[0] - ca_added if signed_in_at else None,
        "state": ui.status.status(private.id).state.name,
    }}
    result["arcgis_prompts"] = prompts.credentials

    # The next session finds City GIS alone, never signed in there.
    for connection in api.connections():
        if connection.id != city.id:
            api.service().delete_connection(connection.id)
    from qgis.core import QgsSettings
    QgsSettings().sync()
    return result
"""

SECOND_SESSION = SESSION_HELPERS + """
def check():
    from arcgis_token_auth import api
    auth = QgsApplication.authManager()
    ui, actions = plugin_ui()
    (city,) = api.connections()
    result = {{"locked_at_start": not auth.masterPasswordIsSet(), "active": NAME in qgis.utils.active_plugins}}
    prompts = Prompts()

    # -- 2. Add Layers, a connection chosen while the auth DB is locked ------------------------
    def choose(dialog):
        pushed = pushed_to(dialog)
        seen = {{"choices": [dialog.connectionCombo.itemText(i) for i in range(dialog.connectionCombo.count())],
                 "chosen_at_open": dialog.connectionCombo.currentText()}}
        pick(dialog, city)
        seen.update(services=sum(len(c.services) for c in dialog.catalogs), pushed=pushed, shown=bar(dialog),
                    label=dialog.connectionStatusLabel.text(), master_prompts=prompts.master,
                    arcgis_prompts=list(prompts.credentials))
        return seen

    result["add_layers"] = run_modal(actions["arcgisTokenAuthAddLayers"], choose)

    # -- 2. and 5. Test Connection while the auth DB is locked, and the connection's row after ----
    def test_in_manager(manager):
        seen = {{}}
        in_manager = pushed_to(manager)
        manager.select(city.id)
        manager.signOutButton.click()  # no token left: the test must read the stored password
        # QGIS's "Clear cached master password" (Options > Authentication > Utilities): locked again,
        # as in a new session.
        auth.clearMasterPassword()
        seen["signed_out"] = manager.model.index(manager.model.row_of(city.id), 2).data()
        seen["locked_again"] = not auth.masterPasswordIsSet()
        masters = prompts.master
        manager.editButton.click()
        editor = manager.editor
        in_editor = pushed_to(editor)
        editor.testButton.click()
        wait(lambda: not editor.testing, 40)
        seen["test"] = {{"message": editor.testMessageLabel.text(), "bar": in_editor,
                         "master_prompts": prompts.master - masters}}
        editor.reject()
        row = manager.model.row_of(city.id)
        # The row reads the engine when drawn; the panel hears of the token through a queued signal.
        wait(lambda: str(manager.model.index(row, 2).data()).startswith("Signed in")
             and manager.stateLabel.text().startswith("Signed in"), 15)
        seen["row"] = manager.model.index(row, 2).data()
        seen["state"] = manager.stateLabel.text()
        seen["bar"] = in_manager
        return seen

    result["manager"] = run_modal(actions["arcgisTokenAuthConnections"], test_in_manager)
    result["master_prompts"] = prompts.master
    result["arcgis_prompts"] = prompts.credentials
    return result
"""


@pytest.fixture(scope="module")
def servers(emulator_ca, tmp_path_factory):
    """The servers of the two sessions, each behaving as one kind of real server does."""
    started = {
        "city": ArcGISEmulator.start(STANDALONE, ca=emulator_ca, features=30),
        # Some servers publish only their services: rest/services answers 404.
        "bare": ArcGISEmulator.start(STANDALONE, ca=emulator_ca, features=20),
        # Reads the token from token= and a raw Authorization header (some GeoServices servers).
        "header": ArcGISEmulator.start(STANDALONE, ca=emulator_ca, services=[Service("Demo/Points")], features=5),
        # Reads it from token= only (ArcGIS Server before 10.6).
        "param": ArcGISEmulator.start(STANDALONE, ca=emulator_ca, services=[Service("Demo/Points")], features=5),
        # Its certificate comes from an authority QGIS does not trust yet.
        "private": ArcGISEmulator.start(
            STANDALONE, ca=EmulatorCA(tmp_path_factory.mktemp("private-ca") / "ca.pem"), features=5
        ),
    }
    for server in started.values():
        add_users(server)
    started["bare"].settings.catalog = False
    started["header"].settings.transports = {"param", "raw-authorization"}
    started["header"].settings.rejected_transports = {"body"}
    started["param"].settings.transports = {"param", "body"}
    for name in ("header", "param"):
        started[name].add_fault("server-error", path="/query")
    yield started
    for server in started.values():
        server.stop()
        assert not server.internal_errors


@pytest.fixture(scope="module")
def sessions(tmp_path_factory, servers, emulator_ca):
    """What the two QGIS desktop sessions found, once for every test below."""
    profile = DesktopProfile(tmp_path_factory.mktemp("first-minutes"))
    (profile.plugins_dir / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
    bare = servers["bare"]
    first = profile.run(
        FIRST_SESSION.format(
            package=PLUGIN_PACKAGE, master=MASTER_PASSWORD, ca_file=str(emulator_ca.ca_file),
            private_url=servers["private"].services_url, private_ca=str(servers["private"].ca_file),
            city_url=servers["city"].services_url, bare_url=bare.services_url,
            bare_service_url=bare.service_url("Demo/Points", "FeatureServer"),
            pasted_url=bare.service_url("Demo/Restricted", "FeatureServer", 0),
            header_url=servers["header"].service_url("Demo/Points", "FeatureServer"),
            param_url=servers["param"].service_url("Demo/Points", "FeatureServer"),
        ),
        timeout=240,
    )  # fmt: skip
    profile.set_plugins_at_start(**{PLUGIN_PACKAGE: True})  # enabled in the Plugin Manager last time
    second = profile.run(SECOND_SESSION.format(package=PLUGIN_PACKAGE, master=MASTER_PASSWORD), timeout=180)
    return first, second


# -- 10. layer names ----------------------------------------------------------------------------------
def test_two_layers_named_points_get_distinct_names_in_the_layers_panel(sessions):
    seen = sessions[0]["add_layers"]
    assert seen["chosen"] == ["Points", "Points"], "two layers ArcGIS names alike"
    expected = ["Demo/Points — Points", "Overview — Points"]
    assert seen["added"] == expected
    assert seen["layers_panel"] == expected


# -- 5. status per connection ---------------------------------------------------------------------------
def test_a_connection_that_failed_to_sign_in_shows_no_catalog_of_another(sessions, servers):
    wrong = sessions[0]["add_layers"]["wrong"]
    assert wrong["tree"] == [] and wrong["services"] == 0, "City GIS's catalog of the same server"
    assert not wrong["add_enabled"]
    failures = [text for title, text, level in wrong["bar"] if level == "critical" and "Wrong password" in title]
    assert failures == [str(InvalidCredentialsError(servers["city"].origin))], wrong["bar"]


def test_after_a_passed_test_the_connections_row_says_signed_in(sessions):
    manager = sessions[1]["manager"]
    assert manager["signed_out"] == "Not signed in", "the row before the test"
    assert manager["test"]["message"].startswith("Signed in to "), manager["test"]
    assert manager["row"].startswith("Signed in, token expires in"), manager["row"]
    assert manager["state"].startswith("Signed in, token expires in")


# -- 3. a server without a services directory -----------------------------------------------------------
def test_a_server_without_a_services_directory_says_so_and_lists_what_its_url_names(sessions, servers):
    seen = sessions[0]["add_layers"]
    no_directory = seen["no_directory"]
    assert no_directory["tree"] == []
    # What really happened, not "a web page … often a sign-in page".
    assert no_directory["bar"] == [
        ["The catalog could not be read", str(NoCatalogError(servers["bare"].origin)), "critical"]
    ]

    # A connection made with a FeatureServer's URL lists that service's layers.
    one_service = seen["one_service"]
    assert one_service["tree"] == ["Demo", "  Points | Feature service", "    Points | Feature service | Point"]
    assert not [level for _title, _text, level in one_service["bar"] if level == "critical"], one_service["bar"]

    # A pasted layer URL lists its service's layers (through the connection that covers it), and adds one.
    pasted = seen["pasted"]
    assert pasted["tree"] == ["Demo", "  Restricted | Feature service", "    Points | Feature service | Point"]
    assert pasted["connection"] == "No directory"
    assert pasted["added"] == [["Demo/Restricted — Points", True, 50]]


# -- 7. a certificate authority trusted while QGIS runs ----------------------------------------------------
def test_a_ca_trusted_while_qgis_runs_signs_in_without_a_restart(sessions):
    untrusted = sessions[0]["untrusted"]
    assert (untrusted["refused_state"], untrusted["refused_with"]) == ("FAILED", "CertificateNotTrustedError")
    assert untrusted["state"] == "SIGNED_IN", untrusted
    # The plugin looks every CONFIG_WATCH_INTERVAL_MS; the sign-in itself takes a moment on a loaded machine.
    assert untrusted["seconds_to_sign_in"] <= CONFIG_WATCH_INTERVAL_MS / 1000 + 5, untrusted


# -- 12. QGIS's network log --------------------------------------------------------------------------------
def test_qgis_network_log_never_shows_a_token_a_header_carried(sessions, servers):
    network = sessions[0]["network"]
    header = network["header"]
    assert header["signed_in"] and not header["valid"], "the query failed, after a sign-in"
    # The failed request is logged (this check can see a token in it) ...
    query = servers["header"].service_url("Demo/Points", "FeatureServer", 0) + "/query"
    assert any(query in text for text in header["messages"]), header["messages"]
    assert header["panel_lines"], "the Log Messages panel's Network tab shows it"
    # ... without the token, which travelled in the Authorization header.
    assert not any("<TOKEN>" in text or "token=" in text for text in header["messages"] + header["panel_lines"])
    (used,) = {record.transport for record in servers["header"].requests if record.endpoint == "layer"}
    assert used == "raw-authorization"


def test_no_token_reached_what_the_sessions_wrote(sessions, servers):
    """The scripts mark a token's place in what they report; no token any server saw is in it."""
    written = json.dumps(sessions, ensure_ascii=False)
    seen = {token for server in servers.values() for record in server.requests for token in record.tokens.values()}
    assert seen - {DECOY_TOKEN}, "the servers saw tokens"
    assert not [token for token in seen - {DECOY_TOKEN} if token in written]


def test_for_a_server_that_reads_only_token_param_qgis_logs_the_url_with_it(sessions):
    """What the README's Security section says: such a server gets ``?token=`` in QGIS's requests, and
    QGIS's own Network log shows a failed request's URL whole. The plugin cannot change what QGIS logs;
    this test keeps the README honest (it fails if QGIS stops logging the query string)."""
    param = sessions[0]["network"]["param"]
    assert param["signed_in"] and not param["valid"]
    assert any("token=<TOKEN>" in text for text in param["messages"]), param["messages"]
    assert any("token=<TOKEN>" in line for line in param["panel_lines"])


# -- 2. a locked auth DB ---------------------------------------------------------------------------------------
def test_a_locked_auth_db_asks_for_the_master_password_once_when_a_connection_is_chosen(sessions):
    second = sessions[1]
    assert second["locked_at_start"] and second["active"], "QGIS started with the plugin and a locked auth DB"
    seen = second["add_layers"]
    assert seen["choices"] == ["Choose a connection…", "City GIS"] and seen["chosen_at_open"] == "Choose a connection…"
    assert seen["master_prompts"] == 1, "QGIS's own master-password prompt, once"
    assert seen["arcgis_prompts"] == [], "never QGIS's credentials dialog for the stored ArcGIS password"
    # Unlocked, the sign-in went on: the catalog, and no stale error of the locked attempt.
    assert seen["services"] == 6
    assert seen["label"].startswith("Signed in, token expires in") and "\n" not in seen["label"], seen["label"]
    assert seen["pushed"] == [] and seen["shown"] == [], "nothing said in its bar, not even an error since gone"


def test_a_locked_auth_db_asks_for_the_master_password_once_on_test_connection(sessions):
    second = sessions[1]
    manager = second["manager"]
    assert manager["locked_again"]
    assert manager["test"]["master_prompts"] == 1
    # No error on the way, not even one gone since: the editor said the test passed; the manager, the
    # sign-out and the sign-in the passed test made.
    assert [level for _title, _text, level in manager["test"]["bar"]] == ["other"], manager["test"]["bar"]
    assert manager["test"]["bar"][0][1].startswith("Test passed: signed in to ")
    assert not [item for item in manager["bar"] if item[2] == "critical"], manager["bar"]
    assert second["master_prompts"] == 2 and second["arcgis_prompts"] == []


def test_only_the_wrong_password_was_asked_for_again(sessions):
    """In the first session, QGIS's credentials dialog asked for one connection's password: the wrong one."""
    prompts = sessions[0]["arcgis_prompts"]
    assert prompts and all(realm.startswith("Wrong password — ") for realm in prompts), prompts


# -- the token panel with a long message (offscreen) -----------------------------------------------------------
def test_the_token_panel_shows_a_long_message_whole_or_cut_with_all_of_it_in_the_tooltip(
    plugin, arcgis_emulator, qtbot
):
    # A certificate made out for "localhost" only, asked for as 127.0.0.1: a long, real message.
    server = add_users(arcgis_emulator(STANDALONE, features=5, cert_names=("localhost",)))
    status = TokenStatus(plugin.service)
    connection = connect(server, name="Mismatch")
    manager = ConnectionsDialog(plugin.service, status)
    qtbot.addWidget(manager)
    manager.show()
    manager.select(connection.id)
    status.renew(connection.id)
    qtbot.waitUntil(lambda: status.status(connection.id).state is State.FAILED, timeout=TASK_TIMEOUT_MS)
    assert type(status.status(connection.id).error).__name__ == "HostnameMismatchError"
    message = status.status(connection.id).message
    label = manager.messageLabel
    line = QFontMetrics(label.font()).lineSpacing()
    for size in (manager.size(), manager.minimumSize()):  # as it opens, and as small as it goes
        manager.resize(size)
        qtbot.wait(50)
        shown = label.text()
        # Nothing cut off mid-line: the label has the height its text needs, at most MESSAGE_LINES lines ...
        assert label.height() >= label.heightForWidth(label.width()), (size, label.height())
        assert label.heightForWidth(label.width()) <= MESSAGE_LINES * line + line // 2
        # ... the whole message, or its beginning ended by "…"; all of it in the tooltip.
        assert shown == message or (shown.endswith("…") and message.startswith(shown[:-1]))
        assert html.unescape(label.toolTip()) == f"<p>{message}</p>"
        # The panel's other lines keep their height too.
        for other in (manager.stateLabel, manager.expiryLabel, manager.serversLabel):
            needed = other.heightForWidth(other.width()) if other.wordWrap() else other.sizeHint().height()
            assert other.height() >= needed, (size, other.objectName(), other.height())
    assert label.text().endswith("…"), "at its smallest the dialog has no room for the whole message"


