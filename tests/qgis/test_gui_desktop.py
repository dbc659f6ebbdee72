"""The plugin's entries in the real QGIS desktop (under Xvfb): Web menu, Web toolbar, and the
main window's message bar when a connection stops signing in."""

from __future__ import annotations

from arcgis_token_auth.plugin.core.errors import InvalidCredentialsError, MissingSecretError

from tests.conftest import PLUGIN_PACKAGE, REPO_ROOT
from tests.qgis.conftest import MASTER_PASSWORD
from tests.qgis.desktop import SCRIPT_PRELUDE, DesktopProfile

DESKTOP_CHECK = SCRIPT_PRELUDE + """
NAME = {package!r}

def run_modal(action, ready):
    # Trigger an action whose dialog runs modally; describe it once ready(dialog), then close it.
    seen = {{}}
    deadline = time.monotonic() + 20
    def inspect():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not ready(dialog):
            if time.monotonic() < deadline:
                QTimer.singleShot(50, inspect)
            elif dialog is not None:
                seen["timeout"] = type(dialog).__name__
                dialog.reject()
            return
        seen.update(title=dialog.windowTitle(), parent_is_main_window=dialog.parent() is qgis.utils.iface.mainWindow())
        seen.update(describe(dialog))
        dialog.reject()
    QTimer.singleShot(50, inspect)
    action.trigger()  # returns when the dialog has closed
    return seen

def describe(dialog):
    if hasattr(dialog, "model"):  # the connections manager
        return {{"rows": [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]}}
    return {{"connections": [dialog.connectionCombo.itemText(i) for i in range(dialog.connectionCombo.count())],
             "services": sum(len(catalog.services) for catalog in dialog.catalogs)}}

def check():
    start_plugin(NAME, {master!r}, {ca_file!r})
    iface = qgis.utils.iface
    from arcgis_token_auth import api
    good = api.add_connection({url!r}, name="City GIS", username="alice", password="alice-secret")
    wrong = api.add_connection({url!r}, name="Wrong password", username="alice", password="nope")

    menu = iface.webMenu().findChild(QMenu, "arcgisTokenAuthMenu")
    actions = {{action.objectName(): action for action in menu.actions()}}
    result = {{
        "menu": [action.text() for action in menu.actions()],
        "toolbar": [action.objectName() for action in iface.webToolBar().actions()],
        "manager": run_modal(actions["arcgisTokenAuthConnections"], lambda dialog: True),
        "add_layers": run_modal(actions["arcgisTokenAuthAddLayers"], lambda dialog: not dialog.busy),
    }}

    # After a refused password the plugin asks for it (QGIS's credentials dialog): the user cancels.
    prompts = []
    def cancel_prompts():
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            prompts.append(type(dialog).__name__)
            dialog.reject()
    canceller = QTimer()
    canceller.timeout.connect(cancel_prompts)
    canceller.start(100)
    ui = menu.findChild(QObject, "arcgisTokenAuthUi")
    bar = iface.messageBar()
    pushed = []
    bar.widgetAdded.connect(lambda item: pushed.append((item.title(), item.text())))
    ui.status.renew(wrong.id)
    wait(lambda: bar.currentItem() is not None and "could not sign in" in bar.currentItem().title())
    item = bar.currentItem()
    result["notice"] = {{
        "title": item.title(), "text": item.text(),
        "buttons": [button.text() for button in item.findChildren(QPushButton)],
    }}
    ui.status.renew(wrong.id)  # fails the same way again: said once is enough
    wait(lambda: False, 1.5)
    result["notices"] = [text for title, text in pushed if "could not sign in" in title]
    canceller.stop()
    result["prompts"] = sorted(set(prompts))
    for connection in (good, wrong):
        api.service().delete_connection(connection.id)
    qgis.utils.unloadPlugin(NAME)
    return result
"""


def test_menu_toolbar_dialogs_and_failure_notice_in_qgis_desktop(tmp_path, arcgis_server, emulator_ca):
    profile = DesktopProfile(tmp_path)
    (profile.plugins_dir / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
    script = DESKTOP_CHECK.format(
        package=PLUGIN_PACKAGE, master=MASTER_PASSWORD, ca_file=str(emulator_ca.ca_file), url=arcgis_server.services_url
    )
    result = profile.run(script)
    assert result["menu"] == ["Add Secured ArcGIS Layers…", "Connections…"]
    assert "arcgisTokenAuthAddLayers" in result["toolbar"]
    assert "arcgisTokenAuthConnections" not in result["toolbar"]
    assert result["manager"] == {
        "title": "ArcGIS Connections", "parent_is_main_window": True, "rows": ["City GIS", "Wrong password"],
    }  # fmt: skip
    assert result["add_layers"] == {
        "title": "Add Secured ArcGIS Layers", "parent_is_main_window": True,
        # Nothing picked yet, nothing signed in to: no catalog read until the user picks a connection.
        "connections": ["Choose a connection…", "City GIS", "Wrong password"], "services": 0,
    }  # fmt: skip
    notice = result["notice"]
    assert notice["title"] == "“Wrong password” could not sign in"
    # "Details…" too, where the main window is too narrow for two lines of the message.
    assert notice["buttons"] in (["Connections…"], ["Connections…", "Details…"])
    # Refused, the plugin asked for the password (QGIS's credentials dialog), which the user cancelled.
    assert result["prompts"] == ["QDialog"]
    possible = {
        str(InvalidCredentialsError(arcgis_server.origin)),
        str(MissingSecretError(arcgis_server.origin, secret_name="password", connection_name="Wrong password")),
    }
    notices = result["notices"]
    assert notices and set(notices) <= possible
    assert len(notices) == len(set(notices)), "the second, identical failure was not announced again"
