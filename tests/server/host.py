"""A QGIS Server for the tests, each in a process of its own, as QGIS Server runs.

``python -m tests.server.host provision SPEC`` makes a server profile the way an
administrator does with QGIS desktop: the auth DB with its master password and the
emulator's CA trusted, the plugin's connections (through its Python API) and a
project with secured layers; it prints what it made as JSON.

``python -m tests.server.host serve`` is a QGIS Server process: QGIS's server engine
(``QgsServer``) with the plugin loaded as QGIS Server loads server plugins (its
``metadata.txt`` says ``server=True``; ``serverClassFactory(serverIface)``). It
answers one request per line of JSON on stdin (``{"query": "SERVICE=WMS&…"}``)
with one line of JSON on stdout. (``QgsServer.initPython()`` would load the plugins
itself, but it starts an embedded Python, which crashes inside a Python process:
this does what it does in Python.) With ``ARCGIS_TOKEN_AUTH_BLOCK_GUI=1`` every GUI
module is refused on import, as on a server built without them.

:class:`ServerProfile` and :class:`ServerProcess` are the test side.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from scripts.sandbox import PLUGIN_PACKAGE, REPO_ROOT

MASTER_PASSWORD = "server-master-password"  # the throwaway auth DB's
PROJECT_NAME = "secured.qgs"
# Modules a server may not have: QGIS's GUI library and the plugin's own GUI. (Qt's widgets are loaded
# already, by QGIS's core binary and by qgis.utils, which QGIS Server runs before any plugin.)
GUI_MODULES = ("qgis.gui", "qgis._gui", f"{PLUGIN_PACKAGE}.plugin.gui")


# -- the test side -------------------------------------------------------------------------------------
@dataclass
class ServerProfile:
    """A QGIS Server's folders: its profile (settings, auth DB), the plugin folder, its log."""

    root: Path
    extra_environment: dict[str, str] = field(default_factory=dict)

    @property
    def config(self) -> Path:
        return self.root / "config"

    @property
    def plugins(self) -> Path:
        return self.root / "plugins"

    @property
    def log_file(self) -> Path:
        return self.root / "qgis-server.log"

    @property
    def password_file(self) -> Path:
        return self.root / "master-password"

    @property
    def project(self) -> Path:
        return self.root / PROJECT_NAME

    def environment(self) -> dict[str, str]:
        """What a QGIS Server process of this profile runs with (nothing under the user's home)."""
        self.plugins.mkdir(parents=True, exist_ok=True)
        link = self.plugins / PLUGIN_PACKAGE
        if not link.exists():
            link.symlink_to(REPO_ROOT, target_is_directory=True)
        environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QGIS_", "ARCGIS_TOKEN_AUTH_")) or key == "ARCGIS_TOKEN_AUTH_TEST_DIR"
        }
        for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "TMPDIR"):
            path = self.root / variable.lower()
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
            environment[variable] = str(path)
        environment.update(
            QT_QPA_PLATFORM="offscreen",
            QGIS_CUSTOM_CONFIG_PATH=str(self.config),
            QGIS_PLUGINPATH=str(self.plugins),
            QGIS_SERVER_LOG_FILE=str(self.log_file),
            QGIS_SERVER_LOG_LEVEL="0",  # everything: what the leak checks read
            PYTHONPATH=os.pathsep.join([str(REPO_ROOT), str(self.plugins)]),
        )
        if self.password_file.exists():
            environment["QGIS_AUTH_PASSWORD_FILE"] = str(self.password_file)
        environment.update(self.extra_environment)
        return environment

    def provision(
        self,
        *,
        ca_file: Path,
        connections: list[dict[str, str]],
        layers: list[dict[str, str]],
        keep_connections: bool = True,
    ) -> dict:
        """Set the profile up as an administrator does in QGIS desktop; what :func:`_provision` made.
        ``keep_connections=False``: the project only (its layers name the connections' ids), for
        connections that the deployment declares."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.password_file.write_text(MASTER_PASSWORD + "\n", encoding="utf-8")
        spec = self.root / "provision.json"
        spec.write_text(json.dumps({"ca_file": str(ca_file), "connections": connections, "layers": layers,
                                    "keep_connections": keep_connections}))  # fmt: skip
        done = subprocess.run(
            [sys.executable, "-m", "tests.server.host", "provision", str(spec)],
            cwd=REPO_ROOT, env=self.environment(), capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        spec.unlink()
        if done.returncode != 0:
            raise RuntimeError(f"provisioning failed ({done.returncode}):\n{done.stderr[-4000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    def log_text(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace") if self.log_file.exists() else ""


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")


class ServerProcess:
    """One QGIS Server process of ``profile``, answering requests one at a time."""

    def __init__(self, profile: ServerProfile, *, block_gui: bool = True) -> None:
        environment = profile.environment()
        if block_gui:
            environment["ARCGIS_TOKEN_AUTH_BLOCK_GUI"] = "1"
        self.profile = profile
        with (profile.root / "server-stderr.txt").open("ab") as stderr:  # the child keeps its own copy
            self._process = subprocess.Popen(
                [sys.executable, "-m", "tests.server.host", "serve"],
                cwd=REPO_ROOT, env=environment, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True,
            )  # fmt: skip
        ready = self._read_line(timeout=120)
        self.pid = self._process.pid
        self.plugins = ready["plugins"]
        self.plugin_modules: list[str] = ready["modules"]  # what loading the plugin imported

    def get(self, query: str, *, timeout: float = 60.0) -> Answer:
        self._process.stdin.write(json.dumps({"query": query}) + "\n")
        self._process.stdin.flush()
        answer = self._read_line(timeout=timeout)
        return Answer(answer["status"], answer["headers"], base64.b64decode(answer["body"]))

    def _read_line(self, *, timeout: float) -> dict[str, Any]:
        # A watchdog, not a wait without end: a hung server process fails the test.
        import selectors

        with selectors.DefaultSelector() as selector:
            selector.register(self._process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                self._process.kill()
                raise TimeoutError(f"the QGIS Server process gave no answer in {timeout} s")
        line = self._process.stdout.readline()
        if not line:
            code = self._process.wait(timeout=10)
            stderr = (self.profile.root / "server-stderr.txt").read_text(errors="replace")[-4000:]
            raise RuntimeError(f"the QGIS Server process ended ({code}):\n{stderr}")
        return json.loads(line)

    def stop(self) -> int:
        if self._process.poll() is None:
            self._process.stdin.close()
            try:
                return self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
        return self._process.wait(timeout=10)


# -- the QGIS side (child processes) -------------------------------------------------------------------
class _GuiBlocker:
    """Refuses every GUI module, as a server installed without them would."""

    def find_spec(self, name: str, path: Optional[object] = None, target: Optional[object] = None) -> None:
        if name in GUI_MODULES or name.startswith(tuple(f"{module}." for module in GUI_MODULES)):
            raise ImportError(f"{name} is a GUI module: not on a QGIS Server")


def _start_qgis_server():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from qgis.server import QgsServer

    return app, QgsServer()


def _provision(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text())
    app, _server = _start_qgis_server()  # the paths a server process uses: QGIS_CUSTOM_CONFIG_PATH's profile
    from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer

    from scripts.sandbox import trust_ca

    auth = QgsApplication.authManager()
    if not auth.setMasterPassword(MASTER_PASSWORD, True):
        raise SystemExit("could not set the auth DB's master password")
    trust_ca(Path(spec["ca_file"]))
    plugin = __import__(PLUGIN_PACKAGE).classFactory(None)  # as in QGIS desktop, without its window
    plugin.initProcessing()
    from arcgis_token_auth import api

    made = [api.add_connection(**connection).id for connection in spec["connections"]]  # url, name, username, …
    project = QgsProject.instance()
    for layer in spec["layers"]:
        uri = api.layer_uri(layer["url"], crs="EPSG:4326")
        if layer["kind"] == "feature":
            made_layer = QgsVectorLayer(uri, layer["name"], "arcgisfeatureserver")
        else:
            made_layer = QgsRasterLayer(f"{uri} format='png' layer='0'", layer["name"], "arcgismapserver")
        if not made_layer.isValid():
            raise SystemExit(f"the layer {layer['name']} did not load while provisioning")
        project.addMapLayer(made_layer)
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WFSLayers", "/", [lyr.id() for lyr in project.mapLayers().values() if lyr.type() == 0])
    project.writeEntry("WMSCrsList", "/", ["EPSG:4326", "EPSG:3857"])
    path = Path(spec_path).parent / PROJECT_NAME
    if not project.write(str(path)):
        raise SystemExit(f"the project could not be written: {project.error()}")
    if not spec["keep_connections"]:
        for connection_id in made:
            plugin.service.delete_connection(connection_id)
    plugin.unload()
    QgsSettings().sync()
    print(json.dumps({"connections": made, "project": str(path)}))
    app.exitQgis()


def _serve() -> None:
    _app, server = _start_qgis_server()
    import qgis.utils
    from qgis.PyQt import sip
    from qgis.server import QgsBufferServerRequest, QgsBufferServerResponse

    if os.environ.get("ARCGIS_TOKEN_AUTH_BLOCK_GUI") == "1":
        sys.meta_path.insert(0, _GuiBlocker())

    # What QgsServerPlugins::initPlugins() does for each plugin whose metadata says server=True.
    metadata = (Path(os.environ["QGIS_PLUGINPATH"]) / PLUGIN_PACKAGE / "metadata.txt").read_text()
    assert "\nserver=True\n" in metadata, "metadata.txt does not declare a server plugin"
    qgis.utils.initServerInterface(sip.unwrapinstance(server.serverInterface()))
    before = set(sys.modules)
    __import__(PLUGIN_PACKAGE)
    qgis.utils.startServerPlugin(PLUGIN_PACKAGE)
    imported = sorted(set(sys.modules) - before)
    out = sys.stdout
    sys.stdout = sys.stderr  # only answers on stdout
    out.write(json.dumps({"plugins": list(qgis.utils.server_active_plugins), "modules": imported}) + "\n")
    out.flush()
    for line in sys.stdin:
        query = json.loads(line)["query"]
        request = QgsBufferServerRequest(f"http://qgis.server.test/ows/?{query}")
        response = QgsBufferServerResponse()
        started = time.monotonic()
        server.handleRequest(request, response)
        answer = {
            "status": response.statusCode(),
            "headers": dict(response.headers()),
            "body": base64.b64encode(bytes(response.body())).decode("ascii"),
            "seconds": time.monotonic() - started,
        }
        out.write(json.dumps(answer) + "\n")
        out.flush()
    os._exit(0)  # no teardown: a QGIS Server process is killed, never torn down


if __name__ == "__main__":
    {"provision": lambda: _provision(sys.argv[2]), "serve": _serve}[sys.argv[1]]()
