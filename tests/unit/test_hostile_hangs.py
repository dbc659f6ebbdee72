"""A server that accepts connections and never answers: every wait the engine controls is bounded.

A sign-in is several requests (discovery as a server, then as a portal, the
token, the transport check); each has its own timeout, and the sign-in as a
whole has one deadline (``sign_in_seconds``), so a hung server costs the
user that long, not the sum of every request's timeout.
"""

from __future__ import annotations

import time

import pytest
from arcgis_token_auth.plugin.core import errors

from tests.emulator.pytest_fixtures import add_users
from tests.unit.engine_harness import password_connection

SIGN_IN_SECONDS = 2.0
HANG_SECONDS = 8.0  # longer than the sign-in's budget, shorter than the harness's per-request timeouts added up


@pytest.mark.parametrize("hung", ["rest/info", "generateToken"])
def test_a_hung_server_fails_a_sign_in_within_its_deadline(harness, arcgis_emulator, hung):
    server = add_users(arcgis_emulator())
    server.add_fault("latency", hung, seconds=HANG_SECONDS)
    h = harness(sign_in_seconds=SIGN_IN_SECONDS)
    started = time.monotonic()
    result = h.engine.test_connection(password_connection(server.root_url))
    elapsed = time.monotonic() - started
    assert not result.ok and isinstance(result.error, errors.ServerTimeoutError)
    assert elapsed < SIGN_IN_SECONDS + 1.0, f"{elapsed:.1f} s"


def test_sign_in_raises_the_real_reason(harness, arcgis_server):
    h = harness(secrets={"alice": "wrong"})
    h.engine.add_connection(password_connection(arcgis_server.root_url))
    with pytest.raises(errors.InvalidCredentialsError):
        h.engine.sign_in(arcgis_server.services_url)
    with pytest.raises(LookupError):
        h.engine.sign_in("https://elsewhere.invalid/arcgis/rest/services")


def test_a_hung_transport_check_does_not_hold_the_sign_in_up(harness, arcgis_emulator):
    """The check is best effort: when its time runs out the token is still there, sent as Esri
    recommends, and the check is made again later."""
    server = add_users(arcgis_emulator())
    server.add_fault("latency", "/rest/services", seconds=HANG_SECONDS)
    h = harness(sign_in_seconds=SIGN_IN_SECONDS)
    started = time.monotonic()
    result = h.engine.test_connection(password_connection(server.root_url))
    assert result.ok and time.monotonic() - started < SIGN_IN_SECONDS + 1.0
