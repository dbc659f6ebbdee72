"""The plugin loads and works in a QGIS whose Python has no ``keyring``.

``keyring`` is optional: many QGIS installations do not ship it. Run in a
fresh process where importing it fails, import every module of the plugin,
then load it the way qgis_process does.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import PACKAGES_DIR, PLUGIN_PACKAGE

NO_KEYRING_SCRIPT = f"""
import importlib, pkgutil, sys
sys.modules["keyring"] = None  # any "import keyring" now raises ImportError
sys.path.insert(0, {str(PACKAGES_DIR)!r})
try:
    import keyring
except ImportError:
    pass
else:
    raise SystemExit("keyring is still importable")

from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()

import {PLUGIN_PACKAGE} as package
import {PLUGIN_PACKAGE}.plugin as plugin_code
imported = []
for module in pkgutil.walk_packages(plugin_code.__path__, prefix=plugin_code.__name__ + "."):
    importlib.import_module(module.name)
    imported.append(module.name)

plugin = package.classFactory(None)
plugin.initProcessing()
assert QgsApplication.processingRegistry().providerById("arcgistokenauth") is not None
plugin.unload()
print("imported", len(imported), "modules")
"""


def test_plugin_loads_without_keyring():
    completed = subprocess.run(
        [sys.executable, "-c", NO_KEYRING_SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    imported = int(completed.stdout.split("imported ")[1].split()[0])
    assert imported >= 8, completed.stdout
