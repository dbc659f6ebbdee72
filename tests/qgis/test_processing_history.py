"""No password and no token in what QGIS keeps of Processing runs: its log and its history.

QGIS writes the Processing history only from the desktop's algorithm dialog
(``processing/processing.log`` on QGIS 3.22, ``user-history.db`` from 3.24
on): so the algorithms run here in that very dialog, in QGIS desktop under
Xvfb, and then every file of the profile is searched, byte by byte. The
texts QGIS makes of a run elsewhere (the dialog's "Input parameters" lines,
"Copy as Python command", a model's child log, qgis_process commands and
JSON) come from the same parameter methods, checked directly below. The
qgis_process runs' files are searched in test_processing_qgis_process.py.
"""

from __future__ import annotations

import json
import re

import pytest
from arcgis_token_auth.plugin.core.transport import DECOY_TOKEN
from arcgis_token_auth.plugin.processing.parameters import HIDDEN
from qgis.core import Qgis, QgsApplication, QgsProcessingContext

from tests.conftest import PLUGIN_PACKAGE, REPO_ROOT
from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.desktop import DesktopProfile
from tests.qgis.integration import POINTS, load_plugin, unload_plugin

PASSWORD = USERS["alice"][0]
HISTORY_FILES = ("processing.log", "user-history.db")  # QGIS 3.22; 3.24+ (with its -wal, -journal)

DIALOG_RUNS = """
import time
import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtNetwork import QSslCertificate
from qgis.PyQt.QtWidgets import QApplication

SETUP = {setup!r}
CONNECTION = "<the connection>"

def check():
    auth = QgsApplication.authManager()
    assert auth.setMasterPassword(SETUP["master_password"], True)
    (certificate,) = QSslCertificate.fromPath(SETUP["ca_file"])
    assert auth.storeCertAuthority(certificate)
    auth.rebuildCaCertsCache()
    auth.rebuildTrustedCaCertsCache()
    messages = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, _level: messages.append(tag + ": " + text))
    assert qgis.utils.loadPlugin(SETUP["plugin"]) and qgis.utils.startPlugin(SETUP["plugin"])
    api = __import__(SETUP["plugin"]).api
    connection = api.add_connection(SETUP["root_url"], name="emulated", username="alice", password=SETUP["password"])

    from processing.gui.AlgorithmDialog import AlgorithmDialog

    results = {{}}
    for algorithm_id, parameters in SETUP["runs"]:
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        dialog = AlgorithmDialog(algorithm, False, qgis.utils.iface.mainWindow())
        # The connection widget is QGIS's auth config selector: it takes ids.
        values = {{name: connection.id if value == CONNECTION else value for name, value in parameters.items()}}
        dialog.setParameters(values)
        dialog.runAlgorithm()  # as the Run button: history entry, log, a task, the results
        deadline = time.monotonic() + 60
        while not dialog.results() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        results[algorithm_id] = {{name: str(value) for name, value in dialog.results().items()}}
        dialog.close()
    QApplication.processEvents()
    return {{"results": results, "messages": messages, "connection_id": connection.id}}
"""


