"""Editing secured feature layers with QGIS's own provider, through a plugin connection.

QGIS's ``arcgisfeatureserver`` provider saves a layer's edits (3.28 and later)
as one POST each to ``updateFeatures``, ``deleteFeatures`` and ``addFeatures``,
and takes an ArcGIS error answered with HTTP 200 for success: the plugin checks
each edit request's token and permission before it leaves
(``plugin/integration/edits.py``). Real QGIS, the emulator over HTTPS; the
emulator's request log says what each request changed on the server.
"""

from __future__ import annotations

import pytest
from arcgis_token_auth import api
from arcgis_token_auth.plugin import compat
from arcgis_token_auth.plugin.gui.actions import create_actions
from arcgis_token_auth.plugin.gui.add_layers_dialog import AddLayersDialog
from arcgis_token_auth.plugin.gui.status import TokenStatus
from arcgis_token_auth.plugin.integration.errors import EditNotSavedError, EditRefusedError
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorDataProvider
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QMainWindow

from tests.emulator import Service
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.gui_support import TASK_TIMEOUT_MS
from tests.qgis.integration import connect, feature_layer, wait_for

EDITABLE = "Demo/Editable"
FEATURES = 60
ADDED = FEATURES + 1  # the OBJECTID the server gives the first new feature
NO_PERMISSION = "You do not have permissions to access this resource or perform this operation."
EDIT_OPERATIONS = ("updateFeatures", "deleteFeatures", "addFeatures")

needs_editing = pytest.mark.skipif(
    not compat.can_edit_arcgis_feature_layers(),
    reason="QGIS's arcgisfeatureserver provider saves edits from QGIS 3.28 on (ArcGIS feature layer editing)",
)


@pytest.fixture
def server(arcgis_emulator):
    services = [
        Service(EDITABLE, types=("FeatureServer",), editable=True),
        Service("Demo/Points", types=("FeatureServer",)),
    ]
    server = add_users(arcgis_emulator(features=FEATURES, services=services))
    server.add_user("reader", "reader-secret", can_edit=False)  # may query, not edit
    return server


def make_edits(layer) -> None:
    """One of each edit QGIS saves: a new point, a feature moved and renamed, a value changed, one deleted."""
    fid = {feature["OBJECTID"]: feature.id() for feature in layer.getFeatures()}
    assert layer.startEditing()
    new = QgsFeature(layer.fields())
    new.setAttribute("name", "Added")
    new.setAttribute("rank", 7)
    new.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5.5, 45.5)))
    assert layer.addFeature(new)
    assert layer.changeGeometry(fid[3], QgsGeometry.fromPointXY(QgsPointXY(6.5, 46.5)))
    assert layer.changeAttributeValue(fid[3], layer.fields().indexOf("name"), "Moved")
    assert layer.changeAttributeValue(fid[5], layer.fields().indexOf("value"), 12.5)
    assert layer.deleteFeature(fid[4])


def unsaved(layer) -> tuple[int, int, int, int]:
    """(added, attribute changes, geometry changes, deleted) in the layer's edit buffer."""
    buffer = layer.editBuffer()
    return (
        len(buffer.addedFeatures()),
        len(buffer.changedAttributeValues()),
        len(buffer.changedGeometries()),
        len(buffer.deletedFeatureIds()),
    )


def applied(server) -> list[tuple[str, int]]:
    """Every edit the server applied, in order, from its request log."""
    return [edit for record in server.requests for edit in record.edits]


def edit_requests(server, operation: str) -> list:
    return [record for record in server.requests if record.endpoint == operation]


def refusals(plugin) -> list:
    """The refused edits the plugin tells the GUI about (its signal, queued to the main thread)."""
    heard: list = []
    plugin.service.edit_refused.connect(lambda _connection_id, error: heard.append(error))
    return heard


