"""Soak: a secured layer read continuously across several token expiries never reads short.

Its length is a parameter: ``--soak-token-lifetime`` (seconds) times ``--soak-expiries``.
CI runs 4 s tokens across 5 expiries; ``--soak-token-lifetime 20`` is the issue's figure.
"""

from __future__ import annotations

import time

from qgis.core import QgsMapRendererSequentialJob, QgsRectangle

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import connect, feature_layer, load_plugin, map_layer, provider_requests, unload_plugin
from tests.qgis.rendering import painted_pixels, render

FEATURES = 400


def test_reads_never_fail_across_token_expiries(trusted_ca, arcgis_emulator, pytestconfig):
    lifetime = pytestconfig.getoption("soak_token_lifetime")
    expiries = pytestconfig.getoption("soak_expiries")
    server = add_users(arcgis_emulator(STANDALONE, features=FEATURES))
    server.settings.token_lifetime_seconds = lifetime
    plugin = load_plugin()
    try:
        connect(server)
        points, drawing = feature_layer(server), map_layer(server)
        assert points.isValid() and drawing.isValid()
        reads, short_reads, blank_renders = 0, [], 0
        deadline = time.monotonic() + lifetime * (expiries + 0.5)
        while time.monotonic() < deadline:
            points.dataProvider().reloadData()  # from the server, not the provider's cache
            count = sum(1 for _ in points.getFeatures())
            reads += 1
            if count != FEATURES:
                short_reads.append(count)
            if painted_pixels(render(drawing, QgsMapRendererSequentialJob, QgsRectangle(-180, -90, 180, 90), 64)) == 0:
                blank_renders += 1
    finally:
        unload_plugin(plugin)

    refused = [record for record in provider_requests(server) if record.error_code is not None]
    tokens_used = {record.token for record in provider_requests(server)}
    print(f"soak: {reads} reads over {expiries} expiries of {lifetime:g} s tokens, {len(tokens_used)} tokens used")
    assert reads >= expiries * 2
    assert short_reads == [] and blank_renders == 0
    assert refused == [], "no request ever carried an expired token"
    assert len(tokens_used) >= expiries, "the tokens really expired and were renewed during the soak"
