"""The emulator's faults on demand, its request log and counters, over HTTPS and HTTP."""

from __future__ import annotations

import time

import pytest
import requests

from tests.emulator import ArcGISEmulator
from tests.emulator.pytest_fixtures import REFERER, add_users, request_token


@pytest.fixture(params=["https", "http"])
def server(request, arcgis_emulator) -> ArcGISEmulator:
    emulator = add_users(arcgis_emulator(https=request.param == "https"))
    emulator.settings.allow_http_token = True
    return emulator


def info(session, server, **options) -> requests.Response:
    return session.get(
        f"{server.server_url}/rest/info", params={"f": "json"}, timeout=options.pop("timeout", 10), **options
    )


def test_latency_on_one_endpoint(server, emulator_session):
    server.add_fault("latency", "rest/info", seconds=0.3)
    started = time.monotonic()
    assert info(emulator_session, server).json()["authInfo"]["isTokenBasedSecurity"] is True
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    emulator_session.get(server.services_url, params={"f": "json"}, timeout=10)
    assert time.monotonic() - started < 0.3


def test_slow_token_endpoint_times_a_client_out(server, emulator_session):
    server.add_fault("latency", "generateToken", seconds=0.5, times=1)
    with pytest.raises(requests.Timeout):
        emulator_session.post(server.token_url, data={"f": "json"}, timeout=0.2)
    assert "token" in request_token(emulator_session, server.token_url)


def test_dropped_connection(server, emulator_session):
    fault = server.add_fault("drop", "rest/info", times=1)
    with pytest.raises(requests.ConnectionError):
        info(emulator_session, server)
    assert fault.hits == 1
    assert server.requests[-1].status == 0
    assert info(emulator_session, server).status_code == 200


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors(server, emulator_session, status):
    server.add_fault("server-error", "rest/info", status=status)
    reply = info(emulator_session, server)
    assert reply.status_code == status
    assert reply.headers["Content-Type"].startswith("text/html")


def test_html_login_page_instead_of_json(server, emulator_session):
    server.add_fault("login-page", "/rest/services")
    reply = emulator_session.get(server.services_url, params={"f": "json"}, timeout=10)
    assert reply.status_code == 200
    assert reply.headers["Content-Type"].startswith("text/html")
    assert "Sign In" in reply.text
    with pytest.raises(ValueError):
        reply.json()


def test_truncated_body(server, emulator_session):
    server.add_fault("truncated", "rest/info")
    try:
        reply = info(emulator_session, server)
    except requests.exceptions.ChunkedEncodingError:
        return  # a client that checks Content-Length sees a broken connection
    # requests 2.28 / urllib3 1.26 do not enforce Content-Length: the body is simply short.
    assert 0 < len(reply.content) < int(reply.headers["Content-Length"])
    with pytest.raises(ValueError):
        reply.json()


def test_non_json_body(server, emulator_session):
    server.add_fault("non-json", "rest/info")
    reply = info(emulator_session, server)
    assert reply.status_code == 200
    assert reply.headers["Content-Type"].startswith("application/json")
    with pytest.raises(ValueError):
        reply.json()


def test_empty_body(server, emulator_session):
    server.add_fault("empty-body", "rest/info", times=1)
    reply = info(emulator_session, server)
    assert (reply.status_code, reply.content, reply.headers["Content-Length"]) == (200, b"", "0")
    assert reply.headers["Content-Type"].startswith("application/json")
    server.add_fault("empty-body", "rest/info", status=503, times=1)
    assert info(emulator_session, server).status_code == 503
    assert info(emulator_session, server).json()["authInfo"]


def test_redirect_to_another_origin(server, arcgis_emulator, emulator_session):
    other = arcgis_emulator()
    server.add_fault("redirect", "generateToken", status=307, location=other.origin)
    form = {"username": "alice", "password": "alice-secret", "client": "referer", "referer": REFERER, "f": "json"}
    reply = emulator_session.post(server.token_url, data=form, allow_redirects=False, timeout=10)
    assert reply.status_code == 307
    assert reply.headers["Location"] == other.origin + server.site_path + "/tokens/generateToken"
    assert other.requests == []
    # A client that follows it re-sends the credentials to the other origin, which the log shows.
    emulator_session.post(server.token_url, data=form, timeout=10)
    assert other.requests[-1].form["password"] == "alice-secret"


