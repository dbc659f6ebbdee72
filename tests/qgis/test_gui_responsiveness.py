"""QGIS stays responsive while the dialogs wait for a slow ArcGIS server.

The token endpoint answers after 2 s (the emulator's "latency" fault). While a
test, a renewal, a catalog read or adding layers waits for it, the main
thread's event loop must never stop for more than 100 ms: the network work
runs on worker threads (QgsTask, the engine's renewal threads).
"""

from __future__ import annotations

import time

import pytest
from arcgis_token_auth.plugin.gui.add_layers_dialog import AddLayersDialog
from arcgis_token_auth.plugin.gui.connections_dialog import ConnectionsDialog
from arcgis_token_auth.plugin.gui.status import State, TokenStatus
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.gui_support import TASK_TIMEOUT_MS, StallMeter
from tests.qgis.integration import connect

LEFT = Qt.MouseButton.LeftButton
SLOW_SECONDS = 2.0
MAX_STALL_SECONDS = 0.100


@pytest.fixture
def status(plugin):
    return TokenStatus(plugin.service)


@pytest.fixture
def slow_server(arcgis_emulator):
    server = add_users(arcgis_emulator(STANDALONE, features=200))
    server.add_fault("latency", path="generateToken", seconds=SLOW_SECONDS)
    return server


def report(record_property, what: str, meter: StallMeter, seconds: float) -> None:
    record_property(f"{what}_max_stall_ms", round(meter.max_gap * 1000, 1))
    print(f"\n{what}: {seconds:.2f} s, {meter.ticks} ticks, longest main-thread stall {meter.max_gap * 1000:.1f} ms")
    assert seconds >= SLOW_SECONDS, "the slow endpoint was not in the way"
    assert meter.max_gap < MAX_STALL_SECONDS, f"the main thread stalled for {meter.max_gap * 1000:.0f} ms"


def test_testing_a_connection_keeps_the_main_thread_free(plugin, status, slow_server, qtbot, record_property):
    manager = ConnectionsDialog(plugin.service, status)
    qtbot.addWidget(manager)
    manager.show()
    qtbot.mouseClick(manager.addButton, LEFT)
    editor = manager.editor
    editor.urlEdit.setText(slow_server.services_url)
    editor.usernameEdit.setText("alice")
    editor.secretEdit.setText(USERS["alice"][0])

    started = time.perf_counter()
    with StallMeter() as meter:
        qtbot.mouseClick(editor.testButton, LEFT)
        qtbot.waitUntil(lambda: not editor.testing, timeout=TASK_TIMEOUT_MS)
    report(record_property, "test_connection", meter, time.perf_counter() - started)
    assert editor.testResultsWidget.isVisible()


def test_renewing_keeps_the_main_thread_free(plugin, status, slow_server, qtbot, record_property):
    connection = connect(slow_server)
    manager = ConnectionsDialog(plugin.service, status)
    qtbot.addWidget(manager)
    manager.show()
    manager.select(connection.id)

    for round_number in (1, 2):  # the first sign-in, then a renewal of a live token
        started = time.perf_counter()
        with StallMeter() as meter:
            qtbot.mouseClick(manager.renewButton, LEFT)
            qtbot.waitUntil(lambda: status.status(connection.id).state is State.SIGNED_IN, timeout=TASK_TIMEOUT_MS)
        report(record_property, f"renewal_{round_number}", meter, time.perf_counter() - started)
    assert slow_server.count("generateToken") == 2


def test_reading_the_catalog_and_adding_layers_keep_the_main_thread_free(
    plugin, status, slow_server, qtbot, record_property
):
    connection = connect(slow_server)
    started = time.perf_counter()
    with StallMeter() as meter:
        dialog = AddLayersDialog(plugin.service, status)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.select_connection(connection.id)  # signs in, then reads the catalog
        qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    report(record_property, "catalog", meter, time.perf_counter() - started)
    assert dialog.catalogs

    # Each layer's description comes slowly too.
    slow_server.add_fault("latency", path="FeatureServer/0", seconds=SLOW_SECONDS / 2)
    layers = [layer for catalog in dialog.catalogs for service in catalog.services for layer in service.layers]
    dialog.select_layers([layer for layer in layers if layer.service_type == "FeatureServer"][:2])
    started = time.perf_counter()
    with StallMeter() as meter:
        qtbot.mouseClick(dialog.addButton, LEFT)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=TASK_TIMEOUT_MS)
    report(record_property, "add_layers", meter, time.perf_counter() - started)
    assert len(QgsProject.instance().mapLayers()) == 2
