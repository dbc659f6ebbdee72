"""Benchmark of the token engine's hot path and single flight, against the emulator.

Run from the repository root::

    .venv/bin/python benchmarks/bench_core.py

Prints the median cost of ``auth_for_request`` (the call QGIS's request
preprocessor makes for every request) with 1 and with 100 connections, each
with a fresh token, and how many token requests 64 threads cause when they all
ask at once for an expired token. Figures only; this is not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.sandbox import expose_plugin

expose_plugin(Path(tempfile.mkdtemp(prefix="bench-core-")))

from arcgis_token_auth.plugin.core.connection import Connection  # noqa: E402
from arcgis_token_auth.plugin.core.credentials import Secret  # noqa: E402
from arcgis_token_auth.plugin.core.engine import TokenEngine  # noqa: E402
from arcgis_token_auth.plugin.core.http import HttpClient  # noqa: E402

from tests.emulator import ArcGISEmulator, EmulatorCA  # noqa: E402

PASSWORD = "bench-password"  # noqa: S105 - the emulator's throwaway user


class OffsetClock:
    """Real time plus an offset, so that tokens can be made to expire for the engine at once."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


def start_servers(count: int, ca: EmulatorCA) -> list[ArcGISEmulator]:
    servers = []
    for _ in range(count):
        server = ArcGISEmulator.start("standalone", ca=ca, features=10)
        server.add_user("bench", PASSWORD)
        servers.append(server)
    return servers


def make_engine(servers: list[ArcGISEmulator], ca: EmulatorCA, clock: OffsetClock) -> tuple[TokenEngine, list[str]]:
    engine = TokenEngine(
        lambda connection: Secret(PASSWORD), http=HttpClient(proxies={}, ca_bundle=str(ca.ca_file)), clock=clock
    )
    urls = []
    for index, server in enumerate(servers):
        layer = server.service_url("Demo/Points", layer=0)
        engine.add_connection(Connection(f"c{index}", f"Server {index}", layer, username="bench"))
        urls.append(f"{layer}/query?where=1%3D1&outFields=*&returnGeometry=true&f=json")
        if engine.auth_for_request(urls[-1], may_block=True) is None:
            raise RuntimeError(f"no token from {server.origin}")
    return engine, urls


def median_call_microseconds(engine: TokenEngine, urls: list[str], calls: int, batch: int = 1000) -> float:
    """Median over batches of the mean cost of one call, cycling through ``urls``."""
    ask = engine.auth_for_request
    per_call = []
    for start in range(0, calls, batch):
        chosen = [urls[(start + offset) % len(urls)] for offset in range(batch)]
        began = time.perf_counter_ns()
        for url in chosen:
            ask(url, may_block=False)
        per_call.append((time.perf_counter_ns() - began) / batch / 1000.0)
    return statistics.median(per_call)


def token_requests_at_expiry(engine: TokenEngine, server: ArcGISEmulator, url: str, clock: OffsetClock) -> int:
    before = server.count("generateToken")
    clock.offset += 24 * 3600  # every token is now expired for the engine
    barrier = threading.Barrier(64)
    results: list[Any] = []

    def ask() -> None:
        barrier.wait()
        results.append(engine.auth_for_request(url, may_block=True))

    threads = [threading.Thread(target=ask) for _ in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if any(result is None for result in results):
        raise RuntimeError("a thread got no token")
    return server.count("generateToken") - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200_000, help="calls timed per figure")
    args = parser.parse_args()
    ca = EmulatorCA()
    servers = start_servers(100, ca)
    try:
        for count in (1, 100):
            clock = OffsetClock()
            engine, urls = make_engine(servers[:count], ca, clock)
            try:
                median = median_call_microseconds(engine, urls, args.calls)
                print(f"auth_for_request, fresh token, {count:>3} connection(s): median {median:.2f} µs per call")
            finally:
                engine.shutdown()
        clock = OffsetClock()
        engine, urls = make_engine(servers[:1], ca, clock)
        try:
            requests_made = token_requests_at_expiry(engine, servers[0], urls[0], clock)
            print(f"64 threads asking at expiry: {requests_made} token request(s)")
        finally:
            engine.shutdown()
    finally:
        for server in servers:
            server.stop()


if __name__ == "__main__":
    main()
