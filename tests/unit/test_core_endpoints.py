"""A server may read tokens in other places on other endpoints: the engine checks each one it meets.

ArcGIS Server answers ``<root>/services/…`` (SOAP and OGC: WMS) with another handler
than its REST API, and Esri documents only ``token=`` there (tests/emulator/ogc.py).
The engine must send the token in the URL there — and on no other path of that
server — and only after checking, as it checks the REST API at sign-in.
"""

from __future__ import annotations

import pytest
import requests
from arcgis_token_auth.plugin.core.transport import (
    DECOY_TOKEN,
    Endpoint,
    Transport,
    endpoint_of,
    token_parameters,
    without_token_parameter,
)
from arcgis_token_auth.plugin.core.urls import locate

from tests.emulator import ARCGIS_TRANSPORTS, Service
from tests.emulator.pytest_fixtures import add_users
from tests.unit.engine_harness import password_connection

SERVICES = [Service("Maps/Cached", types=("MapServer",), cached=True, wms=True)]
WMS_QUERY = "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities"


def segments(url: str) -> tuple[str, ...]:
    return locate(url).segments


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://h/arcgis/services/A/MapServer/WMSServer", Endpoint.OGC),
        ("https://h/ArcGIS/Services/A/MapServer/WmsServer?request=GetMap", Endpoint.OGC),
        ("https://h/arcgis/rest/services/A/MapServer/WMTS/1.0.0/WMTSCapabilities.xml", Endpoint.REST),
        ("https://h/arcgis/rest/services/A/MapServer/tile/1/2/3", Endpoint.REST),
        ("https://h/arcgis/servicesx/A", Endpoint.REST),
        ("https://h/arcgis", Endpoint.REST),
    ],
)
def test_which_handler_a_url_reaches(url, expected):
    assert endpoint_of(segments("https://h/arcgis"), segments(url)) is expected


def test_token_parameters_are_found_and_removed_and_nothing_else():
    url = "https://h/a/WmsServer?SERVICE=WMS&Token=t%2F1&x=token&%74oken=t2#frag"
    assert token_parameters(url) == ["t/1", "t2"]
    assert without_token_parameter(url) == "https://h/a/WmsServer?SERVICE=WMS&x=token#frag"
    assert token_parameters("https://h/a?%74oken=t") == [], "only spelt plainly: see token_parameters"
    assert without_token_parameter("https://h/a?token=t") == "https://h/a"
    assert token_parameters("https://h/a?tokens=1") == [] and without_token_parameter("https://h/a?x=1") == "https://h/a?x=1"


@pytest.fixture
def server(arcgis_emulator):
    return add_users(arcgis_emulator(features=200, services=SERVICES))


def wms_url(server) -> str:
    return f"{server.server_url}/services/Maps/Cached/MapServer/WMSServer"


def send(url, auth, ca_file) -> requests.Response:
    return requests.get(auth.url or url, headers=dict(auth.headers), verify=str(ca_file), timeout=5)


def real_token_transports(server, endpoint: str) -> set:
    return {r.transport for r in server.requests if r.endpoint == endpoint and r.token and r.token != DECOY_TOKEN}


def test_the_token_goes_in_the_url_only_where_it_is_read_nowhere_else(harness, server):
    h = harness()
    h.engine.add_connection(password_connection(server.root_url))
    rest = server.service_url("Maps/Cached", "MapServer") + "?f=json"
    ogc = wms_url(server) + WMS_QUERY

    rest_auth = h.engine.auth_for_request(rest, may_block=True)
    ogc_auth = h.engine.auth_for_request(ogc, may_block=True)
    assert rest_auth.url is None and set(rest_auth.headers) == {"X-Esri-Authorization", "Referer"}
    assert ogc_auth.url is not None and token_parameters(ogc_auth.url) and set(ogc_auth.headers) == {"Referer"}
    assert send(ogc, ogc_auth, server.ca_file).content.startswith(b"<?xml")
    assert "error" not in send(rest, rest_auth, server.ca_file).json()
    # The check of the OGC endpoint: headers ignored (499), token= read (decoy 498), then accepted.
    codes = [(r.transport, r.error_code) for r in server.requests if r.endpoint == "wms-capabilities"]
    assert codes[-3:] == [("param", 498), ("param", None), ("param", None)]
    assert real_token_transports(server, "wms-capabilities") == {"param"}
    assert real_token_transports(server, "service") == {"x-esri"}
    # Later requests reuse what was found: no more checks.
    before = len(server.requests)
    h.engine.auth_for_request(wms_url(server) + "?REQUEST=GetMap", may_block=True)
    h.engine.auth_for_request(rest, may_block=True)
    assert len(server.requests) == before


