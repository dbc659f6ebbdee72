"""One "startup burst" in a fresh QGIS process (run by tests/qgis/test_startup_burst.py).

Several connections sign in for the first time while several QGIS worker
threads load and read their layers, and the tokens are short enough that
renewals run during the reads. This is the situation in which the plugin
once froze QGIS for good (QGIS's auth-manager locks taken in opposite orders
by an auth-DB write on the main thread and config reads on other threads), so
it runs in a child process that the test can kill: a hang is a failure the
watchdog reports, not a stuck test run.

    python -m tests.qgis.burst SESSION_DIR CONFIG_JSON

CONFIG_JSON: ``{"ca_file": …, "roots": [server root URLs], "layers": [layer URLs],
"username": …, "password": …, "seconds": …}``. Prints one JSON line with what
each thread read, and exits 0 when every read was complete.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from scripts.sandbox import expose_plugin, isolate_qgis, start_qgis


def main(session_dir: str, config_json: str) -> int:
    config = json.loads(config_json)
    root = isolate_qgis(Path(session_dir))
    expose_plugin(root)
    app = start_qgis("burst-master-password", Path(config["ca_file"]))

    import arcgis_token_auth
    from arcgis_token_auth import api
    from qgis.core import QgsFeatureRequest, QgsVectorLayer
    from qgis.PyQt.QtCore import QThread

    plugin = arcgis_token_auth.classFactory(None)
    plugin.initProcessing()
    connections = [
        api.add_connection(url, name=f"burst {index}", username=config["username"], password=config["password"])
        for index, url in enumerate(config["roots"])
    ]
    deadline = time.monotonic() + config["seconds"]

    class Loader(QThread):
        """A worker like QGIS's: its own layer, read over and over until the deadline."""

        def __init__(self, url: str, authcfg: str) -> None:
            super().__init__()
            self.uri = f"crs='EPSG:4326' url='{url}' authcfg='{authcfg}'"
            self.counts: list[int] = []
            self.valid = True

        def run(self) -> None:
            while time.monotonic() < deadline:
                layer = QgsVectorLayer(self.uri, "burst", "arcgisfeatureserver")
                if not layer.isValid():
                    self.valid = False
                    return
                request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
                self.counts.append(sum(1 for _ in layer.getFeatures(request)))

    loaders = [
        Loader(url, connections[index % len(connections)].id) for index, url in enumerate(config["layers"])
    ]
    for loader in loaders:
        loader.start()
    while any(loader.isRunning() for loader in loaders):
        app.processEvents()  # the main thread runs its loop, as QGIS's does: queued work happens here
        QThread.msleep(5)
    result = {
        "valid": [loader.valid for loader in loaders],
        "reads": [len(loader.counts) for loader in loaders],
        "counts": sorted({count for loader in loaders for count in loader.counts}),
        "hook_failures": plugin.service.injector.failures,
    }
    print(json.dumps(result), flush=True)
    plugin.unload()
    ok = all(result["valid"]) and all(result["reads"]) and len(result["counts"]) == 1 and not result["hook_failures"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
