"""The main job, end to end: secured ArcGIS layers in headless QGIS through the plugin.

1. starts the bundled ArcGIS emulator over HTTPS (a secured FeatureServer and
   MapServer with 10,000 points, tokens that live 12 s so that renewal shows);
2. in a throwaway QGIS profile, trusts the emulator's CA and creates a
   connection through the plugin's Python API (the password goes to the
   encrypted auth DB);
3. loads the feature layer and the map layer, prints the feature count and
   the token lifecycle (acquired, renewed, with times), reads again after a
   renewal, and writes a rendered PNG of the map;
4. stops everything it started.

Usage: python scripts/demo.py [--output demo-output] [--features 10000] [--token-lifetime 12]
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.sandbox import REPO_ROOT, expose_plugin, isolate_qgis, start_qgis

USER, PASSWORD = "alice", "alice-secret"  # the emulator's demo account


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_emulator(port: int, ca_file: Path, features: int, token_lifetime: float) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "tests.emulator", "--https", "--port", str(port), "--ca-file", str(ca_file),
        "--features", str(features), "--token-lifetime", str(token_lifetime),
    ]  # fmt: skip
    emulator = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    for line in emulator.stdout:
        print(f"  emulator | {line.rstrip()}")
        if line.startswith("Serving"):
            return emulator
    raise RuntimeError("the emulator did not start")


def stamp() -> str:
    return datetime.now().strftime("%H:%M:%S")


def read_across_renewals(layer, expected: int, seconds: float) -> int:
    """Read every feature from the server again and again; the number of reads, or -1 if one came back short."""
    from qgis.core import QgsApplication

    deadline = time.monotonic() + seconds
    reads = 0
    while time.monotonic() < deadline:
        layer.dataProvider().reloadData()  # from the server, not the provider's cache
        count = sum(1 for _ in layer.getFeatures())
        reads += 1
        if count != expected:
            print(f"  read {reads}: only {count} features")
            return -1
        QgsApplication.processEvents()  # the renewed token reaches the auth config
        time.sleep(0.5)
    return reads


def render_png(layer, path: Path) -> int:
    """Render ``layer`` to ``path``; how many of the sampled pixels were drawn."""
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(800, 500))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path))
    white = QColor("white")
    samples = [image.pixelColor(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
    return sum(1 for colour in samples if colour != white)


def run(args: argparse.Namespace) -> int:
    from qgis.core import QgsProject

    app = start_qgis("demo master password", args.ca_file)  # noqa: F841 - QGIS lives while referenced
    import arcgis_token_auth
    from arcgis_token_auth import api

    plugin = arcgis_token_auth.classFactory(None)  # as qgis_process loads it
    plugin.initProcessing()
    tokens_seen: list[str] = []  # server roots, once per token the plugin obtained

    def on_token(_connection_id: str, root: str, expires: float) -> None:
        event = "renewed " if root in tokens_seen else "acquired"
        tokens_seen.append(root)
        until = datetime.fromtimestamp(expires)
        print(f"  {stamp()}  token {event} for {root}, expires in {expires - time.time():.0f} s ({until:%H:%M:%S})")

    plugin.service.token_changed.connect(on_token)
    connection = None
    try:
        root = f"https://127.0.0.1:{args.port}/arcgis"
        print(f"{stamp()}  connection to {root} as {USER} (password kept in the encrypted auth DB)")
        connection = api.add_connection(root, name="Demo server", username=USER, password=PASSWORD)
        features = api.add_feature_layer(f"{root}/rest/services/Demo/Points/FeatureServer/0", "Points")
        drawing = api.add_map_layer(f"{root}/rest/services/Demo/Points/MapServer/0", "Points (map)")
        print(f"{stamp()}  feature layer: {features.featureCount()} features; map layer valid: {drawing.isValid()}")
        print(f"  layer source (what a project keeps): {features.source()}")

        reads = read_across_renewals(features, args.features, args.token_lifetime * 1.6)
        if reads < 0:
            return 1
        print(f"{stamp()}  {reads} full reads of {args.features} features, none short")
        png = args.output / "map.png"
        drawn = render_png(drawing, png)
        print(f"{stamp()}  rendered map: {png} ({drawn} sampled pixels drawn)")
        renewals = len(tokens_seen) - 1
        print(f"{stamp()}  token lifecycle: acquired once, renewed {renewals} time(s), no read failed")
        return 0 if renewals >= 1 and drawn else 1
    finally:
        QgsProject.instance().clear()
        if connection is not None:
            plugin.service.delete_connection(connection.id)
        plugin.unload()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO_ROOT / "demo-output")
    parser.add_argument("--features", type=int, default=10_000)
    parser.add_argument("--token-lifetime", type=float, default=12.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="arcgis-token-auth-demo-") as scratch:
        profile = isolate_qgis(Path(scratch))
        expose_plugin(profile)
        args.port = free_port()
        args.ca_file = profile / "emulator-ca.pem"
        print(f"{stamp()}  starting the ArcGIS emulator on https://127.0.0.1:{args.port}")
        emulator = start_emulator(args.port, args.ca_file, args.features, args.token_lifetime)
        try:
            return run(args)
        finally:
            emulator.terminate()
            emulator.wait(10)
            print(f"{stamp()}  emulator stopped; throwaway profile removed")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