def assert_saved(server) -> None:
    """What the edits made of the layer, read back through a fresh layer and from the emulator's own data."""
    fresh = feature_layer(server, EDITABLE)
    assert fresh.isValid()
    read = {feature["OBJECTID"]: feature for feature in fresh.getFeatures()}
    assert len(read) == FEATURES and 4 not in read
    assert (read[ADDED]["name"], read[ADDED]["rank"], read[ADDED].geometry().asPoint()) == (
        "Added",
        7,
        QgsPointXY(5.5, 45.5),
    )
    assert (read[3]["name"], read[3].geometry().asPoint()) == ("Moved", QgsPointXY(6.5, 46.5))
    assert read[5]["value"] == 12.5 and read[5]["name"] == "Point 5"
    data = server.dataset_for(server.services[EDITABLE])
    assert not data.has_row(4 - 1) and data.has_row(ADDED - 1)
    assert (data.columns["name"][2], data.xs[2], data.ys[2]) == ("Moved", 6.5, 46.5)


@needs_editing
def test_edits_are_saved_once_each_and_read_back(plugin, server):
    connect(server)
    layer = feature_layer(server, EDITABLE)
    provider = layer.dataProvider().capabilities()
    for capability in ("AddFeatures", "ChangeGeometries", "ChangeAttributeValues", "DeleteFeatures"):
        assert provider & getattr(QgsVectorDataProvider.Capability, capability), capability
    make_edits(layer)
    server.clear_log()

    assert layer.commitChanges(), layer.commitErrors()
    assert not layer.isEditable(), "saved, and the edit session closed"
    # QGIS's order: changes (geometry and attributes together), deletes, adds; each applied once.
    assert applied(server) == [("update", 3), ("update", 5), ("delete", 4), ("add", ADDED)]
    for operation in EDIT_OPERATIONS:
        check, edit = edit_requests(server, operation)  # the plugin's check carries no edit, then QGIS's request
        assert check.edits == [] and check.form.get("features") == "[]"
        assert edit.token == check.token and edit.token is not None and edit.error_code is None
    assert_saved(server)


@needs_editing
@pytest.mark.parametrize("token_end", ["revoked", "expired"])
def test_a_save_that_meets_a_dead_token_renews_it_and_saves_each_edit_once(plugin, server, token_end):
    if token_end == "expired":
        # 2 s tokens, renewed half-way; each edit request (the plugin's checks too) answered 0.6 s late,
        # so the save outlives the token it starts with, and no token grows too old on its way.
        server.settings.token_lifetime_seconds = 2.0
        server.add_fault("latency", "Features", seconds=0.6)
    else:  # once the changes are saved: between QGIS's first and second edit request
        server.add_fault("revoke", "/deleteFeatures", times=1)
    connect(server)
    layer = feature_layer(server, EDITABLE)
    make_edits(layer)
    server.clear_log()

    assert layer.commitChanges(), layer.commitErrors()
    assert applied(server) == [("update", 3), ("update", 5), ("delete", 4), ("add", ADDED)]
    edits = [record for operation in EDIT_OPERATIONS for record in edit_requests(server, operation) if record.edits]
    assert [record.error_code for record in edits] == [None, None, None], "no edit met a dead token"
    tokens = {record.token for record in edits}
    if token_end == "revoked":
        assert len(tokens) == 2, "renewed once, when the delete's check met the revoked token"
        refused, renewed = edit_requests(server, "deleteFeatures")[:2]  # the checks of the delete
        assert (refused.error_code, refused.fault, renewed.error_code) == (498, "revoke", None)
    else:
        assert len(tokens) >= 2, "the token was renewed during the save"
    assert_saved(server)


@needs_editing
@pytest.mark.parametrize("answer", ["login-page", "server-error"])
def test_a_check_the_server_does_not_answer_in_arcgis_words_lets_the_edit_go_out_signed(plugin, server, answer):
    """A proxy's page or a 502 instead of the check's answer tells nothing: QGIS's edit still goes out, with
    the token (before, the check's failure left the request unsigned, and QGIS took the 499 for saved)."""
    server.add_fault(answer, "/updateFeatures", times=1)  # the plugin's check of the changes
    connect(server)
    layer = feature_layer(server, EDITABLE)
    make_edits(layer)
    server.clear_log()

    assert layer.commitChanges(), layer.commitErrors()
    assert applied(server) == [("update", 3), ("update", 5), ("delete", 4), ("add", ADDED)]
    check, edit = edit_requests(server, "updateFeatures")
    assert check.fault == answer and edit.token is not None and edit.error_code is None
    assert_saved(server)


