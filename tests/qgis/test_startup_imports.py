"""What starting the plugin imports: QGIS pays for each module at every start.

A start needs the menu entries, the request hook (a project opened as QGIS
starts must be signed) and the Processing provider with its algorithms (QGIS
loads them as it registers the provider). Dialogs, the HTTP session, the
browser sign-in's listener, the OS keyring and what only a running algorithm
needs load on first use.

Checked in QGIS desktop, loaded as the Plugin Manager loads it, and the way
``qgis_process`` starts it, each in a fresh process: a module that an earlier
test imported would hide one that the start imports.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import PACKAGES_DIR, PLUGIN_PACKAGE, REPO_ROOT
from tests.qgis.desktop import DesktopProfile

LOADED_ON_FIRST_USE = (
    "requests",  # the HTTP session, at the first sign-in
    "urllib3",
    "ctypes",  # clears OpenSSL's error queue before a sign-in's requests
    "http.server",  # the browser sign-in's listener
    "keyring",
    f"{PLUGIN_PACKAGE}.plugin.gui.connections_dialog",
    f"{PLUGIN_PACKAGE}.plugin.gui.connection_editor",
    f"{PLUGIN_PACKAGE}.plugin.gui.add_layers_dialog",
    f"{PLUGIN_PACKAGE}.plugin.gui.models",
    f"{PLUGIN_PACKAGE}.plugin.gui.ui_loader",
    f"{PLUGIN_PACKAGE}.plugin.integration.api",
    f"{PLUGIN_PACKAGE}.plugin.integration.browser",
    f"{PLUGIN_PACKAGE}.plugin.integration.browser_signin",
    f"{PLUGIN_PACKAGE}.plugin.integration.layers",
    f"{PLUGIN_PACKAGE}.plugin.processing.feature_service",
)

DESKTOP_START = f"""
import sys
import qgis.utils

def check():
    before = set(sys.modules)
    started = qgis.utils.loadPlugin({PLUGIN_PACKAGE!r}) and qgis.utils.startPlugin({PLUGIN_PACKAGE!r})
    return {{"started": started, "imported": sorted(set(sys.modules) - before)}}
"""

QGIS_PROCESS_START = f"""
import json, sys
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, {str(PACKAGES_DIR)!r})
before = set(sys.modules)
import {PLUGIN_PACKAGE}
{PLUGIN_PACKAGE}.classFactory(None).initProcessing()
assert QgsApplication.processingRegistry().providerById("arcgistokenauth") is not None
print("imported:", json.dumps(sorted(set(sys.modules) - before)))
"""


def loaded_too_early(imported: list[str], lazy: tuple[str, ...]) -> list[str]:
    return [name for name in imported if any(name == module or name.startswith(module + ".") for module in lazy)]


def test_desktop_start_imports_only_what_the_menu_hook_and_provider_need(tmp_path):
    profile = DesktopProfile(tmp_path)
    (profile.plugins_dir / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
    result = profile.run(DESKTOP_START)
    assert result["started"]
    imported = result["imported"]
    assert f"{PLUGIN_PACKAGE}.plugin.integration.injector" in imported  # the request hook, from the start
    assert f"{PLUGIN_PACKAGE}.plugin.gui.actions" in imported
    assert not loaded_too_early(imported, LOADED_ON_FIRST_USE)


def test_qgis_process_start_imports_no_gui_and_nothing_for_first_use():
    completed = subprocess.run(
        [sys.executable, "-c", QGIS_PROCESS_START], capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    (line,) = [line for line in completed.stdout.splitlines() if line.startswith("imported: ")]
    imported = json.loads(line.removeprefix("imported: "))
    assert f"{PLUGIN_PACKAGE}.plugin.processing.provider" in imported
    assert not loaded_too_early(imported, (*LOADED_ON_FIRST_USE, f"{PLUGIN_PACKAGE}.plugin.gui"))
