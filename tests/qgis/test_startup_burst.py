"""The startup burst, run again and again in fresh QGIS processes under a watchdog: 0 hangs.

Three connections sign in for the first time while three QGIS worker threads
load and read their layers, with tokens short enough that they are renewed
during the reads. With the token written into the auth DB on every renewal,
QGIS 3.22 froze for good in most such runs (its two auth-manager locks taken
in opposite orders). ``--burst-runs`` sets the count (CI: a few; the issue's
figure: ``scripts/test.sh tests/qgis/test_startup_burst.py --burst-runs 20``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO_ROOT
from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.integration import POINTS

CONNECTIONS = 3
THREADS = 3
FEATURES = 60
TOKEN_SECONDS = 2
READ_SECONDS = 4.0
WATCHDOG_SECONDS = 45  # a run takes about 5 s; QGIS frozen for good is what this catches


@pytest.mark.timeout(0)  # each run has its own watchdog: the test ends within runs x WATCHDOG_SECONDS
def test_startup_burst_never_hangs_qgis(trusted_ca, arcgis_emulator, pytestconfig, tmp_path):
    runs = pytestconfig.getoption("burst_runs")
    servers = []
    for _ in range(CONNECTIONS):
        server = add_users(arcgis_emulator(STANDALONE, features=FEATURES))
        server.settings.token_lifetime_seconds = TOKEN_SECONDS
        servers.append(server)
    config = {
        "ca_file": str(trusted_ca.ca_file),
        "roots": [server.root_url for server in servers],
        "layers": [servers[index % CONNECTIONS].service_url(POINTS, "FeatureServer", 0) for index in range(THREADS)],
        "username": "alice",
        "password": USERS["alice"][0],
        "seconds": READ_SECONDS,
    }
    outcomes, durations = [], []
    for run in range(runs):
        session_dir = tmp_path / f"run-{run}"
        session_dir.mkdir()
        started = time.monotonic()
        try:
            child = subprocess.run(
                [sys.executable, "-m", "tests.qgis.burst", str(session_dir), json.dumps(config)],
                cwd=REPO_ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                capture_output=True, text=True, timeout=WATCHDOG_SECONDS, check=False,
            )  # fmt: skip
        except subprocess.TimeoutExpired:
            outcomes.append("hang")
            continue
        finally:
            durations.append(time.monotonic() - started)
        if child.returncode != 0:
            outcomes.append(f"exit {child.returncode}: {child.stdout[-300:]} {child.stderr[-600:]}")
            continue
        result = json.loads(child.stdout.strip().splitlines()[-1])
        assert result["counts"] == [FEATURES]
        outcomes.append("ok")
    tokens = sum(server.count("generateToken") for server in servers)
    print(f"startup burst: {outcomes.count('ok')}/{runs} runs finished, slowest {max(durations):.1f} s, "
          f"{tokens} token requests")  # fmt: skip
    assert outcomes == ["ok"] * runs
    assert tokens >= runs * CONNECTIONS * 2, "tokens were renewed during the reads, not only fetched once"
