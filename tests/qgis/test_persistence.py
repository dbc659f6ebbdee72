"""Projects with secured layers load again in a fresh QGIS, and no file holds a secret."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsSettings

from tests.conftest import PACKAGES_DIR, SESSION_DIR
from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.conftest import MASTER_PASSWORD
from tests.qgis.integration import connect, feature_layer, load_plugin, map_layer, provider_requests, unload_plugin

REOPEN_SCRIPT = """
import json, logging, sys
sys.path.insert(0, {packages!r})
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
QCoreApplication.setOrganizationName(QgsApplication.QGIS_ORGANIZATION_NAME)
QCoreApplication.setOrganizationDomain(QgsApplication.QGIS_ORGANIZATION_DOMAIN)
QCoreApplication.setApplicationName(QgsApplication.QGIS_APPLICATION_NAME)
app = QgsApplication([], False)
app.initQgis()
logging.basicConfig(stream=sys.stderr, level=logging.DEBUG)  # every plugin log line, for the secret scan
unlocked = QgsApplication.authManager().masterPasswordIsSet()
import arcgis_token_auth
plugin = arcgis_token_auth.classFactory(None)
plugin.initProcessing()
project = QgsProject.instance()
read = project.read({project_path!r})
layers = project.mapLayers()  # by id: the feature and map layers share a name
result = {{"read": read, "unlocked": unlocked, "layers": {{}}}}
for name, layer in layers.items():
    entry = {{"valid": layer.isValid(), "provider": layer.providerType()}}
    if layer.type() == layer.VectorLayer:
        entry["count"] = sum(1 for _ in layer.getFeatures())
    result["layers"][name] = entry
plugin.unload()
print("RESULT " + json.dumps(result))
"""


def settings_files() -> list[Path]:
    files = [Path(QgsSettings().fileName())]
    files += list(SESSION_DIR.rglob("*.ini"))
    return sorted(set(files))


def readable_bytes(path: Path) -> bytes:
    """A file's bytes; for a .qgz the decompressed members (a token would hide in the deflate stream)."""
    if path.suffix == ".qgz":
        with zipfile.ZipFile(path) as archive:
            return b"".join(archive.read(name) for name in archive.namelist())
    return path.read_bytes()


@pytest.mark.parametrize("suffix", [".qgz", ".qgs"])
def test_project_reopens_in_a_fresh_qgis_without_prompt_or_secret_in_any_file(
    trusted_ca, arcgis_emulator, tmp_path, suffix
):
    server = add_users(arcgis_emulator(STANDALONE, features=1_500))
    plugin = load_plugin()
    try:
        connect(server)
        project = QgsProject.instance()
        project.clear()
        points, drawing = feature_layer(server), map_layer(server)
        assert points.isValid() and drawing.isValid()
        project.addMapLayers([points, drawing])
        project_path = tmp_path / f"secured{suffix}"
        assert project.write(str(project_path))
        project.clear()
    finally:
        plugin.unload()  # the connection stays stored, as when QGIS quits
    # The token stored in the EsriToken config dies too: only a fresh sign-in loads the layers.
    server.revoke_all_tokens()

    password_file = tmp_path / "master-password"
    password_file.write_text(MASTER_PASSWORD + "\n", encoding="utf-8")
    environment = dict(os.environ, QGIS_AUTH_PASSWORD_FILE=str(password_file))
    completed = subprocess.run(
        [sys.executable, "-c", REOPEN_SCRIPT.format(packages=str(PACKAGES_DIR), project_path=str(project_path))],
        env=environment, capture_output=True, text=True, timeout=180, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.loads(completed.stdout.split("RESULT ", 1)[1])
    assert result["read"] and result["unlocked"], "QGIS_AUTH_PASSWORD_FILE unlocked the auth DB, no prompt"
    layers = result["layers"]
    assert {entry["valid"] for entry in layers.values()} == {True}
    assert [entry["count"] for entry in layers.values() if "count" in entry] == [1_500]
    assert server.count("generateToken") == 2, "the fresh QGIS signed in again by itself"

    secrets = {USERS["alice"][0].encode()} | {r.token.encode() for r in provider_requests(server) if r.token}
    assert len(secrets) >= 2
    scanned = {
        "project": readable_bytes(project_path),
        "log": (completed.stdout + completed.stderr).encode(),
        **{str(path): path.read_bytes() for path in settings_files()},
    }
    for name, content in scanned.items():
        leaked = [secret for secret in secrets if secret in content]
        assert not leaked, f"a secret is in {name}"
    project_text = scanned["project"].decode("utf-8", "replace")
    assert "authcfg=" in project_text, "layers keep only the auth config id"


@pytest.fixture(autouse=True)
def forget_connections():
    yield
    plugin = load_plugin()
    unload_plugin(plugin)  # deletes every stored connection
