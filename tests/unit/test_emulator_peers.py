"""Which local process sent a request: tests/emulator/peers.py over real sockets, and the request log."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import requests

from tests.emulator import ArcGISEmulator
from tests.emulator.peers import PeerProcesses, socket_inode, socket_owner
from tests.emulator.pytest_fixtures import add_users, request_token

pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's /proc")


def connected_pair(host: str) -> tuple[socket.socket, socket.socket, socket.socket]:
    """A listening socket, a client connected to it, and the accepted server side."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.bind((host, 0))
    listener.listen(1)
    client = socket.create_connection(listener.getsockname()[:2], timeout=5)
    accepted, _ = listener.accept()
    return listener, client, accepted


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_a_connection_from_this_process_is_traced_to_its_pid(host):
    # Both loopbacks exist on every machine the suite runs on (Debian's default): a missing one fails
    # here, naming it, rather than hiding the IPv6 half of /proc/net's reading behind a skip.
    sockets = connected_pair(host)
    _, client, accepted = sockets
    try:
        inode = socket_inode(client.getsockname(), accepted.getsockname())
        assert inode == os.fstat(client.fileno()).st_ino  # the client's own socket, not the server side
        assert socket_owner(inode) == os.getpid()
        assert PeerProcesses().pid_of(accepted) == os.getpid()
    finally:
        for each in sockets:
            each.close()


def test_a_connection_from_another_process_is_traced_to_that_process(tmp_path):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(30)
    client = textwrap.dedent(f"""
        import socket, sys
        connection = socket.create_connection(("127.0.0.1", {listener.getsockname()[1]}), timeout=30)
        sys.stdin.read()  # holds the connection until the test closes stdin
    """)
    child = subprocess.Popen([sys.executable, "-c", client], stdin=subprocess.PIPE)  # our interpreter
    try:
        accepted, _ = listener.accept()
        peers = PeerProcesses()
        assert peers.pid_of(accepted) == child.pid
        assert peers.pid_of(accepted) == child.pid  # from the cache
        accepted.close()
    finally:
        child.stdin.close()
        child.wait(timeout=30)
        listener.close()


def test_an_address_no_socket_has_is_no_process():
    assert socket_inode(("127.0.0.1", 1), ("127.0.0.1", 2)) is None
    assert PeerProcesses(proc=Path("/nonexistent")).pid_for(("127.0.0.1", 1), ("127.0.0.1", 2)) is None


def test_the_request_log_names_the_client_process_only_when_asked(arcgis_emulator):
    server: ArcGISEmulator = add_users(arcgis_emulator(https=False))
    server.settings.allow_http_token = True
    with requests.Session() as session:  # keep-alive: several requests on one connection
        session.trust_env = False
        for _ in range(2):
            session.get(f"{server.server_url}/rest/info", params={"f": "json"}, timeout=10)
        server.settings.record_client_process = True
        for _ in range(2):
            assert "token" in request_token(session, server.token_url)
    records = server.requests
    assert [r.client_pid for r in records] == [None, None, os.getpid(), os.getpid()]
    assert all(r.client_port > 0 for r in records)
    assert len({r.client_port for r in records}) == 1  # one connection throughout