@needs_editing
def test_a_user_who_may_not_edit_is_told_why_and_qgis_keeps_the_edits(plugin, server, qtbot):
    window = MainWindow()
    qtbot.addWidget(window.window)
    menu = QObject()
    create_actions(menu, window)  # the plugin's GUI: it tells the main window
    heard = refusals(plugin)
    api.add_connection(server.root_url, name="Reader", username="reader", password="reader-secret")
    layer = feature_layer(server, EDITABLE)
    make_edits(layer)
    server.clear_log()

    assert not layer.commitChanges()
    assert unsaved(layer) == (1, 2, 1, 1), "QGIS keeps every edit, unsaved"
    assert any("arcgis-refused-this-edit" in line for line in layer.commitErrors()), layer.commitErrors()
    assert applied(server) == []
    (check,) = edit_requests(server, "updateFeatures")  # QGIS stops at its first failed request, never sent
    assert (check.error_code, check.form.get("features")) == (403, "[]")
    wait_for(lambda: heard)
    (error,) = heard
    assert isinstance(error, EditRefusedError)
    assert NO_PERMISSION in str(error) and f"{EDITABLE}/FeatureServer/0" in str(error)
    qtbot.waitUntil(lambda: any(NO_PERMISSION in item.text() for item in window.bar.items()), timeout=TASK_TIMEOUT_MS)
    (item,) = window.bar.items()
    assert item.title() == "Edits not saved"
    menu.deleteLater()


@needs_editing
def test_a_token_revoked_after_the_check_is_reported_as_edits_not_saved(plugin, server):
    """The check and QGIS's request are two requests: a token revoked between them reaches QGIS as an
    ArcGIS error in an HTTP 200 answer, which QGIS takes for success. The plugin says they were not saved."""
    server.add_fault("revoke", "/updateFeatures", skip=1, times=1)  # QGIS's request, after the plugin's check
    heard = refusals(plugin)
    connect(server)
    layer = feature_layer(server, EDITABLE)
    make_edits(layer)
    server.clear_log()

    assert layer.commitChanges(), "QGIS's own reading of the refused answer"
    assert applied(server) == [("delete", 4), ("add", ADDED)], "the changes were refused; the rest, renewed, saved"
    wait_for(lambda: heard)
    (error,) = heard
    assert isinstance(error, EditNotSavedError) and "Invalid token." in str(error)


def test_the_add_layers_dialog_says_where_qgis_cannot_edit(plugin, server, qtbot):
    connect(server)
    layer = feature_layer(server, EDITABLE)
    editing = bool(layer.dataProvider().capabilities() & QgsVectorDataProvider.Capability.AddFeatures)
    assert editing == compat.can_edit_arcgis_feature_layers(), "the release check says what the provider does"
    dialog = AddLayersDialog(plugin.service, TokenStatus(plugin.service))
    qtbot.addWidget(dialog)
    dialog.select_connection(plugin.service.connections()[0].id)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.catalogs), timeout=TASK_TIMEOUT_MS)
    model = dialog.filter
    (folder,) = [model.index(row, 0) for row in range(model.rowCount())]
    services = {
        model.index(row, 0, folder).data(): model.index(row, 0, folder) for row in range(model.rowCount(folder))
    }
    lines = {
        name: [model.index(row, 0, index).data() for row in range(model.rowCount(index))]
        for name, index in services.items()
    }
    notice = "Editable on the server, but not in this QGIS: editing needs QGIS 3.28 or later."
    if editing:
        assert lines == {"Editable": ["Points"], "Points": ["Points"]}
    else:
        assert lines == {
            "Editable": [notice, "Points"],
            "Points": ["Points"],
        }
        assert dialog.selected_layers() == [] and not dialog.filter.layer(model.index(0, 0, services["Editable"]))


class MainWindow:
    """What the plugin's GUI uses of QGIS's iface: the main window and its message bar."""

    def __init__(self) -> None:
        self.window = QMainWindow()
        self.bar = QgsMessageBar(self.window)
        self.window.setCentralWidget(self.bar)

    def mainWindow(self):  # noqa: N802 - QGIS API name
        return self.window

    def messageBar(self):  # noqa: N802 - QGIS API name
        return self.bar
