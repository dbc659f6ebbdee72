"""QGIS Server's engine (QgsServer.handleRequest) with the plugin loaded as QGIS Server loads it.

Each test runs a QGIS Server process (:mod:`tests.server.host`) over a profile set up as an
administrator does in QGIS desktop: a project with a secured feature layer and a secured map
layer, whose connection lives in the server profile's auth DB (unlocked with
QGIS_AUTH_PASSWORD_FILE). The emulator's tokens live a few seconds, so that the requests span
several token lifetimes; nothing runs in the server process between requests.
"""

from __future__ import annotations

import json
import time

import pytest
from qgis.PyQt.QtGui import QImage

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.emulator.settings import PARAM
from tests.server.host import GUI_MODULES, Answer, ServerProcess, ServerProfile

POINTS = "Demo/Points"  # one of the emulator's default services
FEATURES = 40
TOKEN_LIFETIME = 4.0  # seconds
LIFETIMES = 3


def painted(answer: Answer) -> int:
    """Non-transparent pixels of a PNG answer (0 for anything else)."""
    image = QImage.fromData(answer.body, "PNG")
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha())


class Published:
    """A published project with secured layers, and the requests a web client makes of it."""

    def __init__(self, server, profile: ServerProfile, made: dict) -> None:
        self.emulator = server
        self.profile = profile
        self.connection_id = made["connections"][0]
        self.project = made["project"]

    def ows(self, **params: str) -> str:
        return "&".join(f"{key}={value}" for key, value in {"MAP": self.project, **params}.items())

    def get_map(self, layer: str) -> str:
        return self.ows(
            SERVICE="WMS", VERSION="1.3.0", REQUEST="GetMap", LAYERS=layer, STYLES="",
            CRS="EPSG:4326", BBOX="-90,-180,90,180", WIDTH="64", HEIGHT="32", FORMAT="image/png", TRANSPARENT="true",
        )  # fmt: skip

    def get_feature_info(self) -> str:
        return self.ows(
            SERVICE="WMS", VERSION="1.3.0", REQUEST="GetFeatureInfo", LAYERS="features", QUERY_LAYERS="features",
            STYLES="", CRS="EPSG:4326", BBOX="-90,-180,90,180", WIDTH="64", HEIGHT="32", I="32", J="16",
            INFO_FORMAT="application/json", FEATURE_COUNT="1000", FI_POINT_TOLERANCE="64",
        )  # fmt: skip

    def get_feature(self) -> str:
        return self.ows(SERVICE="WFS", VERSION="1.1.0", REQUEST="GetFeature", TYPENAME="features",
                        OUTPUTFORMAT="application/json")  # fmt: skip


def publish(arcgis_emulator, emulator_ca, tmp_path, *, keep_connections: bool = True, **connection) -> Published:
    """``connection``: more of the connection's options (``api.add_connection``'s)."""
    server = add_users(arcgis_emulator(STANDALONE, features=FEATURES))
    profile = ServerProfile(tmp_path / "qgis-server")
    connection = {"url": server.root_url, "username": "alice", "password": USERS["alice"][0], "name": "City GIS",
                  **connection}  # fmt: skip
    if connection.get("web_tier") == "windows":
        server.settings.web_tier = "ntlm"
        server.add_web_tier_user("alice", USERS["alice"][0])
    made = profile.provision(
        keep_connections=keep_connections,
        ca_file=emulator_ca.ca_file,
        connections=[connection],
        layers=[
            {"kind": "feature", "url": server.service_url(POINTS, "FeatureServer", 0), "name": "features"},
            {"kind": "map", "url": server.service_url(POINTS, "MapServer"), "name": "drawing"},
        ],
    )
    server.revoke_all_tokens()  # provisioning signed in: the server processes start without a token
    server.clear_log()
    server.settings.token_lifetime_seconds = TOKEN_LIFETIME
    return Published(server, profile, made)


@pytest.fixture
def published(arcgis_emulator, emulator_ca, tmp_path) -> Published:
    return publish(arcgis_emulator, emulator_ca, tmp_path)


@pytest.fixture
def published_for_declared(arcgis_emulator, emulator_ca, tmp_path) -> Published:
    """The project only: the server profile holds no connection, the deployment declares it."""
    return publish(arcgis_emulator, emulator_ca, tmp_path, keep_connections=False)