def test_desktop_dialog_runs_keep_no_secret(trusted_ca, arcgis_emulator, emulator_ca, tmp_path):
    server = add_users(arcgis_emulator(STANDALONE, features=300))
    profile = DesktopProfile(tmp_path)
    (profile.plugins_dir / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
    output = tmp_path / "downloaded.gpkg"
    layer_url = server.service_url(POINTS, "FeatureServer", 0)
    runs = [
        ("arcgistokenauth:testconnection", {"URL": server.root_url, "USERNAME": "alice", "PASSWORD": PASSWORD}),
        ("arcgistokenauth:loadlayer", {"URL": layer_url, "CONNECTION": "<the connection>"}),
        ("arcgistokenauth:downloadfeatures", {"URL": layer_url, "WHERE": "rank < 5", "OUTPUT": str(output)}),
        ("arcgistokenauth:gettoken", {"CONNECTION": "<the connection>"}),
    ]
    setup = {
        "master_password": "desktop-master-password",
        "ca_file": str(emulator_ca.ca_file),
        "plugin": PLUGIN_PACKAGE,
        "root_url": server.root_url,
        "password": PASSWORD,
        "runs": runs,
    }
    outcome = profile.run(DIALOG_RUNS.format(setup=setup), timeout=180)

    results = outcome["results"]
    assert results["arcgistokenauth:testconnection"]["KIND"] == "standalone"
    assert results["arcgistokenauth:loadlayer"]["OUTPUT"]
    assert results["arcgistokenauth:downloadfeatures"]["FEATURE_COUNT"] == "15"

    profile_dir = profile.profiles_path / "profiles" / "default"
    history = [path for path in profile_dir.rglob("*") if path.name.startswith(HISTORY_FILES)]
    assert history, "the dialog wrote its history"
    history_bytes = b"".join(path.read_bytes() for path in history)
    assert b"arcgistokenauth:testconnection" in history_bytes
    # The password's placeholder: <hidden> on 3.22, XML-escaped (&lt;hidden>) in 3.24+'s SQLite entries.
    assert re.search(rb"PASSWORD\W{1,12}(<|&lt;)hidden", history_bytes)

    returned = results["arcgistokenauth:gettoken"]["TOKEN"]
    tokens = {token for record in server.requests for token in record.tokens.values()} - {DECOY_TOKEN}
    secrets = [PASSWORD, returned, *tokens]
    # The one thing QGIS itself keeps: from 3.24 on, the history holds a dialog run's results
    # (Get token's token among them; README, "What is kept, and where").
    keeps_results = HISTORY_FILES[1] if Qgis.QGIS_VERSION_INT >= 32400 else "(nothing)"
    harness = {tmp_path / "check_script.py", tmp_path / "result.json"}  # the test's input and output
    written_by_qgis = [path for path in tmp_path.rglob("*") if path not in harness]
    for path in sorted(written_by_qgis):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            found = [secret for secret in secrets if secret.encode() in data]
            if path.name.startswith(keeps_results):
                found = [secret for secret in found if secret != returned]
            assert not found, path
    assert not [line for line in outcome["messages"] for secret in secrets if secret in line]
    assert outcome["connection_id"].encode() in history_bytes  # chosen in QGIS's auth config widget


# -- the texts QGIS makes of a run's parameters --------------------------------------------------


@pytest.fixture
def plugin(trusted_ca, qgis_processing):
    loaded = load_plugin()
    yield loaded
    unload_plugin(loaded)


@pytest.mark.parametrize("algorithm_id", ["arcgistokenauth:gettoken", "arcgistokenauth:testconnection"])
def test_every_text_qgis_makes_of_the_parameters_hides_the_password(plugin, algorithm_id):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    context = QgsProcessingContext()
    parameters = {"URL": "https://gis.example.com/arcgis", "USERNAME": "alice", "PASSWORD": PASSWORD}
    definitions = [algorithm.parameterDefinition(name) for name in parameters]
    texts = [
        algorithm.asPythonCommand(parameters, context),  # history (3.22), "Copy as Python command"
        # the dialog's and a model's "Input parameters" lines
        *(definition.valueAsPythonString(parameters[definition.name()], context) for definition in definitions),
    ]
    if hasattr(algorithm, "asMap"):  # QGIS 3.24+: the history's parameters, "Copy as JSON"
        texts.append(json.dumps(algorithm.asMap(parameters, context), default=str))
        texts.append(algorithm.asQgisProcessCommand(parameters, context)[0])
    assert all(texts)
    assert not [text for text in texts if PASSWORD in text]
    assert HIDDEN in texts[0] and "alice" in texts[0]
    # QGIS copies definitions (the modeler does): the copy still hides.
    copy = algorithm.parameterDefinition("PASSWORD").clone()
    assert copy.valueAsPythonString(PASSWORD, context) == repr(HIDDEN)
    assert copy.flags() == algorithm.parameterDefinition("PASSWORD").flags()
