"""Benchmarks of the plugin inside a real QGIS, against the emulator over HTTPS.

Run from the repository root (``make bench`` runs it after bench_core.py)::

    .venv/bin/python benchmarks/bench_qgis.py [--features 100000] [--rounds 3]

Prints, measured side by side in one run:

* loading and reading a large secured FeatureServer layer through the plugin
  vs. the same layer with a static token in a plain EsriToken config (plugin
  not loaded), alternating, median of each, and their ratio;
* the longest main-thread stall while a token is renewed against a token
  endpoint that takes 2 s to answer, with main-thread requests going on;
* the time the plugin adds to QGIS desktop start-up (import + initGui), in the
  real QGIS desktop under Xvfb.

Figures only; this is not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.sandbox import PLUGIN_PACKAGE, REPO_ROOT, expose_plugin, isolate_qgis, start_qgis

USER, PASSWORD = "bench", "bench-password"  # the emulator's throwaway account
REFERER = "qgis-arcgis-token-auth"


def load_plugin():
    import arcgis_token_auth

    plugin = arcgis_token_auth.classFactory(None)
    plugin.initProcessing()
    return plugin


def timed_full_read(uri: str, expected: int) -> float:
    from qgis.core import QgsNetworkAccessManager, QgsVectorLayer

    QgsNetworkAccessManager.instance().cache().clear()  # neither side reads the other's answers
    started = time.perf_counter()
    layer = QgsVectorLayer(uri, "bench", "arcgisfeatureserver")
    count = sum(1 for _ in layer.getFeatures()) if layer.isValid() else -1
    elapsed = time.perf_counter() - started
    if count != expected:
        raise RuntimeError(f"read {count} features, expected {expected}")
    return elapsed


def bench_large_layer(ca, features: int, rounds: int) -> None:
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    from tests.emulator import ArcGISEmulator

    server = ArcGISEmulator.start("standalone", ca=ca, features=features)
    server.add_user(USER, PASSWORD)
    try:
        url = server.service_url("Demo/Points", "FeatureServer", 0)
        static = QgsAuthMethodConfig("EsriToken")
        static.setName("static token")
        static.setConfig("token", server.issue_token(USER, referer=REFERER, lifetime=3600))
        _ok, static = QgsApplication.authManager().storeAuthenticationConfig(static, True)
        static_uri = f"crs='EPSG:4326' url='{url}' referer='{REFERER}' authcfg='{static.id()}'"

        plugin = load_plugin()
        from arcgis_token_auth import api

        connection = api.add_connection(server.root_url, username=USER, password=PASSWORD, referer=REFERER)
        plugin_uri = api.layer_uri(url, crs="EPSG:4326")
        timed_full_read(plugin_uri, features)  # sign-in and discovery happen once, before timing
        plugin.unload()

        through_plugin, static_token = [], []
        for _ in range(rounds):
            plugin = load_plugin()
            through_plugin.append(timed_full_read(plugin_uri, features))
            plugin.unload()
            static_token.append(timed_full_read(static_uri, features))
        plugin = load_plugin()
        plugin.service.delete_connection(connection.id)
        plugin.unload()
    finally:
        server.stop()
    a, b = statistics.median(through_plugin), statistics.median(static_token)
    print(f"{features:,} secured features, load + full read, median of {rounds}:")
    print(f"  through the plugin:              {a:7.2f} s   ({' '.join(f'{t:.2f}' for t in through_plugin)})")
    print(f"  static token, plain EsriToken:   {b:7.2f} s   ({' '.join(f'{t:.2f}' for t in static_token)})")
    print(f"  ratio plugin / static:           {a / b:7.3f}   (target <= 1.05)")


def bench_main_thread_stall(ca) -> None:
    from qgis.core import QgsApplication, QgsNetworkAccessManager
    from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    from tests.emulator import ArcGISEmulator

    server = ArcGISEmulator.start("standalone", ca=ca, features=200)
    server.add_user(USER, PASSWORD)
    plugin = load_plugin()
    try:
        from arcgis_token_auth import api

        connection = api.add_connection(server.root_url, username=USER, password=PASSWORD)
        layer_url = server.service_url("Demo/Points", "FeatureServer", 0) + "?f=json"
        server.add_fault("latency", "generateToken", seconds=2.0)
        gaps: list[float] = []
        last = [time.perf_counter()]
        replies = []

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        def main_thread_request() -> None:
            # An async request: QGIS runs the preprocessor right here, on the main thread.
            replies.append(QgsNetworkAccessManager.instance().get(QNetworkRequest(QUrl(layer_url))))

        ticker, requester = QTimer(), QTimer()
        ticker.timeout.connect(tick)
        requester.timeout.connect(main_thread_request)
        ticker.start(5)
        requester.start(50)
        plugin.service.renew_now(connection.id)  # first sign-in: 2 s on a renewal thread
        QTimer.singleShot(2600, lambda: plugin.service.renew_now(connection.id))  # then a renewal
        loop = QEventLoop()
        QTimer.singleShot(5500, loop.quit)
        last[0] = time.perf_counter()
        loop.exec()
        ticker.stop()
        requester.stop()
        QgsApplication.processEvents()
        plugin.service.delete_connection(connection.id)
    finally:
        plugin.unload()
        server.stop()
    sign_ins = server.count("generateToken")
    print(f"main thread while {sign_ins} token request(s) took 2 s each, {len(replies)} main-thread requests sent:")
    print(f"  longest event-loop stall:        {max(gaps) * 1000:7.1f} ms  (timer every 5 ms; target <= 50 ms)")


STARTUP_CHECK = f"""
import time
from qgis.utils import iface