def failures_of(answers: dict[str, Answer]) -> list[str]:
    """What is wrong with one round of a web client's requests (empty: nothing)."""
    failed = []
    for layer in ("features", "drawing"):
        get_map = answers[f"GetMap {layer}"]
        if get_map.status != 200 or get_map.content_type != "image/png" or painted(get_map) == 0:
            failed.append(
                f"GetMap of {layer}: {get_map.status} {get_map.content_type} {painted(get_map)} px"
                f" {get_map.body[:300]!r}"
            )
    for service in ("WMS", "WFS"):
        capabilities = answers[f"{service} GetCapabilities"]
        if capabilities.status != 200 or b"features" not in capabilities.body:
            failed.append(f"{service} GetCapabilities {capabilities.status}: {capabilities.body[:120]!r}")
    info, features = answers["GetFeatureInfo"], answers["GetFeature"]
    info_features = json.loads(info.body).get("features", []) if info.status == 200 else None
    if not info_features:
        failed.append(f"GetFeatureInfo {info.status}: {info.body[:120]!r}")
    count = len(json.loads(features.body).get("features", [])) if features.status == 200 else None
    if count != FEATURES:
        failed.append(f"GetFeature {features.status}: {count} features")
    return failed


def round_of_requests(process: ServerProcess, published: Published) -> dict[str, Answer]:
    return {
        "WMS GetCapabilities": process.get(published.ows(SERVICE="WMS", REQUEST="GetCapabilities")),
        "WFS GetCapabilities": process.get(published.ows(SERVICE="WFS", REQUEST="GetCapabilities")),
        "GetMap features": process.get(published.get_map("features")),
        "GetMap drawing": process.get(published.get_map("drawing")),
        "GetFeatureInfo": process.get(published.get_feature_info()),
        "GetFeature": process.get(published.get_feature()),
    }


def rounds_served(published: Published, rounds: int) -> list[dict[str, Answer]]:
    """``rounds`` rounds of a web client's requests, answered by a new server process."""
    process = ServerProcess(published.profile)
    try:
        return [round_of_requests(process, published) for _ in range(rounds)]
    finally:
        process.stop()


def test_a_server_process_serves_secured_layers_across_token_lifetimes_without_a_failure(published):
    process = ServerProcess(published.profile)
    try:
        assert process.plugins == ["arcgis_token_auth"]
        rounds, failed, answers = 0, [], []
        deadline = time.monotonic() + TOKEN_LIFETIME * (LIFETIMES + 0.5)
        while time.monotonic() < deadline:
            answered = round_of_requests(process, published)
            answers += answered.values()
            failed += failures_of(answered)
            rounds += 1
            time.sleep(0.2)  # the process idles between requests, as a FastCGI process does
    finally:
        process.stop()
    sign_ins = published.emulator.count("generateToken")
    print(f"\n{rounds} rounds of WMS/WFS GetCapabilities, 2 GetMap, GetFeatureInfo, WFS GetFeature over "
          f"{LIFETIMES} token lifetimes of {TOKEN_LIFETIME:g} s: {len(failed)} failed, "
          f"{sign_ins} token requests")  # fmt: skip
    assert not failed
    assert rounds >= 2 * LIFETIMES
    # One sign-in, then a renewal every time the token turns stale (at half its life for tokens this short).
    assert LIFETIMES <= sign_ins <= 2 * (LIFETIMES + 1) + 1
    assert_no_token_leaked(published, answers)


def test_a_server_process_serves_layers_behind_a_windows_web_tier(arcgis_emulator, emulator_ca, tmp_path):
    """QGIS Server renders on its main thread, where QGIS's handler of a sign-in challenge answers nothing:
    the plugin answers the web tier's NTLM challenges for the connection's server."""
    published = publish(arcgis_emulator, emulator_ca, tmp_path, web_tier="windows")
    answers = rounds_served(published, 2)
    assert not failures_of(answers[0]) and not failures_of(answers[1])
    from_qgis = [r for r in published.emulator.requests if "ArcGIS-Token-Auth" not in (r.header("User-Agent") or "")]
    handshakes = [record for record in from_qgis if (record.header("Authorization") or "").startswith("NTLM ")]
    signed_in = [record for record in from_qgis if not record.web_tier_refused]
    assert handshakes and signed_in and {record.web_tier_user for record in signed_in} == {"alice"}
    assert [record.path for record in signed_in if record.token is None or record.error_code is not None] == []
    assert_no_token_leaked(published, [answer for answered in answers for answer in answered.values()])


def test_a_token_the_arcgis_server_refuses_is_renewed_and_the_next_request_works(published):
    published.emulator.settings.token_lifetime_seconds = 3600.0
    process = ServerProcess(published.profile)
    try:
        assert not failures_of(round_of_requests(process, published))
        published.emulator.revoke_all_tokens()  # ArcGIS Server restarted: every token answers 498
        # The request that meets the 498 fails (QGIS's providers never send a request twice, and QGIS
        # Server answers a layer that did not draw with an error); the plugin renews the token.
        refused_round = round_of_requests(process, published)
        after = round_of_requests(process, published)
    finally:
        process.stop()
    assert not failures_of(after)
    refused = [r for r in published.emulator.requests if r.error_code == 498]
    assert refused, "the revoked token was refused"
    assert published.emulator.count("generateToken") == 2
    # The error answer of the request that met the refusal holds no token either.
    assert_no_token_leaked(published, [*refused_round.values(), *after.values()])


