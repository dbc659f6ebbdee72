"""``qgis_process`` end to end: the plugin enabled in a throwaway profile, the emulator over HTTPS.

The emulator runs on threads of the pytest process; qgis_process reaches it
over loopback and trusts its CA through the profile's auth DB. Each run is a
new qgis_process: nothing can be left over from the pytest process's QGIS.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from arcgis_token_auth.plugin.core.transport import DECOY_TOKEN
from qgis.core import QgsVectorLayer

from tests.emulator import STANDALONE, ArcGISEmulator, Service
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.processing import MODEL, QgisProcessProfile
from tests.qgis.integration import POINTS

FEATURES = 12_000
MAX_RECORD_COUNT = 2000
CONNECTION_NAME = "Emulated server"


@pytest.fixture(scope="module")
def server(emulator_ca):
    emulator = add_users(
        ArcGISEmulator.start(
            STANDALONE, features=FEATURES, services=[Service(POINTS, max_record_count=MAX_RECORD_COUNT)], ca=emulator_ca
        )
    )
    yield emulator
    emulator.stop()
    assert not emulator.internal_errors


@pytest.fixture(scope="module")
def profile(server, emulator_ca, tmp_path_factory) -> QgisProcessProfile:
    made = QgisProcessProfile(tmp_path_factory.mktemp("qgis-process"))
    (made.connection_id,) = made.setup(
        [{"url": server.root_url, "name": CONNECTION_NAME, "username": "alice", "password": USERS["alice"][0]}],
        trusted_ca_files=[emulator_ca.ca_file],
    )
    enabled = made.qgis_process("plugins", "enable", "arcgis_token_auth")
    assert enabled.returncode == 0 and "* arcgis_token_auth" in enabled.stdout, enabled.output
    return made


def points_url(server) -> str:
    return server.service_url(POINTS, "FeatureServer", 0)


def secrets_seen(server) -> list[str]:
    tokens = {token for record in server.requests for token in record.tokens.values()} - {DECOY_TOKEN}
    return [*tokens, *(password for password, _services in USERS.values())]


def assert_no_secret_written(profile, server, *runs) -> None:
    """Neither a token nor a password in any file of the profile (settings, logs, history, caches)
    nor in what qgis_process printed."""
    secrets = secrets_seen(server)
    assert len(secrets) > len(USERS), "the runs used tokens"
    assert not profile.files_containing(secrets)
    for run in runs:
        assert not [secret for secret in secrets if secret in run.output]


def test_download_ten_thousand_features_to_a_geopackage(profile, server, tmp_path):
    output = tmp_path / "points.gpkg"
    run = profile.qgis_process(
        "run", "arcgistokenauth:downloadfeatures", "--", f"URL={points_url(server)}", f"OUTPUT={output}"
    )
    assert run.returncode == 0, run.output
    assert f"FEATURE_COUNT:\t{FEATURES}" in run.stdout
    assert run.seconds < 60, f"{FEATURES} features took {run.seconds:.1f} s"

    layer = QgsVectorLayer(str(output), "points", "ogr")
    assert layer.isValid() and layer.featureCount() == FEATURES
    assert layer.crs().authid() == "EPSG:4326"
    for object_id in (1, 2001, 9876, FEATURES):  # first, past a batch boundary, any, last
        (feature,) = layer.getFeatures(f'"OBJECTID" = {object_id}')
        assert feature["name"] == f"Point {object_id}"
        assert feature["category"] == "ABCD"[(object_id - 1) % 4]
        assert feature["rank"] == object_id % 100
        assert feature["value"] == pytest.approx((object_id % 1000) / 10)
        assert feature["created"].date().toPyDate() == date(2020, 1, 1) + timedelta(days=object_id % 366)
    batches = [record for record in server.requests if "objectIds" in record.params]
    assert len(batches) == FEATURES // MAX_RECORD_COUNT
    assert_no_secret_written(profile, server, run)


def test_without_the_master_password_it_fails_at_once_saying_what_to_set(profile, server, tmp_path):
    server.clear_log()
    # stdin stays open: a prompt for the master password would wait there until the timeout.
    run = profile.qgis_process(
        "run",
        "arcgistokenauth:downloadfeatures",
        "--",
        f"URL={points_url(server)}",
        f"OUTPUT={tmp_path / 'never.gpkg'}",
        unlocked=False,
        timeout=60,
    )
    assert run.returncode != 0
    assert "authentication database is locked" in run.output
    assert "QGIS_AUTH_PASSWORD_FILE" in run.output
    assert run.seconds < 20
    assert not [record for record in server.requests if record.endpoint in ("generateToken", "query")]
    assert not (tmp_path / "never.gpkg").exists()


def test_the_model_runs_through_qgis_process(profile, server, tmp_path):
    output = tmp_path / "model.gpkg"
    run = profile.qgis_process(
        "run",
        str(MODEL),
        "--",
        f"URL={points_url(server)}",
        f"CONNECTION={profile.connection_id}",  # models keep connection ids
        "WHERE=category = 'C' AND rank >= 90",
        f"download:OUTPUT={output}",
    )
    assert run.returncode == 0, run.output
    layer = QgsVectorLayer(str(output), "model", "ogr")
    expected = [i for i in range(1, FEATURES + 1) if "ABCD"[(i - 1) % 4] == "C" and i % 100 >= 90]
    assert sorted(feature["OBJECTID"] for feature in layer.getFeatures()) == expected
    assert_no_secret_written(profile, server, run)


def test_get_token_and_test_connection_through_qgis_process(profile, server):
    token_run = profile.qgis_process("--json", "run", "arcgistokenauth:gettoken", "--", f"CONNECTION={CONNECTION_NAME}")
    assert token_run.returncode == 0, token_run.output
    results = token_run.json()["results"]
    assert server.resolve_token(results["TOKEN"]).principal.username == "alice"
    assert results["SERVER"] == server.server_url and results["EXPIRES"].endswith("Z")
    # The token is the result: in the JSON results, and nowhere else (no log line, no file).
    assert token_run.stdout.count(results["TOKEN"]) == 1 and results["TOKEN"] not in token_run.stderr

    test_run = profile.qgis_process("run", "arcgistokenauth:testconnection", "--", f"CONNECTION={CONNECTION_NAME}")
    assert test_run.returncode == 0, test_run.output
    assert "KIND:\tstandalone" in test_run.stdout and "TRANSPORT:\tx-esri" in test_run.stdout
    assert_no_secret_written(profile, server, test_run)
