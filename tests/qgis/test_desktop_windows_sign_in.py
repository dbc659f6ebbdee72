"""A Windows (NTLM) web tier's layers in the real QGIS desktop (Xvfb, a fresh isolated profile).

QGIS desktop answers a server's sign-in challenge through its own credentials dialog, which would ask
the user for every new network thread's first request to the server. The plugin answers it for its
connections' servers, so the user is never asked, and the answer is gone from QGIS's credentials cache
once given: the cache holds nothing another request to the host could use. The layer's features are read
on the main thread and its map drawn on render threads, so both of QGIS's paths to the handler are taken.
"""

from __future__ import annotations

from tests.conftest import PLUGIN_PACKAGE, REPO_ROOT
from tests.emulator import STANDALONE
from tests.qgis.conftest import MASTER_PASSWORD
from tests.qgis.desktop import SCRIPT_PRELUDE, DesktopProfile

WEB_PASSWORD = "alice-windows-secret"

DESKTOP_CHECK = SCRIPT_PRELUDE + """
from qgis.core import QgsCredentials, QgsProject, QgsRasterLayer, QgsRectangle, QgsVectorLayer

NAME = {package!r}

def check():
    start_plugin(NAME, {master!r}, {ca_file!r})
    iface = qgis.utils.iface
    from arcgis_token_auth import api

    asked = []  # QGIS's credentials dialog: what it asked for, each time cancelled as a user would
    def cancel_prompts():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == "QgsCredentialDialog" and dialog.isVisible():
            asked.append(dialog.findChild(QLabel, "labelRealm").text())
            dialog.reject()
    canceller = QTimer()
    canceller.timeout.connect(cancel_prompts)
    canceller.start(100)

    connection = api.add_connection({root!r}, name="Windows web tier", web_tier="windows", username="alice",
                                    password={password!r})
    service = api.service()
    service.renew_now(connection.id)  # signed in, as before the Add Layers dialog lists the services
    assert wait(lambda: service.token_info(connection.id) is not None, 30), "not signed in"
    points = QgsVectorLayer(api.layer_uri({feature_url!r}, crs="EPSG:4326"), "points", "arcgisfeatureserver")
    # Several map layers: their render threads meet the server's challenge at the same time.
    drawings = [QgsRasterLayer(api.layer_uri({map_url!r}, crs="EPSG:4326") + " format='png' layer='0'",
                               f"map {{n}}", "arcgismapserver") for n in range(4)]
    result = {{"valid": [points.isValid()] + [drawing.isValid() for drawing in drawings],
               "features": sum(1 for _ in points.getFeatures())}}
    canvas = iface.mapCanvas()
    drawn = []
    canvas.mapCanvasRefreshed.connect(lambda: drawn.append(True))
    QgsProject.instance().addMapLayers(drawings)
    canvas.setLayers(drawings)
    canvas.setExtent(QgsRectangle(-180, -90, 180, 90))
    canvas.refresh()
    wait(lambda: drawn and not canvas.isDrawing(), 60)
    image = canvas.grab().toImage()
    background = canvas.canvasColor()
    result["painted"] = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                            if image.pixelColor(x, y) != background)
    result["asked_while_loading"] = list(asked)
    # Asking QGIS's credentials for the host now finds nothing in its cache: the dialog shows (cancelled).
    result["cached"] = QgsCredentials.instance().get(" at {host}", "", "")[0]
    result["asked_after"] = asked[len(result["asked_while_loading"]):]
    canceller.stop()
    return result
"""


def test_qgis_desktop_never_asks_the_user_for_a_windows_web_tier_connections_sign_in(
    tmp_path, arcgis_emulator, emulator_ca
):
    server = arcgis_emulator(STANDALONE, web_tier="ntlm", features=50)
    server.add_web_tier_user("alice", WEB_PASSWORD)
    profile = DesktopProfile(tmp_path)
    (profile.plugins_dir / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
    script = DESKTOP_CHECK.format(
        package=PLUGIN_PACKAGE, master=MASTER_PASSWORD, ca_file=str(emulator_ca.ca_file), root=server.root_url,
        password=WEB_PASSWORD, feature_url=server.service_url("Demo/Points", "FeatureServer", 0),
        map_url=server.service_url("Demo/Points", "MapServer"), host=server.host,
    )  # fmt: skip
    result = profile.run(script, timeout=180)
    assert result["valid"] == [True] * 5 and result["features"] == 50
    assert result["painted"] > 0
    assert result["asked_while_loading"] == []
    assert result["cached"] is False and len(result["asked_after"]) == 1
    from_qgis = [record for record in server.requests if "ArcGIS-Token-Auth" not in (record.header("User-Agent") or "")]
    handshakes = [record for record in from_qgis if (record.header("Authorization") or "").startswith("NTLM ")]
    signed_in = [record for record in from_qgis if not record.web_tier_refused]
    assert handshakes and signed_in and {record.web_tier_user for record in signed_in} == {"alice"}
    assert {record.endpoint for record in signed_in} >= {"query", "export"}
    assert [record.path for record in signed_in if record.token is None or record.error_code is not None] == []
