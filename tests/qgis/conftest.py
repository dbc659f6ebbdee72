"""A real QgsApplication for the tests under tests/qgis/.

Created once, at import, after tests/conftest.py has moved every place QGIS
writes to into the session's temporary folder. The auth DB gets a master
password so that nothing ever prompts.
"""

from __future__ import annotations

import os
import sys

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject

from scripts.sandbox import start_qgis, trust_ca

MASTER_PASSWORD = "test-master-password"


QGIS_APP = start_qgis(MASTER_PASSWORD)
# QGIS 3.44 (Debian's 3.44.15) crashes (SIGSEGV, or std::bad_alloc) in the interpreter's teardown of a
# process that drew a layer of its vector tile or wms provider — with or without the plugin, after every
# test has passed and reported. Such a session ends without that teardown (see pytest_unconfigure).
_EXIT_WITHOUT_TEARDOWN = Qgis.QGIS_VERSION_INT >= 34400
_exit_status = 0


def pytest_sessionfinish(session, exitstatus) -> None:
    global _exit_status  # noqa: PLW0603 - handed to pytest_unconfigure, the last hook
    _exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config) -> None:
    if _EXIT_WITHOUT_TEARDOWN:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status)


@pytest.fixture(scope="session")
def qgis_app() -> QgsApplication:
    return QGIS_APP


@pytest.fixture(scope="session")
def qgis_processing(qgis_app):
    plugins_dir = f"{QgsApplication.pkgDataPath()}/python/plugins"
    if plugins_dir not in sys.path:
        sys.path.append(plugins_dir)
    from processing.core.Processing import Processing

    Processing.initialize()
    return QgsApplication.processingRegistry()


@pytest.fixture(scope="session")
def trusted_ca(qgis_app, emulator_ca):
    """The emulator's CA, stored as a trusted authority in the test auth DB."""
    trust_ca(emulator_ca.ca_file)
    return emulator_ca


@pytest.fixture
def plugin(trusted_ca):
    """The plugin loaded as qgis_process loads it; its connections deleted and it unloaded after."""
    from tests.qgis.integration import load_plugin, unload_plugin

    loaded = load_plugin()
    yield loaded
    unload_plugin(loaded)
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture
def working_keyring():
    """A keyring that works: keyrings.alt's encrypted file keyring (AES, under the session's
    XDG_DATA_HOME) unlocked with a fixed password instead of a terminal prompt: a real ``keyring``
    backend that encrypts at rest, as the plugin requires, never the developer's own OS keyring."""
    import keyring

    from tests.qgis.keyrings import UnlockedEncryptedKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(UnlockedEncryptedKeyring())
    yield keyring.get_keyring()
    keyring.set_keyring(previous)


@pytest.fixture
def plaintext_keyring():
    """keyrings.alt's PlaintextKeyring (base64 in a file under the session's XDG_DATA_HOME): a working
    backend that does not encrypt, which the plugin must refuse."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    yield keyring.get_keyring()
    keyring.set_keyring(previous)
