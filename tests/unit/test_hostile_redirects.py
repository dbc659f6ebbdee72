"""Credentials and tokens the engine sends follow a redirect only within their server root.

Same origin is not same server: ``https://host/arcgis`` and ``https://host/other``
may be two web applications of two owners. A 307 keeps the method and body, so
following one out of the root would re-POST the password to the other one.
"""

from __future__ import annotations

import pytest
from arcgis_token_auth.plugin.core import errors

from tests.emulator.pytest_fixtures import add_users
from tests.unit.engine_harness import password_connection


def carried_a_secret(record) -> bool:
    return bool(record.tokens) or "password" in record.form


@pytest.mark.parametrize("status", [307, 308])
def test_a_redirect_to_another_path_on_the_same_host_gets_no_password(harness, arcgis_emulator, status):
    server = add_users(arcgis_emulator())
    server.add_fault("redirect", "generateToken", location=f"{server.origin}/other", status=status)
    result = harness().engine.test_connection(password_connection(server.services_url))
    assert isinstance(result.error, errors.RedirectRefusedError)
    assert f"{server.origin}/other/" in str(result.error)
    elsewhere = [record for record in server.requests if record.path.startswith("/other/")]
    assert elsewhere == []


def test_a_redirect_within_the_root_is_followed(harness, arcgis_emulator):
    """The rule is the root, not the exact path: /arcgis/tokens → /arcgis/tokens/generateToken is fine."""
    server = add_users(arcgis_emulator())
    server.add_fault("redirect", "generateToken", location=server.origin, status=307, times=1)
    assert harness().engine.test_connection(password_connection(server.services_url)).ok


@pytest.mark.parametrize("target", ["another origin", "another path"])
def test_tokens_sent_by_the_engine_stay_in_the_root(harness, arcgis_enterprise, arcgis_emulator, target):
    """The portal's own API calls (portals/self/servers) carry the portal token: a redirect out of
    the portal's root must not take it along."""
    portal, _server = arcgis_enterprise
    other = arcgis_emulator()
    location = other.origin if target == "another origin" else f"{portal.origin}/elsewhere"
    portal.add_fault("redirect", "portals/self/servers", location=location, status=302)
    h = harness()
    h.engine.add_connection(password_connection(portal.portal_url))
    assert h.engine.auth_for_request(portal.portal_url + "/sharing/rest/portals/self", may_block=True)
    assert portal.count("portals/self/servers") == 1  # it was asked, and redirected
    assert [r for r in other.requests if carried_a_secret(r)] == []
    assert [r for r in portal.requests if r.path.startswith("/elsewhere") and carried_a_secret(r)] == []
