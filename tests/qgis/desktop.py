"""Run a check inside the real QGIS desktop application, under Xvfb.

The pytest process has a QgsApplication but no QGIS main window, so no real
``iface``. Whatever needs the real one (plugin menus, toolbars, the Plugin
Manager's loading path) runs here: ``qgis --code`` executes a script after
QGIS has started, the script writes its findings as JSON and ends QGIS.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import signal
import subprocess
import textwrap
from pathlib import Path

QGIS_DESKTOP = shutil.which("qgis.bin") or "/usr/bin/qgis.bin"

_WRAPPER = """\
import json, os, traceback
_result_path = {result_path!r}
try:
{body}
    _result = check()
except Exception:  # report any failure to the test instead of hanging QGIS
    _result = {{"exception": traceback.format_exc()}}
with open(_result_path, "w", encoding="utf-8") as _out:
    json.dump(_result, _out)
os._exit(0)
"""


# What the desktop check scripts share: QGIS's and Qt's names, start_plugin(), and wait(condition) with QGIS's
# events flowing.
SCRIPT_PRELUDE = """
import time
import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtNetwork import QSslCertificate
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu, QPushButton

def start_plugin(name, master_password, ca_file):
    # The auth DB unlocked, the emulator's CA trusted, the plugin loaded as the Plugin Manager does.
    auth = QgsApplication.authManager()
    auth.setMasterPassword(master_password, True)
    (certificate,) = QSslCertificate.fromPath(ca_file)
    auth.storeCertAuthority(certificate)
    auth.rebuildCaCertsCache()
    auth.rebuildTrustedCaCertsCache()
    assert qgis.utils.loadPlugin(name) and qgis.utils.startPlugin(name)

def wait(condition, seconds=20):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    return bool(condition())
"""


class DesktopProfile:
    """A throwaway QGIS profile folder with its own auth DB and XDG folders."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.profiles_path = root / "profiles-root"
        self.plugins_dir = self.profiles_path / "profiles" / "default" / "python" / "plugins"
        self.plugins_dir.mkdir(parents=True)
        self.auth_dir = root / "authdb"
        self.auth_dir.mkdir()

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"):
            path = self.root / variable.lower()
            path.mkdir(exist_ok=True, mode=0o700)
            env[variable] = str(path)
        env["QGIS_AUTH_DB_DIR_PATH"] = str(self.auth_dir)
        # No session bus: QGIS's master-password prompt first asks the OS wallet (QtKeychain over D-Bus),
        # which must never be the developer's own keyring, nor a bus that D-Bus autolaunches under $HOME.
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={self.root / 'no-session-bus'}"
        env.pop("QT_QPA_PLATFORM", None)  # a real window on the virtual screen
        return env

    def set_plugins_at_start(self, **enabled: bool) -> None:
        """Python plugins QGIS loads (True) or skips (False) when it starts, as the
        Plugin Manager's check boxes leave them in the profile's ``QGIS3.ini``."""
        ini = self.profiles_path / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        ini.parent.mkdir(parents=True, exist_ok=True)
        settings = configparser.ConfigParser(interpolation=None)
        settings.optionxform = str  # QSettings keys keep their case
        settings.read(ini, encoding="utf-8")
        if not settings.has_section("PythonPlugins"):
            settings.add_section("PythonPlugins")
        for name, on in enabled.items():
            settings.set("PythonPlugins", name, "true" if on else "false")
        with ini.open("w", encoding="utf-8") as out:
            settings.write(out, space_around_delimiters=False)

    def run(self, body: str, timeout: float = 120, screen: str = "1280x1024") -> dict:
        """Run ``body`` (which defines ``check() -> dict``) in QGIS desktop, on a virtual screen of
        ``screen`` pixels; return its dict."""
        result_path = self.root / "result.json"
        result_path.unlink(missing_ok=True)  # a later session on the same profile never reads an earlier one's
        script = self.root / "check_script.py"
        script.write_text(
            _WRAPPER.format(result_path=str(result_path), body=textwrap.indent(textwrap.dedent(body), "    ")),
            encoding="utf-8",
        )
        command = [
            "xvfb-run", "-a", "-s", f"-screen 0 {screen}x24",
            QGIS_DESKTOP, "--nologo", "--noversioncheck",
            "--profiles-path", str(self.profiles_path),
            "--authdbdirectory", str(self.auth_dir),
            "--code", str(script),
        ]  # fmt: skip
        # A session of its own: on a timeout the whole group goes (xvfb-run leaves QGIS and Xvfb running).
        process = subprocess.Popen(
            command, env=self.environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            start_new_session=True,
        )  # fmt: skip
        try:
            _out, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            _out, stderr = process.communicate()
            raise AssertionError(f"QGIS desktop did not finish in {timeout} s:\n{stderr[-3000:]}") from None
        if not result_path.exists():
            raise AssertionError(f"QGIS desktop wrote no result (exit {process.returncode}):\n{stderr[-3000:]}")
        result = json.loads(result_path.read_text(encoding="utf-8"))
        if "exception" in result:
            raise AssertionError(f"the check failed inside QGIS desktop:\n{result['exception']}")
        return result