def test_the_server_plugin_loads_without_any_gui_module(published):
    process = ServerProcess(published.profile, block_gui=True)  # every GUI module refused on import
    try:
        assert process.plugins == ["arcgis_token_auth"]
        loaded = [m for m in process.plugin_modules if m in GUI_MODULES or m.startswith(GUI_MODULES)]
        assert loaded == []
        assert "arcgis_token_auth.plugin.server" in process.plugin_modules
        assert not failures_of(round_of_requests(process, published))
    finally:
        process.stop()


def test_a_server_without_the_master_password_says_why_its_layers_cannot_load(published):
    published.profile.password_file.unlink()  # no QGIS_AUTH_PASSWORD_FILE
    process = ServerProcess(published.profile)
    try:
        answer = process.get(published.get_feature())
    finally:
        process.stop()
    assert answer.status != 200 or b'"features": []' in answer.body or b'"features":[]' in answer.body
    assert published.emulator.count("generateToken") == 0
    assert USERS["alice"][0].encode() not in answer.body
    log = published.profile.log_text()
    assert "QGIS_AUTH_PASSWORD_FILE" in log


def assert_no_token_leaked(published: Published, answers: list[Answer]) -> None:
    tokens = published.emulator.issued_tokens()
    assert tokens
    log = published.profile.log_text()
    for token in tokens:
        assert token not in log, "a token in the QGIS Server log"
        for answer in answers:
            assert token.encode() not in answer.body, "a token in an answer"
            assert all(token not in value for value in answer.headers.values())
    assert USERS["alice"][0] not in log


def test_a_connection_declared_in_environment_variables_serves_the_published_project(published_for_declared):
    published = published_for_declared
    secret_file = published.profile.root / "arcgis-secret"  # as Docker and Kubernetes mount secrets
    secret_file.write_text(USERS["alice"][0] + "\n", encoding="utf-8")
    published.profile.extra_environment = {
        "ARCGIS_TOKEN_AUTH_URL": published.emulator.root_url,
        "ARCGIS_TOKEN_AUTH_ID": published.connection_id,  # the authcfg id the project's layers name
        "ARCGIS_TOKEN_AUTH_USERNAME": "alice",
        "ARCGIS_TOKEN_AUTH_SECRET_FILE": str(secret_file),
    }
    answers = rounds_served(published, 2)
    assert not failures_of(answers[0]) and not failures_of(answers[1])
    assert published.emulator.count("generateToken") == 1
    log = published.profile.log_text()
    assert f"1 connection(s) declared by the deployment: {published.connection_id}" in log
    assert_no_token_leaked(published, [answer for answered in answers for answer in answered.values()])
    config = published.profile.config / "profiles" / "default"
    assert USERS["alice"][0].encode() not in b"".join(p.read_bytes() for p in config.rglob("*") if p.is_file())


def test_connections_declared_in_a_file_are_used_and_a_broken_one_is_named_in_the_log(published_for_declared):
    published = published_for_declared
    declared = published.profile.root / "connections.json"
    declared.write_text(json.dumps([
        {"id": published.connection_id, "name": "City GIS", "url": published.emulator.root_url,
         "credential": "password", "username": "alice", "secret_env": "CITY_GIS_PASSWORD"},
        {"id": "broken1", "url": published.emulator.root_url, "username": "bob"},  # no secret
    ]))  # fmt: skip
    published.profile.extra_environment = {
        "ARCGIS_TOKEN_AUTH_CONNECTIONS": str(declared),
        "CITY_GIS_PASSWORD": USERS["alice"][0],
    }
    (answers,) = rounds_served(published, 1)
    assert not failures_of(answers)
    log = published.profile.log_text()
    assert f"Connection 2 of {declared} is not used: it needs exactly one of secret, secret_file, secret_env" in log
    assert_no_token_leaked(published, list(answers.values()))


def test_a_server_that_reads_tokens_only_in_urls_gets_them_there_and_no_log_line_holds_one(published):
    published.emulator.settings.transports = {PARAM}  # an older GeoServices server: token=… only
    answers = rounds_served(published, 2)
    assert not failures_of(answers[0]) and not failures_of(answers[1])
    signed = [r for r in published.emulator.requests if r.endpoint in ("query", "export") and r.token]
    assert signed and all(r.transport == PARAM for r in signed), "the token went where this server reads it"
    assert_no_token_leaked(published, [answer for answered in answers for answer in answered.values()])
