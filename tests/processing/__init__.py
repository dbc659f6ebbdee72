"""The plugin's Processing algorithms outside the pytest process: qgis_process with a throwaway profile.

:class:`QgisProcessProfile` builds what a user of ``qgis_process`` has: a QGIS
profile with the plugin installed (the checkout linked in) and enabled, an
auth DB with a master password that trusts the emulator's CA, and a plugin
connection made with the plugin's own Python API. Every place QGIS writes to
(profile, auth DB, XDG folders) is inside the profile's folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import PLUGIN_PACKAGE, REPO_ROOT

# Debian 12's /usr/bin/qgis_process wrapper adds --noversioncheck, which qgis_process rejects.
QGIS_PROCESS = "/usr/bin/qgis_process.bin" if Path("/usr/bin/qgis_process.bin").exists() else "qgis_process"
MODEL = Path(__file__).resolve().parent / "download_secured_layer.model3"
MASTER_PASSWORD = "profile-master-password"

_SETUP_SCRIPT = """
import json, sys
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtNetwork import QSslCertificate

# The names QGIS itself uses: settings then go where qgis_process reads them.
QCoreApplication.setOrganizationName(QgsApplication.QGIS_ORGANIZATION_NAME)
QCoreApplication.setOrganizationDomain(QgsApplication.QGIS_ORGANIZATION_DOMAIN)
QCoreApplication.setApplicationName(QgsApplication.QGIS_APPLICATION_NAME)
app = QgsApplication([], False)
app.initQgis()
request = json.load(sys.stdin)
auth = QgsApplication.authManager()
assert auth.setMasterPassword(request["master_password"], True), "master password"
for ca_file in request["trusted_ca_files"]:
    (certificate,) = QSslCertificate.fromPath(ca_file)
    assert auth.storeCertAuthority(certificate), "CA"
sys.path.insert(0, request["plugins_dir"])
import arcgis_token_auth
plugin = arcgis_token_auth.classFactory(None)
plugin.initProcessing()
ids = [arcgis_token_auth.api.add_connection(**options).id for options in request["connections"]]
plugin.unload()
app.exitQgis()
print(json.dumps(ids))
"""


@dataclass
class Run:
    """One finished qgis_process run."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def json(self) -> dict:
        return json.loads(self.stdout[self.stdout.index("{") :])


class QgisProcessProfile:
    """A QGIS profile folder for qgis_process runs, isolated from $HOME and from the pytest process."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.profiles_root = root / "profiles-root"
        self.profile_dir = self.profiles_root / "profiles" / "default"
        self.plugins_dir = self.profile_dir / "python" / "plugins"
        self.plugins_dir.mkdir(parents=True)
        (self.plugins_dir / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
        self.auth_dir = root / "authdb"
        self.auth_dir.mkdir()
        self.password_file = root / "master-password.txt"
        self.password_file.write_text(MASTER_PASSWORD + "\n", encoding="utf-8")
        self.password_file.chmod(0o600)

    def environment(self, *, unlocked: bool = True) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if not key.startswith(("QGIS_", "XDG_"))}
        for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"):
            path = self.root / variable.lower()
            path.mkdir(exist_ok=True, mode=0o700)
            env[variable] = str(path)
        env["QGIS_CUSTOM_CONFIG_PATH"] = str(self.profiles_root)
        env["QGIS_AUTH_DB_DIR_PATH"] = str(self.auth_dir)
        env["QT_QPA_PLATFORM"] = "offscreen"
        if unlocked:
            env["QGIS_AUTH_PASSWORD_FILE"] = str(self.password_file)
        return env

    def setup(self, connections: list[dict], trusted_ca_files: list[Path]) -> list[str]:
        """Create the auth DB, trust the CAs, add the connections (``api.add_connection`` keywords); their ids."""
        request = {
            "master_password": MASTER_PASSWORD,
            "trusted_ca_files": [str(path) for path in trusted_ca_files],
            "plugins_dir": str(self.plugins_dir),
            "connections": connections,
        }
        completed = subprocess.run(
            [sys.executable, "-c", _SETUP_SCRIPT],
            input=json.dumps(request),
            env=self.environment(unlocked=False),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert completed.returncode == 0, completed.stderr[-3000:]
        return json.loads(completed.stdout.strip().splitlines()[-1])

    def qgis_process(self, *arguments: str, unlocked: bool = True, timeout: float = 120) -> Run:
        """Run qgis_process with this profile.

        Its stdin stays open and silent until it ends, as a terminal nobody
        types into: a prompt would wait there, and the run time out.
        """
        started = time.monotonic()
        with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
            process = subprocess.Popen(
                [QGIS_PROCESS, *arguments],
                env=self.environment(unlocked=unlocked),
                stdin=subprocess.PIPE,
                stdout=stdout,
                stderr=stderr,
            )
            try:
                process.wait(timeout=timeout)
                timed_out = False
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                timed_out = True
            finally:
                process.stdin.close()
            stdout.seek(0)
            stderr.seek(0)
            run = Run(
                process.returncode,
                stdout.read().decode("utf-8", "replace"),
                stderr.read().decode("utf-8", "replace"),
                time.monotonic() - started,
            )
        if timed_out:
            command = " ".join(arguments[:2])
            raise AssertionError(f"qgis_process {command} did not end within {timeout} s:\n{run.output}")
        return run

    def files_containing(self, secrets: list[str]) -> list[str]:
        """Files under the profile's folder whose bytes hold one of ``secrets`` (the auth DB is encrypted)."""
        needles = [secret.encode() for secret in secrets if secret]
        found = []
        for folder, _dirs, names in os.walk(self.root):  # not into the linked checkout
            for name in names:
                path = Path(folder, name)
                if path.is_file() and not path.is_symlink():
                    data = path.read_bytes()
                    found.extend(str(path.relative_to(self.root)) for needle in needles if needle in data)
        return sorted(found)