def test_an_ogc_handler_that_reads_headers_gets_a_header(harness, server):
    server.settings.ogc_transports = set(ARCGIS_TRANSPORTS)
    h = harness()
    h.engine.add_connection(password_connection(server.root_url))
    ogc = wms_url(server) + WMS_QUERY + "&token=old-one-from-capabilities"
    auth = h.engine.auth_for_request(ogc, may_block=True)
    assert set(auth.headers) == {"X-Esri-Authorization", "Referer"}
    assert auth.url is not None and not token_parameters(auth.url), "a header-signed URL keeps no token="
    assert send(ogc, auth, server.ca_file).content.startswith(b"<?xml")


def test_on_the_main_thread_an_unchecked_endpoint_gets_a_header_until_checked_off_it(harness, server):
    h = harness()
    h.engine.add_connection(password_connection(server.root_url))
    h.engine.sign_in(server.root_url)
    ogc = wms_url(server) + WMS_QUERY
    first = h.engine.auth_for_request(ogc, may_block=False)
    assert first.url is None and "X-Esri-Authorization" in first.headers, "never the URL before the check"
    h.wait_for(lambda: h.engine.auth_for_request(ogc, may_block=False).url is not None)
    assert send(ogc, h.engine.auth_for_request(ogc, may_block=False), server.ca_file).content.startswith(b"<?xml")


def test_sign_in_at_an_ogc_url_checks_that_endpoint_before_the_layer_opens(harness, server):
    h = harness()
    h.engine.add_connection(password_connection(server.root_url))
    h.engine.sign_in(wms_url(server) + WMS_QUERY)
    assert h.engine.auth_for_request(wms_url(server) + WMS_QUERY, may_block=False).url is not None


def test_a_refusal_on_one_endpoint_checks_that_endpoint_again_and_not_the_others(harness, server):
    h = harness()
    h.engine.add_connection(password_connection(server.root_url))
    ogc = wms_url(server) + WMS_QUERY
    rest = server.service_url("Maps/Cached", "MapServer") + "?f=json"
    h.engine.auth_for_request(ogc, may_block=True)
    server.settings.ogc_transports = set(ARCGIS_TRANSPORTS)  # reconfigured: its OGC handler reads headers now
    sent = h.engine.auth_for_request(ogc, may_block=True)
    assert h.engine.invalidate(ogc, token_parameters(sent.url)[0])
    rest_checks = sum(1 for r in server.requests if r.endpoint == "catalog")
    auth = h.engine.auth_for_request(ogc, may_block=True)
    assert auth.url is None and "X-Esri-Authorization" in auth.headers
    assert h.engine.auth_for_request(rest, may_block=True).url is None
    assert sum(1 for r in server.requests if r.endpoint == "catalog") == rest_checks, "the REST API was not re-checked"


def test_a_fixed_transport_applies_to_every_endpoint(harness, server):
    h = harness()
    h.engine.add_connection(password_connection(server.root_url, transport="x-esri"))
    auth = h.engine.auth_for_request(wms_url(server) + WMS_QUERY, may_block=True)
    assert auth.url is None and "X-Esri-Authorization" in auth.headers
    assert not [r for r in server.requests if r.endpoint == "wms-capabilities"], "nothing checked"


def test_a_token_is_taken_off_a_url_of_another_origin_and_only_the_engines(harness, server, arcgis_emulator):
    other = arcgis_emulator()
    h = harness()
    h.engine.add_connection(password_connection(server.root_url))
    ogc = wms_url(server) + WMS_QUERY
    token = token_parameters(h.engine.auth_for_request(ogc, may_block=True).url)[0]
    elsewhere = f"{other.server_url}/services/Maps/Cached/MapServer/WmsServer?token={token}&REQUEST=GetMap"
    assert h.engine.auth_for_request(elsewhere, may_block=True) is None
    unsigned = f"{other.server_url}/services/Maps/Cached/MapServer/WmsServer?REQUEST=GetMap"
    assert h.engine.unsigned_url(elsewhere) == unsigned
    assert h.engine.unsigned_url(elsewhere.replace(token, "someone-elses")) is None
    assert h.engine.unsigned_url(f"{other.server_url}/rest/services?f=json") is None


def test_detect_transports_checks_only_the_methods_asked():
    from arcgis_token_auth.plugin.core.transport import INVALID_TOKEN, detect_transports

    asked = []

    def probe(method, transport, value):
        asked.append(method)
        return INVALID_TOKEN if value == DECOY_TOKEN and transport is Transport.PARAM else None

    assert detect_transports(probe, "real", ("GET",)) == (Transport.PARAM, None)
    assert set(asked) == {"GET"}