def check():
    started = time.perf_counter()
    import {PLUGIN_PACKAGE}
    plugin = {PLUGIN_PACKAGE}.classFactory(iface)
    plugin.initGui()
    elapsed = time.perf_counter() - started
    plugin.unload()
    return {{"seconds": elapsed}}
"""


IMPORT_TIME_SCRIPT = f"""
import sys
from pathlib import Path
from scripts.sandbox import expose_plugin, isolate_qgis
expose_plugin(isolate_qgis(Path(sys.argv[1])))
from qgis.core import QgsApplication
import qgis.gui, qgis.utils  # QGIS's own, loaded before any plugin: not the plugin's cost
app = QgsApplication([], True)
app.initQgis()
print("-- plugin --", file=sys.stderr, flush=True)
import {PLUGIN_PACKAGE}
{PLUGIN_PACKAGE}.classFactory(None).initProcessing()
"""


def slowest_imports(count: int) -> list[tuple[float, str]]:
    """What importing the plugin (and loading it as qgis_process does) imports, slowest first, from
    ``python -X importtime`` in a fresh process (cumulative milliseconds, module)."""
    with tempfile.TemporaryDirectory(prefix="bench-imports-") as scratch:
        child = subprocess.run(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-X", "importtime", "-c", IMPORT_TIME_SCRIPT, scratch],
            cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )  # fmt: skip
    lines = child.stderr.split("-- plugin --", 1)[-1].splitlines()
    found = []
    for line in lines:
        parts = line.split("|")
        if line.startswith("import time:") and len(parts) == 3 and parts[1].strip().isdigit():
            found.append((int(parts[1]) / 1000, parts[2].rstrip()))
    return sorted(found, reverse=True)[:count]


def bench_startup(runs: int) -> None:
    from tests.qgis.desktop import DesktopProfile

    timings = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-startup-") as scratch:
            profile = DesktopProfile(Path(scratch))
            (profile.plugins_dir / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
            timings.append(profile.run(STARTUP_CHECK)["seconds"])
    print(f"QGIS desktop start-up, plugin import + initGui, median of {runs} fresh QGIS processes:")
    print(f"  added:                           {statistics.median(timings) * 1000:7.1f} ms  (target <= 50 ms)"
          f"  [min {min(timings) * 1000:.1f}, max {max(timings) * 1000:.1f}]")  # fmt: skip
    print("  slowest imports (python -X importtime, cumulative, import + classFactory + initProcessing):")
    for milliseconds, module in slowest_imports(10):
        print(f"    {milliseconds:7.1f} ms {module}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--startup-runs", type=int, default=9, help="fresh QGIS desktop processes to time")
    parser.add_argument("--startup-only", action="store_true", help="only the start-up figure")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-qgis-") as scratch:
        root = isolate_qgis(Path(scratch))
        expose_plugin(root)
        from tests.emulator import EmulatorCA

        ca = EmulatorCA(root / "ca.pem")
        app = start_qgis("bench master password", ca.ca_file)  # noqa: F841 - QGIS lives while referenced
        bench_startup(runs=args.startup_runs)
        if args.startup_only:
            return 0
        bench_main_thread_stall(ca)
        bench_large_layer(ca, args.features, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
