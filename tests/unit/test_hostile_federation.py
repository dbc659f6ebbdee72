"""Servers that only *claim* to belong to a portal never get the portal's token.

A server's ``rest/info`` may name any portal in ``owningSystemUrl``. If the
plugin then sent it the user's portal token, the server could replay that
token at the portal as the user. The portal token goes only to the portal and
to the servers the portal itself lists (``portals/self/servers``); anywhere
else the portal must exchange it for a token of that server alone, and when
it refuses, the user gets an error saying why.
"""

from __future__ import annotations

from arcgis_token_auth.plugin.core import errors
from arcgis_token_auth.plugin.core.connection import Connection

from tests.emulator import STANDALONE, ArcGISEmulator
from tests.emulator.pytest_fixtures import Enterprise
from tests.unit.engine_harness import call, password_connection


def liar(arcgis_emulator, portal_url: str) -> ArcGISEmulator:
    """A standalone server whose rest/info says it belongs to ``portal_url``; the portal disagrees."""
    server = arcgis_emulator(STANDALONE)
    server.settings.claimed_owning_system_url = portal_url
    return server


def tokens_received(server: ArcGISEmulator) -> list:
    return [record.tokens for record in server.requests if record.tokens]


def signed_in_to(harness, hostile: ArcGISEmulator):
    """A password connection to the liar's layer, asked for a token: refused, and nothing sent there."""
    h = harness()
    url = hostile.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url))
    assert h.engine.auth_for_request(url, may_block=True) is None
    assert any(isinstance(error, errors.NotFederatedError) for error in h.errors())
    assert tokens_received(hostile) == []
    return h, url


def test_a_server_claiming_a_portal_gets_no_portal_token(harness, arcgis_enterprise: Enterprise, arcgis_emulator):
    portal, _federated = arcgis_enterprise
    hostile = liar(arcgis_emulator, portal.portal_url)
    h, url = signed_in_to(harness, hostile)
    # The portal was asked for a token of that server, and refused: it does not know it.
    exchanges = [r for r in portal.requests if r.endpoint == "generateToken" and "serverUrl" in r.form]
    assert [r.form["serverUrl"] for r in exchanges] == [hostile.server_url]

    result = h.engine.test_connection(password_connection(url))
    assert not result.ok and isinstance(result.error, errors.NotFederatedError)
    assert hostile.server_url.split("/arcgis")[0] in str(result.error) and portal.origin in str(result.error)
    assert tokens_received(hostile) == []


def test_a_server_claiming_arcgis_online_gets_no_org_token(harness, arcgis_online: ArcGISEmulator, arcgis_emulator):
    h, _url = signed_in_to(harness, liar(arcgis_emulator, arcgis_online.portal_url))
    # ArcGIS Online's own hosted services still take the org's token as it is.
    hosted = arcgis_online.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(hosted, id="c2"))
    assert "error" not in call(hosted + "?f=json", h.engine.auth_for_request(hosted, may_block=True),
                               arcgis_online.ca_file)  # fmt: skip


def test_an_api_key_goes_only_to_servers_the_portal_lists(harness, arcgis_enterprise: Enterprise, arcgis_emulator):
    portal, federated = arcgis_enterprise
    key = portal.add_api_key()
    hostile = liar(arcgis_emulator, portal.portal_url)
    h = harness(secrets={"k": key})
    for index, target in enumerate((hostile, federated)):
        h.engine.add_connection(Connection(f"k{index}", "Key", target.services_url, credential="api_key",
                                           username="k"))  # fmt: skip
    assert h.engine.auth_for_request(hostile.service_url("Demo/Points", layer=0), may_block=True) is None
    assert tokens_received(hostile) == []
    listed = federated.service_url("Demo/Points", layer=0)
    assert "error" not in call(listed + "?f=json", h.engine.auth_for_request(listed, may_block=True),
                               federated.ca_file)  # fmt: skip


def test_exchange_refused_by_a_listed_server_still_uses_the_portal_token(harness, arcgis_enterprise: Enterprise):
    """The other side of the rule: hosted-data-store servers the portal lists keep working."""
    server = arcgis_enterprise.server
    server.settings.token_exchange_fails = True
    h = harness()
    url = server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url))
    assert "error" not in call(url + "?f=json", h.engine.auth_for_request(url, may_block=True), server.ca_file)
    assert h.errors() == []


def test_a_failed_look_at_the_portals_servers_is_asked_again(harness, arcgis_enterprise: Enterprise):
    """A network failure listing the servers is no answer: a listed server is not refused for good."""
    portal, server = arcgis_enterprise
    server.settings.token_exchange_fails = True
    portal.add_fault("server-error", "portals/self/servers", status=502, times=2)
    h = harness()
    url = server.service_url("Demo/Points", layer=0)
    h.engine.add_connection(password_connection(url))
    assert h.engine.auth_for_request(url, may_block=True) is None  # the portal could not say: nothing sent
    h.engine.renew_now("c1")
    h.wait_for(lambda: h.engine.token_info(url) is not None)
    assert "error" not in call(url + "?f=json", h.engine.auth_for_request(url, may_block=True), server.ca_file)