def test_http_to_https_redirect(arcgis_emulator, emulator_session):
    server = arcgis_emulator(also_http=True)
    server.add_fault("redirect", location=server.origin, method="GET")
    http_info = f"{server.http_origin}{server.site_path}/rest/info?f=json"
    reply = emulator_session.get(http_info, allow_redirects=False, timeout=10)
    assert reply.headers["Location"] == f"{server.origin}{server.site_path}/rest/info?f=json"


def test_fault_filters_by_method_and_times(server, emulator_session):
    fault = server.add_fault("server-error", "rest/info", method="POST", times=2)
    assert info(emulator_session, server).status_code == 200
    post = f"{server.server_url}/rest/info"
    assert [emulator_session.post(post, data={"f": "json"}, timeout=10).status_code for _ in range(3)] == [
        502,
        502,
        200,
    ]
    assert fault.hits == 2
    server.add_fault("server-error")
    server.clear_faults()
    assert info(emulator_session, server).status_code == 200


def test_unknown_fault_kinds_are_refused(server):
    with pytest.raises(ValueError, match="unknown fault kind"):
        server.add_fault("explode")
    with pytest.raises(ValueError, match="location"):
        server.add_fault("redirect")


# ---------------------------------------------------------------- request log and counters


def test_request_log_records_what_each_request_carried(server, emulator_session):
    token = request_token(emulator_session, server.token_url)["token"]
    url = server.service_url("Demo/Points", "FeatureServer", 0)
    headers = {"X-Esri-Authorization": f"Bearer {token} ", "Referer": REFERER}
    emulator_session.get(url, params={"f": "json", "token": "in-query"}, headers=headers, timeout=10)
    generate, layer = server.requests
    assert (generate.method, generate.endpoint, generate.status) == ("POST", "generateToken", 200)
    assert generate.form["username"] == "alice"
    assert generate.query == {}
    assert generate.secure is server.https
    assert generate.client_ip == "127.0.0.1"
    assert (layer.method, layer.path, layer.endpoint) == (
        "GET",
        "/arcgis/rest/services/Demo/Points/FeatureServer/0",
        "layer",
    )
    assert layer.query == {"f": "json", "token": "in-query"}
    assert layer.header("X-Esri-Authorization") == f"Bearer {token} "
    assert layer.header("Referer") == REFERER
    assert layer.tokens == {"x-esri": token, "param": "in-query"}
    assert (layer.transport, layer.token) == ("x-esri", token)
    assert (layer.status, layer.error_code) == (200, None)


def test_request_log_records_errors_and_counts_endpoints(server, emulator_session):
    url = server.service_url("Demo/Points", "FeatureServer", 0) + "/query"
    for _ in range(3):
        emulator_session.get(url, params={"f": "json", "where": "1=1"}, timeout=10)
    request_token(emulator_session, server.token_url)
    assert server.count("query") == 3
    assert server.count("generateToken") == 1
    assert server.count("export") == 0
    assert [r.error_code for r in server.requests] == [499, 499, 499, None]
    server.clear_log()
    assert server.requests == []
    assert server.count("query") == 0


def test_faulted_requests_are_still_counted_by_endpoint(server, emulator_session):
    server.add_fault("server-error", "generateToken", times=2)
    for _ in range(3):
        emulator_session.post(server.token_url, data={"f": "json"}, timeout=10)
    assert server.count("generateToken") == 3
    assert [r.fault for r in server.requests] == ["server-error", "server-error", None]


def test_the_emulator_writes_nothing_to_stdout_or_stderr(server, emulator_session, capfd):
    token = request_token(emulator_session, server.token_url)["token"]
    emulator_session.get(server.services_url, params={"f": "json", "token": token}, timeout=10)
    server.add_fault("drop")
    with pytest.raises(requests.ConnectionError):
        info(emulator_session, server)
    captured = capfd.readouterr()
    assert captured.out == ""
    assert captured.err == ""
