"""Test set-up shared by every test.

Before anything imports QGIS, every place QGIS or Qt could write to is
pointed at a temporary folder of this test session, so that a test run
never creates or changes anything under the user's home folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PLUGIN_PACKAGE = "arcgis_token_auth"


def _isolate_from_home() -> Path:
    session_dir = Path(os.environ.get("ARCGIS_TOKEN_AUTH_TEST_DIR") or tempfile.mkdtemp(prefix="atatest-"))
    os.environ["ARCGIS_TOKEN_AUTH_TEST_DIR"] = str(session_dir)
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_RUNTIME_DIR", "runtime"),
        ("QGIS_AUTH_DB_DIR_PATH", "authdb"),
        ("QGIS_CUSTOM_CONFIG_PATH", "qgis-config"),
    ):
        path = session_dir / sub
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[variable] = str(path)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # keyring must never reach a real OS keyring from the tests.
    os.environ["PYTHON_KEYRING_BACKEND"] = os.environ.get(
        "PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring"
    )
    return session_dir


def _expose_plugin_as_installed() -> Path:
    """Import the repository as ``arcgis_token_auth``, the folder name it has when installed."""
    packages_dir = Path(os.environ["ARCGIS_TOKEN_AUTH_TEST_DIR"]) / "packages"
    packages_dir.mkdir(exist_ok=True)
    link = packages_dir / PLUGIN_PACKAGE
    if not link.exists():
        link.symlink_to(REPO_ROOT, target_is_directory=True)
    if str(packages_dir) not in sys.path:
        sys.path.insert(0, str(packages_dir))
    return packages_dir


SESSION_DIR = _isolate_from_home()
PACKAGES_DIR = _expose_plugin_as_installed()

# The emulator's fixtures (servers started in-process on free ports).
pytest_plugins = ["tests.emulator.pytest_fixtures"]


def pytest_addoption(parser):
    group = parser.getgroup("arcgis-token-auth", "length of the long checks")
    group.addoption(
        "--soak-token-lifetime", type=float, default=4.0,
        help="token lifetime in seconds in the soak test (issue figure: 20)",
    )  # fmt: skip
    group.addoption("--soak-expiries", type=int, default=5, help="token expiries the soak test reads across")
