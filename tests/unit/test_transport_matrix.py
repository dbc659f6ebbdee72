"""Where a server reads tokens decides how each request kind carries one — found out, never assumed.

Each row is a kind of server seen in the wild (see tests/emulator/README.md):
which transports it reads, and where a token it does not read gets 498 rather
than being ignored. The engine must pick, per request kind, the first
transport in Esri's order of preference (X-Esri-Authorization, the
Authorization headers, the POST body, the query string) that the server
verifiably reads, and every request must then succeed.
"""

from __future__ import annotations

import pytest
import requests
from arcgis_token_auth.plugin.core.transport import DECOY_TOKEN, Transport

from tests.emulator import BEARER, BODY, PARAM, RAW_AUTHORIZATION, X_ESRI
from tests.emulator.pytest_fixtures import add_users
from tests.unit.engine_harness import password_connection

MATRIX = {
    # name: (transports read, transports refused with 498, expected GET, expected POST)
    "arcgis": ({X_ESRI, BEARER, PARAM, BODY}, set(), Transport.X_ESRI, Transport.X_ESRI),
    "query-only, body refused": ({PARAM}, {BODY}, Transport.PARAM, Transport.PARAM),
    "query and raw Authorization, body refused": (
        {PARAM, RAW_AUTHORIZATION}, {BODY}, Transport.AUTHORIZATION, Transport.AUTHORIZATION),
    "query and body": ({PARAM, BODY}, set(), Transport.PARAM, Transport.BODY),
    "Authorization: Bearer only": ({BEARER}, set(), Transport.BEARER, Transport.BEARER),
    "X-Esri only, others refused": ({X_ESRI}, {PARAM, BODY, BEARER}, Transport.X_ESRI, Transport.X_ESRI),
}  # fmt: skip


def send(url: str, auth, method: str, ca_file) -> dict:
    """A request as the plugin sends it: headers, the rewritten URL, or the form fields."""
    if method == "GET":
        return requests.get(auth.url or url, headers=dict(auth.headers), verify=str(ca_file), timeout=5).json()
    return requests.post(auth.url or url, data={"f": "json", **auth.form}, headers=dict(auth.headers),
                         verify=str(ca_file), timeout=5).json()  # fmt: skip


@pytest.mark.parametrize("kind", MATRIX)
def test_each_request_kind_uses_a_transport_verified_for_that_server(harness, arcgis_emulator, kind):
    reads, refuses, expected_get, expected_post = MATRIX[kind]
    server = add_users(arcgis_emulator())
    server.settings.transports, server.settings.rejected_transports = set(reads), set(refuses)
    layer = server.service_url("Demo/Points", layer=0)
    h = harness()

    result = h.engine.test_connection(password_connection(layer))
    assert result.ok, result.error
    assert (result.transport, result.post_transport) == (expected_get, expected_post)

    h.engine.add_connection(password_connection(layer))
    for method, url in (("GET", layer + "?f=json"), ("POST", layer)):
        auth = h.engine.auth_for_request(url, may_block=True, method=method)
        answer = send(url, auth, method, server.ca_file)
        assert answer.get("name") == "Points", (method, answer)
    # Every request that carried the real token was answered without a token error.
    real = [r for r in server.requests if r.token and r.token != DECOY_TOKEN]
    assert real and all(r.error_code is None for r in real if r.endpoint == "layer" and r.transport)


def test_a_probe_on_a_missing_catalog_does_not_decide(harness, arcgis_emulator):
    """A server without rest/services answers 404 to every probe there: that proves nothing, so the
    layer URL the user gave is where the check happens (Test Connection and layers alike)."""
    server = add_users(arcgis_emulator())
    server.settings.catalog = False
    server.settings.transports, server.settings.rejected_transports = {PARAM}, {BODY}
    h = harness()
    result = h.engine.test_connection(password_connection(server.service_url("Demo/Points", layer=0)))
    assert (result.transport, result.post_transport) == (Transport.PARAM, Transport.PARAM)
    assert not any(r.endpoint == "catalog" for r in server.requests)
