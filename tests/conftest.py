"""Test set-up shared by every test.

Before anything imports QGIS, every place QGIS or Qt could write to is
pointed at a temporary folder of this test session, so that a test run
never creates or changes anything under the user's home folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from scripts.sandbox import PLUGIN_PACKAGE, REPO_ROOT, expose_plugin, isolate_qgis

__all__ = ["PACKAGES_DIR", "PLUGIN_PACKAGE", "REPO_ROOT", "SESSION_DIR"]


def _session_dir() -> Path:
    """One folder per test run (scripts/test.sh makes it), or a new temporary one."""
    session_dir = Path(os.environ.get("ARCGIS_TOKEN_AUTH_TEST_DIR") or tempfile.mkdtemp(prefix="atatest-"))
    os.environ["ARCGIS_TOKEN_AUTH_TEST_DIR"] = str(session_dir)
    return session_dir


SESSION_DIR = isolate_qgis(_session_dir())
# keyring must never reach a real OS keyring from the tests.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
PACKAGES_DIR = expose_plugin(SESSION_DIR)

# The emulator's fixtures (servers started in-process on free ports).
pytest_plugins = ["tests.emulator.pytest_fixtures"]


def pytest_report_header(config):
    """Which QGIS, Qt and Python the suite runs on, at the top of pytest's report."""
    import platform

    from qgis.core import Qgis
    from qgis.PyQt.QtCore import QT_VERSION_STR

    return f"ran on QGIS {Qgis.QGIS_VERSION}, Qt {QT_VERSION_STR}, Python {platform.python_version()}"


def pytest_addoption(parser):
    group = parser.getgroup("arcgis-token-auth", "length of the long checks")
    group.addoption(
        "--soak-token-lifetime", type=float, default=4.0,
        help="token lifetime in seconds in the soak test (issue figure: 20)",
    )  # fmt: skip
    group.addoption("--soak-expiries", type=int, default=5, help="token expiries the soak test reads across")
    group.addoption(
        "--burst-runs", type=int, default=3,
        help="fresh QGIS processes the startup-burst test runs, each under a watchdog (issue figure: 20)",
    )  # fmt: skip
    group.addoption(
        "--server-token-lifetime", type=float, default=5.0,
        help="token lifetime in seconds in the QGIS Server FastCGI deployment test",
    )  # fmt: skip
    group.addoption(
        "--server-lifetimes", type=int, default=3,
        help="token lifetimes the QGIS Server FastCGI deployment test sends requests across",
    )  # fmt: skip
