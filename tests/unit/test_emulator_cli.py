"""``python -m tests.emulator``: starts the servers it prints, serves, and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time

import requests

from tests.conftest import REPO_ROOT

PASSWORD = "cli-pass-4711"


def read_until(process: subprocess.Popen, marker: str, timeout: float = 20) -> str:
    """What the process printed up to `marker`, read straight from the pipe (bounded wait)."""
    deadline = time.monotonic() + timeout
    output = b""
    while marker.encode() not in output:
        ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(process.stdout.fileno(), 65536) if ready else b""
        if not chunk:
            raise AssertionError(f"no {marker!r} in time; got:\n{output.decode()}")
        output += chunk
    return output.decode()


def test_command_line_serves_every_kind_until_sigterm(tmp_path):
    ca_file = tmp_path / "ca.pem"
    command = [
        sys.executable, "-m", "tests.emulator", "--https", "--port", "0", "--ca-file", str(ca_file),
        "--portal-port", "0", "--federated-port", "0", "--online-port", "0",
        "--features", "123", "--token-lifetime", "5", "--user", f"carol:{PASSWORD}",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        banner = read_until(process, "Serving")
        roots = re.findall(r"server root\s+(\S+)", banner)
        portals = re.findall(r"portal\s+(https://\S+)", banner)
        assert len(roots) == 3  # standalone, federated, online
        assert len(portals) == 3  # portal, the federated server's owning portal, online
        assert f"CA certificate: {ca_file}" in banner
        assert PASSWORD not in banner
        with requests.Session() as session:
            session.trust_env = False
            session.verify = str(ca_file)
            info = session.get(f"{roots[0]}/rest/info", params={"f": "json"}, timeout=10).json()
            token_url = info["authInfo"]["tokenServicesUrl"]
            form = {"username": "carol", "password": PASSWORD, "client": "referer", "referer": "cli", "f": "json"}
            body = session.post(token_url, data=form, timeout=10).json()
            assert body["expires"] / 1000 - time.time() < 6
            query = f"{roots[0]}/rest/services/Demo/Points/FeatureServer/0/query"
            headers = {"X-Esri-Authorization": f"Bearer {body['token']}", "Referer": "cli"}
            count = session.get(query, params={"f": "json", "returnCountOnly": "true"}, headers=headers, timeout=10)
            assert count.json() == {"count": 123}
        process.send_signal(signal.SIGTERM)
        stdout, stderr = (stream.decode() for stream in process.communicate(timeout=10))
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert "Stopped." in stdout
    assert stderr == ""


def test_command_line_refuses_a_federated_server_without_portal():
    result = subprocess.run(
        [sys.executable, "-m", "tests.emulator", "--federated-port", "0"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert result.returncode == 2
    assert "--federated-port needs --portal-port" in result.stderr
