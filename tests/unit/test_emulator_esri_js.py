"""Esri's own JavaScript client against the emulator: evidence that the emulator behaves as ArcGIS does.

@esri/arcgis-rest-request and @esri/arcgis-rest-feature-service (pinned in
tests/esri_js/package.json, installed by scripts/setup.sh) sign in and query
features in the emulator's ArcGIS-default mode: a standalone server (token in
the query, in a POST body, in X-Esri-Authorization), a portal with a federated
server (the client's own serverUrl exchange), and a server that only claims
federation: the portal refuses to issue a token for it, and Esri's client
sends it nothing — the rule the plugin follows.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

from tests.conftest import REPO_ROOT
from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import USERS, Enterprise, add_users

CHECK = REPO_ROOT / "tests" / "esri_js" / "check.mjs"
FEATURES = 40


def test_esris_javascript_client_signs_in_and_queries_the_emulator(arcgis_enterprise: Enterprise, arcgis_emulator):
    node = shutil.which("node")
    assert node, "Node.js is installed by scripts/setup.sh"
    assert (CHECK.parent / "node_modules" / "@esri" / "arcgis-rest-request").is_dir(), "npm ci in tests/esri_js"
    portal, federated = arcgis_enterprise
    standalone = add_users(arcgis_emulator(STANDALONE, features=FEATURES))
    liar = arcgis_emulator(STANDALONE, features=FEATURES)
    liar.settings.claimed_owning_system_url = portal.portal_url
    config = {
        "username": "alice",
        "password": USERS["alice"][0],
        "standalone": {"tokenUrl": standalone.token_url, "layer": standalone.service_url("Demo/Points", layer=0)},
        "portal": portal.portal_url,
        "federated": {"layer": federated.service_url("Demo/Points", layer=0)},
        "liar": {"layer": liar.service_url("Demo/Points", layer=0)},
    }
    env = dict(os.environ, NODE_EXTRA_CA_CERTS=str(portal.ca_file))
    child = subprocess.run([node, str(CHECK), json.dumps(config)], cwd=CHECK.parent, env=env, capture_output=True,
                           text=True, timeout=120, check=False)  # fmt: skip
    assert child.returncode == 0, child.stderr[-2000:]
    results = json.loads(child.stdout.strip().splitlines()[-1])
    print("Esri's JavaScript client against the emulator:", json.dumps(results, indent=1))
    assert results["standalone token in query/body"] == {"ok": True, "features": FEATURES, "hiddenFeatures": FEATURES}
    assert results["portal sign-in"]["ok"]
    assert results["federated server through the portal"] == {"ok": True, "features": 1000}  # the fixture's count
    refused = results["server that only claims the portal"]
    # Esri's client asks the portal for a token of that server, the portal refuses, and it stops there:
    # it never sends the portal token itself (the plugin's rule too).
    assert not refused["ok"] and "GENERATE_TOKEN_FOR_SERVER_FAILED" in refused["error"]
    assert liar.requests and not any(record.tokens for record in liar.requests)
    # How Esri's client sent its tokens: the emulator's log says it, and every one was accepted.
    sent = {record.transport for record in standalone.requests + federated.requests if record.token}
    assert {"param", "x-esri"} <= sent
