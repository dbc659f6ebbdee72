"""A slow, big emulated server: ``Settings.latency_seconds`` waits concurrently; a million points start fast."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import REFERER, add_users, request_token

LATENCY = 0.2


def test_latency_delays_every_request_and_concurrent_ones_wait_together(arcgis_emulator, emulator_ca):
    server = add_users(arcgis_emulator(features=100))
    server.settings.latency_seconds = LATENCY
    query = server.service_url("Public/Landmarks", "FeatureServer", 0) + "/query"
    local = threading.local()

    def ask(url: str) -> float:
        if not hasattr(local, "session"):  # a connection per thread, as parallel downloads have
            local.session = requests.Session()
            local.session.trust_env = False
            local.session.verify = str(emulator_ca.ca_file)
        started = time.perf_counter()
        reply = local.session.get(url, params={"f": "json", "where": "1=1", "resultRecordCount": "5"}, timeout=10)
        assert reply.status_code == 200 and len(reply.json()["features"]) == 5
        return time.perf_counter() - started

    assert ask(query) >= LATENCY
    for other in (f"{server.server_url}/rest/info", server.service_url("Nope", "FeatureServer"), server.token_url):
        started = time.perf_counter()
        local.session.get(other, params={"f": "json"}, timeout=10)  # any endpoint, an error too
        assert time.perf_counter() - started >= LATENCY
    with ThreadPoolExecutor(8) as pool:
        started = time.perf_counter()
        each = list(pool.map(ask, [query] * 8))
        together = time.perf_counter() - started
    assert min(each) >= LATENCY
    assert together < 3 * LATENCY  # not 8 x 0.2 s: each waits on its own thread
    server.settings.latency_seconds = 0
    assert ask(query) < LATENCY


def test_a_million_points_start_fast_and_answer_by_id_quickly(arcgis_emulator, emulator_session):
    started = time.perf_counter()
    server = add_users(arcgis_emulator(STANDALONE, features=1_000_000))
    token = request_token(emulator_session, server.token_url)["token"]
    headers = {"X-Esri-Authorization": f"Bearer {token}", "Referer": REFERER}
    query = server.service_url("Demo/Points", "FeatureServer", 0) + "/query"
    form = {"f": "json", "objectIds": "1,500000,1000000", "outFields": "*"}
    features = emulator_session.post(query, data=form, headers=headers, timeout=30).json()["features"]
    assert time.perf_counter() - started < 5  # about 0.3 s: positions made in bulk, attributes computed when read
    assert [f["attributes"]["name"] for f in features] == ["Point 1", "Point 500000", "Point 1000000"]
    page = ",".join(str(oid) for oid in range(700_001, 702_001))
    started = time.perf_counter()
    reply = emulator_session.post(query, data={**form, "objectIds": page, "f": "pbf"}, headers=headers, timeout=30)
    assert reply.headers["Content-Type"] == "application/x-protobuf"
    assert time.perf_counter() - started < 2  # about 0.03 s
